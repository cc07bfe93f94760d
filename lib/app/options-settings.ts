import type { DraftContext } from '../drafts/render';
import type { RateValue, SeriesId } from '../escalation/rates';
import type { Policy } from '../model/policy';
import type { AppState } from './state';

/**
 * What the options page writes from its editors, apart from how it is shown: the ladder's
 * override, a rate the user adds, the sample the template editor previews.
 */

/** The part of an edited ladder that is the user's to override (no jurisdiction data). */
export function ladderOverride(p: Policy) {
  return {
    steps: p.steps,
    minSpacingDays: p.minSpacingDays,
    promiseGraceDays: p.promiseGraceDays,
    noticeDeadlineDays: p.noticeDeadlineDays,
  };
}

export type UserRates = Partial<Record<SeriesId, Record<string, RateValue>>>;

/** The user's rates with one more (or a corrected) half-year of a series. */
export function withUserRate(
  current: UserRates,
  series: SeriesId,
  halfYear: string,
  percent: string,
): UserRates {
  return { ...current, [series]: { ...(current[series] ?? {}), [halfYear]: { percent } } };
}

/** A real overdue client to preview the templates with: the first suggestion with invoices. */
export function templateSample(
  state: Pick<AppState, 'suggestions' | 'ledger' | 'sender' | 'today'>,
): Omit<DraftContext, 'kind' | 'lang' | 'overrides'> | null {
  const sample = state.suggestions.find((s) => s.invoices.length);
  const client = sample && state.ledger.clients.find((c) => c.id === sample.clientId);
  if (!sample || !client) return null;
  return {
    tone: sample.tone,
    client,
    sender: state.sender,
    invoices: sample.invoices,
    amounts: sample.amounts,
    daysLate: sample.daysLate,
    history: sample.history,
    jurisdiction: sample.jurisdiction,
    lawRef: sample.lawRef,
    today: state.today,
  };
}
