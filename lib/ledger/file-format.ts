import * as v from 'valibot';
import { hashText } from '../model/hash';
import { invoiceId } from './merge';
import { ClientSchema, type Client } from '../model/client';
import { FILE_VOCABULARY, CHANNELS, EventSchema, ReplySchema, type LedgerEvent, type NewEvent } from '../model/event';
import { currency, date, decimal, id, MAX, text, timestamp } from '../model/fields';
import { InvoiceRecordSchema, InvoiceSchema, type Invoice } from '../model/invoice';
import { decimalToMinor, minorToDecimal } from '../model/money';
import { DEFAULT_POLICY, applyOverride, type Policy, type PolicyOverride } from '../model/policy';
import { PolicyOverrideSchema } from '../model/policy-schema';
import { SenderSchema, type Sender } from '../model/sender';
import { PreferencesSchema, TemplateOverridesSchema, UserRatesSchema, type UserRates, type Preferences } from '../model/settings-schema';
import type { TemplateOverrides } from '../drafts/render';
import type { Ledger } from '../escalation/plan';
import { bilingual, errorText, TextError, type Text } from '../model/text';

/**
 * The ledger file: the format of `relance plan --ledger`, of backups, and of the demo
 * data. Amounts are decimal strings in major units ("1200.00"), dates YYYY-MM-DD.
 * Every record is validated; an error names the record and the field.
 *
 * The records are the ledger's own schemas (lib/model/): a file accepts everything the
 * ledger can store, amounts written as decimals, and a few fields a hand-written file
 * may leave out (ids, defaults). Parsed records are checked again against the stored
 * schemas, so what a restore writes is what the ledger would have accepted.
 */
export { ClientSchema, SenderSchema };

const FileClientSchema = v.strictObject({
  ...ClientSchema.entries,
  emails: v.optional(ClientSchema.entries.emails),
  language: v.optional(ClientSchema.entries.language),
  kind: v.optional(ClientSchema.entries.kind),
});

const instalment = v.strictObject({ label: text(MAX.label), dueDate: date, amount: decimal });

export const FileInvoiceSchema = v.strictObject({
  ...InvoiceRecordSchema.entries,
  id: v.optional(id),
  issueDate: v.optional(v.nullable(date)),
  total: decimal,
  amountDue: v.optional(decimal),
  status: v.optional(InvoiceRecordSchema.entries.status),
  schedule: v.optional(v.pipe(v.array(instalment), v.maxLength(60))),
  sources: v.optional(InvoiceRecordSchema.entries.sources),
});

const fileEventBase = {
  id: v.optional(id),
  clientId: id,
  invoiceIds: v.optional(v.pipe(v.array(id), v.maxLength(500))),
  date,
  note: v.optional(text(MAX.note)),
  createdAt: v.optional(timestamp),
  reply: v.optional(ReplySchema),
};
const voc = FILE_VOCABULARY;
export const FileEventSchema = v.variant('type', [
  v.strictObject({ ...fileEventBase, ...voc.reminder, channel: v.optional(v.picklist(CHANNELS)) }),
  v.strictObject({ ...fileEventBase, ...voc.call }),
  v.strictObject({ ...fileEventBase, ...voc.letter }),
  v.strictObject({ ...fileEventBase, ...voc.payment, currency: v.optional(currency) }),
  v.strictObject({ ...fileEventBase, ...voc.promise }),
  v.strictObject({ ...fileEventBase, ...voc.dispute }),
  v.strictObject({ ...fileEventBase, ...voc['dispute-resolved'] }),
  v.strictObject({ ...fileEventBase, ...voc.snooze }),
  v.strictObject({ ...fileEventBase, ...voc['payment-plan'] }),
  v.strictObject({ ...fileEventBase, ...voc.note }),
]);

/** What the user set besides the ledger, restored with it. */
const SettingsFileSchema = v.strictObject({
  preferences: v.optional(v.partial(PreferencesSchema)),
  templates: v.optional(TemplateOverridesSchema),
  rates: v.optional(UserRatesSchema),
});

export const LedgerFileSchema = v.strictObject({
  format: v.optional(v.literal('relance-ledger')),
  version: v.literal(1),
  exportedAt: v.optional(timestamp),
  sender: v.optional(SenderSchema),
  policy: v.optional(PolicyOverrideSchema),
  settings: v.optional(SettingsFileSchema),
  clients: v.pipe(v.array(FileClientSchema), v.maxLength(200_000)),
  invoices: v.pipe(v.array(FileInvoiceSchema), v.maxLength(1_000_000)),
  events: v.optional(v.pipe(v.array(FileEventSchema), v.maxLength(5_000_000))),
});

export type LedgerFile = v.InferOutput<typeof LedgerFileSchema>;

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

/** Messages of our own checks, in French too. */
const OWN_MESSAGES: Record<string, string> = {
  'expected a real date as YYYY-MM-DD': 'une vraie date AAAA-MM-JJ est attendue',
  'expected a decimal amount such as "1200.00"': 'un montant décimal est attendu, comme "1200.00"',
  'expected an ISO 4217 currency code such as EUR': 'un code de devise ISO 4217 est attendu, comme EUR',
  'expected a rate in percent such as "12.5"': 'un taux en pour cent est attendu, comme "12.5"',
  'expected an amount greater than zero': 'un montant supérieur à zéro est attendu',
  'the total must be greater than zero': 'le total doit être supérieur à zéro',
  'the amount due is more than the total': 'le reste dû dépasse le total',
  'the due date is before the issue date': 'l’échéance est avant la date de facture',
  'the instalments do not add up to the total': 'les échéances ne font pas le total',
};

/** What is wrong with one field, said from a schema issue, in both languages. */
export function issueText(issue: v.BaseIssue<unknown>): Text {
  const own = OWN_MESSAGES[issue.message];
  if (own) return bilingual(own, issue.message);
  const { expected, received } = issue;
  switch (issue.type) {
    case 'strict_object':
      if (expected === 'never') return bilingual('champ inconnu', 'unknown field');
      return bilingual(`objet attendu, trouvé : ${received}`, issue.message);
    case 'max_length':
      return bilingual(`trop long (${expected?.replace('<=', 'au plus ')})`, issue.message);
    case 'min_length':
      return expected === '>=1' ? bilingual('ne peut pas être vide', 'cannot be empty') : bilingual(`trop court (${expected?.replace('>=', 'au moins ')})`, issue.message);
    case 'email':
      return bilingual(`adresse e-mail invalide : ${received}`, issue.message);
    case 'integer':
      return bilingual(`nombre entier attendu, trouvé : ${received}`, issue.message);
    case 'min_value':
    case 'max_value':
      return bilingual(`hors limites (${expected?.replace('>=', 'au moins ').replace('<=', 'au plus ')}), trouvé : ${received}`, issue.message);
    default:
      return issue.kind === 'schema' ? bilingual(`attendu : ${expected ?? '?'}, trouvé : ${received ?? '?'}`, issue.message) : bilingual(`valeur refusée (${issue.message})`, issue.message);
  }
}

export class LedgerFileError extends TextError {
  /** Each problem in English, as the CLI prints them. */
  readonly problems: string[];
  constructor(readonly problemsText: Text[]) {
    const list = (lang: 'fr' | 'en') => `${problemsText.slice(0, 20).map((p) => p[lang]).join('\n  ')}${problemsText.length > 20 ? `\n  … ${lang === 'fr' ? 'et' : 'and'} ${problemsText.length - 20} ${lang === 'fr' ? 'autres' : 'more'}` : ''}`;
    super(bilingual(`Le fichier n’est pas valide :\n  ${list('fr')}`, `The ledger file is not valid:\n  ${list('en')}`));
    this.problems = problemsText.map((p) => p.en);
    this.name = 'LedgerFileError';
  }
}

/** A problem with a place in the file: "invoices[3] (F-2026-014).dueDate: …" in both languages. */
const at = (where: string, fr: string, en: string): Text => bilingual(`${where} : ${fr}`, `${where}: ${en}`);

function where(path: v.IssuePathItem[] | undefined, data: unknown): string {
  if (!path?.length) return '(file)';
  let out = '';
  let cursor: unknown = data;
  for (const item of path) {
    const key = item.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : String(key);
    cursor = (cursor as Record<string | number, unknown> | undefined)?.[key];
    if (typeof key === 'number' && cursor && typeof cursor === 'object') {
      const label = (cursor as { number?: unknown; name?: unknown; id?: unknown }).number ?? (cursor as { id?: unknown }).id;
      if (typeof label === 'string') out += ` (${label.slice(0, 40)})`;
    }
  }
  return out;
}

function atError(where: string, err: unknown): Text {
  const t = errorText(err);
  return bilingual(`${where} : ${t.fr}`, `${where}: ${t.en}`);
}

/** Parse and check a ledger file; throws LedgerFileError naming every bad record and field. */
export function parseLedgerFile(data: unknown): LoadedLedger {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new LedgerFileError([at('(fichier)', 'un objet JSON avec "version", "clients" et "invoices" est attendu', 'expected a JSON object with "version", "clients" and "invoices"')]);
  const result = v.safeParse(LedgerFileSchema, data, { abortEarly: false });
  if (!result.success) {
    throw new LedgerFileError(result.issues.map((i) => {
      const t = issueText(i);
      return at(where(i.path, data), t.fr, t.en);
    }));
  }
  const file = result.output;
  const problems: Text[] = [];
  const clientIds = new Set<string>();
  file.clients.forEach((c, i) => {
    if (clientIds.has(c.id)) problems.push(at(`clients[${i}] (${c.id}).id`, 'identifiant de client en double', 'duplicate client id'));
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
    if (!clientIds.has(raw.clientId)) problems.push(at(`${label}.clientId`, `le client « ${raw.clientId} » n’existe pas`, `client "${raw.clientId}" does not exist`));
    if (invoiceIds.has(invId)) problems.push(at(`${label}.id`, `identifiant de facture en double « ${invId} »`, `duplicate invoice id "${invId}"`));
    invoiceIds.add(invId);
    try {
      const total = decimalToMinor(raw.total, raw.currency);
      const amountDue = raw.amountDue !== undefined ? decimalToMinor(raw.amountDue, raw.currency) : raw.status === 'paid' ? 0 : total;
      const isCredit = raw.status === 'credit-note';
      if (!isCredit && total <= 0) problems.push(at(`${label}.total`, `doit être supérieur à zéro (trouvé : ${raw.total})`, `must be greater than zero (got ${raw.total})`));
      if (amountDue < 0) problems.push(at(`${label}.amountDue`, `ne peut pas être négatif (trouvé : ${raw.amountDue})`, `cannot be negative (got ${raw.amountDue})`));
      if (!isCredit && amountDue > total) problems.push(at(`${label}.amountDue`, `${raw.amountDue} dépasse le total ${raw.total}`, `${raw.amountDue} is more than the total ${raw.total}`));
      if (raw.issueDate && raw.dueDate && raw.dueDate < raw.issueDate) problems.push(at(`${label}.dueDate`, `${raw.dueDate} est avant la date de facture ${raw.issueDate}`, `${raw.dueDate} is before the issue date ${raw.issueDate}`));
      const schedule = raw.schedule?.map((p) => ({ label: p.label, dueDate: p.dueDate, amount: decimalToMinor(p.amount, raw.currency) }));
      if (schedule && schedule.reduce((s, p) => s + p.amount, 0) !== total) problems.push(at(`${label}.schedule`, `les échéances ne font pas le total ${raw.total}`, `the instalments do not add up to the total ${raw.total}`));
      const status = raw.status ?? (amountDue === 0 ? 'paid' : amountDue < total ? 'partially-paid' : 'open');
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
        sources: raw.sources ?? [{ kind: 'manual', where: 'ledger file', at: file.exportedAt ?? '' }],
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
    if (!clientIds.has(raw.clientId)) problems.push(at(`${label}.clientId`, `le client « ${raw.clientId} » n’existe pas`, `client "${raw.clientId}" does not exist`));
    for (const ref of raw.invoiceIds ?? []) if (!resolve(ref)) problems.push(at(`${label}.invoiceIds`, `la facture « ${ref} » n’existe pas`, `invoice "${ref}" does not exist`));
    const refs = (raw.invoiceIds ?? []).map((ref) => resolve(ref) ?? ref);
    // Amounts are in the currency of the event's first invoice (as the export writes them), a payment's in its own.
    const invoiceCurrency = byId.get(refs[0] ?? '')?.currency ?? 'EUR';
    const cur = raw.type === 'payment' ? (raw.currency ?? invoiceCurrency) : invoiceCurrency;
    try {
      const { id: givenId, ...content } = raw;
      let event: NewEvent;
      const base = { ...content, invoiceIds: refs };
      switch (base.type) {
        case 'reminder': event = { ...base, channel: base.channel ?? 'email' }; break;
        case 'call': event = { ...base, promiseAmount: base.promiseAmount ? decimalToMinor(base.promiseAmount, cur) : undefined }; break;
        case 'payment': event = { ...base, amount: decimalToMinor(base.amount, cur), currency: cur }; break;
        case 'promise': event = { ...base, amount: base.amount ? decimalToMinor(base.amount, cur) : undefined }; break;
        default: event = base;
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
        if (seen.key === key) { duplicateEvents++; return; }
        problems.push(at(`${label}.id`, `identifiant d’événement en double « ${evId} » (déjà pris par events[${seen.index}], au contenu différent)`, `duplicate event id "${evId}" (already used by events[${seen.index}], with different content)`));
        return;
      }
      eventAt.set(evId, { index: i, key });
      events.push({ ...event, id: evId } as LedgerEvent);
    } catch (err) {
      problems.push(atError(label, err));
    }
  });
  // What a restore writes is what the ledger accepts: the stored schemas, checked last.
  const stored = (schema: v.GenericSchema, records: { id: string }[], kind: string) => records.forEach((r, i) => {
    const res = v.safeParse(schema, r);
    if (!res.success) for (const issue of res.issues.slice(0, 3)) {
      const t = issueText(issue);
      problems.push(at(`${kind}[${i}] (${r.id})${issue.path?.length ? `.${issue.path.map((p) => p.key).join('.')}` : ''}`, t.fr, t.en));
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
    clients, invoices, events, sender: file.sender, policy, policyOverride: file.policy,
    preferences: file.settings?.preferences, templates: file.settings?.templates as TemplateOverrides | undefined, rates: file.settings?.rates as UserRates | undefined,
    duplicateEvents,
  });
}

/** What a backup holds besides the ledger: everything else the user set. */
export interface LedgerExtras {
  sender?: Sender;
  policy?: PolicyOverride;
  preferences?: Partial<Preferences>;
  templates?: TemplateOverrides;
  rates?: UserRates;
}

/** The inverse of parseLedgerFile: a ledger as a file (backup, export). */
export function toLedgerFile(ledger: Ledger & LedgerExtras, exportedAt: string): LedgerFile {
  const dec = (minor: number, cur: string) => minorToDecimal(minor, cur);
  const curOf = new Map(ledger.invoices.map((i) => [i.id, i.currency]));
  const settings = stripUndefined({ preferences: ledger.preferences, templates: ledger.templates, rates: ledger.rates });
  return {
    format: 'relance-ledger',
    version: 1,
    exportedAt,
    ...(ledger.sender ? { sender: ledger.sender } : {}),
    ...(ledger.policy && Object.keys(ledger.policy).length ? { policy: ledger.policy as LedgerFile['policy'] } : {}),
    ...(Object.keys(settings).length ? { settings } : {}),
    clients: ledger.clients.map((c) => stripUndefined({ ...c })) as LedgerFile['clients'],
    invoices: ledger.invoices.map((i) =>
      stripUndefined({
        ...i,
        total: dec(i.total, i.currency),
        amountDue: dec(i.amountDue, i.currency),
        schedule: i.schedule?.map((p) => ({ label: p.label, dueDate: p.dueDate, amount: dec(p.amount, i.currency) })),
      }),
    ) as LedgerFile['invoices'],
    events: ledger.events.map((e) => {
      const cur = curOf.get(e.invoiceIds[0] ?? '') ?? 'EUR';
      const rest = { ...e };
      if (e.type === 'payment') return stripUndefined({ ...rest, amount: dec(e.amount, e.currency), currency: e.currency });
      if (e.type === 'promise') return stripUndefined({ ...rest, amount: e.amount === undefined ? undefined : dec(e.amount, cur) });
      if (e.type === 'call') return stripUndefined({ ...rest, promiseAmount: e.promiseAmount === undefined ? undefined : dec(e.promiseAmount, cur) });
      return stripUndefined({ ...rest });
    }) as LedgerFile['events'],
  };
}

/** One text for an event's content: the same content gives the same text, whatever the key order. */
export function contentKey(o: unknown): string {
  if (Array.isArray(o)) return `[${o.map(contentKey).join(',')}]`;
  if (o && typeof o === 'object') return `{${Object.keys(o).sort().filter((k) => (o as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${contentKey((o as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(o);
}

export { hashText };

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
