import * as v from 'valibot';
import { hashText } from '../../model/hash';
import { invoiceId } from '../merge';
import { ClientSchema, type Client } from '../../model/client';
import { EventSchema, type LedgerEvent, type NewEvent } from '../../model/event';
import { InvoiceSchema, type Invoice } from '../../model/invoice';
import { decimalToMinor } from '../../model/money';
import {
  DEFAULT_POLICY,
  applyOverride,
  type Policy,
  type PolicyOverride,
} from '../../model/policy';
import type { Sender } from '../../model/sender';
import type { UserRates, Preferences } from '../../model/settings-schema';
import type { TemplateOverrides } from '../../drafts/render';
import type { Ledger } from '../../escalation/plan';
import type { Text } from '../../model/text';
import { catalogText } from '../../i18n/text';
import { contentKey, stripUndefined } from './content';
import { at, atError, issueText, LedgerFileError, where } from './issues';
import { LedgerFileSchema } from './schemas';

export interface LoadedLedger extends Ledger {
  sender?: Sender;
  policy: Policy;
  /** The ladder as the user changed it (what the settings item holds), when the file has it. */
  policyOverride?: PolicyOverride;
  preferences?: Partial<Preferences>;
  templates?: TemplateOverrides;
  rates?: UserRates;
  /** Events the file holds twice (same id, same content), restored once. */
  duplicateEvents?: number;
}

/** Parse and check a ledger file; throws LedgerFileError naming every bad record and field. */
export function parseLedgerFile(data: unknown): LoadedLedger {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new LedgerFileError([at('(fichier)', catalogText('ledgerFileNotAnObject'))]);
  const result = v.safeParse(LedgerFileSchema, data, { abortEarly: false });
  if (!result.success) {
    throw new LedgerFileError(result.issues.map((i) => at(where(i.path, data), issueText(i))));
  }
  const file = result.output;
  const problems: Text[] = [];
  const clientIds = new Set<string>();
  file.clients.forEach((c, i) => {
    if (clientIds.has(c.id))
      problems.push(at(`clients[${i}] (${c.id}).id`, catalogText('ledgerFileDuplicateClient')));
    clientIds.add(c.id);
  });
  const clients: Client[] = file.clients.map((c) => ({
    ...c,
    emails: (c.emails ?? []).map((e) => e.toLowerCase()),
    language: c.language ?? 'fr',
    kind: c.kind ?? 'b2b',
  }));
  const invoiceIds = new Set<string>();
  const invoices: Invoice[] = [];
  file.invoices.forEach((raw, i) => {
    const label = `invoices[${i}] (${raw.number})`;
    // An invoice's identity is its number (as observations and page lookups find it), unless the file names another id.
    const invId = raw.id ?? invoiceId(raw.number);
    if (!clientIds.has(raw.clientId))
      problems.push(at(`${label}.clientId`, catalogText('ledgerFileNoSuchClient', raw.clientId)));
    if (invoiceIds.has(invId))
      problems.push(at(`${label}.id`, catalogText('ledgerFileDuplicateInvoice', invId)));
    invoiceIds.add(invId);
    try {
      const total = decimalToMinor(raw.total, raw.currency);
      const amountDue =
        raw.amountDue !== undefined
          ? decimalToMinor(raw.amountDue, raw.currency)
          : raw.status === 'paid'
            ? 0
            : total;
      const isCredit = raw.status === 'credit-note';
      if (!isCredit && total <= 0)
        problems.push(at(`${label}.total`, catalogText('ledgerFileTotalNotPositive', raw.total)));
      if (amountDue < 0)
        problems.push(
          at(`${label}.amountDue`, catalogText('ledgerFileNegativeDue', raw.amountDue)),
        );
      if (!isCredit && amountDue > total)
        problems.push(
          at(`${label}.amountDue`, catalogText('ledgerFileDueOverTotal', raw.amountDue, raw.total)),
        );
      if (raw.issueDate && raw.dueDate && raw.dueDate < raw.issueDate)
        problems.push(
          at(
            `${label}.dueDate`,
            catalogText('ledgerFileDueBeforeIssue', raw.dueDate, raw.issueDate),
          ),
        );
      const schedule = raw.schedule?.map((p) => ({
        label: p.label,
        dueDate: p.dueDate,
        amount: decimalToMinor(p.amount, raw.currency),
      }));
      if (schedule && schedule.reduce((s, p) => s + p.amount, 0) !== total)
        problems.push(
          at(`${label}.schedule`, catalogText('ledgerFileInstalmentsTotal', raw.total)),
        );
      const status =
        raw.status ?? (amountDue === 0 ? 'paid' : amountDue < total ? 'partially-paid' : 'open');
      invoices.push({
        id: invId,
        number: raw.number,
        clientId: raw.clientId,
        sellerName: raw.sellerName,
        issueDate: raw.issueDate ?? null,
        dueDate: raw.dueDate,
        dueDateUncertain: raw.dueDateUncertain,
        currency: raw.currency,
        total,
        amountDue,
        status,
        paymentTerms: raw.paymentTerms,
        contractRatePercent: raw.contractRatePercent,
        schedule,
        sources: raw.sources ?? [
          { kind: 'manual', where: 'ledger file', at: file.exportedAt ?? '' },
        ],
        userEdited: raw.userEdited,
        conflicts: raw.conflicts,
        uncertain: raw.uncertain,
        createdAt: raw.createdAt,
        updatedAt: raw.updatedAt,
      });
    } catch (err) {
      problems.push(atError(label, err));
    }
  });
  const byId = new Map(invoices.map((inv) => [inv.id, inv]));
  const byNumber = new Map(invoices.map((inv) => [inv.number, inv.id]));
  // Events name invoices by id, or by number when the file gives invoices no id.
  const resolve = (ref: string) => (byId.has(ref) ? ref : byNumber.get(ref));
  const events: LedgerEvent[] = [];
  const eventAt = new Map<string, { index: number; key: string }>();
  const occurrences = new Map<string, number>();
  let duplicateEvents = 0;
  (file.events ?? []).forEach((raw, i) => {
    const label = `events[${i}] (${raw.type} ${raw.date})`;
    if (!clientIds.has(raw.clientId))
      problems.push(at(`${label}.clientId`, catalogText('ledgerFileNoSuchClient', raw.clientId)));
    for (const ref of raw.invoiceIds ?? [])
      if (!resolve(ref))
        problems.push(at(`${label}.invoiceIds`, catalogText('ledgerFileNoSuchInvoice', ref)));
    const refs = (raw.invoiceIds ?? []).map((ref) => resolve(ref) ?? ref);
    // Amounts are in the currency of the event's first invoice (as the export writes them), a payment's in its own.
    const invoiceCurrency = byId.get(refs[0] ?? '')?.currency ?? 'EUR';
    const cur = raw.type === 'payment' ? (raw.currency ?? invoiceCurrency) : invoiceCurrency;
    try {
      const { id: givenId, ...content } = raw;
      let event: NewEvent;
      const base = { ...content, invoiceIds: refs };
      switch (base.type) {
        case 'reminder':
          event = { ...base, channel: base.channel ?? 'email' };
          break;
        case 'call':
          event = {
            ...base,
            promiseAmount: base.promiseAmount ? decimalToMinor(base.promiseAmount, cur) : undefined,
          };
          break;
        case 'payment':
          event = { ...base, amount: decimalToMinor(base.amount, cur), currency: cur };
          break;
        case 'promise':
          event = { ...base, amount: base.amount ? decimalToMinor(base.amount, cur) : undefined };
          break;
        default:
          event = base;
      }
      stripUndefined(event);
      // An event without an id gets one from its content (and its rank among equal
      // events, as two equal payments on one day are two payments): restoring the same
      // file again finds it, and merging another file never lands on it by accident.
      const key = contentKey(event);
      let evId = givenId;
      if (!evId) {
        const n = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, n);
        evId = `ev:${hashText(key)}${n > 1 ? `:${n}` : ''}`;
      }
      const seen = eventAt.get(evId);
      if (seen) {
        if (seen.key === key) {
          duplicateEvents++;
          return;
        }
        problems.push(at(`${label}.id`, catalogText('ledgerFileDuplicateEvent', evId, seen.index)));
        return;
      }
      eventAt.set(evId, { index: i, key });
      events.push({ ...event, id: evId } as LedgerEvent);
    } catch (err) {
      problems.push(atError(label, err));
    }
  });
  // What a restore writes is what the ledger accepts: the stored schemas, checked last.
  const stored = (schema: v.GenericSchema, records: { id: string }[], kind: string) =>
    records.forEach((r, i) => {
      const res = v.safeParse(schema, r);
      if (!res.success)
        for (const issue of res.issues.slice(0, 3)) {
          problems.push(
            at(
              `${kind}[${i}] (${r.id})${issue.path?.length ? `.${issue.path.map((p) => p.key).join('.')}` : ''}`,
              issueText(issue),
            ),
          );
        }
    });
  if (!problems.length) {
    stored(ClientSchema, clients, 'clients');
    stored(InvoiceSchema, invoices, 'invoices');
    stored(EventSchema, events, 'events');
  }
  if (problems.length) throw new LedgerFileError(problems);
  const policy = applyOverride(DEFAULT_POLICY, file.policy);
  return stripUndefined({
    clients,
    invoices,
    events,
    sender: file.sender,
    policy,
    policyOverride: file.policy,
    preferences: file.settings?.preferences,
    templates: file.settings?.templates as TemplateOverrides | undefined,
    rates: file.settings?.rates as UserRates | undefined,
    duplicateEvents,
  });
}
