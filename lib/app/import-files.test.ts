import { describe, expect, it } from 'vitest';
import { emptyDetected } from '../detect/invoice-reading';
import type { RecordReport } from '../ledger/repo';
import { importItems, importSourceKind, importSummary, readFiles } from './import';

const report = (over: Partial<RecordReport>): RecordReport => ({
  added: [],
  updated: [],
  unchanged: [],
  skipped: [],
  conflicts: [],
  clientsCreated: [],
  ...over,
});

describe('the options import: files to observations', () => {
  it('names the source after how the file was read (a PDF read from its text is not an e-invoice)', () => {
    expect(importSourceKind('pdf', true)).toBe('pdf');
    expect(importSourceKind('pdf')).toBe('einvoice');
    expect(importSourceKind('einvoice')).toBe('einvoice');
    expect(importSourceKind('html')).toBe('page');
    expect(importSourceKind('eml')).toBe('email');
    expect(importSourceKind('csv')).toBe('csv');
    expect(importSourceKind('unknown')).toBe('csv');
  });

  it('gives every invoice its file as its source, at the import time', () => {
    const a = { ...emptyDetected(), invoiceNumber: 'F-1' };
    const b = { ...emptyDetected(), invoiceNumber: 'F-2' };
    const at = '2026-11-20T10:00:00.000Z';
    const items = importItems(
      [
        { file: 'a.xml', kind: 'einvoice', invoices: [a, b] },
        { file: 'empty.csv', kind: 'csv', invoices: [] },
        { file: 'scan.pdf', kind: 'pdf', fromText: true, invoices: [a] },
      ],
      at,
    );
    expect(items).toEqual([
      { detected: a, source: { kind: 'einvoice', where: 'a.xml', at } },
      { detected: b, source: { kind: 'einvoice', where: 'a.xml', at } },
      { detected: a, source: { kind: 'pdf', where: 'scan.pdf', at } },
    ]);
  });
});

describe('the options import: its answer', () => {
  it('counts what was added, updated and skipped, in the page language', () => {
    const r = report({ added: ['1', '2'], updated: ['3'] });
    expect(importSummary(r, 'en')).toBe('2 added, 1 updated, 0 skipped.');
  });

  it('says why for the first three skipped invoices and the first three warnings', () => {
    const skipped = ['A', 'B', 'C', 'D'].map((n) => ({
      invoiceNumber: n,
      reason: `no due date ${n}`,
      text: { fr: `pas d’échéance ${n}`, en: `no due date ${n}` },
    }));
    const warnings = ['W1', 'W2', 'W3', 'W4'].map((w) => ({
      invoiceNumber: null,
      text: { fr: `fr ${w}`, en: `en ${w}` },
    }));
    const said = importSummary(
      report({ skipped: [...skipped, { invoiceNumber: null, reason: 'raw' }], warnings }),
      'fr',
    );
    expect(said).toContain('A : pas d’échéance A · B : pas d’échéance B · C : pas d’échéance C');
    expect(said).not.toContain('D :');
    expect(said).toContain('fr W1 · fr W2 · fr W3');
    expect(said).not.toContain('W4');
  });

  it('falls back on the untranslated reason, and "?" for an invoice without a number', () => {
    const said = importSummary(
      report({ skipped: [{ invoiceNumber: null, reason: 'unreadable row' }] }),
      'en',
    );
    expect(said).toBe('0 added, 0 updated, 1 skipped. ? : unreadable row');
  });
});

describe('the options import: reading the dropped files', () => {
  it('reads each file in turn, says the progress, and keeps the CSV as read for re-mapping', async () => {
    const csv = 'Numéro;Client;Date;Échéance;Montant TTC\nF-9;ACME;01/09/2026;01/10/2026;120,00\n';
    const files = [new File([csv], 'export.csv'), new File(['not an invoice'], 'notes.txt')];
    const progress: [number, number][] = [];
    const read = await readFiles(
      files,
      {
        lang: 'fr',
        parseHtml: () => {
          throw new Error('no HTML here');
        },
      },
      (done, total) => progress.push([done, total]),
    );
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(read.map((r) => r.scan.file)).toEqual(['export.csv', 'notes.txt']);
    expect(read[0]!.scan.invoices.map((i) => i.invoiceNumber)).toEqual(['F-9']);
    expect(read[0]!.csv).toBe(read[0]!.scan.csv?.read);
    expect(read[0]!.csv).toBeDefined();
  });
});
