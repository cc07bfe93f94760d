// @vitest-environment happy-dom
import { runs } from '../../../tests/helpers/property-config';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../../cli/node-dom';
import { scanPage } from '../page';
import { fixture, fixtureFiles } from './fixtures';
import { SITE_ADAPTERS } from './index';

const FOLDER: Record<string, string> = {
  InvoicePlane: 'invoiceplane',
  Akaunting: 'akaunting',
  Dolibarr: 'dolibarr',
  Odoo: 'odoo',
  'Invoice Ninja': 'invoice-ninja',
  InvoiceShelf: 'invoiceshelf',
  Kimai: 'kimai',
};
const GENERIC = join(import.meta.dirname, '../../../tests/fixtures/pages');

describe('site adapters together', () => {
  it('each adapter recognises its own fixtures and no other page', () => {
    const generic = readdirSync(GENERIC)
      .filter((f) => f.endsWith('.html'))
      .map((f) => parseHtmlInNode(readFileSync(join(GENERIC, f), 'utf8')));
    for (const a of SITE_ADAPTERS) {
      for (const other of SITE_ADAPTERS) {
        for (const f of fixtureFiles(FOLDER[other.app]!))
          expect(
            a.pageMatches(fixture(FOLDER[other.app]!, f)),
            `${a.app} on ${other.app}/${f}`,
          ).toBe(a === other);
      }
      for (const doc of generic)
        expect(a.pageMatches(doc), `${a.app} on a generic page`).toBe(false);
    }
  });

  it('every page an adapter takes has one of its signatures, looked for before any adapter is asked', () => {
    const generic = readdirSync(GENERIC)
      .filter((f) => f.endsWith('.html'))
      .map((f) => parseHtmlInNode(readFileSync(join(GENERIC, f), 'utf8')));
    const pages = [
      ...generic,
      ...SITE_ADAPTERS.flatMap((a) =>
        fixtureFiles(FOLDER[a.app]!).map((f) => fixture(FOLDER[a.app]!, f)),
      ),
    ];
    for (const a of SITE_ADAPTERS) {
      let taken = 0;
      for (const doc of pages) {
        if (!a.pageMatches(doc)) continue;
        taken++;
        expect(
          a.signatures.some((sig) => doc.querySelector(sig)),
          `${a.app}: ${a.signatures.join(' | ')}`,
        ).toBe(true);
      }
      expect(taken, a.app).toBeGreaterThan(0);
    }
    // A generic page has none of them: no adapter is asked. Known exception, another app's own markup:
    // Lago's invoice template has the h1.invoice-title InvoicePlane's PDF has (its adapter then declines it).
    const SHARED = new Set([
      'InvoicePlane h1.invoice-title lago-one-off-invoice-en.html',
      'InvoicePlane h1.invoice-title lago-one-off-invoice-fr.html',
    ]);
    const names = readdirSync(GENERIC).filter((f) => f.endsWith('.html'));
    for (const a of SITE_ADAPTERS)
      for (const sig of a.signatures) {
        expect(sig, `${a.app}: one selector, not a list`).not.toMatch(/,/);
        generic.forEach((doc, i) => {
          if (SHARED.has(`${a.app} ${sig} ${names[i]}`)) expect(a.pageMatches(doc)).toBe(false);
          else expect(doc.querySelector(sig), `${a.app}: ${sig} on ${names[i]}`).toBeNull();
        });
      }
  });

  it('every fixture says where its facts come from (app, template path, commit)', () => {
    for (const a of SITE_ADAPTERS) {
      for (const f of fixtureFiles(FOLDER[a.app]!)) {
        const head = readFileSync(
          join(import.meta.dirname, FOLDER[a.app]!, 'fixtures', f),
          'utf8',
        ).slice(0, 2500);
        expect(head, f).toMatch(/commit\s+[0-9a-f]{40}/);
        expect(head, f).toMatch(/\.(php|blade\.php|xml|vue|twig)\b/);
      }
    }
  });

  it('markup drift is loud: an app’s address without its markup, or a selector that finds nothing, is reported and the generic reader takes over', () => {
    const doc = fixture('dolibarr', 'list-fr-2026.html');
    for (const a of Array.from(doc.querySelectorAll('th a.reposition')))
      a.replaceWith(a.textContent ?? '');
    const scan = scanPage(doc, { url: 'https://erp.example/compta/facture/list.php' });
    expect(scan.app).toBeUndefined();
    expect(scan.warnings.map((w) => w.en).join(' ')).toMatch(
      /looks like Dolibarr's, but the page does not have the markup/,
    );
    // The generic list reader still finds the invoices from the column labels.
    expect(scan.invoices.map((d) => d.invoiceNumber)).toEqual([
      'FA2609-0112',
      'FA2610-0118',
      'FA2608-0101',
    ]);

    const page = fixture('akaunting', 'show-en-2026-08.html');
    const columns = page.querySelectorAll('.print-template .col-40');
    columns[columns.length - 1]!.replaceChildren();
    const drift = scanPage(page);
    expect(drift.app).toBeUndefined();
    expect(drift.warnings.map((w) => w.en).join(' ')).toMatch(
      /Akaunting: no element for totals \(selector "\.print-template \.col-40 \(the last\) > div\.text"\)/,
    );
  });

  it('what the user owes (supplier invoices, vendor bills) is recognised and never read as invoices to clients', () => {
    const list = fixture('dolibarr', 'list-fr-2026.html');
    for (const a of Array.from(list.querySelectorAll('a[href*="/compta/facture/card.php"]')))
      a.setAttribute(
        'href',
        a.getAttribute('href')!.replace('/compta/facture/', '/fourn/facture/'),
      );
    const scan = scanPage(list, { url: 'https://erp.example/fourn/facture/list.php' });
    expect([scan.app, scan.kind, scan.invoices.length]).toEqual(['Dolibarr', 'none', 0]);
    expect(scan.warnings.map((w) => w.en).join(' ')).toMatch(
      /supplier invoices — Relance chases what clients owe you/,
    );
    // Without the address too: the rows link to supplier invoices only.
    expect(scanPage(list).kind).toBe('none');

    const card = fixture('dolibarr', 'card-fr-2026.html');
    for (const a of Array.from(card.querySelectorAll('a[href*="/compta/facture/list.php"]')))
      a.setAttribute(
        'href',
        a.getAttribute('href')!.replace('/compta/facture/', '/fourn/facture/'),
      );
    expect(scanPage(card).kind).toBe('none');

    const bill = scanPage(fixture('akaunting', 'show-en-2026-08.html'), {
      url: 'https://app.akaunting.com/12345/purchases/bills/9',
    });
    expect([bill.kind, bill.invoices.length]).toEqual(['none', 0]);
  });

  it('a page with parts of an app’s markup missing never throws and never yields NaN or an invalid date', () => {
    const pages = SITE_ADAPTERS.flatMap((a) =>
      fixtureFiles(FOLDER[a.app]!).map((f) => [FOLDER[a.app]!, f] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...pages),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        ([folder, file], picks) => {
          const doc = fixture(folder, file);
          // Remove some elements (the app changed its markup, or the page is half loaded).
          for (const k of picks) {
            const all = doc.body?.querySelectorAll('*') ?? [];
            if (all.length) all[k % all.length]!.remove();
          }
          const scan = scanPage(doc);
          for (const d of scan.invoices) {
            for (const m of [d.totalWithTax, d.amountDue, d.paid])
              if (m !== null) expect(Number.isSafeInteger(m)).toBe(true);
            for (const day of [d.issueDate, d.dueDate])
              if (day) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(d.invoiceNumber).toBeTruthy();
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
