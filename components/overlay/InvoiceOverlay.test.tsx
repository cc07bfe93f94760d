// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDetected } from '@/lib/detect/invoice-reading';
import { InvoiceOverlay } from './InvoiceOverlay';
import type { ClientSummary } from '@/lib/messaging/protocol';

afterEach(cleanup);

const d = {
  ...emptyDetected(),
  invoiceNumber: 'F-9',
  currency: 'EUR',
  amountDue: 99000,
  totalWithTax: 99000,
  buyerName: 'Boulangerie Martin',
};
const summary: ClientSummary = {
  name: 'Boulangerie Martin SARL',
  averageDaysLate: 31,
  worstDaysLate: 58,
  highestStep: null,
  disputes: 0,
  recommendation: { level: 'deposit', depositPercent: 30, reasons: [] },
};

describe('invoice overlay: the client’s profile', () => {
  it('is asked for only when the user presses the button, and shown then', async () => {
    let client: ClientSummary | null = null;
    const onProfile = vi.fn(async () => {
      client = summary;
    });
    const props = {
      lang: 'fr' as const,
      kind: 'invoice' as const,
      invoices: [d],
      statuses: [],
      missing: [],
      onTrack: async () => null,
      onPrepare: () => undefined,
      onClose: () => undefined,
      onProfile,
    };
    const { container, rerender } = render(<InvoiceOverlay {...props} client={client} />);
    expect(onProfile).not.toHaveBeenCalled();
    expect(container.querySelector('.client-profile')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Profil du client' }));
    await waitFor(() => expect(onProfile).toHaveBeenCalledTimes(1));
    rerender(<InvoiceOverlay {...props} client={client} />);
    expect(container.querySelector('.client-profile')?.textContent).toMatch(
      /^Boulangerie Martin SARL — retard moyen 31 j/,
    );
  });

  it('says so when Relance does not know the client', async () => {
    render(
      <InvoiceOverlay
        lang="en"
        kind="invoice"
        invoices={[d]}
        statuses={[]}
        missing={[]}
        client={null}
        onTrack={async () => null}
        onPrepare={() => undefined}
        onClose={() => undefined}
        onProfile={async () => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Client profile' }));
    await waitFor(() =>
      expect(screen.getByText('Relance does not know this client yet.')).toBeTruthy(),
    );
    expect(screen.queryByRole('button', { name: 'Client profile' })).toBeNull();
  });
});
