import type { TemplateSet } from './kinds';

/** Default English texts (British conventions for formal letters). */
export const EN: TemplateSet = {
  tones: {
    friendly: {
      greeting: 'Hi{{#if client.contact}} {{client.contact}}{{/if}},',
      closing: 'Thanks so much,',
    },
    polite: {
      greeting:
        'Dear {{#if client.contact}}{{client.contact}}{{/if}}{{#unless client.contact}}{{client.name}}{{/unless}},',
      closing: 'Thank you in advance.\n\nKind regards,',
    },
    firm: {
      greeting:
        'Dear {{#if client.contact}}{{client.contact}}{{/if}}{{#unless client.contact}}{{client.name}}{{/unless}},',
      closing: 'I look forward to receiving your payment.\n\nRegards,',
    },
    formal: { greeting: 'Dear Sir or Madam,', closing: 'Yours faithfully,' },
  },
  kinds: {
    courtesy: {
      subject: 'Upcoming due date – {{invoices.ref}}',
      body: `{{greeting}}

Just a friendly reminder: {{#if single}}invoice {{invoice.number}} for {{invoice.balance}} is due on {{invoice.dueDate}}.{{/if}}{{#unless single}}the following invoices will soon be due:{{/unless}}

{{#unless single}}
{{invoices.table}}
{{/unless}}

{{#if sender.iban}}To make payment easy, our bank details are: IBAN {{sender.iban}}{{#if sender.bic}}, BIC {{sender.bic}}{{/if}}.{{/if}}{{#if sender.paymentLink}} You can also pay online: {{sender.paymentLink}}{{/if}}

If payment is already on its way, thank you, and please ignore this message.

{{closing}}

{{signature}}`,
    },
    'reminder-1': {
      subject: 'Payment reminder – {{invoices.ref}}',
      body: `{{greeting}}

Our records show that {{#if single}}invoice {{invoice.number}} dated {{invoice.issueDate}} for {{invoice.total}}, due on {{invoice.dueDate}}, has not been paid yet.{{/if}}{{#unless single}}the {{invoices.count}} invoices below are past their due date and have not been paid yet:{{/unless}}

{{#unless single}}
{{invoices.table}}
{{/unless}}

{{#if paid}}Thank you for your part payment of {{total.paid}}; {{total.due}} remains outstanding.{{/if}}

{{#if promise.broken}}You told us payment would be made by {{promise.date}}; we have not received it yet.{{/if}}

{{#if reply.quote}}In your message of {{reply.date}}, you wrote: “{{reply.quote}}”{{/if}}

This may simply have been overlooked. Could you please arrange payment of {{total.due}} at your earliest convenience?{{#if sender.iban}} Our bank details: IBAN {{sender.iban}}{{#if sender.bic}}, BIC {{sender.bic}}{{/if}}.{{/if}}{{#if sender.paymentLink}} You can also pay online: {{sender.paymentLink}}{{/if}}

If you have already paid, please disregard this message. And if something is holding up payment on your side, just let me know.

{{closing}}

{{signature}}`,
    },
    'reminder-2': {
      subject: 'Second reminder – {{invoices.ref}}',
      body: `{{greeting}}

{{#if previous.contacts}}Further to {{previous.contacts}}, {{/if}}{{#if single}}invoice {{invoice.number}} dated {{invoice.issueDate}}, due on {{invoice.dueDate}}, is still unpaid: it is now {{daysLate}} days overdue.{{/if}}{{#unless single}}the following invoices are still unpaid; the oldest is {{daysLate}} days overdue:{{/unless}}

{{#unless single}}
{{invoices.table}}
{{/unless}}

{{#if paid}}Your part payment of {{total.paid}} has been received; the balance outstanding is {{total.due}}.{{/if}}

{{#if promise.broken}}You undertook to pay by {{promise.date}}; that undertaking has not been kept.{{/if}}

{{#if reply.quote}}In your message of {{reply.date}}, you wrote: “{{reply.quote}}”{{/if}}

{{#if law.penalties}}Please note that under our payment terms and the applicable late-payment legislation ({{law.basis}}), late payment entitles us{{#if law.public}}, without any reminder being needed,{{/if}} to {{law.interest}}{{#if law.fixedFee}} and a {{law.fee}}{{/if}}.{{/if}}

Please settle {{total.due}} by {{deadline}}.{{#if sender.iban}} IBAN: {{sender.iban}}{{#if sender.bic}}, BIC {{sender.bic}}{{/if}}.{{/if}}

{{closing}}

{{signature}}`,
    },
    'final-notice': {
      subject: 'Final reminder before formal notice – {{invoices.ref}}',
      body: `{{greeting}}

{{#if previous.contacts}}Despite {{previous.contacts}}, {{/if}}{{#if single}}invoice {{invoice.number}} dated {{invoice.issueDate}}, due on {{invoice.dueDate}}, remains unpaid ({{daysLate}} days overdue).{{/if}}{{#unless single}}the invoices below remain unpaid; the oldest is {{daysLate}} days overdue.{{/unless}}

{{invoices.table}}

{{#if promise.broken}}The payment you promised for {{promise.date}} has not reached us.{{/if}}

{{#if reply.quote}}In your message of {{reply.date}}, you wrote: “{{reply.quote}}”{{/if}}

{{#if law.penalties}}The amount now due is {{total.demanded}}, including {{total.interest}} of {{law.interest}}{{#if law.rates}} ({{law.rates}}){{/if}} and {{total.fees}} of fixed recovery costs ({{law.basis}}).{{/if}}{{#unless law.penalties}}The amount now due is {{total.due}}.{{/unless}}

This is our final amicable reminder. If we do not receive payment by {{deadline}}, we will send you a formal notice and then start recovery proceedings.

{{#if sender.iban}}Payment by bank transfer: IBAN {{sender.iban}}{{#if sender.bic}}, BIC {{sender.bic}}{{/if}}.{{/if}}

{{closing}}

{{signature}}`,
    },
    'formal-notice': {
      subject: 'FORMAL NOTICE TO PAY – {{invoices.ref}}',
      body: `{{greeting}}

FORMAL NOTICE (LETTER BEFORE ACTION)

{{#if previous.contacts}}Despite {{previous.contacts}}, {{/if}}the following sums remain owed to {{sender.company}}:

{{invoices.table}}

{{#if promise.broken}}The payment you promised for {{promise.date}} has not reached us.{{/if}}

{{#if reply.quote}}In your message of {{reply.date}}, you wrote: “{{reply.quote}}”{{/if}}

We hereby formally demand payment of {{total.demanded}} within {{deadlineDays}} days of receiving this notice.

{{#if law.penalties}}This sum comprises the outstanding principal ({{total.due}}), {{law.interest}} ({{total.interest}}){{#if law.rates}} {{law.rates}}{{/if}}, which continues to accrue until payment in full{{#if law.fixedFee}}, and the {{law.fee}} ({{total.fees}}){{/if}}, under {{law.basis}}.{{/if}}{{#unless law.penalties}}Interest at the statutory rate runs on the principal of {{total.due}} from receipt of this notice.{{/unless}}

{{#if sender.iban}}Payment by bank transfer: IBAN {{sender.iban}}{{#if sender.bic}}, BIC {{sender.bic}}{{/if}}.{{/if}}

{{#if law.public}}If payment is not received by then, we will apply to the administrative court for an interim payment order (référé-provision, article R541-1 of the French Administrative Justice Code) or, for a local authority, ask the prefect to order the payment (mandatement d’office).{{/if}}{{#unless law.public}}If payment is not received by then, we will start court proceedings without further notice to recover the sums owed, plus interest and costs.{{/unless}}

{{#if client.consumer}}You may refer the matter free of charge to the consumer mediator we belong to (French Consumer Code, articles L612-1 and L616-1): {{#if sender.mediator}}{{sender.mediator}}{{/if}}{{#unless sender.mediator}}[mediator's details to be entered in Settings → Identity]{{/unless}}.{{/if}}

{{closing}}

{{signature}}`,
    },
    'stop-work': {
      subject: 'Suspension of work – {{invoices.ref}}',
      body: `{{greeting}}

{{#if single}}Invoice {{invoice.number}}, due on {{invoice.dueDate}}, remains unpaid{{/if}}{{#unless single}}The invoices below remain unpaid{{/unless}} despite our reminders{{#if notice.date}} and our formal notice of {{notice.date}}{{/if}}.

{{#unless single}}
{{invoices.table}}
{{/unless}}

We are suspending all work and deliveries from {{today}} until {{total.due}} has been paid in full.{{#if sender.retentionClause}} Under the retention-of-title clause of our terms, the deliverables remain our property until full payment.{{/if}}

We will resume work as soon as payment is received.

{{closing}}

{{signature}}`,
    },
    'payment-plan': {
      subject: 'Proposed payment plan – {{invoices.ref}}',
      body: `{{greeting}}

To help you settle {{#if single}}invoice {{invoice.number}}{{/if}}{{#unless single}}the outstanding invoices{{/unless}} ({{total.due}}), we propose the following payment plan:

{{plan.lines}}

Please confirm your agreement by reply. If an instalment is missed, the whole balance becomes due immediately.

{{closing}}

{{signature}}`,
    },
    'thank-you': {
      subject: 'Thank you for your payment – {{invoices.ref}}',
      body: `{{greeting}}

We have received your payment{{#if single}} for invoice {{invoice.number}}{{/if}} — thank you very much.

We look forward to working with you again.

{{closing}}

{{signature}}`,
    },
    'agreement-recap': {
      subject: 'Summary of our agreement',
      body: `{{greeting}}

Following our conversation, here is a written summary of what we agreed:

{{agreement.lines}}

Late payment will incur {{law.interest}} at {{terms.penaltyRate}}{{#if law.fee}} and a {{law.fee}}{{/if}}{{#if law.basis}} ({{law.basis}}){{/if}}.

Could you please confirm your agreement by reply? I will start as soon as I receive it{{#if agreement.deposit}}, together with the deposit{{/if}}.

{{closing}}

{{signature}}`,
    },
  },
  call: [
    'Hello{{#if client.contact}} {{client.contact}}{{/if}}, this is {{sender.name}}{{#if sender.company}} from {{sender.company}}{{/if}}. How are you?',
    'I’m calling about {{#if single}}invoice {{invoice.number}} for {{invoice.balance}}, due on {{invoice.dueDate}}{{/if}}{{#unless single}}{{invoices.count}} invoices totalling {{total.due}}{{/unless}}: it is now {{daysLate}} days overdue{{#if previous.date}}, and I sent a reminder on {{previous.date}}{{/if}}.',
    'Is everything in order on your side? Is anything holding up the payment?',
    'When can I expect payment? (write down the promised date and amount)',
    'Great — I’ll confirm this by e-mail. Thank you, and have a good day!',
  ],
};
