/**
 * Words people and invoicing apps put next to invoice fields, in French, English,
 * German, Spanish, Italian and Dutch. Compared after
 * normalisation: lower case, no accents, no trailing colon or "#".
 */
export type LabelField =
  | 'invoiceNumber'
  | 'issueDate'
  | 'dueDate'
  | 'total'
  | 'amountDue'
  | 'paid'
  | 'buyer'
  | 'status'
  | 'subtotal'
  | 'terms'
  | 'tax'
  | 'shipping'
  | 'discount'
  | 'credit'
  | 'shipTo'
  | 'seller'
  | 'ignore';

/*
 * Besides the labels written from invoices seen in the wild, these lists carry the
 * apps' own translations (read 2026-12-01):
 * - IN  = invoiceninja/invoiceninja lang/{fr,fr_CA,fr_CH,en,de,es,it,nl}/texts.php @ a148eec0
 *         (due_date, invoice_due_date "Date limite", balance_due, amount_due, paid_to_date,
 *         invoice_total, invoice_issued_to, billing_address, ship_to, partial_due, credit_note)
 * - CR  = crater-invoice/crater resources/scripts/locales/{fr,en,de,es,it,nl}.json @ 05d5ce26
 *         (pdf_invoice_due_date, pdf_bill_to "Facturer à", pdf_ship_to, pdf_total, invoices.amount_due)
 * - AK  = akaunting/akaunting resources/lang/{fr-FR,en-GB,de-DE,es-ES,it-IT,nl-NL}/{invoices,general}.php @ dfc1171c
 *         (bill_to "Destinataire", amount_due, balance, payments_received)
 * - IP  = InvoicePlane/InvoicePlane application/language/english/ip_lang.php @ 3879f70d
 *         (amount_due, total_paid, total_balance, credit_invoice)
 * - DO  = Dolibarr/dolibarr htdocs/langs/fr_FR/bills.lang @ 00014d91
 *         (DateMaxPayment "Date limite règlement", RemainderToPay, AlreadyPayed, BillTo "Adressé à",
 *         BillFrom "Émetteur", NetToBePaid, AmountExpected "Montant réclamé", CreditNote "Avoir")
 * - KI  = kimai/kimai translations/messages.{fr,en,de}.xlf @ 1f421c27
 *         (invoice.due_days "Échéance", invoice.to "À", invoice.from "De", invoice.subtotal "Total HT")
 * - GC  = Gnucash/gnucash gnucash/report/reports/standard/invoice.scm @ 019214f1 (msgids "Net Price", "Total Price",
 *         "Amount Due") and their French in the gnucash.mo of Debian gnucash-common 1:4.13-1 ("Prix net",
 *         "Prix total", "Montant brut dû")
 * - LS  = ledgersmb/LedgerSMB templates/demo/invoice.html and locale/po/fr.po @ 2c578797 ("Due" "Exigible",
 *         "Paid" "Total payé", "Balance" "Solde", "Ship To" "Envoyer à", "To" "À")
 * - SW  = siwapp/siwapp-ror db/fixtures/print_default.html.erb @ 83f88789 ("Billed:" the issue date, "Due on:")
 * - FB  = frappe/books translations/fr.csv and templates/*.template.html @ 7c357678
 *         ("Sales Invoice" "Facture de vente" as the document's title over its number, "Grand Total"
 *         "Total général", "Outstanding Amount" "Montant impayé")
 * - LA  = getlago/lago-api config/locales/{en,fr}/invoice.yml @ 1b1c24a6 (invoice_number "Nº de facture",
 *         payment_term "Délai de paiement", due_date "Due %{date}" / "Date d'échéance le %{date}")
 * - BC  = bigcapitalhq/bigcapital packages/server/src/modules/SaleInvoices/constants.ts and
 *         src/i18n/en/invoice.json @ af80afcf ("Date of issue", "Date due", "Payment Made", "Balance Due",
 *         "Due amount", "Payment Amount"; no French)
 * - SC  = salesagility/SuiteCRM modules/AOS_PDF_Templates/language/en_us.lang.php @ e572230a and
 *         SuiteCRM/Translations translations/fr_FR/modules/AOS_PDF_Templates/language/fr_FR.lang.php @ 23b47722
 *         (LBL_PREPARED_FOR "Préparé pour" over the buyer's account, LBL_PREPARED_BY over the CRM user)
 * - OC  = opencart/opencart upload/admin/language/en-gb/sale/order.php @ 2c4efa4d (4.1.0.3) and
 *         upload/admin/language/fr-fr/sale/order.php @ 907be5a1 (text_store "Magasin", text_date_added
 *         "Date d'ajout", text_payment_address, text_shipping_address, text_order_id "ID de commande")
 * - MG  = magento/magento2 Magento_Sales frontend templates order/print/invoice.phtml, order/totals.phtml and
 *         the community fr_FR pack lalbert/magento2-fr_fr fr_fr.csv @ daa6c7d0 ("Grand Total" "Montant global",
 *         Tax "TVA & autres taxes", "Invoice #" "Facture n°")
 * - VT  = vtiger CRM 7 languages/{en_us,fr_fr}/{Vtiger,Invoice}.php (swarnat/vtigercrm @ 52c16f17):
 *         LBL_RECEIVED "Received" / "Reçu", 'Account Name' shown as "Organization Name" ("Nom du Compte" is
 *         left out: it is also the holder's name in bank details)
 * - PS  = PrestaShop/PrestaShop pdf/invoice.*.tpl source strings (domain Shop.Pdf) and the fr-FR
 *         ShopPdf.fr-FR.xlf catalogue ("Order Reference" "Réf. de commande", "Order date" "Date de commande",
 *         "Billing Address" "Adresse de facturation", "Delivery Address" "Adresse de livraison")
 * - SI  = Simple Invoices (fearless359/simpleinvoices) lang/{fr_FR,en_US}/lang.php and
 *         templates/invoices/default/template.tpl @ 6e136130 (owingUc "Owing" / "Dû", billerUc "Biller",
 *         "<wording> Date" / "Facture Date", "<wording> <amountUc>" "Invoice Amount")
 * - PQ  = ProjeQtOr report/bill.php and tool/i18n/nls/{fr/,}lang.js (kvvipa0028/projeqtor-upstream @ 153d6be8;
 *         projeqtor/main branches/V5.5 @ 56d0160b): colBillId "n°" / "bill id", colUntaxedAmount "montant HT" /
 *         "untaxed amount", colFullAmount "montant TTC" / "full amount", colPaymentDelay "délai de paiement" /
 *         "payment deadline"
 * - TH  = thelia/thelia templates/pdf/default/invoice.html and I18n/{fr_FR,en_US}.php @ 1fc17f49
 *         ("Total without tax" "Total HT", "Postage without tax" "Frais de port sans taxe", "Total tax amount"
 *         "Total Taxes", "Taxed total" "Total TTC", "Discount with tax" "Remise TTC", "Invoice REF" "Numéro de
 *         facture", "Invoice date" "Date de facturation", "Invoice address" "Adresse de facturation")
 * - FO  = FOSSBilling/FOSSBilling src/modules/Invoice/templates/pdf/default-invoice.twig @ 56a0871d and
 *         FOSSBilling/locale fr_FR/LC_MESSAGES/messages.po @ fa626e59 ("Company" "Société" over the seller,
 *         "Client", "Invoice Status" "État de la facture", "Due Date" "Date d'échéance")
 * - BG  = bagisto/bagisto packages/Webkul/Shop/src/Resources/views/customers/account/orders/pdf.blade.php and
 *         packages/Webkul/Shop/src/Resources/lang/{fr,en}/app.php customers.account.orders.invoice-pdf @ 889a7c6b
 *         ("Invoice ID" "ID de la facture", "Order ID" "ID de la commande", "Grand Total" "Total général")
 * - SY  = Sylius/InvoicingPlugin src/Resources/translations/messages.{fr,en}.yml and
 *         src/Resources/views/Invoice/Download/pdf.html.twig @ c8f08616 (buyer "Acheteur", seller "Vendeur",
 *         issued_at "Émise le" / "Issued at", net_total "Total HT" / "Net total", taxes_total "Total taxes" /
 *         "Taxes total", payment.paid "Payée" / "Paid" answered "Oui"/"Non", "Yes"/"No")
 * - ID  = idurar/idurar-erp-crm backend/src/pdf/Invoice.pug and backend/src/locale/translation/{en_us,fr_fr}.js
 *         @ e2d4f1a7 (expired_date "Expired Date" / "Date d'expiration": the invoice's due date, model.expiredDate;
 *         tax_total "Tax Total" / "Total des taxes" in frontend/src/modules/ErpPanelModule/ReadItem.jsx)
 * - GZ  = ever-co/ever-gauzy packages/ui-core/i18n/assets/i18n/{en,fr}.json @ d1cf5311 (INVOICES_PAGE: TOTAL_VALUE
 *         "Valeur totale", ALREADY_PAID "Déjà payé", TAX / TAX_2 "Impôt" / "Impôt 2", INVOICES_SELECT_DISCOUNT_VALUE
 *         "Valeur de l'escompte", VIEW.FROM / VIEW.TO "Depuis" / "Pour"), read by invoice-view-inner.component.html
 * - SA  = saleor/saleor templates/invoices/invoice{,_products_table,_summary_table}.html @ f512ad5e (read
 *         2026-12-02; English only, hard-coded: "Invoice number:", "Date:", "Amount:", "BILLING ADDRESS",
 *         "SHIPMENT ADDRESS", "Subtotal", "Delivery Cost", "Tax", "Grand Total")
 * - OP  = opensourcepos/opensourcepos app/Language/{en,fr}/Sales.php and app/Views/sales/invoice.php
 *         @ 9ee530e4 (invoice_number "Invoice #" / "# Facture", invoice_total "Invoice Total" / "Total
 *         Facture", amount_due "Amount Due" / "Montant à Payer", the payment types cash / check / credit /
 *         debit / giftcard as the labels of the payment rows)
 */

export const LABELS: Record<LabelField, string[]> = {
  invoiceNumber: [
    // BG invoice-pdf.invoice-id ("Invoice ID" / "ID de la facture"), its value "#" + increment_id
    'invoice id',
    'id de la facture',
    'id facture',
    // OP Sales.invoice_number ("Invoice #" / "# Facture")
    '# facture',
    // TH Invoice REF ("Numéro de facture")
    'invoice ref',
    'invoice reference',
    'facture n°',
    'facture no',
    'facture n',
    'facture numero',
    'n° de facture',
    'no de facture',
    'numero de facture',
    'numero facture',
    'n° facture',
    'facture',
    'ref facture',
    'reference facture',
    'numero',
    'invoice #',
    'invoice no',
    'invoice no.',
    'invoice number',
    'invoice num',
    'invoice',
    'inv #',
    'inv no',
    'number',
    'reference',
    // IN invoice_number / invoice_number_short, CR pdf_invoice_number, AK invoice_number
    'n° de facture',
    'facture n°',
    'numero de factura',
    'numero fattura',
    'invoice number',
    'rechnungsnummer',
    'factuurnummer',
    'credit number',
    "numero d'avoir",
    'avoir n°',
    'credit note #',
    'credit note number',
    'gutschriftnummer',
    'numero credito',
    'creditnummer',
    'rechnungsnummer',
    'rechnung nr',
    'rechnungs-nr',
    'rechnung',
    'factura n.º',
    'factura no',
    'numero de factura',
    'factura',
    'fattura n.',
    'fattura n',
    'numero fattura',
    'fattura',
    'factuurnummer',
    'factuur nr',
    'factuur',
    // FB "Sales Invoice" (the print templates' doc.entryLabel), translated "Facture de vente"
    'sales invoice',
    'facture de vente',
    // PQ colBillId, beside the bill's reference
    'n°',
    'bill id',
  ],
  issueDate: [
    // SY issued_at ("Émise le" / "Issued at")
    'issued at',
    'emise le',
    'date de facture',
    // OC text_date_added: the order's date, the only date its printed invoice shows
    'date added',
    "date d'ajout",
    'date de facturation',
    'date facturation',
    "date d'emission",
    'date emission',
    'emise le',
    'date de la facture',
    'date',
    'invoice date',
    'date issued',
    'issue date',
    'date of issue',
    'issued',
    'issued on',
    'invoice date:',
    // IN invoice_date, CR pdf_invoice_date, AK invoice_date, DO DateInvoice
    'date de facturation',
    // SI "<wording> <dateUc>" with the wording "Facture"
    'facture date',
    'fecha de la factura',
    'data fattura',
    'factuur datum',
    'date facturation',
    'rechnungsdatum',
    'datum',
    'fecha de factura',
    'fecha de emision',
    'fecha',
    'data fattura',
    'data di emissione',
    'data',
    'factuurdatum',
    // SW "Billed:" (the issue date; "Billed to" is the buyer)
    'billed',
  ],
  dueDate: [
    "date d'echeance",
    'date echeance',
    'echeance',
    'echeance de paiement',
    'echeance de reglement',
    'a payer avant le',
    'payable avant le',
    'payable le',
    'date limite de paiement',
    'a regler avant le',
    'a regler le',
    'exigible le',
    "date d'exigibilite",
    'date limite de reglement',
    'date limite reglement',
    'date de reglement',
    'due date',
    'payment due',
    'payment due date',
    'due',
    'due by',
    'due on',
    'pay by',
    'date due',
    'payable by',
    // IN due_date / invoice_due_date ("Date limite"), CR pdf_invoice_due_date, AK due_date, DO DateMaxPayment / DateEcheance, KI invoice.due_days
    'date limite',
    'date limite de paiement',
    'date limite reglement',
    'date echeance',
    "date d'echeance",
    'a regler avant le',
    'payable le',
    'echeance',
    "date d'exigibilite",
    'a payer le',
    'a payer avant',
    'paiement avant le',
    'date de paiement prevue',
    'fecha de pago',
    'fecha final',
    'data di pagamento',
    'data di scadenza',
    'scadenza',
    'vervaldatum',
    'falligkeit',
    'falligkeitsdatum',
    'payment due by',
    'please pay by',
    'due date:',
    'due on receipt',
    'falligkeitsdatum',
    'fallig am',
    'zahlbar bis',
    'fallig',
    'zahlungsziel',
    'fecha de vencimiento',
    'vencimiento',
    'data di scadenza',
    'scadenza',
    'vervaldatum',
    'te betalen voor',
    'uiterste betaaldatum',
    // ID expired_date, expire_date: an invoice's due date in IDURAR, a quote's validity elsewhere,
    // so a date they give stays to confirm (DUE_DATE_TO_CONFIRM).
    'expired date',
    'expire date',
    'expiry date',
    'expiration date',
    "date d'expiration",
    // LS "Due" ("Exigible"); "Date d'exigibilité" (#18)
    'exigible',
    "date d'exigibilite",
  ],
  total: [
    // GZ TOTAL_VALUE ("Valeur totale"): the invoice's total, the items' Total Value column aside
    'total value',
    'valeur totale',
    'montant ttc',
    'total ttc',
    'total',
    // MG "Grand Total" (lalbert/magento2-fr_fr: "Montant global")
    'montant global',
    'montant total',
    'montant total ttc',
    'total a payer ttc',
    'montant',
    'invoice total',
    'total amount',
    'grand total',
    'total (incl. vat)',
    'total incl. vat',
    'total incl. tax',
    'amount',
    'invoice amount',
    // IN invoice_total / total, CR pdf_total ("Total TTC"), AK total, KI invoice.total
    'montant total',
    'invoice total',
    'total facturado',
    'totale fattura',
    'factuur totaal',
    'gesamt',
    'totaal',
    'totale',
    'total incl. tax',
    'total (ttc)',
    'total ttc',
    'montant ttc',
    'total amount',
    'grand total',
    'total general',
    'total general ttc',
    'totaal incl. btw',
    'totale ivato',
    'total con iva',
    'gesamtbetrag brutto',
    'rechnungsbetrag brutto',
    'summe brutto',
    'gesamtbetrag',
    'rechnungsbetrag',
    'gesamtsumme',
    'bruttobetrag',
    'summe',
    'total factura',
    'importe total',
    'importe',
    'totale',
    'totale fattura',
    'importo',
    'totaal',
    'totaalbedrag',
    'bedrag',
    // GC "Total Price" ("Prix total")
    'prix total',
    'total price',
    // PQ colFullAmount
    'full amount',
    // TH Taxed total ("Total TTC"): before the discount line that follows it; "Total" after
    'taxed total',
    // OP Sales.invoice_total ("Invoice Total" / "Total Facture")
    'total facture',
  ],
  amountDue: [
    'net a payer',
    'reste a payer',
    'solde du',
    'montant du',
    'solde',
    'a payer',
    'total a payer',
    'restant du',
    'montant restant',
    'reste du',
    'montant restant du',
    'reste a regler',
    'solde a regler',
    'solde a payer',
    'net a regler',
    'total net a payer',
    'montant a payer',
    'montant a regler',
    'total a regler',
    'montant du ttc',
    'reste du ttc',
    'net a payer ttc',
    'total ttc a payer',
    'amount due',
    'balance due',
    'balance',
    'amount remaining',
    'total due',
    'amount payable',
    'total payable',
    'balance payable',
    'total amount due',
    'amount to pay',
    'total to pay',
    'outstanding',
    'amount outstanding',
    'remaining',
    'due amount',
    'amount owed',
    // IN balance_due ("Montant dû", "Solde dû" fr_CA/fr_CH) / amount_due / outstanding, CR invoices.amount_due, AK amount_due / balance, IP amount_due / total_balance, DO RemainderToPay / NetToBePaid / AmountExpected
    'montant du',
    'solde du',
    'reste du',
    'restant du',
    'reste a payer',
    'net a payer',
    'montant reclame',
    'solde restant',
    'solde restant du',
    'montant restant a payer',
    'reste a encaisser',
    'montant impaye',
    'total du',
    'total restant du',
    'balance due',
    'amount due',
    'total balance',
    'outstanding balance',
    'balance outstanding',
    'remaining balance',
    'balance remaining',
    'outstanding amount',
    'total outstanding',
    'amount still due',
    'balance owing',
    'amount outstanding',
    'total amount due',
    'please pay',
    'offener betrag',
    'falliger betrag',
    'offener rechnungsbetrag',
    'restbetrag',
    'noch offen',
    'noch zu zahlen',
    'zahlbetrag',
    'importe a pagar',
    'importe pendiente',
    'pendiente',
    'saldo pendiente',
    'totale da pagare',
    'saldo dovuto',
    'importo dovuto',
    'ammontare dovuto',
    'te voldoen',
    'te betalen bedrag',
    'verschuldigd bedrag',
    'openstaand saldo',
    'openstaand bedrag',
    'offener betrag',
    'zu zahlen',
    'zahlbetrag',
    'restbetrag',
    'importe pendiente',
    'a pagar',
    'saldo',
    'importo dovuto',
    'da pagare',
    'openstaand bedrag',
    'te betalen',
    'openstaand',
    // GC "Amount Due" ("Montant brut dû")
    'montant brut du',
    // SI owingUc (its French "Dû" is told from the preposition "du" by its accent: see labelField)
    'owing',
  ],
  paid: [
    // GZ ALREADY_PAID ("Déjà payé")
    'already paid',
    'deja paye',
    'deja regle',
    'acompte',
    'acompte verse',
    'paye',
    'montant paye',
    'reglements',
    'montant regle',
    'paiements',
    'paid',
    'amount paid',
    'payments',
    'payment made',
    'paid to date',
    'deposit',
    'less payments',
    // IN paid_to_date / amount_paid, AK paid / payments_received, IP total_paid, DO AlreadyPayed / PaymentsAlreadyDone
    'paye a ce jour',
    'montant paye',
    'deja regle',
    'versements deja effectues',
    'paiements recus',
    'reglements recus',
    'deja verse',
    'acomptes',
    'acompte recu',
    'montant encaisse',
    'paid to date',
    'amount paid',
    'total paid',
    'payments received',
    'payment received',
    'less amount paid',
    'less paid',
    'payments applied',
    'prepaid amount',
    'prepayment',
    'amount received',
    'bereits gezahlt',
    'bezahlter betrag',
    'erhaltene zahlungen',
    'geleistete zahlungen',
    'cantidad pagada',
    'pagos recibidos',
    'importe pagado',
    'pagato a oggi',
    'importo pagato',
    'pagamenti ricevuti',
    'reeds betaald',
    'betaald bedrag',
    'ontvangen betalingen',
    'bezahlt',
    'anzahlung',
    'bereits bezahlt',
    'pagado',
    'anticipo',
    'pagato',
    'betaald',
    'aanbetaling',
    // ERPNext Sales Invoice fields (total_advance, paid_amount)
    'total advance',
    'paid amount',
    // VT LBL_RECEIVED, the invoice's "received" field in its totals table
    'received',
    'recu',
    // LS "Paid" ("Total payé")
    'total paye',
  ],
  buyer: [
    // GZ VIEW.TO | titlecase ("Pour") over the contact's name
    'pour',
    'client',
    // OC text_payment_address (en-gb; fr-fr "Adresse de facturation" is above)
    'payment address',
    'facture a',
    'facturer a',
    'destinataire',
    'adresse a',
    // TH Invoice address ("Adresse de facturation")
    // SY sylius_invoicing_plugin.ui.buyer ("Acheteur" / "Buyer")
    'acheteur',
    'buyer',
    'invoice address',
    'adresse de facturation',
    'societe',
    // FO "Company" ("Société"): over the seller's block beside "Client" (see page.ts companyHeading)
    'company',
    'bill to',
    'billed to',
    'customer',
    'invoice to',
    'sold to',
    'to',
    'recipient',
    // IN client / invoice_issued_to / billing_address, CR pdf_bill_to ("Facturer à", "Bill to,"), AK bill_to ("Destinataire", "Rechnung an"), DO BillTo ("Adressé à") / BillAddress, KI invoice.to
    'nom du client',
    'nom client',
    'raison sociale client',
    'customer name',
    'client name',
    'kundenname',
    'nombre del cliente',
    'nome cliente',
    'klantnaam',
    'facture a',
    'facture destinee a',
    'facturer a',
    'adresse a',
    'adresse de facturation',
    'adresse facturation',
    'facturation',
    'facture pour',
    'client final',
    'a',
    'bill to',
    'billed to',
    'invoice to',
    'invoice issued to',
    'issued to',
    'billing address',
    'client',
    'customer',
    'to',
    'rechnung an',
    'rechnung ausgestellt fur',
    'rechnungsadresse',
    'rechnungsanschrift',
    'rechnungsempfanger',
    'kunde',
    'factura emitida a',
    'cobrar a',
    'facturar a',
    'direccion de facturacion',
    'fattura emessa a',
    'fattura a',
    'fatturare a',
    'indirizzo di fatturazione',
    'factuur uitgegeven aan',
    'rekening naar',
    'factureren aan',
    'factuuradres',
    'klant',
    'kunde',
    'rechnungsempfanger',
    'cliente',
    'facturar a',
    'destinatario',
    'klant',
    'factuur aan',
    // VT the invoice's account_id field
    'organization name',
    // SC LBL_PREPARED_FOR: the billing account's name and address under it
    'prepared for',
    'prepare pour',
  ],
  // IN subtotal / net_subtotal, CR pdf_subtotal, KI invoice.subtotal ("Total HT"), DO WithDiscountTotalHT
  subtotal: [
    'sous-total',
    // TH Total without tax ("Total HT"), printed twice: the items, then items + postage
    'total without tax',
    'sub-total without tax',
    'sous-total ht',
    'total hors taxe',
    'montant hors taxes',
    'total ht apres remise',
    'net subtotal',
    'sub total',
    'total excl. vat',
    'total excl. tax',
    'total before tax',
    'nettosumme',
    'summe netto',
    'gesamt netto',
    'netto',
    'parziale',
    'sub totale',
    'totale imponibile',
    'totaal excl. btw',
    'subtotal sin iva',
    'total ht',
    'montant ht',
    'sous-total',
    'sous total',
    'subtotal',
    'sub-total',
    'net total',
    'total hors taxes',
    'zwischensumme',
    'nettobetrag',
    'subtotale',
    'imponibile',
    'subtotaal',
    'base imponible',
    // GC "Net Price" ("Prix net")
    'prix net',
    'net price',
    // PQ colUntaxedAmount
    'untaxed amount',
  ],
  // Taxes, shipping, discounts and credits: the parts of the consistency sum (subtotal + taxes + shipping − discounts = total).
  // ERPNext: total_taxes_and_charges "Total Taxes and Charges".
  tax: [
    // ID tax_total ("Total des taxes"), the read view's "Tax Total (20 %) :"
    'tax total',
    'total des taxes',
    // GZ TAX, TAX_2 ("Impôt", "Impôt 2"): the invoice's two taxes
    'tax 2',
    'impot',
    'impot 2',
    'total taxes and charges',
    // MG Tax ("TVA & autres taxes")
    'tva & autres taxes',
    // TH Total tax amount ("Total Taxes")
    'total tax amount',
    'total taxes',
    'item tax',
    'invoice tax',
    'taxes sur les lignes',
    'tva sur les lignes',
    'tva',
    'taxe',
    'taxes',
    'montant tva',
    'total tva',
    'tva 20 %',
    'tax',
    'taxes',
    'vat',
    'sales tax',
    'gst',
    'hst',
    'pst',
    'qst',
    'tps',
    'tvq',
    'total tax',
    'total vat',
    'vat amount',
    'mwst',
    'mwst.',
    'ust',
    'ust.',
    'umsatzsteuer',
    'mehrwertsteuer',
    'steuer',
    'iva',
    'impuesto',
    'impuestos',
    'tassa',
    'imposta',
    'btw',
    'belasting',
    // PS "Total Tax" in fr-FR
    'taxe totale',
  ],
  shipping: [
    'frais de port',
    // OC's default shipping method, whose title is the order total's
    'flat shipping rate',
    'livraison',
    'frais de livraison',
    'expedition',
    'port',
    'shipping',
    'shipping & handling',
    // BG invoice-pdf.shipping-handling ("Frais de port et de manutention") and its "(Excl. Tax)" form;
    // the "(Incl. Tax)" one printed beside it is ignored (the sum counts shipping before tax)
    'shipping handling',
    'shipping handling (excl. tax)',
    'frais de port et de manutention',
    'frais de port et de manutention (hors taxe)',
    'delivery',
    // SA invoice_summary_table.html "Delivery Cost"
    'delivery cost',
    'delivery costs',
    'freight',
    'versand',
    'versandkosten',
    'envio',
    'gastos de envio',
    'spedizione',
    'verzendkosten',
    'verzending',
    // TH Postage without tax ("Frais de port sans taxe"), Postage ("Frais de livraison TTC")
    'frais de port sans taxe',
    'postage without tax',
    'postage',
    'frais de livraison ttc',
  ],
  discount: [
    // GZ INVOICES_SELECT_DISCOUNT_VALUE ("Valeur de l'escompte")
    'discount value',
    "valeur de l'escompte",
    'remise',
    // TH Discount with tax ("Remise TTC"): printed as a positive figure
    'remise ttc',
    'discount with tax',
    'remise globale',
    'escompte',
    'rabais',
    'reduction',
    'discount',
    'rabatt',
    'nachlass',
    'descuento',
    'sconto',
    'korting',
  ],
  // IN credit / credit_note, DO CreditNote: a credit applied to the invoice.
  credit: [
    'avoir',
    'avoirs',
    'avoir applique',
    'credit',
    'credits',
    'credit applied',
    'credits applied',
    'credit note',
    'gutschrift',
    'nota de credito',
    'nota di credito',
    'creditnota',
    'creditfactuur',
  ],
  // IN ship_to / shipping_address, CR pdf_ship_to: the delivery address is not the buyer.
  shipTo: [
    'livrer a',
    // OC text_shipping_address
    "adresse d'expedition",
    'shipping address',
    'livraison a',
    'adresse de livraison',
    'expedier a',
    'envoyez a',
    'lieu de livraison',
    'ship to',
    'shipping address',
    'deliver to',
    'delivery address',
    'liefern an',
    'lieferadresse',
    'lieferanschrift',
    'envie a',
    'enviar a',
    'direccion de envio',
    'spedire a',
    'invia a',
    'indirizzo di spedizione',
    'verzend naar',
    'leveringsadres',
    'afleveradres',
    // LS "Ship To" ("Envoyer à")
    'envoyer a',
  ],
  // DO BillFrom ("Émetteur"), KI invoice.from ("De"), IN from.
  seller: [
    // GZ VIEW.FROM | titlecase ("Depuis") over the organization's name
    'depuis',
    'emetteur',
    // OC text_store: the shop that sells, on the admin's printed invoice
    'store',
    'magasin',
    'de',
    'from',
    'fournisseur',
    'prestataire',
    'seller',
    'supplier',
    'sold by',
    'billed by',
    'invoice from',
    'von',
    'absender',
    'rechnungssteller',
    'lieferant',
    'emisor',
    'proveedor',
    'da',
    'fornitore',
    'van',
    'leverancier',
    // SI billerUc (its French "Vendeur" is LedgerSMB's salesperson: ignored below)
    'biller',
  ],
  // IN partial_due / partial_due_date: a deposit asked for now, not the balance or its date; quotes' validity.
  ignore: [
    'acompte a verser',
    // OC text_order_id: the order's id, shown beside the invoice number and in the title
    'order id',
    'id de commande',
    // BG invoice-pdf.order-id ("ID de la commande") beside the invoice's id
    'id de la commande',
    // BG invoice-pdf.subtotal-incl-tax / shipping-handling-incl-tax: printed beside their "(Excl. Tax)"
    // forms when prices show both; subtotal (excl.) + shipping (excl.) + tax − discount is the total
    'subtotal (incl. tax)',
    'sous-total (ttc)',
    'shipping handling (incl. tax)',
    'frais de port et de manutention (ttc)',
    'montant partiel du',
    'paiement partiel',
    'partial due',
    'partial due date',
    'anzahlung fallig',
    'teilzahlungsziel',
    'da versare (parziale)',
    'data di scadenza parziale',
    'fecha de vencimiento parcial',
    'gedeeltelijke vervaldatum',
    'voorschot',
    "valide jusqu'au",
    'valid until',
    'gultig bis',
    'valida hasta',
    'valido fino a',
    'geldig tot',
    "date d'expiration",
    'expiry date',
    'date de livraison',
    'delivery date',
    'lieferdatum',
    'date de paiement',
    'payment date',
    'zahlungsdatum',
    'date du paiement',
    'paid on',
    'paye le',
    'regle le',
    // LS the header of its invoice facts: "Order #" ("Commande #"), "Salesperson" ("Vendeur": the
    // salesperson, not the seller), "Shipping Point" ("Expéditeur"), "Ship via" ("Expédier via").
    'order',
    'order number',
    'commande',
    'salesperson',
    'vendeur',
    'shipping point',
    'expediteur',
    'ship via',
    'expedier via',
    // PS the order's reference and date beside the invoice's, in the summary row
    'order reference',
    'order date',
    'ref. de commande',
    'date de commande',
    // SC LBL_PREPARED_BY: the CRM user who last edited the invoice, neither the seller nor the buyer
    'prepared by',
    'prepare par',
  ],
  status: [
    'statut',
    'etat',
    'status',
    'state',
    'estado',
    'stato',
    // FO "Invoice Status" ("État de la facture"), answered invoice.status|capitalize ("Paid", "Unpaid")
    'invoice status',
    'etat de la facture',
    'statut de la facture',
  ],
  terms: [
    'conditions de paiement',
    'conditions de reglement',
    'modalites de paiement',
    'delai de paiement',
    'payment terms',
    // LA invoice.payment_term ("Payment term" / "Délai de paiement")
    'payment term',
    'terms',
    // PQ colPaymentDelay ("délai de paiement" above)
    'payment deadline',
    'zahlungsbedingungen',
    'condiciones de pago',
    'termini di pagamento',
    'betalingsvoorwaarden',
  ],
};

export type StatusWord = 'paid' | 'overdue' | 'open' | 'draft' | 'cancelled' | 'partially-paid';

export const STATUS_WORDS: Record<StatusWord, string[]> = {
  paid: [
    'payee',
    'paye',
    'reglee',
    'regle',
    'acquittee',
    'soldee',
    'paid',
    'paid in full',
    'reversed',
    'extournee',
    'bezahlt',
    'pagada',
    'pagata',
    'betaald',
    'encaissee',
  ],
  overdue: [
    'en retard',
    'echue',
    'impayee',
    'impaye',
    'retard',
    'overdue',
    'past due',
    'late',
    'uberfallig',
    'vencida',
    'scaduta',
    'achterstallig',
    'paymentpastdue',
    // SW get_status.upcase ("PAST_DUE"), db/fixtures/print_default.html.erb
    'past_due',
  ],
  open: [
    'envoyee',
    'envoye',
    'a payer',
    'en attente',
    'en attente de paiement',
    'non payee',
    'non paye',
    'unpaid',
    'waiting for payment',
    'processing payment',
    'paiement en cours',
    'validee',
    'vue',
    'sent',
    'open',
    'outstanding',
    'pending',
    'awaiting payment',
    'viewed',
    'due',
    'offen',
    'pendiente',
    'aperta',
    'openstaand',
    'paymentdue',
  ],
  draft: ['brouillon', 'draft', 'entwurf', 'borrador', 'bozza', 'concept'],
  cancelled: [
    'annulee',
    'annule',
    'abandonnee',
    'cancelled',
    'canceled',
    'void',
    'voided',
    'storniert',
    'anulada',
    'annullata',
    'geannuleerd',
  ],
  'partially-paid': [
    'partial/deposit',
    'acompte',
    'payee partiellement',
    'commencee',
    'partiellement payee',
    'partiellement reglee',
    'paiement partiel',
    'partially paid',
    'partial',
    'partial payment',
    'teilweise bezahlt',
    'parcialmente pagada',
    'parzialmente pagata',
    'gedeeltelijk betaald',
  ],
};

export function normalize(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u00a0\u202f\u2009\s]+/g, ' ')
      .replace(/[’‘]/g, "'")
      // "Facture n&deg;", "T&eacute;l.": a label encoded twice shows its entity as text (Simple
      // Invoices runs its lang file's "n&deg;" through htmlentities()).
      .replace(/&(deg|[a-z](?:acute|grave|circ|uml|cedil));/g, (_, e: string) =>
        e === 'deg' ? '°' : e[0]!,
      )
      // "Nº de facture" (Lago's fr.yml, French typography): the ordinal indicator for the degree sign.
      .replace(/º/g, '°')
      .replace(/\s*[:：,]\s*$/, '')
      .trim()
  );
}

const byLabel = new Map<string, LabelField>();
for (const [field, words] of Object.entries(LABELS) as [LabelField, string[]][])
  for (const w of words) if (!byLabel.has(normalize(w))) byLabel.set(normalize(w), field);

/**
 * Labels whose accent alone tells them from a common word: "Dû" (the amount owed, Simple
 * Invoices' fr_FR owingUc) is not "du" ("Du 01/11 au 30/11"), so it is matched before accents go.
 */
const ACCENTED: Record<string, LabelField> = { dû: 'amountDue', 'd&ucirc;': 'amountDue' };

/**
 * Labels of an order's id (OC text_order_id "Order ID" / "ID de commande"): a number they give is
 * the order's, so the same number elsewhere ("Invoice #1042" in OpenCart's title) is not surely
 * the invoice number.
 */
export const ORDER_ID_LABEL =
  /^(?:order\s+(?:id|no\.?|number|#)|id\s+de\s+commande|n[°o]\s*de\s+commande|num[ée]ro\s+de\s+commande|commande\s+n[°o])\s*[:：]?$/i;

/**
 * Due-date labels that name the due date only in some apps: IDURAR's invoice says "Expired Date" /
 * "Date d'expiration" (ID) where a quote or a card says when it stops being valid. A date they give
 * is the due date to confirm, never a trusted one.
 */
const DUE_DATE_TO_CONFIRM = new Set(
  ['expired date', 'expire date', 'expiry date', 'expiration date', "date d'expiration"].map(
    normalize,
  ),
);

/** Whether a due-date label only suggests the due date (see DUE_DATE_TO_CONFIRM). */
export function isDueDateToConfirm(label: string): boolean {
  return DUE_DATE_TO_CONFIRM.has(normalize(label).replace(/[\s:#]+$/, ''));
}

/** Field a label text names exactly ("Date d'échéance :" → dueDate). */
export function labelField(text: string): LabelField | null {
  if (text.length > 60) return null;
  const accented =
    ACCENTED[
      text
        .trim()
        .toLowerCase()
        .replace(/\s*[:：]?[\s\u00a0]*$/, '')
    ];
  if (accented) return accented;
  const bare = normalize(text).replace(/\s*[#(]?\s*$/, '');
  // "Total (HT)" (PrestaShop's fr-FR "Total (Tax excl.)"), "Total (excl. VAT)", "Montant total (net)"
  // (Shopware's fr-FR document.lineItems.totalNet, SwagLanguagePack @ 1711b01c): the total before tax,
  // never the total due. The bracket is the label's, not a currency's.
  const beforeTax =
    /^(?:(?:montant\s+)?total|montant|sous-total|subtotal|(?:total\s+)?amount)\s*\((?:ht|hors taxes?|tax excl\.?|excl\.? (?:tax|vat)|net|netto)\)$/.exec(
      bare,
    );
  if (beforeTax) return 'subtotal';
  const n = bare.replace(/\s*\((?:ttc|ht|€|\$|£|[a-z]{3})\)\s*$/, '');
  return (
    // A label listed with its bracket first: Bagisto's "Sous-total (TTC)" beside "Sous-total (Hors taxe)".
    (n !== bare ? byLabel.get(bare) : undefined) ??
    byLabel.get(n) ??
    byLabel.get(n.replace(/\s*(n°|no\.?|#)$/, '')) ??
    // A leading article is not part of the label: Open Source Billing's config/locales/fr.yml
    // (views.invoices.amount_paid) says "Le Montant Payé" for the amount paid.
    byLabel.get(n.replace(/^(?:(?:le|la|les|the)\s+|l')(?=\p{L})/u, '')) ??
    // "Discount: (10%)": Invoicerr writes its label (which ends with ":") before the rate.
    rateLabel(n.replace(/\s*[:：]\s*(?=\(?\s*\d+(?:[.,]\d+)?\s*%)/, ' '))
  );
}

const TAX_WORD =
  /\b(?:tax|taxe|taxes|vat|tva|gst|hst|pst|qst|mwst|ust|iva|igic|btw|impuesto|imposta|steuer|umsatzsteuer)\b/;
const NOT_TAX =
  /total|incl|excl|hors|\bht\b|ttc|sub|before|after|number|\bid\b|\bno\b|n°|numero|code|exempt|non|applicable|intra|regime|reverse|autoliquidation|base/;

/**
 * A tax or discount line named by the user, with its rate: "Sales Tax (7.25%)", "TVA 20 %",
 * "Tax (NC 1.2%)", "Remise (10 %)". Only taxes and discounts carry rates in totals blocks.
 */
function rateLabel(label: string): LabelField | null {
  // Shopware's fr-FR document.lineItems.tax "Taux de TVA %taxRate% en sus :" (SwagLanguagePack @ 1711b01c,
  // src/Resources/snippet/core/messages.fr-FR.base.json): the rate printed without its "%".
  if (/^(?:taux\s+de\s+)?tva\s+\d+(?:[.,]\d+)?\s*%?\s+en\s+sus$/.test(label)) return 'tax';
  // "TVA 20 % sur 1 000,00 €", "19 % USt auf 1.000,00 €", "VAT 20% on £1,000.00": the base named in a tax line is not its value.
  const n = label.replace(
    /\s+(?:sur|on|of|von|auf|su|sobre|op|base|basis)\s+[€$£]?\s*\d[\d\s.,'\u00a0\u202f]*\s*(?:€|\$|£|eur|usd|gbp|chf)?\s*(?:ht|netto|net)?\)?$/,
    '',
  );
  if (n !== label && !/%/.test(n)) return null;
  // LS "<tax account>on <base> @ <rate> %" ("Ohio Sales Taxon 1,167.00 @ 7.25 %": the template glues "on"
  // to the account's name): a tax line of the totals, whatever the account is called.
  const at =
    /^(\p{L}[\p{L}\s.'%\d-]{1,40}?)\s*(?:on|sur)\s+\d[\d\s.,'\u00a0\u202f]*\s*@\s*\d+(?:[.,]\d+)?\s*%$/u.exec(
      label,
    );
  if (at) return 'tax';
  const bare = n
    .replace(/\s*[(@]?\s*(?:\ba\s+)?\d+(?:[.,]\d+)?\s*%\s*\)?/g, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!bare || bare.length > 30 || /\d/.test(bare)) return null;
  const field = byLabel.get(bare);
  if (field === 'tax' || field === 'discount') return field;
  if (bare !== n && field === undefined && TAX_WORD.test(bare) && !NOT_TAX.test(bare)) return 'tax';
  if (/\b(?:state|sales|city|county|local|provincial|federal)\s+tax$/.test(bare)) return 'tax';
  return null;
}

/** "Payment: Credit Card", "Paiement du 12/03/2026", "Zahlung vom …": one payment of the totals block. */
export const PAYMENT_LINE =
  /^(?:pay[ée]e?s?\s+le\s+\d|paid\s+on\s+\S|bezahlt\s+am\s+\d|pagado\s+el\s+\d|pagato\s+il\s+\d|betaald\s+op\s+\d)|^(?:payments?|paiements?|r[èe]glements?|versements?|zahlung(?:en)?|pagos?|pagamento|betaling)\b(?!\s*(?:terms?|due|method|means|mode|conditions?|instructions?|details?|info|link|reference|r[ée]f|date|d[ée]lai|par|by|via|to|à|a\b|de\s+facture|sur|options?|schedule|plan|bedingungen|ziel|frist|termin|condiciones|termini|voorwaarden))/i;
/**
 * A means of payment alone as a totals row's label ("Credit Card", "Espèce", "Chèque"): OS POS
 * (OP) prints each payment of a sale so, its amount negated (app/Views/sales/invoice.php; the
 * names are Sales.cash / check / credit / debit / giftcard of app/Language/{en,fr}/Sales.php).
 * Read as a payment only with a negative amount (a deduction); never the "Due" type, which is debt.
 */
export const PAYMENT_MEANS =
  /^(?:cash|check|cheque|credit\s+card|debit\s+card|gift\s+card|bank\s+card|card|esp[èe]ces?|ch[èe]que|carte\s+(?:de\s+cr[ée]dit|de\s+d[ée]bit|bancaire|cadeau|bleue)|cb|virement(?:\s+bancaire)?)$/i;
/**
 * The change handed back on a cash sale, a till's receipt line after the payments: OS POS's
 * Sales.change_due "Change Due" / "Monnaie Rendue" (app/Language/{en,fr}/Sales.php @ 9ee530e4),
 * "Change", "Rendu", "Rückgeld", "Cambio", "Resto", "Wisselgeld". The payments less it are what was paid.
 */
export const CHANGE_LABEL =
  /^(?:change(?:\s+due|\s+given)?|monnaie(?:\s+rendue)?|rendu(?:\s+monnaie)?|r[üu]ckgeld|cambio|resto|wisselgeld)$/i;
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

/**
 * A label run into its value without a colon ("Total TTC 1 260,00 €", "Due Date 11/04/2026",
 * "Invoice INV-0042"): the longest leading words that are a label, when what follows starts
 * like a value (a digit, a currency sign, a minus or "#"). Names are left to labelled blocks.
 */
export function leadingLabel(
  text: string,
): { field: LabelField; value: string; label: string } | null {
  if (text.length > 80 || !/\d/.test(text) || !/^\p{L}/u.test(text) || /[:：]/.test(text))
    return null;
  const words = text.split(' ');
  for (let k = Math.min(words.length - 1, 6); k >= 1; k--) {
    const label = words.slice(0, k).join(' ');
    const field = labelField(label);
    if (!field) continue;
    let value = words.slice(k).join(' ');
    if (field === 'buyer' || field === 'seller' || field === 'shipTo' || field === 'ignore')
      return null;
    // A date in a sentence: Lago's "Due Dec 15, 2026", "Date d'échéance le 3 déc. 2026".
    if (field === 'dueDate' || field === 'issueDate') {
      value = value.replace(/^(?:le|on|the|am|el|il|op)\s+/i, '');
      if (/^\p{L}{3,10}\.?\s+\d{1,2}\b/u.test(value)) return { field, value, label };
    }
    // "FA-2026-7", "F2026-118", "F-2026-09" (Anuko's "Facture F-2026-09"): letters then digits.
    // "INV#1042" (Kill Bill's "Invoice INV#1042"). "n°000000031": Magento's fr_FR "Invoice #"
    // is "Facture n°", glued to the number.
    if (!/^[\d€$£¥#−-]|^[A-Z]{1,4}[-_/#]?\d|^[nN][°º]\s*\d/.test(value)) continue;
    return { field, value, label };
  }
  return null;
}

/**
 * A buyer label and the buyer's name in one text: BambooInvoice's "<h3>Bill to Tallgrass Bakery Co.</h3>".
 * Only labels of several words ("bill to", "facturé à", "invoice to"): "To be paid…" or "Client
 * address" are not a label and a name.
 */
export function leadingBuyer(text: string): { label: string; name: string } | null {
  if (text.length > 100 || /[:：]/.test(text)) return null;
  const words = text.split(' ');
  for (let k = Math.min(words.length - 1, 4); k >= 2; k--) {
    const label = words.slice(0, k).join(' ');
    if (labelField(label) !== 'buyer') continue;
    const name = words.slice(k).join(' ');
    if (!/^\p{Lu}/u.test(name) || labelField(name)) return null;
    return { label, name };
  }
  return null;
}

const statusByWord = new Map<string, StatusWord>();
for (const [status, words] of Object.entries(STATUS_WORDS) as [StatusWord, string[]][])
  for (const w of words) statusByWord.set(normalize(w), status);

const statusCache = new Map<string, StatusWord | null>();

/** A status as written ("Payée", "Overdue"); remembered, as a list repeats the same few on every row. */
export function statusWord(text: string): StatusWord | null {
  if (text.length > 40) return null;
  const hit = statusCache.get(text);
  if (hit !== undefined) return hit;
  if (statusCache.size > 2048) statusCache.clear();
  const out = statusByWord.get(normalize(text)) ?? null;
  statusCache.set(text, out);
  return out;
}

/** Column headers of invoice lists. */
export type ColumnField =
  'invoiceNumber' | 'buyer' | 'issueDate' | 'dueDate' | 'total' | 'amountDue' | 'paid' | 'status';

const COLUMNS: Record<ColumnField, string[]> = {
  invoiceNumber: [
    'n°',
    'no',
    'no.',
    '#',
    'numero',
    'number',
    'invoice',
    'invoice #',
    'invoice no',
    'invoice number',
    'facture',
    'n° facture',
    'numero de facture',
    'ref',
    'ref.',
    'reference',
    'rechnung',
    'rechnungsnummer',
    'nr',
    'factura',
    'fattura',
    'factuur',
    'factuurnummer',
    'document',
    'invoice id',
  ],
  buyer: [
    'client',
    'clients',
    'customer',
    'customer name',
    'client name',
    'company',
    'societe',
    'tiers',
    'kunde',
    'cliente',
    'klant',
    'contact',
    'name',
    'nom',
    'raison sociale',
    'bill to',
    'partner',
  ],
  issueDate: [
    'date',
    'date facture',
    'date facturation',
    'date de facture',
    'invoice date',
    'issued',
    'issue date',
    'date emission',
    "date d'emission",
    'rechnungsdatum',
    'datum',
    'fecha',
    'data',
    'factuurdatum',
    'created',
    'date de facturation',
  ],
  dueDate: [
    'echeance',
    "date d'echeance",
    'date echeance',
    'due',
    'due date',
    'due on',
    'payment due',
    'fallig',
    'falligkeit',
    'falligkeitsdatum',
    'vencimiento',
    'scadenza',
    'vervaldatum',
    'date limite',
    'date limite de reglement',
  ],
  total: [
    'total',
    'montant',
    'montant ttc',
    'total ttc',
    'amount',
    'total amount',
    'invoice total',
    'betrag',
    'gesamt',
    'brutto',
    'importe',
    'importo',
    'bedrag',
    'totaal',
    'total (ttc)',
    'total incl. tax',
    'total incl. vat',
  ],
  amountDue: [
    'reste a payer',
    'remainder to pay',
    'remaining unpaid',
    'reste du',
    'solde',
    'solde du',
    'montant du',
    'balance',
    'balance due',
    'amount due',
    'due amount',
    'outstanding',
    'open',
    'offen',
    'offener betrag',
    'pendiente',
    'saldo',
    'openstaand',
    'remaining',
    'a payer',
    'restant du',
    // SI owingUc, its invoice list's column too
    'owing',
  ],
  paid: [
    'paye',
    'regle',
    'deja regle',
    'already paid',
    'paid',
    'amount paid',
    'bezahlt',
    'pagado',
    'pagato',
    'betaald',
    'deja paye',
  ],
  status: ['statut', 'etat', 'status', 'state', 'estado', 'stato'],
};
const byColumn = new Map<string, ColumnField>();
for (const [field, words] of Object.entries(COLUMNS) as [ColumnField, string[]][])
  for (const w of words) byColumn.set(normalize(w), field);

export function columnField(header: string): ColumnField | null {
  const n = normalize(header)
    .replace(/\s*[↑↓▲▼⇅]\s*$/, '')
    .replace(/\s*\((?:ttc|ht|eur|€|\$|£|usd|gbp)\)\s*$/, '');
  if (n.length > 40) return null;
  return byColumn.get(n) ?? null;
}
