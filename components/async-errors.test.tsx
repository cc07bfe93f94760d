// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDetected } from '@/lib/detect/invoice-reading';
import { riskProfile } from '@/lib/escalation/portfolio';
import type { Client } from '@/lib/model/client';
import { TextError } from '@/lib/model/text';
import { ClientMergeSplit } from './ClientMergeSplit';
import { ClientProfile } from './ClientProfile';
import { translator } from './i18n';
import { InvoiceOverlay } from './overlay/InvoiceOverlay';
import { frEnText } from '../tests/helpers/text';

/** An async handler that fails says so on its surface (asyncHandler), in the user's language. */
afterEach(cleanup);

const client: Client = { id: 'c1', name: 'SARL Dubois', emails: [], language: 'fr', kind: 'b2b' };
const refused = () =>
  Promise.reject(
    new TextError(
      frEnText('Stockage plein : rien n’a été enregistré.', 'Storage full: nothing was saved.'),
    ),
  );

describe('a failed async action is shown, not lost', () => {
  it('the client profile’s Save', async () => {
    render(
      <ClientProfile
        profile={riskProfile(client, [], [], '2026-11-23')}
        client={client}
        lang="fr"
        t={translator('fr')}
        onSave={refused}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Stockage plein : rien n’a été enregistré.',
      ),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('merging two clients', async () => {
    render(
      <ClientMergeSplit
        client={client}
        others={[{ ...client, id: 'c2', name: 'Dubois SARL' }]}
        invoices={[]}
        lang="en"
        onMerge={refused}
        onSplit={refused}
      />,
    );
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'c2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Merge into this one' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Storage full: nothing was saved.'),
    );
  });

  it('importing a list from the overlay', async () => {
    const inv = {
      ...emptyDetected(),
      invoiceNumber: 'F-10',
      currency: 'EUR',
      amountDue: 50_000,
      totalWithTax: 50_000,
      dueDate: '2026-10-01',
      status: 'open' as const,
    };
    render(
      <InvoiceOverlay
        lang="en"
        kind="list"
        invoices={[inv]}
        statuses={[]}
        missing={[]}
        onTrack={refused}
        onPrepare={() => undefined}
        onClose={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import selected (1)' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Storage full: nothing was saved.'),
    );
  });
});
