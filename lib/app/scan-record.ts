import type * as v from 'valibot';
import type { RecordItem } from '../ledger/repo';
import type { ComposeMatch } from '../messaging/protocol';
import type { RecordScanSchema } from '../messaging/schemas';
import type { ClientSlice } from './state';

/**
 * What the background answers the content scripts with, from the ledger's side: the
 * observations a page's scan stands for, and the clients a compose is written to.
 */

/** A page's scan as observations: each invoice with the page as its source, at the time recorded. */
export function scanObservations(
  scan: v.InferOutput<typeof RecordScanSchema>,
  at: string,
): RecordItem[] {
  return scan.invoices.map((detected) => ({
    detected,
    source: { kind: scan.kind, where: scan.url, at },
    confirmed: scan.confirmed,
  }));
}

/** The clients a compose's recipients are, with how many of their invoices are overdue. */
export function composeMatches(
  slices: Pick<ClientSlice, 'client' | 'suggestion'>[],
): ComposeMatch[] {
  return slices.map(({ client, suggestion }) => ({
    clientId: client.id,
    clientName: client.name,
    overdueCount: suggestion ? suggestion.invoices.filter((i) => i.daysLate > 0).length : 0,
  }));
}
