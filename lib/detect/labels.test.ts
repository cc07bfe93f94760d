import { describe, expect, it } from 'vitest';
import { labelField } from './labels';

describe('labels from the apps’ translation files', () => {
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
