import { plan, type Ledger, type Suggestion } from '../escalation/plan';
import { DEFAULT_RATES, mergeRates, type RateTable } from '../escalation/rates';
import { openLedger, type LedgerDB } from '../ledger/db';
import { readLedger } from '../ledger/repo';
import { localDate, type CalendarDate } from '../model/dates';
import { DEFAULT_POLICY, applyOverride, type Policy } from '../model/policy';
import type { Sender } from '../model/sender';
import type { TemplateOverrides } from '../drafts/render';
import { readPolicyOverride, readPreferences, readSender, readTemplates, readUserRates, type Preferences } from '../settings';

/**
 * What every extension surface needs: the ledger, today's plan and the settings.
 * Extension pages read it directly (same origin as the database); content scripts
 * never call this — they message the background.
 */
let dbPromise: Promise<LedgerDB> | undefined;
export function db(): Promise<LedgerDB> {
  dbPromise ??= openLedger();
  return dbPromise;
}

export function today(): CalendarDate {
  return localDate(new Date());
}

export interface AppState {
  today: CalendarDate;
  ledger: Ledger;
  suggestions: Suggestion[];
  sender: Sender;
  preferences: Preferences;
  policy: Policy;
  rates: RateTable;
  templates: TemplateOverrides;
}

export async function loadState(day = today()): Promise<AppState> {
  const [database, sender, preferences, override, userRates, templates] = await Promise.all([db(), readSender(), readPreferences(), readPolicyOverride(), readUserRates(), readTemplates()]);
  const ledger = await readLedger(database);
  const policy = applyOverride(DEFAULT_POLICY, override);
  const rates = mergeRates(DEFAULT_RATES, userRates);
  const suggestions = plan(ledger, policy, day, { rates, senderCountry: sender.country });
  return { today: day, ledger, suggestions, sender, preferences, policy, rates, templates };
}
