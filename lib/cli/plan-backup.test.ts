import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { DetectedInvoice } from '../detect/invoice-reading';
import { detectedInvoice } from '../../tests/helpers/detected-invoice';
import { openLedger } from '../ledger/db';
import { addEvent, exportLedger, readLedger, recordObservations } from '../ledger/repo';
import { AddEventsSchema } from '../messaging/schemas';
import { main } from './main';

/**
 * Issue #22, finding 2: the extension's own backup was refused by `relance plan` (the same
 * file schema as restore) when the importers had stored what that schema refuses: an address
 * that is not one, a 150-character invoice number, a 1 000-character reminder subject.
 */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    (s) => (out += s + '\n'),
    (s) => (err += s + '\n'),
  );
  return { code, out, err };
}
// The address as an importer once stored it: not an e-mail address.
const seen = (over: Partial<DetectedInvoice>): DetectedInvoice =>
  detectedInvoice({ buyerEmail: 'compta at dupont', ...over });

describe('relance plan on the extension’s own backup', () => {
  it('reads a backup of what the importers and messages stored', async () => {
    const db = await openLedger(`plan-backup-${Math.random()}`);
    const source = { kind: 'csv' as const, where: 'export.csv', at: '2026-11-20T10:00:00.000Z' };
    await recordObservations(
      db,
      [
        { detected: seen({}), source },
        { detected: seen({ invoiceNumber: `F-${'9'.repeat(150)}` }), source },
      ],
      { today: '2026-11-23' },
    );
    const clientId = (await readLedger(db)).clients[0]!.id;
    const [event] = v.parse(AddEventsSchema, {
      events: [
        {
          type: 'reminder',
          step: 'reminder-1',
          channel: 'email',
          clientId,
          invoiceIds: ['inv:F-1'],
          date: '2026-10-05',
          subject: 's'.repeat(1000),
          body: 'b'.repeat(2000),
        },
      ],
    }).events;
    await addEvent(db, event!);
    const file = join(mkdtempSync(join(tmpdir(), 'relance-plan-backup-')), 'backup.json');
    writeFileSync(
      file,
      JSON.stringify(await exportLedger(db, undefined, '2026-11-23T00:00:00.000Z')),
    );
    db.close();

    const r = await run(
      'plan',
      '--ledger',
      file,
      '--today',
      '2026-11-23',
      '--json',
      '--lang',
      'en',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const dupont = JSON.parse(r.out).suggestions.find(
      (s: { clientName: string }) => s.clientName === 'Atelier Dupont',
    );
    expect(dupont.invoices.map((i: { invoiceNumber: string }) => i.invoiceNumber)).toContain('F-1');
  });
});
