import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DetectedInvoice } from '../detect/invoice-reading';
import { detectedInvoice } from '../../tests/helpers/detected-invoice';
import { recordObservations } from '../ledger/repo';
import { pageLookup } from './page-lookup';
import { db } from './state';

const day = '2026-11-23';
// No number unless the test gives one.
const seen = (over: Partial<DetectedInvoice>): DetectedInvoice =>
  detectedInvoice({ invoiceNumber: null, ...over });

describe('page lookup (what the overlay shows for the numbers read on a page)', () => {
  it('answers the invoices first seen on that origin, with days late and amount due; nothing of another site; the buyer only when asked', async () => {
    const database = await db();
    await recordObservations(
      database,
      [
        {
          detected: seen({ invoiceNumber: 'PL-1' }),
          source: {
            kind: 'page',
            where: 'https://a.example/invoices/1',
            at: '2026-11-20T10:00:00.000Z',
          },
        },
        {
          detected: seen({
            invoiceNumber: 'PL-2',
            buyerName: 'Studio Nord',
            buyerEmail: 'nord@studio.example',
          }),
          source: {
            kind: 'page',
            where: 'https://b.example/invoices/2',
            at: '2026-11-20T10:00:00.000Z',
          },
        },
      ],
      { today: day },
    );

    const onA = await pageLookup(
      database,
      { origin: 'https://a.example', numbers: ['PL-1', 'PL-2', 'PL-9'] },
      day,
    );
    expect(onA.client).toBeNull();
    expect(onA.invoices.map((i) => [i.number, i.tracked])).toEqual([
      ['PL-1', true],
      ['PL-2', false],
      ['PL-9', false],
    ]);
    const [first] = onA.invoices;
    expect(first).toMatchObject({ number: 'PL-1', daysLate: 53, amountDue: '1050.00 EUR' });
    expect(onA.invoices[1]).toEqual({
      number: 'PL-2',
      tracked: false,
      status: null,
      daysLate: 0,
      amountDue: null,
      nextStep: null,
      reason: null,
    });

    const asked = await pageLookup(
      database,
      {
        origin: 'https://a.example',
        numbers: ['PL-1'],
        buyer: { name: 'Atelier Dupont', email: 'compta@dupont.example' },
      },
      day,
    );
    expect(asked.client?.name).toBe('Atelier Dupont');
    expect(asked.client?.worstDaysLate).toBeGreaterThanOrEqual(0);
  });
});
