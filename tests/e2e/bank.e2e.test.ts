import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, type Launched } from '../../tools/chromium/harness';
import { openExt, waitForDemoData } from '../../tools/chromium/surfaces';

/**
 * Payments from a bank statement, in the built extension (demo build) in real Chromium
 * with its real IndexedDB: the ledger of lib/bank/fixtures restored, a camt.053 imported
 * on the options page, the proposals confirmed, the popup and a re-import checked, then
 * the same week as the bank's CSV export offers nothing again.
 */
const BANK = join(ROOT, 'lib/bank/fixtures');
let app: Launched;

beforeAll(async () => {
  app = await launch();
  await waitForDemoData(app);
});
afterAll(async () => {
  await app?.close();
});

interface Stored {
  invoices: { number: string; amountDue: number; status: string }[];
  events: {
    id: string;
    type: string;
    amount?: number;
    evidence?: { transactionId: string; date: string; label: string };
  }[];
}
function ledgerOf(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((ok, ko) => {
        const r = indexedDB.open('relance-ledger');
        r.onerror = () => ko(r.error);
        r.onsuccess = () => {
          const tx = r.result.transaction(['invoices', 'events']);
          const inv = tx.objectStore('invoices').getAll();
          const ev = tx.objectStore('events').getAll();
          tx.oncomplete = () => (ok({ invoices: inv.result, events: ev.result }), r.result.close());
        };
      }),
  );
}

describe('bank statement', () => {
  it('import, matches with kinds and reasons, confirm, payments recorded, popup updated, re-import adds nothing', async () => {
    const options = await openExt(app, 'options.html#backup');
    // The fixture ledger replaces the demo data.
    const ledger = JSON.parse(readFileSync(join(BANK, 'ledger.json'), 'utf8'));
    await options.locator('#backup select').selectOption('replace');
    await options.getByLabel('Restaurer une sauvegarde').setInputFiles({
      name: 'ledger.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'relance-ledger', ...ledger })),
    });
    await expect
      .poll(() => options.locator('#backup [role=status]').textContent())
      .toMatch(/^Restauré : 5 client\(s\), 8 facture\(s\)/);

    const file = options.locator('#bank input.bank-file');
    await file.setInputFiles([join(BANK, 'camt053-v02.xml'), join(BANK, 'cfonb120-truncated.txt')]);
    await expect
      .poll(() => options.locator('#bank .bank-summary').textContent())
      .toBe(
        '8 opération(s) lue(s) : 5 paiement(s) trouvé(s), 1 crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.',
      );
    // The truncated file is named with its line; the other file was read.
    expect(await options.locator('#bank .bank-problem').allTextContents()).toContainEqual(
      expect.stringMatching(
        /^cfonb120-truncated\.txt : Relevé CFONB ligne 9 : enregistrement « 04 » de 97 caractères/,
      ),
    );
    const pending = options.locator('#bank .bank-pending');
    expect(await pending.locator('.bank-pending-title').textContent()).toBe(
      '5 paiements trouvés, 3 à vérifier',
    );
    const rows = pending.locator('li.bank-match');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(0).locator('.pill').textContent()).toBe('certain');
    expect(await rows.nth(0).locator('.reason').textContent()).toMatch(
      /^référence F-2026-014 et montant exact \(1\s200,00\s€\)$/,
    );
    expect(await rows.nth(1).locator('.pill').textContent()).toBe('probable');
    expect(await rows.nth(1).locator('.reason').textContent()).toMatch(
      /2 factures de ce montant : la plus ancienne est retenue, à vérifier/,
    );
    expect(await rows.nth(3).locator('.pill').textContent()).toBe('partiel');
    expect(await options.locator('#bank .bank-unmatched summary').textContent()).toBe(
      '1 crédit(s) non rapproché(s)',
    );
    // Nothing recorded before confirmation.
    const before = await ledgerOf(options);
    expect(before.events.filter((e) => e.type === 'payment')).toHaveLength(1);

    // The certain ones are ticked; the partial one is ticked too after checking it.
    await rows.nth(3).locator('input[type=checkbox]').check();
    await pending.getByRole('button', { name: 'Enregistrer 3 paiements' }).click();
    await expect
      .poll(() => options.locator('#bank .bank-pending-title').textContent())
      .toBe('2 paiements trouvés, 2 à vérifier');
    const after = await ledgerOf(options);
    const payments = after.events.filter((e) => e.id.startsWith('ev:bank:'));
    expect(payments.map((e) => e.amount).sort((a, b) => a! - b!)).toEqual([15000, 120000, 250000]);
    expect(payments.find((e) => e.amount === 120000)!.evidence).toEqual({
      transactionId: '2026112400001',
      date: '2026-11-24',
      label: 'BOULANGERIE MARTIN — FACT 2026 014',
    });
    const byNumber = new Map(after.invoices.map((i) => [i.number, i]));
    expect(byNumber.get('F-2026-014')).toMatchObject({ amountDue: 0, status: 'paid' });
    expect(byNumber.get('F-2026-022')).toMatchObject({ amountDue: 0, status: 'paid' });
    expect(byNumber.get('F-2026-025')).toMatchObject({
      amountDue: 20000,
      status: 'partially-paid',
    });

    // The popup: the proposals left, and no step for a client whose payment awaits confirmation.
    const popup = await openExt(app, 'popup.html');
    await expect
      .poll(() => popup.locator('.bank-pending-title').textContent())
      .toBe('2 paiements trouvés, 2 à vérifier');
    await expect
      .poll(() =>
        popup
          .getByText(
            /paiement à confirmer : un virement de 960,00\s€ de GARAGE DUPUIS SAS a été reçu le 25\/11/,
          )
          .count(),
      )
      .toBeGreaterThan(0);
    await popup
      .locator('li.bank-match')
      .filter({ hasText: 'Garage Dupuis SAS' })
      .getByRole('button', { name: 'Écarter' })
      .click();
    await expect
      .poll(() => popup.locator('.bank-pending-title').textContent())
      .toBe('1 paiement trouvé, 1 à vérifier');
    await popup.close();

    // The compose panel says it before a reminder goes out.
    const panel = await openExt(app, 'sidepanel.html?client=c1');
    await expect
      .poll(() => panel.locator('.bank-received').textContent())
      .toMatch(
        /^Un virement de 2\s280,00\s€ de BOULANGERIE MARTIN SARL a été reçu le 27\/11 : vérifier avant d’envoyer\.$/,
      );
    await panel.close();

    // Importing the same statement again adds nothing.
    await options.reload();
    await options.locator('#bank input.bank-file').setInputFiles(join(BANK, 'camt053-v02.xml'));
    await expect
      .poll(() => options.locator('#bank .bank-summary').textContent())
      .toBe(
        '8 opération(s) lue(s) : 0 paiement(s) trouvé(s), 5 déjà importée(s), 1 crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.',
      );
    expect(await options.locator('#bank li.bank-match').count()).toBe(1);
    expect((await ledgerOf(options)).events).toHaveLength(after.events.length);

    // The same week as the bank's CSV export: other ids, other labels, the same transfers: none offered again.
    await options.reload();
    await options.locator('#bank input.bank-file').setInputFiles(join(BANK, 'bank-generic.csv'));
    await expect
      .poll(() => options.locator('#bank .bank-summary').textContent())
      .toBe(
        '5 opération(s) lue(s) : 0 paiement(s) trouvé(s), 3 déjà lue(s) dans un autre relevé, 0 crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.',
      );
    const dups = await options.locator('#bank .bank-duplicates li').allTextContents();
    expect(dups).toHaveLength(3);
    expect(dups[0]).toMatch(
      /1\s200,00\s€ — VIR SEPA RECU \/DE BOULANGERIE MARTIN \/MOTIF FACT 2026 014 \(déjà importé depuis camt053-v02\.xml\)$/,
    );
    expect(dups[1]).toMatch(
      /960,00\s€ — VIR SEPA RECU \/DE GARAGE DUPUIS SAS \/MOTIF VIREMENT NOVEMBRE \(déjà importé depuis camt053-v02\.xml\)$/,
    );
    expect(dups[2]).toMatch(
      /777,00\s€ — VIR SEPA RECU \/DE INCONNU SA \/MOTIF REF 88812 \(déjà importé depuis camt053-v02\.xml\)$/,
    );
    expect(await options.locator('#bank li.bank-match').count()).toBe(1);
    expect(await options.locator('#bank .bank-unmatched summary').textContent()).toBe(
      '1 crédit(s) non rapproché(s)',
    );
    expect((await ledgerOf(options)).events).toHaveLength(after.events.length);
    await options.close();
  });
});
