import * as v from 'valibot';
import type { DetectedInvoice } from '../detect/invoice-reading';
import { fieldName } from '../detect/invoice-reading';
import { cleanText, isEmail, MAX } from '../model/fields';
import type { Text } from '../model/text';
import { issueText } from './file-format';
import { catalogText } from '../i18n/text';

/**
 * What a source saw, made fit for the ledger before anything is stored: control and
 * bidi characters removed from every text (a CSV, a JSON-LD page or a file are data),
 * an address that is not one kept out of `emails` with a warning, and values longer
 * than the ledger keeps refused here, with the reason, instead of being stored and
 * then refused when the backup is restored.
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = cleanDeep(x);
    return out as T;
  }
  return value;
}

export interface IngestResult {
  detected: DetectedInvoice;
  /** Why it cannot be recorded, when it cannot. */
  refused?: Text;
  warnings: Text[];
}

export function ingestDetected(raw: DetectedInvoice): IngestResult {
  const d = cleanDeep(raw);
  const warnings: Text[] = [];
  const num = d.invoiceNumber?.trim() ?? null;
  d.invoiceNumber = num || null;
  if (num && num.length > MAX.invoiceNumber) {
    return {
      detected: d,
      warnings,
      refused: catalogText(
        'ledgerIngestInvoiceNumberOfCharacters',
        num.length,
        MAX.invoiceNumber,
        num.slice(0, 40),
      ),
    };
  }
  if (d.buyerEmail !== null) {
    const address = d.buyerEmail.trim();
    if (!isEmail(address)) {
      warnings.push(catalogText('ledgerIngestIsNotValidMail', address.slice(0, 80)));
      d.buyerEmail = null;
    } else d.buyerEmail = address.toLowerCase();
  }
  for (const [key, max] of [
    ['buyerName', MAX.name],
    ['sellerName', MAX.name],
    ['paymentTerms', MAX.terms],
  ] as const) {
    const value = d[key];
    if (value && value.length > max) {
      const name = fieldName(key);
      return {
        detected: d,
        warnings,
        refused: catalogText('ledgerIngestOfCharactersAtMost', name, value.length, max),
      };
    }
  }
  return { detected: d, warnings };
}

/** Why a record does not fit the ledger's schema, in both languages (the first few issues). */
export function schemaProblem(schema: v.GenericSchema, record: unknown): Text | null {
  const r = checked(schema, record);
  return r.ok ? null : r.problem;
}

/** A record as the ledger's schema makes it (cleaned, normalised), or why it does not fit. */
export function checked<T>(
  schema: v.GenericSchema<unknown, T>,
  record: unknown,
): { ok: true; value: T } | { ok: false; problem: Text } {
  const r = v.safeParse(schema, record);
  if (r.success) return { ok: true, value: r.output };
  return { ok: false, problem: describe(r.issues) };
}

function describe(issues: readonly v.BaseIssue<unknown>[]): Text {
  const r = { issues };
  const parts = r.issues.slice(0, 3).map((i) => {
    const t = issueText(i);
    const path = i.path?.map((p) => String(p.key)).join('.') ?? '';
    return path ? catalogText('prefixed', path, t) : t;
  });
  return catalogText('textList', parts);
}
