import type { JurisdictionId } from '../escalation/jurisdictions';
import type { DraftLang } from './kinds';

/**
 * What a letter says of the law, per jurisdiction and language (docs/ladder-and-law.md):
 * the articles, the name of the interest, the fixed fee. A French letter to a German,
 * British, Belgian or public client cites that client's law, not the Code de commerce;
 * an English letter says it in English words only.
 */
export interface LawText {
  /** The legal basis, to put in parentheses: "articles L441-10 et D441-5 du Code de commerce". */
  basis: string;
  /** What the interest is called: "pénalités de retard", "intérêts moratoires", "late-payment interest". */
  interest: string;
  /** The fixed fee, or '' where there is none: "indemnité forfaitaire pour frais de recouvrement de 40 € par facture". */
  fee: string;
  /** The default contractual rate to write in terms, when the user's terms say nothing else. */
  defaultRate: string;
}

const FR_FEE_40 = 'indemnité forfaitaire pour frais de recouvrement de 40\u00a0€ par facture';
const EN_FEE_40 = 'fixed sum for recovery costs of €40 per invoice';

// Keyed by every jurisdiction: a new one that has no text here does not compile.
const FR: Record<JurisdictionId, LawText> = {
  'fr-b2b': {
    basis: 'articles L441-10 et D441-5 du Code de commerce',
    interest: 'pénalités de retard',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 10 points',
  },
  'fr-b2c': {
    basis: 'article 1344-1 du Code civil',
    interest: 'intérêts au taux légal',
    fee: '',
    defaultRate: 'taux de l’intérêt légal',
  },
  'fr-public': {
    basis: 'articles L2192-13, R2192-31 à R2192-36 et D2192-35 du Code de la commande publique',
    interest: 'intérêts moratoires',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  eu: {
    basis: 'directive 2011/7/UE, articles 3 et 6',
    interest: 'intérêts de retard',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  'de-b2b': {
    basis: '§ 288, alinéas 2 et 5, du Code civil allemand (BGB)',
    interest: 'intérêts de retard (Verzugszinsen)',
    fee: 'indemnité forfaitaire de 40\u00a0€ par facture (Verzugspauschale)',
    defaultRate: 'taux de base majoré de 9 points',
  },
  'de-b2c': {
    basis: '§ 288, alinéa 1, du Code civil allemand (BGB)',
    interest: 'intérêts de retard (Verzugszinsen)',
    fee: '',
    defaultRate: 'taux de base majoré de 5 points',
  },
  be: {
    basis:
      'loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, articles 5 et 6',
    interest: 'intérêts de retard',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  es: {
    basis: 'loi espagnole 3/2004, articles 7 et 8',
    interest: 'intérêts de retard',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  it: {
    basis: 'décret législatif italien 231/2002, articles 5 et 6',
    interest: 'intérêts de retard',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  nl: {
    basis: 'articles 6:119a et 6:96 du Code civil néerlandais',
    interest: 'intérêts de retard',
    fee: FR_FEE_40,
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  ie: {
    basis:
      'règlement irlandais de 2012 sur les retards de paiement dans les transactions commerciales (S.I. n° 580 de 2012), articles 4 et 9',
    interest: 'intérêts de retard',
    fee: 'indemnité pour frais de recouvrement (40\u00a0€, 70\u00a0€ ou 100\u00a0€ selon le montant de la facture)',
    defaultRate: 'taux de la BCE majoré de 8 points',
  },
  uk: {
    basis: 'Late Payment of Commercial Debts (Interest) Act 1998, sections 4 et 5A',
    interest: 'intérêts de retard',
    fee: 'indemnité forfaitaire pour frais de recouvrement (40\u00a0£, 70\u00a0£ ou 100\u00a0£ selon le montant de la facture)',
    defaultRate: 'taux de la Banque d’Angleterre majoré de 8 points',
  },
  contract: {
    basis: 'nos conditions générales',
    interest: 'pénalités de retard',
    fee: '',
    defaultRate: 'taux prévu au contrat',
  },
  none: { basis: '', interest: 'intérêts de retard', fee: '', defaultRate: '' },
};

const EN: Record<JurisdictionId, LawText> = {
  'fr-b2b': {
    basis: 'articles L441-10 and D441-5 of the French Commercial Code',
    interest: 'late-payment interest',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 10 percentage points',
  },
  'fr-b2c': {
    basis: 'article 1344-1 of the French Civil Code',
    interest: 'interest at the statutory rate',
    fee: '',
    defaultRate: 'the French statutory rate',
  },
  'fr-public': {
    basis:
      'articles L2192-13, R2192-31 to R2192-36 and D2192-35 of the French Public Procurement Code',
    interest: 'late-payment interest owed by public buyers',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  eu: {
    basis: 'Directive 2011/7/EU, articles 3 and 6',
    interest: 'late-payment interest',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  'de-b2b': {
    basis: 'section 288(2) and (5) of the German Civil Code (BGB)',
    interest: 'late-payment interest',
    fee: 'fixed sum of €40 per invoice',
    defaultRate: 'the base rate plus 9 percentage points',
  },
  'de-b2c': {
    basis: 'section 288(1) of the German Civil Code (BGB)',
    interest: 'late-payment interest',
    fee: '',
    defaultRate: 'the base rate plus 5 percentage points',
  },
  be: {
    basis:
      'the Belgian Act of 2 August 2002 on late payment in commercial transactions, articles 5 and 6',
    interest: 'late-payment interest',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  es: {
    basis: 'Spanish Law 3/2004, articles 7 and 8',
    interest: 'late-payment interest',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  it: {
    basis: 'Italian Legislative Decree 231/2002, articles 5 and 6',
    interest: 'late-payment interest',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  nl: {
    basis: 'articles 6:119a and 6:96 of the Dutch Civil Code',
    interest: 'late-payment interest',
    fee: EN_FEE_40,
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  ie: {
    basis:
      'the European Communities (Late Payment in Commercial Transactions) Regulations 2012 (S.I. No. 580 of 2012), regulations 4 and 9',
    interest: 'late payment interest',
    fee: 'compensation for recovery costs (€40, €70 or €100 depending on the amount of the invoice)',
    defaultRate: 'the ECB rate plus 8 percentage points',
  },
  uk: {
    basis: 'the Late Payment of Commercial Debts (Interest) Act 1998, sections 4 and 5A',
    interest: 'statutory interest',
    fee: 'fixed sum for recovery costs (£40, £70 or £100 depending on the size of the debt)',
    defaultRate: 'the Bank of England base rate plus 8 percentage points',
  },
  contract: {
    basis: 'our terms and conditions',
    interest: 'late-payment interest',
    fee: '',
    defaultRate: 'the rate in the contract',
  },
  none: { basis: '', interest: 'late-payment interest', fee: '', defaultRate: '' },
};

export function lawText(jurisdiction: string, lang: DraftLang): LawText {
  const table = lang === 'fr' ? FR : EN;
  return table[jurisdiction as JurisdictionId] ?? table.none;
}
