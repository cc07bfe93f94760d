import { normalize } from '../labels';

/**
 * Column headers of invoicing and accounting exports, scored. Built from the apps' own
 * export code, import templates and the importers that read them (read 2026-12-01):
 * Invoice Ninja (its importers for FreshBooks, Invoice2go, Invoicely, Wave, Zoho:
 * invoiceninja/invoiceninja app/Import/Transformer/*, tests/Feature/Import/*.csv),
 * QuickBooks (invoice list report; API fields DocNumber/TxnDate/TotalAmt/Balance/
 * CurrencyRef as snake_case tables), Xero (sales invoice export: *InvoiceNumber, Type
 * ACCREC/ACCPAY), Sage, Akaunting (invoice_number, invoiced_at, due_at, amount,
 * currency_code, customer_name; document_number/issued_at/contact_name), ERPNext and
 * Frappe Books (Party, Grand Total, Outstanding Amount, Customer Currency, grandTotal,
 * outstandingAmount), Odoo (name, partner_id, invoice_date_due, amount_total,
 * amount_residual, move_type, payment_state), Dolibarr, Pennylane, Sellsy, Axonaut, in
 * French, English, German, Spanish, Italian and Dutch.
 *
 * A score says how surely a header names the field: a customer-facing number
 * ("Invoice Number", "Numéro") beats an app's internal id ("Invoice ID", "Id").
 */
export type CsvField =
  | 'invoiceNumber' | 'internalId' | 'buyer' | 'vendor' | 'buyerEmail' | 'issueDate' | 'dueDate'
  | 'total' | 'lineTotal' | 'amountDue' | 'paid' | 'status' | 'currency' | 'kind' | 'account'
  /** Net and tax, added up only when no column gives the total (Sage's audit trail). */
  | 'net' | 'tax'
  | 'terms' | 'buyerId';

type Vocabulary = Partial<Record<CsvField, Record<string, number>>>;

const words = (score: number, ...list: string[]) => Object.fromEntries(list.map((w) => [w, score]));

const VOCABULARY: Vocabulary = {
  invoiceNumber: {
    ...words(1, 'invoice number', 'invoice no', 'invoice no.', 'invoice #', 'invoice num', 'inv no', 'inv #', 'invoice nr', 'invoicenumber', 'numero de facture', 'numero facture', 'n° de facture', 'n° facture', 'no facture', 'num facture', 'num. facture', 'facture n°', 'reference facture', 'ref facture',
      'rechnungsnummer', 'rechnungs-nr', 'rechnungs nr', 'rechnung nr', 'numero de factura', 'n.º factura', 'no factura', 'numero factura', 'numero fattura', 'n. fattura', 'fattura n.', 'factuurnummer', 'factuurnr', 'factuur nr'),
    ...words(0.95, 'document number', 'doc number', 'doc no', 'document no', 'docnumber', 'numero de piece', 'n° piece', 'numero de document', 'belegnummer', 'beleg nr', 'numero documento', 'documentnummer', 'voucher no', 'voucher number'),
    ...words(0.8, 'numero', 'number', 'invoice', 'facture', 'transaction no.', 'transaction no', 'txn no', 'num', 'no.', 'no', 'nr', 'nr.', 'n°', '#', 'ref.', 'ref', 'réf.', 'piece', 'rechnung', 'factura', 'fattura', 'factuur', 'document', 'reference'),
    ...words(0.5, 'details', 'name', 'id'),
    ...words(0.35, 'invoice id', 'document id'),
  },
  internalId: words(0.9, 'invoice id', 'document id', 'id', 'internal id', 'uuid', 'record id', 'invoice uuid'),
  buyer: {
    ...words(1, 'customer name', 'client name', 'customer', 'client', 'nom du client', 'customer display name', 'contact name', 'kundenname', 'nombre del cliente', 'nome cliente', 'klantnaam', 'debtor', 'debiteur', 'acheteur', 'buyer'),
    ...words(0.9, 'party', 'party name', 'invoice partner display name', 'partner display name', 'tiers', 'partner', 'partner id', 'contact', 'contactname', 'raison sociale', 'kunde', 'cliente', 'klant', 'bill to', 'billed to', 'societe', 'entreprise', 'ragione sociale', 'destinataire'),
    ...words(0.7, 'name', 'nom'),
    ...words(0.6, 'company name', 'company'),
  },
  vendor: words(1, 'vendor', 'vendor name', 'supplier', 'supplier name', 'fournisseur', 'nom du fournisseur', 'lieferant', 'proveedor', 'fornitore', 'leverancier'),
  buyerEmail: words(1, 'email', 'e-mail', 'client email', 'customer email', 'contact email', 'email address', 'emailaddress', 'email recipient', 'primary contact emailid', 'courriel', 'e-mail du client', 'customer_email', 'contact_email'),
  issueDate: {
    ...words(1, 'invoice date', 'invoice/bill date', 'date issued', 'issue date', 'issued at', 'issued on', 'invoiced at', 'document date', 'doc date', 'date de facture', 'date facture', 'date facturation', 'date de facturation', "date d'emission", 'date emission', 'rechnungsdatum', 'belegdatum', 'fecha de factura', 'fecha factura', 'fecha de emision', 'data fattura', 'data documento', 'data emissione', 'factuurdatum', 'invoicedate'),
    ...words(0.8, 'date', 'transaction date', 'txn date', 'posting date', 'date de la piece', 'date piece', 'datum', 'fecha', 'data'),
    ...words(0.4, 'created date', 'created at', 'date created'),
  },
  dueDate: words(1, 'due date', 'due', 'due at', 'date due', 'due on', 'payment due date', 'invoice date due', 'duedate', "date d'echeance", 'date echeance', 'echeance', 'date limite reglement', 'date limite de reglement', 'date limite de paiement', 'falligkeitsdatum', 'fallig am', 'fallig', 'fecha de vencimiento', 'vencimiento', 'data scadenza', 'data di scadenza', 'scadenza', 'vervaldatum'),
  total: {
    ...words(1, 'invoice total', 'total amount', 'grand total', 'amount total', 'total ttc', 'montant ttc', 'total (ttc)', 'montant total ttc', 'amount (incl. tax)', 'total incl. tax', 'total incl. vat', 'gross amount', 'total with tax', 'bruttobetrag', 'gesamtbetrag', 'rechnungsbetrag', 'importe total', 'total factura', 'totale documento', 'totale fattura', 'totaalbedrag', 'totaal incl. btw', 'invoice amount', 'invoiced amount', 'doc total', 'total amt', 'totalamt'),
    ...words(0.9, 'gross', 'brut', 'total signed', 'total in currency signed'),
    ...words(0.85, 'total', 'amount', 'montant', 'betrag', 'importe', 'importo', 'totale', 'totaal', 'bedrag', 'invoice value'),
    ...words(0.7, 'amount (one column)'),
  },
  lineTotal: words(1, 'line total', 'item total', 'item line total', 'line item total', 'item amount', 'line amount', 'lineamount', 'montant ligne', 'total ligne', 'line total amount', 'positionsbetrag', 'importe linea', 'importo riga', 'regelbedrag'),
  amountDue: {
    // Stripe: "Amount Due" is the invoice's due total, "Amount Remaining" what is left.
    ...words(1.05, 'amount remaining', 'remaining amount', 'remaining balance'),
    ...words(1, 'amount due', 'balance due', 'open balance', 'outstanding amount', 'outstanding balance', 'amount outstanding', 'balance due amount', 'amount residual', 'reste a payer', 'reste a encaisser', 'restant du', 'montant restant du', 'montant du', 'solde du', 'invoice amount due', 'offener betrag', 'restbetrag', 'importe pendiente', 'importo residuo', 'openstaand bedrag', 'amountdue'),
    ...words(0.95, 'amount due signed', 'amount residual signed'),
    ...words(0.9, 'balance', 'outstanding', 'residual', 'solde', 'saldo', 'openstaand', 'offen', 'pendiente', 'residuo', 'remaining'),
  },
  paid: { 'amount paid amount': 1, ...words(0.9, 'paid', 'amount paid', 'paid amount', 'invoice amount paid', 'amountpaid', 'total paid', 'invoice paid', 'paid to date', 'payments', 'deja regle', 'deja paye', 'montant regle', 'montant paye', 'paye', 'regle', 'bezahlt', 'bezahlter betrag', 'pagado', 'importe pagado', 'pagato', 'betaald') },
  status: {
    ...words(1, 'status', 'statut', 'invoice status', 'document status', 'etat', 'état', 'invoice status code', 'estado', 'stato', 'statut de la facture', 'status code'),
    ...words(0.7, 'payment status', 'payment state', 'statut de paiement', 'zahlungsstatus'),
    ...words(0.4, 'state'),
  },
  currency: {
    ...words(1, 'currency', 'currency code', 'devise', 'currencycode', 'currency iso', 'customer currency', 'invoice currency', 'monnaie', 'wahrung', 'moneda', 'valuta', 'munt', 'code devise'),
    ...words(0.8, 'currency id', 'currency ref'),
  },
  kind: {
    ...words(1, 'type', 'transaction type', 'document type', 'doc type', 'invoice type', 'move type', 'voucher type', 'type de document', 'type de facture', 'type de piece', 'belegart', 'tipo de documento', 'tipo documento', 'documenttype', 'kind'),
    ...words(0.6, 'nature', 'tipo', 'party type', 'journal'),
  },
  net: words(0.9, 'net', 'net amount', 'pre tax amount', 'montant ht', 'total ht', 'subtotal', 'sub total', 'sous-total', 'amount before tax', 'nettobetrag', 'netto', 'importe neto', 'base imponible', 'imponibile', 'netto bedrag', 'tax excluded'),
  tax: words(0.9, 'tax', 'vat', 'vat amount', 'tax amount', 'tva', 'montant tva', 'total tva', 'tax total', 'total tax amount', 'mwst', 'ust', 'iva', 'btw', 'steuer'),
  terms: {
    'payment terms label': 1.05,
    ...words(1, 'payment terms', 'terms', 'conditions de paiement', 'conditions de reglement', 'modalites de paiement', 'delai de paiement', 'zahlungsbedingungen', 'zahlungsziel', 'condiciones de pago', 'termini di pagamento', 'condizioni di pagamento', 'betalingsvoorwaarden', 'betalingstermijn'),
  },
  buyerId: words(1, 'vat number', 'customer vat number', 'client vat number', 'tax id', 'vat id', 'vat registration number', 'n° tva', 'numero de tva', 'tva intracommunautaire', 'n° tva intracommunautaire', 'siret', 'siren', 'ust-idnr', 'ust-id', 'umsatzsteuer-id', 'nif', 'cif', 'partita iva', 'p. iva', 'btw-nummer', 'btw nummer', 'kvk'),
  account: {
    ...words(1, 'account name', 'account', 'compte', 'konto', 'cuenta', 'conto', 'rekening'),
    ...words(0.9, 'account type'),
  },
};

/** Headers that look like one of ours but are not (never mapped). */
const NOT_FIELDS = new Set(['bill number', 'line subtotal', 'net total', 'subtotal amount', 'item price', 'rate', 'item cost', 'unit price', 'tax 1 amount', 'tax 2 amount', 'sales tax amount', 'amount before sales tax', 'discount amount', 'exchange rate', 'debit amount (two column approach)', 'credit amount (two column approach)', 'transaction id', 'customer id', 'account id', 'estimate number', 'expected payment date', 'last payment date', 'date paid', 'withholding tax amount', 'shipping charge', 'adjustment', 'accountid', 'purchaseorder', 'po number', 'order number', 'order_number', 'branch id']);

/**
 * A header as words: snake_case and camelCase split, accents and required-field stars
 * removed, lower case ("*InvoiceNumber" → "invoice number", "invoice_date_due" → "invoice date due").
 */
export function headerWords(header: string): string {
  const h = header.replace(/^\ufeff/, '').trim().replace(/^"|"$/g, '').replace(/^\*+/, '');
  const split = /[a-z][A-Z]/.test(h) && !/\s/.test(h) ? h.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2') : h;
  return normalize(split.replace(/_/g, ' ')).replace(/\s+/g, ' ').trim();
}

export interface HeaderCandidate {
  field: CsvField;
  score: number;
}

/** What one header could name, best first. */
export function headerCandidates(header: string): HeaderCandidate[] {
  const n = headerWords(header);
  if (!n || n.length > 60 || NOT_FIELDS.has(n)) return [];
  const variants = [n, n.replace(/\s*[:.]$/, ''), n.replace(/\s*\((?:ttc|ht|eur|€|\$|£|usd|gbp|chf|[a-z]{3})\)$/, ''), n.replace(/^(?:sales |customer |client )/, '')];
  const out = new Map<CsvField, number>();
  for (const [field, table] of Object.entries(VOCABULARY) as [CsvField, Record<string, number>][]) {
    for (const [i, v] of variants.entries()) {
      const s = table[v];
      // A header matched only after dropping a prefix or suffix is a little less sure.
      if (s !== undefined) out.set(field, Math.max(out.get(field) ?? 0, i === 0 ? s : s - 0.05));
    }
  }
  return [...out.entries()].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}

/** Fields for people (the column-mapping preview). */
export const CSV_FIELD_NAMES: Record<CsvField, { fr: string; en: string }> = {
  invoiceNumber: { fr: 'numéro de facture', en: 'invoice number' },
  internalId: { fr: 'identifiant interne', en: 'internal id' },
  buyer: { fr: 'client', en: 'customer' },
  vendor: { fr: 'fournisseur', en: 'supplier' },
  buyerEmail: { fr: 'e-mail du client', en: 'customer e-mail' },
  issueDate: { fr: 'date de facture', en: 'issue date' },
  dueDate: { fr: 'échéance', en: 'due date' },
  total: { fr: 'total TTC de la facture', en: 'invoice total' },
  lineTotal: { fr: 'total de ligne (additionné)', en: 'line total (summed)' },
  amountDue: { fr: 'reste à payer', en: 'amount due' },
  paid: { fr: 'déjà payé', en: 'amount paid' },
  status: { fr: 'statut', en: 'status' },
  currency: { fr: 'devise', en: 'currency' },
  kind: { fr: 'type (vente / achat)', en: 'type (sale / purchase)' },
  account: { fr: 'compte comptable', en: 'ledger account' },
  net: { fr: 'montant HT', en: 'net amount' },
  tax: { fr: 'TVA', en: 'tax' },
  terms: { fr: 'conditions de paiement', en: 'payment terms' },
  buyerId: { fr: 'n° TVA / SIREN du client', en: 'customer VAT / company id' },
};
