import * as v from 'valibot';
import { ClientSchema } from '../../model/client';
import { FILE_VOCABULARY, CHANNELS, ReplySchema } from '../../model/event';
import { currency, date, decimal, id, MAX, text, timestamp } from '../../model/fields';
import { InvoiceRecordSchema } from '../../model/invoice';
import { PolicyOverrideSchema } from '../../model/policy-schema';
import { SenderSchema } from '../../model/sender';
import {
  PreferencesSchema,
  TemplateOverridesSchema,
  UserRatesSchema,
} from '../../model/settings-schema';

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
