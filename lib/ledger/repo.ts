import { ClientSchema, type Client, type Lang } from '../model/client';
import { EventSchema, type LedgerEvent, type NewEvent } from '../model/event';
import {
  EDITABLE_FIELDS,
  InvoiceSchema,
  type Invoice,
  type InvoicePatch,
  type SourceRef,
} from '../model/invoice';
import { minorToDecimal } from '../model/money';
import { cleanText } from '../model/fields';
import { TextError, type Text } from '../model/text';
import type { Observation } from '../detect/invoice-reading';
import type { Ledger } from '../escalation/plan';
import { unwrap } from 'idb';
import * as v from 'valibot';
import type { LedgerDB } from './db';
import {
  contentKey,
  hashText,
  toLedgerFile,
  type LedgerExtras,
  type LedgerFile,
  type LoadedLedger,
} from './file-format';
import { checked, ingestDetected, schemaProblem } from './ingest';
import { ClientIndex, identityScope, invoiceId, mergeObservation, newClient } from './merge';
import { catalogText } from '../i18n/text';

/**
 * The ledger's operations. Each runs in one IndexedDB transaction: it happens whole
 * or not at all, so a stopped service worker never leaves half an import behind, and
 * running the same import again adds nothing twice.
 */
export class StorageFullError extends TextError {
  constructor() {
    super(catalogText('ledgerRepoTheBrowserHasNo'));
    this.name = 'StorageFullError';
  }
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if ((err as DOMException)?.name === 'QuotaExceededError') throw new StorageFullError();
    throw err;
  }
}

/**
 * Run a multi-record write: on any error (a request that fails, a value that cannot be
 * cloned, a bug) the transaction is aborted, so none of its writes stay. Without this a
 * write that throws between queued requests let the transaction commit what was queued
 * before it: half a restore, said to have changed nothing.
 */
async function atomically<T>(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const out = await work();
    await tx.done;
    return out;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request, or finished.
    }
    await tx.done.catch(() => undefined);
    throw err;
  }
}

/** A record refused at a boundary: the schema's reason, said as a TextError. */
function refuse(what: Text, problem: Text): never {
  throw new TextError(catalogText('ledgerRepo', what, problem));
}

export function newId(prefix: string): string {
  return `${prefix}:${crypto.randomUUID()}`;
}

/** A stable id for events a merge produces, so a re-run finds them already there. */
function derivedEventId(e: NewEvent, source: SourceRef): string {
  const amount = e.type === 'payment' ? e.amount : '';
  return `ev:${e.type}:${e.invoiceIds.join(',')}:${amount}:${source.at}`;
}

export async function readLedger(db: LedgerDB): Promise<Ledger> {
  const tx = db.transaction(['clients', 'invoices', 'events'], 'readonly');
  const [clients, invoices, events] = await Promise.all([
    tx.objectStore('clients').getAll(),
    tx.objectStore('invoices').getAll(),
    tx.objectStore('events').getAll(),
  ]);
  await tx.done;
  return { clients, invoices, events };
}

/** An observation to record, with what the user chose for it. */
export interface RecordItem extends Observation {
  /** Put the invoice under this client instead of matching one. */
  clientId?: string;
  /** The user checked and confirmed these values (the overlay's form): a page may then settle the invoice. */
  confirmed?: boolean;
}

export interface RecordReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  skipped: {
    invoiceNumber: string | null;
    reason: string;
    /** The reason in both languages. */ text?: Text;
  }[];
  conflicts: { invoiceNumber: string; field: string; kept: string; seen: string }[];
  clientsCreated: string[];
  /** What was recorded but should be known (an address that is not one, left out). */
  warnings?: { invoiceNumber: string | null; text: Text }[];
}

/**
 * Records what sources saw, all in one transaction. `onProgress` is called as the
 * invoice writes complete (every 5%), so a progress bar shows real progress.
 */
export async function recordObservations(
  db: LedgerDB,
  items: RecordItem[],
  opts: { today: string; senderCountry?: string; language?: Lang },
  onProgress?: (done: number, total: number) => void,
): Promise<RecordReport> {
  return guard(async () => {
    const report: RecordReport = {
      added: [],
      updated: [],
      unchanged: [],
      skipped: [],
      conflicts: [],
      clientsCreated: [],
      warnings: [],
    };
    const refused = (invoiceNumber: string | null, text: Text) =>
      report.skipped.push({ invoiceNumber, reason: text.en, text });
    // Cleaned and checked before anything is read or written (see ingest.ts).
    items = items.flatMap((item) => {
      const r = ingestDetected(item.detected);
      for (const w of r.warnings)
        report.warnings!.push({ invoiceNumber: r.detected.invoiceNumber, text: w });
      if (r.refused) {
        refused(r.detected.invoiceNumber?.slice(0, 100) ?? null, r.refused);
        return [];
      }
      return [
        {
          ...item,
          detected: r.detected,
          source: { ...item.source, where: cleanText(item.source.where).slice(0, 2000) },
        },
      ];
    });
    const tx = db.transaction(['clients', 'invoices', 'events', 'observations'], 'readwrite');
    return atomically(tx, async () => {
      const store = tx.objectStore('invoices');
      // Writes go straight to IndexedDB's own requests, queued without waiting: they run in
      // order inside the one transaction, and any failure aborts it (tx.done rejects).
      const raw = unwrap(tx) as IDBTransaction;
      const stores = {
        clients: raw.objectStore('clients'),
        events: raw.objectStore('events'),
        invoices: raw.objectStore('invoices'),
        observations: raw.objectStore('observations'),
      };
      const put = (name: 'clients' | 'events', value: unknown) => void stores[name].put(value);
      // Read only the invoices that exist: one key scan over the batch's range, then one get each.
      const ids = [
        ...new Set(
          items
            .map((it) => it.detected.invoiceNumber)
            .filter((n): n is string => !!n)
            .map((n) => invoiceId(n)),
        ),
      ].sort();
      const range = ids.length ? IDBKeyRange.bound(ids[0]!, ids[ids.length - 1]!) : null;
      const [clientList, keys] = await Promise.all([
        tx.objectStore('clients').getAll(),
        range ? store.getAllKeys(range) : Promise.resolve([]),
      ]);
      const present = new Set(keys as string[]);
      const existing = ids.filter((id) => present.has(id));
      const found = await Promise.all(existing.map((id) => store.get(id)));
      const current = new Map<string, Invoice | undefined>(existing.map((id, i) => [id, found[i]]));
      const clients = new ClientIndex(clientList);
      const step = Math.max(1, Math.ceil(items.length / 20));
      const invoiceText = catalogText('ledgerRepoInvoice');
      for (const item of items) {
        const d = item.detected;
        if (!d.invoiceNumber || !d.currency || (d.totalWithTax === null && d.amountDue === null)) {
          report.skipped.push({
            invoiceNumber: d.invoiceNumber,
            reason: !d.invoiceNumber
              ? 'no invoice number'
              : !d.currency
                ? 'currency unknown'
                : 'no amount',
          });
          continue;
        }
        let existing = current.get(invoiceId(d.invoiceNumber));
        // The same number, another seller's or another site's: an invoice of its own.
        const scope = identityScope(existing, d, item.source);
        const id = invoiceId(d.invoiceNumber, scope);
        if (scope) {
          if (!current.has(id)) current.set(id, await store.get(id));
          existing = current.get(id);
        }
        if (d.status === 'draft' && !existing) {
          // Never sent, so nobody owes it: a draft is not recorded, whatever source saw it.
          refused(d.invoiceNumber, catalogText('ledgerRepoDraftNotSentYet'));
          continue;
        }
        let clientId = item.clientId ?? existing?.clientId;
        if (!clientId) {
          const hint = { name: d.buyerName, email: d.buyerEmail, legalIds: d.buyerIds };
          let client = clients.find(hint);
          if (!client) {
            client = newClient(
              newId('client'),
              { ...hint, language: opts.language },
              opts.senderCountry,
            );
            const check = checked(ClientSchema, client);
            if (!check.ok) {
              refused(d.invoiceNumber, catalogText('ledgerRepoClient', check.problem));
              continue;
            }
            client = check.value;
            clients.add(client);
            put('clients', client);
            report.clientsCreated.push(client.name);
          } else if (d.buyerEmail && !client.emails.includes(d.buyerEmail.toLowerCase())) {
            client.emails = [...client.emails, d.buyerEmail.toLowerCase()];
            clients.add(client);
            put('clients', client);
          }
          clientId = client.id;
        }
        const result = mergeObservation({
          existing,
          detected: d,
          source: item.source,
          clientId,
          today: opts.today,
          id,
          confirmed: item.confirmed,
        });
        if (result.outcome !== 'unchanged') {
          // Stored as the schema makes it: what a backup of it restores is the same record.
          const check = checked(InvoiceSchema, result.invoice);
          if (!check.ok) {
            refused(d.invoiceNumber, catalogText('ledgerRepo2', invoiceText, check.problem));
            continue;
          }
          result.invoice = check.value;
        }
        current.set(result.invoice.id, result.invoice);
        report[result.outcome].push(result.invoice.number);
        for (const c of result.conflicts)
          report.conflicts.push({ invoiceNumber: result.invoice.number, ...c });
        if (result.outcome !== 'unchanged') {
          const req = stores.invoices.put(result.invoice);
          const done = report.added.length + report.updated.length;
          if (onProgress && done % step === 0) req.onsuccess = () => onProgress(done, items.length);
        }
        // A new invoice is its own record of what was seen (with its source); what a later
        // source saw of an existing one is kept in full, conflicts included.
        if (result.outcome === 'updated')
          void stores.observations.add({
            invoiceId: result.invoice.id,
            source: item.source,
            detected: d,
          });
        for (const e of result.events)
          put('events', {
            ...e,
            id: derivedEventId(e, item.source),
            createdAt: item.source.at,
          } as LedgerEvent);
      }
      return report;
    }).then((r) => {
      onProgress?.(items.length, items.length);
      if (!r.warnings?.length) delete r.warnings;
      return r;
    });
  });
}

/** Log an event; payments and disputes update their invoices in the same transaction. */
export async function addEvent(
  db: LedgerDB,
  event: NewEvent & { id?: string },
): Promise<LedgerEvent> {
  return (await addEvents(db, [event]))[0]!;
}

/**
 * Log events, all in one transaction (all of them or none). Each is checked against the
 * ledger's event schema and against the ledger as it is now, inside the transaction: a
 * payment larger than what its invoices still owe is refused, so two popups marking the
 * same debt paid record it once, and the second says why.
 */
export async function addEvents(
  db: LedgerDB,
  events: (NewEvent & { id?: string })[],
): Promise<LedgerEvent[]> {
  return guard(async () => {
    const now = new Date().toISOString();
    const full = events.map((event) => {
      const e = { ...event, id: event.id ?? newId('ev'), createdAt: event.createdAt ?? now };
      const problem = schemaProblem(EventSchema, e);
      if (problem) refuse(catalogText('ledgerRepoEvent', e.type), problem);
      return v.parse(EventSchema, e) as LedgerEvent;
    });
    const tx = db.transaction(['events', 'invoices', 'clients'], 'readwrite');
    return atomically(tx, async () => {
      const invoices = tx.objectStore('invoices');
      for (const e of full) {
        if (!(await tx.objectStore('clients').get(e.clientId)))
          throw new TextError(catalogText('ledgerRepoClientDoesNotExist', e.clientId));
        const concerned: Invoice[] = [];
        for (const invId of e.invoiceIds) {
          const inv = await invoices.get(invId);
          if (!inv) throw new TextError(catalogText('ledgerRepoInvoiceDoesNotExist', invId));
          if (inv.clientId !== e.clientId)
            throw new TextError(catalogText('ledgerRepoInvoiceBelongsToAnother', inv.number));
          concerned.push(inv);
        }
        if (e.type === 'payment') {
          // A credit note or a cancelled invoice is owed by nobody: no payment settles it.
          const notOwed = concerned.filter(
            (i) => i.status === 'credit-note' || i.status === 'cancelled',
          );
          if (notOwed.length) {
            const numbers = notOwed.map((i) => i.number).join(', ');
            throw new TextError(catalogText('ledgerRepoCreditNoteOrCancelled', numbers));
          }
          const due = concerned
            .filter((i) => i.currency === e.currency)
            .reduce((s, i) => s + i.amountDue, 0);
          const numbers = concerned.map((i) => i.number).join(', ');
          if (concerned.length && due === 0)
            throw new TextError(catalogText('ledgerRepoInvoiceIsAlreadyPaid', numbers));
          if (concerned.length && e.amount > due)
            throw new TextError(
              catalogText(
                'ledgerRepoThePaymentOfIs',
                minorToDecimal(e.amount, e.currency),
                e.currency,
                numbers,
                minorToDecimal(due, e.currency),
              ),
            );
          let left = e.amount;
          for (const inv of concerned) {
            if (inv.currency !== e.currency) continue;
            const applied = Math.min(left, inv.amountDue);
            left -= applied;
            inv.amountDue -= applied;
            inv.status = inv.amountDue === 0 ? 'paid' : 'partially-paid';
            inv.updatedAt = e.createdAt;
            await invoices.put(inv);
          }
        } else if (e.type === 'dispute' || e.type === 'dispute-resolved') {
          for (const inv of concerned) {
            // A credit note or a cancelled invoice is owed by nobody: a dispute does not make it a debt.
            if (inv.status === 'credit-note' || inv.status === 'cancelled') continue;
            inv.status =
              e.type === 'dispute'
                ? 'disputed'
                : inv.amountDue === 0
                  ? 'paid'
                  : inv.amountDue < inv.total
                    ? 'partially-paid'
                    : 'open';
            await invoices.put(inv);
          }
        }
        await tx.objectStore('events').put(e);
      }
      return full;
    });
  });
}

export type { InvoicePatch };

/** The user's correction: applied, remembered as theirs, and its conflicts settled. */
export async function editInvoice(db: LedgerDB, id: string, patch: InvoicePatch): Promise<Invoice> {
  return guard(async () => {
    const tx = db.transaction('invoices', 'readwrite');
    const inv = await tx.store.get(id);
    if (!inv) throw new TextError(catalogText('ledgerRepoInvoiceDoesNotExist2', id));
    const fields = Object.keys(patch).filter((k) =>
      (EDITABLE_FIELDS as readonly string[]).includes(k),
    );
    Object.assign(inv, Object.fromEntries(fields.map((f) => [f, patch[f as keyof InvoicePatch]])));
    if (inv.amountDue > inv.total && inv.status !== 'credit-note')
      throw new TextError(catalogText('ledgerRepoAmountDueIsMore', inv.number));
    inv.userEdited = [...new Set([...(inv.userEdited ?? []), ...fields])];
    inv.conflicts = inv.conflicts?.filter((c) => !fields.includes(c.field));
    inv.uncertain = inv.uncertain?.filter((f) => !fields.includes(f));
    if (fields.includes('dueDate')) delete inv.dueDateUncertain;
    if (inv.status !== 'credit-note' && inv.status !== 'cancelled' && inv.status !== 'disputed')
      inv.status =
        inv.amountDue === 0 ? 'paid' : inv.amountDue < inv.total ? 'partially-paid' : 'open';
    inv.updatedAt = new Date().toISOString();
    // What the ledger stores is what a backup restores: the invoice's own schema decides.
    const check = checked(InvoiceSchema, inv);
    if (!check.ok) refuse(catalogText('ledgerRepoInvoice2', inv.number), check.problem);
    await tx.store.put(check.value);
    await tx.done;
    return check.value;
  });
}

/**
 * Save a client the user edited. With `base` (the record the form started from), only
 * what the user changed is applied, to the client as it is now, inside the transaction:
 * an address another tab added meanwhile stays (no lost update).
 */
export async function saveClient(db: LedgerDB, client: Client, base?: Client): Promise<Client> {
  return guard(async () => {
    const tx = db.transaction('clients', 'readwrite');
    return atomically(tx, async () => {
      const current = base ? await tx.store.get(client.id) : undefined;
      let next: Client = client;
      if (base && current) {
        const merged: Record<string, unknown> = { ...current };
        const keys = new Set([...Object.keys(base), ...Object.keys(client)]);
        for (const k of keys) {
          if (k === 'emails') continue;
          const mine = (client as Record<string, unknown>)[k];
          if (contentKey(mine) === contentKey((base as Record<string, unknown>)[k])) continue;
          if (mine === undefined) delete merged[k];
          else merged[k] = mine;
        }
        const norm = (l: string[]) => l.map((e) => e.trim().toLowerCase());
        const removed = new Set(norm(base.emails).filter((e) => !norm(client.emails).includes(e)));
        merged.emails = [
          ...norm(current.emails).filter((e) => !removed.has(e)),
          ...norm(client.emails),
        ];
        next = merged as Client;
      }
      // Addresses are kept in lower case: the by-email index answers exact lookups.
      next = { ...next, emails: [...new Set(next.emails.map((e) => e.trim().toLowerCase()))] };
      const problem = schemaProblem(ClientSchema, next);
      if (problem) refuse(catalogText('ledgerRepoClient2', next.name.slice(0, 60)), problem);
      next = v.parse(ClientSchema, next);
      await tx.store.put(next);
      return next;
    });
  });
}

/** Two records that are one client: invoices and events move to `keepId`. */
export async function mergeClients(db: LedgerDB, keepId: string, dropId: string): Promise<void> {
  await guard(async () => {
    const tx = db.transaction(['clients', 'invoices', 'events'], 'readwrite');
    const keep = await tx.objectStore('clients').get(keepId);
    const drop = await tx.objectStore('clients').get(dropId);
    if (!keep || !drop) throw new TextError(catalogText('ledgerRepoBothClientsMustExist'));
    keep.emails = [...new Set([...keep.emails, ...drop.emails])];
    keep.legalId ??= drop.legalId;
    for (const inv of await tx.objectStore('invoices').index('by-client').getAll(dropId))
      await tx.objectStore('invoices').put({ ...inv, clientId: keepId });
    for (const ev of await tx.objectStore('events').index('by-client').getAll(dropId))
      await tx.objectStore('events').put({ ...ev, clientId: keepId });
    await tx.objectStore('clients').put(keep);
    await tx.objectStore('clients').delete(dropId);
    await tx.done;
  });
}

/** Some invoices were another client's: move them (and their events) to a new client. */
export async function splitClient(
  db: LedgerDB,
  clientId: string,
  invoiceIds: string[],
  name: string,
): Promise<Client> {
  return guard(async () => {
    const tx = db.transaction(['clients', 'invoices', 'events'], 'readwrite');
    const from = await tx.objectStore('clients').get(clientId);
    if (!from) throw new TextError(catalogText('ledgerRepoClientDoesNotExist', clientId));
    const created: Client = { ...from, id: newId('client'), name, emails: [], legalId: undefined };
    await tx.objectStore('clients').put(created);
    for (const id of invoiceIds) {
      const inv = await tx.objectStore('invoices').get(id);
      if (!inv || inv.clientId !== clientId)
        throw new TextError(catalogText('ledgerRepoInvoiceIsNotThis', id));
      await tx.objectStore('invoices').put({ ...inv, clientId: created.id });
    }
    for (const ev of await tx.objectStore('events').index('by-client').getAll(clientId)) {
      if (ev.invoiceIds.length && ev.invoiceIds.every((i) => invoiceIds.includes(i)))
        await tx.objectStore('events').put({ ...ev, clientId: created.id });
    }
    await tx.done;
    return created;
  });
}

export interface RestoreReport {
  /** Records written (added or updated), as the ledger now holds them. */
  clients: number;
  invoices: number;
  events: number;
  /** Events already in the ledger with the same content: nothing to add. */
  unchanged: number;
  /** Events of the file held twice in it: restored once. */
  duplicates: number;
  /** Events whose id the ledger already used for another event: both kept, the file's under a new id. */
  collisions: { id: string; storedAs: string }[];
}

/**
 * Restore a (validated) ledger file. `replace` empties the ledger first; `merge` adds
 * and updates clients and invoices by id, and never overwrites an event: an event
 * whose id is taken by a different one is kept beside it under an id from its content
 * (reported). One transaction, aborted on any error: all or nothing; re-running adds
 * nothing twice.
 */
export async function importLedger(
  db: LedgerDB,
  file: LoadedLedger,
  mode: 'merge' | 'replace',
  onProgress?: (done: number, total: number) => void,
): Promise<RestoreReport> {
  return guard(async () => {
    const tx = db.transaction(['clients', 'invoices', 'events', 'observations'], 'readwrite');
    return atomically(tx, async () => {
      const events = tx.objectStore('events');
      if (mode === 'replace')
        await Promise.all([
          tx.objectStore('clients').clear(),
          tx.objectStore('invoices').clear(),
          events.clear(),
          tx.objectStore('observations').clear(),
        ]);
      const report: RestoreReport = {
        clients: file.clients.length,
        invoices: file.invoices.length,
        events: 0,
        unchanged: 0,
        duplicates: file.duplicateEvents ?? 0,
        collisions: [],
      };
      const toWrite: LedgerEvent[] = [];
      if (mode === 'merge') {
        const taken = new Set((await events.getAllKeys()) as string[]);
        const clashing = file.events.filter((e) => taken.has(e.id));
        const stored = await Promise.all(clashing.map((e) => events.get(e.id)));
        const byId = new Map(clashing.map((e, i) => [e.id, stored[i]]));
        for (const e of file.events) {
          const there = byId.get(e.id);
          if (!taken.has(e.id)) toWrite.push(e);
          else if (there && contentKey(there) === contentKey(e)) report.unchanged++;
          else {
            const storedAs = `${e.id}~${hashText(contentKey(e))}`;
            const again = taken.has(storedAs) ? await events.get(storedAs) : undefined;
            if (again && contentKey({ ...again, id: e.id }) === contentKey(e)) report.unchanged++;
            else {
              toWrite.push({ ...e, id: storedAs });
              report.collisions.push({ id: e.id, storedAs });
            }
          }
        }
      } else toWrite.push(...file.events);
      report.events = toWrite.length;
      const total = file.clients.length + file.invoices.length + toWrite.length;
      let done = 0;
      const step = Math.max(1, Math.floor(total / 100));
      const tick = () => {
        done++;
        if (onProgress && (done % step === 0 || done === total)) onProgress(done, total);
      };
      // Requests are queued without awaiting each one: IndexedDB runs them in order in this transaction.
      // If one throws, the others fail as aborted: that is handled by the abort, not unhandled.
      const writes: Promise<unknown>[] = [];
      const queue = (p: Promise<unknown>) => {
        const w = p.then(tick);
        w.catch(() => undefined);
        writes.push(w);
      };
      for (const c of file.clients) queue(tx.objectStore('clients').put(c));
      for (const i of file.invoices) queue(tx.objectStore('invoices').put(i));
      for (const e of toWrite) queue(events.put(e));
      await Promise.all(writes);
      return report;
    });
  });
}

export async function exportLedger(
  db: LedgerDB,
  extras: LedgerExtras | undefined,
  now: string,
): Promise<LedgerFile> {
  const ledger = await readLedger(db);
  return toLedgerFile({ ...ledger, ...extras }, now);
}

export async function clearLedger(db: LedgerDB): Promise<void> {
  const tx = db.transaction(['clients', 'invoices', 'events', 'observations'], 'readwrite');
  await Promise.all([
    tx.objectStore('clients').clear(),
    tx.objectStore('invoices').clear(),
    tx.objectStore('events').clear(),
    tx.objectStore('observations').clear(),
  ]);
  await tx.done;
}
