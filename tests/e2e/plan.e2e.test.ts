import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from '../../tools/chromium/harness';
import { openExt, waitForDemoData } from '../../tools/chromium/surfaces';

/**
 * The plan's rules in the built extension (demo build, real Chromium, real IndexedDB): a client
 * whose formal notice's deadline has passed gets the recovery step — never a polite call
 * it skipped — in the popup and the side panel, and the evidence file says so.
 */
let app: Launched;

/** Today + n days as YYYY-MM-DD, in the browser's local calendar (the extension plans on it). */
function day(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  app = await launch();
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
});

describe('the plan after a formal notice', () => {
  it('recovery in the popup and the side panel, and in the evidence file', async () => {
    const id = 'plan-recovery';
    const ledger = {
      format: 'relance-ledger',
      version: 1,
      clients: [
        {
          id,
          name: 'Menuiserie Lefèvre',
          emails: ['compta@lefevre.example'],
          language: 'fr',
          kind: 'b2b',
          jurisdiction: 'fr-b2b',
        },
      ],
      invoices: [
        {
          number: 'ML-2026-007',
          clientId: id,
          issueDate: day(-100),
          dueDate: day(-70),
          currency: 'EUR',
          total: '3600.00',
        },
      ],
      // Three written reminders and a registered formal notice 20 days ago; no call was ever logged.
      events: [
        {
          id: 'plan-e1',
          type: 'reminder',
          step: 'reminder-1',
          clientId: id,
          invoiceIds: ['ML-2026-007'],
          date: day(-69),
        },
        {
          id: 'plan-e2',
          type: 'reminder',
          step: 'reminder-2',
          clientId: id,
          invoiceIds: ['ML-2026-007'],
          date: day(-55),
        },
        {
          id: 'plan-e3',
          type: 'reminder',
          step: 'final-notice',
          clientId: id,
          invoiceIds: ['ML-2026-007'],
          date: day(-40),
        },
        {
          id: 'plan-e4',
          type: 'letter',
          step: 'formal-notice',
          clientId: id,
          invoiceIds: ['ML-2026-007'],
          date: day(-20),
        },
      ],
    };
    const options = await openExt(app, 'options.html#backup');
    await options.getByLabel('Restaurer une sauvegarde').setInputFiles({
      name: 'ledger.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(ledger)),
    });
    await expect
      .poll(() => options.locator('#backup [role=status]').textContent())
      .toBe('Restauré : 1 client(s), 1 facture(s), 4 événement(s) ajouté(s).');
    await options.close();

    const popup = await openExt(app, 'popup.html');
    const card = popup.locator(`li.card[data-client="${id}"]`);
    await expect
      .poll(() => card.locator('.reason').textContent())
      .toMatch(/^procédure de recouvrement/);
    const reason = (await card.locator('.reason').textContent())!;
    expect(reason).toMatch(/délai de la mise en demeure expiré le/);
    expect(reason).toMatch(
      /appel téléphonique non faite, une étape plus avancée a déjà été franchie/,
    );
    expect(reason).not.toMatch(/→ appel téléphonique/);
    await popup.close();

    const side = await openExt(app, `sidepanel.html?client=${id}`);
    await side.locator('.client-details h2').waitFor();
    await expect
      .poll(() => side.locator('p.reason').first().textContent())
      .toMatch(/→ procédure de recouvrement : délai de la mise en demeure expiré/);
    await side.close();

    const letter = await openExt(app, `letter.html?client=${id}&kind=evidence&lang=fr`);
    const next = letter.locator('[data-testid=evidence-next-step]');
    await next.waitFor();
    expect(await next.textContent()).toMatch(/^procédure de recouvrement — .*injonction de payer/);
    expect(await letter.locator('ul[data-variant=private]').textContent()).toMatch(/Cerfa 12946/);
    expect(await letter.locator('.statement').textContent()).toContain('ML-2026-007');
    await letter.close();
  });
});
