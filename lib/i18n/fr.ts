import type { Text } from '../model/text';
import { fr as french } from './french';
import { plural } from './plural';
import { capitalised, listed } from './sentence';
/**
 * The French catalog: the reference. Every other language's catalog has exactly its keys
 * (`satisfies Catalog`), so a missing or extra key is a compile error. A text with values is a
 * function of typed parameters; counts go through `plural()` (Intl.PluralRules), amounts and
 * dates arrive already formatted by the surface's formatters (components/format.ts,
 * lib/model/dates.ts).
 */

export const FR = {
  appName: 'Relance',
  overdueTotal: 'En retard',
  dueToday: 'à faire aujourd’hui',
  nothingToday: 'Rien à relancer aujourd’hui.',
  emptyTitle: 'Aucune facture suivie pour l’instant',
  emptyBody:
    'Relance retrouve vos factures là où elles sont : ouvrez une page de facture ou une liste dans votre logiciel de facturation, ou importez vos fichiers (Factur-X, UBL, CSV).',
  scanPage: 'Analyser cette page',
  importFiles: 'Importer des fichiers',
  tryDemo: 'Essayer avec des données de démonstration',
  prepare: 'Préparer la relance',
  logCall: 'Noter un appel',
  markPaid: 'Marquer payée',
  partial: 'Paiement partiel',
  promise: 'Promesse de paiement',
  dispute: 'Litige',
  snooze: 'Reporter',
  moreActions: 'Autres actions…',
  aging: 'Ancienneté des créances',
  oneMoreInvoice: 'Voir l’autre facture',
  moreInvoices: (n: number) => `Voir les ${n} autres factures`,
  fewerInvoices: 'Réduire la liste',
  daysLate: 'j de retard',
  withInterest: 'avec pénalités',
  next: 'Prochaine étape',
  on: 'le',
  invoices: 'Factures',
  invoice: 'Facture',
  due: 'Échéance',
  amountDue: 'Reste dû',
  total: 'Total',
  status: 'Statut',
  timeline: 'Historique',
  draft: 'Brouillon',
  tone: 'Ton',
  language: 'Langue',
  insert: 'Insérer dans l’e-mail ouvert',
  copy: 'Copier',
  copied: 'Copié !',
  newMessage: 'Nouveau message',
  printLetter: 'Lettre à imprimer',
  save: 'Enregistrer',
  cancel: 'Annuler',
  amount: 'Montant',
  date: 'Date',
  reason: 'Motif',
  until: 'Jusqu’au',
  outcome: 'Résultat',
  reached: 'Joint, promesse de paiement',
  reachedNoPromise: 'Joint, sans promesse',
  noAnswer: 'Pas de réponse',
  wrongContact: 'Mauvais interlocuteur',
  disputeOutcome: 'Conteste la facture',
  confirmNeeded: 'À confirmer',
  uncertain: 'incertain',
  paused: 'En pause',
  scheduled: 'Prévu',
  blocked: 'Bloqué',
  dueNow: 'À faire',
  waiting: 'En attente',
  friendly: 'Amical',
  polite: 'Courtois',
  firm: 'Ferme',
  formal: 'Formel',
  options: 'Réglages',
  dashboard: 'Tableau de bord',
  openPanel: 'Ouvrir le panneau',
  callScript: 'Script d’appel',
  noClient: 'Aucun client sélectionné',
  chooseClient: 'Choisissez un client dans la liste.',
  track: 'Suivre cette facture',
  tracked: 'Suivie',
  importSelected: 'Importer la sélection',
  detected: 'factures détectées',
  noInvoiceHere: 'Aucune facture trouvée sur cette page.',
  insertFailed: 'Insertion impossible',
  warnings: 'À vérifier',
  riskProfile: 'Profil de paiement',
  recommendation: 'Recommandation',
  instalments: 'Échéances',
  letter: 'Lettre envoyée',
  letterKind: 'Courrier',
  formalNotice: 'Mise en demeure (LRAR)',
  finalNotice: 'Dernière relance par courrier',
  stopWork: 'Suspension des travaux',
  trackingNumber: 'N° de suivi du recommandé',
  depositPercent: 'Acompte (%)',
  // lib/ledger/file-format/ (a backup or ledger file's problems: what the schema refused, where)
  /** `more`: how many problems are not listed. */
  ledgerFileInvalid: (problems: Text[], more: number) =>
    `Le fichier n’est pas valide :\n  ${problems.map((p) => p.fr).join('\n  ')}${more ? `\n  … et ${more} autres` : ''}`,
  ledgerFileAt: (where: string, problem: Text) => `${where} : ${problem.fr}`,
  ledgerFileNotAnObject: 'un objet JSON avec "version", "clients" et "invoices" est attendu',
  ledgerFileRealDate: 'une vraie date AAAA-MM-JJ est attendue',
  ledgerFileDecimal: 'un montant décimal est attendu, comme "1200.00"',
  ledgerFileCurrency: 'un code de devise ISO 4217 est attendu, comme EUR',
  ledgerFilePercent: 'un taux en pour cent est attendu, comme "12.5"',
  ledgerFilePositiveAmount: 'un montant supérieur à zéro est attendu',
  ledgerFilePositiveTotal: 'le total doit être supérieur à zéro',
  ledgerFileDueWithinTotal: 'le reste dû dépasse le total',
  ledgerFileDueAfterIssue: 'l’échéance est avant la date de facture',
  ledgerFileScheduleAddsUp: 'les échéances ne font pas le total',
  ledgerFileUnknownField: 'champ inconnu',
  ledgerFileObjectExpected: (received: string, _message: string) =>
    `objet attendu, trouvé : ${received}`,
  ledgerFileTooLong: (expected: string | undefined, _message: string) =>
    `trop long (${expected?.replace('<=', 'au plus ')})`,
  ledgerFileEmpty: 'ne peut pas être vide',
  ledgerFileTooShort: (expected: string | undefined, _message: string) =>
    `trop court (${expected?.replace('>=', 'au moins ')})`,
  ledgerFileBadEmail: (received: string, _message: string) =>
    `adresse e-mail invalide : ${received}`,
  ledgerFileInteger: (received: string, _message: string) =>
    `nombre entier attendu, trouvé : ${received}`,
  ledgerFileOutOfRange: (expected: string | undefined, received: string, _message: string) =>
    `hors limites (${expected?.replace('>=', 'au moins ').replace('<=', 'au plus ')}), trouvé : ${received}`,
  ledgerFileExpected: (expected: string, received: string, _message: string) =>
    `attendu : ${expected}, trouvé : ${received}`,
  ledgerFileRefused: (message: string) => `valeur refusée (${message})`,
  ledgerFileDuplicateClient: 'identifiant de client en double',
  ledgerFileNoSuchClient: (clientId: string) => `le client « ${clientId} » n’existe pas`,
  ledgerFileDuplicateInvoice: (invoiceId: string) =>
    `identifiant de facture en double « ${invoiceId} »`,
  ledgerFileTotalNotPositive: (total: string) => `doit être supérieur à zéro (trouvé : ${total})`,
  ledgerFileNegativeDue: (amountDue: string | undefined) =>
    `ne peut pas être négatif (trouvé : ${amountDue})`,
  ledgerFileDueOverTotal: (amountDue: string | undefined, total: string) =>
    `${amountDue} dépasse le total ${total}`,
  ledgerFileDueBeforeIssue: (dueDate: string, issueDate: string) =>
    `${dueDate} est avant la date de facture ${issueDate}`,
  ledgerFileInstalmentsTotal: (total: string) => `les échéances ne font pas le total ${total}`,
  ledgerFileNoSuchInvoice: (ref: string) => `la facture « ${ref} » n’existe pas`,
  ledgerFileDuplicateEvent: (eventId: string, index: number) =>
    `identifiant d’événement en double « ${eventId} » (déjà pris par events[${index}], au contenu différent)`,
  // components/ClientMergeSplit.tsx
  clientmergesplitMergeOrSplitThis: 'Fusionner ou séparer ce client',
  clientmergesplitSameClientAs: 'Même client que',
  clientmergesplitMerged: 'Fusionné.',
  clientmergesplitMergeIntoThisOne: 'Fusionner ici',
  clientmergesplitInvoicesOfAnotherClient: 'Factures d’un autre client',
  clientmergesplitNewClientSName: 'Nom du nouveau client',
  clientmergesplitSplit: 'Séparé.',
  clientmergesplitSplit2: 'Séparer',
  // components/ClientProfile.tsx
  clientprofileAverageDelay: 'Retard moyen',
  clientprofileWorst: 'pire',
  clientprofileHighestStep: 'étape la plus haute',
  clientprofileDisputes: 'litiges',
  clientprofileRedFlags: 'Signaux d’alerte',
  clientprofileRelanceConsultsNoOutside:
    'Relance ne consulte aucune base externe (rien ne sort du navigateur) : notez ici une procédure collective publiée au BODACC.',
  clientprofileKind: 'Type',
  clientprofilePublic: 'Public',
  clientprofileJurisdiction: 'Droit applicable',
  clientprofileThisClientSOwn: 'Échelle propre à ce client',
  clientprofileMinimumDaysBetweenContacts: 'Jours minimum entre deux contacts',
  clientprofileKeyAccount: 'Compte clé',
  clientprofileOngoingWork: 'Travaux en cours',
  clientprofileInsolvency: 'Procédure collective',
  clientprofileOpeningJudgmentDate: 'Date du jugement d’ouverture',
  clientprofileBodaccPublicationDate: 'Date de publication au BODACC',
  // components/InvoiceEditor.tsx
  invoiceeditor: ' : ',
  // components/overlay/InvoiceOverlay.tsx
  invoiceoverlayAverageDelay: 'retard moyen',
  invoiceoverlayD: 'j',
  invoiceoverlayHighestStep: 'étape max.',
  invoiceoverlayDisputeS: 'litige(s)',
  invoiceoverlayAdvice: 'Conseil',
  // components/NextSteps.tsx
  nextstepsNoReminderOrIndividual:
    'Aucune relance ni poursuite individuelle pendant la procédure (C. com. art. L622-21).',
  // components/PendingPayments.tsx
  pendingpaymentsPaymentsFoundOnThe: 'Paiements trouvés sur le relevé',
  pendingpaymentsDismiss: 'Écarter',
  // components/options/BankImport.tsx
  bankimportBankStatementS: 'Relevé(s) bancaire(s)',
  // components/options/ImportPanel.tsx
  importpanelDropYourFilesHere:
    'Déposez ici vos fichiers : factures PDF (Factur-X / ZUGFeRD, ou simplement imprimées : lues dans leur texte, à vérifier), UBL ou CII (XML), exports CSV, pages enregistrées (HTML), e-mails (.eml).',
  importpanelChooseFiles: 'Choisir des fichiers',
  importpanelProgress: 'Progression',
  importpanelInvoiceS: 'facture(s)',
  importpanelColumnsToCheck: 'Colonnes à vérifier',
  importpanelCurrencyConfirmed: 'Devise confirmée',
  importpanelCurrencyOfTheAmounts: 'Devise des montants',
  importpanelCreditNote: 'avoir ',
  importpanelDraftSkipped: 'brouillon, ignorée',
  importpanelVoidedNotChased: 'annulée, non relancée',
  importpanelCheck: 'Vérifier',
  importpanelMissingMentions: 'Mentions manquantes',
  importpanelLine: 'ligne',
  // components/options/LadderEditor.tsx
  laddereditorStep: 'Étape',
  laddereditorOn: 'Active',
  laddereditorDaysAfterDue: 'Jours après échéance',
  laddereditorMinGapD: 'Écart min. (j)',
  laddereditorChannel: 'Canal',
  laddereditorGraceAfterAPromise: 'Délai de grâce après une promesse (j)',
  laddereditorDeadlineGivenByA: 'Délai laissé par une mise en demeure (j)',
  laddereditorEachClientCanOverride:
    'Chaque client peut avoir ses propres réglages (fiche client).',
  // components/options/RatesEditor.tsx
  rateseditorChecked: 'vérifié le',
  rateseditorChecked2: 'Vérifié le',
  rateseditorVerify: 'à vérifier',
  rateseditorTheSeriesRelanceApplies:
    'Série appliquée par Relance : le taux suit le créancier (C. mon. fin. art. L313-2) et vous facturez en professionnel. Elle sert au taux des clients particuliers (après mise en demeure) et au plancher de 3 fois le taux légal.',
  rateseditorSeriesForCreditorsWho:
    'Série des créanciers personnes physiques n’agissant pas pour des besoins professionnels (C. mon. fin. art. L313-2) : elle ne s’applique que si vous êtes créancier à titre privé.',
  rateseditorHalfYearYyyyH1: 'Semestre AAAA-H1/H2 et taux en % (ex. 2.15)',
  rateseditorSeries: 'Série',
  rateseditorHalfYear: 'Semestre',
  rateseditorRate: 'Taux (%)',
  rateseditorAdd: 'Ajouter',
  // components/options/SenderForm.tsx
  senderformSignature: 'Signature',
  // components/options/TemplatesEditor.tsx
  templateseditorSubject: 'objet',
  templateseditorBody: 'corps',
  templateseditorTemplate: 'Modèle',
  templateseditorSubject2: 'Objet',
  templateseditorBody2: 'Corps',
  templateseditorVariables: 'Variables',
  templateseditorResetToDefault: 'Revenir au texte par défaut',
  templateseditorPreviewAddAnOverdue:
    'Aperçu : ajoutez une facture en retard pour le voir sur un cas réel.',
  // entrypoints/dashboard/main.tsx
  dashboardDaysSalesOutstandingRolling: 'Délai moyen de paiement (DSO, 90 jours glissants)',
  dashboardAmountsRecoveredPerMonth: 'Montants encaissés par mois',
  dashboardPaymentProfilesSlowestFirst: 'Profils de paiement (les plus lents d’abord)',
  dashboardClient: 'Client',
  dashboardAvgDelay: 'Retard moyen',
  dashboardWorst: 'Pire',
  dashboardHighestStep: 'Étape max.',
  dashboardDisputes: 'Litiges',
  dashboardOpen: 'En cours',
  // components/letters/Letter.tsx
  letterPrintSaveAsPdf: 'Imprimer / Enregistrer en PDF',
  letterForTheAttentionOf: 'À l’attention de',
  letterDatePrefix: 'le ',
  letterRecordedDeliveryWithProof: 'Lettre recommandée avec accusé de réception',
  letterNothingIsOwedBy: 'Aucune somme due par ce client à ce jour.',
  letterAmount: 'Montant TTC',
  letterPaid: 'Réglé',
  letterFee: 'Indemnité',
  letterTotalDueOn: 'Total dû au',
  letterPrincipal: 'dont principal',
  letterInterest: 'pénalités',
  letterFees: 'indemnités',
  letterTimelineOfSteps: 'Chronologie des démarches',
  letterContentOfTheReminders: 'Contenu des relances envoyées',
  letterCurrentStep: 'Étape en cours',
  letterNextLegalSteps: 'Suites possibles',
  // entrypoints/options/main.tsx and components/options/
  optionsYourDetailsSender: 'Votre identité (expéditeur)',
  optionsPreferences: 'Préférences',
  optionsTheReminderLadder: 'L’échelle de relance',
  optionsResetToDefaults: 'Revenir aux réglages par défaut',
  optionsRatesAndJurisdictions: 'Taux et droit applicable',
  optionsReminderTemplates: 'Modèles de relance',
  optionsImport: 'Importer',
  optionsPaymentsReceivedBankStatement: 'Paiements reçus : relevé bancaire',
  optionsInvoicingApps: 'Logiciels de facturation',
  optionsRelanceReadsYourInvoicing:
    'Relance ne lit une page de votre logiciel de facturation qu’avec votre accord : indiquez son adresse, le navigateur vous demande l’autorisation pour ce seul site.',
  optionsBackup: 'Sauvegarde',
  optionsExportBackupJson: 'Exporter la sauvegarde (JSON)',
  optionsInvoicesCsv: 'Factures (CSV)',
  optionsTimelineCsv: 'Historique (CSV)',
  optionsPrivacy: 'Confidentialité',
  optionsEraseEverything: 'Tout effacer',
  optionsEraseAllInvoicesClients:
    'Effacer toutes les factures, clients et événements ? Exportez d’abord une sauvegarde.',
  optionsEraseData: 'Effacer les données',
  optionsInterfaceLanguage: 'Langue de l’interface',
  optionsBrowserS: 'Celle du navigateur',
  optionsDefaultJurisdiction: 'Droit par défaut',
  optionsNewClientsLanguage: 'Langue des nouveaux clients',
  optionsDailyNotification: 'Notification quotidienne',
  optionsHour: 'Heure',
  optionsInvalidAddress: 'Adresse invalide',
  optionsPermissionRefused: 'Autorisation refusée',
  optionsAppAddress: 'Adresse du logiciel',
  optionsEnable: 'Activer',
  optionsMode: 'Mode',
  optionsMergeAddsToThe: 'Fusionner (ajoute au registre ; demande avant de changer votre identité)',
  optionsReplaceErasesTheLedger:
    'Remplacer (efface le registre, remplace votre identité et vos réglages par ceux du fichier)',
  optionsRestoreABackup: 'Restaurer une sauvegarde',
  // components/sidepanel/, lib/app/compose-target.ts
  sidepanelNoActiveTab: 'aucun onglet actif',
  sidepanelNoComposeWindowOpen: 'aucune fenêtre de rédaction ouverte dans l’onglet actif',
  sidepanelTheActiveTabIs: 'l’onglet actif n’est pas Gmail ou Outlook',
  sidepanelISentIt: 'Je l’ai envoyé',
  sidepanelUnconfirmedSend: (when: string, client: string) =>
    `Relance du ${when} à ${client} : envoyée ?`,
  sidepanelNotSent: 'Non, pas envoyée',
  sidepanelReminderRecordedAsSent: 'Relance enregistrée comme envoyée.',
  sidepanelAlreadyRecordedOrNothing: 'Déjà enregistrée, ou rien à enregistrer.',
  sidepanelRelanceRecordsTheSend: 'Relance enregistre l’envoi quand votre messagerie le confirme.',
  sidepanelStatementOfAccount: 'Relevé de compte',
  sidepanelEvidenceFile: 'Dossier de recouvrement (preuves)',
  // components/Timeline.tsx
  timelineReminderSent: 'Relance envoyée',
  timelineCall: 'Appel',
  timelinePaymentReceived: 'Paiement reçu',
  timelineDisputeResolved: 'Litige résolu',
  timelineSnoozed: 'Reporté',
  timelinePaymentPlanAgreed: 'Échéancier accordé',
  timelineNote: 'Note',
  timelineReached: 'joint',
  timelineNoAnswer: 'pas de réponse',
  timelinePromise: 'promesse',
  timelineDispute: 'contestation',
  timelineWrongContact: 'mauvais interlocuteur',
  // components/options/BankImport.tsx
  bankimportDate: 'date',
  bankimportValueDate: 'date de valeur',
  bankimportLabel: 'libellé',
  bankimportCounterparty: 'contrepartie',
  bankimportAmount: 'montant',
  bankimportDebit: 'débit',
  bankimportCredit: 'crédit',
  bankimportCurrency: 'devise',
  bankimportId: 'identifiant',
  bankimportReference: 'référence',
  bankimportStatus: 'statut',
  bankimportIban: 'IBAN',
  // components/options/SenderForm.tsx
  senderformName: 'Nom',
  senderformCompany: 'Entreprise',
  senderformCompanyNumber: 'SIREN / SIRET',
  senderformVatNumber: 'N° de TVA',
  senderformAddress: 'Adresse',
  senderformEMail: 'E-mail',
  senderformPhone: 'Téléphone',
  senderformBic: 'BIC',
  senderformPaymentLink: 'Lien de paiement',
  senderformCountryIsoCodeE: 'Pays (code ISO, ex. FR)',
  senderformLatePaymentRateOf:
    'Taux des pénalités de vos conditions (par défaut : taux de la BCE majoré de 10 points)',
  senderformConsumerMediatorNameAddress:
    'Médiateur de la consommation (nom, adresse, site ; C. conso. L612-1, L616-1)',
  // components/AgingBars.tsx
  agingbarsNotDue: 'À échoir',
  agingbars130D: '1–30 j',
  agingbars3160D: '31–60 j',
  agingbars6190D: '61–90 j',
  agingbars90D: '> 90 j',
  // components/DraftView.tsx
  draftviewCourtesyReminder: 'Rappel avant échéance',
  draftviewFirstReminder: 'Première relance',
  draftviewSecondReminder: 'Deuxième relance',
  draftviewFinalNotice: 'Dernière relance',
  draftviewFormalNotice: 'Mise en demeure',
  draftviewPaymentPlanProposal: 'Proposition d’échéancier',
  draftviewThankYou: 'Remerciement',
  draftviewAgreementRecap: 'Récapitulatif d’accord',
  // components/options/sections.ts
  optionsYourDetails: 'Identité',
  optionsLadder: 'Échelle de relance',
  optionsRates: 'Taux',
  optionsTemplates: 'Modèles',
  optionsBankStatement: 'Relevé bancaire',
  optionsErase: 'Tout effacer',
  // components/letters/Letter.tsx
  letterFormalNoticeToPay: 'Mise en demeure de payer',
  letterFinalReminderBeforeFormal: 'Dernière relance avant mise en demeure',
  letterSuspensionOfWork: 'Suspension des prestations',
  letterDebtRecoveryFile: 'Dossier de recouvrement',
  // components/PendingPayments.tsx
  pendingpaymentsCertain: 'certain',
  pendingpaymentsProbable: 'probable',
  pendingpaymentsPartial: 'partiel',
  // components/ClientProfile.tsx
  clientprofileAsksToInvoiceAnother: 'Demande de facturer une autre société',
  clientprofileRaisesCashProblems: 'Évoque des problèmes de trésorerie',
  clientprofileRefusesAWrittenAgreement: 'Refuse un accord écrit',
  clientprofileUnknownCompany: 'Société inconnue',
  // components/options/LadderEditor.tsx
  laddereditorEMail: 'e-mail',
  laddereditorPhone: 'téléphone',
  laddereditorLetter: 'courrier',
  laddereditorRegisteredLetter: 'lettre recommandée (AR)',
  laddereditorOther: 'autre',
  laddereditorNone: 'aucun',
  // components/options/ImportPanel.tsx
  importpanelNoReadableRow: 'Aucune ligne lisible',
  // lib/app/import.ts
  optionsImportCounts: (added: number, updated: number, skipped: number) =>
    `${added} ajoutée(s), ${updated} mise(s) à jour, ${skipped} ignorée(s).`,
  // lib/app/replan.ts (the daily notification)
  notifyDueToday: (n: number) =>
    `${n} ${plural('fr-FR', n, { one: 'relance', other: 'relances' })} à faire aujourd’hui`,
  noClientWithAddress: (address: string) => `Aucun client n’a l’adresse ${address}`,
  overlayRecordingUnknown: (message: string) =>
    `L’enregistrement a été interrompu (${message}) et Relance ne répond pas : impossible de savoir ce qui a été enregistré. Rouvrez la page pour le voir avant de réessayer.`,
  overlayRecordingPartial: (message: string, done: number, of: number) =>
    `L’enregistrement a été interrompu (${message}) : ${done} facture(s) sur ${of} enregistrée(s). Réessayez pour les autres.`,
  overlayRecordingInterrupted: (message: string) =>
    `L’enregistrement a été interrompu (${message}) : rien n’a été enregistré, réessayez.`,
  popupMoreClients: (n: number) => `Afficher les ${n} autres clients`,
  // The texts with values of the last files to move to the catalog
  agingbarsLabel: (currency: string) => `Ancienneté des créances en ${currency}`,
  clientprofileOpeningJudgmentStopsInterest:
    'Le jugement d’ouverture arrête les intérêts (C. com. art. L622-28) ; la créance se déclare au mandataire dans les 2 mois de la publication au BODACC (4 mois hors métropole, C. com. art. R622-24).',
  draftviewMonthlyInstalments: 'Nombre d’échéances mensuelles',
  nextstepsDeclareClaim: (deadline: string | undefined) =>
    `Déclarer la créance au mandataire judiciaire${deadline ? ` avant le ${deadline}` : ' dans les 2 mois de la publication au BODACC (dates à renseigner)'} (C. com. art. L622-24 et R622-24) : principal, intérêts arrêtés au jugement d’ouverture (L622-28) et indemnité forfaitaire.`,
  pendingpaymentsTitle: (n: number, toCheck: number) =>
    `${n} ${plural('fr-FR', n, { one: 'paiement trouvé', other: 'paiements trouvés' })}, ${toCheck} à vérifier`,
  pendingpaymentsRecord: (n: number) =>
    `Enregistrer ${n} ${plural('fr-FR', n, { one: 'paiement', other: 'paiements' })}`,
  bankimportSummary: (
    transactions: number,
    added: number,
    alreadySeen: number,
    unmatched: number,
    elsewhere: number,
  ) =>
    `${transactions} opération(s) lue(s) : ${added} paiement(s) trouvé(s)${alreadySeen ? `, ${alreadySeen} déjà importée(s)` : ''}${elsewhere ? `, ${elsewhere} déjà lue(s) dans un autre relevé` : ''}, ${unmatched} crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.`,
  bankimportIntro:
    'Téléchargez le relevé depuis votre banque (camt.053, CFONB 120, OFX, MT940 ou CSV de Qonto, Shine, etc.) : Relance y cherche les virements de vos clients. Le fichier est lu dans ce navigateur.',
  bankimportColumnsOf: (file: string) => `Colonnes de ${file} (corriger)`,
  bankimportUnmatchedCredits: (n: number) => `${n} crédit(s) non rapproché(s)`,
  importpanelCurrencyAssumed: (currency: string) => `Devise supposée : ${currency} — confirmez`,
  importpanelShowOtherInvoices: (n: number) => `Afficher les ${n} autres factures`,
  importpanelImportInvoices: (n: number) => `Importer ${n} facture(s)`,
  importpanelSkippedRows: (n: number) => `Lignes ignorées et pourquoi (${n})`,
  importpanelFileRows: (n: number) => `${n} ligne(s) du fichier`,
  rateseditorNoRateFor: (period: string) =>
    `Aucun taux pour ${period} : les intérêts qui en dépendent ne sont pas calculés. Ajoutez-le ci-dessous.`,
  senderformRetentionClause:
    'Mes conditions contiennent une clause de réserve de propriété ou de cession des droits subordonnée au paiement (la lettre de suspension peut alors dire que les livrables restent ma propriété)',
  letterInterestColumn: 'Pénalités',
  letterInterestColumnPublic: 'Intérêts moratoires',
  /** `file` and `current`: a sender's name and IBAN as one line each. */
  optionsOtherIdentity: (file: string, current: string) =>
    `La sauvegarde contient une autre identité d’expéditeur :\n${file}\nau lieu de :\n${current}\n\nRemplacer votre identité par celle du fichier ? (Annuler : garder la vôtre)`,
  optionsPrivacyBody:
    'Relance garde vos factures, vos clients et l’historique de vos relances dans ce navigateur (IndexedDB) et vos réglages dans son stockage local. Rien n’est envoyé sur Internet : pas de serveur, pas de compte, pas de statistiques. Relance lit Gmail et Outlook pour reconnaître vos clients et insérer vos brouillons, et un site de facturation seulement si vous l’activez. Votre sauvegarde JSON est le seul moyen de copier ces données ailleurs.',
  optionsEnabledFor: (origin: string) => `Activé pour ${origin}`,
  sidepanelReceivedCheck: (received: string) => `${received} : vérifier avant d’envoyer.`,
  // lib/bank/same.ts, lib/app/import.ts
  bankSameAlreadyImportedFrom: (file: string) => `déjà importé depuis ${file}`,
  bankSameInAnotherStatement: (earlier: Text) =>
    `même virement dans un autre relevé ? (${earlier.fr}) : à vérifier à la main, non proposé`,
  bankSameAlreadyRecorded: (what: string, date: string) =>
    `déjà enregistré : paiement de ${what} du ${french.longDate(date)}`,
  appImportRolledBack: (why: Text) =>
    `Rien n’a été importé (l’import a été annulé en entier) — ${why.fr}`,
  // lib/app/backup.ts
  appBackupNothingWasChanged: 'Rien n’a été modifié',
  appBackupUnreadableJsonFile: (unchanged: Text, message: string) =>
    `${unchanged.fr} — fichier JSON illisible : ${message}`,
  appBackupUnchangedBecause: (unchanged: Text, t: Text) => `${unchanged.fr} — ${t.fr}`,
  appBackupFileProblems: (problems: Text[]) => problems.map((p) => p.fr).join(' · '),
  appBackupTheWholeRestoreWas: (unchanged: Text, t: Text) =>
    `${unchanged.fr} (la restauration a été annulée en entier) — ${t.fr}`,
  appBackupSettingFailed: (what: Text, t: Text) => `${what.fr} (${t.fr})`,
  appBackupYourDetails: 'votre identité',
  appBackupTheReminderLadder: 'l’échelle de relance',
  appBackupTheTemplates: 'les modèles',
  appBackupTheRatesYouEntered: 'les taux saisis',
  appBackupThePreferences: 'les préférences',
  /** `identity`: said only when it was replaced (and every setting restored) or kept. */
  appBackupRestored: (
    counts: RestoreCounts,
    identity: 'replaced' | 'kept' | undefined,
    notRestored: Text[],
  ) => {
    const said = [
      counts.unchanged ? `${counts.unchanged} événement(s) déjà présent(s)` : '',
      counts.duplicates
        ? `${counts.duplicates} événement(s) en double dans le fichier, restauré(s) une fois`
        : '',
      counts.collisions
        ? `${counts.collisions} événement(s) dont l’identifiant était pris par un autre : les deux sont gardés`
        : '',
      identity === 'replaced' ? 'identité (nom, IBAN…) remplacée par celle du fichier' : '',
      identity === 'kept' ? 'votre identité actuelle est gardée' : '',
      notRestored.length ? `non restauré : ${notRestored.map((f) => f.fr).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ; ');
    return `Restauré : ${counts.clients} client(s), ${counts.invoices} facture(s), ${counts.events} événement(s) ajouté(s).${said ? ` ${capitalised(said)}.` : ''}`;
  },
  // lib/bank/csv.ts
  bankCsvTransactionNotSettledPending: (notDone: number) =>
    `${notDone} opération(s) non exécutée(s) (en attente, refusée…) ignorée(s)`,
  // lib/bank/match.ts
  bankMatchTheReferenceAlsoFits: ' ; la référence désigne aussi un autre client : à vérifier',
  bankMatchSeveralInvoicesHaveThese: ' ; plusieurs factures ont ces chiffres : à vérifier',
  bankMatchButThePayerLooks: (payerName: string) =>
    ` ; mais le payeur « ${payerName} » ressemble à un autre client : à vérifier`,
  bankMatchReferenceAndExactAmount: (number: string, amt: Text, doubt: Text | undefined) =>
    `référence ${number} et montant exact (${amt.fr})${doubt?.fr ?? ''}`,
  bankMatchReferencesAndTheirTotal: (numbers: string[], amt: Text, doubt: Text | undefined) =>
    `références ${listed(numbers, 'et')} et montant égal à leur reste dû (${amt.fr})${doubt?.fr ?? ''}`,
  bankMatchReferenceSeveralOfThatAmount: (numbers: string[], n: number, amt: Text) =>
    `référence ${listed(numbers, 'et')} : ${n} factures de ce montant (${amt.fr}), la plus ancienne est retenue : à vérifier`,
  bankMatchReferencePartPayment: (
    numbers: string[],
    amt: Text,
    owed: Text,
    doubt: Text | undefined,
  ) =>
    `référence ${listed(numbers, 'et')}, paiement partiel de ${amt.fr} sur ${owed.fr} dû${doubt?.fr ?? ''}`,
  bankMatchReferenceOverpayment: (numbers: string[], amt: Text, owed: Text) =>
    `référence ${listed(numbers, 'et')}, mais ${amt.fr} reçus pour ${owed.fr} dû (trop-perçu ?) : à vérifier`,
  bankMatchReferenceFitsClients: (clients: number, numbers: string[]) =>
    `la référence peut désigner des factures de ${clients} clients (${listed(numbers, 'et')}) : à rapprocher à la main`,
  bankMatchIssuedAfterPayment: (numbers: string[]) =>
    `la référence ${listed(numbers, 'et')} désigne une facture émise après ce paiement`,
  bankMatchPayerCouldBe: (payerName: string, names: string[]) =>
    `le payeur « ${payerName} » peut être ${listed(names, 'et')} : à rapprocher à la main`,
  /** `date`: the credit's booking date (ISO). */
  bankMatchNoOpenInvoice: (who: Text, currency: string, date: string) =>
    `${who.fr}, mais aucune facture ouverte en ${currency} émise avant le ${french.longDate(date)}`,
  bankMatchTotalOfOldest: (numbers: string[], amt: Text, who: Text) =>
    `montant égal au reste dû de ${listed(numbers, 'et')} (${amt.fr}) et ${who.fr}`,
  bankMatchPayerPartPayment: (who: Text, amt: Text, owed: Text, numbers: string[]) =>
    `${who.fr}, paiement partiel de ${amt.fr} sur ${owed.fr} dû, imputé sur la plus ancienne facture d’abord (${listed(numbers, 'et')})`,
  bankMatchMoreThanOwed: (who: Text, amt: Text, owed: Text) =>
    `${who.fr}, mais ${amt.fr} dépasse tout ce qu’il doit (${owed.fr})`,
  bankMatchIbanSeenBeforeFor: (name: string) => `IBAN déjà vu pour ${name}`,
  bankMatchPayerClient: (payerName: string, name: string) =>
    `payeur « ${payerName} » = client ${name}`,
  bankMatchInvoicesOfThatAmount: (exactLength: number) =>
    ` ; ${exactLength} factures de ce montant : la plus ancienne est retenue, à vérifier`,
  bankMatchExactAmountOfAnd: (number: string, amt: Text, who: Text, more: Text) =>
    `montant exact de ${number} (${amt.fr}) et ${who.fr}${more.fr}`,
  // lib/bank/store.ts
  bankStoreNotRecorded: (numbers: string[], error: Text) => `${numbers.join(', ')} : ${error.fr}`,
  /** `date`: the booking date (ISO), written day/month ("24/11"). */
  bankStoreTransferReceived: (amount: Text, who: string, date: string) => {
    const [, mo, d] = date.split('-');
    return `un virement de ${amount.fr} de ${who} a été reçu le ${d}/${mo}`;
  },
  // lib/bank/reconcile.ts
  bankReconcileIsInTheAccount: (
    file: string,
    where: string,
    currency: string,
    currency2: null | string,
  ) => `${file} : ${where} est en ${currency}, le compte en ${currency2}`,
  // lib/cli/reconcile.ts
  cliReconcileFileNotFound: (name: string) => `${name} : fichier introuvable`,
  cliReconcile: (name: string, message: string) => `${name} : ${message}`,
  // lib/cli/scan.ts
  cliScanFileNotFound: 'fichier introuvable',
  // lib/detect/consistency.ts
  detectConsistencyTheLinesAddUp: (lines: string, subtotal: string) =>
    `Les lignes font ${lines} mais le sous-total affiché est ${subtotal} — à confirmer`,
  detectConsistencyTheLinesAddUp2: (lines: string, total: string) =>
    `Les lignes font ${lines}, plus que le total affiché ${total} — à confirmer`,
  detectConsistencyPaidIsMoreThan: (paid: string, total: string) =>
    `Payé ${paid} dépasse le total ${total} — à confirmer`,
  /** An absent part (no taxes, shipping or discounts read) is left out. */
  detectConsistencySubtotalNotTotal: (
    subtotal: string,
    taxes: string | undefined,
    shipping: string | undefined,
    discounts: string | undefined,
    total: string,
  ) =>
    `Sous-total ${subtotal}${taxes ? ` + taxes ${taxes}` : ''}${shipping ? ` + port ${shipping}` : ''}${discounts ? ` − remises ${discounts}` : ''} ne donne pas le total affiché ${total} — à confirmer`,
  detectConsistencyTotalNotDue: (
    total: string,
    paid: string | undefined,
    credits: string | undefined,
    due: string,
  ) =>
    `Total ${total}${paid ? ` − payé ${paid}` : ''}${credits ? ` − avoirs ${credits}` : ''} ne donne pas le reste à payer affiché ${due} — à confirmer`,
  // lib/detect/csv.ts
  detectCsvTheCsvFileIs: 'Le fichier CSV est vide',
  detectCsvNoHeaderRowWith:
    'Aucune ligne d’en-tête avec une colonne de numéro de facture dans les 15 premières lignes : associez les colonnes à la main',
  detectCsvNoHeaderNamesThe: (h: string) =>
    `Aucun en-tête ne nomme le numéro de facture : la colonne « ${h} » est lue comme tel d’après son contenu ; vérifiez l’association des colonnes`,
  detectCsvLine: (row: number, message: string) => `Ligne ${row} : ${message}`,
  detectCsvNoColumnIsMapped: 'Aucune colonne n’est associée au numéro de facture',
  detectCsvNoAmountColumnTotal:
    'Aucune colonne de montant (total, total de ligne, reste à payer ou solde) n’est associée',
  detectCsvAmountsUseBothDecimal:
    'Les montants mélangent virgules et points décimaux ; chaque valeur est lue seule et les douteuses sont signalées',
  detectCsvNoInvoiceNumberIn: (rawNumber: string) =>
    `pas de numéro de facture dans « ${rawNumber} »`,
  detectCsvSupplierBillType: (kind: string) => `facture fournisseur (type « ${kind} »)`,
  detectCsvSupplierBillSupplierIs:
    'facture fournisseur (colonne fournisseur remplie, pas de client)',
  detectCsvUnknownTypeReadAs: (kind: string) =>
    `Type « ${kind} » inconnu : lu comme une facture client`,
  detectCsvColumnHoldsNoInvoice: (h: string, numbered: number, value: number) =>
    `La colonne « ${h} » ne contient pas de numéros de facture pour la plupart des lignes (${numbered} sur ${value}) : choisissez une autre colonne`,
  detectCsvDifferentInvoicesMoreThan: (size: number, MAX_INVOICES: number) =>
    `${size} factures différentes : plus que ce qu’un export de facturation contient (limite ${MAX_INVOICES}) ; vérifiez la colonne du numéro`,
  detectCsvTheRowsGiveDifferent: (number: string) =>
    `${number} : les lignes donnent des totaux différents ; à confirmer`,
  detectCsvTheRowsGiveDifferent2: (number: string) =>
    `${number} : les lignes donnent des restes à payer différents ; à confirmer`,
  detectCsvNegativeAmountAndNo:
    'montant négatif sans colonne de type : facture fournisseur ou avoir, non relancée',
  detectCsvIsNotDate: (fieldName: Text, v: string, _k: string) =>
    `${fieldName.fr} : « ${v} » n’est pas une date`,
  detectCsvCouldBeOrPlease: (
    number: string,
    fieldName: Text,
    v: string,
    date: string,
    alternative: undefined | string,
  ) =>
    `${number} : ${fieldName.fr} « ${v} » : le ${french.longDate(date)} ou le ${french.longDate(alternative)} ? À confirmer`,
  detectCsvDueDatePleaseConfirm: (number: string, note: Text) =>
    `${number} : échéance ${note.fr} : à confirmer`,
  detectCsvPartlyPaidAndThe: (number: string) =>
    `${number} : partiellement payée, montant payé absent du fichier : reste à payer à confirmer`,
  detectCsvAmountsInReadAs: (c: string) =>
    `Montants en « $ » lus comme ${c} (le « $ » est aussi le dollar canadien, australien, néo-zélandais, le peso mexicain…) : devise supposée, à confirmer`,
  detectCsvNoCurrencyInThe: (noCurrency: number) =>
    `Pas de devise dans le fichier pour ${noCurrency} facture(s) : choisissez-la avant l’import`,
  detectCsvSkipped: (at: Text, number: string, reason: Text) =>
    `${at.fr} : ${number} ignorée : ${reason.fr}`,
  detectCsvLine2: (row: number, message: Text) => `ligne ${row} : ${message.fr}`,
  detectCsvAndMoreUnreadableRows: (value: number) => `… et ${value} autres lignes illisibles`,
  // lib/detect/csv/sniff.ts
  csvSniffCsvFileTooLarge: (value: string, value2: number) =>
    `Fichier CSV trop volumineux (${value} Mo ; limite ${value2} Mo) : exportez une période plus courte`,
  csvSniffThisIsNotText: 'Ce n’est pas un fichier CSV texte (il contient des données binaires)',
  csvSniffThisFileHasNo:
    'Ce fichier n’a pas de lignes (plus d’un million de caractères sans retour à la ligne) : ce n’est pas un export CSV',
  // lib/detect/einvoice/cii.ts
  einvoiceCiiNotCiiCrossindustryinvoiceOr:
    'Ce n’est pas une facture CII (CrossIndustryInvoice) ni un document ZUGFeRD 1.0',
  einvoiceCiiNoDuepayableamountAmountDue:
    'Pas de DuePayableAmount : reste à payer calculé comme total − acomptes',
  einvoiceCommonIbanCheckDigits: (iban: string) =>
    `IBAN ${iban} : sa clé de contrôle est fausse — à confirmer`,
  einvoiceCiiDueDateWithDiscount: (date: string) =>
    `L’échéance ${date} figure dans des conditions qui accordent un escompte : ce peut être la date limite de l’escompte — à confirmer`,
  einvoiceCiiNetAndDiscountDates: (net: string, discounts: string) =>
    `Plusieurs dates dans les conditions de paiement : ${net} retenue comme échéance nette, ${discounts} lues comme dates limites d’escompte — à confirmer`,
  einvoiceCiiOnlyDiscountDates: (discounts: string) =>
    `Les conditions de paiement ne datent que des escomptes (${discounts}), pas l’échéance nette`,
  einvoiceCiiSeveralDueDates: (dates: string) =>
    `Plusieurs échéances dans les conditions de paiement (${dates}), des versements échelonnés peut-être : la première est retenue — à confirmer`,
  einvoiceCiiCiiDocumentWithoutAn: 'Document CII sans numéro de facture (ExchangedDocument/ID)',
  // lib/detect/einvoice/common.ts
  einvoiceCommonIsNotReadableAmount: (field: string, text: string) =>
    `${field} : « ${text} » n’est pas un montant lisible`,
  einvoiceCommonRoundedToDecimals: (field: string, text: string, exp: number) =>
    `${field} : ${text} arrondi à ${exp} décimales`,
  einvoiceCommonNegativeAmountDue:
    'Reste à payer négatif : cette facture crédite le client, il n’y a rien à relancer',
  einvoiceCommonNoDueDateIn: (note: Text) =>
    `Pas d’échéance dans le document ; ${note.fr} — à confirmer`,
  einvoiceCommonNoDueDateBt: (paymentTerms: string) =>
    `pas d’échéance (BT-9) et les conditions de paiement « ${paymentTerms} » n’en donnent pas`,
  einvoiceCommonNoDueDateBt2: 'pas d’échéance (BT-9) ni de conditions de paiement dans le document',
  einvoiceCommonNoDueDate: (none: Text) => `Pas d’échéance : ${none.fr}`,
  // lib/detect/einvoice/facturx.ts
  einvoiceFacturxPdfTooLargeMb: (value: string) =>
    `PDF trop volumineux (${value} Mo, limite 50 Mo)`,
  einvoiceFacturxNotPdfFileNo: 'Ce n’est pas un fichier PDF (pas d’en-tête %PDF-)',
  einvoiceFacturxCorruptPdfOnlyBytes: (bytesLength: number) =>
    `PDF endommagé : ${bytesLength} octets seulement`,
  einvoiceFacturxThePdfIsPassword:
    'Le PDF est protégé par un mot de passe : ouvrez-le, puis exportez-le sans mot de passe',
  einvoiceFacturxCorruptPdf: (message: string) => `PDF endommagé : ${message}`,
  einvoiceFacturxCorruptPdfItsAttachments: (message: string) =>
    `PDF endommagé : ses pièces jointes sont illisibles (${message})`,
  einvoiceFacturxCorruptPdfItDeclares:
    'PDF endommagé : il déclare des fichiers joints (/EmbeddedFile) mais sa structure n’y mène pas (références cassées) ; demandez un nouvel exemplaire à l’expéditeur',
  einvoiceFacturxDueDateReadFrom:
    'Échéance lue dans le texte du PDF, pas dans le XML : à confirmer',
  // lib/detect/einvoice/ubl.ts
  einvoiceUblNotUblInvoiceOr: 'Ce n’est pas une facture ni un avoir UBL',
  einvoiceUblUblDocumentWithoutAn: 'Document UBL sans numéro de facture (cbc:ID)',
  // lib/detect/einvoice/xml.ts
  einvoiceXmlXmlTooLargeMb: (value: string) => `XML trop volumineux (${value} Mo, limite 20 Mo)`,
  einvoiceXmlXmlWithDoctypeOr:
    'XML refusé : il déclare un DOCTYPE ou des entités (attaque possible par expansion d’entités) ; une facture électronique n’en a jamais',
  einvoiceXmlXmlRefusedItsElements: (MAX_DEPTH: number) =>
    `XML refusé : ses éléments s’imbriquent sur plus de ${MAX_DEPTH} niveaux (une facture électronique en a une dizaine)`,
  einvoiceXmlNotWellFormedXml: (msg: string, line: number, col: number) =>
    `XML mal formé : ${msg} (ligne ${line}, colonne ${col})`,
  // lib/detect/eml.ts
  detectEmlNotAnMailFile:
    'Ce n’est pas un fichier d’e-mail : ni From, ni To, ni Subject, ni Content-Type',
  // lib/detect/invoice-list.ts
  detectInvoiceListCouldBeOrPlease: (
    number: string,
    fieldName: Text,
    raw: string,
    date: string,
    alternative: undefined | string,
  ) =>
    `${number} : ${fieldName.fr} « ${raw} » : le ${french.longDate(date)} ou le ${french.longDate(alternative)} ? À confirmer`,
  detectInvoiceListAmountIsAmbiguousPlease: (number: string, raw: string) =>
    `${number} : montant « ${raw} » ambigu — à confirmer`,
  // lib/detect/message-text.ts
  detectMessageTextDueDateCouldBe: (raw: string, date: string, alternative: undefined | string) =>
    `Échéance « ${raw} » : le ${french.longDate(date)} ou le ${french.longDate(alternative)} ? À confirmer`,
  detectMessageTextAmountIsAmbiguousPlease: (raw: string) =>
    `Montant « ${raw} » ambigu : à confirmer`,
  detectMessageTextAmountReadAsUs: (raw: string) =>
    `Montant « ${raw} » lu en dollars américains (USD) : devise supposée, à confirmer`,
  detectMessageTextDueDateDerivedFrom: (orig: string, mailDate: string, dueDate: string) =>
    `Échéance déduite de « ${orig} » et de la date de l’e-mail (${french.longDate(mailDate)}) : le ${french.longDate(dueDate)} environ, à confirmer`,
  detectMessageTextDueDatePleaseConfirm: (note: Text) => `Échéance ${note.fr} : à confirmer`,
  // lib/detect/page.ts
  detectPageFoundInvoiceNumberBut: (invoiceNumber: string) =>
    `Facture n° ${invoiceNumber} trouvée, mais aucun montant ni échéance à côté d’un libellé de cette page`,
  detectPageNoInvoiceFoundOn:
    'Aucune facture sur cette page : ni facture schema.org, ni tableau de factures, ni numéro de facture avec son libellé',
  detectPageNotAnInvoiceQuote: (other: string) =>
    `« ${other} » : ce n’est pas une facture (devis, commande, pro forma ou reçu) — Relance suit les factures émises`,
  detectPageDueDatePleaseConfirm: (note: Text) => `Échéance ${note.fr} — à confirmer`,
  detectPageNoLabelledTotalOr:
    'Aucun total ni reste à payer libellé : montant lu comme la somme des montants TTC du tableau de TVA — à confirmer',
  detectPageNoCurrencyShownNext: 'Aucune devise à côté du montant : à confirmer',
  detectPageThePageShowsDifferent: (fieldName: Text, shown: string) =>
    `La page montre plusieurs valeurs pour ${fieldName.fr} : ${shown} — à confirmer`,
  // lib/detect/payment-terms.ts
  detectPaymentTermsReadFromThePayment: (quoted: string) =>
    `lue dans les conditions de paiement « ${quoted} »`,
  detectPaymentTermsPayableOnReceiptPer: (quoted: string) =>
    `payable à réception selon les conditions « ${quoted} »`,
  detectPaymentTermsDerivedFromIssueDate: (quoted: string, n: number) =>
    `déduite de « ${quoted} » : date de facture + ${n} jours, puis fin de mois`,
  detectPaymentTermsDerivedFromIssueDate2: (quoted: string, n: number) =>
    `déduite de « ${quoted} » : date de facture + ${n} jours`,
  detectPaymentTermsDueDateIsBefore: (dueDate: string, issueDate: string) =>
    `Échéance ${dueDate} avant la date de facture ${issueDate} — à confirmer`,
  detectPaymentTermsDueDateIsFar: (dueDate: string, dueDate2: string, note: Text) =>
    `Échéance ${dueDate} loin de celle des conditions de paiement (${dueDate2}, ${note.fr}) — à confirmer`,
  // lib/detect/pdf-text.ts
  detectPdfTextThisPdfDoesNot:
    'Ce PDF ne ressemble pas à une facture : le mot « facture » ou « invoice » n’y figure pas',
  detectPdfTextThisIsQuoteOr:
    'C’est un devis ou un bon de commande, pas une facture : Relance suit les factures émises',
  detectPdfTextProFormaInvoiceIs:
    'Facture pro forma : ce n’est pas une demande de paiement, Relance ne la suit pas. Importez la facture définitive',
  detectPdfTextInvoiceFoundInThe: (n: string) =>
    `Facture n° ${n} trouvée dans le texte du PDF, mais aucun montant à côté d’un libellé connu (Total TTC, Net à payer, Amount due…) : saisissez-la, ou importez-la depuis votre logiciel de facturation`,
  detectPdfTextNoLabelledInvoiceNumber:
    'Aucun numéro de facture avec son libellé dans le texte du PDF : saisissez la facture, ou importez-la depuis votre logiciel de facturation',
  detectPdfTextReadFromThePdf:
    'lu dans le texte du PDF (il ne contient pas de facture électronique) : vérifiez le numéro, les dates et les montants',
  // lib/detect/scan-file.ts
  detectScanFileFileTooLargeMb: (value: string) =>
    `Fichier trop volumineux (${value} Mo ; limite 25 Mo pour les fichiers texte)`,
  detectScanFileThisPdfHoldsNeither:
    'Ce PDF ne contient ni facture électronique ni texte (un document scanné ?) : importez la facture depuis votre logiciel de facturation, ou saisissez-la',
  detectScanFileNoInvoiceFoundOn: 'Aucune facture sur cette page',
  detectScanFileNoInvoiceRowsCould: 'Aucune ligne de facture lisible dans ce CSV',
  detectScanFileUnsupportedFileTypeExpected:
    'Type de fichier non pris en charge : .xml, .pdf, .html, .htm, .csv ou .eml attendu',
  detectScanFile: (n: string, w: Text) => `${n} : ${w.fr}`,
  detectScanFileAttachment: (name: string, error: Text) => `pièce jointe ${name} : ${error.fr}`,
  detectScanFileNoInvoiceFoundIn:
    'Aucune facture dans cet e-mail (ni numéro ni montant dans son texte, aucune facture électronique jointe)',
  // lib/detect/sites/adapter.ts
  sitesAdapterIsNotDate: (app: string, text: string, where: string) =>
    `${app} : « ${text} » (${where}) n’est pas une date`,
  sitesAdapterCouldBeOrPlease: (
    value: string,
    fieldName: Text,
    raw: string,
    date: string,
    alternative: undefined | string,
  ) =>
    `${value} : ${fieldName.fr} « ${raw} » : le ${french.longDate(date)} ou le ${french.longDate(alternative)} ? À confirmer`,
  sitesAdapterIsInOtherAmounts: (app: string, where: string, currency: string, currency2: string) =>
    `${app} : ${where} est en ${currency}, les autres montants en ${currency2}`,
  sitesAdapterAmountIsAmbiguousPlease: (value: string, raw: string) =>
    `${value} : montant « ${raw} » ambigu — à confirmer`,
  // lib/detect/sites/akaunting/parse.ts
  akauntingParseBillFromVendorPurchases: 'une facture fournisseur (achats)',
  // lib/detect/sites/dolibarr/parse.ts
  dolibarrParseDolibarrListShowsAmounts: (invoiceNumber: null | string) =>
    `${invoiceNumber} : la liste de Dolibarr montre les montants sans leur devise — choisissez-la avant d’enregistrer`,
  dolibarrParseSupplierInvoices: 'factures fournisseurs',
  // lib/detect/sites/index.ts
  sitesIndexThisAddressLooksLike: (app: string, seen: string) =>
    `Cette adresse ressemble à celles de ${app}, mais la page n’a pas le balisage que Relance connaît (${seen}) ; lue sans les sélecteurs de ${app}`,
  sitesIndexRelanceChasesWhatClients: (app: string, payables: Text) =>
    `${app} : ${payables.fr} — Relance relance ce que vos clients vous doivent, pas ce que vous devez`,
  sitesIndexPageRecognisedButNo: (app: string) =>
    `${app} : page reconnue, mais aucune facture n’a pu y être lue`,
  sitesIndexTheAppMayHave: (app: string, what: string, selector: string, seen: string) =>
    `${app} : aucun élément pour ${what} (sélecteur « ${selector} ») — l’application a peut-être changé depuis ${seen} ; lue sans ses sélecteurs`,
  // lib/detect/sites/invoice-ninja/design.ts
  invoiceNinjaDesignDepositIsAskedFor: (invoiceNumber: null | string, textOf: string) =>
    `${invoiceNumber} : un acompte (${textOf}) est demandé ; la date affichée est peut-être celle de l’acompte — à confirmer`,
  // lib/detect/sites/invoiceplane/pdf.ts
  invoiceplanePdfTheAmountDueIn: (invoiceNumber: null | string, facts: undefined | string) =>
    `${invoiceNumber} : le montant dû des détails (${facts}) n’est pas le solde du tableau — à confirmer`,
  // lib/detect/sites/invoiceshelf/parse.ts
  invoiceshelfParsePartlyPaidInvoiceshelfPage: (invoiceNumber: null | string) =>
    `${invoiceNumber} : payée en partie ; la page d’InvoiceShelf ne montre pas le reste à payer`,
  // lib/detect/sites/invoiceshelf/pdf.ts
  invoiceshelfPdfTheDocumentShowsNo: (invoiceNumber: null | string) =>
    `${invoiceNumber} : le document ne montre aucun paiement ; reste à payer pris égal au total — à confirmer`,
  // lib/detect/sites/odoo/parse.ts
  odooParseTheInvoiceDocumentItself: (APP: string) =>
    `${APP} : le document de la facture est dans un cadre (#invoice_html) ; son client et sa date ne sont pas lus sur cette page`,
  // lib/escalation/claims.ts
  escalationClaimsOpeningJudgmentDateUnknown:
    'Date du jugement d’ouverture inconnue : les intérêts s’arrêtent à cette date (C. com. art. L622-28) ; renseignez-la pour les chiffrer.',
  // lib/escalation/interest.ts
  escalationInterestTheFixedRecoveryFee: (label: Text, currency: string, currency2: string) =>
    `L’indemnité forfaitaire de recouvrement (${label.fr}) est fixée en ${currency} ; elle n’est pas convertie en ${currency2}.`,
  escalationInterestContractRateIsBelow: (
    halfYear: string,
    contractRatePercent: string,
    multiple: number,
    unitsToPercent: string,
    lawRef: string,
  ) =>
    `Au ${french.halfYear(halfYear)}, le taux contractuel de ${french.decimal(contractRatePercent)} % est inférieur à ${multiple} fois le taux légal ; il est porté à ${french.decimal(unitsToPercent)} % (${lawRef}).`,
  escalationInterestTheIsProvisionalVerify: (label: Text, halfYear: string, percent: string) =>
    `Le ${french.lower(label.fr)} du ${french.halfYear(halfYear)} (${french.decimal(percent)} %) est provisoire — à vérifier.`,
  escalationInterestInterestRunsOnlyFrom: (label: Text) =>
    `${label.fr} : les intérêts ne courent qu’à compter de la mise en demeure ; aucune n’a été envoyée.`,
  // lib/escalation/rates.ts
  escalationRatesNoForInThe: (label: Text, halfYear: string, lastChecked: string) =>
    `Pas de valeur « ${label.fr} » pour le ${french.halfYear(halfYear)} dans la table des taux (vérifiée le ${french.longDate(lastChecked)}) : ajoutez ce semestre dans Réglages → Taux et droit applicable ; Relance ne devine pas un taux.`,
  // lib/ledger/ingest.ts
  ledgerIngestInvoiceNumberOfCharacters: (numLength: number, invoiceNumber: number, num: string) =>
    `numéro de facture de ${numLength} caractères (au plus ${invoiceNumber}) : « ${num}… »`,
  ledgerIngestIsNotValidMail: (address: string) =>
    `« ${address} » n’est pas une adresse e-mail valide : elle n’est pas enregistrée pour le client`,
  ledgerIngestOfCharactersAtMost: (name: Text, valueLength: number, max: number) =>
    `${name.fr} de ${valueLength} caractères (au plus ${max})`,
  // lib/ledger/repo.ts
  ledgerRepoTheBrowserHasNo:
    'Le navigateur n’a plus de place pour les données de Relance. Exportez une sauvegarde, libérez de l’espace (ou supprimez d’anciennes données), puis réessayez ; rien n’a été modifié.',
  ledgerRepo: (what: Text, problem: Text) => `${what.fr} : ${problem.fr}`,
  ledgerRepoInvoice: 'facture',
  ledgerRepoDraftNotSentYet: 'brouillon : pas encore envoyé, donc non relancé',
  ledgerRepoClient: (problem: Text) => `client : ${problem.fr}`,
  ledgerRepo2: (invoiceText: Text, problem: Text) => `${invoiceText.fr} : ${problem.fr}`,
  ledgerRepoEvent: (type: string) => `Événement ${type}`,
  ledgerRepoClientDoesNotExist: (clientId: string) =>
    `Le client ${clientId} n’existe pas (ou plus)`,
  ledgerRepoInvoiceDoesNotExist: (invId: string) => `La facture ${invId} n’existe pas (ou plus)`,
  ledgerRepoInvoiceBelongsToAnother: (number: string) =>
    `La facture ${number} est celle d’un autre client`,
  ledgerRepoCreditNoteOrCancelled: (numbers: string) =>
    `${numbers} : un avoir ou une facture annulée ne reçoit pas de paiement ; rien n’est enregistré`,
  ledgerRepoInvoiceIsAlreadyPaid: (numbers: string) =>
    `Facture ${numbers} déjà payée : ce paiement n’est pas enregistré une seconde fois`,
  ledgerRepoThePaymentOfIs: (
    minorToDecimal: string,
    currency: string,
    numbers: string,
    minorToDecimal2: string,
  ) =>
    `Le paiement de ${minorToDecimal} ${currency} dépasse ce qui reste dû sur ${numbers} (${minorToDecimal2} ${currency}) : rien n’est enregistré`,
  ledgerRepoInvoiceDoesNotExist2: (id: string) => `La facture ${id} n’existe pas (ou plus)`,
  ledgerRepoAmountDueIsMore: (number: string) =>
    `Le reste dû dépasse le total de la facture ${number}`,
  ledgerRepoInvoice2: (number: string) => `Facture ${number}`,
  ledgerRepoClient2: (name: string) => `Client ${name}`,
  ledgerRepoBothClientsMustExist: 'Les deux clients doivent exister pour être fusionnés',
  ledgerRepoInvoiceIsNotThis: (id: string) => `La facture ${id} n’est pas celle de ce client`,
  // lib/model/money.ts
  modelMoneyUnknownCurrencyExpectedAn: (code: string) =>
    `Devise inconnue « ${code} » : un code ISO 4217 est attendu, comme EUR, GBP ou USD`,
  modelMoneyIsNotDecimalAmount: (text: string) =>
    `« ${text} » n’est pas un montant décimal (attendu par exemple : 1200.00)`,
  modelMoneyHasMoreDecimalsThan: (text: string, currency: string, exp: number) =>
    `« ${text} » a plus de décimales que ${currency} n’en permet (${exp})`,
  modelMoneyIsTooLarge: (text: string) => `« ${text} » est trop grand`,
  // hand-converted texts with optional parts
  csvSniffMoreThanRows: (limit: number) =>
    `Plus de ${limit.toLocaleString('fr')} lignes : exportez une période plus courte`,
  detectScanFileBinaryData: (kind: string | undefined) =>
    `Ce n’est pas un fichier ${kind ?? 'pris en charge'} : il contient des données binaires`,
  detectScanFileAttachments: (names: string[]) => `pièces jointes : ${names.join(', ')}`,
  bankCamtNotBooked: (n: number) =>
    `${n} écriture(s) non comptabilisée(s) (statut autre que BOOK) ignorée(s)`,
  bankReadFileTooLarge: (file: string, mb: string) =>
    `${file} : fichier trop volumineux (${french.decimal(mb)} Mo) ; un relevé de plus de 20 Mo doit être découpé par période`,
  einvoiceFacturxNoXml: (attachments: string) =>
    `Aucun XML de facture électronique dans ce PDF (attendu : factur-x.xml, zugferd-invoice.xml ou xrechnung.xml${attachments ? ` ; trouvé : ${attachments}` : ' ; il n’a aucune pièce jointe'})`,
  einvoiceReadNotAnEInvoice: (root: string | undefined) =>
    `Ce n’est pas une facture électronique : l’élément racine est <${root ?? 'aucun'}>, au lieu d’une facture ou d’un avoir UBL ou d’une facture CII`,
  detectInvoiceListTotalMinusPaid: (
    number: string,
    total: string,
    paid: string | undefined,
    due: string,
  ) =>
    `${number} : total ${total}${paid ? ` − payé ${paid}` : ''} ne donne pas le reste à payer ${due} — à confirmer`,
  detectPageAmbiguousDate: (
    isDue: boolean,
    raw: string,
    date: string,
    alternative: string | undefined,
  ) =>
    `${isDue ? 'Échéance' : 'Date de facture'} « ${raw} » : le ${french.longDate(date)} ou le ${french.longDate(alternative)} ? Lue comme le ${french.longDate(date)} d’après la langue de la page — à confirmer`,
  detectCsvColumnReadAs: (header: string, field: Text, rival: string | null) =>
    `La colonne « ${header} » est lue comme ${field.fr}${rival ? ` ; « ${rival} » pourrait l’être aussi` : ''} : choix incertain, vérifiez l’association des colonnes`,
  detectCsvIsNotAmount: (field: Text, value: string, _key: string) =>
    `${field.fr} : « ${value} » n’est pas un montant`,
  detectCsvTotalSummed: (number: string, rows: number, lines: number[]) =>
    `${number} : total additionné sur ${rows} lignes (${lines.join(', ')}) : à confirmer`,
  detectCsvCurrencyAssumed: (currency: string, app: string | undefined) =>
    `Le fichier ne dit pas la devise : ${currency} supposé (devise habituelle de ${app ?? 'cet export'}), à confirmer`,
  // lib/bank/mt940.ts
  bankMt940MtLineUnreadableOpening: (line: number, tag: string, value: string) =>
    `MT940 ligne ${line} (:${tag}:) : solde d’ouverture illisible « ${value} »`,
  bankMt940MovementBeforeTheOpening: (where: string, _whereEn: string) =>
    `${where} : mouvement avant le solde d’ouverture :60F: (devise inconnue)`,
  bankMt940UnreadableLine: (where: string, first: undefined | string, _whereEn: string) =>
    `${where} : ligne « ${first} » illisible`,
  bankMt940InvalidValueDate: (where: string, valueRaw: undefined | string, _whereEn: string) =>
    `${where} : date de valeur « ${valueRaw} » invalide`,
  bankMt940InvalidEntryDate: (where: string, entryRaw: string, _whereEn: string) =>
    `${where} : date de comptabilisation « ${entryRaw} » invalide`,
  bankMt940MtStatementWithoutOpening: 'Relevé MT940 sans solde d’ouverture :60F:',
  // lib/bank/cfonb.ts
  bankCfonbUnreadableAmountPositionsTo: (where: string, field: string) =>
    `${where} : montant « ${field} » illisible (positions 91 à 104)`,
  bankCfonbIsNotDdmmyyDate: (where: string, field: string, s: string) =>
    `${where} : ${field} « ${s} » n’est pas une date JJMMAA`,
  bankCfonbCfonbStatementRecordIs: (
    where: string,
    code: string,
    rawLength: number,
    _whereEn: string,
  ) =>
    `Relevé CFONB ${where} : enregistrement « ${code} » de ${rawLength} caractères au lieu de 120 (fichier tronqué ou modifié) ; rien n’a été importé de ce fichier`,
  bankCfonbCfonbStatementUnknownRecord: (where: string, code: string, _whereEn: string) =>
    `Relevé CFONB ${where} : code d’enregistrement « ${code} » inconnu (01, 04, 05 ou 07 attendu)`,
  bankCfonbCfonbStatementComplementWithout: (where: string, _whereEn: string) =>
    `Relevé CFONB ${where} : complément 05 sans mouvement 04 avant lui`,
  bankCfonbCfonbStatementUnknownCurrency: (where: string, currency: string, _whereEn: string) =>
    `Relevé CFONB ${where} : devise « ${currency} » inconnue (positions 17 à 19)`,
  bankCfonbCfonbStatementUnreadableNumber: (
    where: string,
    line: undefined | string,
    _whereEn: string,
  ) => `Relevé CFONB ${where} : nombre de décimales « ${line} » illisible (position 20)`,
  bankCfonbCfonbStatementAmountWith: (where: string, currency: string, _whereEn: string) =>
    `Relevé CFONB ${where} : montant avec plus de décimales que ${currency} n’en a`,
  bankCfonbEmptyCfonbStatementNo: 'Relevé CFONB vide : aucun enregistrement 01, 04 ou 07',
  // lib/bank/csv.ts
  bankCsvUnreadableDate: (where: string, s: string, _whereEn: string) =>
    `${where} : date « ${s} » illisible`,
  bankCsvThisIsNotText: 'Ce fichier n’est pas un CSV texte (il contient des données binaires)',
  bankCsvNoHeaderRowWith:
    'Aucune ligne d’en-tête avec une date et un montant (ou une colonne crédit) dans les 30 premières lignes : associez les colonnes à la main',
  bankCsvTheDateAndAmount: 'Colonnes date et montant (ou crédit) requises',
  bankCsvLineAmountsWrittenWith: (line: number, lineNo: number, lineNo2: number) =>
    `Ligne ${line} : montants écrits avec une virgule décimale (ligne ${lineNo}) et avec un point décimal (ligne ${lineNo2}) dans le même fichier ; corrigez le fichier, rien n’a été importé`,
  bankCsvUnknownCurrency: (where: string, value: string, _whereEn: string) =>
    `${where} : devise « ${value} » inconnue`,
  // lib/bank/ofx.ts
  bankOfxOfxStatementRefusedIt: 'Relevé OFX refusé : il déclare un DOCTYPE ou des entités',
  bankOfxOfxFileWithoutAn: 'Fichier OFX sans élément <OFX>',
  bankOfxUnknownCurrencyCurdef: (where: string, ccy: string, _whereEn: string) =>
    `${where} : devise inconnue (CURDEF « ${ccy} »)`,
  bankOfxOfxFileWithoutStatement: 'Fichier OFX sans relevé (STMTRS ou CCSTMTRS)',
  // lib/bank/camt.ts
  bankCamtCamtStatementRefusedIt:
    'Relevé camt refusé : il déclare un DOCTYPE ou des entités, ce qu’un message ISO 20022 ne fait jamais',
  bankCamtThisXmlFileIs:
    'Ce fichier XML n’est pas un relevé ISO 20022 camt.052, camt.053 ou camt.054 (espace de noms Document absent)',
  bankCamtCamtIsNotSupported: (kind: string, version: string) =>
    `Version camt.${kind}.001.${version} non prise en charge (élément Document, xmlns) : Relance lit les versions .001.02 à .001.08`,
  bankCamtElementDocumentMissingExpected: (root: string, kind: string) =>
    `Élément Document/${root} absent : attendu dans un camt.${kind}`,
  bankCamtBookgdtBookingDateMissing: (where: string) =>
    `${where}/BookgDt : date de comptabilisation absente ou invalide`,
  bankCamtUnreadableAmount: (where: string, text: string) =>
    `${where} : montant « ${text} » illisible (attendu par exemple 1200.00)`,
  bankCamtNotCreditOrDebit: (where: string, sign: string) =>
    `${where}/CdtDbtInd : « ${sign} » au lieu de CRDT ou DBIT`,
  bankCamtUnknownCurrency: (where: string, currency: string) =>
    `${where}/Amt : devise absente ou inconnue (« ${currency} »)`,
  bankOfxUnreadableDate: (where: string, value: string) =>
    `${where} : date « ${value} » illisible (AAAAMMJJ attendu)`,
  bankOfxUnreadableAmount: (where: string, _whereEn: string, value: string) =>
    `${where} : montant TRNAMT « ${value} » illisible`,
  bankCsvUnreadableAmount: (
    where: string,
    _whereEn: string,
    column: 'amount' | 'credit' | 'debit',
    value: string,
  ) =>
    `${where} : ${{ amount: 'montant', credit: 'crédit', debit: 'débit' }[column]} « ${value} » illisible`,
  bankReconcileForeignCredits: (file: string, n: number, currency: string, accountInIt: boolean) =>
    `${file} : ${n} crédit(s) en ${currency}, et aucune facture ouverte n’est en ${currency} : non rapproché(s)${accountInIt ? ` (compte tenu en ${currency})` : ''}`,
  // --- Texts that were still written by hand in French and English (issue 23 §3: the UI
  // language list as data). Keep this section last to ease merges. ---
  // lib/prevention/compliance.ts
  complianceDueDateLabel: 'Date d’échéance',
  complianceDueDateWhy:
    'Sans date d’échéance écrite, le retard ne court qu’à partir de 30 jours après la réception.',
  complianceDueDateSuggestion: 'Date d’échéance : JJ/MM/AAAA',
  compliancePenaltyRateLabel: 'Taux des pénalités de retard',
  compliancePenaltyRateWhy:
    'La mention du taux des pénalités est obligatoire ; son absence expose à une amende et à une contestation.',
  compliancePenaltyRateSuggestion:
    'En cas de retard de paiement, des pénalités de retard sont exigibles au taux de refinancement de la BCE majoré de 10 points.',
  complianceFixedFeeLabel: 'Indemnité forfaitaire de 40 €',
  complianceFixedFeeWhy:
    'L’indemnité de 40 € par facture est due de plein droit, mais doit figurer sur la facture.',
  complianceFixedFeeSuggestion:
    'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.',
  complianceClientSirenLabel: 'SIREN du client',
  complianceClientSirenWhy:
    'La réforme de la facturation électronique rend le SIREN du client obligatoire.',
  complianceClientSirenSuggestion: 'SIREN du client : 123 456 789',
  complianceDeliveryAddressLabel: 'Adresse de livraison',
  complianceDeliveryAddressWhy:
    'Obligatoire avec la facturation électronique quand elle diffère de l’adresse du client.',
  complianceDeliveryAddressSuggestion: 'Adresse de livraison : …',
  complianceOperationNatureLabel: 'Nature de l’opération',
  complianceOperationNatureWhy:
    'La facture doit dire s’il s’agit de biens, de services ou des deux.',
  complianceOperationNatureSuggestion: 'Nature de l’opération : prestation de services',
  complianceLateTermsLabel: 'Conditions de retard',
  complianceLateTermsWhy:
    'Écrire les conditions de retard évite toute discussion au moment de les réclamer.',
  complianceLateTermsSuggestion:
    'Tout retard de paiement donnera lieu à des intérêts de retard au taux légal.',
  // lib/escalation/steps.ts
  stepCourtesy: "rappel avant l'échéance",
  stepReminder1: 'première relance',
  stepCall: 'appel téléphonique',
  stepReminder2: 'deuxième relance',
  stepFinalNotice: 'dernière relance avant mise en demeure',
  stepFormalNotice: 'mise en demeure',
  stepStopWork: 'suspension des travaux',
  stepRecovery: 'procédure de recouvrement',
  // lib/model/invoice.ts
  invoiceStatusOpen: 'à payer',
  invoiceStatusPartiallyPaid: 'partiellement payée',
  invoiceStatusPaid: 'payée',
  invoiceStatusDisputed: 'en litige',
  invoiceStatusCancelled: 'annulée',
  invoiceStatusCreditNote: 'avoir',
  // lib/escalation/jurisdictions.ts
  jurisdictionFrB2b: 'France, entre professionnels',
  jurisdictionFrB2c: 'France, client particulier',
  jurisdictionFrPublic: 'France, acheteur public',
  jurisdictionDeB2b: 'Allemagne, entre professionnels',
  jurisdictionDeB2c: 'Allemagne, client consommateur',
  jurisdictionIe: 'Irlande',
  jurisdictionUk: 'Royaume-Uni',
  jurisdictionContract: 'Taux du contrat',
  jurisdictionNone: "Pas d'intérêts",
  // lib/escalation/rates.ts
  rateSeriesEcbMro: 'Taux de refinancement BCE',
  rateSeriesFrLegalPro: "Taux de l'intérêt légal (créancier professionnel)",
  rateSeriesFrLegalPrivate:
    "Taux de l'intérêt légal (créancier personne physique hors besoins professionnels)",
  rateSeriesUkBankRate: "Taux directeur de la Banque d'Angleterre (de référence)",
  rateSeriesDeBase: 'Taux de base allemand (Basiszinssatz)',
  // lib/detect/invoice-reading.ts (field names)
  fieldInvoiceNumber: 'numéro de facture',
  fieldIssueDate: 'date de facture',
  fieldDueDate: 'échéance',
  fieldTotalWithTax: 'total TTC',
  fieldTotal: 'total TTC',
  fieldPaymentTerms: 'conditions de paiement',
  fieldAmountDue: 'reste à payer',
  fieldPaid: 'déjà payé',
  fieldCurrency: 'devise',
  fieldBuyerName: 'client',
  fieldBuyerEmail: 'e-mail du client',
  // lib/detect/csv/headers.ts (field names)
  csvFieldInvoiceNumber: 'numéro de facture',
  csvFieldInternalId: 'identifiant interne',
  csvFieldBuyer: 'client',
  csvFieldVendor: 'fournisseur',
  csvFieldBuyerEmail: 'e-mail du client',
  csvFieldIssueDate: 'date de facture',
  csvFieldDueDate: 'échéance',
  csvFieldTotal: 'total TTC de la facture',
  csvFieldLineTotal: 'total de ligne (additionné)',
  csvFieldAmountDue: 'reste à payer',
  csvFieldPaid: 'déjà payé',
  csvFieldStatus: 'statut',
  csvFieldCurrency: 'devise',
  csvFieldKind: 'type (vente / achat)',
  csvFieldAccount: 'compte comptable',
  csvFieldNet: 'montant HT',
  csvFieldTax: 'TVA',
  csvFieldTerms: 'conditions de paiement',
  csvFieldBuyerId: 'n° TVA / SIREN du client',
  // lib/escalation/jurisdictions.ts
  jurisdictionEu: 'Union européenne (minimum de la directive)',
  jurisdictionBe: 'Belgique',
  jurisdictionEs: 'Espagne',
  jurisdictionIt: 'Italie',
  jurisdictionNl: 'Pays-Bas',
  // lib/escalation/portfolio.ts
  portfolioRecommendNone: 'Rien de particulier',
  portfolioRecommendDeposit: (n: number) => `Demander un acompte de ${n} %`,
  portfolioRecommendSchedule: (n: number) => `Acompte de ${n} % et échéancier`,
  portfolioRecommendPrepay: 'Paiement avant livraison',
  portfolioInsolvency: 'procédure collective en cours',
  portfolioAverageLate: (days: number) => `paie en moyenne ${days} jours en retard`,
  portfolioHadFormalNotice: 'a déjà reçu une mise en demeure',
  portfolioHadSeveralReminders: 'a déjà nécessité plusieurs relances',
  portfolioDisputes: (n: number) => `${n} litige${n > 1 ? 's' : ''}`,
  portfolioFlagOtherCompany: 'demande de facturer une autre société que celle qui commande',
  portfolioFlagCashProblems: 'évoque des difficultés de trésorerie quand on parle du prix',
  portfolioFlagNoWrittenAgreement: 'refuse un accord écrit',
  portfolioFlagUnknownCompany: 'société inconnue, sans historique',
  // shared pieces
  /** A text about one thing (a file, a field): "relevé.csv : …". */
  prefixed: (prefix: string, text: Text) => `${prefix} : ${text.fr}`,
  /** Clauses of one sentence, in order. */
  textList: (parts: Text[]) => parts.map((p) => p.fr).join(' ; '),
  // lib/detect/csv.ts
  csvAtLines: (count: number, lines: string, more: boolean) =>
    `${count === 1 ? 'ligne' : 'lignes'} ${lines}${more ? '…' : ''}`,
  csvSummary: (invoices: number, rows: number, payable: number, drafts: number) =>
    `${invoices} facture(s) depuis ${rows} ligne(s) ; ${payable} facture(s) fournisseur(s) et ${drafts} brouillon(s) ignoré(e)s`,
  csvSummaryCancelled: (n: number) => `${n} annulée(s), non relancée(s)`,
  csvSummaryCredits: (n: number) => `${n} avoir(s), non relancé(s)`,
  csvSummaryNegative: (n: number) =>
    `${n} montant(s) négatif(s) sans type (facture fournisseur ou avoir) ignoré(s)`,
  csvSummaryNotInvoices: (n: number) => `${n} ligne(s) de paiement ou autre ignorée(s)`,
  // lib/app/reply-log.ts (notes written into the ledger in the UI language)
  replyEvidence: (from: string, date: string, quote: string) =>
    `Réponse de ${from} du ${date}\u00a0: «\u202f${quote}\u202f»`,
  replyDocumentInvoiceCopy: 'une copie de la facture',
  replyDocumentBankDetails: 'vos coordonnées bancaires (RIB)',
  replyDocumentPurchaseOrder: 'un numéro de bon de commande',
  replyDocumentAny: 'un document',
  replyClientAsks: (what: string) => `Le client demande ${what}`,
  replyPaidAnnounced: 'Paiement annoncé par le client, à vérifier sur le relevé',
  replyEnterPromiseDate: 'Indiquez la date promise.',
  replyEnterReturnDate: 'Indiquez la date de retour.',
  replyAwayBackOn: 'Absent, de retour le',
  // lib/webmail/reply-bar.ts, runner.ts, thread-runner.ts (in the mail page)
  replyBarRegion: 'Relance : réponse du client',
  replyBarQuote: (sentence: string) => `«\u202f${sentence}\u202f»`,
  replyBarPromise: (amount: string | undefined, when: string | undefined) =>
    `Promesse de paiement${amount ? ` (${amount})` : ''}${when ? ` pour le ${when}` : ''} — l’enregistrer ?`,
  replyBarPaid: (amount: string | undefined, when: string | undefined) =>
    `Le client dit avoir payé${amount ? ` (${amount})` : ''}${when ? ` le ${when}` : ''} : à vérifier sur votre relevé — mettre les relances en pause ?`,
  replyBarDispute: 'Le client conteste la facture — enregistrer la contestation ?',
  replyBarDocument: (what: string) =>
    `Le client demande ${what} — mettre les relances en pause le temps de répondre ?`,
  replyBarAway: (when: string | undefined) =>
    `Réponse automatique : absent${when ? ` jusqu’au ${when}` : ''} — reporter la prochaine relance à son retour ?`,
  replyBarDatePromised: 'Date promise',
  replyBarPaidOn: 'Payé le',
  replyBarBackOn: 'De retour le',
  replyBarDismiss: 'Ignorer',
  replyBarAlreadySaved: 'Déjà enregistré dans Relance.',
  replyBarSaved: 'Enregistré dans Relance.',
  replyBarClose: 'Fermer',
  replyBarExtensionReloaded:
    'Relance a été mis à jour ou redémarré : rechargez la page puis réessayez.',
  mailButtonLabel: 'Relance : factures en retard de ce client',
  // components/overlay/ (was components/overlay/labels.ts)
  overlayTrack: 'Suivre cette facture',
  overlayUpdate: 'Mettre à jour',
  overlayPrepare: 'Préparer la relance',
  overlayLate: 'j de retard',
  overlayNext: 'Prochaine étape',
  overlayNumber: 'N° de facture',
  overlayDue: 'Échéance',
  overlayTotal: 'Total TTC',
  overlayLeft: 'Reste dû',
  overlayCurrency: 'Devise',
  overlayClient: 'Client',
  overlayEmail: 'E-mail du client',
  overlayConfirm: 'Enregistrer',
  overlayCancel: 'Annuler',
  overlayCheck: 'À vérifier',
  overlayMissing: 'Mentions manquantes sur la facture',
  overlayCopy: 'Copier le texte',
  overlayList: 'factures détectées',
  overlayImportSel: 'Importer la sélection',
  overlayDone: 'Enregistré',
  overlayClose: 'Fermer',
  overlayNotTracked: 'Non suivie',
  overlayProfile: 'Profil du client',
  overlayUnknownClient: 'Ce client n’est pas encore suivi par Relance.',
  overlayNone: 'Aucune facture trouvée sur cette page.',
  overlayDraft: 'Brouillon : pas encore envoyé, rien à relancer.',
  overlayDraftTag: 'brouillon',
  // components/NextSteps.tsx (the evidence file's next legal steps)
  nextstepsPublicInterestOwed:
    'Les intérêts moratoires et l’indemnité forfaitaire de 40 € sont dus de plein droit, sans rappel (C. commande publique art. L2192-13, R2192-31 à R2192-36, D2192-35).',
  nextstepsPublicReferee:
    'Référé-provision devant le tribunal administratif (CJA art. R541-1) : l’injonction de payer et les saisies ne s’exercent pas contre une personne publique.',
  nextstepsPublicMandatement:
    'Collectivité territoriale ou établissement public local : demande au préfet de mandatement d’office de la dépense obligatoire.',
  nextstepsPublicMediator:
    'Médiateur des entreprises (gratuit), y compris pour les litiges avec un acheteur public.',
  nextstepsPrivateOrderForPayment:
    'Injonction de payer : tribunal de commerce (Cerfa 12946) ou tribunal judiciaire (Cerfa 12948) ; le débiteur dispose d’un mois pour s’opposer.',
  nextstepsPrivateSmallClaims:
    'Procédure simplifiée de recouvrement des petites créances (≤ 5 000 €) par un commissaire de justice, avec l’accord du débiteur.',
  nextstepsPrivateMediatorLimitation:
    'Référé-provision ; médiateur des entreprises (gratuit). Prescription : 5 ans entre professionnels, 2 ans contre un consommateur.',
  // components/DraftView.tsx (the agreement recap's form)
  draftviewAgreementScope: 'Prestation',
  draftviewAgreementPrice: 'Prix',
  draftviewAgreementDeposit: 'Acompte',
  draftviewAgreementSchedule: 'Échéancier',
  draftviewAgreementDue: 'Échéances',
  // lib/escalation/plan-text.ts, suggestion.ts (the planner's reasons)
  planSkipDisabled: (label: Text) => `${label.fr} désactivée dans la politique`,
  planSkipNoOngoingWork: 'pas de travaux en cours pour ce client',
  planSkipPassed: (label: Text) =>
    `${label.fr} non faite, une étape plus avancée a déjà été franchie`,
  planHistoryNone: 'aucune relance envoyée',
  planHistory: (written: number, calls: number) =>
    `${written} ${written === 1 ? 'relance' : 'relances'}${calls ? ` et ${calls === 1 ? 'un appel' : `${calls} appels`}` : ''} sans règlement`,
  planDaysLate: (days: number) => `${days} ${days === 1 ? 'jour de retard' : 'jours de retard'}`,
  planWhenScheduled: (day: Text) => ` le ${day.fr}`,
  planWhenDueSince: (day: Text, days: number) =>
    `, à faire depuis le ${day.fr} (${days} ${days === 1 ? 'jour' : 'jours'})`,
  planBrokenPromise: (day: Text) => `promesse de paiement du ${day.fr} non tenue`,
  planRecoveryPublic:
    'référé-provision devant le tribunal administratif (CJA art. R541-1) ou, pour une collectivité territoriale, demande de mandatement d’office au préfet ; pas d’injonction de payer contre une personne publique',
  planRecoveryPrivate:
    'injonction de payer, procédure simplifiée de recouvrement (≤ 5 000 €), médiation ou avocat ; dossier de recouvrement à exporter',
  planNoDueDate: (number: string) =>
    `La facture ${number} n’a pas d’échéance : confirmez-la pour la relancer.`,
  planDisputedSkip: (number: string) =>
    `facture ${number} contestée : hors relance jusqu’à résolution`,
  planDisputeReason: (list: string, many: boolean) =>
    `${many ? 'factures' : 'facture'} ${list} ${many ? 'contestées' : 'contestée'} → répondre à la contestation, corriger la facture ou émettre un avoir, puis marquer le litige comme résolu`,
  planPromisePause: (date: string) => `promesse de paiement pour le ${french.longDate(date)}`,
  planSnoozed: (until: string) => `mis en attente jusqu’au ${french.longDate(until)}`,
  planPaymentPlanRunning: (until: string) =>
    `échéancier en cours jusqu’au ${french.longDate(until)}`,
  planInsolvencyDeclareBy: (deadline: string, months: number, published: string | undefined) =>
    `déclarer la créance au mandataire judiciaire avant le ${french.longDate(deadline)} (${months} mois après la publication au BODACC du ${french.longDate(published)}, C. com. art. R622-24)`,
  planInsolvencyDeclareWithin: (months: number, judgmentKnown: boolean) =>
    `déclarer la créance au mandataire judiciaire dans les ${months} mois de la publication au BODACC (C. com. art. R622-24) ; date${judgmentKnown ? '' : 's du jugement et'} de la publication inconnue${judgmentKnown ? '' : 's'} : renseignez-la${judgmentKnown ? '' : 's'}`,
  planInsolvencyInterestStopped: (judgment: string) =>
    `, intérêts arrêtés au jugement d’ouverture du ${french.longDate(judgment)} (C. com. art. L622-28)`,
  planInsolvency: (what: Text, judged: Text) =>
    `client en procédure collective → arrêter les relances et ${what.fr}${judged.fr}`,
  planAwaitingPayment: (awaiting: Text) =>
    `paiement à confirmer : ${awaiting.fr} → vérifier le relevé avant toute relance`,
  planPaused: (reason: Text, resume: string) =>
    `${reason.fr} → en pause, reprise le ${french.longDate(resume)}`,
  planPartPayment: (amount: Text) => `paiement partiel de ${amount.fr} reçu`,
  planFacts: (facts: Text[]) => facts.map((f) => f.fr).join(', '),
  planAllDone: (late: Text) =>
    `toutes les étapes ont été faites, ${late.fr} → suivre la procédure en cours`,
  planNoNotice: 'pas de mise en demeure envoyée → impossible de passer au recouvrement',
  planNeedReminders: (written: number, required: number) =>
    `${written} ${written === 1 ? 'relance écrite' : 'relances écrites'} sur ${required} requises → envoyer une relance de plus avant la mise en demeure`,
  planNoticeDeadline: (passed: boolean, day: Text) =>
    `délai de la mise en demeure ${passed ? 'expiré' : 'jusqu’'} ${passed ? `le ${day.fr}` : `au ${day.fr}`}`,
  planAlsoStopWork: 'suspendre aussi les travaux en cours',
  planStepReason: (facts: Text, step: Text, extra: Text[], when: Text, skipped: Text[]) =>
    `${facts.fr} → ${step.fr}${extra.length ? ` : ${extra.map((x) => x.fr).join(' ; ')}` : ''}${when.fr}${skipped.length ? ` (${skipped.map((x) => x.fr).join(' ; ')})` : ''}`,
  planCourtesy: (dueDate: string, step: Text) =>
    `échéance le ${french.longDate(dueDate)} → ${step.fr}`,
  planUncertainDueDate: 'Une échéance est incertaine : confirmez-la avant d’envoyer.',
  planKeyAccountConfirm: (reason: Text) => `${reason.fr} (compte clé : à confirmer)`,
  // lib/cli/ (the command line's texts)
  cliUnknown: 'inconnu',
  cliPrincipal: 'Principal',
  cliLateInterest: 'Intérêts de retard',
  cliFixedFee: 'Indemnité forfaitaire de recouvrement',
  cliTotalClaimable: 'Total réclamable',
  cliDaysShort: 'j',
  cliNoInterest: 'Aucun intérêt sur cette période.',
  cliLegalBasis: 'Base légale',
  /** A decimal written as data ("12.15"), in this language ("12,15"). */
  cliDecimal: (n: string) => french.decimal(n),
  cliStatusDue: 'À FAIRE',
  cliStatusScheduled: 'prévu',
  cliStatusPaused: 'en pause',
  cliStatusBlocked: 'BLOQUÉ',
  cliStatusWaiting: 'en attente',
  cliMatchCertain: 'certain',
  cliMatchProbable: 'probable',
  cliMatchPartial: 'partiel',
  cliReconcileSummary: (
    transactions: number,
    matches: number,
    unmatched: number,
    duplicates: number,
  ) =>
    `${transactions} opération(s) lue(s), ${matches} paiement(s) trouvé(s), ${unmatched} crédit(s) non rapproché(s)${duplicates ? `, ${duplicates} déjà importé(s)` : ''}.`,
  cliUnmatched: 'non rapproché',
  cliAlreadyImported: 'déjà importé',
  cliError: 'erreur',
  cliCreditNote: 'avoir',
  cliInvoice: 'facture',
  cliDueOn: 'échéance',
  cliOwed: 'dû',
  cliDraftSkipped: 'brouillon, ignoré',
  cliVoidedNotChased: 'annulée, non relancée',
};

/** What a restore wrote and met (lib/ledger/repo.ts RestoreReport, its collisions counted). */
export interface RestoreCounts {
  clients: number;
  invoices: number;
  events: number;
  unchanged: number;
  duplicates: number;
  collisions: number;
}

/** What every language's catalog holds: FR's keys, with FR's parameters. */
export type Catalog = typeof FR;
