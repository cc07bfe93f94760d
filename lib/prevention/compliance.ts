import { catalogText } from '../i18n/text';
import type { Text } from '../model/text';

/**
 * What an invoice must say for late penalties to be claimable without argument, per
 * jurisdiction, as data with the article of law. Checked on the invoice's text (a page,
 * the text of a PDF, the fields of an e-invoice).
 */
export interface ComplianceRule {
  id: string;
  /** Text found on a compliant invoice. */
  pattern: RegExp;
  label: Text;
  why: Text;
  /** Wording the user can paste into their invoicing app's settings. */
  suggestion: Text;
  lawRef: string;
}

const FR_B2B: ComplianceRule[] = [
  {
    id: 'due-date',
    pattern:
      /(date d['’]\s?[ée]ch[ée]ance|[ée]ch[ée]ance|payable (avant|le)|à r[ée]gler (avant|le)|due date)/i,
    label: catalogText('complianceDueDateLabel'),
    why: catalogText('complianceDueDateWhy'),
    suggestion: catalogText('complianceDueDateSuggestion'),
    lawRef: 'C. com. art. L441-9 et L441-10',
  },
  {
    id: 'penalty-rate',
    pattern:
      /(p[ée]nalit[ée]s? de retard|int[ée]r[êe]ts? de retard|taux d['’]int[ée]r[êe]t l[ée]gal|taux de refinancement)/i,
    label: catalogText('compliancePenaltyRateLabel'),
    why: catalogText('compliancePenaltyRateWhy'),
    suggestion: catalogText('compliancePenaltyRateSuggestion'),
    lawRef: 'C. com. art. L441-9 et L441-10',
  },
  {
    id: 'fixed-fee',
    pattern:
      /(indemnit[ée] forfaitaire[^.]{0,80}40|40\s?(€|euros)[^.]{0,80}recouvrement|forfaitaire pour frais de recouvrement)/i,
    label: catalogText('complianceFixedFeeLabel'),
    why: catalogText('complianceFixedFeeWhy'),
    suggestion: catalogText('complianceFixedFeeSuggestion'),
    lawRef: 'C. com. art. L441-9 et D441-5',
  },
  {
    id: 'client-siren',
    pattern:
      /(siren|siret)[^0-9]{0,20}\d{3}\s?\d{3}\s?\d{3}.*(siren|siret)[^0-9]{0,20}\d{3}\s?\d{3}\s?\d{3}|client[^.]{0,60}(siren|siret)/is,
    label: catalogText('complianceClientSirenLabel'),
    why: catalogText('complianceClientSirenWhy'),
    suggestion: catalogText('complianceClientSirenSuggestion'),
    lawRef: 'CGI art. 242 nonies A (réforme 2026)',
  },
  {
    id: 'delivery-address',
    pattern: /(adresse de livraison|lieu de livraison|livr[ée] [àa])/i,
    label: catalogText('complianceDeliveryAddressLabel'),
    why: catalogText('complianceDeliveryAddressWhy'),
    suggestion: catalogText('complianceDeliveryAddressSuggestion'),
    lawRef: 'CGI art. 242 nonies A (réforme 2026)',
  },
  {
    id: 'operation-nature',
    pattern:
      /(prestations? de services?|livraisons? de biens|nature de l['’]op[ée]ration|op[ée]ration mixte)/i,
    label: catalogText('complianceOperationNatureLabel'),
    why: catalogText('complianceOperationNatureWhy'),
    suggestion: catalogText('complianceOperationNatureSuggestion'),
    lawRef: 'CGI art. 242 nonies A (réforme 2026)',
  },
];

const OTHER: ComplianceRule[] = [
  FR_B2B[0]!,
  {
    id: 'late-terms',
    pattern:
      /(late payment|interest|pénalit|penalt|verzugszins|intereses de demora|interessi di mora)/i,
    label: catalogText('complianceLateTermsLabel'),
    why: catalogText('complianceLateTermsWhy'),
    suggestion: catalogText('complianceLateTermsSuggestion'),
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
