import { aging, type Bucket } from '../escalation/portfolio';
import type { Suggestion } from '../escalation/plan';
import type { AppState } from './state';

/**
 * What the popup needs to show at once, computed by the background each time it
 * re-plans: the 50 most urgent clients and the header figures. The popup draws it
 * immediately, then replaces it with the full plan once the ledger is read.
 */
export interface PopupView {
  today: string;
  uiLang: 'auto' | 'fr' | 'en';
  suggestions: Suggestion[];
  suggestionCount: number;
  invoiceCount: number;
  dueToday: number;
  totals: [string, number][];
  aging: [string, Record<Bucket, number>][];
  sharedWarnings: string[];
}

export const SNAPSHOT_SIZE = 50;

/** A suggestion as the snapshot keeps it: enough to draw its card, no more. */
function slim(s: Suggestion): Suggestion {
  return { ...s, invoices: s.invoices.slice(0, 6), history: s.history.slice(-3), skipped: [] };
}

export function popupView(state: AppState, limit = Infinity): PopupView {
  const totals = new Map<string, number>();
  for (const s of state.suggestions) for (const i of s.invoices) if (i.daysLate > 0) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.amountDue);
  return {
    today: state.today,
    uiLang: state.preferences.uiLang,
    suggestions: limit === Infinity ? state.suggestions : state.suggestions.slice(0, limit).map(slim),
    suggestionCount: state.suggestions.length,
    invoiceCount: state.ledger.invoices.length,
    dueToday: state.suggestions.filter((s) => s.status === 'due').length,
    totals: [...totals],
    aging: [...aging(state.ledger.invoices, state.today)],
    // Rate-table notes concern everyone: said once.
    sharedWarnings: [...new Set(state.suggestions.flatMap((s) => s.warnings))].filter((w) => /provisional|rate table/.test(w)),
  };
}
