import type * as v from 'valibot';
import { loadClientSlices } from './state';
import type { LedgerDB } from '../ledger/db';
import { firstOrigin, invoiceId, matchClient } from '../ledger/merge';
import { riskProfile } from '../escalation/portfolio';
import { minorToDecimal } from '../model/money';
import { daysBetween, type CalendarDate } from '../model/dates';
import type { ClientSummary, PageInvoiceStatus } from '../messaging/protocol';
import type { PageLookupSchema } from '../messaging/schemas';

export type PageLookup = v.InferOutput<typeof PageLookupSchema>;

/**
 * What the overlay shows for the invoice numbers read on one page: read by key (derived
 * from the number) and by index, never the whole ledger, and only invoices first seen on
 * this site, so another site's page learns nothing of the others. The buyer's profile is
 * looked up only when the user asked for it in the overlay.
 */
export async function pageLookup(
  database: LedgerDB,
  { origin, numbers, buyer }: PageLookup,
  day: CalendarDate,
): Promise<{ invoices: PageInvoiceStatus[]; client: ClientSummary | null }> {
  const scope = `site:${new URL(origin).host}`;
  const found = await Promise.all(
    numbers.map(async (n) => {
      const own = await database.get('invoices', invoiceId(n, scope));
      if (own) return own;
      const first = await database.get('invoices', invoiceId(n));
      return first && firstOrigin(first) === origin ? first : undefined;
    }),
  );
  const known = buyer
    ? matchClient(await database.getAll('clients'), { name: buyer.name, email: buyer.email })
    : null;
  const slices = await loadClientSlices(
    {
      clientIds: [
        ...new Set([
          ...found.flatMap((i) => (i ? [i.clientId] : [])),
          ...(known ? [known.id] : []),
        ]),
      ],
    },
    day,
  );
  const slice = (clientId: string) => slices.find((s) => s.client.id === clientId);
  let client: ClientSummary | null = null;
  const mine = known && slice(known.id);
  if (mine) {
    const p = riskProfile(mine.client, mine.invoices, mine.events, day);
    client = {
      name: mine.client.name,
      averageDaysLate: p.averageDaysLate,
      worstDaysLate: p.worstDaysLate,
      highestStep: p.highestStep,
      disputes: p.disputes,
      recommendation: p.recommendation,
    };
  }
  const invoices = numbers.map((number, k): PageInvoiceStatus => {
    const inv = found[k];
    if (!inv)
      return {
        number,
        tracked: false,
        status: null,
        daysLate: 0,
        amountDue: null,
        nextStep: null,
        reason: null,
      };
    const s = slice(inv.clientId)?.suggestion ?? null;
    return {
      number,
      tracked: true,
      status: inv.status,
      daysLate: inv.dueDate ? Math.max(0, daysBetween(inv.dueDate, day)) : 0,
      amountDue: minorToDecimal(inv.amountDue, inv.currency) + ' ' + inv.currency,
      nextStep: s?.step ?? null,
      reason: s?.reason ?? null,
    };
  });
  return { invoices, client };
}
