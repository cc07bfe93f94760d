import type { Client } from '../model/client';
import type { LedgerEvent, NewEvent } from '../model/event';
import { EDITABLE_FIELDS, type Invoice, type InvoicePatch, type SourceRef } from '../model/invoice';
import type { Sender } from '../model/sender';
import { bilingual, TextError } from '../model/text';
import type { DetectedInvoice } from '../detect/detected';
import type { Ledger } from '../escalation/plan';
import { unwrap } from 'idb';
import type { LedgerDB } from './db';
import { toLedgerFile, type LedgerFile, type LoadedLedger } from './file-format';
import { ClientIndex, identityScope, invoiceId, mergeObservation, newClient } from './merge';

/**
 * The ledger's operations. Each runs in one IndexedDB transaction: it happens whole
 * or not at all, so a stopped service worker never leaves half an import behind, and
 * running the same import again adds nothing twice.
 */
export class StorageFullError extends TextError {
  constructor() {
    super(bilingual(
      'Le navigateur n’a plus de place pour les données de Relance. Exportez une sauvegarde, libérez de l’espace (ou supprimez d’anciennes données), puis réessayez ; rien n’a été modifié.',
      'The browser has no room left to store Relance’s data. Export a backup, then free some space (or remove old data) and try again; nothing was changed.',
    ));
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
  const [clients, invoices, events] = await Promise.all([tx.objectStore('clients').getAll(), tx.objectStore('invoices').getAll(), tx.objectStore('events').getAll()]);
  await tx.done;
  return { clients, invoices, events };
}

export interface RecordItem {
  detected: DetectedInvoice;
  source: SourceRef;
  /** Put the invoice under this client instead of matching one. */
  clientId?: string;
  /** The user checked and confirmed these values (the overlay's form): a page may then settle the invoice. */
  confirmed?: boolean;
}

export interface RecordReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  skipped: { invoiceNumber: string | null; reason: string }[];
  conflicts: { invoiceNumber: string; field: string; kept: string; seen: string }[];
  clientsCreated: string[];
}

/**
 * Records what sources saw, all in one transaction. `onProgress` is called as the
 * invoice writes complete (every 5%), so a progress bar shows real progress.
 */
export async function recordObservations(db: LedgerDB, items: RecordItem[], opts: { today: string; senderCountry?: string; language?: 'fr' | 'en' }, onProgress?: (done: number, total: number) => void): Promise<RecordReport> {
  return guard(async () => {
    const report: RecordReport = { added: [], updated: [], unchanged: [], skipped: [], conflicts: [], clientsCreated: [] };
    const tx = db.transaction(['clients', 'invoices', 'events', 'observations'], 'readwrite');
    const store = tx.objectStore('invoices');
    // Writes go straight to IndexedDB's own requests, queued without waiting: they run in
    // order inside the one transaction, and any failure aborts it (tx.done rejects).
    const raw = unwrap(tx) as IDBTransaction;
    const stores = { clients: raw.objectStore('clients'), events: raw.objectStore('events'), invoices: raw.objectStore('invoices'), observations: raw.objectStore('observations') };
    const put = (name: 'clients' | 'events', value: unknown) => void stores[name].put(value);
    // Read only the invoices that exist: one key scan over the batch's range, then one get each.
    const ids = [...new Set(items.map((it) => it.detected.invoiceNumber).filter((n): n is string => !!n).map((n) => invoiceId(n)))].sort();
    const range = ids.length ? IDBKeyRange.bound(ids[0]!, ids[ids.length - 1]!) : null;
    const [clientList, keys] = await Promise.all([tx.objectStore('clients').getAll(), range ? store.getAllKeys(range) : Promise.resolve([])]);
    const present = new Set(keys as string[]);
    const existing = ids.filter((id) => present.has(id));
    const found = await Promise.all(existing.map((id) => store.get(id)));
    const current = new Map<string, Invoice | undefined>(existing.map((id, i) => [id, found[i]]));
    const clients = new ClientIndex(clientList);
    const step = Math.max(1, Math.ceil(items.length / 20));
    for (const item of items) {
      const d = item.detected;
      if (!d.invoiceNumber || !d.currency || (d.totalWithTax === null && d.amountDue === null)) {
        report.skipped.push({ invoiceNumber: d.invoiceNumber, reason: !d.invoiceNumber ? 'no invoice number' : !d.currency ? 'currency unknown' : 'no amount' });
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
      let clientId = item.clientId ?? existing?.clientId;
      if (!clientId) {
        const hint = { name: d.buyerName, email: d.buyerEmail, legalIds: d.buyerIds };
        let client = clients.find(hint);
        if (!client) {
          client = newClient(newId('client'), { ...hint, language: opts.language }, opts.senderCountry);
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
      const result = mergeObservation(existing, d, item.source, clientId, opts.today, { id, confirmed: item.confirmed });
      current.set(result.invoice.id, result.invoice);
      report[result.outcome].push(result.invoice.number);
      for (const c of result.conflicts) report.conflicts.push({ invoiceNumber: result.invoice.number, ...c });
      if (result.outcome !== 'unchanged') {
        const req = stores.invoices.put(result.invoice);
        const done = report.added.length + report.updated.length;
        if (onProgress && done % step === 0) req.onsuccess = () => onProgress(done, items.length);
      }
      // A new invoice is its own record of what was seen (with its source); what a later
      // source saw of an existing one is kept in full, conflicts included.
      if (result.outcome === 'updated') void stores.observations.add({ invoiceId: result.invoice.id, source: item.source, detected: d });
      for (const e of result.events) put('events', { ...e, id: derivedEventId(e, item.source), createdAt: item.source.at } as LedgerEvent);
    }
    await tx.done;
    onProgress?.(items.length, items.length);
    return report;
  });
}

/** Log an event; payments and disputes update their invoices in the same transaction. */
export async function addEvent(db: LedgerDB, event: NewEvent & { id?: string }): Promise<LedgerEvent> {
  return guard(async () => {
    const tx = db.transaction(['events', 'invoices', 'clients'], 'readwrite');
    if (!(await tx.objectStore('clients').get(event.clientId))) throw new TextError(bilingual(`Le client ${event.clientId} n’existe pas (ou plus)`, `Client ${event.clientId} does not exist`));
    const full = { ...event, id: event.id ?? newId('ev'), createdAt: event.createdAt ?? new Date().toISOString() } as LedgerEvent;
    const invoices = tx.objectStore('invoices');
    for (const invId of full.invoiceIds) {
      const inv = await invoices.get(invId);
      if (!inv) throw new TextError(bilingual(`La facture ${invId} n’existe pas (ou plus)`, `Invoice ${invId} does not exist`));
      if (inv.clientId !== full.clientId) throw new TextError(bilingual(`La facture ${inv.number} est celle d’un autre client`, `Invoice ${inv.number} belongs to another client`));
    }
    if (full.type === 'payment') {
      let left = full.amount;
      for (const invId of full.invoiceIds) {
        const inv = (await invoices.get(invId))!;
        const applied = Math.min(left, inv.amountDue);
        left -= applied;
        inv.amountDue -= applied;
        inv.status = inv.amountDue === 0 ? 'paid' : 'partially-paid';
        inv.updatedAt = full.createdAt;
        await invoices.put(inv);
      }
    } else if (full.type === 'dispute' || full.type === 'dispute-resolved') {
      for (const invId of full.invoiceIds) {
        const inv = (await invoices.get(invId))!;
        inv.status = full.type === 'dispute' ? 'disputed' : inv.amountDue === 0 ? 'paid' : inv.amountDue < inv.total ? 'partially-paid' : 'open';
        await invoices.put(inv);
      }
    }
    await tx.objectStore('events').put(full);
    await tx.done;
    return full;
  });
}

export type { InvoicePatch };

/** The user's correction: applied, remembered as theirs, and its conflicts settled. */
export async function editInvoice(db: LedgerDB, id: string, patch: InvoicePatch): Promise<Invoice> {
  return guard(async () => {
    const tx = db.transaction('invoices', 'readwrite');
    const inv = await tx.store.get(id);
    if (!inv) throw new TextError(bilingual(`La facture ${id} n’existe pas (ou plus)`, `Invoice ${id} does not exist`));
    const fields = Object.keys(patch).filter((k) => (EDITABLE_FIELDS as readonly string[]).includes(k));
    Object.assign(inv, Object.fromEntries(fields.map((f) => [f, patch[f as keyof InvoicePatch]])));
    if (inv.amountDue > inv.total && inv.status !== 'credit-note') throw new TextError(bilingual(`Le reste dû dépasse le total de la facture ${inv.number}`, `Amount due is more than the total of invoice ${inv.number}`));
    inv.userEdited = [...new Set([...(inv.userEdited ?? []), ...fields])];
    inv.conflicts = inv.conflicts?.filter((c) => !fields.includes(c.field));
    inv.uncertain = inv.uncertain?.filter((f) => !fields.includes(f));
    if (fields.includes('dueDate')) delete inv.dueDateUncertain;
    if (inv.status !== 'credit-note' && inv.status !== 'cancelled' && inv.status !== 'disputed') inv.status = inv.amountDue === 0 ? 'paid' : inv.amountDue < inv.total ? 'partially-paid' : 'open';
    inv.updatedAt = new Date().toISOString();
    await tx.store.put(inv);
    await tx.done;
    return inv;
  });
}

export async function saveClient(db: LedgerDB, client: Client): Promise<void> {
  // Addresses are kept in lower case: the by-email index answers exact lookups.
  await guard(() => db.put('clients', { ...client, emails: [...new Set(client.emails.map((e) => e.trim().toLowerCase()))] }));
}

/** Two records that are one client: invoices and events move to `keepId`. */
export async function mergeClients(db: LedgerDB, keepId: string, dropId: string): Promise<void> {
  await guard(async () => {
    const tx = db.transaction(['clients', 'invoices', 'events'], 'readwrite');
    const keep = await tx.objectStore('clients').get(keepId);
    const drop = await tx.objectStore('clients').get(dropId);
    if (!keep || !drop) throw new TextError(bilingual('Les deux clients doivent exister pour être fusionnés', 'Both clients must exist to be merged'));
    keep.emails = [...new Set([...keep.emails, ...drop.emails])];
    keep.legalId ??= drop.legalId;
    for (const inv of await tx.objectStore('invoices').index('by-client').getAll(dropId)) await tx.objectStore('invoices').put({ ...inv, clientId: keepId });
    for (const ev of await tx.objectStore('events').index('by-client').getAll(dropId)) await tx.objectStore('events').put({ ...ev, clientId: keepId });
    await tx.objectStore('clients').put(keep);
    await tx.objectStore('clients').delete(dropId);
    await tx.done;
  });
}

/** Some invoices were another client's: move them (and their events) to a new client. */
export async function splitClient(db: LedgerDB, clientId: string, invoiceIds: string[], name: string): Promise<Client> {
  return guard(async () => {
    const tx = db.transaction(['clients', 'invoices', 'events'], 'readwrite');
    const from = await tx.objectStore('clients').get(clientId);
    if (!from) throw new TextError(bilingual(`Le client ${clientId} n’existe pas (ou plus)`, `Client ${clientId} does not exist`));
    const created: Client = { ...from, id: newId('client'), name, emails: [], legalId: undefined };
    await tx.objectStore('clients').put(created);
    for (const id of invoiceIds) {
      const inv = await tx.objectStore('invoices').get(id);
      if (!inv || inv.clientId !== clientId) throw new TextError(bilingual(`La facture ${id} n’est pas celle de ce client`, `Invoice ${id} is not this client's`));
      await tx.objectStore('invoices').put({ ...inv, clientId: created.id });
    }
    for (const ev of await tx.objectStore('events').index('by-client').getAll(clientId)) {
      if (ev.invoiceIds.length && ev.invoiceIds.every((i) => invoiceIds.includes(i))) await tx.objectStore('events').put({ ...ev, clientId: created.id });
    }
    await tx.done;
    return created;
  });
}

/**
 * Restore a (validated) ledger file. `replace` empties the ledger first; `merge` adds
 * and updates by id. One transaction: all or nothing; re-running adds nothing twice.
 */
export async function importLedger(db: LedgerDB, file: LoadedLedger, mode: 'merge' | 'replace', onProgress?: (done: number, total: number) => void): Promise<{ clients: number; invoices: number; events: number }> {
  return guard(async () => {
    const tx = db.transaction(['clients', 'invoices', 'events', 'observations'], 'readwrite');
    if (mode === 'replace') await Promise.all([tx.objectStore('clients').clear(), tx.objectStore('invoices').clear(), tx.objectStore('events').clear(), tx.objectStore('observations').clear()]);
    const total = file.clients.length + file.invoices.length + file.events.length;
    let done = 0;
    const step = Math.max(1, Math.floor(total / 100));
    const tick = () => {
      done++;
      if (onProgress && (done % step === 0 || done === total)) onProgress(done, total);
    };
    // Requests are queued without awaiting each one: IndexedDB runs them in order in this transaction.
    const writes: Promise<unknown>[] = [];
    for (const c of file.clients) writes.push(tx.objectStore('clients').put(c).then(tick));
    for (const i of file.invoices) writes.push(tx.objectStore('invoices').put(i).then(tick));
    for (const e of file.events) writes.push(tx.objectStore('events').put(e).then(tick));
    await Promise.all(writes);
    await tx.done;
    return { clients: file.clients.length, invoices: file.invoices.length, events: file.events.length };
  });
}

export async function exportLedger(db: LedgerDB, sender: Sender | undefined, now: string): Promise<LedgerFile> {
  const ledger = await readLedger(db);
  return toLedgerFile({ ...ledger, sender }, now);
}

export async function clearLedger(db: LedgerDB): Promise<void> {
  const tx = db.transaction(['clients', 'invoices', 'events', 'observations'], 'readwrite');
  await Promise.all([tx.objectStore('clients').clear(), tx.objectStore('invoices').clear(), tx.objectStore('events').clear(), tx.objectStore('observations').clear()]);
  await tx.done;
}
