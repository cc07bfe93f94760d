import type { Text } from '../model/text';
import { formatDate } from '../model/dates';
import { plural } from './plural';
import type { Catalog, RestoreCounts } from './fr';
import { capitalised, listed } from './sentence';

export const EN = {
  appName: 'Relance',
  overdueTotal: 'Overdue',
  dueToday: 'to do today',
  nothingToday: 'Nothing to chase today.',
  emptyTitle: 'No invoices tracked yet',
  emptyBody:
    'Relance finds your invoices where they are: open an invoice page or list in your invoicing app, or import your files (Factur-X, UBL, CSV).',
  scanPage: 'Scan this page',
  importFiles: 'Import files',
  tryDemo: 'Try it with demo data',
  prepare: 'Prepare the reminder',
  logCall: 'Log a call',
  markPaid: 'Mark paid',
  partial: 'Part payment',
  promise: 'Promise to pay',
  dispute: 'Dispute',
  snooze: 'Snooze',
  moreActions: 'More actions…',
  aging: 'Receivables aging',
  oneMoreInvoice: 'Show the other invoice',
  moreInvoices: (n: number) => `Show the other ${n} invoices`,
  fewerInvoices: 'Show fewer',
  daysLate: 'd late',
  withInterest: 'with interest',
  next: 'Next step',
  on: 'on',
  invoices: 'Invoices',
  invoice: 'Invoice',
  due: 'Due',
  amountDue: 'Balance',
  total: 'Total',
  status: 'Status',
  timeline: 'Timeline',
  draft: 'Draft',
  tone: 'Tone',
  language: 'Language',
  insert: 'Insert into the open e-mail',
  copy: 'Copy',
  copied: 'Copied!',
  newMessage: 'New message',
  printLetter: 'Printable letter',
  save: 'Save',
  cancel: 'Cancel',
  amount: 'Amount',
  date: 'Date',
  reason: 'Reason',
  until: 'Until',
  outcome: 'Outcome',
  reached: 'Reached, promised to pay',
  reachedNoPromise: 'Reached, no promise',
  noAnswer: 'No answer',
  wrongContact: 'Wrong contact',
  disputeOutcome: 'Disputes the invoice',
  confirmNeeded: 'To confirm',
  uncertain: 'uncertain',
  paused: 'Paused',
  scheduled: 'Scheduled',
  blocked: 'Blocked',
  dueNow: 'To do',
  waiting: 'Waiting',
  friendly: 'Friendly',
  polite: 'Polite',
  firm: 'Firm',
  formal: 'Formal',
  options: 'Settings',
  dashboard: 'Dashboard',
  openPanel: 'Open the panel',
  callScript: 'Call script',
  noClient: 'No client selected',
  chooseClient: 'Pick a client from the list.',
  track: 'Track this invoice',
  tracked: 'Tracked',
  importSelected: 'Import selected',
  detected: 'invoices found',
  noInvoiceHere: 'No invoice found on this page.',
  insertFailed: 'Could not insert',
  warnings: 'To check',
  riskProfile: 'Payment profile',
  recommendation: 'Recommendation',
  instalments: 'Instalments',
  letter: 'Letter sent',
  letterKind: 'Letter',
  formalNotice: 'Formal notice (recorded delivery)',
  finalNotice: 'Final notice by post',
  stopWork: 'Stop-work notice',
  trackingNumber: 'Tracking number',
  depositPercent: 'Deposit (%)',
  // lib/ledger/file-format/ (a backup or ledger file's problems: what the schema refused, where)
  ledgerFileInvalid: (problems: Text[], more: number) =>
    `The ledger file is not valid:\n  ${problems.map((p) => p.en).join('\n  ')}${more ? `\n  … and ${more} more` : ''}`,
  ledgerFileAt: (where: string, problem: Text) => `${where}: ${problem.en}`,
  ledgerFileNotAnObject: 'expected a JSON object with "version", "clients" and "invoices"',
  // These say our own schemas' messages (lib/model/fields.ts, invoice.ts) word for word: issueText finds them by it.
  ledgerFileRealDate: 'expected a real date as YYYY-MM-DD',
  ledgerFileDecimal: 'expected a decimal amount such as "1200.00"',
  ledgerFileCurrency: 'expected an ISO 4217 currency code such as EUR',
  ledgerFilePercent: 'expected a rate in percent such as "12.5"',
  ledgerFilePositiveAmount: 'expected an amount greater than zero',
  ledgerFilePositiveTotal: 'the total must be greater than zero',
  ledgerFileDueWithinTotal: 'the amount due is more than the total',
  ledgerFileDueAfterIssue: 'the due date is before the issue date',
  ledgerFileScheduleAddsUp: 'the instalments do not add up to the total',
  ledgerFileUnknownField: 'unknown field',
  // Valibot's own English message says the rest.
  ledgerFileObjectExpected: (_received: string, message: string) => message,
  ledgerFileTooLong: (_expected: string | undefined, message: string) => message,
  ledgerFileEmpty: 'cannot be empty',
  ledgerFileTooShort: (_expected: string | undefined, message: string) => message,
  ledgerFileBadEmail: (_received: string, message: string) => message,
  ledgerFileInteger: (_received: string, message: string) => message,
  ledgerFileOutOfRange: (_expected: string | undefined, _received: string, message: string) =>
    message,
  ledgerFileExpected: (_expected: string, _received: string, message: string) => message,
  ledgerFileRefused: (message: string) => message,
  ledgerFileDuplicateClient: 'duplicate client id',
  ledgerFileNoSuchClient: (clientId: string) => `client "${clientId}" does not exist`,
  ledgerFileDuplicateInvoice: (invoiceId: string) => `duplicate invoice id "${invoiceId}"`,
  ledgerFileTotalNotPositive: (total: string) => `must be greater than zero (got ${total})`,
  ledgerFileNegativeDue: (amountDue: string | undefined) => `cannot be negative (got ${amountDue})`,
  ledgerFileDueOverTotal: (amountDue: string | undefined, total: string) =>
    `${amountDue} is more than the total ${total}`,
  ledgerFileDueBeforeIssue: (dueDate: string, issueDate: string) =>
    `${dueDate} is before the issue date ${issueDate}`,
  ledgerFileInstalmentsTotal: (total: string) =>
    `the instalments do not add up to the total ${total}`,
  ledgerFileNoSuchInvoice: (ref: string) => `invoice "${ref}" does not exist`,
  ledgerFileDuplicateEvent: (eventId: string, index: number) =>
    `duplicate event id "${eventId}" (already used by events[${index}], with different content)`,
  // components/ClientMergeSplit.tsx
  clientmergesplitMergeOrSplitThis: 'Merge or split this client',
  clientmergesplitSameClientAs: 'Same client as',
  clientmergesplitMerged: 'Merged.',
  clientmergesplitMergeIntoThisOne: 'Merge into this one',
  clientmergesplitInvoicesOfAnotherClient: 'Invoices of another client',
  clientmergesplitNewClientSName: 'New client’s name',
  clientmergesplitSplit: 'Split.',
  clientmergesplitSplit2: 'Split',
  // components/ClientProfile.tsx
  clientprofileAverageDelay: 'Average delay',
  clientprofileWorst: 'worst',
  clientprofileHighestStep: 'highest step',
  clientprofileDisputes: 'disputes',
  clientprofileRedFlags: 'Red flags',
  clientprofileRelanceConsultsNoOutside:
    'Relance consults no outside register (nothing leaves the browser): record published insolvency proceedings here.',
  clientprofileKind: 'Kind',
  clientprofilePublic: 'Public',
  clientprofileJurisdiction: 'Jurisdiction',
  clientprofileThisClientSOwn: 'This client’s own ladder',
  clientprofileMinimumDaysBetweenContacts: 'Minimum days between contacts',
  clientprofileKeyAccount: 'Key account',
  clientprofileOngoingWork: 'Ongoing work',
  clientprofileInsolvency: 'Insolvency',
  clientprofileOpeningJudgmentDate: 'Opening judgment date',
  clientprofileBodaccPublicationDate: 'BODACC publication date',
  // components/InvoiceEditor.tsx
  invoiceeditor: ': ',
  // components/overlay/InvoiceOverlay.tsx
  invoiceoverlayAverageDelay: 'average delay',
  invoiceoverlayD: 'd',
  invoiceoverlayHighestStep: 'highest step',
  invoiceoverlayDisputeS: 'dispute(s)',
  invoiceoverlayAdvice: 'Advice',
  // components/NextSteps.tsx
  nextstepsNoReminderOrIndividual:
    'No reminder or individual action while the proceedings last (C. com. art. L622-21).',
  // components/PendingPayments.tsx
  pendingpaymentsPaymentsFoundOnThe: 'Payments found on the statement',
  pendingpaymentsDismiss: 'Dismiss',
  // components/options/BankImport.tsx
  bankimportBankStatementS: 'Bank statement(s)',
  // components/options/ImportPanel.tsx
  importpanelDropYourFilesHere:
    'Drop your files here: invoice PDFs (Factur-X / ZUGFeRD, or simply printed: read from their text, to check), UBL or CII (XML), CSV exports, saved pages (HTML), e-mails (.eml).',
  importpanelChooseFiles: 'Choose files',
  importpanelProgress: 'Progress',
  importpanelInvoiceS: 'invoice(s)',
  importpanelColumnsToCheck: 'Columns to check',
  importpanelCurrencyConfirmed: 'Currency confirmed',
  importpanelCurrencyOfTheAmounts: 'Currency of the amounts',
  importpanelCreditNote: 'credit note ',
  importpanelDraftSkipped: 'draft, skipped',
  importpanelVoidedNotChased: 'voided, not chased',
  importpanelCheck: 'Check',
  importpanelMissingMentions: 'Missing mentions',
  importpanelLine: 'line',
  // components/options/LadderEditor.tsx
  laddereditorStep: 'Step',
  laddereditorOn: 'On',
  laddereditorDaysAfterDue: 'Days after due',
  laddereditorMinGapD: 'Min. gap (d)',
  laddereditorChannel: 'Channel',
  laddereditorGraceAfterAPromise: 'Grace after a promise (d)',
  laddereditorDeadlineGivenByA: 'Deadline given by a notice (d)',
  laddereditorEachClientCanOverride: 'Each client can override these (client card).',
  // components/options/RatesEditor.tsx
  rateseditorChecked: 'checked',
  rateseditorChecked2: 'Checked',
  rateseditorVerify: 'verify',
  rateseditorTheSeriesRelanceApplies:
    'The series Relance applies: the rate follows the creditor (C. mon. fin. art. L313-2) and you invoice as a business. It gives the consumer rate (after a formal notice) and the floor of 3 × the legal rate.',
  rateseditorSeriesForCreditorsWho:
    'Series for creditors who are private persons acting outside a profession (C. mon. fin. art. L313-2): it applies only if you are owed as a private person.',
  rateseditorHalfYearYyyyH1: 'Half-year YYYY-H1/H2 and a rate in % (e.g. 2.15)',
  rateseditorSeries: 'Series',
  rateseditorHalfYear: 'Half-year',
  rateseditorRate: 'Rate (%)',
  rateseditorAdd: 'Add',
  // components/options/SenderForm.tsx
  senderformSignature: 'Signature',
  // components/options/TemplatesEditor.tsx
  templateseditorSubject: 'subject',
  templateseditorBody: 'body',
  templateseditorTemplate: 'Template',
  templateseditorSubject2: 'Subject',
  templateseditorBody2: 'Body',
  templateseditorVariables: 'Variables',
  templateseditorResetToDefault: 'Reset to default',
  templateseditorPreviewAddAnOverdue: 'Preview: add an overdue invoice to see it on a real case.',
  // entrypoints/dashboard/main.tsx
  dashboardDaysSalesOutstandingRolling: 'Days sales outstanding (rolling 90 days)',
  dashboardAmountsRecoveredPerMonth: 'Amounts recovered per month',
  dashboardPaymentProfilesSlowestFirst: 'Payment profiles (slowest first)',
  dashboardClient: 'Client',
  dashboardAvgDelay: 'Avg delay',
  dashboardWorst: 'Worst',
  dashboardHighestStep: 'Highest step',
  dashboardDisputes: 'Disputes',
  dashboardOpen: 'Open',
  // components/letters/Letter.tsx
  letterPrintSaveAsPdf: 'Print / Save as PDF',
  letterForTheAttentionOf: 'For the attention of',
  letterDatePrefix: '',
  letterRecordedDeliveryWithProof: 'Recorded delivery, with proof of receipt',
  letterNothingIsOwedBy: 'Nothing is owed by this client today.',
  letterAmount: 'Amount',
  letterPaid: 'Paid',
  letterFee: 'Fee',
  letterTotalDueOn: 'Total due on',
  letterPrincipal: 'principal',
  letterInterest: 'interest',
  letterFees: 'fees',
  letterTimelineOfSteps: 'Timeline of steps',
  letterContentOfTheReminders: 'Content of the reminders sent',
  letterCurrentStep: 'Current step',
  letterNextLegalSteps: 'Next legal steps',
  // entrypoints/options/main.tsx and components/options/
  optionsYourDetailsSender: 'Your details (sender)',
  optionsPreferences: 'Preferences',
  optionsTheReminderLadder: 'The reminder ladder',
  optionsResetToDefaults: 'Reset to defaults',
  optionsRatesAndJurisdictions: 'Rates and jurisdictions',
  optionsReminderTemplates: 'Reminder templates',
  optionsImport: 'Import',
  optionsPaymentsReceivedBankStatement: 'Payments received: bank statement',
  optionsInvoicingApps: 'Invoicing apps',
  optionsRelanceReadsYourInvoicing:
    'Relance reads your invoicing app only with your consent: enter its address and the browser asks permission for that one site.',
  optionsBackup: 'Backup',
  optionsExportBackupJson: 'Export backup (JSON)',
  optionsInvoicesCsv: 'Invoices (CSV)',
  optionsTimelineCsv: 'Timeline (CSV)',
  optionsPrivacy: 'Privacy',
  optionsEraseEverything: 'Erase everything',
  optionsEraseAllInvoicesClients: 'Erase all invoices, clients and events? Export a backup first.',
  optionsEraseData: 'Erase data',
  optionsInterfaceLanguage: 'Interface language',
  optionsBrowserS: 'Browser’s',
  optionsDefaultJurisdiction: 'Default jurisdiction',
  optionsNewClientsLanguage: 'New clients’ language',
  optionsDailyNotification: 'Daily notification',
  optionsHour: 'Hour',
  optionsInvalidAddress: 'Invalid address',
  optionsPermissionRefused: 'Permission refused',
  optionsAppAddress: 'App address',
  optionsEnable: 'Enable',
  optionsMode: 'Mode',
  optionsMergeAddsToThe: 'Merge (adds to the ledger; asks before changing your details)',
  optionsReplaceErasesTheLedger:
    'Replace (erases the ledger, replaces your details and settings with the file’s)',
  optionsRestoreABackup: 'Restore a backup',
  // components/sidepanel/, lib/app/compose-target.ts
  sidepanelNoActiveTab: 'no active tab',
  sidepanelNoComposeWindowOpen: 'no compose window open in the active tab',
  sidepanelTheActiveTabIs: 'the active tab is not Gmail or Outlook',
  sidepanelISentIt: 'I sent it',
  sidepanelUnconfirmedSend: (when: string, client: string) =>
    `Reminder to ${client} of ${when}: sent?`,
  sidepanelNotSent: 'No, not sent',
  sidepanelReminderRecordedAsSent: 'Reminder recorded as sent.',
  sidepanelAlreadyRecordedOrNothing: 'Already recorded, or nothing to record.',
  sidepanelRelanceRecordsTheSend: 'Relance records the send when your mail app confirms it.',
  sidepanelStatementOfAccount: 'Statement of account',
  sidepanelEvidenceFile: 'Evidence file',
  // components/Timeline.tsx
  timelineReminderSent: 'Reminder sent',
  timelineCall: 'Call',
  timelinePaymentReceived: 'Payment received',
  timelineDisputeResolved: 'Dispute resolved',
  timelineSnoozed: 'Snoozed',
  timelinePaymentPlanAgreed: 'Payment plan agreed',
  timelineNote: 'Note',
  timelineReached: 'reached',
  timelineNoAnswer: 'no answer',
  timelinePromise: 'promise',
  timelineDispute: 'dispute',
  timelineWrongContact: 'wrong contact',
  // components/options/BankImport.tsx
  bankimportDate: 'date',
  bankimportValueDate: 'value date',
  bankimportLabel: 'label',
  bankimportCounterparty: 'counterparty',
  bankimportAmount: 'amount',
  bankimportDebit: 'debit',
  bankimportCredit: 'credit',
  bankimportCurrency: 'currency',
  bankimportId: 'id',
  bankimportReference: 'reference',
  bankimportStatus: 'status',
  bankimportIban: 'IBAN',
  // components/options/SenderForm.tsx
  senderformName: 'Name',
  senderformCompany: 'Company',
  senderformCompanyNumber: 'Company number',
  senderformVatNumber: 'VAT number',
  senderformAddress: 'Address',
  senderformEMail: 'E-mail',
  senderformPhone: 'Phone',
  senderformBic: 'BIC',
  senderformPaymentLink: 'Payment link',
  senderformCountryIsoCodeE: 'Country (ISO code, e.g. GB)',
  senderformLatePaymentRateOf: 'Late-payment rate of your terms (default: ECB rate plus 10 points)',
  senderformConsumerMediatorNameAddress:
    'Consumer mediator (name, address, website; C. conso. L612-1, L616-1)',
  // components/AgingBars.tsx
  agingbarsNotDue: 'Not due',
  agingbars130D: '1–30 d',
  agingbars3160D: '31–60 d',
  agingbars6190D: '61–90 d',
  agingbars90D: '> 90 d',
  // components/DraftView.tsx
  draftviewCourtesyReminder: 'Courtesy reminder',
  draftviewFirstReminder: 'First reminder',
  draftviewSecondReminder: 'Second reminder',
  draftviewFinalNotice: 'Final notice',
  draftviewFormalNotice: 'Formal notice',
  draftviewPaymentPlanProposal: 'Payment plan proposal',
  draftviewThankYou: 'Thank-you',
  draftviewAgreementRecap: 'Agreement recap',
  // components/options/sections.ts
  optionsYourDetails: 'Your details',
  optionsLadder: 'Ladder',
  optionsRates: 'Rates',
  optionsTemplates: 'Templates',
  optionsBankStatement: 'Bank statement',
  optionsErase: 'Erase',
  // components/letters/Letter.tsx
  letterFormalNoticeToPay: 'Formal notice to pay',
  letterFinalReminderBeforeFormal: 'Final reminder before formal notice',
  letterSuspensionOfWork: 'Suspension of work',
  letterDebtRecoveryFile: 'Debt recovery file',
  // components/PendingPayments.tsx
  pendingpaymentsCertain: 'certain',
  pendingpaymentsProbable: 'probable',
  pendingpaymentsPartial: 'partial',
  // components/ClientProfile.tsx
  clientprofileAsksToInvoiceAnother: 'Asks to invoice another company',
  clientprofileRaisesCashProblems: 'Raises cash problems',
  clientprofileRefusesAWrittenAgreement: 'Refuses a written agreement',
  clientprofileUnknownCompany: 'Unknown company',
  // components/options/LadderEditor.tsx
  laddereditorEMail: 'e-mail',
  laddereditorPhone: 'phone',
  laddereditorLetter: 'letter',
  laddereditorRegisteredLetter: 'registered letter',
  laddereditorOther: 'other',
  laddereditorNone: 'none',
  // components/options/ImportPanel.tsx
  importpanelNoReadableRow: 'No readable row',
  // lib/app/import.ts
  optionsImportCounts: (added: number, updated: number, skipped: number) =>
    `${added} added, ${updated} updated, ${skipped} skipped.`,
  // lib/app/replan.ts (the daily notification)
  notifyDueToday: (n: number) =>
    `${n} ${plural('en-GB', n, { one: 'reminder', other: 'reminders' })} to send today`,
  noClientWithAddress: (address: string) => `No client has the address ${address}`,
  overlayRecordingUnknown: (message: string) =>
    `Recording was interrupted (${message}) and Relance does not answer: what was recorded is not known. Open the page again to see it before trying again.`,
  overlayRecordingPartial: (message: string, done: number, of: number) =>
    `Recording was interrupted (${message}): ${done} of ${of} invoice(s) recorded. Try again for the others.`,
  overlayRecordingInterrupted: (message: string) =>
    `Recording was interrupted (${message}): nothing was recorded, try again.`,
  popupMoreClients: (n: number) => `Show the other ${n} clients`,
  // The texts with values of the last files to move to the catalog
  agingbarsLabel: (currency: string) => `Receivables aging in ${currency}`,
  clientprofileOpeningJudgmentStopsInterest:
    'The opening judgment stops interest (C. com. art. L622-28); the claim is declared to the representative within 2 months of the BODACC publication (4 months outside metropolitan France, C. com. art. R622-24).',
  draftviewMonthlyInstalments: 'Monthly instalments',
  nextstepsDeclareClaim: (deadline: string | undefined) =>
    `Declare the claim to the court-appointed representative${deadline ? ` by ${deadline}` : ' within 2 months of the BODACC publication (dates to be entered)'} (C. com. art. L622-24 and R622-24): principal, interest to the opening judgment (L622-28) and the fixed fee.`,
  pendingpaymentsTitle: (n: number, toCheck: number) =>
    `${n} ${plural('en-GB', n, { one: 'payment', other: 'payments' })} found, ${toCheck} to check`,
  pendingpaymentsRecord: (n: number) =>
    `Record ${n} ${plural('en-GB', n, { one: 'payment', other: 'payments' })}`,
  bankimportSummary: (
    transactions: number,
    added: number,
    alreadySeen: number,
    unmatched: number,
    elsewhere: number,
  ) =>
    `${transactions} transaction(s) read: ${added} payment(s) found${alreadySeen ? `, ${alreadySeen} already imported` : ''}${elsewhere ? `, ${elsewhere} already read in another statement` : ''}, ${unmatched} credit(s) unmatched. Nothing is recorded until you confirm.`,
  bankimportIntro:
    'Download the statement from your bank (camt.053, CFONB 120, OFX, MT940, or a Qonto, Shine… CSV): Relance looks for your clients’ transfers in it. The file is read in this browser.',
  bankimportColumnsOf: (file: string) => `Columns of ${file} (correct)`,
  bankimportUnmatchedCredits: (n: number) => `${n} unmatched credit(s)`,
  importpanelCurrencyAssumed: (currency: string) =>
    `Currency assumed: ${currency} — please confirm`,
  importpanelShowOtherInvoices: (n: number) => `Show the ${n} other invoices`,
  importpanelImportInvoices: (n: number) => `Import ${n} invoice(s)`,
  importpanelSkippedRows: (n: number) => `Skipped rows and why (${n})`,
  importpanelFileRows: (n: number) => `${n} row(s) of the file`,
  rateseditorNoRateFor: (period: string) =>
    `No rate for ${period}: interest that depends on it is not computed. Add it below.`,
  senderformRetentionClause:
    'My terms contain a retention-of-title or payment-conditional IP-assignment clause (the stop-work notice may then say the deliverables remain mine)',
  letterInterestColumn: 'Interest',
  letterInterestColumnPublic: 'Interest',
  optionsOtherIdentity: (file: string, current: string) =>
    `The backup holds other sender details:\n${file}\ninstead of:\n${current}\n\nReplace your details with the file’s? (Cancel: keep yours)`,
  optionsPrivacyBody:
    'Relance keeps your invoices, clients and reminder history in this browser (IndexedDB) and your settings in its local storage. Nothing is sent over the Internet: no server, no account, no analytics. Relance reads Gmail and Outlook to recognise your clients and insert your drafts, and an invoicing site only if you enable it. Your JSON backup is the only way to copy this data elsewhere.',
  optionsEnabledFor: (origin: string) => `Enabled for ${origin}`,
  sidepanelReceivedCheck: (received: string) => `${received}: check before sending.`,
  // lib/bank/same.ts, lib/app/import.ts
  bankSameAlreadyImportedFrom: (file: string) => `already imported from ${file}`,
  bankSameInAnotherStatement: (earlier: Text) =>
    `the same transfer in another statement? (${earlier.en}): check it by hand, not proposed`,
  bankSameAlreadyRecorded: (what: string, date: string) =>
    `already recorded: payment of ${what} of ${formatDate(date, 'en')}`,
  appImportRolledBack: (why: Text) =>
    `Nothing was imported (the whole import was rolled back) — ${why.en}`,
  // lib/app/backup.ts
  appBackupNothingWasChanged: 'Nothing was changed',
  appBackupUnreadableJsonFile: (unchanged: Text, message: string) =>
    `${unchanged.en} — unreadable JSON file: ${message}`,
  appBackupUnchangedBecause: (unchanged: Text, t: Text) => `${unchanged.en} — ${t.en}`,
  appBackupFileProblems: (problems: Text[]) => problems.map((p) => p.en).join(' · '),
  appBackupTheWholeRestoreWas: (unchanged: Text, t: Text) =>
    `${unchanged.en} (the whole restore was rolled back) — ${t.en}`,
  appBackupSettingFailed: (what: Text, t: Text) => `${what.en} (${t.en})`,
  appBackupYourDetails: 'your details',
  appBackupTheReminderLadder: 'the reminder ladder',
  appBackupTheTemplates: 'the templates',
  appBackupTheRatesYouEntered: 'the rates you entered',
  appBackupThePreferences: 'the preferences',
  appBackupRestored: (
    counts: RestoreCounts,
    identity: 'replaced' | 'kept' | undefined,
    notRestored: Text[],
  ) => {
    const said = [
      counts.unchanged ? `${counts.unchanged} event(s) already there` : '',
      counts.duplicates ? `${counts.duplicates} event(s) twice in the file, restored once` : '',
      counts.collisions
        ? `${counts.collisions} event(s) whose id another event had: both kept`
        : '',
      identity === 'replaced' ? 'your details (name, IBAN…) replaced by the file’s' : '',
      identity === 'kept' ? 'your current details are kept' : '',
      notRestored.length ? `not restored: ${notRestored.map((f) => f.en).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `Restored: ${counts.clients} client(s), ${counts.invoices} invoice(s), ${counts.events} event(s) added.${said ? ` ${capitalised(said)}.` : ''}`;
  },
  // lib/bank/csv.ts
  bankCsvTransactionNotSettledPending: (notDone: number) =>
    `${notDone} transaction(s) not settled (pending, declined…) ignored`,
  // lib/bank/match.ts
  bankMatchTheReferenceAlsoFits: '; the reference also fits another client: check it',
  bankMatchSeveralInvoicesHaveThese: '; several invoices have these digits: check it',
  bankMatchButThePayerLooks: (payerName: string) =>
    `; but the payer "${payerName}" looks like another client: check it`,
  bankMatchReferenceAndExactAmount: (number: string, amt: Text, doubt: Text | undefined) =>
    `reference ${number} and exact amount (${amt.en})${doubt?.en ?? ''}`,
  bankMatchReferencesAndTheirTotal: (numbers: string[], amt: Text, doubt: Text | undefined) =>
    `references ${listed(numbers, 'and')} and amount equal to what they still owe (${amt.en})${doubt?.en ?? ''}`,
  bankMatchReferenceSeveralOfThatAmount: (numbers: string[], n: number, amt: Text) =>
    `reference ${listed(numbers, 'and')}: ${n} invoices of that amount (${amt.en}), the oldest is taken: check it`,
  bankMatchReferencePartPayment: (
    numbers: string[],
    amt: Text,
    owed: Text,
    doubt: Text | undefined,
  ) =>
    `reference ${listed(numbers, 'and')}, part payment of ${amt.en} of ${owed.en} owed${doubt?.en ?? ''}`,
  bankMatchReferenceOverpayment: (numbers: string[], amt: Text, owed: Text) =>
    `reference ${listed(numbers, 'and')}, but ${amt.en} received for ${owed.en} owed (overpayment?): check it`,
  bankMatchReferenceFitsClients: (clients: number, numbers: string[]) =>
    `the reference can point at invoices of ${clients} clients (${listed(numbers, 'and')}): match it by hand`,
  bankMatchIssuedAfterPayment: (numbers: string[]) =>
    `the reference ${listed(numbers, 'and')} points at an invoice issued after this payment`,
  bankMatchPayerCouldBe: (payerName: string, names: string[]) =>
    `the payer "${payerName}" could be ${listed(names, 'and')}: match it by hand`,
  bankMatchNoOpenInvoice: (who: Text, currency: string, date: string) =>
    `${who.en}, but no open invoice in ${currency} issued before ${formatDate(date, 'en')}`,
  bankMatchTotalOfOldest: (numbers: string[], amt: Text, who: Text) =>
    `amount equal to what ${listed(numbers, 'and')} still owe (${amt.en}) and ${who.en}`,
  bankMatchPayerPartPayment: (who: Text, amt: Text, owed: Text, numbers: string[]) =>
    `${who.en}, part payment of ${amt.en} of ${owed.en} owed, applied to the oldest invoice first (${listed(numbers, 'and')})`,
  bankMatchMoreThanOwed: (who: Text, amt: Text, owed: Text) =>
    `${who.en}, but ${amt.en} is more than all it owes (${owed.en})`,
  bankMatchIbanSeenBeforeFor: (name: string) => `IBAN seen before for ${name}`,
  bankMatchPayerClient: (payerName: string, name: string) =>
    `payer "${payerName}" = client ${name}`,
  bankMatchInvoicesOfThatAmount: (exactLength: number) =>
    `; ${exactLength} invoices of that amount: the oldest is taken, check it`,
  bankMatchExactAmountOfAnd: (number: string, amt: Text, who: Text, more: Text) =>
    `exact amount of ${number} (${amt.en}) and ${who.en}${more.en}`,
  // lib/bank/store.ts
  bankStoreNotRecorded: (numbers: string[], error: Text) => `${numbers.join(', ')}: ${error.en}`,
  bankStoreTransferReceived: (amount: Text, who: string, date: string) =>
    `a transfer of ${amount.en} from ${who} was received on ${formatDate(date, 'en')}`,
  // lib/bank/reconcile.ts
  bankReconcileIsInTheAccount: (
    file: string,
    where: string,
    currency: string,
    currency2: null | string,
  ) => `${file}: ${where} is in ${currency}, the account in ${currency2}`,
  // lib/cli/reconcile.ts
  cliReconcileFileNotFound: (name: string) => `${name}: file not found`,
  cliReconcile: (name: string, message: string) => `${name}: ${message}`,
  // lib/cli/scan.ts
  cliScanFileNotFound: 'file not found',
  // lib/detect/consistency.ts
  detectConsistencyTheLinesAddUp: (lines: string, subtotal: string) =>
    `The lines add up to ${lines} but the subtotal shown is ${subtotal} — please confirm`,
  detectConsistencyTheLinesAddUp2: (lines: string, total: string) =>
    `The lines add up to ${lines}, more than the total shown ${total} — please confirm`,
  detectConsistencyPaidIsMoreThan: (paid: string, total: string) =>
    `Paid ${paid} is more than the total ${total} — please confirm`,
  detectConsistencySubtotalNotTotal: (
    subtotal: string,
    taxes: string | undefined,
    shipping: string | undefined,
    discounts: string | undefined,
    total: string,
  ) =>
    `Subtotal ${subtotal}${taxes ? ` + taxes ${taxes}` : ''}${shipping ? ` + shipping ${shipping}` : ''}${discounts ? ` − discounts ${discounts}` : ''} does not give the total shown ${total} — please confirm`,
  detectConsistencyTotalNotDue: (
    total: string,
    paid: string | undefined,
    credits: string | undefined,
    due: string,
  ) =>
    `Total ${total}${paid ? ` − paid ${paid}` : ''}${credits ? ` − credits ${credits}` : ''} does not give the amount due shown ${due} — please confirm`,
  // lib/detect/csv.ts
  detectCsvTheCsvFileIs: 'The CSV file is empty',
  detectCsvNoHeaderRowWith:
    'No header row with an invoice-number column was found in the first 15 lines; map the columns by hand',
  detectCsvNoHeaderNamesThe: (h: string) =>
    `No header names the invoice number: column "${h}" is read as such from what it holds; please check the column mapping`,
  detectCsvLine: (row: number, message: string) => `Line ${row}: ${message}`,
  detectCsvNoColumnIsMapped: 'No column is mapped to the invoice number',
  detectCsvNoAmountColumnTotal:
    'No amount column (total, line total, amount due or balance) is mapped',
  detectCsvAmountsUseBothDecimal:
    'Amounts use both decimal commas and decimal points; each value is read on its own and unclear ones are flagged',
  detectCsvNoInvoiceNumberIn: (rawNumber: string) => `no invoice number in "${rawNumber}"`,
  detectCsvSupplierBillType: (kind: string) => `supplier bill (type "${kind}")`,
  detectCsvSupplierBillSupplierIs: 'supplier bill (a supplier is named, no customer)',
  detectCsvUnknownTypeReadAs: (kind: string) =>
    `Unknown type "${kind}": read as a customer invoice`,
  detectCsvColumnHoldsNoInvoice: (h: string, numbered: number, value: number) =>
    `Column "${h}" holds no invoice number for most rows (${numbered} of ${value}): choose another column`,
  detectCsvDifferentInvoicesMoreThan: (size: number, MAX_INVOICES: number) =>
    `${size} different invoices: more than an invoicing export holds (limit ${MAX_INVOICES}); check the number column`,
  detectCsvTheRowsGiveDifferent: (number: string) =>
    `${number}: the rows give different totals; please confirm`,
  detectCsvTheRowsGiveDifferent2: (number: string) =>
    `${number}: the rows give different amounts due; please confirm`,
  detectCsvNegativeAmountAndNo:
    'negative amount and no type column: a supplier bill or a credit note, not chased',
  detectCsvIsNotDate: (_fieldName: Text, v: string, k: string) => `${k}: "${v}" is not a date`,
  detectCsvCouldBeOrPlease: (
    number: string,
    fieldName: Text,
    v: string,
    date: string,
    alternative: undefined | string,
  ) => `${number}: ${fieldName.en} "${v}" could be ${date} or ${alternative} — please confirm`,
  detectCsvDueDatePleaseConfirm: (number: string, note: Text) =>
    `${number}: due date ${note.en}: please confirm`,
  detectCsvPartlyPaidAndThe: (number: string) =>
    `${number}: partly paid and the file does not say how much: amount due to confirm`,
  detectCsvAmountsInReadAs: (c: string) =>
    `Amounts in "$" read as ${c} ("$" is also the Canadian, Australian, New Zealand dollar, the Mexican peso…): currency assumed, please confirm`,
  detectCsvNoCurrencyInThe: (noCurrency: number) =>
    `No currency in the file for ${noCurrency} invoice(s): choose one before import`,
  detectCsvSkipped: (at: Text, number: string, reason: Text) =>
    `${at.en}: ${number} skipped: ${reason.en}`,
  detectCsvLine2: (row: number, message: Text) => `line ${row}: ${message.en}`,
  detectCsvAndMoreUnreadableRows: (value: number) => `… and ${value} more unreadable rows`,
  // lib/detect/csv/sniff.ts
  csvSniffCsvFileTooLarge: (value: string, value2: number) =>
    `CSV file too large (${value} MB; limit ${value2} MB): export a shorter period`,
  csvSniffThisIsNotText: 'This is not a text CSV file (it contains binary data)',
  csvSniffThisFileHasNo:
    'This file has no lines (over a million characters without a line break): it is not a CSV export',
  // lib/detect/einvoice/cii.ts
  einvoiceCiiNotCiiCrossindustryinvoiceOr:
    'Not a CII CrossIndustryInvoice or ZUGFeRD 1.0 CrossIndustryDocument',
  einvoiceCiiNoDuepayableamountAmountDue:
    'No DuePayableAmount: amount due computed as total − prepaid',
  einvoiceCommonIbanCheckDigits: (iban: string) =>
    `IBAN ${iban}: its check digits are wrong — please confirm`,
  einvoiceCiiDueDateWithDiscount: (date: string) =>
    `Due date ${date} is in payment terms that grant an early-payment discount: it may be the discount's deadline — please confirm`,
  einvoiceCiiNetAndDiscountDates: (net: string, discounts: string) =>
    `Several dates in the payment terms: ${net} taken as the net due date, ${discounts} read as early-payment discount deadlines — please confirm`,
  einvoiceCiiOnlyDiscountDates: (discounts: string) =>
    `The payment terms date only early-payment discounts (${discounts}), not the net due date`,
  einvoiceCiiSeveralDueDates: (dates: string) =>
    `Several due dates in the payment terms (${dates}), instalments perhaps: the earliest is taken — please confirm`,
  einvoiceCiiCiiDocumentWithoutAn: 'CII document without an invoice number (ExchangedDocument/ID)',
  // lib/detect/einvoice/common.ts
  einvoiceCommonIsNotReadableAmount: (field: string, text: string) =>
    `${field}: "${text}" is not a readable amount`,
  einvoiceCommonRoundedToDecimals: (field: string, text: string, exp: number) =>
    `${field}: ${text} rounded to ${exp} decimals`,
  einvoiceCommonNegativeAmountDue:
    'Negative amount due: this invoice credits the buyer, there is nothing to chase',
  einvoiceCommonNoDueDateIn: (note: Text) =>
    `No due date in the document; ${note.en} — please confirm`,
  einvoiceCommonNoDueDateBt: (paymentTerms: string) =>
    `no due date (BT-9) and the payment terms "${paymentTerms}" give none`,
  einvoiceCommonNoDueDateBt2: 'no due date (BT-9) and no payment terms in the document',
  einvoiceCommonNoDueDate: (none: Text) => `No due date: ${none.en}`,
  // lib/detect/einvoice/facturx.ts
  einvoiceFacturxPdfTooLargeMb: (value: string) => `PDF too large (${value} MB, limit 50 MB)`,
  einvoiceFacturxNotPdfFileNo: 'Not a PDF file (no %PDF- header)',
  einvoiceFacturxCorruptPdfOnlyBytes: (bytesLength: number) =>
    `Corrupt PDF: only ${bytesLength} bytes`,
  einvoiceFacturxThePdfIsPassword:
    'The PDF is password-protected: open it, then export it without a password',
  einvoiceFacturxCorruptPdf: (message: string) => `Corrupt PDF: ${message}`,
  einvoiceFacturxCorruptPdfItsAttachments: (message: string) =>
    `Corrupt PDF: its attachments cannot be read (${message})`,
  einvoiceFacturxCorruptPdfItDeclares:
    'Corrupt PDF: it declares embedded files (/EmbeddedFile) but its structure does not lead to them (broken object references); ask the sender for a new copy',
  einvoiceFacturxDueDateReadFrom: 'Due date read from the PDF text, not the XML: please confirm',
  // lib/detect/einvoice/ubl.ts
  einvoiceUblNotUblInvoiceOr: 'Not a UBL Invoice or CreditNote',
  einvoiceUblUblDocumentWithoutAn: 'UBL document without an invoice number (cbc:ID)',
  // lib/detect/einvoice/xml.ts
  einvoiceXmlXmlTooLargeMb: (value: string) => `XML too large (${value} MB, limit 20 MB)`,
  einvoiceXmlXmlWithDoctypeOr:
    'XML with a DOCTYPE or entity declarations is refused (possible entity-expansion attack); e-invoices never use one',
  einvoiceXmlXmlRefusedItsElements: (MAX_DEPTH: number) =>
    `XML refused: its elements nest more than ${MAX_DEPTH} levels deep (an e-invoice has about ten)`,
  einvoiceXmlNotWellFormedXml: (msg: string, line: number, col: number) =>
    `Not well-formed XML: ${msg} (line ${line}, column ${col})`,
  // lib/detect/eml.ts
  detectEmlNotAnMailFile: 'Not an e-mail file: no From, To, Subject or Content-Type header',
  // lib/detect/invoice-list.ts
  detectInvoiceListCouldBeOrPlease: (
    number: string,
    fieldName: Text,
    raw: string,
    date: string,
    alternative: undefined | string,
  ) => `${number}: ${fieldName.en} "${raw}" could be ${date} or ${alternative} — please confirm`,
  detectInvoiceListAmountIsAmbiguousPlease: (number: string, raw: string) =>
    `${number}: amount "${raw}" is ambiguous — please confirm`,
  // lib/detect/message-text.ts
  detectMessageTextDueDateCouldBe: (raw: string, date: string, alternative: undefined | string) =>
    `Due date "${raw}" could be ${date} or ${alternative}: please confirm`,
  detectMessageTextAmountIsAmbiguousPlease: (raw: string) =>
    `Amount "${raw}" is ambiguous: please confirm`,
  detectMessageTextAmountReadAsUs: (raw: string) =>
    `Amount "${raw}" read as US dollars (USD): currency assumed, please confirm`,
  detectMessageTextDueDateDerivedFrom: (orig: string, mailDate: string, dueDate: string) =>
    `Due date derived from "${orig}" and the e-mail's date (${mailDate}): about ${dueDate}, please confirm`,
  detectMessageTextDueDatePleaseConfirm: (note: Text) => `Due date ${note.en}: please confirm`,
  // lib/detect/page.ts
  detectPageFoundInvoiceNumberBut: (invoiceNumber: string) =>
    `Found invoice number ${invoiceNumber} but no amount or due date next to a label this page uses`,
  detectPageNoInvoiceFoundOn:
    'No invoice found on this page: no schema.org Invoice, no invoice table, no labelled invoice number',
  detectPageNotAnInvoiceQuote: (other: string) =>
    `"${other}": not an invoice (a quote, an order, a pro forma or a receipt) — Relance follows invoices once issued`,
  detectPageDueDatePleaseConfirm: (note: Text) => `Due date ${note.en} — please confirm`,
  detectPageNoLabelledTotalOr:
    'No labelled total or amount due: amount read as the sum of the VAT table’s gross amounts — please confirm',
  detectPageNoCurrencyShownNext: 'No currency shown next to the amount: please confirm it',
  detectPageThePageShowsDifferent: (fieldName: Text, shown: string) =>
    `The page shows different values for ${fieldName.en}: ${shown} — please confirm`,
  // lib/detect/payment-terms.ts
  detectPaymentTermsReadFromThePayment: (quoted: string) =>
    `read from the payment terms "${quoted}"`,
  detectPaymentTermsPayableOnReceiptPer: (quoted: string) =>
    `payable on receipt, per the terms "${quoted}"`,
  detectPaymentTermsDerivedFromIssueDate: (quoted: string, n: number) =>
    `derived from "${quoted}": issue date + ${n} days, then end of month`,
  detectPaymentTermsDerivedFromIssueDate2: (quoted: string, n: number) =>
    `derived from "${quoted}": issue date + ${n} days`,
  detectPaymentTermsDueDateIsBefore: (dueDate: string, issueDate: string) =>
    `Due date ${dueDate} is before the issue date ${issueDate} — please confirm`,
  detectPaymentTermsDueDateIsFar: (dueDate: string, dueDate2: string, note: Text) =>
    `Due date ${dueDate} is far from the payment terms' (${dueDate2}, ${note.en}) — please confirm`,
  // lib/detect/pdf-text.ts
  detectPdfTextThisPdfDoesNot:
    'This PDF does not look like an invoice: it never says “invoice” or “facture”',
  detectPdfTextThisIsQuoteOr:
    'This is a quote or an order, not an invoice: Relance follows invoices once issued',
  detectPdfTextProFormaInvoiceIs:
    'A pro forma invoice is not a request for payment: Relance does not chase it. Import the final invoice',
  detectPdfTextInvoiceFoundInThe: (n: string) =>
    `Invoice ${n} found in the PDF’s text, but no amount next to a known label (Total TTC, Net à payer, Amount due…): enter it by hand, or import it from your invoicing app`,
  detectPdfTextNoLabelledInvoiceNumber:
    'No labelled invoice number in the PDF’s text: enter the invoice by hand, or import it from your invoicing app',
  detectPdfTextReadFromThePdf:
    'read from the PDF’s text (it holds no e-invoice): check the number, the dates and the amounts',
  // lib/detect/scan-file.ts
  detectScanFileFileTooLargeMb: (value: string) =>
    `File too large (${value} MB; limit 25 MB for text files)`,
  detectScanFileThisPdfHoldsNeither:
    'This PDF holds neither an e-invoice nor any text (a scanned document?): import the invoice from your invoicing app, or enter it by hand',
  detectScanFileNoInvoiceFoundOn: 'No invoice found on this page',
  detectScanFileNoInvoiceRowsCould: 'No invoice rows could be read from this CSV',
  detectScanFileUnsupportedFileTypeExpected:
    'Unsupported file type: expected .xml, .pdf, .html, .htm, .csv or .eml',
  detectScanFile: (n: string, w: Text) => `${n}: ${w.en}`,
  detectScanFileAttachment: (name: string, error: Text) => `attachment ${name}: ${error.en}`,
  detectScanFileNoInvoiceFoundIn:
    'No invoice found in this e-mail (no invoice number or amount in its text, no e-invoice attached)',
  // lib/detect/sites/adapter.ts
  sitesAdapterIsNotDate: (app: string, text: string, where: string) =>
    `${app}: "${text}" (${where}) is not a date`,
  sitesAdapterCouldBeOrPlease: (
    value: string,
    fieldName: Text,
    raw: string,
    date: string,
    alternative: undefined | string,
  ) => `${value}: ${fieldName.en} "${raw}" could be ${date} or ${alternative} — please confirm`,
  sitesAdapterIsInOtherAmounts: (app: string, where: string, currency: string, currency2: string) =>
    `${app}: ${where} is in ${currency}, other amounts in ${currency2}`,
  sitesAdapterAmountIsAmbiguousPlease: (value: string, raw: string) =>
    `${value}: amount "${raw}" is ambiguous — please confirm`,
  // lib/detect/sites/akaunting/parse.ts
  akauntingParseBillFromVendorPurchases: 'a bill from a vendor (purchases)',
  // lib/detect/sites/dolibarr/parse.ts
  dolibarrParseDolibarrListShowsAmounts: (invoiceNumber: null | string) =>
    `${invoiceNumber}: Dolibarr's list shows amounts without their currency — choose it before recording`,
  dolibarrParseSupplierInvoices: 'supplier invoices',
  // lib/detect/sites/index.ts
  sitesIndexThisAddressLooksLike: (app: string, seen: string) =>
    `This address looks like ${app}'s, but the page does not have the markup Relance knows (${seen}); read without ${app}'s selectors`,
  sitesIndexRelanceChasesWhatClients: (app: string, payables: Text) =>
    `${app}: ${payables.en} — Relance chases what clients owe you, not what you owe`,
  sitesIndexPageRecognisedButNo: (app: string) =>
    `${app}: page recognised, but no invoice could be read from it`,
  sitesIndexTheAppMayHave: (app: string, what: string, selector: string, seen: string) =>
    `${app}: no element for ${what} (selector "${selector}") — the app may have changed since ${seen}; read without its selectors`,
  // lib/detect/sites/invoice-ninja/design.ts
  invoiceNinjaDesignDepositIsAskedFor: (invoiceNumber: null | string, textOf: string) =>
    `${invoiceNumber}: a deposit (${textOf}) is asked for; the date shown may be the deposit's — please confirm`,
  // lib/detect/sites/invoiceplane/pdf.ts
  invoiceplanePdfTheAmountDueIn: (invoiceNumber: null | string, facts: undefined | string) =>
    `${invoiceNumber}: the amount due in the details (${facts}) is not the balance of the sums — please confirm`,
  // lib/detect/sites/invoiceshelf/parse.ts
  invoiceshelfParsePartlyPaidInvoiceshelfPage: (invoiceNumber: null | string) =>
    `${invoiceNumber}: partly paid; InvoiceShelf's page does not show the amount left`,
  // lib/detect/sites/invoiceshelf/pdf.ts
  invoiceshelfPdfTheDocumentShowsNo: (invoiceNumber: null | string) =>
    `${invoiceNumber}: the document shows no payment; amount due taken as the total — please confirm`,
  // lib/detect/sites/odoo/parse.ts
  odooParseTheInvoiceDocumentItself: (APP: string) =>
    `${APP}: the invoice document itself is in a frame (#invoice_html); its customer and issue date are not read from this page`,
  // lib/escalation/claims.ts
  escalationClaimsOpeningJudgmentDateUnknown:
    'Opening judgment date unknown: interest stops on that date (C. com. art. L622-28); enter it to count them.',
  // lib/escalation/interest.ts
  escalationInterestTheFixedRecoveryFee: (label: Text, currency: string, currency2: string) =>
    `The fixed recovery fee of ${label.en} is set in ${currency}; it is not converted to ${currency2}.`,
  escalationInterestContractRateIsBelow: (
    halfYear: string,
    contractRatePercent: string,
    multiple: number,
    unitsToPercent: string,
    lawRef: string,
  ) =>
    `${halfYear}: contract rate ${contractRatePercent} % is below ${multiple} × the legal rate; raised to ${unitsToPercent} % (${lawRef}).`,
  escalationInterestTheIsProvisionalVerify: (label: Text, halfYear: string, percent: string) =>
    `${halfYear}: the ${label.en} (${percent} %) is provisional — verify it.`,
  escalationInterestInterestRunsOnlyFrom: (label: Text) =>
    `${label.en}: interest runs only from the formal notice; none has been sent.`,
  // lib/escalation/rates.ts
  escalationRatesNoForInThe: (label: Text, halfYear: string, lastChecked: string) =>
    `No ${label.en} for ${halfYear} in the rate table (last checked ${lastChecked}): add that half-year in Settings → Rates and jurisdictions; Relance does not guess a rate.`,
  // lib/ledger/ingest.ts
  ledgerIngestInvoiceNumberOfCharacters: (numLength: number, invoiceNumber: number, num: string) =>
    `invoice number of ${numLength} characters (at most ${invoiceNumber}): "${num}…"`,
  ledgerIngestIsNotValidMail: (address: string) =>
    `"${address}" is not a valid e-mail address: it is not recorded for the client`,
  ledgerIngestOfCharactersAtMost: (name: Text, valueLength: number, max: number) =>
    `${name.en} of ${valueLength} characters (at most ${max})`,
  // lib/ledger/repo.ts
  ledgerRepoTheBrowserHasNo:
    'The browser has no room left to store Relance’s data. Export a backup, then free some space (or remove old data) and try again; nothing was changed.',
  ledgerRepo: (what: Text, problem: Text) => `${what.en}: ${problem.en}`,
  ledgerRepoInvoice: 'invoice',
  ledgerRepoDraftNotSentYet: 'draft: not sent yet, so not chased',
  ledgerRepoClient: (problem: Text) => `client: ${problem.en}`,
  ledgerRepo2: (invoiceText: Text, problem: Text) => `${invoiceText.en}: ${problem.en}`,
  ledgerRepoEvent: (type: string) => `Event ${type}`,
  ledgerRepoClientDoesNotExist: (clientId: string) => `Client ${clientId} does not exist`,
  ledgerRepoInvoiceDoesNotExist: (invId: string) => `Invoice ${invId} does not exist`,
  ledgerRepoInvoiceBelongsToAnother: (number: string) =>
    `Invoice ${number} belongs to another client`,
  ledgerRepoCreditNoteOrCancelled: (numbers: string) =>
    `${numbers}: a credit note or a cancelled invoice takes no payment; nothing recorded`,
  ledgerRepoInvoiceIsAlreadyPaid: (numbers: string) =>
    `Invoice ${numbers} is already paid: this payment is not recorded twice`,
  ledgerRepoThePaymentOfIs: (
    minorToDecimal: string,
    currency: string,
    numbers: string,
    minorToDecimal2: string,
  ) =>
    `The payment of ${minorToDecimal} ${currency} is more than what is still due on ${numbers} (${minorToDecimal2} ${currency}): nothing recorded`,
  ledgerRepoInvoiceDoesNotExist2: (id: string) => `Invoice ${id} does not exist`,
  ledgerRepoAmountDueIsMore: (number: string) =>
    `Amount due is more than the total of invoice ${number}`,
  ledgerRepoInvoice2: (number: string) => `Invoice ${number}`,
  ledgerRepoClient2: (name: string) => `Client ${name}`,
  ledgerRepoBothClientsMustExist: 'Both clients must exist to be merged',
  ledgerRepoInvoiceIsNotThis: (id: string) => `Invoice ${id} is not this client's`,
  // lib/model/money.ts
  modelMoneyUnknownCurrencyExpectedAn: (code: string) =>
    `Unknown currency "${code}": expected an ISO 4217 code such as EUR, GBP or USD`,
  modelMoneyIsNotDecimalAmount: (text: string) =>
    `"${text}" is not a decimal amount (expected e.g. 1200.00)`,
  modelMoneyHasMoreDecimalsThan: (text: string, currency: string, exp: number) =>
    `"${text}" has more decimals than ${currency} allows (${exp})`,
  modelMoneyIsTooLarge: (text: string) => `"${text}" is too large`,
  // hand-converted texts with optional parts
  csvSniffMoreThanRows: (limit: number) =>
    `More than ${limit.toLocaleString('en')} rows: export a shorter period`,
  detectScanFileBinaryData: (kind: string | undefined) =>
    `This is not a ${kind ?? 'supported'} file: it contains binary data`,
  detectScanFileAttachments: (names: string[]) => `attachments: ${names.join(', ')}`,
  bankCamtNotBooked: (n: number) =>
    `${n} ${plural('en-GB', n, { one: 'entry', other: 'entries' })} not booked (status other than BOOK) ignored`,
  bankReadFileTooLarge: (file: string, mb: string) =>
    `${file}: file too large (${mb} MB); a statement over 20 MB must be split by period`,
  einvoiceFacturxNoXml: (attachments: string) =>
    `No e-invoice XML embedded in this PDF (expected factur-x.xml, zugferd-invoice.xml or xrechnung.xml${attachments ? `; found ${attachments}` : '; it has no attachments'})`,
  einvoiceReadNotAnEInvoice: (root: string | undefined) =>
    `Not an e-invoice: the root element is <${root ?? 'none'}>, expected UBL Invoice/CreditNote or CII CrossIndustryInvoice`,
  detectInvoiceListTotalMinusPaid: (
    number: string,
    total: string,
    paid: string | undefined,
    due: string,
  ) =>
    `${number}: total ${total}${paid ? ` − paid ${paid}` : ''} does not give the amount due ${due} — please confirm`,
  detectPageAmbiguousDate: (
    isDue: boolean,
    raw: string,
    date: string,
    alternative: string | undefined,
  ) =>
    `${isDue ? 'Due date' : 'Issue date'} "${raw}" could be ${date} or ${alternative}; read as ${date} from the page language — please confirm`,
  detectCsvColumnReadAs: (header: string, field: Text, rival: string | null) =>
    `Column "${header}" is read as the ${field.en}${rival ? `; "${rival}" could be too` : ''}: not certain, please check the column mapping`,
  detectCsvIsNotAmount: (_field: Text, value: string, key: string) =>
    `${key}: "${value}" is not an amount`,
  detectCsvTotalSummed: (number: string, rows: number, lines: number[]) =>
    `${number}: total summed over ${rows} rows (${lines.join(', ')}): please confirm`,
  detectCsvCurrencyAssumed: (currency: string, app: string | undefined) =>
    `The file does not say the currency: ${currency} assumed (${app ?? 'this export'}'s usual one), please confirm`,
  // lib/bank/mt940.ts
  bankMt940MtLineUnreadableOpening: (line: number, tag: string, value: string) =>
    `MT940 line ${line} (:${tag}:): unreadable opening balance "${value}"`,
  bankMt940MovementBeforeTheOpening: (_where: string, whereEn: string) =>
    `${whereEn}: movement before the :60F: opening balance (currency unknown)`,
  bankMt940UnreadableLine: (_where: string, first: undefined | string, whereEn: string) =>
    `${whereEn}: unreadable line "${first}"`,
  bankMt940InvalidValueDate: (_where: string, valueRaw: undefined | string, whereEn: string) =>
    `${whereEn}: invalid value date "${valueRaw}"`,
  bankMt940InvalidEntryDate: (_where: string, entryRaw: string, whereEn: string) =>
    `${whereEn}: invalid entry date "${entryRaw}"`,
  bankMt940MtStatementWithoutOpening: 'MT940 statement without a :60F: opening balance',
  // lib/bank/cfonb.ts
  bankCfonbUnreadableAmountPositionsTo: (where: string, field: string) =>
    `${where}: unreadable amount "${field}" (positions 91 to 104)`,
  bankCfonbIsNotDdmmyyDate: (where: string, field: string, s: string) =>
    `${where}: ${field} "${s}" is not a DDMMYY date`,
  bankCfonbCfonbStatementRecordIs: (
    _where: string,
    code: string,
    rawLength: number,
    whereEn: string,
  ) =>
    `CFONB statement ${whereEn}: record "${code}" is ${rawLength} characters long instead of 120 (truncated or altered file); nothing was imported from this file`,
  bankCfonbCfonbStatementUnknownRecord: (_where: string, code: string, whereEn: string) =>
    `CFONB statement ${whereEn}: unknown record code "${code}" (01, 04, 05 or 07 expected)`,
  bankCfonbCfonbStatementComplementWithout: (_where: string, whereEn: string) =>
    `CFONB statement ${whereEn}: 05 complement without a 04 movement before it`,
  bankCfonbCfonbStatementUnknownCurrency: (_where: string, currency: string, whereEn: string) =>
    `CFONB statement ${whereEn}: unknown currency "${currency}" (positions 17 to 19)`,
  bankCfonbCfonbStatementUnreadableNumber: (
    _where: string,
    line: undefined | string,
    whereEn: string,
  ) => `CFONB statement ${whereEn}: unreadable number of decimals "${line}" (position 20)`,
  bankCfonbCfonbStatementAmountWith: (_where: string, currency: string, whereEn: string) =>
    `CFONB statement ${whereEn}: amount with more decimals than ${currency} has`,
  bankCfonbEmptyCfonbStatementNo: 'Empty CFONB statement: no 01, 04 or 07 record',
  // lib/bank/csv.ts
  bankCsvUnreadableDate: (_where: string, s: string, whereEn: string) =>
    `${whereEn}: unreadable date "${s}"`,
  bankCsvThisIsNotText: 'This is not a text CSV file (it contains binary data)',
  bankCsvNoHeaderRowWith:
    'No header row with a date and an amount (or a credit column) in the first 30 lines; map the columns by hand',
  bankCsvTheDateAndAmount: 'The date and amount (or credit) columns are required',
  bankCsvLineAmountsWrittenWith: (line: number, lineNo: number, lineNo2: number) =>
    `Line ${line}: amounts written with a decimal comma (line ${lineNo}) and with a decimal point (line ${lineNo2}) in the same file; fix the file, nothing was imported`,
  bankCsvUnknownCurrency: (_where: string, value: string, whereEn: string) =>
    `${whereEn}: unknown currency "${value}"`,
  // lib/bank/ofx.ts
  bankOfxOfxStatementRefusedIt: 'OFX statement refused: it declares a DOCTYPE or entities',
  bankOfxOfxFileWithoutAn: 'OFX file without an <OFX> element',
  bankOfxUnknownCurrencyCurdef: (_where: string, ccy: string, whereEn: string) =>
    `${whereEn}: unknown currency (CURDEF "${ccy}")`,
  bankOfxOfxFileWithoutStatement: 'OFX file without a statement (STMTRS or CCSTMTRS)',
  // lib/bank/camt.ts
  bankCamtCamtStatementRefusedIt:
    'camt statement refused: it declares a DOCTYPE or entities, which an ISO 20022 message never does',
  bankCamtThisXmlFileIs:
    'This XML file is not an ISO 20022 camt.052, camt.053 or camt.054 statement (no Document namespace)',
  bankCamtCamtIsNotSupported: (kind: string, version: string) =>
    `camt.${kind}.001.${version} is not a supported version (Document element, xmlns): Relance reads versions .001.02 to .001.08`,
  bankCamtElementDocumentMissingExpected: (root: string, kind: string) =>
    `Element Document/${root} missing: expected in a camt.${kind}`,
  bankCamtBookgdtBookingDateMissing: (where: string) =>
    `${where}/BookgDt: booking date missing or invalid`,
  bankCamtUnreadableAmount: (where: string, text: string) =>
    `${where}: unreadable amount "${text}" (expected e.g. 1200.00)`,
  bankCamtNotCreditOrDebit: (where: string, sign: string) =>
    `${where}/CdtDbtInd: "${sign}" instead of CRDT or DBIT`,
  bankCamtUnknownCurrency: (where: string, currency: string) =>
    `${where}/Amt: currency missing or unknown ("${currency}")`,
  bankOfxUnreadableDate: (where: string, value: string) =>
    `${where}: unreadable date "${value}" (YYYYMMDD expected)`,
  bankOfxUnreadableAmount: (_where: string, whereEn: string, value: string) =>
    `${whereEn}: unreadable TRNAMT amount "${value}"`,
  bankCsvUnreadableAmount: (
    _where: string,
    whereEn: string,
    column: 'amount' | 'credit' | 'debit',
    value: string,
  ) => `${whereEn}: unreadable ${column} "${value}"`,
  bankReconcileForeignCredits: (file: string, n: number, currency: string, accountInIt: boolean) =>
    `${file}: ${n} credit(s) in ${currency}, and no open invoice is in ${currency}: not matched${accountInIt ? ` (account kept in ${currency})` : ''}`,
  // --- Texts that were still written by hand in French and English (issue 23 §3: the UI
  // language list as data). Keep this section last to ease merges. ---
  // lib/prevention/compliance.ts
  complianceDueDateLabel: 'Due date',
  complianceDueDateWhy: 'Without a written due date, lateness only starts 30 days after receipt.',
  complianceDueDateSuggestion: 'Due date: DD/MM/YYYY',
  compliancePenaltyRateLabel: 'Late-penalty rate',
  compliancePenaltyRateWhy:
    'Stating the late-penalty rate is mandatory; leaving it out invites a fine and disputes.',
  compliancePenaltyRateSuggestion:
    'Late payment incurs penalties at the ECB refinancing rate plus 10 percentage points.',
  complianceFixedFeeLabel: '€40 fixed recovery fee',
  complianceFixedFeeWhy: 'The €40 per-invoice fee is due by law but must be stated on the invoice.',
  complianceFixedFeeSuggestion:
    'Fixed compensation for recovery costs in case of late payment: €40.',
  complianceClientSirenLabel: 'Client’s SIREN',
  complianceClientSirenWhy: 'France’s e-invoicing reform makes the client’s SIREN mandatory.',
  complianceClientSirenSuggestion: 'Client SIREN: 123 456 789',
  complianceDeliveryAddressLabel: 'Delivery address',
  complianceDeliveryAddressWhy:
    'Required by e-invoicing when it differs from the client’s address.',
  complianceDeliveryAddressSuggestion: 'Delivery address: …',
  complianceOperationNatureLabel: 'Nature of the operation',
  complianceOperationNatureWhy: 'The invoice must say whether it covers goods, services or both.',
  complianceOperationNatureSuggestion: 'Nature of the operation: supply of services',
  complianceLateTermsLabel: 'Late-payment terms',
  complianceLateTermsWhy: 'Writing down late-payment terms avoids argument when you claim them.',
  complianceLateTermsSuggestion: 'Late payment will incur interest at the statutory rate.',
  // lib/escalation/steps.ts
  stepCourtesy: 'courtesy reminder',
  stepReminder1: 'first reminder',
  stepCall: 'phone call',
  stepReminder2: 'second reminder',
  stepFinalNotice: 'final notice',
  stepFormalNotice: 'formal notice',
  stepStopWork: 'stop-work notice',
  stepRecovery: 'recovery procedure',
  // lib/model/invoice.ts
  invoiceStatusOpen: 'open',
  invoiceStatusPartiallyPaid: 'partly paid',
  invoiceStatusPaid: 'paid',
  invoiceStatusDisputed: 'disputed',
  invoiceStatusCancelled: 'cancelled',
  invoiceStatusCreditNote: 'credit note',
  // lib/escalation/jurisdictions.ts
  jurisdictionFrB2b: 'France, business to business',
  jurisdictionFrB2c: 'France, consumer',
  jurisdictionFrPublic: 'France, public buyer',
  jurisdictionDeB2b: 'Germany, business to business',
  jurisdictionDeB2c: 'Germany, consumer',
  jurisdictionIe: 'Ireland',
  jurisdictionUk: 'United Kingdom',
  jurisdictionContract: 'Contract rate',
  jurisdictionNone: 'No interest',
  // lib/escalation/rates.ts
  rateSeriesEcbMro: 'ECB main refinancing rate',
  rateSeriesFrLegalPro: 'French statutory rate (creditor not a private person)',
  rateSeriesFrLegalPrivate: 'French statutory rate (creditor a private person)',
  rateSeriesUkBankRate: 'Bank of England Bank Rate (reference)',
  rateSeriesDeBase: 'German base rate (Basiszinssatz)',
  // lib/detect/invoice-reading.ts (field names)
  fieldInvoiceNumber: 'invoice number',
  fieldIssueDate: 'issue date',
  fieldDueDate: 'due date',
  fieldTotalWithTax: 'total',
  fieldTotal: 'total',
  fieldPaymentTerms: 'payment terms',
  fieldAmountDue: 'amount due',
  fieldPaid: 'amount paid',
  fieldCurrency: 'currency',
  fieldBuyerName: 'customer',
  fieldBuyerEmail: 'customer e-mail',
  // lib/detect/csv/headers.ts (field names)
  csvFieldInvoiceNumber: 'invoice number',
  csvFieldInternalId: 'internal id',
  csvFieldBuyer: 'customer',
  csvFieldVendor: 'supplier',
  csvFieldBuyerEmail: 'customer e-mail',
  csvFieldIssueDate: 'issue date',
  csvFieldDueDate: 'due date',
  csvFieldTotal: 'invoice total',
  csvFieldLineTotal: 'line total (summed)',
  csvFieldAmountDue: 'amount due',
  csvFieldPaid: 'amount paid',
  csvFieldStatus: 'status',
  csvFieldCurrency: 'currency',
  csvFieldKind: 'type (sale / purchase)',
  csvFieldAccount: 'ledger account',
  csvFieldNet: 'net amount',
  csvFieldTax: 'tax',
  csvFieldTerms: 'payment terms',
  csvFieldBuyerId: 'customer VAT / company id',
  // lib/escalation/jurisdictions.ts
  jurisdictionEu: 'European Union (directive minimum)',
  jurisdictionBe: 'Belgium',
  jurisdictionEs: 'Spain',
  jurisdictionIt: 'Italy',
  jurisdictionNl: 'Netherlands',
  // lib/escalation/portfolio.ts
  portfolioRecommendNone: 'Nothing special',
  portfolioRecommendDeposit: (n: number) => `Ask for a ${n} % deposit`,
  portfolioRecommendSchedule: (n: number) => `${n} % deposit and a payment schedule`,
  portfolioRecommendPrepay: 'Payment before delivery',
  portfolioInsolvency: 'insolvency proceedings under way',
  portfolioAverageLate: (days: number) => `pays ${days} days late on average`,
  portfolioHadFormalNotice: 'has already received a formal notice',
  portfolioHadSeveralReminders: 'has already needed several reminders',
  portfolioDisputes: (n: number) => `${n} dispute${n > 1 ? 's' : ''}`,
  portfolioFlagOtherCompany: 'asks to invoice a different company from the one ordering',
  portfolioFlagCashProblems: 'mentions cash problems when price comes up',
  portfolioFlagNoWrittenAgreement: 'refuses a written agreement',
  portfolioFlagUnknownCompany: 'unknown company with no track record',
  // shared pieces
  prefixed: (prefix: string, text: Text) => `${prefix}: ${text.en}`,
  textList: (parts: Text[]) => parts.map((p) => p.en).join('; '),
  // lib/detect/csv.ts
  csvAtLines: (count: number, lines: string, more: boolean) =>
    `${count === 1 ? 'line' : 'lines'} ${lines}${more ? '…' : ''}`,
  csvSummary: (invoices: number, rows: number, payable: number, drafts: number) =>
    `${invoices} invoice(s) from ${rows} row(s); ${payable} supplier bill(s) and ${drafts} draft(s) skipped`,
  csvSummaryCancelled: (n: number) => `${n} voided, not chased`,
  csvSummaryCredits: (n: number) => `${n} credit note(s), not chased`,
  csvSummaryNegative: (n: number) =>
    `${n} negative amount(s) with no type (supplier bill or credit note) skipped`,
  csvSummaryNotInvoices: (n: number) => `${n} payment or other row(s) skipped`,
  // lib/app/reply-log.ts (notes written into the ledger in the UI language)
  replyEvidence: (from: string, date: string, quote: string) =>
    `Reply from ${from} on ${date}: “${quote}”`,
  replyDocumentInvoiceCopy: 'a copy of the invoice',
  replyDocumentBankDetails: 'your bank details',
  replyDocumentPurchaseOrder: 'a purchase-order number',
  replyDocumentAny: 'a document',
  replyClientAsks: (what: string) => `The client asks for ${what}`,
  replyPaidAnnounced: 'Payment announced by the client, to check on the bank statement',
  replyEnterPromiseDate: 'Enter the date promised.',
  replyEnterReturnDate: 'Enter the return date.',
  replyAwayBackOn: 'Away, back on',
  // lib/webmail/reply-bar.ts, runner.ts, thread-runner.ts (in the mail page)
  replyBarRegion: 'Relance: client reply',
  replyBarQuote: (sentence: string) => `“${sentence}”`,
  replyBarPromise: (amount: string | undefined, when: string | undefined) =>
    `Promise to pay${amount ? ` (${amount})` : ''}${when ? ` by ${when}` : ''} — save it?`,
  replyBarPaid: (amount: string | undefined, when: string | undefined) =>
    `The client says it is paid${amount ? ` (${amount})` : ''}${when ? ` on ${when}` : ''}: check your bank statement — pause the reminders?`,
  replyBarDispute: 'The client disputes the invoice — save the dispute?',
  replyBarDocument: (what: string) =>
    `The client asks for ${what} — pause the reminders while you answer?`,
  replyBarAway: (when: string | undefined) =>
    `Automatic reply: away${when ? ` until ${when}` : ''} — hold the next reminder until they are back?`,
  replyBarDatePromised: 'Date promised',
  replyBarPaidOn: 'Paid on',
  replyBarBackOn: 'Back on',
  replyBarDismiss: 'Dismiss',
  replyBarAlreadySaved: 'Already saved in Relance.',
  replyBarSaved: 'Saved in Relance.',
  replyBarClose: 'Close',
  replyBarExtensionReloaded: 'Relance was updated or restarted: reload the page and try again.',
  mailButtonLabel: 'Relance: this client’s overdue invoices',
  // components/overlay/ (was components/overlay/labels.ts)
  overlayTrack: 'Track this invoice',
  overlayUpdate: 'Update',
  overlayPrepare: 'Prepare reminder',
  overlayLate: 'd late',
  overlayNext: 'Next step',
  overlayNumber: 'Invoice no.',
  overlayDue: 'Due date',
  overlayTotal: 'Total',
  overlayLeft: 'Balance',
  overlayCurrency: 'Currency',
  overlayClient: 'Client',
  overlayEmail: 'Client e-mail',
  overlayConfirm: 'Save',
  overlayCancel: 'Cancel',
  overlayCheck: 'To check',
  overlayMissing: 'Mentions missing from the invoice',
  overlayCopy: 'Copy the text',
  overlayList: 'invoices found',
  overlayImportSel: 'Import selected',
  overlayDone: 'Saved',
  overlayClose: 'Close',
  overlayNotTracked: 'Not tracked',
  overlayProfile: 'Client profile',
  overlayUnknownClient: 'Relance does not know this client yet.',
  overlayNone: 'No invoice found on this page.',
  overlayDraft: 'Draft: not sent yet, nothing to chase.',
  overlayDraftTag: 'draft',
  // components/NextSteps.tsx (the evidence file's next legal steps)
  nextstepsPublicInterestOwed:
    'Late-payment interest (intérêts moratoires) and the €40 fixed sum are owed by law, without any reminder (French Public Procurement Code, L2192-13, R2192-31 to R2192-36, D2192-35).',
  nextstepsPublicReferee:
    'An interim payment order (référé-provision) from the administrative court (CJA R541-1): an order for payment or a seizure cannot be used against a public body.',
  nextstepsPublicMandatement:
    'A local authority: ask the prefect to order the payment of the mandatory expense (mandatement d’office).',
  nextstepsPublicMediator: 'The business mediator (free), for disputes with public buyers too.',
  nextstepsPrivateOrderForPayment: 'Court claim or, in France, an order for payment.',
  nextstepsPrivateSmallClaims:
    'Small-claims recovery through a judicial officer (≤ €5,000, debtor must agree), mediation, collection agency or lawyer.',
  nextstepsPrivateMediatorLimitation:
    'Limitation: 5 years between businesses in France, 2 years against a consumer.',
  // components/DraftView.tsx (the agreement recap's form)
  draftviewAgreementScope: 'Scope',
  draftviewAgreementPrice: 'Price',
  draftviewAgreementDeposit: 'Deposit',
  draftviewAgreementSchedule: 'Schedule',
  draftviewAgreementDue: 'Due dates',
  // lib/escalation/plan-text.ts, suggestion.ts (the planner's reasons)
  planSkipDisabled: (label: Text) => `${label.en} disabled in the policy`,
  planSkipNoOngoingWork: 'no ongoing work for this client',
  planSkipPassed: (label: Text) => `${label.en} not done, a later step was already reached`,
  planHistoryNone: 'no reminder sent yet',
  planHistory: (written: number, calls: number) =>
    `${written} ${written === 1 ? 'reminder' : 'reminders'}${calls ? ` and ${calls === 1 ? 'a call' : `${calls} calls`}` : ''} without settlement`,
  planDaysLate: (days: number) => `${days} ${days === 1 ? 'day late' : 'days late'}`,
  planWhenScheduled: (day: Text) => ` on ${day.en}`,
  planWhenDueSince: (day: Text, days: number) =>
    `, due since ${day.en} (${days} ${days === 1 ? 'day' : 'days'} ago)`,
  planBrokenPromise: (day: Text) => `promise to pay by ${day.en} not kept`,
  planRecoveryPublic:
    'a référé-provision before the administrative court (CJA art. R541-1) or, for a local authority, a request to the prefect for mandatement d’office; no order for payment against a public body',
  planRecoveryPrivate:
    'order for payment (injonction de payer), small-claims recovery (≤ €5,000), mediation or a lawyer; export the evidence file',
  planNoDueDate: (number: string) => `Invoice ${number} has no due date: confirm it to chase it.`,
  planDisputedSkip: (number: string) => `invoice ${number} disputed: not chased until resolved`,
  planDisputeReason: (list: string, many: boolean) =>
    `${many ? 'invoices' : 'invoice'} ${list} disputed → answer the dispute, correct the invoice or issue a credit note, then mark the dispute resolved`,
  planPromisePause: (date: string) => `promise to pay by ${formatDate(date, 'en')}`,
  planSnoozed: (until: string) => `snoozed until ${formatDate(until, 'en')}`,
  planPaymentPlanRunning: (until: string) =>
    `payment plan running until ${formatDate(until, 'en')}`,
  planInsolvencyDeclareBy: (deadline: string, months: number, published: string | undefined) =>
    `declare the claim to the court-appointed representative by ${formatDate(deadline, 'en')} (${months} months after the BODACC publication of ${formatDate(published ?? null, 'en')}, C. com. art. R622-24)`,
  planInsolvencyDeclareWithin: (months: number, judgmentKnown: boolean) =>
    `declare the claim to the court-appointed representative within ${months} months of the BODACC publication (C. com. art. R622-24); ${judgmentKnown ? 'publication date' : 'judgment and publication dates'} unknown: enter ${judgmentKnown ? 'it' : 'them'}`,
  planInsolvencyInterestStopped: (judgment: string) =>
    `, interest stopped at the opening judgment of ${formatDate(judgment, 'en')} (C. com. art. L622-28)`,
  planInsolvency: (what: Text, judged: Text) =>
    `client in insolvency proceedings → stop chasing and ${what.en}${judged.en}`,
  planAwaitingPayment: (awaiting: Text) =>
    `payment to confirm: ${awaiting.en} → check the statement before any reminder`,
  planPaused: (reason: Text, resume: string) =>
    `${reason.en} → paused, resumes on ${formatDate(resume, 'en')}`,
  planPartPayment: (amount: Text) => `part payment of ${amount.en} received`,
  planFacts: (facts: Text[]) => facts.map((f) => f.en).join(', '),
  planAllDone: (late: Text) => `every step done, ${late.en} → follow the procedure under way`,
  planNoNotice: 'no formal notice sent → recovery cannot start',
  planNeedReminders: (written: number, required: number) =>
    `${written} ${written === 1 ? 'written reminder' : 'written reminders'} of ${required} required → send one more reminder before the formal notice`,
  planNoticeDeadline: (passed: boolean, day: Text) =>
    `formal notice deadline ${passed ? 'passed on' : 'runs to'} ${day.en}`,
  planAlsoStopWork: 'also suspend the ongoing work',
  planStepReason: (facts: Text, step: Text, extra: Text[], when: Text, skipped: Text[]) =>
    `${facts.en} → ${step.en}${extra.length ? `: ${extra.map((x) => x.en).join('; ')}` : ''}${when.en}${skipped.length ? ` (${skipped.map((x) => x.en).join('; ')})` : ''}`,
  planCourtesy: (dueDate: string, step: Text) => `due on ${formatDate(dueDate, 'en')} → ${step.en}`,
  planUncertainDueDate: 'A due date is uncertain: confirm it before sending.',
  planKeyAccountConfirm: (reason: Text) => `${reason.en} (key account: confirm first)`,
  // lib/cli/ (the command line's texts)
  cliUnknown: 'unknown',
  cliPrincipal: 'Principal',
  cliLateInterest: 'Late interest',
  cliFixedFee: 'Fixed recovery fee',
  cliTotalClaimable: 'Total claimable',
  cliDaysShort: 'd',
  cliNoInterest: 'No interest over this period.',
  cliLegalBasis: 'Legal basis',
  cliDecimal: (n: string) => n,
  cliStatusDue: 'DUE',
  cliStatusScheduled: 'scheduled',
  cliStatusPaused: 'paused',
  cliStatusBlocked: 'BLOCKED',
  cliStatusWaiting: 'waiting',
  cliMatchCertain: 'certain',
  cliMatchProbable: 'probable',
  cliMatchPartial: 'partial',
  cliReconcileSummary: (
    transactions: number,
    matches: number,
    unmatched: number,
    duplicates: number,
  ) =>
    `${transactions} transaction(s) read, ${matches} payment(s) found, ${unmatched} credit(s) unmatched${duplicates ? `, ${duplicates} already imported` : ''}.`,
  cliUnmatched: 'unmatched',
  cliAlreadyImported: 'already imported',
  cliError: 'error',
  cliCreditNote: 'credit note',
  cliInvoice: 'invoice',
  cliDueOn: 'due',
  cliOwed: 'due',
  cliDraftSkipped: 'draft, skipped',
  cliVoidedNotChased: 'voided, not chased',
} satisfies Catalog;
