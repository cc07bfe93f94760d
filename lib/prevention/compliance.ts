/**
 * What an invoice must say for late penalties to be claimable without argument, per
 * jurisdiction, as data with the article of law. Checked on the invoice's text (a page,
 * the text of a PDF, the fields of an e-invoice).
 */
export interface ComplianceRule {
  id: string;
  /** Text found on a compliant invoice. */
  pattern: RegExp;
  label: { fr: string; en: string };
  why: { fr: string; en: string };
  /** Wording the user can paste into their invoicing app's settings. */
  suggestion: { fr: string; en: string };
  lawRef: string;
}

const FR_B2B: ComplianceRule[] = [
  {
    id: 'due-date',
    pattern:
      /(date d['’]\s?[ée]ch[ée]ance|[ée]ch[ée]ance|payable (avant|le)|à r[ée]gler (avant|le)|due date)/i,
    label: { fr: 'Date d’échéance', en: 'Due date' },
    why: {
      fr: 'Sans date d’échéance écrite, le retard ne court qu’à partir de 30 jours après la réception.',
      en: 'Without a written due date, lateness only starts 30 days after receipt.',
    },
    suggestion: { fr: 'Date d’échéance : JJ/MM/AAAA', en: 'Due date: DD/MM/YYYY' },
    lawRef: 'C. com. art. L441-9 et L441-10',
  },
  {
    id: 'penalty-rate',
    pattern:
      /(p[ée]nalit[ée]s? de retard|int[ée]r[êe]ts? de retard|taux d['’]int[ée]r[êe]t l[ée]gal|taux de refinancement)/i,
    label: { fr: 'Taux des pénalités de retard', en: 'Late-penalty rate' },
    why: {
      fr: 'La mention du taux des pénalités est obligatoire ; son absence expose à une amende et à une contestation.',
      en: 'Stating the late-penalty rate is mandatory; leaving it out invites a fine and disputes.',
    },
    suggestion: {
      fr: 'En cas de retard de paiement, des pénalités de retard sont exigibles au taux de refinancement de la BCE majoré de 10 points.',
      en: 'Late payment incurs penalties at the ECB refinancing rate plus 10 percentage points.',
    },
    lawRef: 'C. com. art. L441-9 et L441-10',
  },
  {
    id: 'fixed-fee',
    pattern:
      /(indemnit[ée] forfaitaire[^.]{0,80}40|40\s?(€|euros)[^.]{0,80}recouvrement|forfaitaire pour frais de recouvrement)/i,
    label: { fr: 'Indemnité forfaitaire de 40 €', en: '€40 fixed recovery fee' },
    why: {
      fr: 'L’indemnité de 40 € par facture est due de plein droit, mais doit figurer sur la facture.',
      en: 'The €40 per-invoice fee is due by law but must be stated on the invoice.',
    },
    suggestion: {
      fr: 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.',
      en: 'Fixed compensation for recovery costs in case of late payment: €40.',
    },
    lawRef: 'C. com. art. L441-9 et D441-5',
  },
  {
    id: 'client-siren',
    pattern:
      /(siren|siret)[^0-9]{0,20}\d{3}\s?\d{3}\s?\d{3}.*(siren|siret)[^0-9]{0,20}\d{3}\s?\d{3}\s?\d{3}|client[^.]{0,60}(siren|siret)/is,
    label: { fr: 'SIREN du client', en: 'Client’s SIREN' },
    why: {
      fr: 'La réforme de la facturation électronique rend le SIREN du client obligatoire.',
      en: 'France’s e-invoicing reform makes the client’s SIREN mandatory.',
    },
    suggestion: { fr: 'SIREN du client : 123 456 789', en: 'Client SIREN: 123 456 789' },
    lawRef: 'CGI art. 242 nonies A (réforme 2026)',
  },
  {
    id: 'delivery-address',
    pattern: /(adresse de livraison|lieu de livraison|livr[ée] [àa])/i,
    label: { fr: 'Adresse de livraison', en: 'Delivery address' },
    why: {
      fr: 'Obligatoire avec la facturation électronique quand elle diffère de l’adresse du client.',
      en: 'Required by e-invoicing when it differs from the client’s address.',
    },
    suggestion: { fr: 'Adresse de livraison : …', en: 'Delivery address: …' },
    lawRef: 'CGI art. 242 nonies A (réforme 2026)',
  },
  {
    id: 'operation-nature',
    pattern:
      /(prestations? de services?|livraisons? de biens|nature de l['’]op[ée]ration|op[ée]ration mixte)/i,
    label: { fr: 'Nature de l’opération', en: 'Nature of the operation' },
    why: {
      fr: 'La facture doit dire s’il s’agit de biens, de services ou des deux.',
      en: 'The invoice must say whether it covers goods, services or both.',
    },
    suggestion: {
      fr: 'Nature de l’opération : prestation de services',
      en: 'Nature of the operation: supply of services',
    },
    lawRef: 'CGI art. 242 nonies A (réforme 2026)',
  },
];

const OTHER: ComplianceRule[] = [
  FR_B2B[0]!,
  {
    id: 'late-terms',
    pattern:
      /(late payment|interest|pénalit|penalt|verzugszins|intereses de demora|interessi di mora)/i,
    label: { fr: 'Conditions de retard', en: 'Late-payment terms' },
    why: {
      fr: 'Écrire les conditions de retard évite toute discussion au moment de les réclamer.',
      en: 'Writing down late-payment terms avoids argument when you claim them.',
    },
    suggestion: {
      fr: 'Tout retard de paiement donnera lieu à des intérêts de retard au taux légal.',
      en: 'Late payment will incur interest at the statutory rate.',
    },
    lawRef: 'Directive 2011/7/EU',
  },
];

export const COMPLIANCE_RULES: Record<string, ComplianceRule[]> = {
  'fr-b2b': FR_B2B,
  'fr-public': FR_B2B,
  default: OTHER,
};

export function checkCompliance(text: string, jurisdiction: string): ComplianceRule[] {
  const rules = COMPLIANCE_RULES[jurisdiction] ?? COMPLIANCE_RULES.default!;
  const body = text.replace(/\s+/g, ' ');
  return rules.filter((r) => !r.pattern.test(body));
}

/**
 * The same rules on an e-invoice: the structured fields count (a due date element, the
 * buyer's SIREN, a delivery party) and so does the text of its notes.
 */
export function checkEInvoiceCompliance(
  xml: string,
  d: { dueDate: string | null; buyerIds: string[] },
  jurisdiction = 'fr-b2b',
): ComplianceRule[] {
  const text = xml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  const hasSiren = d.buyerIds.some((id) =>
    /^\d{9}$|^\d{14}$|^FR[0-9A-Z]{2}\d{9}$/.test(id.replace(/\s/g, '')),
  );
  const hasDelivery = /<(\w+:)?(ShipToTradeParty|DeliveryLocation|Delivery)\b/.test(xml);
  return checkCompliance(text, jurisdiction).filter((r) => {
    if (r.id === 'due-date') return !d.dueDate;
    if (r.id === 'client-siren') return !hasSiren;
    if (r.id === 'delivery-address') return !hasDelivery;
    return true;
  });
}
