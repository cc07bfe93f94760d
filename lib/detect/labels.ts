/**
 * Words people and invoicing apps put next to invoice fields, in French, English,
 * German, Spanish, Italian and Dutch (shared/DOMAIN.md §3). Compared after
 * normalisation: lower case, no accents, no trailing colon or "#".
 */
export type LabelField = 'invoiceNumber' | 'issueDate' | 'dueDate' | 'total' | 'amountDue' | 'paid' | 'buyer' | 'status' | 'subtotal' | 'terms';

export const LABELS: Record<LabelField, string[]> = {
  invoiceNumber: [
    'facture n°', 'facture no', 'facture n', 'facture numero', 'n° de facture', 'no de facture', 'numero de facture', 'numero facture', 'n° facture', 'facture', 'ref facture', 'reference facture', 'numero',
    'invoice #', 'invoice no', 'invoice no.', 'invoice number', 'invoice num', 'invoice', 'inv #', 'inv no', 'number', 'reference',
    'rechnungsnummer', 'rechnung nr', 'rechnungs-nr', 'rechnung', 'factura n.º', 'factura no', 'numero de factura', 'factura', 'fattura n.', 'fattura n', 'numero fattura', 'fattura', 'factuurnummer', 'factuur nr', 'factuur',
  ],
  issueDate: [
    'date de facture', 'date de facturation', 'date facturation', "date d'emission", 'date emission', 'emise le', 'date de la facture', 'date',
    'invoice date', 'date issued', 'issue date', 'date of issue', 'issued', 'issued on', 'invoice date:',
    'rechnungsdatum', 'datum', 'fecha de factura', 'fecha de emision', 'fecha', 'data fattura', 'data di emissione', 'data', 'factuurdatum',
  ],
  dueDate: [
    "date d'echeance", 'date echeance', 'echeance', 'echeance de paiement', 'echeance de reglement', 'a payer avant le', 'payable avant le', 'payable le', 'date limite de paiement', 'a regler avant le', 'a regler le', 'exigible le', "date d'exigibilite", 'date limite de reglement', 'date limite reglement', 'date de reglement',
    'due date', 'payment due', 'payment due date', 'due', 'due by', 'due on', 'pay by', 'date due', 'payable by',
    'falligkeitsdatum', 'fallig am', 'zahlbar bis', 'fallig', 'zahlungsziel', 'fecha de vencimiento', 'vencimiento', 'data di scadenza', 'scadenza', 'vervaldatum', 'te betalen voor', 'uiterste betaaldatum',
  ],
  total: [
    'montant ttc', 'total ttc', 'total', 'montant total', 'montant total ttc', 'total a payer ttc', 'montant',
    'invoice total', 'total amount', 'grand total', 'total (incl. vat)', 'total incl. vat', 'total incl. tax', 'amount', 'invoice amount',
    'gesamtbetrag', 'rechnungsbetrag', 'gesamtsumme', 'bruttobetrag', 'summe', 'total factura', 'importe total', 'importe', 'totale', 'totale fattura', 'importo', 'totaal', 'totaalbedrag', 'bedrag',
  ],
  amountDue: [
    'net a payer', 'reste a payer', 'solde du', 'montant du', 'solde', 'a payer', 'total a payer', 'restant du', 'montant restant', 'reste du',
    'montant restant du', 'reste a regler', 'solde a regler', 'solde a payer', 'net a regler', 'total net a payer', 'montant a payer', 'montant a regler', 'total a regler',
    'montant du ttc', 'reste du ttc', 'net a payer ttc', 'total ttc a payer',
    'amount due', 'balance due', 'balance', 'amount remaining', 'total due', 'amount payable', 'total payable', 'balance payable', 'total amount due', 'amount to pay', 'total to pay', 'outstanding', 'amount outstanding', 'remaining', 'due amount', 'amount owed',
    'offener betrag', 'zu zahlen', 'zahlbetrag', 'restbetrag', 'importe pendiente', 'a pagar', 'saldo', 'importo dovuto', 'da pagare', 'openstaand bedrag', 'te betalen', 'openstaand',
  ],
  paid: [
    'deja paye', 'deja regle', 'acompte', 'acompte verse', 'paye', 'montant paye', 'reglements', 'montant regle', 'paiements',
    'paid', 'amount paid', 'payments', 'payment made', 'paid to date', 'deposit', 'less payments',
    'bezahlt', 'anzahlung', 'bereits bezahlt', 'pagado', 'anticipo', 'pagato', 'betaald', 'aanbetaling',
  ],
  buyer: [
    'client', 'facture a', 'facturer a', 'destinataire', 'adresse a', 'adresse de facturation', 'societe',
    'bill to', 'billed to', 'customer', 'invoice to', 'sold to', 'to', 'recipient',
    'kunde', 'rechnungsempfanger', 'cliente', 'facturar a', 'destinatario', 'klant', 'factuur aan',
  ],
  subtotal: ['total ht', 'montant ht', 'sous-total', 'sous total', 'subtotal', 'sub-total', 'net total', 'total hors taxes', 'zwischensumme', 'nettobetrag', 'subtotale', 'imponibile', 'subtotaal', 'base imponible'],
  status: ['statut', 'etat', 'status', 'state', 'estado', 'stato'],
  terms: ['conditions de paiement', 'conditions de reglement', 'modalites de paiement', 'delai de paiement', 'payment terms', 'terms', 'zahlungsbedingungen', 'condiciones de pago', 'termini di pagamento', 'betalingsvoorwaarden'],
};

export type StatusWord = 'paid' | 'overdue' | 'open' | 'draft' | 'cancelled' | 'partially-paid';

export const STATUS_WORDS: Record<StatusWord, string[]> = {
  paid: ['payee', 'paye', 'reglee', 'regle', 'acquittee', 'soldee', 'paid', 'paid in full', 'reversed', 'extournee', 'bezahlt', 'pagada', 'pagata', 'betaald', 'encaissee'],
  overdue: ['en retard', 'echue', 'impayee', 'impaye', 'retard', 'overdue', 'past due', 'late', 'uberfallig', 'vencida', 'scaduta', 'achterstallig', 'paymentpastdue'],
  open: ['envoyee', 'envoye', 'a payer', 'en attente', 'en attente de paiement', 'non payee', 'non paye', 'unpaid', 'waiting for payment', 'processing payment', 'paiement en cours', 'validee', 'vue', 'sent', 'open', 'outstanding', 'pending', 'awaiting payment', 'viewed', 'due', 'offen', 'pendiente', 'aperta', 'openstaand', 'paymentdue'],
  draft: ['brouillon', 'draft', 'entwurf', 'borrador', 'bozza', 'concept'],
  cancelled: ['annulee', 'annule', 'abandonnee', 'cancelled', 'canceled', 'void', 'voided', 'storniert', 'anulada', 'annullata', 'geannuleerd'],
  'partially-paid': ['partial/deposit', 'acompte', 'payee partiellement', 'commencee', 'partiellement payee', 'partiellement reglee', 'paiement partiel', 'partially paid', 'partial', 'partial payment', 'teilweise bezahlt', 'parcialmente pagada', 'parzialmente pagata', 'gedeeltelijk betaald'],
};

export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009\s]+/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s*[:：]\s*$/, '')
    .trim();
}

const byLabel = new Map<string, LabelField>();
for (const [field, words] of Object.entries(LABELS) as [LabelField, string[]][]) for (const w of words) if (!byLabel.has(normalize(w))) byLabel.set(normalize(w), field);

/** Field a label text names exactly ("Date d'échéance :" → dueDate). */
export function labelField(text: string): LabelField | null {
  if (text.length > 60) return null;
  const n = normalize(text).replace(/\s*[#(]?\s*$/, '').replace(/\s*\((?:ttc|ht|€|\$|£|[a-z]{3})\)\s*$/, '');
  return byLabel.get(n) ?? byLabel.get(n.replace(/\s*(n°|no\.?|#)$/, '')) ?? null;
}

/** A label at the start of a text followed by its value ("Échéance : 15/01/2026"). */
export function splitLabel(text: string): { field: LabelField; value: string } | null {
  if (text.length > 200) return null;
  const m = /^([^:：]{2,40})\s*[:：]\s*(.+)$/s.exec(text.trim());
  if (m) {
    const field = labelField(m[1]!);
    if (field) return { field, value: m[2]!.trim() };
  }
  return null;
}

const statusByWord = new Map<string, StatusWord>();
for (const [status, words] of Object.entries(STATUS_WORDS) as [StatusWord, string[]][]) for (const w of words) statusByWord.set(normalize(w), status);

export function statusWord(text: string): StatusWord | null {
  if (text.length > 40) return null;
  return statusByWord.get(normalize(text)) ?? null;
}

/** Column headers of invoice lists. */
export type ColumnField = 'invoiceNumber' | 'buyer' | 'issueDate' | 'dueDate' | 'total' | 'amountDue' | 'paid' | 'status';

const COLUMNS: Record<ColumnField, string[]> = {
  invoiceNumber: ['n°', 'no', 'no.', '#', 'numero', 'number', 'invoice', 'invoice #', 'invoice no', 'invoice number', 'facture', 'n° facture', 'numero de facture', 'ref', 'ref.', 'reference', 'rechnung', 'rechnungsnummer', 'nr', 'factura', 'fattura', 'factuur', 'factuurnummer', 'document', 'invoice id'],
  buyer: ['client', 'clients', 'customer', 'customer name', 'client name', 'company', 'societe', 'tiers', 'kunde', 'cliente', 'klant', 'contact', 'name', 'nom', 'raison sociale', 'bill to', 'partner'],
  issueDate: ['date', 'date facture', 'date facturation', 'date de facture', 'invoice date', 'issued', 'issue date', 'date emission', "date d'emission", 'rechnungsdatum', 'datum', 'fecha', 'data', 'factuurdatum', 'created', 'date de facturation'],
  dueDate: ['echeance', "date d'echeance", 'date echeance', 'due', 'due date', 'due on', 'payment due', 'fallig', 'falligkeit', 'falligkeitsdatum', 'vencimiento', 'scadenza', 'vervaldatum', 'date limite', 'date limite de reglement'],
  total: ['total', 'montant', 'montant ttc', 'total ttc', 'amount', 'total amount', 'invoice total', 'betrag', 'gesamt', 'brutto', 'importe', 'importo', 'bedrag', 'totaal', 'total (ttc)', 'total incl. tax', 'total incl. vat'],
  amountDue: ['reste a payer', 'remainder to pay', 'remaining unpaid', 'reste du', 'solde', 'solde du', 'montant du', 'balance', 'balance due', 'amount due', 'due amount', 'outstanding', 'open', 'offen', 'offener betrag', 'pendiente', 'saldo', 'openstaand', 'remaining', 'a payer', 'restant du'],
  paid: ['paye', 'regle', 'deja regle', 'already paid', 'paid', 'amount paid', 'bezahlt', 'pagado', 'pagato', 'betaald', 'deja paye'],
  status: ['statut', 'etat', 'status', 'state', 'estado', 'stato'],
};
const byColumn = new Map<string, ColumnField>();
for (const [field, words] of Object.entries(COLUMNS) as [ColumnField, string[]][]) for (const w of words) byColumn.set(normalize(w), field);

export function columnField(header: string): ColumnField | null {
  const n = normalize(header).replace(/\s*[↑↓▲▼⇅]\s*$/, '').replace(/\s*\((?:ttc|ht|eur|€|\$|£|usd|gbp)\)\s*$/, '');
  if (n.length > 40) return null;
  return byColumn.get(n) ?? null;
}
