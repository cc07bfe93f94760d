import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from './backup';
import { demoLedger } from './demo';
import { db } from './state';
import { clearLedger, importLedger, readLedger } from '../ledger/repo';
import { readSender, writeSender } from '../settings';
import type { Sender } from '../model/sender';

/**
 * Issue #22, finding 3: a restore whose write fails midway (the project's failure
 * simulation: the third `put` throws) once left 2 of 5 clients and 0 of 5 invoices and still
 * said "Rien n'a été modifié". The message must be true: the ledger and the identity are as
 * they were, and it says the whole restore was rolled back.
 */
function failAtPut(nth: number): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  let calls = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (++calls === nth)
      throw new DOMException(`simulated failure at put #${nth}`, 'DataCloneError');
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}
let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

const ME: Sender = { name: 'Claire Martin', iban: 'FR7630006000011234567890189', country: 'FR' };
const THEM: Sender = { name: 'Someone Else', iban: 'FR1420041010050500013M02606', country: 'FR' };
const never = { replaceIdentity: () => true };

beforeEach(async () => {
  fakeBrowser.reset();
  await clearLedger(await db());
});

describe('a restore that fails midway', () => {
  it.each(['replace', 'merge'] as const)(
    '%s: the ledger and the identity are as they were, and the message says so',
    async (mode) => {
      await importLedger(
        await db(),
        { ...demoLedger('2026-11-23'), policy: undefined as never },
        'replace',
      );
      await writeSender(ME);
      const before = await readLedger(await db());
      const file = { ...(await exportBackup('2026-11-23T00:00:00.000Z')), sender: THEM };
      file.clients = Array.from({ length: 5 }, (_, i) => ({
        ...file.clients[0]!,
        id: `other-${i}`,
        name: `Other ${i}`,
      }));
      file.invoices = Array.from({ length: 5 }, (_, i) => ({
        ...file.invoices[0]!,
        id: `inv:OTHER-${i}`,
        number: `OTHER-${i}`,
        clientId: `other-${i}`,
      }));
      file.events = [];
      undo = failAtPut(3);
      const err = await restoreBackup(JSON.stringify(file), mode, never).then(
        () => null,
        (e: unknown) => e as { text: { fr: string; en: string } },
      );
      undo();
      undo = null;
      expect(err?.text.fr).toMatch(
        /^Rien n’a été modifié \(la restauration a été annulée en entier\) — .*simulated failure at put #3/,
      );
      expect(err?.text.en).toMatch(/^Nothing was changed \(the whole restore was rolled back\) — /);
      expect(await readLedger(await db())).toEqual(before);
      expect(await readSender()).toEqual(ME);
    },
  );
});
