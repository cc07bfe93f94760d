import { minorToDecimal } from '../model/money';
import type { Text } from '../model/text';
import { catalogText } from '../i18n/text';

/**
 * The amounts of one document must agree with each other:
 *   line amounts            = subtotal
 *   subtotal + taxes (+ shipping − discounts) = total
 *   total − paid (− credits) = amount due
 * Each sum that holds raises the confidence of the figures in it; one that does not
 * flags the figures with both readings, and they are never recorded as trusted.
 * Pure arithmetic on figures already read (no DOM): cheap enough for every row of a list.
 */
export interface Figure {
  minor: number;
  confidence: number;
  where: string;
}

export interface Figures {
  currency: string | null;
  lineSum?: number | null;
  subtotal?: Figure;
  taxes?: Figure[];
  shipping?: Figure[];
  discounts?: Figure[];
  total?: Figure;
  /** An "amount paid" / "paid to date" figure: all payments at once. */
  paidTotal?: Figure;
  /** Payment lines ("Payment: Credit Card -$2,000.00"), added up when no paidTotal is shown. */
  payments?: Figure[];
  credits?: Figure[];
  amountDue?: Figure;
  /** Tax amounts of a VAT breakdown table (one per rate), when the page has one. */
  vatTaxes?: number[];
  /** Sum of that table's bases: the subtotal when no label shows one. */
  vatBase?: number | null;
}

export interface Reconciled {
  total: Figure | null;
  paid: Figure | null;
  amountDue: Figure | null;
  /** Sums that held (for the trace) and that did not (warnings, both readings). */
  held: string[];
  warnings: Text[];
  /** A disagreement concerns the total or the amount due: neither is trusted. */
  doubtful: boolean;
}

const UNCERTAIN = 0.5;
const sum = (xs: Figure[] | undefined) => (xs ?? []).reduce((a, f) => a + Math.abs(f.minor), 0);
const boost = (f: Figure, n: number): Figure => ({
  ...f,
  confidence: Math.min(0.99, f.confidence + 0.1 * n),
});

/**
 * The readings of the taxes, most likely first: every tax line added up; the same without a
 * "total VAT" line that repeats the rates above it (TVA 20 % + TVA 5,5 % + Total TVA); the
 * VAT breakdown table's rates. A VAT base or amount is never a total: only these sums are.
 */
function taxSums(lines: Figure[] | undefined, vat: number[] | undefined): number[] {
  const out: number[] = [];
  const xs = (lines ?? []).map((f) => Math.abs(f.minor));
  const all = xs.reduce((a, b) => a + b, 0);
  if (xs.length) out.push(all);
  for (const x of xs) if (xs.length >= 3 && x * 2 === all) out.push(x);
  if (xs.length === 2 && xs[0] === xs[1]) out.push(xs[0]!);
  if (vat?.length) out.push(vat.reduce((a, b) => a + b, 0));
  return [...new Set(out)];
}

export function reconcile(x: Figures): Reconciled {
  const money = (m: number) =>
    x.currency ? `${minorToDecimal(m, x.currency)} ${x.currency}` : (m / 100).toFixed(2);
  const held: string[] = [];
  const warnings: Text[] = [];
  let totalOk = 0;
  let totalBad = false;
  let dueOk = 0;
  let dueBad = false;
  const total = x.total;
  const taxOptions = taxSums(x.taxes, x.vatTaxes);
  const taxes = taxOptions[0] ?? 0;
  const shipping = sum(x.shipping);
  const discounts = sum(x.discounts);

  if (x.lineSum != null && x.lineSum > 0) {
    const ref = x.subtotal ?? total;
    if (ref && (x.lineSum === ref.minor || (x.subtotal && total && x.lineSum === total.minor))) {
      held.push('line amounts = subtotal');
      totalOk++;
    } else if (x.subtotal && shipping && x.lineSum + shipping - discounts === x.subtotal.minor) {
      // A total before tax that counts the shipping (PrestaShop's "Total (Tax excl.)" after
      // "Shipping Costs"): the lines, the shipping and the discounts make it.
      held.push('line amounts + shipping = subtotal');
      totalOk++;
    } else if (
      x.subtotal &&
      total &&
      discounts &&
      x.subtotal.minor > discounts &&
      Math.abs(x.lineSum * (x.subtotal.minor - discounts) - total.minor * x.subtotal.minor) <=
        x.subtotal.minor
    ) {
      // Lines shown taxes included (Invoicerr) and a discount on the whole: the lines less the
      // same share as the discount takes off the subtotal give the total.
      held.push('line amounts (taxes included) less the discount = total');
      totalOk++;
    } else if (ref && x.subtotal && !(discounts && x.lineSum - discounts === ref.minor)) {
      totalBad = true;
      warnings.push(
        catalogText('detectConsistencyTheLinesAddUp', money(x.lineSum), money(ref.minor)),
      );
    } else if (
      !x.subtotal &&
      total &&
      discounts &&
      (taxOptions.length ? taxOptions : [0]).some(
        (t) => x.lineSum! + t + shipping - discounts === total.minor,
      )
    ) {
      // No subtotal shown, a discount in the totals (FOSSBilling's pdf invoice: the lines, then
      // "Tax:", "Discount:", "Total:"): the lines plus taxes and shipping, less the discount, make it.
      held.push('line amounts + taxes − discounts = total');
      totalOk++;
    } else if (!x.subtotal && total && x.lineSum > total.minor) {
      totalBad = true;
      warnings.push(
        catalogText('detectConsistencyTheLinesAddUp2', money(x.lineSum), money(total.minor)),
      );
    }
  }

  const subtotal =
    x.subtotal ??
    (x.vatBase
      ? { minor: x.vatBase, confidence: 0.8, where: 'VAT breakdown, sum of the bases' }
      : undefined);
  if (subtotal && total) {
    const options = (taxOptions.length ? taxOptions : [0]).flatMap((t) => {
      const base = subtotal.minor + t;
      return [base + shipping - discounts, base + shipping, base - discounts, base];
    });
    // Prices shown taxes included (Saleor's invoice_summary_table.html: gross "Subtotal" and "Delivery
    // Cost", then "Tax", the part of them that is tax, then "Grand Total" = Subtotal + Delivery Cost):
    // the taxes are inside the subtotal. Only when something is added or taken off and the lines make
    // the subtotal, so that a subtotal read as the total never proves itself.
    const included =
      taxes > 0 &&
      taxes < total.minor &&
      (shipping > 0 || discounts > 0) &&
      x.lineSum === subtotal.minor &&
      subtotal.minor + shipping - discounts === total.minor;
    if (options.includes(total.minor)) {
      held.push('subtotal + taxes = total');
      totalOk++;
    } else if (included) {
      held.push('subtotal (taxes included) + shipping = total');
      totalOk++;
    } else {
      totalBad = true;
      warnings.push(
        catalogText(
          'detectConsistencySubtotalNotTotal',
          money(subtotal.minor),
          taxes ? money(taxes) : undefined,
          shipping ? money(shipping) : undefined,
          discounts ? money(discounts) : undefined,
          money(total.minor),
        ),
      );
    }
  }

  // No total shown (SolidInvoice shows the balance instead once a payment is made): subtotal + taxes
  // and balance + payments are two readings of it; when they agree, that is the total.
  let derivedTotal: Figure | undefined;
  if (!total && subtotal && x.amountDue && (x.paidTotal || x.payments?.length)) {
    const paid = x.paidTotal ? Math.abs(x.paidTotal.minor) : sum(x.payments);
    const options = (taxOptions.length ? taxOptions : [0]).flatMap((t) => [
      subtotal.minor + t + shipping - discounts,
      subtotal.minor + t,
    ]);
    if (options.includes(x.amountDue.minor + paid)) {
      derivedTotal = {
        minor: x.amountDue.minor + paid,
        confidence: Math.min(subtotal.confidence, x.amountDue.confidence) * 0.9,
        where: `${subtotal.where} + taxes = ${x.amountDue.where} + paid`,
      };
      held.push('subtotal + taxes = amount due + paid');
    }
  }
  const paidMinor = x.paidTotal
    ? Math.abs(x.paidTotal.minor)
    : x.payments?.length
      ? sum(x.payments)
      : null;
  const paidFigure: Figure | null = x.paidTotal
    ? { ...x.paidTotal, minor: Math.abs(x.paidTotal.minor) }
    : x.payments?.length
      ? {
          minor: paidMinor!,
          confidence: Math.min(...x.payments.map((p) => p.confidence)),
          where: x.payments.map((p) => p.where).join(' + '),
        }
      : null;
  const credits = sum(x.credits);
  let due = x.amountDue ?? null;
  if (total && due) {
    const options =
      paidMinor !== null || credits
        ? [total.minor - (paidMinor ?? 0) - credits, total.minor - (paidMinor ?? 0)]
        : [total.minor];
    if (options.includes(due.minor)) {
      held.push(paidMinor !== null || credits ? 'total − paid = amount due' : 'total = amount due');
      dueOk++;
    } else if (paidMinor !== null || credits || due.minor > total.minor) {
      dueBad = true;
      warnings.push(
        catalogText(
          'detectConsistencyTotalNotDue',
          money(total.minor),
          paidMinor !== null ? money(paidMinor) : undefined,
          credits ? money(credits) : undefined,
          money(due.minor),
        ),
      );
    }
  } else if (total && !due) {
    const left = total.minor - (paidMinor ?? 0) - credits;
    if (left >= 0) {
      due = {
        minor: left,
        confidence: Math.min(total.confidence, paidFigure?.confidence ?? 1) * 0.85,
        where: `${total.where}${paidFigure ? ` minus ${paidFigure.where}` : ''}${credits ? ' minus credits' : ''}`,
      };
      if (paidMinor !== null) held.push('amount due = total − paid');
    } else {
      dueBad = true;
      warnings.push(
        catalogText('detectConsistencyPaidIsMoreThan', money(paidMinor ?? 0), money(total.minor)),
      );
    }
  }

  let outTotal = total ?? derivedTotal ?? null;
  // Total − paid that does not give the amount due: the total may be the wrong reading as well.
  if (outTotal)
    outTotal =
      totalBad || dueBad
        ? { ...outTotal, confidence: Math.min(outTotal.confidence, UNCERTAIN) }
        : boost(outTotal, totalOk + dueOk);
  // Derived from the total: as sure as the total after its checks, less the chance of payments not shown.
  if (due && !x.amountDue && outTotal && !totalBad)
    due = { ...due, confidence: Math.min(outTotal.confidence, paidFigure?.confidence ?? 1) * 0.85 };
  if (due) {
    // The amount due rests on the total when it was derived from it, or checked against it.
    if (dueBad || (totalBad && (!x.amountDue || dueOk)))
      due = { ...due, confidence: Math.min(due.confidence, UNCERTAIN) };
    else due = boost(due, dueOk + (dueOk ? totalOk : 0));
  }
  const paidOut = paidFigure && dueOk && paidMinor !== null ? boost(paidFigure, dueOk) : paidFigure;
  return {
    total: outTotal,
    paid: paidOut,
    amountDue: due,
    held,
    warnings,
    doubtful: totalBad || dueBad,
  };
}
