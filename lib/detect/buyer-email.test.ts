import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { scanPage } from './page';
import { emailOfBlock } from './parties';

const page = (html: string) => scanPage(parseHtmlInNode(html), { lang: 'fr' }).invoices[0]!;
const fixture = (name: string) =>
  page(readFileSync(join(import.meta.dirname, '../../tests/fixtures/pages', name), 'utf8'));

describe("the buyer's e-mail address, from the buyer's block", () => {
  it('one address in a block is that party’s; none or several give none', () => {
    expect(emailOfBlock(['Camille Dufour', '8 place Bellecour', 'camille@atelier.example'])).toBe(
      'camille@atelier.example',
    );
    expect(emailOfBlock(['Brightwater Inc.', 'Email: AP@Brightwater.example.'])).toBe(
      'ap@brightwater.example',
    );
    expect(emailOfBlock(['Maison Verte', 'a@verte.example', 'b@verte.example'])).toBeNull();
    expect(emailOfBlock(['Maison Verte', '12 rue Neuve'])).toBeNull();
  });

  it.each([
    // Written from WooCommerce PDF Invoices' Simple template (div.billing-email).
    ['woocommerce-pdf-simple-invoice-fr.html', 'camille@atelier-dufour.example'],
    // Siwapp's "Billed to:" list, Paheko's buyer section, LedgerSMB's "To" column, Midday's "To".
    ['siwapp-print-default-en.html', 'accounts@atlanticsurf.example'],
    ['paheko-invoice-print-fr.html', 'compta@brasserie-confluent.example'],
    ['ledgersmb-invoice-fr.html', 'compta@hotel-remparts.fr'],
    ['midday-invoice-en.html', 'ap@brightwater.example'],
  ])('%s', (file, email) => {
    const d = fixture(file);
    expect(d.buyerEmail).toBe(email);
    // To confirm, not trusted: a block's address may be a contact's.
    expect(d.fields.buyerEmail?.confidence).toBeLessThan(0.7);
  });

  it("an address the document writes elsewhere too (the seller's own) is not the buyer's", () => {
    const html = `<html lang="fr"><body>
      <div class="company">Studio Nord<br>3 rue Vieille<br>59000 Lille<br>contact@nord.example</div>
      <h1>Facture F-2026-0042</h1>
      <p>Date d'échéance : 15/12/2026</p>
      <div class="client">Maison Verte SAS<br>12 rue Neuve<br>75011 Paris<br>contact@nord.example</div>
      <table><tr><th>Total TTC</th><td>1 200,00 €</td></tr></table>
      <footer>Studio Nord — contact@nord.example</footer></body></html>`;
    const d = page(html);
    expect(d.buyerName).toBe('Maison Verte SAS');
    expect(d.buyerEmail).toBeNull();
    const own = page(
      html.replace(
        '12 rue Neuve<br>75011 Paris<br>contact@nord.example',
        '12 rue Neuve<br>75011 Paris<br>compta@verte.example',
      ),
    );
    expect(own.buyerEmail).toBe('compta@verte.example');
  });
});
