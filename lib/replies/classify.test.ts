import { describe, expect, it } from 'vitest';
import { classifyReply, type ReplyKind } from './classify';
import { latestMessage } from './latest-message';
import { findDate } from './relative-date';

// Replies written by us, in the ways clients answer a payment reminder (polite, curt,
// mixed with the quoted reminder, signatures, phone footers, French typed without accents).
// Sent on Monday 23 November 2026 unless said otherwise.
const MONDAY = '2026-11-23';

interface Case {
  text: string;
  sent?: string;
  subject?: string;
  kind: ReplyKind | null;
  date?: string;
  amount?: number;
  document?: string;
  quote?: string;
}

const cases: Case[] = [
  // Promises, with the date the words name.
  {
    text: 'Bonjour,\nDésolé pour le retard, je vous fais le virement vendredi.\nCordialement,\nMarc',
    kind: 'promise',
    date: '2026-11-27',
    quote: 'Désolé pour le retard, je vous fais le virement vendredi.',
  },
  {
    text: 'Bonjour Julie, le paiement sera effectué d’ici la fin du mois. Bonne journée',
    kind: 'promise',
    date: '2026-11-30',
  },
  { text: 'Je règle la facture le 15, promis.', kind: 'promise', date: '2026-12-15' },
  { text: 'On vous paye la semaine prochaine', kind: 'promise', date: '2026-12-04' },
  { text: 'desole, je fais le virement demain sans faute', kind: 'promise', date: '2026-11-24' },
  {
    text: 'Nous allons procéder au règlement de 600,00 € jeudi, le solde suivra en décembre.',
    kind: 'promise',
    date: '2026-11-26',
    amount: 60000,
  },
  {
    text: "Hi Julie,\n\nSorry about that! We'll pay by Friday.\n\nBest,\nTom\n\nSent from my iPhone",
    kind: 'promise',
    date: '2026-11-27',
  },
  { text: 'Payment will be processed next week.', kind: 'promise', date: '2026-12-04' },
  {
    text: 'We will transfer €1,200.00 on December 3rd.',
    kind: 'promise',
    date: '2026-12-03',
    amount: 120000,
  },
  { text: 'Wir werden die Rechnung bis Freitag überweisen.', kind: 'promise', date: '2026-11-27' },
  { text: 'Vamos a realizar la transferencia mañana.', kind: 'promise', date: '2026-11-24' },
  { text: 'Je m’en occupe.', kind: 'promise' },
  // Says it has paid: a payment to check.
  {
    text: 'Bonjour, le paiement a été effectué hier. Cordialement',
    kind: 'paid',
    date: '2026-11-22',
  },
  { text: 'virement effectue ce matin', kind: 'paid', date: MONDAY },
  {
    text: "J'ai fait le virement de 1 200,00 € vendredi dernier.",
    kind: 'paid',
    date: '2026-11-20',
    amount: 120000,
  },
  { text: 'Hi, we paid yesterday. Thanks', kind: 'paid', date: '2026-11-22' },
  { text: 'Payment has been sent.', kind: 'paid' },
  { text: 'Die Rechnung wurde bereits überwiesen.', kind: 'paid' },
  { text: 'Ya hemos pagado la factura.', kind: 'paid' },
  { text: 'Le virement part demain.', kind: 'promise', date: '2026-11-24' },
  {
    text: 'We are processing it, payment will go out on Friday.',
    kind: 'promise',
    date: '2026-11-27',
  },
  { text: 'Je vous règle ça cette semaine.', kind: 'promise', date: '2026-11-27' },
  {
    text: 'Bonjour, c’est noté, je fais le nécessaire lundi.',
    kind: 'promise',
    date: '2026-11-30',
  },
  {
    text: 'Paiement effectué le 20/11, vous devriez le recevoir sous 48h.',
    kind: 'paid',
    date: '2026-11-20',
  },
  { text: 'I sent the payment this morning.', kind: 'paid', date: MONDAY },
  {
    text: "Can you resend the invoice? We can't find it.",
    kind: 'document',
    document: 'invoice-copy',
  },
  {
    text: 'bonjour je ne trouve pas votre rib pouvez vous me le renvoyer merci',
    kind: 'document',
    document: 'bank-details',
  },
  // Not yet paid is not paid.
  {
    text: "Je n'ai pas encore fait le virement, je le fais demain.",
    kind: 'promise',
    date: '2026-11-24',
  },
  // Disputes, with the reason quoted.
  {
    text: 'Bonjour,\nLa facture ne correspond pas au devis signé : 12 jours au lieu de 10.\nMerci de corriger.',
    kind: 'dispute',
    quote: 'La facture ne correspond pas au devis signé : 12 jours au lieu de 10.',
  },
  { text: 'Nous contestons cette facture, le travail n’est pas terminé.', kind: 'dispute' },
  { text: "The invoice doesn't match the PO we agreed on.", kind: 'dispute' },
  { text: 'We never received the goods.', kind: 'dispute' },
  { text: 'Nous attendons un avoir pour les heures non réalisées.', kind: 'dispute' },
  // Asks for a document.
  {
    text: 'Pourriez-vous me renvoyer la facture ? Je ne la retrouve pas.',
    kind: 'document',
    document: 'invoice-copy',
  },
  { text: 'Je n’ai pas reçu la facture.', kind: 'document', document: 'invoice-copy' },
  { text: 'Pouvez-vous nous transmettre votre RIB ?', kind: 'document', document: 'bank-details' },
  {
    text: 'Could you send me a copy of the invoice please?',
    kind: 'document',
    document: 'invoice-copy',
  },
  {
    text: 'We need a PO number on the invoice before we can pay.',
    kind: 'document',
    document: 'purchase-order',
  },
  // Out of office, with the return date.
  {
    subject: 'Réponse automatique : Relance facture F-2026-031',
    text: 'Bonjour, je suis absente du bureau jusqu’au 3 décembre. Pour toute urgence, contactez compta@martin.fr.',
    kind: 'out-of-office',
    date: '2026-12-03',
  },
  {
    subject: 'Automatic reply: Invoice INV-0042',
    text: 'I am out of the office until Monday 30 November with limited access to email.',
    kind: 'out-of-office',
    date: '2026-11-30',
  },
  {
    text: 'Je suis en congés, de retour le 7 décembre.',
    kind: 'out-of-office',
    date: '2026-12-07',
  },
  // Nothing to log.
  { text: 'Merci pour votre message, bonne journée.', kind: null },
  { text: 'Thanks, noted.', kind: null },
  { text: 'Voici notre bon de commande pour la suite du projet.', kind: null },
];

describe('classifyReply', () => {
  it.each(cases)('$text → $kind', (c) => {
    const r = classifyReply({ text: c.text, sent: c.sent ?? MONDAY, subject: c.subject });
    const first = r.findings[0] ?? null;
    expect(first?.kind ?? null).toBe(c.kind);
    if (!first) return;
    expect(first.date).toBe(c.date);
    if (c.amount !== undefined) expect(first.amount?.minor).toBe(c.amount);
    if (c.document) expect(first.document).toBe(c.document);
    if (c.quote) expect(first.sentence).toBe(c.quote);
    // The quote is always the client's own words, taken from the message.
    expect(c.text).toContain(first.sentence);
  });

  it('reads the latest message only: the quoted reminder below does not count', () => {
    const text = [
      'Le virement est parti ce matin.',
      '',
      'Envoyé de mon iPhone',
      '',
      'Le lun. 16 nov. 2026 à 09:12, Julie Moreau <julie@atelier-moreau.fr> a écrit :',
      '> Bonjour, sauf erreur de notre part la facture F-2026-031 reste impayée.',
      '> Nous contestons rien, merci de régler avant le 20.',
    ].join('\n');
    const r = classifyReply({ text, sent: MONDAY });
    expect(r.findings.map((f) => f.kind)).toEqual(['paid']);
    expect(r.findings[0]!.date).toBe(MONDAY);
    expect(r.message).toBe('Le virement est parti ce matin.');
  });

  it('an automatic answer is only an out-of-office, whatever its boilerplate says', () => {
    const r = classifyReply({
      text: "Merci pour votre message. Je suis absent jusqu'au 4 janvier. Les paiements seront traités à mon retour.",
      sent: '2026-12-21',
      automatic: true,
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ kind: 'out-of-office', date: '2027-01-04' });
  });

  it('a reply that says two things gives both, the dispute first', () => {
    const r = classifyReply({
      text: 'Nous avons réglé la facture F-12. Par contre la F-13 ne correspond pas à la commande.',
      sent: MONDAY,
    });
    expect(r.findings.map((f) => f.kind)).toEqual(['dispute', 'paid']);
  });

  it('guesses the language of the reply', () => {
    expect(
      classifyReply({ text: 'Hi, we will pay the invoice next week, thanks', sent: MONDAY }).lang,
    ).toBe('en');
    expect(
      classifyReply({ text: 'Bonjour, je fais le virement vendredi', sent: MONDAY }).lang,
    ).toBe('fr');
  });
});

describe('findDate', () => {
  it.each([
    ['vendredi', MONDAY, '2026-11-27'],
    ['vendredi', '2026-11-27', '2026-12-04'],
    ['ce vendredi', '2026-11-27', '2026-11-27'],
    ['le 15', MONDAY, '2026-12-15'],
    ['le 30', MONDAY, '2026-11-30'],
    ['fin du mois', MONDAY, '2026-11-30'],
    ['fin du mois prochain', MONDAY, '2026-12-31'],
    ['next week', MONDAY, '2026-12-04'],
    ['dans 10 jours', MONDAY, '2026-12-03'],
    ['sous 48h', MONDAY, '2026-11-25'],
    ['le 3 janvier', '2026-12-21', '2027-01-03'],
    ['15/12', MONDAY, '2026-12-15'],
    ['04.12.2026', MONDAY, '2026-12-04'],
  ])('%s from %s → %s', (words, sent, expected) => {
    expect(findDate(words, sent)?.date).toBe(expected);
  });

  it('looks back for a payment: "vendredi dernier", "hier"', () => {
    expect(findDate('vendredi dernier', MONDAY, true)?.date).toBe('2026-11-20');
    expect(findDate('hier', MONDAY, true)?.date).toBe('2026-11-22');
    expect(findDate('last friday', MONDAY, true)?.date).toBe('2026-11-20');
  });
});

describe('latestMessage', () => {
  it('drops an Outlook header block and what follows', () => {
    const text =
      'Paid today.\n\nFrom: Julie Moreau <julie@x.fr>\nSent: Monday\nSubject: Invoice\n\nPlease pay.';
    expect(latestMessage(text)).toBe('Paid today.');
  });
  it('drops the signature after "-- "', () => {
    expect(latestMessage('Je paie demain.\n-- \nMarc Durand\nDirecteur')).toBe('Je paie demain.');
  });
});
