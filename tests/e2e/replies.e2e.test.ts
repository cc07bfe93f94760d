import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, type Launched } from '../../tools/chromium/harness';
import { openExt, waitForDemoData } from '../../tools/chromium/surfaces';
import { clickInShadow, shadowText } from './closed-shadow';
import { day, gmailDate, longFr, outlookDate } from './thread-dates';

/**
 * A client's reply read in the mail thread (Gmail's conversation view, Outlook's reading
 * pane), in the built demo extension in real Chromium, fixtures at the mail apps' real
 * addresses: the offer above the message, one click to log it, the popup's next step.
 */
let app: Launched;
/** What the next mail page shows: which fixture, filled how, with whose address. */
let next: { app: 'gmail' | 'outlook'; from: string; name: string; reply: string } = {
  app: 'gmail',
  from: '',
  name: '',
  reply: '',
};

function page(): string {
  const file = next.app === 'gmail' ? 'gmail/thread-2026-12.html' : 'outlook/thread-2026-12.html';
  let html = readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8');
  const fill: Record<string, string> = {
    'sent:reminder': gmailDate(day(-8)),
    'sent:reply': next.app === 'gmail' ? gmailDate(day(-1)) : outlookDate(day(-1)),
    reply: next.reply,
  };
  for (const [k, v] of Object.entries(fill)) html = html.replaceAll(`{{${k}}}`, v);
  return html
    .replaceAll('marc@studio-lumiere.example', next.from)
    .replaceAll('Marc Petit', next.name);
}

beforeAll(async () => {
  app = await launch();
  for (const host of ['https://mail.google.com/**', 'https://outlook.office.com/**']) {
    await app.context.route(host, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
        body: page(),
      }),
    );
  }
  await waitForDemoData(app);
});

afterAll(async () => {
  await app?.close();
});

async function reason(client: string): Promise<string> {
  const popup = await openExt(app, 'popup.html');
  const card = popup.locator('li.card', { hasText: client });
  await card.waitFor();
  const text = (await card.locator('.reason').textContent()) ?? '';
  await popup.close();
  return text;
}

async function openThread(where: typeof next): Promise<Page> {
  next = where;
  const mail = await app.context.newPage();
  await mail.goto(
    where.app === 'gmail'
      ? 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWdnrtLhk'
      : 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1',
  );
  return mail;
}

describe('replies in the thread', () => {
  it('Gmail: a promise to pay is offered above the message; one click logs it and the ladder pauses', async () => {
    expect(await reason('Studio Lumière')).not.toMatch(/promesse/);
    const promised = day(5);
    const mail = await openThread({
      app: 'gmail',
      from: 'marc@studio-lumiere.example',
      name: 'Marc Petit',
      reply: `Désolé pour le retard, je vous fais le virement le ${longFr(promised)}.`,
    });
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'), { timeout: 15_000 })
      .toMatch(/Promesse de paiement pour le/);
    const bar = await shadowText(mail, 'relance-reply-bar');
    expect(bar).toContain(`${longFr(promised)} ${promised.getFullYear()}`);
    expect(bar).toContain(`je vous fais le virement le ${longFr(promised)}`);
    // The quoted reminder below the reply is not what the client said.
    expect(bar).not.toMatch(/Sauf erreur/);
    await clickInShadow(mail, 'relance-reply-bar', 'Enregistrer');
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'))
      .toMatch(/Enregistré dans Relance/);
    await mail.close();

    await expect
      .poll(() => reason('Studio Lumière'))
      .toMatch(
        new RegExp(
          `promesse de paiement pour le ${longFr(promised)} ${promised.getFullYear()} → en pause`,
        ),
      );
    const side = await openExt(app, 'sidepanel.html?client=demo:studio');
    await expect
      .poll(() => side.locator('.timeline').textContent())
      .toMatch(/Réponse de marc@studio-lumiere\.example du .*je vous fais le virement/);
    await side.close();
    // The evidence file keeps who wrote, when, and the client's own sentence.
    const file = await openExt(app, 'letter.html?client=demo:studio&kind=evidence');
    await expect
      .poll(() => file.locator('body').textContent())
      .toMatch(
        /Réponse de marc@studio-lumiere\.example du .*«\u202fDésolé pour le retard, je vous fais le virement/,
      );
    await file.close();
  });

  it('Gmail: an out-of-office gives its return date; the next reminder waits until then', async () => {
    const back = day(6);
    const mail = await openThread({
      app: 'gmail',
      from: 'compta@boulangerie-martin.example',
      name: 'Claire Martin',
      reply: `Je suis absente du bureau jusqu'au ${longFr(back)}, je traiterai votre demande à mon retour.`,
    });
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'), { timeout: 15_000 })
      .toMatch(/absent jusqu’au/);
    await clickInShadow(mail, 'relance-reply-bar', 'Enregistrer');
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'))
      .toMatch(/Enregistré dans Relance/);
    await mail.close();
    await expect
      .poll(() => reason('Boulangerie Martin'))
      .toMatch(new RegExp(`mis en attente jusqu’au ${longFr(back)} ${back.getFullYear()}`));
  });

  it('Outlook: a dispute is offered with the client’s sentence; logged, the invoice is held out of the ladder', async () => {
    const mail = await openThread({
      app: 'outlook',
      from: 'accounts@northwind.example',
      name: 'Emma Clarke',
      reply: 'We never received the final deliverables, so we dispute this invoice.',
    });
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'), { timeout: 15_000 })
      .toMatch(/conteste la facture/);
    expect(await shadowText(mail, 'relance-reply-bar')).toContain(
      'We never received the final deliverables, so we dispute this invoice.',
    );
    await clickInShadow(mail, 'relance-reply-bar', 'Enregistrer');
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'))
      .toMatch(/Enregistré dans Relance/);
    await mail.close();
    const side = await openExt(app, 'sidepanel.html?client=demo:northwind');
    await expect
      .poll(() => side.locator('.timeline').textContent())
      .toMatch(/We never received the final deliverables/);
    await side.close();
  });

  it('Outlook: "the payment was made yesterday" pauses the reminders while it is checked, never marks the invoice paid', async () => {
    const before = await reason('Mairie de Villeurbanne');
    const mail = await openThread({
      app: 'outlook',
      from: 'factures@mairie.example',
      name: 'Service comptable',
      reply: 'Le paiement a été effectué hier.',
    });
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'), { timeout: 15_000 })
      .toMatch(/dit avoir payé le/);
    await clickInShadow(mail, 'relance-reply-bar', 'Enregistrer');
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'))
      .toMatch(/Enregistré dans Relance/);
    await mail.close();
    await expect.poll(() => reason('Mairie de Villeurbanne')).toMatch(/mis en attente/);
    expect(before).not.toMatch(/mis en attente/);
    // Still owed: the popup keeps the client, with its amount.
    const popup = await openExt(app, 'popup.html');
    await expect
      .poll(() => popup.locator('li.card', { hasText: 'Mairie de Villeurbanne' }).count())
      .toBe(1);
    await popup.close();
  });

  it('a synthetic click from the mail page on the bar does nothing', async () => {
    const mail = await openThread({
      app: 'gmail',
      from: 'paul@garage-centre.example',
      name: 'Paul Durand',
      reply: 'Nous contestons cette facture, le travail n’est pas terminé.',
    });
    await expect
      .poll(() => shadowText(mail, 'relance-reply-bar'), { timeout: 15_000 })
      .toMatch(/conteste/);
    // The page cannot reach into the closed root; dispatching on the host is all it can do.
    await mail
      .evaluate(() => {
        const host = document.querySelector('relance-reply-bar')!;
        for (const ev of ['click', 'keydown'])
          host.dispatchEvent(new Event(ev, { bubbles: true, composed: true }));
        return host.shadowRoot === null;
      })
      .then((closed) => expect(closed).toBe(true));
    await mail.close();
    const side = await openExt(app, 'sidepanel.html?client=demo:garage');
    await side.locator('.client-details h2').waitFor();
    expect(await side.locator('.timeline').textContent()).not.toMatch(
      /le travail n’est pas terminé/,
    );
    await side.close();
  });
});
