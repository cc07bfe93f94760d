import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDetected } from '../detect/invoice-reading';
import { openLedger } from '../ledger/db';
import { readLedger } from '../ledger/repo';
import { importAll } from './import';

/**
 * Issue #22, finding 7: the options page once imported one transaction per 20 000 invoices,
 * so closing the tab (or any error) past the first 20 000 left them written and the rest not.
 * Here the write of an invoice past the 20 000th throws, as a tab leaving then would end it.
 */
const N = 20_500;
const item = (i: number) => ({
  detected: {
    ...emptyDetected(),
    invoiceNumber: `BIG-${String(i).padStart(5, '0')}`,
    currency: 'EUR',
    totalWithTax: 10_000 + i,
    amountDue: 10_000 + i,
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
    dueDateSource: 'label' as const,
    buyerName: `Client ${i % 40}`,
    buyerEmail: `compta${i % 40}@c${i % 40}.example`,
    confidence: 0.9,
  },
  source: { kind: 'csv' as const, where: 'big.csv', at: '2026-11-20T10:00:00.000Z' },
});

/** The put of this invoice throws. */
function failOnInvoice(number: string): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'invoices' && (args[0] as { number?: string }).number === number)
      throw new DOMException(`simulated failure at ${number}`, 'DataCloneError');
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}
let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

describe('the options import', () => {
  it(`of ${N} invoices, failing past the 20 000th, writes none of them and says so; the re-run writes each once`, async () => {
    const db = await openLedger(`import-all-${Math.random()}`);
    const all = Array.from({ length: N }, (_, i) => item(i));
    undo = failOnInvoice('BIG-20400');
    const err = await importAll(db, all, { today: '2026-11-23' }).then(
      () => null,
      (e: unknown) => e as { text: { fr: string; en: string } },
    );
    undo();
    undo = null;
    expect(err?.text.fr).toMatch(
      /^Rien n’a été importé \(l’import a été annulé en entier\) — .*BIG-20400/,
    );
    expect(err?.text.en).toMatch(/^Nothing was imported \(the whole import was rolled back\) — /);
    expect(await readLedger(db)).toEqual({ clients: [], invoices: [], events: [] });

    const r = await importAll(db, all, { today: '2026-11-23' });
    expect(r.added).toHaveLength(N);
    const again = await importAll(db, all, { today: '2026-11-23' });
    expect(again.added).toHaveLength(0);
    const l = await readLedger(db);
    expect(l.invoices).toHaveLength(N);
    expect(l.clients).toHaveLength(40);
    db.close();
  }, 120_000);
});
