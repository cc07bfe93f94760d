import { emptyDetected, type DetectedInvoice } from '../invoice-reading';
import {
  CREDIT_NOTE_CODES,
  buyerEmailOf,
  completeDueDate,
  ibanOf,
  termsDueDate,
  trustStated,
  uniq,
  xmlAmount,
  xmlDate,
} from './common';
import { EInvoiceError, all, attr, first, textAt, type XNode } from './xml';
import { catalogText } from '../../i18n/text';
import { describesDiscount } from '../payment-terms';
import type { Text } from '../../model/text';

/** UBL 2.1 Invoice and CreditNote (fields named after the EN 16931 semantic model's business terms). */
export function readUbl(doc: XNode): DetectedInvoice {
  const isCredit = 'CreditNote' in doc;
  const root = (doc.Invoice ?? doc.CreditNote) as XNode | undefined;
  if (!root) throw new EInvoiceError(catalogText('einvoiceUblNotUblInvoiceOr'));
  const d = emptyDetected();
  const w = d.warnings;
  d.invoiceNumber = textAt(root, 'ID');
  d.issueDate = xmlDate(textAt(root, 'IssueDate'));
  const typeCode = textAt(root, isCredit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
  d.isCreditNote = isCredit || (typeCode !== null && CREDIT_NOTE_CODES.has(typeCode));
  d.currency =
    textAt(root, 'DocumentCurrencyCode') ??
    attr(first(root, 'LegalMonetaryTotal/PayableAmount'), 'currencyID');
  const due = ublDueDate(root, w);
  d.dueDate = due.date;
  d.paymentTerms =
    all(root, 'PaymentTerms/Note')
      .map((n) => textAt({ n }, 'n'))
      .filter(Boolean)
      .join(' ') || null;
  const total = first(root, 'LegalMonetaryTotal');
  d.totalWithTax = xmlAmount(
    textAt(total, 'TaxInclusiveAmount'),
    d.currency,
    w,
    'TaxInclusiveAmount',
  );
  const prepaid = textAt(total, 'PrepaidAmount');
  d.paid = prepaid === null ? 0 : xmlAmount(prepaid, d.currency, w, 'PrepaidAmount');
  d.amountDue = xmlAmount(textAt(total, 'PayableAmount'), d.currency, w, 'PayableAmount');
  const seller = first(root, 'AccountingSupplierParty/Party');
  const buyer = first(root, 'AccountingCustomerParty/Party');
  d.sellerName =
    textAt(seller, 'PartyLegalEntity/RegistrationName') ?? textAt(seller, 'PartyName/Name');
  d.buyerName =
    textAt(buyer, 'PartyLegalEntity/RegistrationName') ?? textAt(buyer, 'PartyName/Name');
  d.sellerIds = uniq([
    textAt(seller, 'PartyLegalEntity/CompanyID'),
    ...all(seller, 'PartyTaxScheme/CompanyID').map((n) => textAt({ n }, 'n')),
    textAt(seller, 'PartyIdentification/ID'),
  ]);
  d.buyerIds = uniq([
    textAt(buyer, 'PartyLegalEntity/CompanyID'),
    ...all(buyer, 'PartyTaxScheme/CompanyID').map((n) => textAt({ n }, 'n')),
    textAt(buyer, 'PartyIdentification/ID'),
  ]);
  d.buyerEmail = buyerEmailOf(textAt(buyer, 'Contact/ElectronicMail'), textAt(buyer, 'EndpointID'));
  const iban = ibanOf(
    all(root, 'PaymentMeans/PayeeFinancialAccount/ID').map((n) => textAt({ n }, 'n')),
  );
  trustStated(d, iban, { fields: 'UBL', iban: 'UBL PayeeFinancialAccount' });
  if (!d.invoiceNumber) throw new EInvoiceError(catalogText('einvoiceUblUblDocumentWithoutAn'));
  return completeDueDate(d, due.where, due.confidence);
}

/**
 * The due date: BT-9 (cbc:DueDate; a CreditNote has none, and some write it in PaymentMeans),
 * else the dates of the PaymentTerms groups (UBL 2.1 gives each a PaymentDueDate or an
 * InstallmentDueDate): a group with a settlement discount (SettlementDiscountPercent or
 * SettlementDiscountAmount), or worded as one, dates the discount, not the net term.
 */
function ublDueDate(root: XNode, w: Text[]) {
  const stated = xmlDate(textAt(root, 'DueDate'));
  if (stated) return { date: stated, confidence: 1, where: 'UBL cbc:DueDate' };
  const means = xmlDate(textAt(root, 'PaymentMeans/PaymentDueDate'));
  if (means) return { date: means, confidence: 1, where: 'UBL PaymentMeans/cbc:PaymentDueDate' };
  const picked = termsDueDate(
    all(root, 'PaymentTerms').map((t) => ({
      date: xmlDate(textAt(t, 'PaymentDueDate')) ?? xmlDate(textAt(t, 'InstallmentDueDate')),
      structural:
        textAt(t, 'SettlementDiscountPercent') !== null ||
        textAt(t, 'SettlementDiscountAmount') !== null,
      worded: describesDiscount(textAt(t, 'Note')),
    })),
    w,
  );
  return { ...picked, where: 'UBL cac:PaymentTerms' };
}
