import { emptyDetected, type DetectedInvoice } from '../invoice-reading';
import { CREDIT_NOTE_CODES, completeDueDate, uniq, xmlAmount, xmlDate } from './common';
import { EInvoiceError, all, attr, first, textAt, type XNode } from './xml';
import { catalogText } from '../../i18n/text';

/**
 * UN/CEFACT CII (Factur-X, ZUGFeRD 2, XRechnung CII) and the ZUGFeRD 1.0
 * CrossIndustryDocument, whose elements carry older names for the same fields.
 */
export function readCii(doc: XNode): DetectedInvoice {
  const v2 = doc.CrossIndustryInvoice as XNode | undefined;
  const v1 = doc.CrossIndustryDocument as XNode | undefined;
  const root = v2 ?? v1;
  if (!root) throw new EInvoiceError(catalogText('einvoiceCiiNotCiiCrossindustryinvoiceOr'));
  const header = first(root, v2 ? 'ExchangedDocument' : 'HeaderExchangedDocument');
  const tx = first(
    root,
    v2 ? 'SupplyChainTradeTransaction' : 'SpecifiedSupplyChainTradeTransaction',
  );
  const agreement = first(
    tx,
    v2 ? 'ApplicableHeaderTradeAgreement' : 'ApplicableSupplyChainTradeAgreement',
  );
  const settlement = first(
    tx,
    v2 ? 'ApplicableHeaderTradeSettlement' : 'ApplicableSupplyChainTradeSettlement',
  );
  const sums = first(
    settlement,
    v2
      ? 'SpecifiedTradeSettlementHeaderMonetarySummation'
      : 'SpecifiedTradeSettlementMonetarySummation',
  );
  const d = emptyDetected();
  const w = d.warnings;
  d.invoiceNumber = textAt(header, 'ID');
  d.issueDate = xmlDate(textAt(header, 'IssueDateTime/DateTimeString'));
  const typeCode = textAt(header, 'TypeCode');
  d.isCreditNote = typeCode !== null && CREDIT_NOTE_CODES.has(typeCode);
  d.currency =
    textAt(settlement, 'InvoiceCurrencyCode') ??
    attr(first(sums, 'GrandTotalAmount'), 'currencyID');
  const terms = all(settlement, 'SpecifiedTradePaymentTerms');
  for (const t of terms) d.dueDate ??= xmlDate(textAt(t, 'DueDateDateTime/DateTimeString'));
  d.paymentTerms =
    terms
      .map((t) => textAt(t, 'Description'))
      .filter(Boolean)
      .join(' ') || null;
  // Several GrandTotalAmount may appear (one per currency, BT-111): take the document currency's.
  const grand = all(sums, 'GrandTotalAmount').find(
    (n) => !attr(n, 'currencyID') || attr(n, 'currencyID') === d.currency,
  );
  d.totalWithTax = xmlAmount(textAt({ grand }, 'grand'), d.currency, w, 'GrandTotalAmount');
  d.paid = xmlAmount(textAt(sums, 'TotalPrepaidAmount'), d.currency, w, 'TotalPrepaidAmount') ?? 0;
  d.amountDue = xmlAmount(textAt(sums, 'DuePayableAmount'), d.currency, w, 'DuePayableAmount');
  if (d.amountDue === null && d.totalWithTax !== null) {
    d.amountDue = d.totalWithTax - (d.paid ?? 0);
    w.push(catalogText('einvoiceCiiNoDuepayableamountAmountDue'));
  }
  const seller = first(agreement, 'SellerTradeParty');
  const buyer = first(agreement, 'BuyerTradeParty');
  d.sellerName = textAt(seller, 'Name');
  d.buyerName = textAt(buyer, 'Name');
  const ids = (p: unknown) =>
    uniq([
      textAt(p, 'SpecifiedLegalOrganization/ID'),
      ...all(p, 'SpecifiedTaxRegistration/ID').map((n) => textAt({ n }, 'n')),
      ...all(p, 'ID').map((n) => textAt({ n }, 'n')),
      ...all(p, 'GlobalID').map((n) => textAt({ n }, 'n')),
    ]);
  d.sellerIds = ids(seller);
  d.buyerIds = ids(buyer);
  d.buyerEmail =
    textAt(buyer, 'DefinedTradeContact/EmailURIUniversalCommunication/URIID') ??
    textAt(buyer, 'URIUniversalCommunication/URIID');
  d.iban = textAt(
    settlement,
    'SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID',
  );
  const fields = [
    'invoiceNumber',
    'issueDate',
    'currency',
    'totalWithTax',
    'amountDue',
    'sellerName',
    'buyerName',
  ] as const;
  for (const f of fields)
    if (d[f] !== null) d.fields[f] = { confidence: 1, where: v2 ? 'CII' : 'ZUGFeRD 1.0' };
  if (!d.invoiceNumber) throw new EInvoiceError(catalogText('einvoiceCiiCiiDocumentWithoutAn'));
  return completeDueDate(d, 'CII DueDateDateTime');
}
