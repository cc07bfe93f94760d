import { emptyDetected, type DetectedInvoice } from '../invoice-reading';
import {
  CREDIT_NOTE_CODES,
  buyerEmailOf,
  completeDueDate,
  ibanOf,
  trustStated,
  uniq,
  xmlAmount,
  xmlDate,
} from './common';
import { EInvoiceError, all, attr, first, textAt, type XNode } from './xml';
import { catalogText } from '../../i18n/text';

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
  d.dueDate =
    xmlDate(textAt(root, 'DueDate')) ?? xmlDate(textAt(root, 'PaymentMeans/PaymentDueDate'));
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
  return completeDueDate(d, 'UBL cbc:DueDate');
}
