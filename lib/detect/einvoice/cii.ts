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
import { describesDiscount } from '../payment-terms';
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
  // EXTENDED's discount structure (ApplicableTradePaymentDiscountTerms) marks a discount group.
  const due = termsDueDate(
    terms.map((t) => ({
      date: xmlDate(textAt(t, 'DueDateDateTime/DateTimeString')),
      structural: all(t, 'ApplicableTradePaymentDiscountTerms').length > 0,
      worded: describesDiscount(textAt(t, 'Description')),
    })),
    w,
  );
  d.dueDate = due.date;
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
  const prepaid = textAt(sums, 'TotalPrepaidAmount');
  d.paid = prepaid === null ? 0 : xmlAmount(prepaid, d.currency, w, 'TotalPrepaidAmount');
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
  d.buyerEmail = buyerEmailOf(
    textAt(buyer, 'DefinedTradeContact/EmailURIUniversalCommunication/URIID'),
    textAt(buyer, 'URIUniversalCommunication/URIID'),
  );
  const iban = ibanOf(
    all(
      settlement,
      'SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID',
    ).map((n) => textAt({ n }, 'n')),
  );
  trustStated(d, iban, { fields: v2 ? 'CII' : 'ZUGFeRD 1.0', iban: 'CII IBANID' });
  if (!d.invoiceNumber) throw new EInvoiceError(catalogText('einvoiceCiiCiiDocumentWithoutAn'));
  return completeDueDate(d, 'CII DueDateDateTime', due.confidence);
}
