import * as v from 'valibot';
import { invoiceId } from './merge';
import type { Client } from '../model/client';
import { isCalendarDate } from '../model/dates';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { decimalToMinor, isCurrencyCode, minorToDecimal } from '../model/money';
import { DEFAULT_POLICY, STEP_IDS, TONES, applyOverride, type Policy } from '../model/policy';
import type { Sender } from '../model/sender';
import { JURISDICTION_IDS } from '../escalation/jurisdictions';
import type { Ledger } from '../escalation/plan';
import { bilingual, errorText, TextError, type Text } from '../model/text';

/**
 * The ledger file: the format of `relance plan --ledger`, of backups, and of the demo
 * data. Amounts are decimal strings in major units ("1200.00"), dates YYYY-MM-DD.
 * Every record is validated; an error names the record and the field.
 */
const str = (max = 500) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const date = v.pipe(v.string(), v.check((s: string) => isCalendarDate(s), 'expected a real date as YYYY-MM-DD'));
const decimal = v.pipe(v.string(), v.regex(/^-?\d{1,15}(\.\d{1,4})?$/, 'expected a decimal amount such as "1200.00"'));
const currency = v.pipe(v.string(), v.check((s: string) => isCurrencyCode(s), 'expected an ISO 4217 currency code such as EUR'));
const percent = v.pipe(v.string(), v.regex(/^\d{1,3}(\.\d{1,4})?$/, 'expected a rate in percent such as "12.5"'));
const stepId = v.picklist(STEP_IDS);
const tone = v.picklist(TONES as unknown as ['friendly', 'polite', 'firm', 'formal']);
const channel = v.picklist(['email', 'phone', 'letter', 'registered-letter', 'other']);

const stepPolicy = v.strictObject({
  id: stepId,
  enabled: v.optional(v.boolean()),
  delayDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-60), v.maxValue(3650))),
  minGapDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  channel: v.optional(v.picklist(['email', 'phone', 'letter', 'registered-letter', 'other', 'none'])),
  tone: v.optional(tone),
});
const days = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)));
const policyOverride = v.strictObject({
  steps: v.optional(v.pipe(v.array(stepPolicy), v.maxLength(20))),
  minSpacingDays: days,
  promiseGraceDays: days,
  noticeDeadlineDays: days,
  remindersBeforeFormalNotice: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  splitInterestByHalfYear: v.optional(v.boolean()),
});

export const ClientSchema = v.strictObject({
  id,
  name: str(300),
  contactName: v.optional(str(300)),
  emails: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(320), v.email())), v.maxLength(50))),
  phone: v.optional(str(50)),
  legalId: v.optional(str(50)),
  address: v.optional(str(1000)),
  language: v.optional(v.picklist(['fr', 'en'])),
  kind: v.optional(v.picklist(['b2b', 'b2c', 'public'])),
  jurisdiction: v.optional(v.picklist(JURISDICTION_IDS)),
  keyAccount: v.optional(v.boolean()),
  preferredTone: v.optional(tone),
  // true: in proceedings, dates unknown; or the opening judgment and its BODACC publication.
  insolvency: v.optional(v.union([v.boolean(), v.strictObject({ judgmentDate: v.optional(date), publishedDate: v.optional(date) })])),
  ongoingWork: v.optional(v.boolean()),
  redFlags: v.optional(v.array(v.picklist(['other-company', 'cash-problems', 'no-written-agreement', 'unknown-company']))),
  notes: v.optional(str(5000)),
  policy: v.optional(policyOverride),
});

const instalment = v.strictObject({ label: str(200), dueDate: date, amount: decimal });

export const InvoiceSchema = v.strictObject({
  id: v.optional(id),
  number: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  clientId: id,
  sellerName: v.optional(str(300)),
  issueDate: v.optional(v.nullable(date)),
  dueDate: v.nullable(date),
  dueDateUncertain: v.optional(v.boolean()),
  currency,
  total: decimal,
  amountDue: v.optional(decimal),
  status: v.optional(v.picklist(['open', 'partially-paid', 'paid', 'disputed', 'cancelled', 'credit-note'])),
  paymentTerms: v.optional(str(1000)),
  contractRatePercent: v.optional(percent),
  schedule: v.optional(v.pipe(v.array(instalment), v.maxLength(60))),
  sources: v.optional(v.pipe(v.array(v.strictObject({ kind: v.picklist(['page', 'list', 'einvoice', 'pdf', 'email', 'csv', 'manual', 'demo', 'backup']), where: str(2000), at: str(40) })), v.maxLength(100))),
  userEdited: v.optional(v.pipe(v.array(str(50)), v.maxLength(50))),
  createdAt: v.optional(str(40)),
  updatedAt: v.optional(str(40)),
});

const eventBase = {
  id: v.optional(id),
  clientId: id,
  invoiceIds: v.optional(v.pipe(v.array(id), v.maxLength(500))),
  date,
  note: v.optional(str(5000)),
  createdAt: v.optional(str(40)),
};
export const EventSchema = v.variant('type', [
  v.strictObject({ ...eventBase, type: v.literal('reminder'), step: stepId, channel: v.optional(channel), subject: v.optional(str(500)), body: v.optional(str(50_000)) }),
  v.strictObject({ ...eventBase, type: v.literal('call'), outcome: v.picklist(['reached', 'no-answer', 'promise', 'dispute', 'wrong-contact']), promiseDate: v.optional(date), promiseAmount: v.optional(decimal) }),
  v.strictObject({ ...eventBase, type: v.literal('letter'), step: stepId, trackingNumber: v.optional(str(100)), deadline: v.optional(date) }),
  v.strictObject({ ...eventBase, type: v.literal('payment'), amount: decimal, currency: v.optional(currency), evidence: v.optional(v.strictObject({ transactionId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), date, label: str(500) })) }),
  v.strictObject({ ...eventBase, type: v.literal('promise'), until: date, amount: v.optional(decimal) }),
  v.strictObject({ ...eventBase, type: v.literal('dispute'), reason: str(2000) }),
  v.strictObject({ ...eventBase, type: v.literal('dispute-resolved') }),
  v.strictObject({ ...eventBase, type: v.literal('snooze'), until: date }),
  v.strictObject({ ...eventBase, type: v.literal('payment-plan'), until: date }),
  v.strictObject({ ...eventBase, type: v.literal('note') }),
]);

export const SenderSchema = v.strictObject({
  name: str(300),
  company: v.optional(str(300)),
  legalId: v.optional(str(50)),
  vatId: v.optional(str(50)),
  address: v.optional(str(1000)),
  email: v.optional(str(320)),
  phone: v.optional(str(50)),
  iban: v.optional(str(50)),
  bic: v.optional(str(20)),
  paymentLink: v.optional(str(1000)),
  signature: v.optional(str(2000)),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  consumerMediator: v.optional(str(1000)),
  retentionClause: v.optional(v.boolean()),
  penaltyRate: v.optional(str(300)),
});

export const LedgerFileSchema = v.strictObject({
  format: v.optional(v.literal('relance-ledger')),
  version: v.literal(1),
  exportedAt: v.optional(str(40)),
  sender: v.optional(SenderSchema),
  policy: v.optional(policyOverride),
  clients: v.pipe(v.array(ClientSchema), v.maxLength(200_000)),
  invoices: v.pipe(v.array(InvoiceSchema), v.maxLength(1_000_000)),
  events: v.optional(v.pipe(v.array(EventSchema), v.maxLength(5_000_000))),
});

export type LedgerFile = v.InferOutput<typeof LedgerFileSchema>;

export interface LoadedLedger extends Ledger {
  sender?: Sender;
  policy: Policy;
}

/** Messages of our own checks, in French too. */
const OWN_MESSAGES: Record<string, string> = {
  'expected a real date as YYYY-MM-DD': 'une vraie date AAAA-MM-JJ est attendue',
  'expected a decimal amount such as "1200.00"': 'un montant décimal est attendu, comme "1200.00"',
  'expected an ISO 4217 currency code such as EUR': 'un code de devise ISO 4217 est attendu, comme EUR',
  'expected a rate in percent such as "12.5"': 'un taux en pour cent est attendu, comme "12.5"',
};

/** What is wrong with one field, said from a schema issue, in both languages. */
function issueText(issue: v.BaseIssue<unknown>): Text {
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
  (file.events ?? []).forEach((raw, i) => {
    const label = `events[${i}] (${raw.type} ${raw.date})`;
    if (!clientIds.has(raw.clientId)) problems.push(at(`${label}.clientId`, `le client « ${raw.clientId} » n’existe pas`, `client "${raw.clientId}" does not exist`));
    for (const ref of raw.invoiceIds ?? []) if (!resolve(ref)) problems.push(at(`${label}.invoiceIds`, `la facture « ${ref} » n’existe pas`, `invoice "${ref}" does not exist`));
    const refs = (raw.invoiceIds ?? []).map((ref) => resolve(ref) ?? ref);
    const cur = raw.type === 'payment' ? (raw.currency ?? byId.get(refs[0] ?? '')?.currency ?? 'EUR') : 'EUR';
    try {
      const base = stripUndefined({ id: raw.id ?? `e${i + 1}`, clientId: raw.clientId, invoiceIds: refs, date: raw.date, note: raw.note, createdAt: raw.createdAt });
      switch (raw.type) {
        case 'reminder': events.push({ ...base, type: 'reminder', step: raw.step, channel: raw.channel ?? 'email', subject: raw.subject, body: raw.body }); break;
        case 'call': events.push({ ...base, type: 'call', outcome: raw.outcome, promiseDate: raw.promiseDate, promiseAmount: raw.promiseAmount ? decimalToMinor(raw.promiseAmount, cur) : undefined }); break;
        case 'letter': events.push({ ...base, type: 'letter', step: raw.step, trackingNumber: raw.trackingNumber, deadline: raw.deadline }); break;
        case 'payment': events.push({ ...base, type: 'payment', amount: decimalToMinor(raw.amount, cur), currency: cur, ...(raw.evidence ? { evidence: raw.evidence } : {}) }); break;
        case 'promise': events.push({ ...base, type: 'promise', until: raw.until, amount: raw.amount ? decimalToMinor(raw.amount, cur) : undefined }); break;
        case 'dispute': events.push({ ...base, type: 'dispute', reason: raw.reason }); break;
        case 'dispute-resolved': events.push({ ...base, type: 'dispute-resolved' }); break;
        case 'snooze': events.push({ ...base, type: 'snooze', until: raw.until }); break;
        case 'payment-plan': events.push({ ...base, type: 'payment-plan', until: raw.until }); break;
        case 'note': events.push({ ...base, type: 'note' }); break;
      }
    } catch (err) {
      problems.push(atError(label, err));
    }
  });
  if (problems.length) throw new LedgerFileError(problems);
  const policy = applyOverride(DEFAULT_POLICY, file.policy);
  return { clients, invoices, events, sender: file.sender, policy };
}

/** The inverse of parseLedgerFile: a ledger as a file (backup, export). */
export function toLedgerFile(ledger: Ledger & { sender?: Sender }, exportedAt: string): LedgerFile {
  const dec = (minor: number, cur: string) => minorToDecimal(minor, cur);
  const curOf = new Map(ledger.invoices.map((i) => [i.id, i.currency]));
  return {
    format: 'relance-ledger',
    version: 1,
    exportedAt,
    ...(ledger.sender ? { sender: ledger.sender } : {}),
    clients: ledger.clients.map((c) => stripUndefined({ ...c })) as LedgerFile['clients'],
    invoices: ledger.invoices.map((i) =>
      stripUndefined({
        id: i.id, number: i.number, clientId: i.clientId, sellerName: i.sellerName, issueDate: i.issueDate, dueDate: i.dueDate,
        dueDateUncertain: i.dueDateUncertain, currency: i.currency, total: dec(i.total, i.currency), amountDue: dec(i.amountDue, i.currency),
        status: i.status, paymentTerms: i.paymentTerms, contractRatePercent: i.contractRatePercent,
        schedule: i.schedule?.map((p) => ({ label: p.label, dueDate: p.dueDate, amount: dec(p.amount, i.currency) })),
        sources: i.sources, userEdited: i.userEdited, createdAt: i.createdAt, updatedAt: i.updatedAt,
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

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
