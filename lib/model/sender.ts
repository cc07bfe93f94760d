import * as v from 'valibot';
import { MAX, text } from './fields';

/** The user's own identity, as the settings, the backup and the drafts know it. */
export const SenderSchema = v.strictObject({
  name: text(MAX.name),
  company: v.optional(text(MAX.name)),
  legalId: v.optional(text(MAX.legalId)),
  vatId: v.optional(text(MAX.legalId)),
  address: v.optional(text(MAX.address)),
  email: v.optional(text(MAX.email)),
  phone: v.optional(text(MAX.phone)),
  iban: v.optional(text(50)),
  bic: v.optional(text(20)),
  paymentLink: v.optional(text(1000)),
  signature: v.optional(text(2000)),
  /** ISO country of the sender's business; picks default jurisdictions. */
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  /**
   * The consumer mediator the sender belongs to (name, address, website): a letter to
   * a consumer must give it (C. conso. art. L612-1, L616-1).
   */
  consumerMediator: v.optional(text(1000)),
  /**
   * The sender's terms contain a retention-of-title or conditional IP-assignment
   * clause: only then may a stop-work notice say the deliverables remain theirs.
   */
  retentionClause: v.optional(v.boolean()),
  /** The late-payment rate the sender's terms state, in their words (default: ECB rate + 10 points, L441-10). */
  penaltyRate: v.optional(text(300)),
});

export type Sender = v.InferOutput<typeof SenderSchema>;

/** Do two identities differ in what a reminder would show (name, company, ids, address, bank details)? */
export function senderDiffers(a: Sender | undefined, b: Sender | undefined): boolean {
  const keys = Object.keys(SenderSchema.entries) as (keyof Sender)[];
  return keys.some((k) => (a?.[k] ?? '') !== (b?.[k] ?? ''));
}
