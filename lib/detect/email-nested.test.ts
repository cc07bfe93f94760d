import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { detectedJson } from './invoice-reading';
import { mailDay, parseEml } from './eml';
import { scanFile } from './scan-file';
import { findInvoiceInText } from './message-text';

const CRLF = (s: string) => s.replace(/\n/g, '\r\n');
const xml = readFileSync(
  join(import.meta.dirname, '../../../shared/corpus/einvoice/akretion-factur-x-basic.xml'),
);

/** A certified e-mail (PEC) or a forward: the invoice mail travels as an attached message/rfc822. */
const inner = `From: fatture@fornitore.example\nTo: amministrazione@cliente.example\nSubject: Invoice F20260023\nDate: Tue, 03 Mar 2026 09:00:00 +0100\nContent-Type: multipart/mixed; boundary="IN"\n\n--IN\nContent-Type: text/plain\n\nPlease find invoice F20260023 attached.\n--IN\nContent-Type: application/xml\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n${xml.toString('base64')}\n--IN--\n`;
const envelope = CRLF(
  `From: posta-certificata@pec.example\nTo: amministrazione@cliente.example\nSubject: POSTA CERTIFICATA: Invoice F20260023\nDate: Tue, 03 Mar 2026 09:00:05 +0100\nContent-Type: multipart/mixed; boundary="OUT"\n\n--OUT\nContent-Type: text/plain\n\nMessaggio di posta certificata: il messaggio originale è allegato.\n--OUT\nContent-Type: message/rfc822; name="postacert.eml"\nContent-Disposition: attachment; filename="postacert.eml"\n\n${inner}\n--OUT--\n`,
);

describe('messages inside messages', () => {
  it('an attached message/rfc822 is opened: its e-invoice XML is read', async () => {
    const mail = parseEml(new TextEncoder().encode(envelope));
    expect(mail.nested.map((n) => n.subject)).toEqual(['Invoice F20260023']);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/xml']);
    const r = await scanFile('pec.eml', new TextEncoder().encode(envelope), {
      parseHtml: parseHtmlInNode,
    });
    expect(r.error).toBeNull();
    expect(r.invoices).toHaveLength(1);
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'F20260023',
      dueDate: '2026-03-02',
      amountDue: '104.90',
    });
  });

  it('a forward base64-encoded as an .eml attachment is opened too', async () => {
    const fwd = CRLF(
      `From: me@freelance.example\nTo: me@freelance.example\nSubject: Fwd: facture\nContent-Type: multipart/mixed; boundary="F"\n\n--F\nContent-Type: text/plain\n\nvoir pièce jointe\n--F\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="facture.eml"\nContent-Transfer-Encoding: base64\n\n${Buffer.from(CRLF(inner)).toString('base64')}\n--F--\n`,
    );
    const r = await scanFile('fwd.eml', new TextEncoder().encode(fwd), {
      parseHtml: parseHtmlInNode,
    });
    expect(r.invoices.map((i) => i.invoiceNumber)).toEqual(['F20260023']);
  });

  it('the mail date as a calendar day in the sender’s zone', () => {
    expect(mailDay('Mon, 16 Nov 2026 23:12:00 -0500')).toBe('2026-11-16');
    expect(mailDay(null)).toBeNull();
  });
});

describe('who the invoice is for, from the words of the mail', () => {
  it.each([
    [
      'Dear XYZ Ltd.,\nPlease find attached invoice INV-0042 for £2,450.00.\nKind regards,\nJulie',
      'XYZ Ltd.',
    ],
    [
      'Bonjour Société Dupont,\nVeuillez trouver ci-joint la facture n° F-2026-014 d’un montant de 1 200,00 €.\nCordialement,\nJulie Moreau',
      'Société Dupont',
    ],
    ['Sehr geehrte Müller GmbH,\nanbei die Rechnung Nr. R-2026-7 über 300,00 €.', 'Müller GmbH'],
    [
      'Hello Julie,\nWe will pay invoice F-2026-020 of 800,00 € next week.\nBest regards,\nJohn Smith\nXYZ Ltd',
      'XYZ Ltd',
    ],
  ])('%s', (text, buyer) => {
    const d = findInvoiceInText(text, { lang: 'fr' })!;
    expect(d.buyerName).toBe(buyer);
    expect(d.fields.buyerName!.confidence).toBeLessThan(0.95);
  });

  it('a first name in the greeting is a person, not the client company', () => {
    expect(
      findInvoiceInText(
        'Bonjour Claire,\nla facture F-2026-014 de 1 200,00 € est jointe.\nCordialement,\nJulie\nAtelier Moreau SARL',
        { lang: 'fr' },
      )!.buyerName,
    ).toBeNull();
  });

  it('the signature of the one who sends the invoice is the seller', () => {
    expect(
      findInvoiceInText(
        'Bonjour Claire,\nla facture F-2026-014 de 1 200,00 € est jointe.\nCordialement,\nJulie\nAtelier Moreau SARL',
        { lang: 'fr' },
      )!.sellerName,
    ).toBe('Atelier Moreau SARL');
  });
});

describe('HTML mails and dollar amounts', () => {
  it('an HTML-only mail keeps its lines: the greeting names the buyer', async () => {
    const eml = CRLF(
      'From: julie@atelier.example\nTo: ap@xyz.example\nSubject: Invoice INV-88\nDate: Fri, 20 Nov 2026 10:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Dear XYZ Ltd.,</p><p>Please find attached invoice INV-88 for €640.00, due on December 20, 2026.</p><p>Kind regards,<br>Julie<br>Atelier Moreau SARL</p></body></html>\n',
    );
    const r = await scanFile('html.eml', new TextEncoder().encode(eml), {
      lang: 'en',
      parseHtml: parseHtmlInNode,
    });
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'INV-88',
      buyerName: 'XYZ Ltd.',
      sellerName: 'Atelier Moreau SARL',
      amountDue: '640.00',
      currency: 'EUR',
      dueDate: '2026-12-20',
    });
  });

  it('"$" alone in a mail is USD assumed, to confirm', () => {
    const d = findInvoiceInText('Please find attached invoice INV-90 for $1,200.00.', {
      lang: 'en',
    })!;
    expect(d.currency).toBe('USD');
    expect(d.fields.amountDue!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(
      /read as US dollars \(USD\): currency assumed, please confirm/,
    );
  });
});

describe('lateness is not payment terms', () => {
  it('"14 days past due": overdue, due date counted back from the mail date, to confirm', () => {
    const d = findInvoiceInText(
      'Dear XYZ Ltd.,\nInvoice INV-77 for £500.00 is now 14 days past due.',
      { lang: 'en-GB', mailDate: '2026-11-20' },
    )!;
    expect(detectedJson(d)).toMatchObject({
      invoiceNumber: 'INV-77',
      dueDate: '2026-11-06',
      dueDateSource: 'terms',
      paymentTerms: null,
      status: 'overdue',
    });
    expect(d.fields.dueDate!.confidence).toBeLessThan(0.7);
    expect(d.warnings.map((w) => w.en).join()).toMatch(
      /derived from "14 days past due" and the e-mail's date \(2026-11-20\): about 2026-11-06, please confirm/,
    );
  });

  it('"en retard de 12 jours" in French, and without a mail date no due date is made up', () => {
    const text = 'Bonjour,\nnotre facture F-2026-031 de 300,00 € est en retard de 12 jours.';
    expect(
      detectedJson(findInvoiceInText(text, { lang: 'fr', mailDate: '2026-11-20' })!),
    ).toMatchObject({ dueDate: '2026-11-08', paymentTerms: null, status: 'overdue' });
    const none = findInvoiceInText(text, { lang: 'fr' })!;
    expect(none.dueDate).toBeNull();
    expect(none.paymentTerms).toBeNull();
  });

  it('real payment terms beside lateness are still terms', () => {
    const d = findInvoiceInText(
      'Facture F-9 du 01/10/2026 de 100,00 €, payable à 30 jours. Elle a 5 jours de retard.',
      { lang: 'fr', mailDate: '2026-11-05' },
    )!;
    expect(d.paymentTerms).toBe('30 jours');
    expect(d.dueDate).toBe('2026-10-31');
    expect(d.status).toBe('overdue');
  });

  it('an .eml: lateness counted from its Date header', async () => {
    const eml = CRLF(
      'From: julie@atelier.example\nTo: compta@xyz.example\nSubject: Reminder: invoice INV-77\nDate: Fri, 20 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\nDear XYZ Ltd.,\nInvoice INV-77 for £500.00 is now 14 days past due.\nBest regards,\nJulie\n',
    );
    const r = await scanFile('late.eml', new TextEncoder().encode(eml), {
      lang: 'en',
      parseHtml: parseHtmlInNode,
    });
    expect(detectedJson(r.invoices[0]!)).toMatchObject({
      invoiceNumber: 'INV-77',
      buyerName: 'XYZ Ltd.',
      dueDate: '2026-11-06',
      buyerEmail: 'compta@xyz.example',
    });
  });
});
