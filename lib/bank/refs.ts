/**
 * Invoice numbers in remittance text, the way people type them back: "F-2026-014",
 * "F2026014", "FACT 2026 014", "Facture n° 2026/014", or inside an RF creditor
 * reference ("RF18F2026014"). An invoice is known by the digits of its number (its
 * core); the text's runs of digit groups give every core they can spell. A short core
 * (under 5 digits, "F-017") must come with the number's own letters ("F017"), so
 * that a bare "017" in a label never points at an invoice.
 */
export const coreOf = (number: string): string => number.replace(/\D+/g, '');
export const compact = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
export const SHORT_CORE = 5;

/** Every digit string the text can spell from contiguous digit groups. */
export function textCores(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[ \-_/.]{1,3}\d+)*/g)) {
    const groups = m[0].split(/[ \-_/.]+/).slice(0, 8);
    for (let i = 0; i < groups.length; i++) {
      let s = '';
      for (let j = i; j < groups.length; j++) {
        s += groups[j];
        if (s.length >= 3) out.add(s);
      }
    }
  }
  return out;
}

/** A short core counts only where the number's letters and digits stand together. */
export function shortCoreHere(number: string, compactText: string): boolean {
  const n = compact(number);
  let i = compactText.indexOf(n);
  while (i >= 0) {
    const after = compactText[i + n.length];
    const before = compactText[i - 1];
    if (
      (after === undefined || !/\d/.test(after)) &&
      (before === undefined || !/[0-9]/.test(before) || /^[A-Z]/.test(n))
    )
      return true;
    i = compactText.indexOf(n, i + 1);
  }
  return false;
}
