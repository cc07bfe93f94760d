import { XMLParser } from 'fast-xml-parser';

/**
 * What an e-invoice says, read independently of lib/detect/einvoice: a namespace-aware
 * tree (prefixes resolved to URIs, not stripped) walked along the absolute paths of the
 * EN 16931 syntax bindings (CEN/TS 16931-3-2 for UBL 2.1, -3-3 for CII D16B; ZUGFeRD 1.0
 * for the older CrossIndustryDocument). Only for evaluating the reader: never shipped.
 */
export interface El {
  uri: string;
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

export interface Expected {
  syntax: 'UBL' | 'CII' | 'ZUGFeRD1';
  invoiceNumber: string | null;
  issueDate: string | null;
  typeCode: string | null;
  isCreditNote: boolean;
  currency: string | null;
  /** BT-9, one per payment terms group (CII allows several). */
  dueDates: string[];
  paymentTerms: string | null;
  totalWithTax: string | null;
  paid: string | null;
  amountDue: string | null;
  sellerName: string | null;
  buyerName: string | null;
  buyerEmail: string | null;
  iban: string | null;
}

const NS = {
  inv: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cn: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  rsm1: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  ram1: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12',
  udt1: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15',
} as const;

/** UNTDID 1001 credit-note codes (EN 16931 code list for BT-3). */
const CREDIT = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

type Raw = Record<string, unknown>;

export function parseTree(xml: string): El | null {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
  });
  const top = parser.parse(xml) as Raw[];
  const build = (node: Raw, scope: Record<string, string>): El | null => {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (!tag || tag.startsWith('?') || tag === '#text' || tag === '#comment') return null;
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const ns = { ...scope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') ns[''] = v;
      else if (k.startsWith('xmlns:')) ns[k.slice(6)] = v;
    }
    const [prefix, local] = tag.includes(':') ? tag.split(':', 2) : ['', tag];
    const el: El = { uri: ns[prefix!] ?? '', name: local!, attrs, text: '', children: [] };
    for (const child of (node[tag] ?? []) as Raw[]) {
      if ('#text' in child) el.text += String(child['#text']);
      else {
        const c = build(child, ns);
        if (c) el.children.push(c);
      }
    }
    el.text = el.text.trim();
    return el;
  };
  for (const n of top) {
    const el = build(n, {});
    if (el) return el;
  }
  return null;
}

/** Elements along a path of "prefix:Name" steps from `from`. */
function at(from: El | undefined, path: string): El[] {
  let cur = from ? [from] : [];
  for (const step of path.split('/')) {
    const [p, name] = step.split(':') as [keyof typeof NS, string];
    const uri = NS[p];
    cur = cur.flatMap((e) => e.children.filter((c) => c.uri === uri && c.name === name));
  }
  return cur;
}
const one = (from: El | undefined, path: string) => at(from, path)[0];
const txt = (from: El | undefined, path: string) => one(from, path)?.text || null;

/** Format 102 or ISO; an impossible date ("20260231") is no date. */
function date(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(s.trim());
  const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : s.trim().slice(0, 10);
  const d = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !isNaN(+d) && d.toISOString().startsWith(iso)
    ? iso
    : null;
}

/** A buyer e-mail address: the contact's (BT-58), or the electronic address (BT-49) when it is one. */
const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[a-z]{2,}$/i;
function email(contact: string | null, address: El | undefined): string | null {
  if (contact) return contact.split(/[;,\s]+/).find((e) => EMAIL.test(e)) ?? contact;
  if (!address?.text) return null;
  const first = address.text.split(/[;,\s]+/)[0] ?? '';
  return address.attrs.schemeID === 'EM' || EMAIL.test(first) ? first : null;
}

/** BR-CO-16: amount due = total − paid + rounding, when a profile leaves BT-115 out (ZUGFeRD 1.0 BASIC). */
function due(x: Expected, rounding: string | null): Expected {
  if (x.amountDue === null && x.totalWithTax !== null) {
    const cents = (s: string | null) => Math.round(Number(s ?? '0') * 100);
    const v = cents(x.totalWithTax) - cents(x.paid) + cents(rounding);
    x.amountDue = (v / 100).toFixed(2);
  }
  return x;
}

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const asIban = (s: string | null | undefined) => {
  const c = (s ?? '').replace(/\s+/g, '').toUpperCase();
  return IBAN.test(c) ? c : null;
};

export function expected(root: El): Expected | null {
  const x = syntax(root);
  // No BT-1: not an invoice anyone could chase (a test stub, a fragment).
  return x?.invoiceNumber ? x : null;
}

function syntax(root: El): Expected | null {
  if (
    (root.uri === NS.inv && root.name === 'Invoice') ||
    (root.uri === NS.cn && root.name === 'CreditNote')
  )
    return ubl(root);
  if (root.uri === NS.rsm && root.name === 'CrossIndustryInvoice') return cii(root);
  if (root.uri === NS.rsm1 && root.name === 'CrossIndustryDocument') return zugferd1(root);
  return null;
}

function ubl(r: El): Expected {
  const credit = r.name === 'CreditNote';
  const typeCode = txt(r, credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode');
  const cur = txt(r, 'cbc:DocumentCurrencyCode');
  const sums = one(r, 'cac:LegalMonetaryTotal');
  const seller = one(r, 'cac:AccountingSupplierParty/cac:Party');
  const buyer = one(r, 'cac:AccountingCustomerParty/cac:Party');
  // BT-9: cbc:DueDate on an Invoice; on a CreditNote, cac:PaymentMeans/cbc:PaymentDueDate.
  const dueDates = (
    credit
      ? at(r, 'cac:PaymentMeans/cbc:PaymentDueDate').map((e) => e.text)
      : at(r, 'cbc:DueDate').map((e) => e.text)
  )
    .map(date)
    .filter((d): d is string => !!d);
  const endpoint = one(buyer, 'cbc:EndpointID');
  const ibans = at(r, 'cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID').map((e) =>
    asIban(e.text),
  );
  return due(
    {
      syntax: 'UBL',
      invoiceNumber: txt(r, 'cbc:ID'),
      issueDate: date(txt(r, 'cbc:IssueDate')),
      typeCode,
      isCreditNote: credit || (typeCode !== null && CREDIT.has(typeCode)),
      currency: cur,
      dueDates,
      paymentTerms:
        at(r, 'cac:PaymentTerms/cbc:Note')
          .map((e) => e.text)
          .join(' ') || null,
      totalWithTax: txt(sums, 'cbc:TaxInclusiveAmount'),
      paid: txt(sums, 'cbc:PrepaidAmount'),
      amountDue: txt(sums, 'cbc:PayableAmount'),
      sellerName:
        txt(seller, 'cac:PartyLegalEntity/cbc:RegistrationName') ??
        txt(seller, 'cac:PartyName/cbc:Name'),
      buyerName:
        txt(buyer, 'cac:PartyLegalEntity/cbc:RegistrationName') ??
        txt(buyer, 'cac:PartyName/cbc:Name'),
      buyerEmail: email(txt(buyer, 'cac:Contact/cbc:ElectronicMail'), endpoint),
      iban: ibans.find(Boolean) ?? null,
    },
    txt(sums, 'cbc:PayableRoundingAmount'),
  );
}

/**
 * BT-9 of each payment terms group. A group with ApplicableTradePaymentDiscountTerms
 * (EXTENDED) dates an early-payment discount: left out when another group gives a date.
 */
function netDates(terms: El[], ram: 'ram' | 'ram1', udt: 'udt' | 'udt1'): string[] {
  const dated = terms
    .map((t) => ({
      d: date(txt(t, `${ram}:DueDateDateTime/${udt}:DateTimeString`)),
      discount: at(t, `${ram}:ApplicableTradePaymentDiscountTerms`).length > 0,
    }))
    .filter((x) => x.d);
  const net = dated.filter((x) => !x.discount);
  return (net.length ? net : dated).map((x) => x.d!);
}

function cii(r: El): Expected {
  const doc = one(r, 'rsm:ExchangedDocument');
  const tx = one(r, 'rsm:SupplyChainTradeTransaction');
  const agr = one(tx, 'ram:ApplicableHeaderTradeAgreement');
  const set = one(tx, 'ram:ApplicableHeaderTradeSettlement');
  const sums = one(set, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation');
  const cur = txt(set, 'ram:InvoiceCurrencyCode');
  const typeCode = txt(doc, 'ram:TypeCode');
  const terms = at(set, 'ram:SpecifiedTradePaymentTerms');
  const grand = at(sums, 'ram:GrandTotalAmount').find(
    (e) => !e.attrs.currencyID || e.attrs.currencyID === cur,
  );
  const seller = one(agr, 'ram:SellerTradeParty');
  const buyer = one(agr, 'ram:BuyerTradeParty');
  const uri = one(buyer, 'ram:URIUniversalCommunication/ram:URIID');
  return due(
    {
      syntax: 'CII',
      invoiceNumber: txt(doc, 'ram:ID'),
      issueDate: date(txt(doc, 'ram:IssueDateTime/udt:DateTimeString')),
      typeCode,
      isCreditNote: typeCode !== null && CREDIT.has(typeCode),
      currency: cur,
      dueDates: netDates(terms, 'ram', 'udt'),
      paymentTerms:
        terms
          .map((t) => txt(t, 'ram:Description'))
          .filter(Boolean)
          .join(' ') || null,
      totalWithTax: grand?.text || null,
      paid: txt(sums, 'ram:TotalPrepaidAmount'),
      amountDue: txt(sums, 'ram:DuePayableAmount'),
      sellerName: txt(seller, 'ram:Name'),
      buyerName: txt(buyer, 'ram:Name'),
      buyerEmail: email(
        txt(buyer, 'ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID'),
        uri,
      ),
      iban:
        at(
          set,
          'ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID',
        )
          .map((e) => asIban(e.text))
          .find(Boolean) ?? null,
    },
    txt(sums, 'ram:RoundingAmount'),
  );
}

function zugferd1(r: El): Expected {
  const doc = one(r, 'rsm1:HeaderExchangedDocument');
  const tx = one(r, 'rsm1:SpecifiedSupplyChainTradeTransaction');
  const agr = one(tx, 'ram1:ApplicableSupplyChainTradeAgreement');
  const set = one(tx, 'ram1:ApplicableSupplyChainTradeSettlement');
  const sums = one(set, 'ram1:SpecifiedTradeSettlementMonetarySummation');
  const cur = txt(set, 'ram1:InvoiceCurrencyCode');
  const typeCode = txt(doc, 'ram1:TypeCode');
  const terms = at(set, 'ram1:SpecifiedTradePaymentTerms');
  const seller = one(agr, 'ram1:SellerTradeParty');
  const buyer = one(agr, 'ram1:BuyerTradeParty');
  return due(
    {
      syntax: 'ZUGFeRD1',
      invoiceNumber: txt(doc, 'ram1:ID'),
      issueDate: date(txt(doc, 'ram1:IssueDateTime/udt1:DateTimeString')),
      typeCode,
      isCreditNote: typeCode !== null && CREDIT.has(typeCode),
      currency: cur,
      dueDates: netDates(terms, 'ram1', 'udt1'),
      paymentTerms:
        terms
          .map((t) => txt(t, 'ram1:Description'))
          .filter(Boolean)
          .join(' ') || null,
      totalWithTax:
        at(sums, 'ram1:GrandTotalAmount').find(
          (e) => !e.attrs.currencyID || e.attrs.currencyID === cur,
        )?.text || null,
      paid: txt(sums, 'ram1:TotalPrepaidAmount'),
      amountDue: txt(sums, 'ram1:DuePayableAmount'),
      sellerName: txt(seller, 'ram1:Name'),
      buyerName: txt(buyer, 'ram1:Name'),
      buyerEmail: email(
        txt(buyer, 'ram1:DefinedTradeContact/ram1:EmailURIUniversalCommunication/ram1:URIID'),
        one(buyer, 'ram1:URIUniversalCommunication/ram1:URIID'),
      ),
      iban:
        at(
          set,
          'ram1:SpecifiedTradeSettlementPaymentMeans/ram1:PayeePartyCreditorFinancialAccount/ram1:IBANID',
        )
          .map((e) => asIban(e.text))
          .find(Boolean) ?? null,
    },
    null,
  );
}
