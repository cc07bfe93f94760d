import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../tools/chromium/harness';
import { openExt, waitForDemoData } from '../../tools/chromium/surfaces';

/**
 * Backups and imports in the real browser (demo build, real IndexedDB): an import stopped
 * at a chosen point inside its transaction leaves nothing, a re-run adds each record
 * once (invoices, clients, events: what could duplicate), and a backup restores the
 * same ledger, asking before it changes the sender's identity.
 */
let app: Launched;

beforeAll(async () => {
  app = await launch();
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
});

/** The ledger as stored, read from an extension page. */
async function dump(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        clients: { id: string; name: string }[];
        invoices: { id: string }[];
        events: { id: string }[];
      }>((ok, fail) => {
        const req = indexedDB.open('relance-ledger');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['clients', 'invoices', 'events'], 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of ['clients', 'invoices', 'events']) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            req.result.close();
            ok(out as never);
          };
        };
      }),
  );
}

const ROWS = 1500;
const csvFor = (tag: string) =>
  [
    'Numéro de facture;Client;E-mail;Date d’échéance;Montant TTC;Devise',
    ...Array.from(
      { length: ROWS },
      (_, i) =>
        `${tag}-${String(i).padStart(5, '0')};Client ${tag} ${i % 40};compta${i % 40}@${tag.toLowerCase()}${i % 40}.example;25/10/2026;${100 + i},00;EUR`,
    ),
  ].join('\n');

async function chooseCsv(options: Page, tag: string) {
  await options
    .locator('#import input[type=file]')
    .setInputFiles([
      { name: `${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csvFor(tag)) },
    ]);
  return options.getByRole('button', { name: `Importer ${ROWS} facture(s)` });
}

const ours = (l: Awaited<ReturnType<typeof dump>>, tag: string) => ({
  invoices: l.invoices.filter((i) => i.id.startsWith(`inv:${tag}-`)).length,
  clients: l.clients.filter((c) => c.name.startsWith(`Client ${tag} `)).length,
});

/**
 * Leave the page (as closing the tab does) at a chosen point of the import's one
 * transaction: when the nth request of `method` on `store` has succeeded.
 */
async function importLeavingAt(
  options: Page,
  tag: string,
  point: { store: string; method: 'put' | 'getAll'; nth: number },
) {
  const button = await chooseCsv(options, tag);
  let left = false;
  await options.exposeFunction('relanceLeft', () => {
    left = true;
  });
  await options.evaluate(({ store, method, nth }) => {
    const proto = IDBObjectStore.prototype as unknown as Record<
      string,
      (...a: unknown[]) => IDBRequest
    >;
    const original = proto[method]!;
    let count = 0;
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const req = original.apply(this, args);
      if (this.name === store && this.transaction.mode === 'readwrite' && ++count === nth) {
        req.addEventListener('success', () => {
          void (window as unknown as { relanceLeft(): Promise<void> }).relanceLeft();
          location.replace('about:blank');
        });
      }
      return req;
    };
  }, point);
  await button.click();
  await options.waitForURL('about:blank', { timeout: 120_000 });
  expect(left).toBe(true);
  await options.close();
}

describe('options import: all or nothing, whatever the size', () => {
  it('the tab leaving at chosen points of its one transaction leaves none of the file or all of it, never part; re-runs complete it with each invoice and client once', async () => {
    const probe = await openExt(app, 'options.html');
    const before = await dump(probe);
    const points = [
      // While the import reads the ledger: none of its writes were made, none stay.
      ['READ', { store: 'clients', method: 'getAll', nth: 1 }, 'none'],
      // After the first, the middle and the last but one of its writes: the browser aborts
      // the transaction or (when the writes were already handed over) completes it whole.
      ['FIRST', { store: 'invoices', method: 'put', nth: 1 }, 'either'],
      ['MIDDLE', { store: 'invoices', method: 'put', nth: ROWS / 2 }, 'either'],
      ['LAST', { store: 'invoices', method: 'put', nth: ROWS - 1 }, 'either'],
    ] as const;
    const present: Record<string, number> = {};
    for (const [tag, point, outcome] of points) {
      await importLeavingAt(await openExt(app, 'options.html#import'), tag, point);
      const got = ours(await dump(probe), tag);
      expect([
        { invoices: 0, clients: 0 },
        ...(outcome === 'either' ? [{ invoices: ROWS, clients: 40 }] : []),
      ]).toContainEqual(got);
      present[tag] = got.invoices;
    }
    expect((await dump(probe)).events).toHaveLength(before.events.length);

    // Re-running each import completes it; a second re-run adds nothing.
    for (const [tag] of points) {
      for (const run of tag === 'MIDDLE' ? [1, 2] : [1]) {
        const again = await openExt(app, 'options.html#import');
        await (await chooseCsv(again, tag)).click();
        const added = run === 1 ? ROWS - present[tag]! : 0;
        await expect
          .poll(() => again.locator('#import [role=status]').textContent(), { timeout: 120_000 })
          .toBe(`${added} ajoutée(s), 0 mise(s) à jour, 0 ignorée(s).`);
        await again.close();
        expect(ours(await dump(probe), tag)).toEqual({ invoices: ROWS, clients: 40 });
      }
    }
    // Nothing twice: no client, invoice or event beyond the files' own.
    const l = await dump(probe);
    expect(l.clients).toHaveLength(before.clients.length + 40 * points.length);
    expect(l.invoices).toHaveLength(before.invoices.length + ROWS * points.length);
    expect(l.events).toHaveLength(before.events.length);
    await probe.close();
  }, 600_000);
});

describe('backup and restore', () => {
  it('a backup restores the same ledger in "replace"; "merge" asks before replacing the sender identity and keeps it when refused', async () => {
    const options = await openExt(app, 'options.html#backup');
    const before = await dump(options);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Exporter la sauvegarde (JSON)' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const file = JSON.parse(text) as {
      sender?: { name: string; iban?: string };
      settings?: unknown;
      invoices: unknown[];
    };
    expect(file.invoices).toHaveLength(before.invoices.length);
    expect(file.settings).toBeTruthy();

    await options.locator('#backup select').selectOption('replace');
    await options
      .locator('#backup input[type=file]')
      .setInputFiles([{ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(text) }]);
    await expect
      .poll(() => options.locator('#backup [role=status]').textContent(), { timeout: 60_000 })
      .toMatch(
        /^(Restauré : \d+ client\(s\), \d+ facture\(s\), \d+ événement\(s\) ajouté\(s\)|Restored: \d+ client\(s\), \d+ invoice\(s\), \d+ event\(s\) added)\./,
      );
    const after = await dump(options);
    const byId = <T extends { id: string }>(l: T[]) =>
      [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.clients)).toEqual(byId(before.clients));
    expect(byId(after.invoices)).toEqual(byId(before.invoices));
    expect(byId(after.events)).toEqual(byId(before.events));

    // Another identity in the file, restored in merge mode: the page asks; refused, ours stays.
    const other = JSON.stringify({
      ...file,
      sender: { name: 'Quelqu’un d’autre', iban: 'FR1420041010050500013M02606', country: 'FR' },
    });
    const asked: string[] = [];
    options.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await options.locator('#backup select').selectOption('merge');
    await options
      .locator('#backup input[type=file]')
      .setInputFiles([
        { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) },
      ]);
    await expect
      .poll(() => options.locator('#backup [role=status]').textContent(), { timeout: 60_000 })
      .toMatch(/([Vv]otre identité actuelle est gardée|[Yy]our current details are kept)\.$/);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('FR1420041010050500013M02606');
    await options.reload();
    await expect
      .poll(() => options.locator('#identity input').first().inputValue())
      .toBe(file.sender?.name ?? '');
    await options.close();
  }, 180_000);
});
