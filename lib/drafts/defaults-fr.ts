import type { TemplateSet } from './kinds';

/** Default French texts: vouvoiement, formules de politesse adapted to each tone. */
export const FR: TemplateSet = {
  tones: {
    friendly: {
      greeting: 'Bonjour{{#if client.contact}} {{client.contact}}{{/if}},',
      closing: 'Belle journée à vous,',
    },
    polite: {
      greeting: 'Bonjour{{#if client.contact}} {{client.contact}}{{/if}},',
      closing:
        'Je vous remercie par avance et vous souhaite une bonne journée.\n\nBien cordialement,',
    },
    firm: {
      greeting:
        '{{#if client.contact}}Bonjour {{client.contact}},{{/if}}{{#unless client.contact}}Madame, Monsieur,{{/unless}}',
      closing:
        'Dans l’attente de votre règlement, je vous prie d’agréer mes salutations distinguées.',
    },
    formal: {
      greeting: 'Madame, Monsieur,',
      closing:
        'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    },
  },
  kinds: {
    courtesy: {
      subject: 'Échéance prochaine – {{invoices.ref}}',
      body: `{{greeting}}

Petit rappel amical : {{#if single}}la facture n° {{invoice.number}} d’un montant de {{invoice.balance}} arrive à échéance le {{invoice.dueDate}}.{{/if}}{{#unless single}}les factures suivantes arrivent bientôt à échéance :{{/unless}}

{{#unless single}}
{{invoices.table}}
{{/unless}}

{{#if sender.iban}}Pour faciliter votre règlement, voici nos coordonnées bancaires : IBAN {{sender.iban}}{{#if sender.bic}} – BIC {{sender.bic}}{{/if}}.{{/if}}{{#if sender.paymentLink}} Vous pouvez aussi régler en ligne : {{sender.paymentLink}}{{/if}}

Si le règlement est déjà en route, merci et ne tenez pas compte de ce message.

{{closing}}

{{signature}}`,
    },
    'reminder-1': {
      subject: 'Rappel de paiement – {{invoices.ref}}',
      body: `{{greeting}}

Sauf erreur de notre part, {{#if single}}la facture n° {{invoice.number}} du {{invoice.issueDate}}, d’un montant de {{invoice.total}}, arrivée à échéance le {{invoice.dueDate}}, n’a pas encore été réglée.{{/if}}{{#unless single}}les {{invoices.count}} factures ci-dessous, arrivées à échéance, n’ont pas encore été réglées :{{/unless}}

{{#unless single}}
{{invoices.table}}
{{/unless}}

{{#if paid}}Nous avons bien reçu votre règlement partiel de {{total.paid}}, merci ; il reste {{total.due}} à régler.{{/if}}

{{#if promise.broken}}Vous nous aviez indiqué un règlement pour le {{promise.date}} ; il ne nous est pas parvenu à ce jour.{{/if}}

{{#if reply.quote}}Dans votre message du {{reply.date}}, vous nous écriviez : « {{reply.quote}} »{{/if}}

Il s’agit sans doute d’un simple oubli. Pourriez-vous procéder au règlement de {{total.due}} dans les meilleurs délais ?{{#if sender.iban}} Pour rappel, nos coordonnées bancaires : IBAN {{sender.iban}}{{#if sender.bic}} – BIC {{sender.bic}}{{/if}}.{{/if}}{{#if sender.paymentLink}} Vous pouvez aussi régler en ligne : {{sender.paymentLink}}{{/if}}

Si le paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message. Et si quelque chose bloque de votre côté, n’hésitez pas à me le dire.

{{closing}}

{{signature}}`,
    },
    'reminder-2': {
      subject: 'Deuxième relance – {{invoices.ref}}',
      body: `{{greeting}}

{{#if previous.contacts}}Malgré {{previous.contacts}}, {{/if}}{{#if single}}la facture n° {{invoice.number}} du {{invoice.issueDate}}, échue le {{invoice.dueDate}}, reste impayée à ce jour, soit {{daysLate}} jours de retard.{{/if}}{{#unless single}}les factures suivantes restent impayées à ce jour ; la plus ancienne a {{daysLate}} jours de retard :{{/unless}}

{{#unless single}}
{{invoices.table}}
{{/unless}}

{{#if paid}}Votre règlement partiel de {{total.paid}} a bien été pris en compte ; le solde restant dû s’élève à {{total.due}}.{{/if}}

{{#if promise.broken}}Vous vous étiez engagé à régler cette somme pour le {{promise.date}} : cet engagement n’a pas été tenu.{{/if}}

{{#if reply.quote}}Dans votre message du {{reply.date}}, vous nous écriviez : « {{reply.quote}} »{{/if}}

{{#if law.penalties}}Nous vous rappelons que, conformément à nos conditions de paiement et à la loi ({{law.basis}}), tout retard de paiement fait courir de plein droit{{#if law.public}}, sans qu’un rappel soit nécessaire,{{/if}} des {{law.interest}}{{#if law.fixedFee}} ainsi qu’une {{law.fee}}{{/if}}.{{/if}}

Nous vous remercions de bien vouloir régulariser la situation en réglant {{total.due}} avant le {{deadline}}.{{#if sender.iban}} IBAN : {{sender.iban}}{{#if sender.bic}} – BIC {{sender.bic}}{{/if}}.{{/if}}

{{closing}}

{{signature}}`,
    },
    'final-notice': {
      subject: 'Dernière relance avant mise en demeure – {{invoices.ref}}',
      body: `{{greeting}}

{{#if previous.contacts}}Malgré {{previous.contacts}}, {{/if}}{{#if single}}la facture n° {{invoice.number}} du {{invoice.issueDate}}, échue le {{invoice.dueDate}}, demeure impayée ({{daysLate}} jours de retard).{{/if}}{{#unless single}}les factures ci-dessous demeurent impayées ; la plus ancienne a {{daysLate}} jours de retard.{{/unless}}

{{invoices.table}}

{{#if promise.broken}}Le règlement que vous nous aviez promis pour le {{promise.date}} ne nous est pas parvenu.{{/if}}

{{#if reply.quote}}Dans votre message du {{reply.date}}, vous nous écriviez : « {{reply.quote}} »{{/if}}

{{#if law.penalties}}À ce jour, le montant dû s’élève à {{total.demanded}}, dont {{total.interest}} de {{law.interest}}{{#if law.rates}} ({{law.rates}}){{/if}} et {{total.fees}} d’indemnité forfaitaire pour frais de recouvrement ({{law.basis}}).{{/if}}{{#unless law.penalties}}À ce jour, le montant dû s’élève à {{total.due}}.{{/unless}}

Il s’agit de notre dernière relance amiable. Sans règlement de votre part avant le {{deadline}}, nous serons contraints de vous adresser une mise en demeure, puis d’engager une procédure de recouvrement.

{{#if sender.iban}}Règlement par virement : IBAN {{sender.iban}}{{#if sender.bic}} – BIC {{sender.bic}}{{/if}}.{{/if}}

{{closing}}

{{signature}}`,
    },
    'formal-notice': {
      subject: 'MISE EN DEMEURE DE PAYER – {{invoices.ref}}',
      body: `{{greeting}}

MISE EN DEMEURE

{{#if previous.contacts}}Malgré {{previous.contacts}}, {{/if}}vous restez redevable envers {{sender.company}} des sommes suivantes :

{{invoices.table}}

{{#if promise.broken}}Le règlement que vous nous aviez promis pour le {{promise.date}} ne nous est pas parvenu.{{/if}}

{{#if reply.quote}}Dans votre message du {{reply.date}}, vous nous écriviez : « {{reply.quote}} »{{/if}}

Par la présente, nous vous mettons en demeure de nous régler la somme de {{total.demanded}} dans un délai de {{deadlineDays}} jours à compter de la réception de la présente.

{{#if law.penalties}}Cette somme comprend le principal restant dû ({{total.due}}), les {{law.interest}} ({{total.interest}}){{#if law.rates}} {{law.rates}}{{/if}}, qui continuent de courir jusqu’à complet paiement{{#if law.fixedFee}}, et l’{{law.fee}} ({{total.fees}}){{/if}}, en application de la loi ({{law.basis}}).{{/if}}{{#unless law.penalties}}La présente mise en demeure fait courir, à compter de sa réception, les intérêts au taux légal sur le principal de {{total.due}} (article 1344-1 du Code civil).{{/unless}}

{{#if sender.iban}}Règlement par virement : IBAN {{sender.iban}}{{#if sender.bic}} – BIC {{sender.bic}}{{/if}}.{{/if}}

{{#if law.public}}À défaut de règlement dans ce délai, nous saisirons le tribunal administratif d’une demande de référé-provision (article R541-1 du Code de justice administrative) ou, s’agissant d’une collectivité territoriale, demanderons au préfet le mandatement d’office des sommes dues.{{/if}}{{#unless law.public}}À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente, notamment par voie d’injonction de payer, afin d’obtenir le paiement des sommes dues, majorées des intérêts et frais.{{/unless}}

{{#if client.consumer}}Conformément aux articles L612-1 et L616-1 du Code de la consommation, vous pouvez recourir gratuitement au médiateur de la consommation dont nous relevons : {{#if sender.mediator}}{{sender.mediator}}{{/if}}{{#unless sender.mediator}}[coordonnées du médiateur à compléter dans Réglages → Identité]{{/unless}}.{{/if}}

{{closing}}

{{signature}}`,
    },
    'stop-work': {
      subject: 'Suspension des prestations – {{invoices.ref}}',
      body: `{{greeting}}

{{#if single}}La facture n° {{invoice.number}}, échue le {{invoice.dueDate}}, reste impayée{{/if}}{{#unless single}}Les factures ci-dessous restent impayées{{/unless}} malgré nos relances{{#if notice.date}} et notre mise en demeure du {{notice.date}}{{/if}}.

{{#unless single}}
{{invoices.table}}
{{/unless}}

Nous suspendons l’exécution de nos prestations et livraisons à compter du {{today}}, jusqu’au règlement intégral de {{total.due}}.{{#if sender.retentionClause}} Conformément à la clause de réserve de propriété de nos conditions, les livrables restent notre propriété jusqu’à complet paiement.{{/if}}

Nous reprendrons le travail dès réception de votre règlement.

{{closing}}

{{signature}}`,
    },
    'payment-plan': {
      subject: 'Proposition d’échéancier – {{invoices.ref}}',
      body: `{{greeting}}

Afin de vous permettre de régulariser {{#if single}}la facture n° {{invoice.number}}{{/if}}{{#unless single}}les factures en attente{{/unless}} ({{total.due}}), nous vous proposons l’échéancier suivant :

{{plan.lines}}

Merci de nous confirmer votre accord par retour de mail. Si une échéance n’est pas honorée, la totalité du solde redeviendra immédiatement exigible.

{{closing}}

{{signature}}`,
    },
    'thank-you': {
      subject: 'Merci pour votre règlement – {{invoices.ref}}',
      body: `{{greeting}}

Nous avons bien reçu votre règlement{{#if single}} de la facture n° {{invoice.number}}{{/if}}, merci beaucoup.

Au plaisir de continuer à travailler ensemble.

{{closing}}

{{signature}}`,
    },
    'agreement-recap': {
      subject: 'Récapitulatif de notre accord',
      body: `{{greeting}}

Suite à notre échange, je vous confirme par écrit les éléments convenus :

{{agreement.lines}}

En cas de retard de paiement, des {{law.interest}} au {{terms.penaltyRate}}{{#if law.fee}} ainsi qu’une {{law.fee}}{{/if}} seront exigibles{{#if law.basis}} ({{law.basis}}){{/if}}.

Pourriez-vous me confirmer votre accord par retour de mail ? Je démarrerai dès réception{{#if agreement.deposit}} de votre accord et de l’acompte{{/if}}.

{{closing}}

{{signature}}`,
    },
  },
  call: [
    'Bonjour{{#if client.contact}} {{client.contact}}{{/if}}, ici {{sender.name}}{{#if sender.company}} de {{sender.company}}{{/if}}. Comment allez-vous ?',
    'Je vous appelle au sujet de {{#if single}}la facture n° {{invoice.number}} de {{invoice.balance}}, échue le {{invoice.dueDate}}{{/if}}{{#unless single}}{{invoices.count}} factures pour un total de {{total.due}}{{/unless}} : nous avons {{daysLate}} jours de retard{{#if previous.date}}, et je vous ai envoyé un rappel le {{previous.date}}{{/if}}.',
    'Est-ce que tout est en ordre de votre côté ? Y a-t-il un point qui bloque le règlement ?',
    'À quelle date puis-je compter sur le paiement ? (noter la date et le montant promis)',
    'Parfait, je vous confirme notre échange par e-mail. Merci et bonne journée !',
  ],
};
