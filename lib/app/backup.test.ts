import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupDownloads,
  exportBackup,
  identityQuestion,
  restoreBackup,
  senderLine,
} from './backup';
import { db } from './state';
import { clearLedger, readLedger } from '../ledger/repo';
import {
  readPolicyOverride,
  readPreferences,
  readSender,
  readTemplates,
  readUserRates,
  writePolicyOverride,
  writePreferences,
  writeSender,
  writeTemplates,
  writeUserRates,
} from '../settings';
import type { Sender } from '../model/sender';
import { eventsCsv, invoicesCsv } from '../ledger/csv-export';

const ME: Sender = { name: 'Claire Martin', iban: 'FR7630006000011234567890189', country: 'FR' };
const OTHER: Sender = { name: 'Old Me', iban: 'FR1420041010050500013M02606', country: 'FR' };
const file = (sender: Sender) =>
  JSON.stringify({
    version: 1,
    sender,
    clients: [{ id: 'c', name: 'C' }],
    invoices: [
      { number: 'F-1', clientId: 'c', dueDate: '2026-10-01', currency: 'EUR', total: '100.00' },
    ],
  });
const never = {
  replaceIdentity: () => {
    throw new Error('must not ask');
  },
};

beforeEach(async () => {
  fakeBrowser.reset();
  await clearLedger(await db());
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup: everything the user set', () => {
  it('exports and restores the ladder, templates, preferences, user rates and identity', async () => {
    await writeSender(ME);
    await writePolicyOverride({ minSpacingDays: 5, steps: [{ id: 'call', enabled: false }] });
    await writeTemplates({
      fr: { 'reminder-1': { subject: 'Petit rappel {{number}}', body: 'Bonjour' } },
    });
    await writePreferences({
      uiLang: 'en',
      defaultJurisdiction: 'uk',
      defaultLanguage: 'en',
      notifications: false,
      notifyHour: 7,
    });
    await writeUserRates({ 'fr-legal-pro': { '2027-H1': { percent: '7.5' } } });
    const text = JSON.stringify(await exportBackup('2026-11-23T00:00:00.000Z'));
    fakeBrowser.reset();
    expect(await readTemplates()).toEqual({});
    const said = await restoreBackup(text, 'replace', never);
    expect(said.en).toMatch(
      /^Restored: 0 client\(s\), 0 invoice\(s\), 0 event\(s\) added\. Your details \(name, IBAN…\) replaced by the file’s\.$/,
    );
    expect(await readSender()).toEqual(ME);
    expect(await readPolicyOverride()).toEqual({
      minSpacingDays: 5,
      steps: [{ id: 'call', enabled: false }],
    });
    expect((await readTemplates()).fr?.['reminder-1']).toEqual({
      subject: 'Petit rappel {{number}}',
      body: 'Bonjour',
    });
    expect(await readPreferences()).toMatchObject({
      uiLang: 'en',
      defaultJurisdiction: 'uk',
      notifyHour: 7,
      notifications: false,
    });
    expect(await readUserRates()).toEqual({ 'fr-legal-pro': { '2027-H1': { percent: '7.5' } } });
  });

  it('merge asks before replacing the sender identity and IBAN; declined, they stay', async () => {
    await writeSender(ME);
    const asked: [Sender, Sender][] = [];
    const said = await restoreBackup(file(OTHER), 'merge', {
      replaceIdentity: (cur, next) => {
        asked.push([cur, next]);
        return false;
      },
    });
    expect(asked).toEqual([[ME, OTHER]]);
    expect(await readSender()).toEqual(ME);
    expect(said.fr).toBe(
      'Restauré : 1 client(s), 1 facture(s), 0 événement(s) ajouté(s). Votre identité actuelle est gardée.',
    );
    expect((await readLedger(await db())).invoices).toHaveLength(1);
    // Accepted, the file's identity is taken.
    await restoreBackup(file(OTHER), 'merge', { replaceIdentity: () => true });
    expect(await readSender()).toEqual(OTHER);
  });

  it('a fresh install takes the file’s identity without asking; the same identity is not asked about', async () => {
    await restoreBackup(file(ME), 'merge', never);
    expect(await readSender()).toEqual(ME);
    await restoreBackup(file(ME), 'merge', never);
  });

  it('a file that is not valid says nothing was changed, in both languages', async () => {
    await expect(restoreBackup('{', 'merge', never)).rejects.toMatchObject({
      text: {
        fr: expect.stringMatching(/^Rien n’a été modifié — fichier JSON illisible/),
        en: expect.stringMatching(/^Nothing was changed — unreadable JSON file/),
      },
    });
    await expect(
      restoreBackup(JSON.stringify({ version: 1, clients: [], invoices: [{}] }), 'replace', never),
    ).rejects.toMatchObject({
      text: { en: expect.stringMatching(/^Nothing was changed — invoices\[0\]\.number: /) },
    });
  });

  it('says what the restore met, each language in its own sentence', async () => {
    const pay = (id: string, amount: string) => ({
      id,
      type: 'payment',
      amount,
      clientId: 'c',
      invoiceIds: ['F-1'],
      date: '2026-10-05',
    });
    const withEvents = (events: object[]) => JSON.stringify({ ...JSON.parse(file(ME)), events });
    await restoreBackup(withEvents([pay('ev:1', '40.00'), pay('ev:3', '7.00')]), 'merge', never);
    // ev:1 again, ev:2 twice, ev:3 with other content.
    const again = withEvents([
      pay('ev:1', '40.00'),
      pay('ev:3', '5.00'),
      pay('ev:2', '10.00'),
      pay('ev:2', '10.00'),
    ]);
    expect(await restoreBackup(again, 'merge', never)).toEqual({
      fr: 'Restauré : 1 client(s), 1 facture(s), 2 événement(s) ajouté(s). 1 événement(s) déjà présent(s) ; 1 événement(s) en double dans le fichier, restauré(s) une fois ; 1 événement(s) dont l’identifiant était pris par un autre : les deux sont gardés.',
      en: 'Restored: 1 client(s), 1 invoice(s), 2 event(s) added. 1 event(s) already there; 1 event(s) twice in the file, restored once; 1 event(s) whose id another event had: both kept.',
    });
  });

  it('says which settings were not restored, and then not that the identity was replaced', async () => {
    await writeTemplates({ fr: { 'reminder-1': { subject: 'S', body: 'B' } } });
    const text = JSON.stringify({
      ...(await exportBackup('2026-11-23T00:00:00.000Z')),
      sender: ME,
    });
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    expect(await restoreBackup(text, 'merge', never)).toEqual({
      fr: 'Restauré : 0 client(s), 0 facture(s), 0 événement(s) ajouté(s). Non restauré : votre identité (quota exceeded), les modèles (quota exceeded), les taux saisis (quota exceeded).',
      en: 'Restored: 0 client(s), 0 invoice(s), 0 event(s) added. Not restored: your details (quota exceeded), the templates (quota exceeded), the rates you entered (quota exceeded).',
    });
  });

  it('says every problem of a file that is not valid, side by side, in each language', async () => {
    const bad = JSON.stringify({
      version: 1,
      clients: [{ id: 'c', name: 'C' }],
      invoices: [
        { number: 'F-1', clientId: 'c', dueDate: '2026-02-30', currency: 'EUR', total: '1' },
        { number: 'F-2', clientId: 'c', dueDate: '2026-10-01', currency: 'EURO', total: '1' },
      ],
    });
    await expect(restoreBackup(bad, 'merge', never)).rejects.toMatchObject({
      text: {
        fr: 'Rien n’a été modifié — invoices[0] (F-1).dueDate : une vraie date AAAA-MM-JJ est attendue · invoices[1] (F-2).currency : un code de devise ISO 4217 est attendu, comme EUR',
        en: 'Nothing was changed — invoices[0] (F-1).dueDate: expected a real date as YYYY-MM-DD · invoices[1] (F-2).currency: expected an ISO 4217 currency code such as EUR',
      },
    });
  });
});

describe('backup: the options page’s downloads', () => {
  it('are the backup and two CSV views, named after the day, read from the ledger when clicked', async () => {
    await writeSender(ME);
    await restoreBackup(file(ME), 'replace', never);
    const files = backupDownloads('2026-11-23', () => '2026-11-23T08:00:00.000Z');
    expect(files.map(({ label, name, type }) => [label, name, type])).toEqual([
      ['optionsExportBackupJson', 'relance-backup-2026-11-23.json', 'application/json'],
      ['optionsInvoicesCsv', 'relance-invoices-2026-11-23.csv', 'text/csv'],
      ['optionsTimelineCsv', 'relance-timeline-2026-11-23.csv', 'text/csv'],
    ]);
    const [json, invoices, timeline] = await Promise.all(files.map((f) => f.content()));
    // The JSON is the backup itself: restoring it gives the same ledger back.
    const backup = JSON.parse(json!) as { invoices: { number: string }[]; sender: Sender };
    expect(backup.invoices.map((i) => i.number)).toEqual(['F-1']);
    expect(backup.sender).toEqual(ME);
    expect(json).toBe(JSON.stringify(await exportBackup('2026-11-23T08:00:00.000Z'), null, 1));
    expect(invoices!.split(/\r?\n/)[0]).toMatch(/^number,client,/);
    expect(invoices).toContain('F-1,C,');
    const ledger = await readLedger(await db());
    expect(invoices).toBe(invoicesCsv(ledger));
    expect(timeline).toBe(eventsCsv(ledger));
  });

  it('merge asks about another identity with both senders on one line each', () => {
    expect(senderLine(ME)).toBe('Claire Martin · IBAN FR7630006000011234567890189');
    expect(senderLine({})).toBe('—');
    const q = identityQuestion(ME, OTHER, 'en');
    expect(q).toContain(`The backup holds other sender details:\n${senderLine(OTHER)}\n`);
    expect(q).toContain(`instead of:\n${senderLine(ME)}`);
    expect(identityQuestion(ME, OTHER, 'fr')).toContain(senderLine(OTHER));
  });
});
