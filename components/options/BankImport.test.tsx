// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedgerFile } from '@/lib/ledger/file-format';
import { readStatement } from '@/lib/bank/read';
import { reconcile } from '@/lib/bank/reconcile';
import type { Match } from '@/lib/bank/match';
import { BankImport } from './BankImport';

const ledger = parseLedgerFile(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../lib/bank/fixtures/ledger.json'), 'utf8'),
  ),
);
afterEach(cleanup);

/** The options page's wiring without the database: read, match, show what was found. */
function Harness() {
  const [pending, setPending] = useState<Match[]>([]);
  return (
    <BankImport
      lang="fr"
      pending={pending}
      unmatched={[]}
      onImport={async (files) => {
        const result = reconcile(
          ledger,
          files.map((f) => readStatement(f.name, f.bytes, { csvMapping: f.csvMapping })),
        );
        setPending(result.matches);
        return { result, added: result.matches.length, alreadySeen: 0 };
      }}
      onSettle={async () => {}}
    />
  );
}

describe('bank statement import (options page)', () => {
  it('a CSV whose headers are not known: said, its columns mapped by hand, then read and matched', async () => {
    const { container } = render(<Harness />);
    const csv = 'Quand;Quoi;Combien\n24/11/2026;VIR BOULANGERIE MARTIN F-2026-014;1200,00\n';
    const input = container.querySelector('input.bank-file') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([csv], 'export.csv', { type: 'text/csv' })] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^export\.csv : Aucune ligne d’en-tête avec une date et un montant/,
      ),
    );
    fireEvent.change(screen.getByLabelText('Quand'), { target: { value: 'date' } });
    fireEvent.change(screen.getByLabelText('Quoi'), { target: { value: 'label' } });
    fireEvent.change(screen.getByLabelText('Combien'), { target: { value: 'amount' } });
    await waitFor(() =>
      expect(container.querySelector('.bank-summary')!.textContent).toBe(
        '1 opération(s) lue(s) : 1 paiement(s) trouvé(s), 0 crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.',
      ),
    );
    expect(container.querySelector('.bank-pending-title')!.textContent).toBe(
      '1 paiement trouvé, 0 à vérifier',
    );
    expect(container.querySelector('.bank-match .reason')!.textContent).toMatch(
      /^référence F-2026-014 et montant exact/,
    );
    // Ticked because certain; recorded only with the button.
    expect(
      (container.querySelector('.bank-match input[type=checkbox]') as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.getByRole('button', { name: 'Enregistrer 1 paiement' })).toBeTruthy();
  });
});
