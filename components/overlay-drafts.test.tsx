// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDetected, type DetectedInvoice } from '@/lib/detect/invoice-reading';
import { InvoiceOverlay } from './overlay/InvoiceOverlay';

/** On invoicing pages a draft is shown for what it is and never offered to track. */
afterEach(cleanup);

const inv = (number: string, status: DetectedInvoice['status']): DetectedInvoice => ({
  ...emptyDetected(),
  invoiceNumber: number,
  currency: 'EUR',
  amountDue: 50_000,
  totalWithTax: 50_000,
  dueDate: '2026-10-01',
  dueDateSource: 'label',
  status,
  confidence: 0.9,
});

describe('drafts on invoicing pages', () => {
  it('an invoice page showing a draft: no Track button, the reason instead', () => {
    render(
      <InvoiceOverlay
        lang="fr"
        kind="invoice"
        invoices={[inv('F-12', 'draft')]}
        statuses={[]}
        missing={[]}
        onTrack={vi.fn(async () => null)}
        onPrepare={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Suivre cette facture' })).toBeNull();
    expect(screen.getByTestId('draft-note').textContent).toBe(
      'Brouillon : pas encore envoyé, rien à relancer.',
    );
  });

  it('a list: drafts are not selected nor selectable, the others are imported', async () => {
    const onTrack = vi.fn(async () => null);
    render(
      <InvoiceOverlay
        lang="en"
        kind="list"
        invoices={[inv('F-10', 'open'), inv('F-11', 'draft'), inv('F-12', 'overdue')]}
        statuses={[]}
        missing={[]}
        onTrack={onTrack}
        onPrepare={() => undefined}
        onClose={() => undefined}
      />,
    );
    const box = (n: string) => screen.getByRole('checkbox', { name: n }) as HTMLInputElement;
    expect([box('F-10').checked, box('F-11').checked, box('F-12').checked]).toEqual([
      true,
      false,
      true,
    ]);
    expect(box('F-11').disabled).toBe(true);
    expect(screen.getByText('(draft)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import selected (2)' }));
    await waitFor(() =>
      expect(onTrack).toHaveBeenCalledWith(
        [
          expect.objectContaining({ invoiceNumber: 'F-10' }),
          expect.objectContaining({ invoiceNumber: 'F-12' }),
        ],
        false,
      ),
    );
  });
});
