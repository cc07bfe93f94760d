import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { csvInvoices, readCsv } from '../detect/csv';
import { renderDraft } from '../drafts/render';
import { openLedger } from './db';
import { readLedger, recordObservations } from './repo';

/**
 * Issue #22, finding 11: the drafts mark their table blocks with U+0000 (lib/drafts/template.ts
 * toBlocks), so a U+0000 in a stored value could cut a draft's text around a block (the audit saw a
 * second invoice table in every draft and letter). The CSV
 * reader refuses binary data only from the head of a file; a U+0000 past it must still be
 * stripped where the row enters the ledger.
 */
/** A client's name that would end the greeting's paragraph and name a block. */
const PAYLOAD = 'Evil\u0000invoices.table\u0000Corp';

// The English greeting names the client when no contact is known.
const draftFor = (name: string) =>
  renderDraft({
    kind: 'reminder-1',
    lang: 'en',
    tone: 'polite',
    client: { name, kind: 'b2b' },
    sender: { name: 'Julie Moreau' },
    // Two invoices: the draft shows them in its one table.
    invoices: ['F-9', 'F-10'].map((number) => ({
      invoiceId: `inv:${number}`,
      number,
      issueDate: '2026-09-01',
      dueDate: '2026-12-01',
      daysLate: 19,
      currency: 'EUR',
      total: 10_000,
      paid: 0,
      amountDue: 10_000,
      interest: null,
      fixedFee: 4000,
      uncertainDueDate: false,
    })),
    amounts: [
      {
        currency: 'EUR',
        principal: 20_000,
        paid: 0,
        interest: 0,
        fixedFees: 8000,
        totalClaimed: 28_000,
      },
    ],
    daysLate: 19,
    history: [],
    jurisdiction: 'fr-b2b',
    lawRef: 'C. com. art. L441-10',
    today: '2026-12-20',
  });
/** The draft for this name is the draft for a plain name with only the name changed: nothing split, nothing added. */
const sameShape = (name: string) =>
  draftFor(name).html === draftFor('Atelier Dupont').html.replace('Atelier Dupont', name);

describe('a U+0000 past the first 4 kB of a CSV', () => {
  it('the payload is live: a client name holding it, were it stored, would split the draft around a block', () => {
    expect(sameShape('Studio Nord')).toBe(true);
    expect(sameShape(PAYLOAD)).toBe(false);
    // The greeting's paragraph is cut in two around a block the template never asked for.
    expect(draftFor(PAYLOAD).html).toMatch(/^<p>Dear Evil<\/p>.*<p>Corp,<\/p>/);
  });

  it('is not stored, and the draft of the invoice read from the file has the shape of any other', async () => {
    const rows = Array.from(
      { length: 150 },
      (_, i) => `F-${1000 + i};Client numéro ${i};01/12/2026;100,00;EUR`,
    );
    const text = `Numéro de facture;Client;Date d’échéance;Montant TTC;Devise\n${rows.join('\n')}\nF-9;${PAYLOAD};01/12/2026;100,00;EUR\n`;
    expect(text.indexOf('\u0000')).toBeGreaterThan(4096);
    const found = csvInvoices(readCsv(text), { lang: 'fr' }).invoices.filter(
      (d) => d.invoiceNumber === 'F-9',
    );
    expect(found).toHaveLength(1);

    const db = await openLedger(`csv-nul-${Math.random()}`);
    await recordObservations(
      db,
      found.map((detected) => ({
        detected,
        source: { kind: 'csv' as const, where: 'export.csv', at: '2026-11-20T10:00:00.000Z' },
      })),
      { today: '2026-12-20' },
    );
    const ledger = await readLedger(db);
    expect(JSON.stringify(ledger)).not.toMatch(/\\u0000/);
    const stored = ledger.clients[0]!.name;
    expect(stored).toBe('Evilinvoices.tableCorp');
    expect(sameShape(stored)).toBe(true);
    expect(draftFor(stored).text).toContain('Dear Evilinvoices.tableCorp,');
    db.close();
  });
});
