import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT } from '../../../tools/chromium/harness';
import { launchFirefox, openExtPage, until, type Firefox } from './harness';
import { byText, setUiLang, textOf, waitForDemoData } from './surfaces';

/**
 * Payments from a bank statement in real Firefox ESR, the Firefox build (demo mode) as an
 * add-on with its real IndexedDB, driven as a user would: the ledger of lib/bank/fixtures
 * restored from a backup file on the options page, a camt.053 (and a truncated CFONB 120)
 * imported there, the proposals read with their kinds and reasons and confirmed, the
 * payments read back from IndexedDB, the popup and the compose panel checked, and the same
 * statement imported again. The same story as bank.e2e.test.ts in Chromium.
 */
const BANK = join(ROOT, 'lib/bank/fixtures');
let ff: Firefox;
let dir: string;

beforeAll(async () => {
  ff = await launchFirefox();
  dir = await mkdtemp(join(tmpdir(), 'relance-bank-ff-'));
  await waitForDemoData(ff.browser);
  // Firefox ESR without a French language pack speaks English to extensions: the user's choice here.
  await setUiLang(ff.browser, 'fr');
});

afterAll(async () => {
  await ff?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Stored {
  invoices: { number: string; amountDue: number; status: string }[];
  events: {
    id: string;
    type: string;
    amount?: number;
    invoiceIds: string[];
    evidence?: { transactionId: string; date: string; label: string };
  }[];
}

/** The ledger as the extension stored it: read from an extension page, its own origin's IndexedDB. */
const ledgerOf = (page: Page) =>
  page.evaluate(
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

const payments = (s: Stored) => s.events.filter((e) => e.type === 'payment');
const texts = (page: Page, selector: string) =>
  page.evaluate(
    (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? ''),
    selector,
  );
/** One match row of the proposals: its kind label, its reason, its line. */
const rowsOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.bank-pending li.bank-match')].map((li) => ({
      kind: li.querySelector('.pill')?.textContent ?? '',
      reason: li.querySelector('.reason')?.textContent ?? '',
      text: li.textContent ?? '',
      ticked:
        (li.querySelector('input[type=checkbox]') as HTMLInputElement | null)?.checked ?? null,
    })),
  );
const fileInput = async (page: Page, selector: string) =>
  (await until(() => page.$(selector), selector)) as ElementHandle<HTMLInputElement>;
/** The popup's card of a client: its invoice numbers and its reason line. */
const cardOf = (popup: Page, client: string) =>
  popup.evaluate((name) => {
    const li = [...document.querySelectorAll('li.card')].find(
      (c) => c.querySelector('.client-name')?.textContent === name,
    );
    return li
      ? {
          rows: [...li.querySelectorAll('tbody tr td:first-child')].map(
            (td) => td.textContent ?? '',
          ),
          reason: li.querySelector('.reason')?.textContent ?? '',
        }
      : null;
  }, client);

describe('bank statement in Firefox', () => {
  it('import, matches with kinds and reasons, confirm, payments in IndexedDB, popup updated, re-import adds nothing', async () => {
    // The fixture ledger, restored from a backup file in place of the demo data.
    const ledger = JSON.parse(readFileSync(join(BANK, 'ledger.json'), 'utf8')) as object;
    const backup = join(dir, 'ledger.json');
    await writeFile(backup, JSON.stringify({ format: 'relance-ledger', ...ledger }));
    const options = await openExtPage(ff.browser, 'options.html#backup', '#bank input.bank-file');
    await options.select('#backup select', 'replace');
    await (await fileInput(options, '#backup input[type=file]')).uploadFile(backup);
    const restored = await until(() => textOf(options, '#backup [role=status]'), 'the restore');
    expect(restored).toMatch(/^Restauré : 5 client\(s\), 8 facture\(s\)/);

    // The popup before: Boulangerie Martin owes F-2026-014; Garage Dupuis is chased.
    const before = await openExtPage(ff.browser, 'popup.html', '.client-name');
    const martin = await until(
      () => cardOf(before, 'Boulangerie Martin SARL'),
      'Boulangerie Martin’s card',
    );
    expect(martin.rows).toContain('F-2026-014');
    const dupuisBefore = await until(
      () => cardOf(before, 'Garage Dupuis SAS'),
      'Garage Dupuis’s card',
    );
    expect(dupuisBefore.reason).not.toMatch(/paiement à confirmer/);
    await before.close();

    await (
      await fileInput(options, '#bank input.bank-file')
    ).uploadFile(join(BANK, 'camt053-v02.xml'), join(BANK, 'cfonb120-truncated.txt'));
    const summary = await until(
      () => textOf(options, '#bank .bank-summary'),
      'the statement summary',
    );
    expect(summary).toBe(
      '8 opération(s) lue(s) : 5 paiement(s) trouvé(s), 1 crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.',
    );
    // The truncated file is named with its line; the other file was read.
    expect(await texts(options, '#bank .bank-problem')).toContainEqual(
      expect.stringMatching(
        /^cfonb120-truncated\.txt : Relevé CFONB ligne 9 : enregistrement « 04 » de 97 caractères/,
      ),
    );
    expect(await textOf(options, '#bank .bank-pending-title')).toBe(
      '5 paiements trouvés, 3 à vérifier',
    );
    const rows = await rowsOf(options);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ kind: 'certain', ticked: true });
    expect(rows[0]!.reason).toMatch(/^référence F-2026-014 et montant exact \(1\s200,00\s€\)$/);
    expect(rows[1]).toMatchObject({ kind: 'probable', ticked: false });
    expect(rows[1]!.reason).toMatch(
      /2 factures de ce montant : la plus ancienne est retenue, à vérifier/,
    );
    expect(rows[3]).toMatchObject({ kind: 'partiel', ticked: false });
    expect(rows[3]!.reason).not.toBe('');
    expect(rows.filter((r) => r.kind === 'certain')).toHaveLength(2);
    expect(await textOf(options, '#bank .bank-unmatched summary')).toBe(
      '1 crédit(s) non rapproché(s)',
    );
    // Nothing recorded before confirmation: the ledger's one payment is its own.
    const seeded = await ledgerOf(options);
    expect(payments(seeded)).toHaveLength(1);

    // The certain ones come ticked; the partial one is ticked after checking it.
    await options.click('.bank-pending li.bank-match:nth-child(4) input[type=checkbox]');
    await (await byText(options, '.bank-pending button', /^Enregistrer 3 paiements$/)).click();
    await until(
      async () =>
        (await textOf(options, '#bank .bank-pending-title')) ===
        '2 paiements trouvés, 2 à vérifier',
      'the confirmed ones to leave the list',
    );
    const after = await ledgerOf(options);
    const fromBank = after.events.filter((e) => e.id.startsWith('ev:bank:'));
    expect(fromBank.every((e) => e.type === 'payment')).toBe(true);
    expect(payments(after)).toHaveLength(payments(seeded).length + 3);
    expect(fromBank.map((e) => e.amount).sort((a, b) => a! - b!)).toEqual([15000, 120000, 250000]);
    expect(fromBank.find((e) => e.amount === 120000)!.evidence).toEqual({
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

    // The popup: the paid invoice gone from its card, the proposals left, and no step for a
    // client whose payment awaits confirmation ("paiement à confirmer").
    const popup = await openExtPage(ff.browser, 'popup.html', '.client-name');
    await until(
      async () =>
        (await textOf(popup, '.bank-pending-title')) === '2 paiements trouvés, 2 à vérifier',
      'the proposals in the popup',
    );
    // The popup may draw its saved snapshot first: wait for the plan that knows the statement.
    const paidOff = await until(async () => {
      const c = await cardOf(popup, 'Boulangerie Martin SARL');
      return c && !c.rows.includes('F-2026-014') ? c : null;
    }, 'F-2026-014 to leave Boulangerie Martin’s card');
    expect(paidOff.rows).toContain('F-2026-031');
    const dupuis = await until(async () => {
      const c = await cardOf(popup, 'Garage Dupuis SAS');
      return c && /paiement à confirmer/.test(c.reason) ? c : null;
    }, 'Garage Dupuis’s card to say “paiement à confirmer”');
    expect(dupuis.reason).toMatch(
      /^paiement à confirmer : un virement de 960,00\s€ de GARAGE DUPUIS SAS a été reçu le 25\/11 → vérifier le relevé avant toute relance$/,
    );
    expect(
      await popup.evaluate(
        () =>
          [...document.querySelectorAll('li.card')]
            .find((c) => c.querySelector('.client-name')?.textContent === 'Garage Dupuis SAS')
            ?.querySelector('.pill')?.textContent,
      ),
    ).toBe('En pause');
    // Dismissed in the popup, as the user would once the statement is checked.
    await until(
      () =>
        popup.evaluate(() => {
          const li = [...document.querySelectorAll('li.bank-match')].find((l) =>
            l.textContent?.includes('Garage Dupuis SAS'),
          );
          const b = [...(li?.querySelectorAll('button') ?? [])].find(
            (x) => x.textContent === 'Écarter',
          );
          if (!b || b.disabled) return false;
          b.click();
          return true;
        }),
      'Écarter on Garage Dupuis’s payment',
    );
    await until(
      async () =>
        (await textOf(popup, '.bank-pending-title')) === '1 paiement trouvé, 1 à vérifier',
      'the dismissed one to leave the popup',
    );
    await popup.close();

    // The compose panel says it before a reminder goes out.
    const panel = await openExtPage(ff.browser, 'sidepanel.html?client=c1', '.client-details h2');
    const received = await until(
      () => textOf(panel, '.bank-received'),
      'the payment notice in the panel',
    );
    expect(received).toMatch(
      /^Un virement de 2\s280,00\s€ de BOULANGERIE MARTIN SARL a été reçu le 27\/11 : vérifier avant d’envoyer\.$/,
    );
    await panel.close();

    // Importing the same statement again adds nothing: no payment event twice.
    const settled = await ledgerOf(options);
    await options.evaluate(() => location.reload());
    await until(
      () =>
        options.evaluate(
          () =>
            document.readyState === 'complete' &&
            !document.querySelector('#bank .bank-summary') &&
            !!document.querySelector('#bank input.bank-file'),
        ),
      'the options page again',
    );
    await (
      await fileInput(options, '#bank input.bank-file')
    ).uploadFile(join(BANK, 'camt053-v02.xml'));
    const again = await until(() => textOf(options, '#bank .bank-summary'), 'the second summary');
    expect(again).toBe(
      '8 opération(s) lue(s) : 0 paiement(s) trouvé(s), 5 déjà importée(s), 1 crédit(s) non rapproché(s). Rien n’est enregistré avant votre confirmation.',
    );
    expect(await rowsOf(options)).toHaveLength(1);
    const last = await ledgerOf(options);
    expect(payments(last)).toHaveLength(payments(settled).length);
    expect(last.events).toHaveLength(settled.events.length);
    // Each bank line paid once: no two payment events share a bank transaction.
    const lines = payments(last).flatMap((e) => (e.evidence ? [e.evidence.transactionId] : []));
    expect(new Set(lines).size).toBe(lines.length);

    // A web-banking CSV export (windows-1252, decimal comma, lines about the account above
    // its header): decoded and mapped in Firefox, its columns shown to correct.
    await options.evaluate(() => location.reload());
    await until(
      () =>
        options.evaluate(
          () =>
            document.readyState === 'complete' &&
            !document.querySelector('#bank .bank-summary') &&
            !!document.querySelector('#bank input.bank-file'),
        ),
      'the options page again',
    );
    await (
      await fileInput(options, '#bank input.bank-file')
    ).uploadFile(join(BANK, 'bank-generic.csv'));
    expect(await until(() => textOf(options, '#bank .bank-summary'), 'the CSV summary')).toMatch(
      /^5 opération\(s\) lue\(s\) : /,
    );
    const columns = await options.evaluate(() =>
      [...document.querySelectorAll('#bank details th select')].map((s) => [
        s.getAttribute('aria-label'),
        (s as HTMLSelectElement).value,
      ]),
    );
    expect(columns).toEqual([
      ['Date', 'date'],
      ['Libellé', 'label'],
      ['Débit euros', 'debit'],
      ['Crédit euros', 'credit'],
    ]);
    const cells = await options.evaluate(() =>
      [...document.querySelectorAll('#bank details tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      ),
    );
    expect(cells).toContainEqual([
      '28/11/2026',
      'VIR SEPA RECU /DE INCONNU SA /MOTIF REF 88812',
      '',
      '777,00',
    ]);
    await options.close();
  });
});
