import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { SenderSchema, type Sender } from './model/sender';
import { PolicyOverrideSchema } from './model/policy-schema';
import {
  PreferencesSchema,
  TemplateOverridesSchema,
  UserRatesSchema,
  type Preferences,
} from './model/settings-schema';
import type { PolicyOverride } from './model/policy';
import type { TemplateOverrides } from './drafts/render';
import type { RateValue, SeriesId } from './escalation/rates';

/**
 * Settings as versioned storage items (browser.storage.local), each validated when
 * read and written: a corrupt value falls back to the default instead of breaking a
 * surface.
 */
export type { Preferences };
export { PreferencesSchema, PolicyOverrideSchema, TemplateOverridesSchema, UserRatesSchema };

export const DEFAULT_PREFERENCES: Preferences = {
  uiLang: 'auto',
  defaultJurisdiction: 'fr-b2b',
  defaultLanguage: 'fr',
  notifications: true,
  notifyHour: 9,
};

function validated<T>(schema: v.GenericSchema<unknown, T>, fallback: T) {
  return (value: unknown): T => {
    const r = v.safeParse(schema, value);
    return r.success ? r.output : fallback;
  };
}

export const DEFAULT_SENDER: Sender = { name: '', country: 'FR' };

export const senderItem = storage.defineItem<Sender>('local:sender', {
  fallback: DEFAULT_SENDER,
  version: 1,
});
export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});
export const policyItem = storage.defineItem<PolicyOverride>('local:policy', {
  fallback: {},
  version: 1,
});
export const templatesItem = storage.defineItem<TemplateOverrides>('local:templates', {
  fallback: {},
  version: 1,
});
export const userRatesItem = storage.defineItem<
  Partial<Record<SeriesId, Record<string, RateValue>>>
>('local:rates', { fallback: {}, version: 1 });
export const lastNotifiedItem = storage.defineItem<string>('local:lastNotified', { fallback: '' });

export const readSender = async () =>
  validated(SenderSchema, DEFAULT_SENDER)(await senderItem.getValue()) as Sender;
export const readPreferences = async () => ({
  ...DEFAULT_PREFERENCES,
  ...validated(v.partial(PreferencesSchema), {})(await preferencesItem.getValue()),
});
export const readPolicyOverride = async () =>
  validated(PolicyOverrideSchema, {})(await policyItem.getValue()) as PolicyOverride;
export const readTemplates = async () =>
  validated(TemplateOverridesSchema, {})(await templatesItem.getValue()) as TemplateOverrides;
export const readUserRates = async () =>
  validated(UserRatesSchema, {})(await userRatesItem.getValue()) as Partial<
    Record<SeriesId, Record<string, RateValue>>
  >;

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
  await userRatesItem.setValue(
    v.parse(UserRatesSchema, r) as Partial<Record<SeriesId, Record<string, RateValue>>>,
  );
}
