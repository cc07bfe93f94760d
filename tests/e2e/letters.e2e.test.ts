import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch, serve } from '../../tools/chromium/harness';
import { captureSurfaces, openExt } from '../../tools/chromium/surfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium, type Started } from './chromium-app';

/**
 * The printed letter and the screenshots of every surface, in French and English.
 */
let s: Started;
let app: Started['app'];

beforeAll(async () => {
  s = await startChromium();
  ({ app } = s);
});

afterAll(async () => {
  await s?.close();
});

describe('letters and screenshots in Chromium', () => {
  it('prints the formal notice to PDF with every mention it needs', async () => {
    const letter = await openExt(
      app,
      'letter.html?client=demo:boulangerie&kind=formal-notice&lang=fr',
    );
    await letter.locator('h1').waitFor();
    const pdf = await letter.pdf({ format: 'A4' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false })
      .promise;
    let text = '';
    for (let p = 1; p <= doc.numPages; p++)
      text +=
        (await (await doc.getPage(p)).getTextContent()).items
          .map((i) => ('str' in i ? i.str : ''))
          .join(' ') + '\n';
    for (const mention of [
      'LETTRE RECOMMANDÉE',
      'MISE EN DEMEURE',
      'SIREN 912 345 678',
      'SIREN 801 234 567',
      'F-2026-031',
      'L441-10',
      'D441-5',
      'IBAN',
      'injonction de payer',
      'Signature',
    ]) {
      expect(text.replace(/\s+/g, ' ').toUpperCase(), mention).toContain(mention.toUpperCase());
    }
    await letter.close();
  });

  it('screenshots of every surface, in French and English', async () => {
    const dir = join(ROOT, 'test-results/screenshots');
    await mkdir(dir, { recursive: true });
    const demo = await serve(join(ROOT, 'demo'));
    try {
      const fr = await captureSurfaces(app, demo.url, dir, 'fr');
      expect(fr.length).toBeGreaterThanOrEqual(9);
      const en = await launch({ locale: 'en-GB' });
      try {
        expect((await captureSurfaces(en, demo.url, dir, 'en')).length).toBeGreaterThanOrEqual(9);
        const popup = await openExt(en, 'popup.html');
        await expect.poll(() => popup.getByText('to do today').count()).toBe(1);
        await popup.close();
      } finally {
        await en.close();
      }
    } finally {
      await demo.close();
    }
  });

  it('no request left the machine', () => {
    expect(s.outside).toEqual([]);
  });
});
