import { aging, type Bucket } from '../escalation/portfolio';
import type { Suggestion } from '../escalation/plan';
import type { Text } from '../model/text';
import type { AppState } from './state';
import type { UiLangPref } from './lang';

/** Invoice rows a card shows before "N more invoices" (the popup is a to-do list, not a ledger). */
export const CARD_ROWS = 3;

/**
 * A suggestion as a card draws it. The snapshot keeps only the rows the card shows;
 * `coveredCount` then says how many invoices the step covers in all.
 */
export type CardSuggestion = Suggestion & { coveredCount?: number };

/** Bumped when the snapshot's shape changes: one stored by another version is not drawn. */
export const SNAPSHOT_FORMAT = 2;

/**
 * What the popup needs to show at once, computed by the background each time it
 * re-plans: the 50 most urgent clients and the header figures. The popup draws it
 * immediately, then replaces it with the full plan once the ledger is read.
 */

export interface PopupView {
  format: number;
  today: string;
  uiLang: UiLangPref;
  suggestions: CardSuggestion[];
  suggestionCount: number;
  invoiceCount: number;
  dueToday: number;
  totals: [string, number][];
  aging: [string, Record<Bucket, number>][];
  sharedWarnings: Text[];
}

export const SNAPSHOT_SIZE = 50;

/** A suggestion as the snapshot keeps it: enough to draw its card, no more. */
function slim(s: Suggestion): CardSuggestion {
  return {
    ...s,
    invoices: s.invoices.slice(0, CARD_ROWS),
    coveredCount: s.invoices.length,
    history: s.history.slice(-3),
    skipped: [],
  };
}

export function popupView(state: AppState, limit = Infinity): PopupView {
  const totals = new Map<string, number>();
  for (const s of state.suggestions)
    for (const i of s.invoices)
      if (i.daysLate > 0) totals.set(i.currency, (totals.get(i.currency) ?? 0) + i.amountDue);
  return {
    format: SNAPSHOT_FORMAT,
    today: state.today,
    uiLang: state.preferences.uiLang,
    suggestions:
      limit === Infinity ? state.suggestions : state.suggestions.slice(0, limit).map(slim),
    suggestionCount: state.suggestions.length,
    invoiceCount: state.ledger.invoices.length,
    dueToday: state.suggestions.filter((s) => s.status === 'due').length,
    totals: [...totals],
    aging: [...aging(state.ledger.invoices, state.today)],
    // Rate-table notes concern everyone: said once.
    sharedWarnings: [
      ...new Map(
        state.suggestions
          .flatMap((s) => s.warnings)
          .filter((w) => /provisional|rate table/.test(w.en))
          .map((w) => [w.en, w]),
      ).values(),
    ],
  };
}
