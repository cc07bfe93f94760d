import { describe, expect, it } from 'vitest';
import { isDueDateToConfirm, labelField, leadingLabel } from './labels';

// Labels taken from the apps' own translation files (sources in labels.ts).
describe('labels from the apps’ translation files', () => {
  it.each([
    // Bagisto invoice-pdf (Shop lang fr, en): the order's id and the taxes-included twins are not read
    ['ID de la facture', 'invoiceNumber'],
    ['Invoice ID', 'invoiceNumber'],
    ['ID de la commande', 'ignore'],
    ['Sous-total (TTC)', 'ignore'],
    ['Sous-total (Hors taxe)', 'subtotal'],
    ['Subtotal (Incl. Tax)', 'ignore'],
    ['Frais de port et de manutention (TTC)', 'ignore'],
    ['Frais de port et de manutention (Hors taxe)', 'shipping'],
    ['Shipping Handling', 'shipping'],
    ['Total (TTC)', 'total'],
    // FOSSBilling "Invoice Status" (fr_FR "État de la facture")
    ['Invoice Status', 'status'],
    ['État de la facture', 'status'],
    // SuiteCRM AOS_PDF_Templates LBL_PREPARED_FOR / LBL_PREPARED_BY (en_us, fr_FR)
    ['Prepared For', 'buyer'],
    ['Préparé pour', 'buyer'],
    ['Prepared By', 'ignore'],
    // vtiger LBL_RECEIVED (en_us, fr_fr), the account field's label
    ['Received', 'paid'],
    ['Reçu', 'paid'],
    ['Organization Name', 'buyer'],
    // PrestaShop Shop.Pdf (en, fr-FR)
    ['Order Reference', 'ignore'],
    ['Réf. de commande', 'ignore'],
    ['Date de commande', 'ignore'],
    ['Taxe totale', 'tax'],
    ['Total (HT)', 'subtotal'],
    ['Total (Tax excl.)', 'subtotal'],
    ['Total (TTC)', 'total'],
    // Shopware document.lineItems (fr-FR, SwagLanguagePack; en-GB, shopware/shopware)
    ['Montant total (net) :', 'subtotal'],
    ['Taux de TVA 5.5 en sus :', 'tax'],
    ['Taux de TVA 20 en sus :', 'tax'],
    ['Net total:', 'subtotal'],
    ['plus 20% VAT:', 'tax'],
    ['Total :', 'total'],
  ])('"%s" is a %s label', (text, field) => {
    expect(labelField(text)).toBe(field);
  });
});

describe('labels from the apps’ translation files: Open Source Billing', () => {
  it('a leading article is not part of the label (fr.yml "Le Montant Payé")', () => {
    expect(labelField('Le Montant Payé')).toBe('paid');
    expect(labelField('montant Dû')).toBe('amountDue');
    expect(labelField('La date d’échéance')).toBe('dueDate');
    expect(labelField('Lettre')).toBeNull();
  });
});

describe('labels from the apps’ translation files: OpenCart', () => {
  it.each([
    ['Store', 'seller'],
    ['Magasin', 'seller'],
    ['Payment Address', 'buyer'],
    ['Adresse de facturation', 'buyer'],
    ["Adresse d'expédition", 'shipTo'],
    ['Date Added', 'issueDate'],
    ["Date d'ajout", 'issueDate'],
    ['Flat Shipping Rate', 'shipping'],
    ['Order ID', 'ignore'],
    ['ID de commande', 'ignore'],
  ])('"%s" is %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });
});

describe('labels from the apps’ translation files: Magento fr_FR', () => {
  it('"Montant global" is the total, "TVA & autres taxes" the tax', () => {
    expect(labelField('Montant global')).toBe('total');
    expect(labelField('TVA & autres taxes')).toBe('tax');
  });

  it('"Facture n°000000031": the number glued to "n°" is read', () => {
    expect(leadingLabel('Facture n°000000031')).toEqual({
      field: 'invoiceNumber',
      value: 'n°000000031',
      label: 'Facture',
    });
    expect(leadingLabel('Facture numéro trois')).toBeNull();
  });
});

describe('labels from the apps’ translation files: Simple Invoices, ProjeQtOr', () => {
  it.each([
    // Simple Invoices fr_FR: owingUc "D&ucirc;", "<wording> n&deg;" shown with its entity as text.
    ['Dû:', 'amountDue'],
    ['D&ucirc;', 'amountDue'],
    ['Owing:', 'amountDue'],
    ['Facture n&deg;:', 'invoiceNumber'],
    ['Facture Date:', 'issueDate'],
    ['Biller:', 'seller'],
    // ProjeQtOr
    ['n°\u00a0:\u00a0', 'invoiceNumber'],
    ['bill id', 'invoiceNumber'],
    ['full amount', 'total'],
    ['untaxed amount', 'subtotal'],
    ['payment deadline', 'terms'],
  ])('"%s" is %s', (text, field) => {
    expect(labelField(text)).toBe(field);
  });

  it('"du" without its accent is the preposition, no label', () => {
    expect(labelField('Du')).toBeNull();
    expect(labelField('du :')).toBeNull();
  });
});

// IDURAR's Invoice.pug "Expired Date" / fr_fr "Date d'expiration" (expired_date): the due date there,
// a validity date elsewhere.
describe('due-date labels that only suggest the due date', () => {
  it.each(['Expired Date', "Date d'expiration", 'Expiry date :'])('%s', (label) => {
    expect(labelField(label)).toBe('dueDate');
    expect(isDueDateToConfirm(label)).toBe(true);
  });
  it.each(['Due Date', "Date d'échéance", 'Échéance :'])('%s is a due date to trust', (label) => {
    expect(isDueDateToConfirm(label)).toBe(false);
  });
});

// Gauzy's INVOICES_PAGE labels (packages/ui-core/i18n/assets/i18n/{en,fr}.json).
describe('Gauzy invoice view labels', () => {
  it.each([
    ['Total Value', 'total'],
    ['Valeur totale', 'total'],
    ['Already Paid', 'paid'],
    ['Impôt', 'tax'],
    ['Impôt 2', 'tax'],
    ['Tax 2', 'tax'],
    ['Discount Value', 'discount'],
    ["Valeur de l'escompte", 'discount'],
    ['Depuis', 'seller'],
    ['Pour', 'buyer'],
    // IDURAR tax_total
    ['Tax Total (7.25 %) :', 'tax'],
    ['Total des taxes (20 %) :', 'tax'],
  ])('%s → %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });
});
