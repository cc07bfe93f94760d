import * as v from 'valibot';
import { JURISDICTION_IDS } from '../escalation/jurisdictions';
import { date, email, id, MAX, nonEmpty, text } from './fields';
import { PolicyOverrideSchema, TONE_SCHEMA } from './policy-schema';

export const CLIENT_KINDS = ['b2b', 'b2c', 'public'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
/** A client's language: the one Relance writes reminders to them in (lib/drafts), not the UI's. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const RED_FLAGS = [
  'other-company',
  'cash-problems',
  'no-written-agreement',
  'unknown-company',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

/**
 * Insolvency proceedings (C. com. L622-24 ff.): `true` when the dates are not known
 * yet, or the opening judgment's date (interest stops there, L622-28) and the date of
 * its BODACC publication (the declaration deadline runs from it, R622-24).
 */
export const InsolvencySchema = v.union([
  v.boolean(),
  v.strictObject({ judgmentDate: v.optional(date), publishedDate: v.optional(date) }),
]);
export type Insolvency = Exclude<v.InferOutput<typeof InsolvencySchema>, boolean>;

/** A client as the ledger stores it: the one schema of ingest, messages, storage and backups. */
export const ClientSchema = v.strictObject({
  id,
  name: nonEmpty(MAX.name),
  contactName: v.optional(text(MAX.name)),
  emails: v.pipe(v.array(email), v.maxLength(MAX.emails)),
  phone: v.optional(text(MAX.phone)),
  /** SIREN / SIRET / VAT number. */
  legalId: v.optional(text(MAX.legalId)),
  address: v.optional(text(MAX.address)),
  language: v.picklist(LANGS),
  kind: v.picklist(CLIENT_KINDS),
  /** A jurisdiction id (fr-b2b, uk, de-b2b, contract, none…); defaults from kind and the sender's country. */
  jurisdiction: v.optional(v.picklist(JURISDICTION_IDS)),
  keyAccount: v.optional(v.boolean()),
  preferredTone: v.optional(TONE_SCHEMA),
  insolvency: v.optional(InsolvencySchema),
  /** Work or deliveries still ongoing: a stop-work notice is possible. */
  ongoingWork: v.optional(v.boolean()),
  redFlags: v.optional(v.pipe(v.array(v.picklist(RED_FLAGS)), v.maxLength(10))),
  notes: v.optional(text(MAX.notes)),
  /** Per-client changes to the ladder. */
  policy: v.optional(PolicyOverrideSchema),
});

export type Client = v.InferOutput<typeof ClientSchema>;
