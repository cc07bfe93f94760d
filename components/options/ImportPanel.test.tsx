// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanFile } from '@/lib/detect/scan-file';
import { ImportPanel } from './ImportPanel';

afterEach(cleanup);

/** 60 invoices and one supplier bill: more than the first 50 shown, each with its rows one click away. */
const rows = [
  'Invoice Number,Customer,Due Date,Total,Currency,Type',
  ...Array.from(
    { length: 60 },
    (_, i) => `INV-${String(i + 1).padStart(3, '0')},Client ${i + 1},2026-10-01,100.00,EUR,ACCREC`,
  ),
  'BILL-1,Stationers Ltd,2026-10-02,40.00,EUR,ACCPAY',
];

async function open() {
  const scan = await scanFile('big.csv', new TextEncoder().encode(rows.join('\n')), {
    lang: 'en',
    parseHtml: () => {
      throw new Error('not html');
    },
  });
  const onRecord = vi.fn(async () => 'ok');
  render(
    <ImportPanel
      lang="en"
      onRead={async () => [{ scan, csv: scan.csv?.read }]}
      onRecord={onRecord}
    />,
  );
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'big.csv')] });
  fireEvent.change(input);
  await screen.findByTestId('csv-summary');
  return { onRecord };
}

describe('import preview', () => {
  it('counts, the skipped bill with why, and every invoice reachable with its rows', async () => {
    await open();
    expect(screen.getByTestId('csv-summary').textContent).toBe(
      '60 invoice(s) from 61 row(s); 1 supplier bill(s) and 0 draft(s) skipped',
    );
    expect(screen.getByTestId('csv-skipped').textContent).toMatch(
      /^Skipped rows and why \(1\)BILL-1 — supplier bill \(type "ACCPAY"\)1 row\(s\) of the file/,
    );
    const shown = () => [...document.querySelectorAll('.import-file > table.grid > tbody > tr')];
    expect(shown()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show the 10 other invoices' }));
    await waitFor(() => expect(shown()).toHaveLength(60));
    const last = shown()[59]!;
    expect(last.textContent).toMatch(/^INV-0601 row\(s\) of the file/);
    // The row behind the 60th invoice is the file's line 61.
    expect(last.querySelector('.source-rows tbody td')!.textContent).toBe('61');
    expect(screen.getByRole('button', { name: 'Import 60 invoice(s)' })).toBeTruthy();
  });
});
