// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plan } from '@/lib/escalation/plan';
import { demoLedger, DEMO_SENDER } from '@/lib/app/demo';
import { DEFAULT_POLICY } from '@/lib/model/policy';
import { emptyDetected } from '@/lib/detect/invoice-reading';
import { riskProfile } from '@/lib/escalation/portfolio';
import { OverdueList } from './OverdueList';
import { ActionForm } from './ActionForm';
import { DraftView } from './DraftView';
import { InvoiceOverlay } from './overlay/InvoiceOverlay';
import { ClientProfile } from './ClientProfile';
import { InvoiceEditor, splitSchedule } from './InvoiceEditor';
import { ClientMergeSplit } from './ClientMergeSplit';
import { translator } from './i18n';
import { frEnText } from '../tests/helpers/text';

const TODAY = '2026-11-23';
const ledger = demoLedger(TODAY);
const suggestions = plan(ledger, DEFAULT_POLICY, TODAY);
const t = translator('fr');
afterEach(cleanup);

describe('surfaces', () => {
  it('overdue list: clients most urgent first, reasons, one-click actions', () => {
    const onPrepare = vi.fn();
    const onAction = vi.fn();
    render(
      <OverdueList
        suggestions={suggestions}
        lang="fr"
        t={t}
        onPrepare={onPrepare}
        onAction={onAction}
      />,
    );
    const names = screen.getAllByText(/./, { selector: '.client-name' }).map((e) => e.textContent);
    expect(names[0]).toBe('Boulangerie Martin SARL');
    // A client whose only invoice is disputed stays on the list, blocked.
    expect(names).toContain('Sophie Dupont');
    fireEvent.click(screen.getAllByRole('button', { name: 'Préparer la relance' })[0]!);
    expect(onPrepare).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: 'demo:boulangerie' }),
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Marquer payée' })[0]!);
    expect(onAction).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: 'demo:boulangerie' }),
      'paid',
    );
    // The rarer actions are behind one toggle, drawn only when it is opened.
    expect(screen.queryByRole('button', { name: 'Litige' })).toBeNull();
    const more = screen.getAllByRole('button', { name: 'Autres actions…' })[0]!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Litige' }));
    expect(onAction).toHaveBeenLastCalledWith(
      expect.objectContaining({ clientId: 'demo:boulangerie' }),
      'dispute',
    );
  });

  it('overdue card: the first invoices and the total, the others one click away', () => {
    const s = suggestions[0]!;
    const five = Array.from({ length: 5 }, (_, i) => ({
      ...s.invoices[0]!,
      invoiceId: `inv:X-${i}`,
      number: `X-${i}`,
    }));
    const { container } = render(
      <OverdueList
        suggestions={[{ ...s, invoices: five }]}
        lang="fr"
        t={t}
        onPrepare={() => undefined}
        onAction={() => undefined}
      />,
    );
    const rows = () =>
      [...container.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(rows()).toEqual(['X-0', 'X-1', 'X-2']);
    expect(container.textContent).toMatch(/Total /);
    const toggle = screen.getByRole('button', { name: 'Voir les 2 autres factures' });
    fireEvent.click(toggle);
    expect(rows()).toEqual(['X-0', 'X-1', 'X-2', 'X-3', 'X-4']);
    fireEvent.click(screen.getByRole('button', { name: 'Réduire la liste' }));
    expect(rows()).toHaveLength(3);
    cleanup();
    // A snapshot's card holds only the rows it shows: the toggle waits for the full plan.
    render(
      <OverdueList
        suggestions={[{ ...s, invoices: five.slice(0, 3), coveredCount: 4 }]}
        lang="en"
        t={translator('en')}
        onPrepare={() => undefined}
        onAction={() => undefined}
      />,
    );
    expect(
      (screen.getByRole('button', { name: 'Show the other invoice' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('action form: a part payment larger than what is owed is refused with a message', async () => {
    const s = suggestions.find((x) => x.clientId === 'demo:studio')!;
    const onSubmit = vi.fn();
    render(
      <ActionForm
        kind="partial"
        suggestion={s}
        today={TODAY}
        t={t}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
    );
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '99999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/≤ 1500.00/));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '500,00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith([
        expect.objectContaining({ type: 'payment', amount: 50000, currency: 'EUR' }),
      ]),
    );
  });

  it('draft view: tone and language switches change the preview; Insert reports an error', async () => {
    const s = suggestions.find((x) => x.clientId === 'demo:studio')!;
    const client = ledger.clients.find((c) => c.id === 'demo:studio')!;
    const onInsert = vi.fn(async () => 'aucune fenêtre de rédaction ouverte');
    render(
      <DraftView
        suggestion={s}
        client={client}
        sender={DEMO_SENDER}
        today={TODAY}
        uiLang="fr"
        templates={{}}
        t={t}
        onInsert={onInsert}
        onCopy={async () => undefined}
      />,
    );
    expect(screen.getByTestId('draft-preview').textContent).toMatch(/Sauf erreur de notre part/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Langue' }), { target: { value: 'en' } });
    await waitFor(() =>
      expect(screen.getByTestId('draft-preview').textContent).toMatch(/Our records show/),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Insérer dans l’e-mail ouvert' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /Insertion impossible : aucune fenêtre/,
      ),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Brouillon' }), {
      target: { value: 'agreement-recap' },
    });
    fireEvent.input(screen.getByLabelText('Prix'), { target: { value: '2 400 € TTC' } });
    await waitFor(() =>
      expect(screen.getByTestId('draft-preview').textContent).toMatch(/Price: 2 400 € TTC/),
    );
  });

  it('invoice overlay: doubtful fields are highlighted; the corrected invoice is sent', async () => {
    const d = {
      ...emptyDetected(),
      invoiceNumber: 'F-9',
      currency: 'EUR',
      amountDue: 99000,
      totalWithTax: 99000,
      dueDate: '2026-04-03',
      dueDateSource: 'label' as const,
      fields: { dueDate: { confidence: 0.5, where: 'label' } },
      warnings: [
        frEnText(
          'Échéance : le 2026-04-03 ou le 2026-03-04 ?',
          'Due date could be 2026-04-03 or 2026-03-04',
        ),
      ],
    };
    const onTrack = vi.fn(async () => null);
    const { container } = render(
      <InvoiceOverlay
        lang="fr"
        kind="invoice"
        invoices={[d]}
        statuses={[]}
        missing={[]}
        onTrack={onTrack}
        onPrepare={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(container.textContent).toMatch(
      /À vérifier : Échéance : le 2026-04-03 ou le 2026-03-04 \?/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Suivre cette facture' }));
    expect(container.querySelector('label.uncertain input[name=due]')).not.toBeNull();
    fireEvent.input(container.querySelector('input[name=due]')!, {
      target: { value: '2026-03-04' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(onTrack).toHaveBeenCalledWith(
        [expect.objectContaining({ dueDate: '2026-03-04', confidence: 1, amountDue: 99000 })],
        true,
      ),
    );
  });

  it('client profile: recommendation from history and red flags', async () => {
    const client = ledger.clients.find((c) => c.id === 'demo:boulangerie')!;
    const profile = riskProfile(client, ledger.invoices, ledger.events, TODAY);
    const onSave = vi.fn(async () => undefined);
    render(<ClientProfile profile={profile} client={client} lang="fr" t={t} onSave={onSave} />);
    expect(screen.getByText(/Recommandation/).parentElement!.textContent).toMatch(
      /Acompte de 50 % et échéancier|Paiement avant livraison|Demander un acompte/,
    );
    fireEvent.click(screen.getByLabelText('Évoque des problèmes de trésorerie'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ redFlags: ['cash-problems'] })),
    );
  });

  it('invoice editor: uncertain due dates are highlighted; a schedule splits the total', () => {
    const invoices = [{ ...ledger.invoices[0]!, dueDateUncertain: true }];
    const { container } = render(<InvoiceEditor invoices={invoices} lang="fr" t={t} />);
    expect(container.querySelector('td.uncertain')!.textContent).toMatch(/incertain/);
    // Status and a value another source showed, in the page's language.
    cleanup();
    const disputed = [
      {
        ...ledger.invoices[0]!,
        status: 'partially-paid' as const,
        conflicts: [
          {
            field: 'dueDate',
            value: '2026-10-01',
            where: 'export.csv',
            at: '2026-11-01T00:00:00Z',
          },
        ],
      },
    ];
    const row = render(
      <InvoiceEditor invoices={disputed} lang="fr" t={t} />,
    ).container.querySelector('tr[data-invoice]')!;
    expect(row.textContent).toContain('partiellement payée');
    expect(row.querySelector('.warn')!.textContent).toBe('échéance : 2026-10-01 (export.csv)');
    const s = splitSchedule(100_000, 30, 3, '2026-12-01');
    expect(s.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-12-01', 30_000],
      ['2027-01-01', 23_333],
      ['2027-02-01', 23_333],
      ['2027-03-01', 23_334],
    ]);
  });
});

describe('letters', () => {
  it('records a registered letter with its tracking number', async () => {
    const s = suggestions.find((x) => x.clientId === 'demo:boulangerie')!;
    const onSubmit = vi.fn();
    render(
      <ActionForm
        kind="letter"
        suggestion={s}
        today={TODAY}
        t={t}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
    );
    fireEvent.input(screen.getByLabelText('N° de suivi du recommandé'), {
      target: { value: '1A 234 567 8901 2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith([
        expect.objectContaining({
          type: 'letter',
          step: 'formal-notice',
          trackingNumber: '1A 234 567 8901 2',
          clientId: 'demo:boulangerie',
        }),
      ]),
    );
  });
});

describe('per-client ladder', () => {
  it('turning a step off for one client is saved as that client’s override, and the planner skips it', async () => {
    const client = ledger.clients.find((c) => c.id === 'demo:studio')!;
    const onSave = vi.fn(async () => undefined);
    render(
      <ClientProfile
        profile={riskProfile(client, ledger.invoices, ledger.events, TODAY)}
        client={client}
        lang="fr"
        t={t}
        onSave={onSave}
      />,
    );
    fireEvent.click(screen.getByLabelText('appel téléphonique'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const saved = (onSave.mock.calls[0] as unknown as [typeof client])[0];
    expect(saved.policy).toEqual({ steps: [{ id: 'call', enabled: false }] });
    const events = [
      ...ledger.events,
      {
        id: 'x',
        type: 'reminder' as const,
        step: 'reminder-1' as const,
        channel: 'email' as const,
        clientId: 'demo:studio',
        invoiceIds: ['inv:F-2026-052'],
        date: '2026-11-21',
      },
    ];
    const next = plan(
      { ...ledger, clients: ledger.clients.map((c) => (c.id === saved.id ? saved : c)), events },
      DEFAULT_POLICY,
      '2026-12-10',
    ).find((x) => x.clientId === 'demo:studio')!;
    expect(next.step).toBe('reminder-2');
    expect(next.skipped.map((k) => k.step)).toContain('call');
  });
});

describe('merge and split', () => {
  it('asks which client to merge into this one, and which invoices to move out', async () => {
    const client = ledger.clients[0]!;
    const onMerge = vi.fn(async () => undefined);
    const onSplit = vi.fn(async () => undefined);
    render(
      <ClientMergeSplit
        client={client}
        others={ledger.clients.slice(1)}
        invoices={ledger.invoices.filter((i) => i.clientId === client.id)}
        lang="fr"
        onMerge={onMerge}
        onSplit={onSplit}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Même client que' }), {
      target: { value: 'demo:studio' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fusionner ici' }));
    await waitFor(() => expect(onMerge).toHaveBeenCalledWith('demo:studio'));
    fireEvent.click(screen.getByLabelText('F-2026-044'));
    fireEvent.input(screen.getByLabelText('Nom du nouveau client'), {
      target: { value: 'Pâtisserie Martin' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Séparer' }));
    await waitFor(() =>
      expect(onSplit).toHaveBeenCalledWith(['inv:F-2026-044'], 'Pâtisserie Martin'),
    );
  });
});
