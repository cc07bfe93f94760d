import type { Client, Lang } from '../model/client';
import { defaultJurisdiction } from '../escalation/jurisdictions';
import type { DetectedInvoice } from '../detect/invoice-reading';
import type { NewEvent } from '../model/event';
import type { Invoice, SourceRef } from '../model/invoice';

/**
 * How what a source saw becomes the ledger: invoices upserted by identity, the user's
 * edits never overwritten, disagreements kept for the user, paid and re-opened
 * invoices recorded as events. Pure functions; the repository runs them in one
 * transaction.
 */
const FREE_MAIL =
  /^(gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|aol|gmx|web|orange|wanadoo|free|sfr|laposte|proton|protonmail|bbox|numericable|neuf|libertysurf|tiscali|mail|zoho)\./i;
const LEGAL_FORMS =
  /\b(sarl|sas|sasu|sa|eurl|sci|snc|scop|ei|eirl|auto-entrepreneur|micro-entreprise|gmbh|ag|ug|kg|ltd|limited|llp|plc|inc|llc|corp|co|bv|nv|srl|spa|sl|slu)\b\.?/g;

export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' et ')
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** SIREN (9 digits) from a SIREN, SIRET or French VAT number; other ids as written, compacted. */
export function legalKey(id: string): string {
  const compact = id.replace(/[\s.-]/g, '').toUpperCase();
  const fr = /^FR[0-9A-Z]{2}(\d{9})$/.exec(compact);
  if (fr) return fr[1]!;
  if (/^\d{14}$/.test(compact)) return compact.slice(0, 9);
  return compact;
}

export interface ClientHint {
  name?: string | null;
  email?: string | null;
  legalIds?: string[];
}

/**
 * Client matching: e-mail address, legal id, normalised name, then company domain (not a
 * free-mail one) — the domain only when one client has it, and, for a hint with a name,
 * only if that name shares a word with the client's ("Boulangerie Martin et Fils" at
 * martin.example is Boulangerie Martin; "Fromagerie Petit" at an accountant's or a host's
 * shared domain is not): invoices put on the wrong client would be sent to the wrong
 * person. Indexed once, so an import of thousands of rows stays linear.
 */
export class ClientIndex {
  private byEmail = new Map<string, Client>();
  private byLegal = new Map<string, Client>();
  /** null: a domain several clients have, which says nothing about who a new address is. */
  private byDomain = new Map<string, Client | null>();
  private byName = new Map<string, Client>();
  /** Clients not yet in byName: names are normalised only when a lookup needs them. */
  private unnamed: Client[] = [];

  constructor(clients: Client[]) {
    for (const c of clients) this.add(c);
  }

  add(c: Client): void {
    this.unnamed.push(c);
    for (const e of c.emails) {
      const email = e.toLowerCase();
      if (!this.byEmail.has(email)) this.byEmail.set(email, c);
      const domain = email.split('@')[1];
      if (!domain || FREE_MAIL.test(domain)) continue;
      const known = this.byDomain.get(domain);
      if (known === undefined) this.byDomain.set(domain, c);
      else if (known && known.id !== c.id) this.byDomain.set(domain, null);
    }
    if (c.legalId && !this.byLegal.has(legalKey(c.legalId)))
      this.byLegal.set(legalKey(c.legalId), c);
  }

  private names(): Map<string, Client> {
    for (const c of this.unnamed) {
      const key = nameKey(c.name);
      if (key && !this.byName.has(key)) this.byName.set(key, c);
    }
    this.unnamed = [];
    return this.byName;
  }

  find(hint: ClientHint): Client | null {
    const email = hint.email?.toLowerCase().trim();
    if (email && this.byEmail.has(email)) return this.byEmail.get(email)!;
    for (const id of (hint.legalIds ?? []).map(legalKey))
      if (id.length >= 5 && this.byLegal.has(id)) return this.byLegal.get(id)!;
    const key = hint.name ? nameKey(hint.name) : '';
    const named = key ? this.names().get(key) : undefined;
    if (named) return named;
    const domain = email?.split('@')[1];
    const byDomain = (domain && !FREE_MAIL.test(domain) && this.byDomain.get(domain)) || null;
    return byDomain && (!key || sharesWord(key, nameKey(byDomain.name))) ? byDomain : null;
  }
}

/** Two normalised names have a word of 4 characters or more, not only digits, in common. */
function sharesWord(a: string, b: string): boolean {
  const word = (w: string) => w.length >= 4 && /[a-z]/.test(w);
  const words = new Set(b.split(' ').filter(word));
  return a.split(' ').some((w) => word(w) && words.has(w));
}

export function matchClient(clients: Client[], hint: ClientHint): Client | null {
  return new ClientIndex(clients).find(hint);
}

/**
 * An invoice's key: its number, and, when the number is already another seller's or another
 * site's invoice, a scope (see identityScope) so the two stay two invoices.
 */
export function invoiceId(number: string, scope?: string | null): string {
  const base = `inv:${number.trim().toUpperCase().replace(/\s+/g, '')}`;
  // Bounded: ids stay within what every boundary (messages, backups) accepts.
  return scope ? `${base}@${scope.slice(0, 80)}` : base;
}

/** The web origin a page or list source was seen at; null for files, e-mails, typed entries. */
export function sourceOrigin(source: SourceRef | undefined): string | null {
  if (!source || (source.kind !== 'page' && source.kind !== 'list')) return null;
  return /^https?:\/\/[^/?#]+/i.exec(source.where)?.[0]?.toLowerCase() ?? null;
}

/** The origin an invoice was first recorded from, when that was a web page. */
export function firstOrigin(inv: Invoice): string | null {
  return sourceOrigin(inv.sources[0]);
}

/**
 * Invoice numbers are only unique per seller, and each invoicing site numbers its own:
 * the same number is another invoice when the seller named differs, or when a page of
 * another site shows it than the site it was first recorded from. Returns the scope
 * that keeps it apart (the seller's normalised name, or the site's host), or null when
 * it is the same invoice. A file, an e-mail or a typed entry with the same number and
 * seller is the same invoice (their pages are guarded by pageMayLowerDue).
 */
export function identityScope(
  existing: Invoice | undefined,
  d: DetectedInvoice,
  source: SourceRef,
): string | null {
  if (!existing) return null;
  const seen = d.sellerName ? nameKey(d.sellerName) : '';
  const kept = existing.sellerName ? nameKey(existing.sellerName) : '';
  if (seen && kept && seen !== kept) return `seller:${seen.replace(/ /g, '-')}`;
  const origin = sourceOrigin(source);
  const first = firstOrigin(existing);
  if (origin && first && origin !== first) return `site:${new URL(origin).host}`;
  return null;
}

/**
 * A web page may lower an invoice's amount due, mark it paid or cancel it only when the
 * invoice was first recorded from that same site, or when the user confirmed what the
 * page shows: otherwise any page the overlay runs on could settle someone's real debts.
 */
export function pageMayLowerDue(existing: Invoice, source: SourceRef, confirmed: boolean): boolean {
  if (confirmed) return true;
  const origin = sourceOrigin(source);
  if (!origin) return true;
  return firstOrigin(existing) === origin;
}

export interface MergeResult {
  invoice: Invoice;
  outcome: 'added' | 'updated' | 'unchanged';
  events: NewEvent[];
  conflicts: { field: string; kept: string; seen: string }[];
}

const TRACKED = ['issueDate', 'dueDate', 'currency', 'total', 'paymentTerms'] as const;

function observedValue(
  d: DetectedInvoice,
  field: (typeof TRACKED)[number],
): string | number | null {
  switch (field) {
    case 'issueDate':
      return d.issueDate;
    case 'dueDate':
      return d.dueDate;
    case 'currency':
      return d.currency;
    case 'total':
      return d.totalWithTax ?? d.amountDue;
    case 'paymentTerms':
      return d.paymentTerms;
  }
}

function lowConfidence(d: DetectedInvoice): string[] {
  const out: string[] = [];
  for (const [k, t] of Object.entries(d.fields))
    if (t && t.confidence < 0.7) out.push(k === 'totalWithTax' ? 'total' : k);
  if (d.dueDateSource === 'terms') out.push('dueDate');
  return [...new Set(out)];
}

/** One observation to merge, and the choices already made for it. */
export interface MergeInput {
  /** The ledger's invoice with this identity, if it has one. */
  existing?: Invoice;
  detected: DetectedInvoice;
  source: SourceRef;
  /** The client the invoice is (or goes) under. */
  clientId: string;
  today: string;
  /** The id a new invoice takes (else derived from its number). */
  id?: string;
  /** The user checked and confirmed these values: a voided invoice may then reopen. */
  confirmed?: boolean;
}

/**
 * Merge one observation into the ledger's invoice (or create it). `today` dates the
 * events it produces; `at` timestamps the source.
 */
export function mergeObservation(input: MergeInput): MergeResult {
  const { existing, detected: d, source, clientId, today } = input;
  if (!d.invoiceNumber)
    throw new Error('An observation without an invoice number cannot be recorded');
  if (!d.currency)
    throw new Error(
      `Invoice ${d.invoiceNumber}: the currency is unknown; choose it before recording`,
    );
  const observedDue =
    d.amountDue ?? (d.totalWithTax !== null ? d.totalWithTax - (d.paid ?? 0) : null);
  const events: MergeResult['events'] = [];
  const conflicts: MergeResult['conflicts'] = [];
  // A draft was never sent: nobody owes it. Callers skip it (recordObservations says why).
  if (!existing && d.status === 'draft')
    throw new Error(`Invoice ${d.invoiceNumber}: a draft is not an invoice to record`);
  if (
    existing &&
    (d.status === 'draft' ||
      (existing.status === 'cancelled' && d.status !== 'cancelled' && !input.confirmed))
  ) {
    return statusOnly(existing, d, source);
  }
  if (!existing) {
    const total = d.totalWithTax ?? observedDue;
    if (total === null) throw new Error(`Invoice ${d.invoiceNumber}: no amount was found`);
    const amountDue = d.status === 'paid' ? 0 : (observedDue ?? total);
    const invoice: Invoice = {
      id: input.id ?? invoiceId(d.invoiceNumber),
      number: d.invoiceNumber,
      sellerName: d.sellerName ?? undefined,
      clientId,
      issueDate: d.issueDate,
      dueDate: d.dueDate,
      dueDateUncertain:
        d.dueDateSource === 'terms' || (d.fields.dueDate?.confidence ?? 1) < 0.7 || undefined,
      currency: d.currency,
      total,
      amountDue,
      status: d.isCreditNote
        ? 'credit-note'
        : d.status === 'cancelled'
          ? 'cancelled'
          : amountDue === 0
            ? 'paid'
            : amountDue < total
              ? 'partially-paid'
              : 'open',
      paymentTerms: d.paymentTerms ?? undefined,
      sources: [source],
      uncertain: lowConfidence(d),
      createdAt: source.at,
      updatedAt: source.at,
    };
    if (!invoice.uncertain?.length) delete invoice.uncertain;
    if (!invoice.dueDateUncertain) delete invoice.dueDateUncertain;
    // Absent, not undefined: every key is cloned and written for each of thousands of records.
    if (invoice.sellerName === undefined) delete invoice.sellerName;
    if (invoice.paymentTerms === undefined) delete invoice.paymentTerms;
    return { invoice, outcome: 'added', events, conflicts };
  }
  const inv: Invoice = structuredClone(existing);
  let changed = false;
  const edited = new Set(inv.userEdited ?? []);
  for (const field of TRACKED) {
    const seen = observedValue(d, field);
    if (seen === null || seen === undefined) continue;
    const current = (inv as unknown as Record<string, unknown>)[field];
    if (current === null || current === undefined) {
      if (!edited.has(field)) {
        (inv as unknown as Record<string, unknown>)[field] = seen;
        changed = true;
      }
      continue;
    }
    if (String(current) === String(seen)) continue;
    conflicts.push({ field, kept: String(current), seen: String(seen) });
    inv.conflicts = [
      ...(inv.conflicts ?? []).filter((c) => !(c.field === field && c.value === String(seen))),
      { field, value: String(seen), where: source.where, at: source.at },
    ];
    changed = true;
  }
  // Payments show as a lower amount due, or a "paid" status. A voided invoice's amount says
  // nothing of a payment (many apps show 0 left on it): it is never read as one, nor as a debt.
  const nowDue = d.status === 'cancelled' ? null : d.status === 'paid' ? 0 : observedDue;
  const mayLower = pageMayLowerDue(inv, source, input.confirmed ?? false);
  if (
    nowDue !== null &&
    nowDue < inv.amountDue &&
    !mayLower &&
    !edited.has('amountDue') &&
    inv.status !== 'credit-note'
  ) {
    // Kept for the user to confirm, like any other disagreement: no payment is recorded.
    conflicts.push({ field: 'amountDue', kept: String(inv.amountDue), seen: String(nowDue) });
    inv.conflicts = [
      ...(inv.conflicts ?? []).filter(
        (c) => !(c.field === 'amountDue' && c.value === String(nowDue)),
      ),
      { field: 'amountDue', value: String(nowDue), where: source.where, at: source.at },
    ];
    changed = true;
  } else if (
    nowDue !== null &&
    nowDue !== inv.amountDue &&
    !edited.has('amountDue') &&
    inv.status !== 'credit-note'
  ) {
    if (nowDue < inv.amountDue) {
      events.push({
        type: 'payment',
        clientId: inv.clientId,
        invoiceIds: [inv.id],
        date: today,
        amount: inv.amountDue - nowDue,
        currency: inv.currency,
        note: `seen on ${source.kind}: ${source.where}`,
      });
    } else {
      events.push({
        type: 'note',
        clientId: inv.clientId,
        invoiceIds: [inv.id],
        date: today,
        note: `re-opened: ${source.kind} ${source.where} shows ${nowDue} due (was ${inv.amountDue})`,
      });
    }
    inv.amountDue = nowDue;
    inv.status = nowDue === 0 ? 'paid' : nowDue < inv.total ? 'partially-paid' : 'open';
    changed = true;
  }
  if (d.status === 'cancelled' && inv.status !== 'cancelled' && !mayLower) {
    conflicts.push({ field: 'status', kept: inv.status, seen: 'cancelled' });
    inv.conflicts = [
      ...(inv.conflicts ?? []).filter((c) => !(c.field === 'status' && c.value === 'cancelled')),
      { field: 'status', value: 'cancelled', where: source.where, at: source.at },
    ];
    changed = true;
  } else if (
    d.status === 'cancelled' &&
    inv.status !== 'cancelled' &&
    inv.status !== 'credit-note'
  ) {
    // Recorded with where it was seen: the timeline says why the invoice is no longer chased.
    events.push({
      type: 'note',
      clientId: inv.clientId,
      invoiceIds: [inv.id],
      date: today,
      note: `voided: ${source.kind} ${source.where} shows it cancelled (was ${inv.status}, ${inv.amountDue} due)`,
    });
    inv.status = 'cancelled';
    changed = true;
  }
  if (!inv.sources.some((s) => s.kind === source.kind && s.where === source.where)) {
    inv.sources = [...inv.sources, source].slice(-50);
    changed = true;
  }
  if (changed) inv.updatedAt = source.at;
  return { invoice: inv, outcome: changed ? 'updated' : 'unchanged', events, conflicts };
}

/**
 * An observation that may not change the invoice's debt: a draft seen for an invoice
 * already recorded (a number reused, or the invoice set back to draft in the app), or an
 * invoice the ledger holds as voided now seen open again. Kept as a status disagreement
 * for the user to settle; no amount, status or event changes.
 */
function statusOnly(existing: Invoice, d: DetectedInvoice, source: SourceRef): MergeResult {
  const events: MergeResult['events'] = [];
  const conflicts: MergeResult['conflicts'] = [];
  const seen = d.status ?? 'open';
  if (seen === existing.status)
    return { invoice: existing, outcome: 'unchanged', events, conflicts };
  const inv: Invoice = structuredClone(existing);
  conflicts.push({ field: 'status', kept: inv.status, seen });
  const before = inv.conflicts ?? [];
  if (before.some((c) => c.field === 'status' && c.value === seen && c.where === source.where))
    return { invoice: existing, outcome: 'unchanged', events, conflicts };
  inv.conflicts = [
    ...before.filter((c) => !(c.field === 'status' && c.value === seen)),
    { field: 'status', value: seen, where: source.where, at: source.at },
  ];
  inv.updatedAt = source.at;
  return { invoice: inv, outcome: 'updated', events, conflicts };
}

/** A new client from what a source says of the buyer. */
export function newClient(
  id: string,
  hint: ClientHint & { language?: Lang },
  senderCountry = 'FR',
): Client {
  const legal =
    hint.legalIds?.find((x) => /^\d{9}$|^\d{14}$|^FR/i.test(x.replace(/\s/g, ''))) ??
    hint.legalIds?.[0];
  return {
    id,
    name: hint.name?.trim() || hint.email || 'Client',
    emails: hint.email ? [hint.email.toLowerCase()] : [],
    ...(legal ? { legalId: legal } : {}),
    language: hint.language ?? 'fr',
    kind: 'b2b',
    jurisdiction: defaultJurisdiction('b2b', senderCountry),
  };
}
