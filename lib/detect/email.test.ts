import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textPdf } from '../../tests/helpers/pdf';
import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { detectedJson } from './invoice-reading';
import { decodeWords, parseEml } from './eml';
import { scanFile } from './scan-file';
import { findInvoiceInText, invoiceAttachments } from './message-text';

const CRLF = (s: string) => s.replace(/\n/g, '\r\n');

describe('invoice announced in an e-mail', () => {
  it('French sentence', () => {
    const d = findInvoiceInText(
      "Bonjour,\nVeuillez trouver ci-joint la facture n° F-2026-014 d'un montant de 1 200,00 € TTC, payable avant le 15/12/2026.\nCordialement",
      { lang: 'fr' },
    )!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: 'F-2026-014',
      dueDate: '2026-12-15',
      currency: 'EUR',
      amountDue: '1200.00',
    });
  });
  it('English sentence', () => {
    const d = findInvoiceInText(
      'Hi Emma, please find attached invoice #INV-0042 for £2,450.00, due on December 15, 2026.',
      { lang: 'en-GB' },
    )!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: 'INV-0042',
      dueDate: '2026-12-15',
      currency: 'GBP',
      amountDue: '2450.00',
    });
  });
  it('nothing in a message about something else', () => {
    expect(findInvoiceInText('Salut ! On se voit jeudi à 14h pour le café ?')).toBeNull();
  });
  it('attachment names', () => {
    expect(invoiceAttachments(['Facture_F-2026-014.pdf', 'photo.jpg', 'invoice-42.xml'])).toEqual([
      'Facture_F-2026-014.pdf',
      'invoice-42.xml',
    ]);
  });
});

describe('.eml files', () => {
  const eml = CRLF(`From: Julie Moreau <julie@atelier.example>
To: "Claire Martin" <compta@boulangerie-martin.example>
Subject: =?UTF-8?Q?Facture_F-2026-014_=E2=80=93_Atelier_Moreau?=
Date: Mon, 16 Nov 2026 10:12:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

--XYZ
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour Claire,

Veuillez trouver ci-joint la facture n=C2=B0 F-2026-014 d'un montant de 1 200,=
00 =E2=82=AC TTC, payable avant le 15/12/2026.

Julie
--XYZ
Content-Type: application/pdf; name="Facture_F-2026-014.pdf"
Content-Disposition: attachment; filename="Facture_F-2026-014.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcTl8uXr
--XYZ--
`);

  it('reads headers, encoded words, quoted-printable and attachments', () => {
    const m = parseEml(new TextEncoder().encode(eml));
    expect(m.subject).toBe('Facture F-2026-014 – Atelier Moreau');
    expect(m.to).toEqual(['compta@boulangerie-martin.example']);
    expect(m.text).toContain('facture n° F-2026-014');
    expect(m.attachments.map((a) => a.filename)).toEqual(['Facture_F-2026-014.pdf']);
    expect(decodeWords('=?iso-8859-1?B?w6k=?=')).toBe('Ã©');
  });

  it('scan: the invoice, the client e-mail, and a clear note on the broken attachment', async () => {
    const r = await scanFile('sent.eml', new TextEncoder().encode(eml), {
      lang: 'fr',
      parseHtml: parseHtmlInNode,
    });
    expect(r.error).toBeNull();
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'F-2026-014',
      dueDate: '2026-12-15',
      amountDue: '1200.00',
      buyerEmail: 'compta@boulangerie-martin.example',
    });
    expect(r.warnings.map((w) => w.en).join()).toMatch(
      /attachment Facture_F-2026-014\.pdf: Corrupt PDF/,
    );
  });

  it('an attached e-invoice is read and preferred', async () => {
    const xml = readFileSync(
      join(import.meta.dirname, '../../../shared/corpus/einvoice/akretion-factur-x-basic.xml'),
    );
    const withXml = CRLF(
      `From: a@b.example\nTo: me@buyer.com\nSubject: Invoice F20260023\nContent-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain\n\nPlease find invoice F20260023 attached.\n--B\nContent-Type: application/xml; name="factur-x.xml"\nContent-Disposition: attachment; filename="factur-x.xml"\nContent-Transfer-Encoding: base64\n\n${xml.toString('base64')}\n--B--\n`,
    );
    const r = await scanFile('mail.eml', new TextEncoder().encode(withXml), {
      parseHtml: parseHtmlInNode,
    });
    expect(r.invoices).toHaveLength(1);
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'F20260023',
      dueDate: '2026-03-02',
      amountDue: '104.90',
    });
  });

  it("an attached invoice printed to PDF is read from its text, to confirm, with the recipient as the client's address", async () => {
    const pdf = Buffer.from(
      textPdf([
        [
          { x: 50, y: 790, text: 'Facture n° F-2026-077', size: 16 },
          { x: 50, y: 760, text: 'Date d’échéance :' },
          { x: 160, y: 760, text: '10/12/2026' },
          { x: 360, y: 600, text: 'Net à payer' },
          { x: 470, y: 600, text: '1 250,00 €' },
        ],
      ]),
    );
    const mail = CRLF(
      `From: julie@atelier.example\nTo: compta@client.example\nSubject: Votre facture\nContent-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain; charset=utf-8\n\nBonjour, vous trouverez la facture ci-jointe.\n--B\nContent-Type: application/pdf; name="Facture F-2026-077.pdf"\nContent-Disposition: attachment; filename="Facture F-2026-077.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf.toString('base64')}\n--B--\n`,
    );
    const r = await scanFile('sent.eml', new TextEncoder().encode(mail), {
      parseHtml: parseHtmlInNode,
    });
    expect(r.error).toBeNull();
    expect(r.invoices).toHaveLength(1);
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'F-2026-077',
      dueDate: '2026-12-10',
      amountDue: '1250.00',
      currency: 'EUR',
      buyerEmail: 'compta@client.example',
    });
    expect(r.invoices[0]!.confidence).toBeLessThan(0.7);
  });

  it('a file that is not an e-mail is refused', async () => {
    const r = await scanFile('x.eml', new TextEncoder().encode('just some words\nno headers'), {
      parseHtml: parseHtmlInNode,
    });
    expect(r.error?.en).toMatch(/Not an e-mail file/);
    expect(r.error?.fr).toMatch(/Ce n’est pas un fichier d’e-mail/);
  });
});
