import { describe, expect, it } from 'vitest';
import { dateShapedNumber, parseNumber, plainNumber } from './invoice-number';

/**
 * The rules alone, without the one-loop path: what `parseNumber` must agree with. A space at
 * the end keeps the text off that path and changes nothing else (the rules trim it).
 */
const byRules = (value: string) => parseNumber(`${value} `);

describe('invoice numbers', () => {
  it.each([
    ['F-2026-00042', 'F-2026-00042'],
    ['INV-2026-001', 'INV-2026-001'],
    ['N° 2025/014', '2025/014'],
    ['No. 42', '42'],
    ['# 0042', '0042'],
    ['NOVA-12', 'NOVA-12'],
    ['NOR-2026-001', 'NOR-2026-001'],
    ['No 7', '7'],
    // Kill Bill's "Invoice INV#{{invoiceNumber}}"
    ['INV#1042', '1042'],
    ['INV #1042', '1042'],
    ['INVOICE-7', 'INVOICE-7'],
    ['1 200,00 €', null],
    ['2026-01-15', null],
    ['20260115', null],
    ['INV-2026-01-15', null],
    ['15-janv-2026', null],
    ['Facture', null],
  ])('%s reads as %s', (text, number) => {
    expect(parseNumber(text)).toBe(number);
  });

  it('the one-loop path returns exactly what the rules return', () => {
    // Every text of up to four characters from a small alphabet, then longer shapes.
    const alphabet = ['A', 'n', 'o', 'N', 'O', 'j', 'a', 'v', '0', '1', '2', '5', '-', '_'];
    const texts: string[] = [];
    const grow = (prefix: string, depth: number) => {
      texts.push(prefix);
      if (depth) for (const c of alphabet) grow(prefix + c, depth - 1);
    };
    grow('', 4);
    for (const y of ['2026', '26', '20260115', '12345678'])
      for (const p of ['', 'F', 'INV', 'FA', 'NOV', 'jan'])
        for (const sep of ['', '-', '_'])
          texts.push(`${p}${sep}${y}`, `${p}${sep}${y}-01-15`, `${p}${sep}15-01-${y}`);
    let plain = 0;
    for (const t of texts) {
      if (plainNumber(t)) plain++;
      expect([t, parseNumber(t)]).toEqual([t, byRules(t)]);
    }
    // The path is taken, not only tested.
    expect(plain).toBeGreaterThan(1000);
  });
});

describe('a date-shaped invoice number', () => {
  it('is offered only as a whole date-shaped value (Saleor numbers "{n}/{mm}/{yyyy}")', () => {
    expect(parseNumber('3/11/2026')).toBeNull();
    expect(dateShapedNumber(' 3/11/2026 ')).toBe('3/11/2026');
    expect(dateShapedNumber('24 Nov 2026')).toBeNull();
    expect(dateShapedNumber('3/11/2026 due')).toBeNull();
  });
});
