import { reconcile, type Figure } from '../consistency';
import { legalIds } from '../parties';
import type { Reading } from './adapter';

/**
 * The totals block of an app's document template, row by row with the role the template
 * gives each row (by its position or its data attribute, not by its translated label).
 * The figures go through the same consistency checks as the generic reader's: a total
 * that subtotal + taxes do not give, or an amount due that total − paid does not give,
 * is flagged to confirm, never trusted.
 */
export type TotalsRole =
  'subtotal' | 'tax' | 'discount' | 'shipping' | 'total' | 'paid' | 'due' | 'credit';
export interface TotalsRow {
  role: TotalsRole;
  value: string;
  where: string;
}

export function applyTotals(r: Reading, rows: TotalsRow[]): void {
  const figs: Partial<Record<TotalsRole, Figure[]>> = {};
  for (const row of rows) {
    const a = r.amount('paid', row.value, row.where);
    if (!a) continue;
    (figs[row.role] ??= []).push({
      minor: Math.abs(a.minor),
      confidence: r.d.fields.paid!.confidence,
      where: r.d.fields.paid!.where,
    });
  }
  // r.amount() stored each figure in `paid` to share its parsing and currency checks: start clean.
  r.d.paid = null;
  delete r.d.fields.paid;
  const one = (k: TotalsRole) => figs[k]?.[figs[k]!.length - 1];
  const out = reconcile({
    currency: r.d.currency,
    subtotal: one('subtotal'),
    taxes: figs.tax,
    shipping: figs.shipping,
    discounts: figs.discount,
    total: one('total'),
    paidTotal: one('paid'),
    credits: figs.credit,
    amountDue: one('due'),
  });
  if (out.total) {
    r.d.totalWithTax = out.total.minor;
    r.d.fields.totalWithTax = { confidence: out.total.confidence, where: out.total.where };
  }
  if (out.paid) {
    r.d.paid = out.paid.minor;
    r.d.fields.paid = { confidence: out.paid.confidence, where: out.paid.where };
  }
  if (out.amountDue) {
    r.d.amountDue = out.amountDue.minor;
    r.d.fields.amountDue = { confidence: out.amountDue.confidence, where: out.amountDue.where };
  }
  r.d.warnings.push(...out.warnings);
}

/** A party's name and the legal ids found in its block's lines. */
export function partyBlock(
  r: Reading,
  field: 'buyerName' | 'sellerName',
  lines: string[],
  where: string,
): void {
  const name = lines.find((l) => l.trim());
  if (!name) return;
  r.party(field, name, where);
  const ids = legalIds(lines.join('\n'));
  if (field === 'buyerName') r.d.buyerIds = ids;
  else r.d.sellerIds = ids;
}
