/**
 * The words clients use in a reply to a payment reminder, as rules we wrote and test
 * (lib/replies/classify.test.ts), in French and English, with German and Spanish.
 * Every pattern runs on normalised text: lower case, accents removed, ’ written '.
 */
export type ReplyLang = 'fr' | 'en' | 'de' | 'es';

/** Someone says it is not so: "pas encore", "not yet", "nicht", "todavía no". */
export const NEGATION =
  /\b(ne|n'|pas|jamais|aucun|not|n't|never|haven't|hasn't|yet to|nicht|noch nicht|kein|keine|todavia no|aun no|no hemos|no he)\b|n't\b/;

/** The talk is about money changing hands. */
export const ABOUT_PAYMENT =
  /\b(virement|virer|vire|paiement|payer|paye|paie|payons|payerons|paierons|reglement|regler|regle|reglons|reglerons|cheque|solde|verser|versement|facture|pay|paid|paying|payment|transfer|wire|wired|settle|settled|remit|cheque|check|invoice|bezahl\w*|uberw\w*|ueberw\w*|zahlung|beglich\w*|begleich\w*|rechnung|pag\w+|transferencia|factura|abono)\b/;

/** Already done: "le virement a été effectué", "I've paid", "wurde überwiesen", "ya hemos pagado". */
export const PAID: RegExp[] = [
  /\b(a|ont) ete (effectue|fait|envoye|emis|passe|realise|execute|vire|regle|paye|expedie|poste|lance|valide)e?s?\b/,
  /\b(j'ai|nous avons|on a|avons|ai) (bien |deja )?(fait|effectue|envoye|emis|passe|realise|vire|regle|paye|procede au|lance|poste|expedie|valide)\b/,
  /\b(virement|paiement|reglement|cheque|versement)s? (est |sont |a ete |ont ete )?(bien |deja )?(effectue|envoye|emis|fait|passe|realise|parti|poste|expedie|execute|valide)e?s?\b/,
  /\b(c'est|facture|factures|tout est|la facture est|elle est) (bien |deja )?(regle|reglee|paye|payee|solde|soldee)s?\b/,
  /\b(deja|bien) (regle|paye|vire|verse)e?s?\b/,
  /\b(i|we) ('ve |have |had )?(already |just )?(paid|sent|made|transferred|wired|settled|remitted|processed)\b/,
  /\b(has|have) (already |just )?been (paid|sent|made|processed|transferred|wired|settled|remitted|issued)\b/,
  /\b(was|were) (paid|sent|made|processed|transferred|wired|settled|remitted)\b/,
  /\b(payment|transfer|wire|check|cheque) (sent|made|done|processed|completed|issued)\b/,
  /\b(already paid|paid (it |this |the invoice |in full )?(yesterday|today|this morning|last|on|earlier))\b/,
  /\b(habe|haben|hatten) .{0,40}(bezahlt|uberwiesen|ueberwiesen|beglichen|angewiesen)\b/,
  /\b(wurde|wurden|ist|sind) .{0,30}(bezahlt|uberwiesen|ueberwiesen|beglichen|angewiesen)\b/,
  /\b(he|hemos|ha|han) (realizado|hecho|enviado|transferido|pagado|abonado|efectuado)\b/,
  /\b(ya (esta|estan) (pagad|abonad)[ao]s?|(pago|transferencia) (realizad|enviad|hech|efectuad)[ao])\b/,
];

/** To be done: "je vous fais le virement vendredi", "we'll pay by Friday", "wir überweisen". */
export const PROMISE: RegExp[] = [
  /\b(je|nous|on) (vais|allons|va|vous ferai|ferai|ferons|enverrai|enverrons|reglerai|reglerons|paierai|paierons|payerai|payerons|effectuerai|effectuerons|procederai|procederons)\b/,
  /\b(je|nous|on) (vous )?(fais|faisons|fait|envoie|envoyons|regle|reglons|paie|paye|payons|vire|virons|lance|lancons|passe|passons|verse|versons) (le |un |la |les )?(virement|paiement|reglement|cheque|versement|facture|solde|necessaire)/,
  /\b(je|nous|on) (vous )?(le |la |les |l')?(paie|paye|payons|regle|reglons|vire|virons|verse|versons|fais|faisons|envoie|envoyons)\b.*\b(demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|semaine|mois|le \d|d'ici|avant|des|sous|dans|aujourd'hui|ce soir)/,
  /\b(sera|seront|va etre|vont etre) (effectue|fait|envoye|emis|vire|regle|paye|realise|passe|execute|lance|verse|credite)e?s?\b/,
  /\b(virement|paiement|reglement|cheque|versement|payment|transfer|check|cheque)s? (part|partira|arrive|arrivera|will go out|will leave|will arrive|will reach you|goes out|is going out)\b/,
  /\b(serez|sera) (paye|regle|credite|payee|reglee)s?\b/,
  /\b(interviendra|partira|arrivera|est prevu|est programme|mise en paiement|mis en paiement|en cours de (paiement|validation|traitement))\b/,
  /\b(je m'en occupe|nous nous en occupons|on s'en occupe|je fais le necessaire|nous faisons le necessaire)\b/,
  /\b(i|we)('ll| will| shall| are going to| am going to| can) (pay|send|transfer|wire|settle|process|make|arrange|remit|release|get)\b/,
  /\b(will|should) be (paid|sent|made|processed|transferred|settled|wired|released|issued)\b/,
  /\b(payment|transfer) (is |has been )?(scheduled|planned|queued|on its way)\b/,
  /\b(you('ll| will) (be paid|receive (the |your )?(payment|funds|transfer)))\b/,
  /\b(werden|wird|werde)\b.{0,50}\b(bezahlen|uberweisen|ueberweisen|begleichen|bezahlt|uberwiesen|ueberwiesen|beglichen|anweisen)\b/,
  /\b(uberweisen|ueberweisen|bezahlen|begleichen) (wir|ich)\b/,
  /\b(vamos a|voy a|va a|van a) (pagar|realizar|hacer|transferir|abonar|enviar)\b/,
  /\b(pagaremos|pagare|transferiremos|realizaremos|abonaremos|haremos)\b|\bse (hara|realizara|pagara|abonara)\b/,
];

/** A disagreement about the invoice itself; the sentence is the reason. */
export const DISPUTE: RegExp[] = [
  /\b(ne|n')\s*(correspond|concorde|colle)\w* pas\b/,
  /\b(conteste|contestons|contester|contestation|litige|reclamation|desaccord|pas d'accord)\b/,
  /\b(erreur|erreurs) (sur|dans|de) (la |votre |cette |le |notre )?(facture|montant|tarif|prix|quantite|calcul)/,
  /\b(montant|facture|prix|tarif|total)s? (est |me semble |nous semble |parait |semble )?(incorrect|errone|faux|excessif|trop eleve)e?s?\b/,
  /\b(jamais|pas) (recu|eu|ete livre)e?s? (la |le |les |votre |vos )?(marchandise|livraison|commande|prestation|colis|travail|produit|livrable|materiel)s?\b/,
  /\b(n'est|ne sont|n'a|n'ont) (toujours )?(pas|jamais) (ete )?(termine|fini|livre|conforme|realise|fonctionnel|installe)e?s?\b/,
  /\b(pas conforme|non conforme|insatisfait|pas satisfait|mecontent|refusons de payer|ne paierons pas|ne payerons pas|refuse de payer)\b/,
  /\b(demandons|attendons|souhaitons|exigeons) un avoir\b/,
  /\b(doesn't|does not|don't|do not) (match|correspond|reflect|agree with)\b/,
  /\b(dispute|disputing|disputed|complaint|overcharg\w*|dissatisfied|unhappy)\b/,
  /\b(incorrect|wrong) (amount|price|rate|invoice|total|quantity|hours)\b|\binvoice (is|seems|looks) (incorrect|wrong)\b/,
  /\b(never|not|haven't|have not) (yet )?(received|been delivered|got) (the |our |any )?(goods|order|delivery|work|items|product|service|deliverables?)\b/,
  /\bnot (what we|as) (ordered|agreed|quoted)\b|\b(don't|do not) agree\b|\b(refuse to|won't|will not) pay\b/,
  /\b(error|mistake) (in|on) (the |your |this )?invoice\b|\bcredit note\b/,
  /\b(the )?work (is|was|has) (not|never|still not) (been )?(finished|done|completed|delivered)\b/,
  /\b(stimmt nicht|reklamation|reklamieren|fehlerhaft|nicht einverstanden|gutschrift|widersprechen|widerspruch)\b/,
  /\b(nicht|nie) (erhalten|geliefert)\b/,
  /\b(no corresponde|reclamacion|error en la factura|no hemos recibido|no estamos de acuerdo|nota de credito|incorrect[ao]s?)\b/,
];

/** A request for a document before paying. */
export const DOCUMENT: [RegExp, 'invoice-copy' | 'bank-details' | 'purchase-order'][] = [
  [/\b(copie|duplicata|double) (de |d'une )?(la |cette |votre |une )?facture\b/, 'invoice-copy'],
  [
    /\b(renvoyer|envoyer|transmettre|faire parvenir|adresser|renvoyez|envoyez|transmettez|renvoyer)(-moi|-nous| moi| nous)? (a nouveau |de nouveau )?(la |une |votre |cette )?facture\b/,
    'invoice-copy',
  ],
  [/\b(pas|jamais) (recu|trouve|eu) (la |votre |cette |de )?facture\b/, 'invoice-copy'],
  [
    /\b(copy of (the |your |this )?invoice|(resend|re-send|send)( me| us)?( again| over)? (the |a |your |this )?invoice|(didn't|did not|never|haven't|have not) (receive|received|get|got) (the |your |this |an )?invoice)\b/,
    'invoice-copy',
  ],
  [
    /\b(rechnungskopie|kopie der rechnung|rechnung (erneut|nochmals|noch einmal) (senden|schicken)|copia de la factura|reenviar la factura)\b/,
    'invoice-copy',
  ],
  [
    /\b(rib|iban|coordonnees bancaires|releve d'identite bancaire|bank details|banking details|account details|bankverbindung|bankdaten|datos bancarios|cuenta bancaria)\b/,
    'bank-details',
  ],
  [
    /\b(bon de commande|numero de commande|n° de commande|numero de bc|purchase order|po number|po #|bestellnummer|bestellschein|numero de pedido|orden de compra)\b/,
    'purchase-order',
  ],
];

/** The words of a request: a document named in "voici notre bon de commande" is not asked for. */
export const REQUEST =
  /\?|\b(pouvez|pourriez|pourrais|voudriez|merci de|svp|s'il vous plait|besoin|il nous faut|il me faut|auriez|could|can you|would you|please|need|require|bitte|konnen sie|koennen sie|brauchen|podria|puede|necesit\w*|por favor)\b|\b(pas|jamais|never|not|didn't|haven't) (recu|trouve|eu|receive|received|get|got)\b/;

/** An automatic answer, by its subject or its standard wording. */
export const AUTO_REPLY_STRONG =
  /\b(reponse automatique|message automatique|absence du bureau|absent du bureau|absente du bureau|hors du bureau|out of (the )?office|automatic reply|auto-?reply|autoreply|abwesenheitsnotiz|automatische antwort|respuesta automatica|fuera de la oficina)\b/;

/** Someone away, who says when they come back. */
export const AWAY =
  /\b(absente?|en conges?|en vacances|en deplacement|de retour|je serai de retour|je reviendrai|away|on leave|on holiday|on vacation|back (on|in the office)|return(ing)? (on|to the office)|abwesend|im urlaub|wieder (im buro|erreichbar|da)|de vacaciones|estare de vuelta|regresare|volvere)\b/;

/** Where the return date is: "jusqu'au 3", "de retour le 7", "back on Monday", "until 3 December". */
export const RETURN_CUE =
  /\b(jusqu'au|jusqu'a|retour|reviendrai|until|till|back|returning|return|bis (zum|einschliesslich)?|wieder|hasta el|vuelta|regresare|volvere)\b/;

const STOPWORDS: Record<ReplyLang, RegExp> = {
  fr: /\b(le|la|les|je|nous|vous|est|pour|pas|une|des|bonjour|merci|facture|virement|cordialement)\b/g,
  en: /\b(the|we|you|is|for|not|will|and|hi|hello|thanks|invoice|payment|regards)\b/g,
  de: /\b(die|der|und|wir|sie|ist|nicht|das|ich|rechnung|hallo|danke|gruss|gruessen|grussen)\b/g,
  es: /\b(el|los|que|y|es|por|una|hola|gracias|factura|pago|saludos|hemos)\b/g,
};

export function guessLanguage(normalised: string): ReplyLang {
  let best: ReplyLang = 'fr';
  let bestCount = -1;
  for (const lang of Object.keys(STOPWORDS) as ReplyLang[]) {
    const count = normalised.match(STOPWORDS[lang])?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/** Lower case, no accents, one kind of apostrophe, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();
}
