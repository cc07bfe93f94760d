import { labelField } from './labels';
import { parseAmount } from './parse-amount';
import { parseDate } from './parse-date';

/**
 * Seller and buyer from a document's blocks: the name is the block's first line that is
 * a name (not a label, an amount, a date, an address line, a phone number or an e-mail),
 * and the legal ids next to it (SIREN/SIRET, VAT numbers, company numbers) are kept.
 */

// Legal ids by their labels, as French, EU and UK documents print them.
const ID_PATTERNS: RegExp[] = [
  // "SIRET/SIREN: 912…" (Invoicerr's French "legalId" label, frontend/src/locales/fr/translation.json @ 0e5804fe).
  /\bSIRE[TN](?:\s*\/\s*SIRE[TN])?\s*(?:n[°º]\s*)?[:.]?\s*(\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{5})\b/gi,
  /\bSIREN(?:\s*\/\s*SIRET)?\s*(?:n[°º]\s*)?[:.]?\s*(\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})\b/gi,
  /\bRCS\s+[A-Za-zÀ-ÿ' -]{2,30}?\s+([AB]?[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})\b/g,
  // A VAT-shaped id after its label; "ID fiscal" / "Tax ID" as Lago's invoice.yml (fr, en) print the
  // customer's and the organisation's tax_identification_number (getlago/lago-api @ 1b1c24a);
  // "Tax Id" / "Id Taxe" as OS POS prints its Sales.tax_id (opensourcepos @ 9ee530e4, en and fr).
  // FOSSBilling's "Company VAT" is "TVA Entreprise" (FOSSBilling/locale fr_FR messages.po @ fa626e59).
  /\b(?:Id\s+[Tt]axe|TVA(?:\s+intra(?:communautaire|com\.?)?|\s+[Ee]ntreprise)?|N[°º]\s*(?:de\s+)?TVA(?:\s+intra(?:communautaire)?)?|VAT(?:[\s-]+(?:ID|No\.?|Number|Reg(?:istration)?\.?(?:\s*No\.?)?))?|ID\s+de\s+TVA|ID\s+fiscal|Identifiant\s+fiscal|Num[ée]ro\s+fiscal|[Tt]ax\s+(?:[Ii]dentification\s+)?(?:[Nn]o\.?|[Nn]umber|I[Dd])|USt-?Id(?:Nr)?\.?|UID|BTW(?:-?nummer)?|P\.\s?IVA|Partita\s+IVA|CIF|NIF|N\.?I\.?F\.?)\s*[:#.]?\s*(?:n[°º]\s*)?([A-Z]{2}[ \u00a0]?[0-9A-Z]{2}(?:[ \u00a0]?[0-9A-Z]){6,12})\b/g,
  /\b(?:Company\s+(?:No\.?|Number|Reg(?:istration)?\.?\s*No\.?)|Registration\s+No\.?|Reg\.\s*No\.?|Registered\s+(?:in\s+England(?:\s+and\s+Wales)?\s+)?(?:No\.?|number)|KvK(?:-nummer)?|HRB|HRA)\s*[:#.]?\s*(\d[\d \u00a0]{4,10}\d|\d{5,10})\b/gi,
];

/**
 * A French VAT number alone on its line, with no label (Open Source Billing's
 * _client_contact_info.html.erb prints client.vat_number bare under the address): taken only
 * when its key checks, FR + key + SIREN with key = (12 + 3 × (SIREN mod 97)) mod 97.
 */
const BARE_FR_VAT =
  /^[ \u00a0]*FR[ \u00a0]?(\d{2})[ \u00a0]?(\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3})[ \u00a0]*$/gm;

/**
 * A SIRET given as the "tax number": Shopware's fr-FR document.taxNumber "Numéro d'impôt : %taxNumber%"
 * (SwagLanguagePack @ 1711b01c) and "Tax no:" print whatever number the shop set, which a French shop
 * fills with its SIRET. Taken only when it has 14 digits and its Luhn key checks.
 */
const TAX_NUMBER_SIRET =
  /\b(?:num[ée]ro\s+d['’]imp[ôo]ts?|tax\s+no\.?)\s*[:.]?\s*(\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{5})\b/gi;
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export function legalIds(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TAX_NUMBER_SIRET)) {
    const id = m[1]!.replace(/\D/g, '');
    if (luhn(id) && !out.includes(id)) out.push(id);
  }
  for (const re of ID_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const id = m[1]!.replace(/[\s\u00a0]+/g, '').toUpperCase();
      if (!out.includes(id)) out.push(id);
    }
  }
  for (const m of text.matchAll(BARE_FR_VAT)) {
    const siren = Number(m[2]!.replace(/\D/g, ''));
    if (Number(m[1]) !== (12 + 3 * (siren % 97)) % 97) continue;
    const id = `FR${m[1]}${m[2]!.replace(/\D/g, '')}`;
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

const EMAIL = /\S+@\S+\.\S+/;
/** An e-mail address inside a line ("Email: compta@bois-co.example", "<megan@example.com>"). */
const EMAIL_IN =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * The one e-mail address a party's block holds (WooCommerce PDF Invoices' div.billing-email
 * under the billing address, an "Email:" line under a "Bill to" name): none when it holds
 * none or several, since which one is the party's own could not be told.
 */
export function emailOfBlock(lines: string[]): string | null {
  const found = new Set<string>();
  for (const l of lines) for (const m of l.matchAll(EMAIL_IN)) found.add(m[0].toLowerCase());
  return found.size === 1 ? [...found][0]! : null;
}
const PHONE = /^(?:t[ée]l\.?|phone|tel\.?|fax|mobile|☎)?\s*[:.]?\s*\+?[\d\s().\-/]{7,}$/i;
const URL_LIKE = /^(?:https?:\/\/|www\.)\S+$/i;
/** A street line or a postcode + town: an address, not a name. */
const ADDRESS =
  /^\d+[\s,]*(?:bis|ter)?[\s,]*(?:rue|avenue|av\.|bd|boulevard|place|chemin|allée|impasse|route|quai|cours|street|st\.?|road|rd\.?|lane|ave\.?|way|drive|straße|strasse|str\.|weg|calle|via|straat|laan)\b|^(?:rue|avenue|boulevard|place|chemin|allée|impasse|route|quai)\s|^\d{4,5}\s+\p{L}|^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b(?:suite|apt\.?|floor|bp|cs|cedex)\s*\d/iu;
/** An English street line with words before the street type ("518 Massachusetts Street", "88 Ocean Avenue"). */
const STREET =
  /^\d+[A-Za-z]?\s+(?:[\p{L}.'-]+\s+){1,3}(?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|drive|dr\.?|lane|ln\.?|way|court|ct\.?|place|pl\.?|parkway|pkwy\.?|highway|hwy\.?|terrace|square|sq\.?)(?:\s+(?:N|S|E|W|NE|NW|SE|SW))?(?:[\s,].*)?$/iu;
const ID_WORD =
  /\b(?:SIRE[NT]|RCS|TVA|VAT|Tax\s+ID|ID\s+fiscal|USt|BTW|IVA|CIF|NIF|IBAN|BIC|SWIFT|capital|KvK|HRB)\b/i;

/**
 * A courtesy line is no party's name: Open Source Billing prints its "invoice header text"
 * setting above the company block (_show_invoice.erb), often "Thank you for your business".
 */
const COURTESY =
  /\b(?:thank\s+you|thanks|merci|vielen\s+dank|danke|gracias|grazie|bedankt|dank\s+u)\b/i;

/** A line that can be a company's or a person's name. */
export function isNameLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 80 || !/\p{L}/u.test(t)) return false;
  if (
    EMAIL.test(t) ||
    PHONE.test(t) ||
    URL_LIKE.test(t) ||
    ADDRESS.test(t) ||
    STREET.test(t) ||
    ID_WORD.test(t) ||
    COURTESY.test(t)
  )
    return false;
  if (labelField(t) || labelField(t.replace(/[:：]\s*$/, ''))) return false;
  if (parseAmount(t) || parseDate(t)) return false;
  // A whole postal address on one line, "name street - postcode town - country": the sender's return
  // line above a window envelope's address (Shopware's documents/includes/letter_header.html.twig prints
  // "companyName companyAddress" there, shopware/shopware @ cfc087db), not a name.
  if (
    t
      .split(/\s+[-–|·]\s+/)
      .slice(1)
      .some((part) => isAddressLine(part))
  )
    return false;
  return true;
}

/** The name a block's lines start with (the label line already removed), or null. */
/** A company's legal form at the end of its name ("Grant & Hale Interiors Ltd", "Atelier Lumière SARL"). */
export const LEGAL_FORM =
  /\s(?:Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Co\.|PLC|LLP|SARL|SAS|SASU|EURL|SCI|SCOP|GmbH|AG|B\.?V\.?|N\.?V\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|S\.?L\.?)$/;

/**
 * A field's name on its own line in a party block laid out as a list of fields (FOSSBilling's client
 * area: dt "Name" / "Nom", dd the value; "Company" / "Société", "Address" / "Adresse"…): never the name.
 */
const FIELD_NAME =
  /^(?:name|nom|full name|nom complet|company|company name|soci[ée]t[ée]|entreprise|raison sociale|address|adresse|phone|t[ée]l[ée]phone|e-?mail|courriel|vat|tva|contact)\s*:?$/i;

/**
 * The party a block names: its first name line; a person's name over their company's (OpenCart's
 * default address format "{firstname} {lastname}\n{company}\n…") gives the company, when its name
 * ends with a legal form, since the company is the one invoiced.
 */
export function nameOfBlock(lines: string[]): string | null {
  const top = lines.filter((l) => !FIELD_NAME.test(l.trim())).slice(0, 3);
  const at = top.findIndex(isNameLine);
  if (at < 0) return null;
  const next = top[at + 1]?.trim();
  if (next && isNameLine(next) && LEGAL_FORM.test(next) && !LEGAL_FORM.test(top[at]!.trim()))
    return next;
  return top[at]!.trim();
}

/** A street line, a postcode + town, or a postcode alone ("69002", "94102" on its own line). */
export function isAddressLine(line: string): boolean {
  const t = line.trim();
  return (
    ADDRESS.test(t) || STREET.test(t) || /\b\d{4,5}\s+\p{L}{2,}/u.test(t) || /^\d{4,5}$/.test(t)
  );
}

/** A block reads as a party when a name comes with an address, an e-mail or a legal id under it. */
export function looksLikeParty(lines: string[]): boolean {
  const rest = lines.slice(1, 6);
  return rest.some(
    (l) =>
      ADDRESS.test(l.trim()) ||
      STREET.test(l.trim()) ||
      EMAIL.test(l) ||
      ID_WORD.test(l) ||
      /\b\d{4,5}\s+\p{L}{2,}/u.test(l),
  );
}
