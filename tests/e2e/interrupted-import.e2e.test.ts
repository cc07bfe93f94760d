import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openExt } from '../../tools/chromium/surfaces';
import { overlay, startChromium, type Started } from './chromium-app';
import { attachTo, stopHook, stopWorkers, type StopPoint } from './debug-target';

/**
 * Imports cut at a point the test chooses (see debug-target.ts): the service worker
 * stopped at the K-th write of the overlay's import or as its transaction commits, and
 * the options page closed at the K-th write of its file import. Each import is one
 * transaction, so the ledger holds all of it or none, the overlay says which, and
 * running it again adds nothing twice — counted on what a re-run could duplicate
 * (clients, whose ids are random; observations, added when an invoice is updated;
 * events), not only on invoice keys, which cannot.
 * Its own browser and ledger.
 */
let s: Started;
let app: Started['app'];
let fixtures: Started['fixtures'];

beforeAll(async () => {
  s = await startChromium();
  ({ app, fixtures } = s);
});

afterAll(async () => {
  await s?.close();
});

const ROWS = 1000;
const CLIENTS = 40;

interface Counts {
  invoices: number;
  clients: number;
  clientNames: number;
  observations: number;
  events: number;
}

/** What a re-run could write twice, for the invoices and clients named with `prefix`. */
async function counts(prefix: string): Promise<Counts> {
  const ext = await openExt(app, 'options.html');
  const n = await ext.evaluate(
    (prefix) =>
      new Promise<Counts>((ok, ko) => {
        const req = indexedDB.open('relance-ledger');
        req.onerror = () => ko(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['invoices', 'clients', 'observations', 'events']);
          const all = <T>(name: string) =>
            new Promise<T[]>((done) => {
              const r = tx.objectStore(name).getAll();
              r.onsuccess = () => done(r.result as T[]);
            });
          void Promise.all([
            all<{ id: string }>('invoices'),
            all<{ name: string }>('clients'),
            all<{ invoiceId: string }>('observations'),
            all<{ invoiceIds: string[] }>('events'),
          ]).then(([inv, cli, obs, ev]) => {
            const ours = new Set(
              inv.map((i) => i.id).filter((id) => id.startsWith(`inv:${prefix}-`)),
            );
            const names = cli
              .map((c) => c.name)
              .filter((name) => name.startsWith(`Client ${prefix} `));
            req.result.close();
            ok({
              invoices: ours.size,
              clients: names.length,
              clientNames: new Set(names).size,
              observations: obs.filter((o) => ours.has(o.invoiceId)).length,
              events: ev.filter((e) => e.invoiceIds.some((id) => ours.has(id))).length,
            });
          });
        };
      }),
    prefix,
  );
  await ext.close();
  return n;
}

const none: Counts = { invoices: 0, clients: 0, clientNames: 0, observations: 0, events: 0 };

function rows(prefix: string): { number: string; client: string; amount: string }[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    number: `${prefix}-${String(i).padStart(5, '0')}`,
    client: `Client ${prefix} ${i % CLIENTS}`,
    amount: `${100 + i},00`,
  }));
}

/** A list page of ROWS overdue invoices, served at a path of its own. */
async function listPage(prefix: string): Promise<Page> {
  const body = rows(prefix)
    .map(
      (r) =>
        `<tr><td>${r.number}</td><td>${r.client}</td><td>01/09/2026</td><td>01/10/2026</td><td>${r.amount} €</td><td>En retard</td></tr>`,
    )
    .join('');
  const html = `<!doctype html><html lang="fr"><body><table><thead><tr><th>N°</th><th>Client</th><th>Date</th><th>Échéance</th><th>Montant TTC</th><th>Statut</th></tr></thead><tbody>${body}</tbody></table></body></html>`;
  const url = `${fixtures.url}/generated/${prefix}.html`;
  await app.context.route(url, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await app.context.newPage();
  await page.goto(url);
  return page;
}

const importAll = (box: Frame) =>
  box.getByRole('button', { name: `Importer la sélection (${ROWS})` });
const said = (box: Frame) => box.locator('[role=status], [role=alert]').first();

/** Start the overlay's import with the worker set to stop at `at`, and stop it there. */
async function overlayImportStoppedAt(page: Page, at: StopPoint): Promise<Frame> {
  const control = await app.context.newCDPSession(page);
  await control.send('ServiceWorker.enable');
  const worker = await attachTo(
    control,
    (t) => t.type === 'service_worker' && t.url.endsWith('/background.js'),
  );
  await worker.send('Debugger.enable');
  expect(
    await worker.send('Runtime.evaluate', { expression: stopHook(at), returnByValue: true }),
  ).toMatchObject({ result: { value: 'armed' } });
  const paused = worker.next('Debugger.paused');
  const box = await overlay(page);
  await importAll(box).click();
  await paused;
  await stopWorkers(control);
  await control.detach();
  return box;
}

describe('an import cut at a chosen point (Chromium)', () => {
  it('the worker stopped at write 500 of 1 000: nothing is recorded, the overlay says so, and a re-run records each once', async () => {
    const page = await listPage('MID');
    const box = await overlayImportStoppedAt(page, { beforeWrite: 500 });
    await expect
      .poll(() => said(box).textContent())
      .toMatch(/L’enregistrement a été interrompu .* rien n’a été enregistré, réessayez\./);
    expect(await counts('MID')).toEqual(none);
    // The worker starts again on the next message; the same selection, imported again.
    await importAll(box).click();
    await expect
      .poll(() => said(box).textContent(), { timeout: 60_000 })
      .toBe(`Enregistré (${ROWS})`);
    expect(await counts('MID')).toEqual({
      invoices: ROWS,
      clients: CLIENTS,
      clientNames: CLIENTS,
      observations: 0,
      events: 0,
    });
    await page.close();
  });

  it('the worker stopped as the import commits: all is recorded, and the overlay says it was, not that it failed', async () => {
    const page = await listPage('END');
    const box = await overlayImportStoppedAt(page, 'on-commit');
    await expect
      .poll(() => said(box).textContent(), { timeout: 60_000 })
      .toBe(`Enregistré (${ROWS})`);
    const written = await counts('END');
    expect(written).toEqual({
      invoices: ROWS,
      clients: CLIENTS,
      clientNames: CLIENTS,
      observations: 0,
      events: 0,
    });
    // Opened again, the page offers nothing more to import, and nothing was written twice.
    await page.reload();
    const again = await overlay(page);
    await expect
      .poll(() => again.getByRole('button', { name: /Importer la sélection/ }).textContent())
      .toMatch(/\(0\)/);
    expect(await counts('END')).toEqual(written);
    await page.close();
  });

  it('the options page closed at write 500 of its file import: nothing is recorded, and importing the file again records each once', async () => {
    const csv = [
      'Numéro;Client;Date;Échéance;Montant TTC;Statut',
      ...rows('CSV').map(
        (r) => `${r.number};${r.client};01/09/2026;01/10/2026;${r.amount};En retard`,
      ),
    ].join('\n');
    const file = { name: 'cut.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
    const choose = async () => {
      const options = await openExt(app, 'options.html#import');
      await options.locator('#import input[type=file]').setInputFiles(file);
      const button = options.getByRole('button', { name: `Importer ${ROWS} facture(s)` });
      await button.waitFor();
      return { options, button };
    };
    const first = await choose();
    const control = await app.context.newCDPSession(first.options);
    await control.send('Debugger.enable');
    const paused = new Promise<void>((ok) => control.once('Debugger.paused', () => ok()));
    await control.send('Runtime.evaluate', { expression: stopHook({ beforeWrite: 500 }) });
    // The click's own promise waits on the page, which the debugger holds: not awaited.
    const clicked = first.button.click().catch(() => 'page closed');
    await paused;
    // The tab goes while its import is stopped inside the transaction.
    await first.options.close();
    await clicked;
    expect(await counts('CSV')).toEqual(none);
    const second = await choose();
    await second.button.click();
    await second.options
      .getByText(new RegExp(`${ROWS} ajoutée\\(s\\)`))
      .waitFor({ timeout: 60_000 });
    await second.options.close();
    expect(await counts('CSV')).toEqual({
      invoices: ROWS,
      clients: CLIENTS,
      clientNames: CLIENTS,
      observations: 0,
      events: 0,
    });
  });
});
