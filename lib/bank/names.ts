/**
 * Payer names as banks write them ("VIR SEPA BOULANGERIE MARTIN", "SARL Boulangerie
 * Martin") against clients' names: accents, case and punctuation removed, legal forms
 * and the bank's own words ignored.
 */
const LEGAL_FORMS = new Set([
  'SAS',
  'SASU',
  'SARL',
  'EURL',
  'SA',
  'SNC',
  'SCI',
  'SCOP',
  'SCP',
  'SELARL',
  'SELAS',
  'EI',
  'EIRL',
  'SCM',
  'GIE',
  'ASSOCIATION',
  'ASSO',
  'LTD',
  'LIMITED',
  'PLC',
  'LLP',
  'LLC',
  'INC',
  'CORP',
  'CO',
  'GMBH',
  'AG',
  'KG',
  'UG',
  'OHG',
  'EV',
  'BV',
  'NV',
  'SRL',
  'SPA',
  'SL',
  'SLU',
  'BVBA',
  'SPRL',
  'STE',
  'SOCIETE',
  'ETS',
  'ETABLISSEMENTS',
  'CIE',
  'ET',
  'DE',
  'DU',
  'DES',
  'LA',
  'LE',
  'LES',
  'THE',
  'AND',
  'M',
  'MR',
  'MME',
  'MLLE',
  'MRS',
  'MS',
]);
/** Words banks put before the payer's name in a label. */
const BANK_WORDS = new Set([
  'VIR',
  'VIREMENT',
  'VRT',
  'SEPA',
  'RECU',
  'INST',
  'INSTANTANE',
  'EMIS',
  'CREDIT',
  'DE',
  'FROM',
  'TRANSFER',
  'PRLV',
  'REMISE',
  'CHQ',
  'CHEQUE',
  'REF',
  'MOTIF',
  'ORDRE',
  'DONNEUR',
  'NOM',
  'PAR',
  'BY',
  'IPY',
  'NPY',
]);

export function nameTokens(s: string, dropBankWords = false): string[] {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w) && !(dropBankWords && BANK_WORDS.has(w)));
}

export const normName = (s: string) => nameTokens(s).join(' ');

/**
 * The payer's part of a bank label, to quote in a reason: "VIR SEPA RECU /DE BOULANGERIE
 * MARTIN /MOTIF FACT 2026 014" → "BOULANGERIE MARTIN"; "VIR BOULANGERIE MARTIN" →
 * "BOULANGERIE MARTIN"; "DE: Garage Dupuis MOTIF: …" → "Garage Dupuis". The whole label
 * when no part is recognisable.
 */
export function payerPart(label: string): string {
  const s = label.trim();
  const found =
    /\/(?:DE|FROM|DO|NOM)\s*:?\s*([^/]+?)\s*(?:\/|$)/i.exec(s)?.[1] ??
    /(?:^|\s)(?:DE|FROM|DONNEUR D'ORDRE|EMETTEUR)\s*:\s*(.+?)(?=\s+(?:MOTIF|REF|REFERENCE|LIB|LIBELLE|INFO)\b|\s*[/—]|$)/i.exec(
      s,
    )?.[1] ??
    /^(?:VIR(?:EMENT)?|VRT)(?:\s+SEPA)?(?:\s+(?:RECU|INST(?:ANTANE)?))?(?:\s+(?:DE|FROM))?\s+(?![/:])(.+?)(?=\s*[/—]|$)/i.exec(
      s,
    )?.[1];
  const name = found?.trim();
  // A part that is only bank words ("VIR SEPA RECU") names no one.
  return name && nameTokens(name, true).length ? name : s;
}
