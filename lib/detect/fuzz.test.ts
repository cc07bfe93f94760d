import { runs } from '../../tests/helpers/property-config';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { isCalendarDate } from '../model/dates';
import { parseLedgerFile, LedgerFileError } from '../ledger/file-format';
import { scanFile } from './scan-file';

/** Hostile and random input: every reader answers with invoices or a reason, never a crash. */
describe('fuzzing the readers', () => {
  const names = ['x.xml', 'x.pdf', 'x.html', 'x.csv', 'x.eml', 'x.bin'];

  it('scanFile never rejects, never yields NaN or an invalid date', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ maxLength: 600 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (name, bytes) => {
          const r = await scanFile(name, bytes, { parseHtml: parseHtmlInNode });
          expect(
            r.invoices.length > 0 || r.error !== null || r.kind === 'html' || r.kind === 'csv',
          ).toBe(true);
          for (const inv of r.invoices) {
            for (const v of [inv.totalWithTax, inv.amountDue, inv.paid])
              if (v !== null) expect(Number.isSafeInteger(v)).toBe(true);
            for (const d of [inv.dueDate, inv.issueDate])
              if (d !== null) expect(isCalendarDate(d)).toBe(true);
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('CSV-looking random tables are read or refused with a reason', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'F-1',
        'Client',
        '12/03/2026',
        '1 200,50 €',
        '$9.99',
        'N°',
        'Montant',
        'Échéance',
        '',
      ),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(';', ',', '\t'),
        async (rows, sep) => {
          const text = rows.map((r) => r.join(sep)).join('\n');
          const r = await scanFile('t.csv', new TextEncoder().encode(text), {
            parseHtml: parseHtmlInNode,
          });
          if (!r.invoices.length) expect(r.error).toBeTruthy();
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('a random or hostile backup is refused with a LedgerFileError, never accepted half-way', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          parseLedgerFile(value);
        } catch (e) {
          expect(e).toBeInstanceOf(LedgerFileError);
          expect((e as LedgerFileError).problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: runs(500) },
    );
    expect(() =>
      parseLedgerFile(
        JSON.parse('{"version":1,"clients":[],"invoices":[],"__proto__":{"polluted":true}}'),
      ),
    ).toThrow(LedgerFileError);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
