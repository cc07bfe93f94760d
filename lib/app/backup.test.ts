import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from './backup';
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
});
