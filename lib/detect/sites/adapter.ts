import {
  emptyDetected,
  finalizeConfidence,
  type DetectedInvoice,
  fieldName,
} from '../invoice-reading';
import { parseNumber } from '../invoice-number';
import { statusWord } from '../labels';
import { cellText } from '../invoice-list';
import { parseAmount, type ParsedAmount } from '../parse-amount';
import { parseDate } from '../parse-date';
import { type Text } from '../../model/text';
import { catalogText } from '../../i18n/text';

/**
 * A site adapter reads one invoicing app's own pages with that app's selectors
 * (selectors.ts, dated), where the generic reader would have to guess from labels.
 * Self-hosted apps live on any domain, so an adapter recognises its pages by their
 * markup (`pageMatches`); its URL detectors (detect.ts) say when a page should have been
 * the app's, so that markup drift is reported instead of passing silently.
 */
export interface SiteContext {
  lang?: string;
  url?: URL;
}

export interface SiteAdapter {
  /** The app's name as users know it. */
  app: string;
  /** Where and when the selectors' facts were learned. */
  seen: string;
  /** Pages of this app by address (each detector lists its examples in detect.ts). */
  urlMatches(url: URL): boolean;
  /** This page is the app's: its own markup is there. */
  pageMatches(doc: Document): boolean;
  /**
   * Selectors one of which every page `pageMatches` takes matches (elements it requires), each a
   * single selector, no list: a selector list misses the DOM's fast paths and costs a match of
   * every element against every selector. On a page with none of any adapter's signatures no
   * adapter is asked. Built from the same selectors as `pageMatches`.
   */
  signatures: readonly string[];
  /** Reads the invoices; throws SelectorMissError when a selector it needs finds nothing. */
  read(doc: Document, ctx: SiteContext): DetectedInvoice[];
  /**
   * The app's page of what the user OWES (supplier bills): nothing to chase, and no other
   * reader may take it for invoices to clients. Says why, or null.
   */
  payables?(doc: Document, ctx: SiteContext): Text | null;
}

export class SelectorMissError extends Error {
  constructor(
    readonly app: string,
    readonly what: string,
    readonly selector: string,
  ) {
    super(`${app}: no element for ${what} (selector "${selector}")`);
    this.name = 'SelectorMissError';
  }
}

/** The element a selector must find; a miss throws, naming the selector. */
export function need<E extends Element = Element>(
  root: ParentNode,
  selector: string,
  app: string,
  what: string,
): E {
  const el = root.querySelector<E>(selector);
  if (!el) throw new SelectorMissError(app, what, selector);
  return el;
}

export function textOf(el: Element | null | undefined): string {
  return el ? cellText(el) : '';
}

/** A detected invoice being filled field by field, each with where it was found. */
export class Reading {
  readonly d: DetectedInvoice = emptyDetected();
  constructor(
    readonly app: string,
    readonly lang: string | undefined,
  ) {}

  number(text: string, where: string): boolean {
    const n = parseNumber(text);
    if (!n) return false;
    this.d.invoiceNumber = n;
    this.d.fields.invoiceNumber = { confidence: 0.97, where: `${this.app}: ${where}` };
    return true;
  }

  date(field: 'issueDate' | 'dueDate', text: string, where: string): void {
    const p = text ? parseDate(text, { lang: this.lang }) : null;
    if (!p) {
      if (text) this.d.warnings.push(catalogText('sitesAdapterIsNotDate', this.app, text, where));
      return;
    }
    this.d[field] = p.date;
    this.d.fields[field] = {
      confidence: Math.min(0.97, p.confidence),
      where: `${this.app}: ${where}`,
    };
    if (p.ambiguous)
      this.d.warnings.push(
        catalogText(
          'sitesAdapterCouldBeOrPlease',
          this.d.invoiceNumber ?? this.app,
          fieldName(field),
          p.raw,
          p.date,
          p.alternative,
        ),
      );
    if (field === 'dueDate') this.d.dueDateSource = 'label';
  }

  amount(
    field: 'totalWithTax' | 'amountDue' | 'paid',
    text: string,
    where: string,
    confidence = 0.95,
  ): ParsedAmount | null {
    const a = text
      ? parseAmount(text, { lang: this.lang, currency: this.d.currency ?? undefined })
      : null;
    if (!a) return null;
    if (a.currency && this.d.currency && a.currency !== this.d.currency) {
      this.d.warnings.push(
        catalogText('sitesAdapterIsInOtherAmounts', this.app, where, a.currency, this.d.currency),
      );
      return null;
    }
    this.d.currency ??= a.currency;
    this.d[field] = Math.abs(a.minor);
    this.d.fields[field] = {
      confidence: Math.min(confidence, a.confidence),
      where: `${this.app}: ${where}`,
    };
    if (a.ambiguous)
      this.d.warnings.push(
        catalogText('sitesAdapterAmountIsAmbiguousPlease', this.d.invoiceNumber ?? this.app, a.raw),
      );
    return a;
  }

  party(field: 'buyerName' | 'sellerName', text: string, where: string): void {
    const t = text.trim();
    if (!t || t.length > 200) return;
    this.d[field] = t;
    this.d.fields[field] = { confidence: 0.9, where: `${this.app}: ${where}` };
  }

  status(text: string): void {
    this.d.status = statusWord(text) ?? this.d.status;
  }

  done(): DetectedInvoice {
    const d = this.d;
    if (!d.dueDate && !d.dueDateNote) d.dueDateNote = `${this.app} shows no due date on this page`;
    if (d.amountDue === null && d.status === 'paid') {
      d.amountDue = 0;
      d.fields.amountDue = { confidence: 0.85, where: `${this.app}: status "paid"` };
    }
    if (d.amountDue === null && d.totalWithTax !== null && d.status !== 'partially-paid') {
      d.amountDue = d.totalWithTax - (d.paid ?? 0);
      d.fields.amountDue = {
        confidence: (d.fields.totalWithTax?.confidence ?? 0.9) * 0.85,
        where: d.fields.totalWithTax?.where ?? this.app,
      };
    }
    return finalizeConfidence(d);
  }
}

/** The index of each column of a header row whose cell matches one of the selectors. */
export function columnsBySelector<K extends string>(
  headers: Element[],
  selectors: Record<K, string>,
): Map<K, number> {
  const out = new Map<K, number>();
  for (const [key, selector] of Object.entries(selectors) as [K, string][]) {
    const i = headers.findIndex((h) => h.matches(selector) || !!h.querySelector(selector));
    if (i >= 0) out.set(key, i);
  }
  return out;
}
