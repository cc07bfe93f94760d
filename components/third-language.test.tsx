// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  catalogWords,
  PSEUDO,
  unmarked,
  withPseudoLanguage,
} from '../tests/helpers/pseudo-language';
import * as realLanguages from '@/lib/i18n/languages';
import type { UiLang } from '@/lib/i18n/languages';
import { demoLedger } from '@/lib/app/demo';
import { plan } from '@/lib/escalation/plan';
import { riskProfile } from '@/lib/escalation/portfolio';
import { DEFAULT_POLICY } from '@/lib/model/policy';
import { emptyDetected } from '@/lib/detect/invoice-reading';
import { catalogText } from '@/lib/i18n/text';
import { COMPLIANCE_RULES } from '@/lib/prevention/compliance';
import { translator } from './i18n';
import { OverdueList } from './OverdueList';
import { ClientProfile } from './ClientProfile';
import { InvoiceOverlay } from './overlay/InvoiceOverlay';

// The surfaces in a third UI language added as data (tests/helpers/pseudo-language.ts): every
// word they show comes from its catalog (in ⟦…⟧); what is left is data (names, numbers, dates).
vi.mock('@/lib/i18n/languages', async (importOriginal) =>
  withPseudoLanguage(await importOriginal<typeof import('@/lib/i18n/languages')>()),
);

const xx = PSEUDO as UiLang;
const TODAY = '2026-11-23';
const ledger = demoLedger(TODAY);
afterEach(cleanup);

/** The French or English catalog texts a rendered surface still shows outside the marks. */
async function leaks(container: Element): Promise<string[]> {
  const real = await vi.importActual<typeof realLanguages>('@/lib/i18n/languages');
  const left = unmarked(
    [
      container.textContent ?? '',
      ...[...container.querySelectorAll('[aria-label],[title],[placeholder]')].map((e) =>
        ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join(' '),
      ),
    ].join(' '),
  );
  // Texts of a word or two ("Total", "Client") can be data too; longer ones cannot.
  return [...new Set(catalogWords(real))].filter((w) => w.length >= 8 && left.includes(w));
}

describe('the surfaces in a third UI language', () => {
  it('(the check itself: the same list in English shows English texts)', async () => {
    const { container } = render(
      <OverdueList
        suggestions={plan(ledger, DEFAULT_POLICY, TODAY)}
        lang="en"
        t={translator('en')}
        onPrepare={() => undefined}
        onAction={() => undefined}
      />,
    );
    expect(await leaks(container)).toContain('Prepare the reminder');
  });

  it('the overdue list: headings, reasons, steps and actions', async () => {
    const { container } = render(
      <OverdueList
        suggestions={plan(ledger, DEFAULT_POLICY, TODAY)}
        lang={xx}
        t={translator(xx)}
        onPrepare={() => undefined}
        onAction={() => undefined}
      />,
    );
    expect(container.textContent).toContain('⟦');
    expect(await leaks(container)).toEqual([]);
  });

  it('the client profile: its recommendation, reasons and ladder', async () => {
    const client = ledger.clients.find((c) => c.id === 'demo:boulangerie')!;
    const { container } = render(
      <ClientProfile
        profile={riskProfile(client, ledger.invoices, ledger.events, TODAY)}
        client={client}
        lang={xx}
        t={translator(xx)}
        onSave={async () => undefined}
      />,
    );
    expect(container.textContent).toContain('⟦');
    expect(await leaks(container)).toEqual([]);
  });

  it("the invoice page's overlay: its form, warnings and missing mentions", async () => {
    const d = {
      ...emptyDetected(),
      invoiceNumber: 'F-12',
      currency: 'EUR',
      amountDue: 120000,
      totalWithTax: 120000,
      dueDate: '2026-04-03',
      dueDateSource: 'label' as const,
      warnings: [catalogText('planUncertainDueDate')],
    };
    const { container } = render(
      <InvoiceOverlay
        lang={xx}
        kind="invoice"
        invoices={[d]}
        statuses={[]}
        missing={COMPLIANCE_RULES['fr-b2b']!}
        onTrack={async () => null}
        onPrepare={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(container.textContent).toContain('⟦');
    expect(await leaks(container)).toEqual([]);
  });
});
