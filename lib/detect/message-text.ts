import { emptyDetected, finalizeConfidence, type DetectedInvoice } from './invoice-reading';
import { findAmounts, parseAmount } from './parse-amount';
import { parseDate } from './parse-date';
import { dueDateFromTerms } from './payment-terms';
import { normalize } from './labels';
import { addDays, type CalendarDate } from '../model/dates';
import { catalogText } from '../i18n/text';

/**
 * The invoice a message announces, from its plain text: "Veuillez trouver ci-joint la
 * facture n° F-2026-014 d'un montant de 1 200,00 € TTC, payable avant le 15/12/2026".
 * Used for sent e-mails and for the text of PDFs. Precision first: a value is taken
 * only when a cue word stands right before it.
 */
export interface TextOptions {
  lang?: string;
  /** A piece of a document (a line of a PDF): what it says, even without a number or amount. */
  partial?: boolean;
  /** The day the e-mail was sent: lateness ("14 days past due") counts back from it. */
  mailDate?: CalendarDate | null;
}

/**
 * Lateness, not payment terms: "14 days past due", "overdue by 14 days", "en retard de
 * 12 jours", "12 jours de retard", "seit 10 Tagen überfällig"… (on the folded text).
 */
const LATENESS: RegExp[] = [
  /\b(\d{1,3})\s*(?:calendar\s+|business\s+)?days?\s+(?:past\s+due|overdue|late|behind|past\s+the\s+due\s+date|after\s+the\s+due\s+date)/g,
  /\b(?:overdue|late|past\s+due)\s+(?:by|for)\s+(\d{1,3})\s*days?/g,
  /\ben\s+retard\s+de\s+(\d{1,3})\s*jours?/g,
  /\b(\d{1,3})\s*jours?\s+de\s+retard/g,
  /\b(?:echue|impayee|en\s+souffrance)\s+depuis\s+(\d{1,3})\s*jours?/g,
  /\b(\d{1,3})\s*jours?\s+apres\s+(?:l'|la\s+date\s+d')echeance/g,
  /\b(?:seit\s+)?(\d{1,3})\s*tagen?\s+(?:uberfallig|im\s+verzug|in\s+verzug)/g,
  /\b(\d{1,3})\s*dias\s+de\s+retraso/g,
  /\bvencida\s+(?:hace|desde\s+hace)\s+(\d{1,3})\s*dias/g,
  /\b(\d{1,3})\s*giorni\s+di\s+ritardo/g,
  /\bscadut[ao]\s+da\s+(\d{1,3})\s*giorni/g,
  /\b(\d{1,3})\s*dagen\s+(?:te\s+laat|achterstallig|over\s+de\s+vervaldatum)/g,
];

function lateness(folded: string): { days: number; start: number; end: number; text: string }[] {
  const out: { days: number; start: number; end: number; text: string }[] = [];
  for (const re of LATENESS)
    for (const m of folded.matchAll(re))
      out.push({ days: Number(m[1]), start: m.index, end: m.index + m[0].length, text: m[0] });
  return out.sort((a, b) => a.start - b.start);
}

const LEGAL_FORM =
  /(?:^|\s|,)(?:ltd\.?|limited|llc|l\.l\.c\.|inc\.?|corp\.?|corporation|gmbh|ag|kg|ug|sarl|s\.a\.r\.l\.|sas|sasu|eurl|snc|sci|scop|sa|s\.a\.|bv|b\.v\.|nv|n\.v\.|srl|s\.r\.l\.|spa|s\.p\.a\.|s\.l\.|sl|plc|pty|oy|ab|as|aps|co\.?|& co\.?|company)$/i;
const COMPANY_WORD =
  /^(?:soci[ée]t[ée]|st[ée]|ets|[ée]tablissements|cabinet|agence|atelier|groupe|company|the\s+\S+\s+company|firma|empresa|ditta|bedrijf)(?=\s|$)/iu;

/** A company's name as people write it in a greeting or a signature ("XYZ Ltd.", "Société X"). */
function companyName(text: string): string | null {
  const t = text
    .trim()
    .replace(/[,;:!]+$/, '')
    .trim();
  if (t.length < 2 || t.length > 80 || /@|https?:|\d{4,}/.test(t)) return null;
  return LEGAL_FORM.test(t) || COMPANY_WORD.test(t) ? t : null;
}

const GREETING =
  /^(?:dear|hello|hi|good\s+(?:morning|afternoon)|bonjour|bonsoir|cher|ch[èe]re|chers|ch[èe]res|madame|monsieur|sehr\s+geehrte[rs]?|hallo|guten\s+tag|liebe[rs]?|estimad[oa]s?|hola|buenos\s+d[ií]as|gentile|gentili|spettabile|egregio|buongiorno|beste|geachte|goedendag)\s+(.{2,80}?)\s*[,!:]?\s*$/i;
const CLOSING =
  /^(?:cordialement|bien\s+cordialement|bien\s+[àa]\s+vous|salutations|sinc[èe]res\s+salutations|best\s+regards|kind\s+regards|warm\s+regards|regards|sincerely|yours\s+sincerely|yours\s+faithfully|best|thanks|thank\s+you|merci|mit\s+freundlichen\s+gr[üu](?:ß|ss)en|viele\s+gr[üu](?:ß|ss)e|saludos|atentamente|cordiali\s+saluti|distinti\s+saluti|met\s+vriendelijke\s+groet(?:en)?)\b[\s,.!]*$/i;
/** The sender says it is the one paying: its signature names the buyer. */
const PAYER_SPEAKS =
  /\b(?:we\s+will\s+pay|we'll\s+pay|we\s+have\s+paid|we\s+paid|payment\s+(?:has\s+been|was)\s+(?:made|sent)|our\s+accounts?\s+(?:payable\s+)?(?:team|department)|nous\s+(?:allons\s+)?r[ée]gler|nous\s+r[ée]glerons|nous\s+avons\s+r[ée]gl[ée]|nous\s+avons\s+pay[ée]|virement\s+(?:a\s+[ée]t[ée]\s+)?effectu[ée]|notre\s+service\s+comptab)/i;

/** Buyer from the greeting ("Dear XYZ Ltd.,"), and from the signature when the payer writes. */
function parties(text: string): { buyer: string | null; seller: string | null; where: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let buyer: string | null = null;
  let where = '';
  for (const line of lines.filter(Boolean).slice(0, 6)) {
    const m = GREETING.exec(line);
    if (!m) continue;
    const name = companyName(
      m[1]!.replace(
        /^(?:mr\.?|mrs\.?|ms\.?|m\.|mme|monsieur|madame|herr|frau|sr\.?|sra\.?|sig\.?|dott\.?)\s+/i,
        '',
      ),
    );
    if (name) {
      buyer = name;
      where = 'greeting';
    }
    break;
  }
  let signature: string | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!CLOSING.test(lines[i]!)) continue;
    for (const l of lines.slice(i + 1, i + 6)) {
      const name = companyName(l.replace(/^[-–—]\s*/, ''));
      if (name) {
        signature = name;
        break;
      }
    }
    break;
  }
  if (signature && !buyer && PAYER_SPEAKS.test(text))
    return { buyer: signature, seller: null, where: 'signature' };
  return { buyer, seller: signature, where };
}

const NUMBER_RE =
  /\b(?:facture|invoice|rechnung|factura|fattura|factuur|avoir|credit note)\s*(?:n\s*[°º]|no\.?|nr\.?|num(?:ero|ber)?\.?|#|n\.?º?)?\s*[:\-]?\s*([A-Z]{0,6}[-_/.]?[A-Z0-9]*\d[A-Z0-9\-_/.]*)/giu;

const DUE_CUES = [
  'payable avant le',
  'a payer avant le',
  'a regler avant le',
  'a regler le',
  'payable le',
  "date d'echeance",
  'echeance',
  'au plus tard le',
  'exigible le',
  'avant le',
  'due date',
  'payment due',
  'due on',
  'due by',
  'payable by',
  'pay by',
  'remit by',
  'remit until',
  'payable until',
  'pay until',
  'before',
  'due',
  'fallig am',
  'zahlbar bis',
  'fecha de vencimiento',
  'vencimiento',
  'scadenza',
  'vervaldatum',
  'te betalen voor',
];
const AMOUNT_CUES = [
  "d'un montant de",
  'montant de',
  'montant',
  'net a payer',
  'reste a payer',
  'solde du',
  'total ttc',
  'montant ttc',
  'total',
  'amount due',
  'balance due',
  'amount of',
  'total due',
  'for a total of',
  'totaling',
  'amount',
  'betrag',
  'importe',
  'importo',
  'bedrag',
  'pour',
  'for',
  'of',
  'de',
  'von',
  'di',
  'van',
];
const ISSUE_CUES = [
  'date de facture',
  'emise le',
  'en date du',
  'du',
  'invoice date',
  'dated',
  'issued on',
  'issued at',
  'dated on',
  'vom',
  'del',
];

/** Lower case without accents, one UTF-16 unit per unit of the input, so positions match. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const base =
      c.charCodeAt(0) < 128
        ? c.toLowerCase()
        : ((c.normalize('NFD')[0] ?? c).toLowerCase()[0] ?? c);
    out += base === '’' || base === '‘' ? "'" : base;
  }
  return out;
}

function afterCue(
  orig: string,
  folded: string,
  cues: string[],
  span: number,
): { text: string; cue: string; at: number }[] {
  const out: { text: string; cue: string; at: number }[] = [];
  for (const cue of cues) {
    let from = 0;
    for (;;) {
      const i = folded.indexOf(cue, from);
      if (i < 0) break;
      from = i + cue.length;
      const before = folded[i - 1];
      const after = folded[i + cue.length];
      if ((before && /[a-z]/.test(before)) || (after && /[a-z]/.test(after))) continue;
      out.push({
        text: orig.slice(i + cue.length, i + cue.length + span).replace(/^\s*[:\-–]?\s*/, ''),
        cue,
        at: i,
      });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export function findInvoiceInText(text: string, opts: TextOptions = {}): DetectedInvoice | null {
  if (!text) return null;
  const body = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const nfc = body.normalize('NFC');
  const folded = fold(nfc);
  const orig = nfc;
  const d = emptyDetected();

  for (const m of orig.matchAll(NUMBER_RE)) {
    const value = m[1]!.replace(/[.,;:]+$/, '');
    if (value.length >= 2 && /\d/.test(value) && !/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)) {
      d.invoiceNumber = value;
      d.fields.invoiceNumber = {
        confidence: /^[A-Z]/i.test(value) || value.length >= 4 ? 0.85 : 0.6,
        where: `text "${m[0].slice(0, 40)}"`,
      };
      if (/^(avoir|credit note)/i.test(m[0])) d.isCreditNote = true;
      break;
    }
  }

  for (const hit of afterCue(orig, folded, DUE_CUES, 40)) {
    const p = parseDate(hit.text.slice(0, 32).split(/\n| et | and /)[0]!, opts);
    if (p && hit.text.indexOf(p.raw.slice(0, 2)) <= 4) {
      d.dueDate = p.date;
      d.dueDateSource = 'label';
      d.fields.dueDate = { confidence: Math.min(p.confidence, 0.9), where: `after "${hit.cue}"` };
      if (p.ambiguous)
        d.warnings.push(
          catalogText('detectMessageTextDueDateCouldBe', p.raw, p.date, p.alternative),
        );
      break;
    }
  }
  for (const hit of afterCue(orig, folded, ISSUE_CUES, 30)) {
    const p = parseDate(hit.text.split(/[,;\n]/)[0]!, opts);
    if (p && p.date !== d.dueDate) {
      d.issueDate = p.date;
      d.fields.issueDate = { confidence: Math.min(p.confidence, 0.8), where: `after "${hit.cue}"` };
      break;
    }
  }
  for (const hit of afterCue(orig, folded, AMOUNT_CUES, 40)) {
    const candidates = findAmounts(hit.text, { lang: opts.lang });
    const a =
      candidates[0] ??
      parseAmount(hit.text.split(/\s(?:ttc|ht|tva|vat|incl|excl)\b/i)[0]!, { lang: opts.lang });
    if (a && a.currency && a.minor > 0 && hit.text.indexOf(a.raw) <= 3) {
      d.currency = a.currency;
      d.totalWithTax = a.minor;
      d.amountDue = a.minor;
      d.fields.amountDue = {
        confidence: Math.min(a.confidence, 0.85),
        where: `after "${hit.cue}"`,
      };
      d.fields.totalWithTax = d.fields.amountDue;
      if (a.ambiguous)
        d.warnings.push(catalogText('detectMessageTextAmountIsAmbiguousPlease', a.raw));
      if (a.currency === 'USD' && /\$/.test(a.raw) && !/US\$|\bUSD\b/i.test(a.raw)) {
        // "$" alone is also the Canadian, Australian, New Zealand dollar, the Mexican peso…
        d.fields.amountDue = {
          ...d.fields.amountDue,
          confidence: Math.min(d.fields.amountDue.confidence, 0.6),
        };
        d.fields.totalWithTax = d.fields.amountDue;
        d.warnings.push(catalogText('detectMessageTextAmountReadAsUs', a.raw));
      }
      break;
    }
  }
  const late = lateness(folded);
  if (late.length) d.status = 'overdue';
  if (!d.dueDate) {
    const termsRe =
      /(?:net\s*\d{1,3}|\d{1,3}\s*(?:jours|days|tage|tagen|dias|giorni|dagen)(?:\s+fin\s+de\s+mois|\s+end\s+of\s+month)?)/gi;
    // "14 days past due" is how late the invoice is, not its payment terms.
    const terms =
      [...orig.matchAll(termsRe)].find(
        (m) => !late.some((l) => m.index < l.end && m.index + m[0].length > l.start),
      ) ?? null;
    const lateBy = late[0];
    if (!terms && lateBy && opts.mailDate) {
      d.dueDate = addDays(opts.mailDate, -lateBy.days);
      d.dueDateSource = 'terms';
      d.dueDateNote = `derived from "${lateBy.text}" counted back from the e-mail's date ${opts.mailDate}`;
      d.fields.dueDate = {
        confidence: 0.4,
        where: `lateness "${lateBy.text}" and the e-mail's date`,
      };
      d.warnings.push(
        catalogText(
          'detectMessageTextDueDateDerivedFrom',
          orig.slice(lateBy.start, lateBy.end),
          opts.mailDate,
          d.dueDate,
        ),
      );
    }
    if (terms) {
      const derived = dueDateFromTerms(terms[0], d.issueDate, opts.lang);
      d.paymentTerms = terms[0];
      if (derived) {
        d.dueDate = derived.dueDate;
        d.dueDateSource = 'terms';
        d.dueDateNote = derived.note.en;
        d.fields.dueDate = { confidence: 0.5, where: 'payment terms in the text' };
        d.warnings.push(catalogText('detectMessageTextDueDatePleaseConfirm', derived.note));
      }
    }
  }
  if (!d.invoiceNumber && !d.amountDue && !(opts.partial && (d.dueDate || d.issueDate)))
    return null;
  if (!opts.partial) {
    const who = parties(orig);
    if (who.buyer) {
      d.buyerName = who.buyer;
      d.fields.buyerName = { confidence: 0.7, where: who.where };
    }
    if (who.seller) d.sellerName = who.seller;
  }
  if (
    /\b(pay[ée]e?|paid|r[ée]gl[ée]e?)\b/i.test(normalize(orig)) &&
    /\b(merci|thank you|thanks)\b/i.test(orig) &&
    /\b(re[çc]u|received)\b/i.test(orig)
  )
    d.status = 'paid';
  return finalizeConfidence(d);
}

/** Attachment names that look like invoices ("Facture_F-2026-014.pdf"). */
export function invoiceAttachments(names: string[]): string[] {
  return names.filter(
    (n) =>
      /(factur|invoice|rechnung|fattura|factuur|\bfac[_-]|\binv[_-])/i.test(n) ||
      /\.(pdf|xml)$/i.test(n),
  );
}
