import * as v from 'valibot';
import { JURISDICTION_IDS } from '../escalation/jurisdictions';
import type { RateValue, SeriesId } from '../escalation/rates';
import { DRAFT_KINDS, DRAFT_LANGS } from '../drafts/kinds';
import type { TemplateOverrides } from '../drafts/render';
import { percent, text } from './fields';
import { LANGUAGE_CODES } from '../i18n/languages';

/** What the user sets besides the ledger: one schema for the settings items and the backup file. */
export const PreferencesSchema = v.strictObject({
  /** UI language: follow the browser, or force one. */
  uiLang: v.picklist(['auto', ...LANGUAGE_CODES] as const),
  defaultJurisdiction: v.picklist(JURISDICTION_IDS),
  /** New clients' language: that of the reminders written to them, not the UI's. */
  defaultLanguage: v.picklist(DRAFT_LANGS),
  notifications: v.boolean(),
  /** Hour of the day for the daily notification. */
  notifyHour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)),
});
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

const TextTemplateSchema = v.strictObject({ subject: text(500), body: text(20_000) });
export const TemplateOverridesSchema = v.strictObject({
  fr: v.optional(v.record(v.picklist(DRAFT_KINDS), TextTemplateSchema)),
  en: v.optional(v.record(v.picklist(DRAFT_KINDS), TextTemplateSchema)),
});

export const SERIES_IDS = [
  'ecb-mro',
  'fr-legal-pro',
  'uk-bank-rate',
  'de-base',
] as const satisfies readonly SeriesId[];
export const UserRatesSchema = v.record(
  v.picklist(SERIES_IDS),
  v.record(
    v.pipe(v.string(), v.regex(/^\d{4}-H[12]$/)),
    v.strictObject({ percent, provisional: v.optional(v.boolean()) }),
  ),
);
export type UserRates = Partial<Record<SeriesId, Record<string, RateValue>>>;

// The schemas and the types the code uses say the same thing.
const _t: TemplateOverrides = {} as v.InferOutput<typeof TemplateOverridesSchema>;
const _r: UserRates = {} as v.InferOutput<typeof UserRatesSchema>;
void _t;
void _r;
