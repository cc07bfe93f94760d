import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { SenderSchema } from './ledger/file-format';
import { JURISDICTION_IDS } from './escalation/jurisdictions';
import { STEP_IDS, TONES } from './model/policy';
import { DRAFT_KINDS } from './drafts/kinds';
import type { Sender } from './model/sender';
import type { PolicyOverride } from './model/policy';
import type { TemplateOverrides } from './drafts/render';
import type { RateValue, SeriesId } from './escalation/rates';

/**
 * Settings as versioned storage items (browser.storage.local), each validated when
 * read and written: a corrupt value falls back to the default instead of breaking a
 * surface.
 */
export interface Preferences {
  /** UI language: follow the browser, or force one. */
  uiLang: 'auto' | 'fr' | 'en';
  defaultJurisdiction: (typeof JURISDICTION_IDS)[number];
  defaultLanguage: 'fr' | 'en';
  notifications: boolean;
  /** Hour of the day for the daily notification. */
  notifyHour: number;
}

export const DEFAULT_PREFERENCES: Preferences = { uiLang: 'auto', defaultJurisdiction: 'fr-b2b', defaultLanguage: 'fr', notifications: true, notifyHour: 9 };

export const PreferencesSchema = v.strictObject({
  uiLang: v.picklist(['auto', 'fr', 'en']),
  defaultJurisdiction: v.picklist(JURISDICTION_IDS),
  defaultLanguage: v.picklist(['fr', 'en']),
  notifications: v.boolean(),
  notifyHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
});

const StepOverride = v.strictObject({
  id: v.picklist(STEP_IDS),
  enabled: v.optional(v.boolean()),
  delayDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-60), v.maxValue(3650))),
  minGapDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  channel: v.optional(v.picklist(['email', 'phone', 'letter', 'registered-letter', 'other', 'none'])),
  tone: v.optional(v.picklist(TONES as unknown as ['friendly', 'polite', 'firm', 'formal'])),
});
export const PolicyOverrideSchema = v.strictObject({
  steps: v.optional(v.pipe(v.array(StepOverride), v.maxLength(20))),
  minSpacingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  promiseGraceDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
  noticeDeadlineDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
});

const TextTemplateSchema = v.strictObject({ subject: v.pipe(v.string(), v.maxLength(500)), body: v.pipe(v.string(), v.maxLength(20_000)) });
export const TemplateOverridesSchema = v.strictObject({
  fr: v.optional(v.record(v.picklist(DRAFT_KINDS), TextTemplateSchema)),
  en: v.optional(v.record(v.picklist(DRAFT_KINDS), TextTemplateSchema)),
});

export const UserRatesSchema = v.record(
  v.picklist(['ecb-mro', 'fr-legal-pro', 'uk-bank-rate', 'de-base']),
  v.record(v.pipe(v.string(), v.regex(/^\d{4}-H[12]$/)), v.strictObject({ percent: v.pipe(v.string(), v.regex(/^\d{1,3}(\.\d{1,4})?$/)), provisional: v.optional(v.boolean()) })),
);

function validated<T>(schema: v.GenericSchema<unknown, T>, fallback: T) {
  return (value: unknown): T => {
    const r = v.safeParse(schema, value);
    return r.success ? r.output : fallback;
  };
}

export const DEFAULT_SENDER: Sender = { name: '', country: 'FR' };

export const senderItem = storage.defineItem<Sender>('local:sender', { fallback: DEFAULT_SENDER, version: 1 });
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', { fallback: DEFAULT_PREFERENCES, version: 1 });
export const policyItem = storage.defineItem<PolicyOverride>('local:policy', { fallback: {}, version: 1 });
export const templatesItem = storage.defineItem<TemplateOverrides>('local:templates', { fallback: {}, version: 1 });
export const userRatesItem = storage.defineItem<Partial<Record<SeriesId, Record<string, RateValue>>>>('local:rates', { fallback: {}, version: 1 });
export const lastNotifiedItem = storage.defineItem<string>('local:lastNotified', { fallback: '' });

export const readSender = async () => validated(SenderSchema, DEFAULT_SENDER)(await senderItem.getValue()) as Sender;
export const readPreferences = async () => ({ ...DEFAULT_PREFERENCES, ...validated(v.partial(PreferencesSchema), {})(await preferencesItem.getValue()) });
export const readPolicyOverride = async () => validated(PolicyOverrideSchema, {})(await policyItem.getValue()) as PolicyOverride;
export const readTemplates = async () => validated(TemplateOverridesSchema, {})(await templatesItem.getValue()) as TemplateOverrides;
export const readUserRates = async () => validated(UserRatesSchema, {})(await userRatesItem.getValue()) as Partial<Record<SeriesId, Record<string, RateValue>>>;

/** Validate before writing: a bad value is an error, never stored. */
export async function writeSender(s: unknown): Promise<void> {
  await senderItem.setValue(v.parse(SenderSchema, s) as Sender);
}
export async function writePreferences(p: unknown): Promise<void> {
  await preferencesItem.setValue(v.parse(PreferencesSchema, p));
}
export async function writePolicyOverride(p: unknown): Promise<void> {
  await policyItem.setValue(v.parse(PolicyOverrideSchema, p) as PolicyOverride);
}
export async function writeTemplates(t: unknown): Promise<void> {
  await templatesItem.setValue(v.parse(TemplateOverridesSchema, t) as TemplateOverrides);
}
export async function writeUserRates(r: unknown): Promise<void> {
  await userRatesItem.setValue(v.parse(UserRatesSchema, r) as Partial<Record<SeriesId, Record<string, RateValue>>>);
}
