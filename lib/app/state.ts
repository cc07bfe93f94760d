import { plan, planClient, type Ledger, type Suggestion } from '../escalation/plan';
import type { Client } from '../model/client';
import type { LedgerEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import { DEFAULT_RATES, mergeRates, type RateTable } from '../escalation/rates';
import { openLedger, type LedgerDB } from '../ledger/db';
import { readLedger } from '../ledger/repo';
import { localDate, type CalendarDate } from '../model/dates';
import { DEFAULT_POLICY, applyOverride, type Policy } from '../model/policy';
import type { Sender } from '../model/sender';
import type { TemplateOverrides } from '../drafts/render';
import { awaitingPayment, readBankState, type BankState } from '../bank/store';
import {
  readPolicyOverride,
  readPreferences,
  readSender,
  readTemplates,
  readUserRates,
  type Preferences,
} from '../settings';

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
  /** Payments read from bank statements, awaiting confirmation (lib/bank/store). */
  bank: BankState;
}

export async function loadState(day = today()): Promise<AppState> {
  const [database, sender, preferences, override, userRates, templates] = await Promise.all([
    db(),
    readSender(),
    readPreferences(),
    readPolicyOverride(),
    readUserRates(),
    readTemplates(),
  ]);
  const [ledger, bank] = await Promise.all([readLedger(database), readBankState(database)]);
  const policy = applyOverride(DEFAULT_POLICY, override);
  const rates = mergeRates(DEFAULT_RATES, userRates);
  const suggestions = plan(ledger, policy, day, {
    rates,
    senderCountry: sender.country,
    awaitingPayment: awaitingPayment(bank),
  });
  return { today: day, ledger, suggestions, sender, preferences, policy, rates, templates, bank };
}

/** One client's part of the ledger and its plan, read through the indexes. */
export interface ClientSlice {
  client: Client;
  invoices: Invoice[];
  events: LedgerEvent[];
  suggestion: Suggestion | null;
}

/**
 * What the content scripts' lookups need (a recipient's overdue invoices, a page's
 * invoices): a few clients, read by index instead of the whole ledger, so that a
 * lookup costs the same with 100 invoices or 100 000.
 */
export async function loadClientSlices(
  pick: { emails?: string[]; clientIds?: string[] },
  day = today(),
): Promise<ClientSlice[]> {
  const database = await db();
  const tx = database.transaction(['clients', 'invoices', 'events'], 'readonly');
  const clients = new Map<string, Client>();
  const byEmail = tx.objectStore('clients').index('by-email');
  const [found, direct] = await Promise.all([
    Promise.all((pick.emails ?? []).map((e) => byEmail.getAll(e.toLowerCase()))),
    Promise.all((pick.clientIds ?? []).map((id) => tx.objectStore('clients').get(id))),
  ]);
  for (const c of [...found.flat(), ...direct]) if (c) clients.set(c.id, c);
  const ids = [...clients.keys()];
  const [invoices, events] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('invoices').index('by-client').getAll(id))),
    Promise.all(ids.map((id) => tx.objectStore('events').index('by-client').getAll(id))),
  ]);
  await tx.done;
  if (!ids.length) return [];
  const [sender, override, userRates, bank] = await Promise.all([
    readSender(),
    readPolicyOverride(),
    readUserRates(),
    readBankState(database),
  ]);
  const policy = applyOverride(DEFAULT_POLICY, override);
  const rates = mergeRates(DEFAULT_RATES, userRates);
  const awaiting = awaitingPayment(bank);
  return ids.map((id, i) => {
    const client = clients.get(id)!;
    return {
      client,
      invoices: invoices[i]!,
      events: events[i]!,
      suggestion: planClient({
        client,
        invoices: invoices[i]!,
        events: events[i]!,
        policy,
        today: day,
        options: { rates, senderCountry: sender.country, awaitingPayment: awaiting },
      }),
    };
  });
}
