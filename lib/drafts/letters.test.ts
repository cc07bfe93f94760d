import { describe, expect, it } from 'vitest';
import type { AmountLine, CoveredInvoice } from '../escalation/plan';
import { JURISDICTIONS } from '../escalation/jurisdictions';
import type { Sender } from '../model/sender';
import { DRAFT_KINDS } from './kinds';
import { dateList, renderDraft, type DraftContext } from './render';

/** Letter texts: the right law for the right client, the notice's facts, French typography. */
const periods = [
  {
    from: '2026-10-11',
    to: '2026-11-23',
    days: 44,
    principal: 480_000,
    ratePercent: '12.40',
    interest: 7175,
  },
];
const inv = (over: Partial<CoveredInvoice> = {}): CoveredInvoice => ({
  invoiceId: 'i1',
  number: 'F-2026-040',
  issueDate: '2026-09-10',
  dueDate: '2026-10-10',
  daysLate: 44,
  currency: 'EUR',
  total: 480_000,
  paid: 0,
  amountDue: 480_000,
  interest: 7175,
  fixedFee: 4000,
  uncertainDueDate: false,
  periods,
  interestUntil: '2026-11-23',
  ...over,
});
const amounts = (list: CoveredInvoice[]): AmountLine[] => {
  const interest = list.some((i) => i.interest === null)
    ? null
    : list.reduce((s, i) => s + i.interest!, 0);
  const principal = list.reduce((s, i) => s + i.amountDue, 0);
  const fees = list.reduce((s, i) => s + i.fixedFee, 0);
  return [
    {
      currency: list[0]!.currency,
      principal,
      paid: 0,
      interest,
      fixedFees: fees,
      totalClaimed: interest === null ? null : principal + interest + fees,
    },
  ];
};
const sender: Sender = {
  name: 'Julie Moreau',
  company: 'Atelier Moreau',
  iban: 'FR76 3000 4000 0500 0012 3456 789',
};
const ctx = (over: Partial<DraftContext> = {}): DraftContext => {
  const invoices = over.invoices ?? [inv()];
  return {
    kind: 'formal-notice',
    lang: 'fr',
    tone: 'formal',
    client: { name: 'Client', kind: 'b2b' },
    sender,
    invoices,
    amounts: amounts(invoices),
    daysLate: 44,
    history: [
      { step: 'reminder-1', date: '2026-10-21' },
      { step: 'call', date: '2026-10-28' },
      { step: 'final-notice', date: '2026-11-05' },
    ],
    jurisdiction: 'fr-b2b',
    lawRef: JURISDICTIONS['fr-b2b'].lawRef,
    today: '2026-11-23',
    ...over,
  };
};
const text = (over: Partial<DraftContext> = {}) => renderDraft(ctx(over)).text;

describe('letters say the right law for the right client', () => {
  it.each<[string, string, RegExp, RegExp]>([
    ['de-b2b', 'EUR', /§ 288.*BGB/, /L441-10|D441-5|Code de commerce/],
    [
      'uk',
      'GBP',
      /Late Payment of Commercial Debts \(Interest\) Act 1998/,
      /L441-10|D441-5|Code de commerce|40\s€/,
    ],
    ['be', 'EUR', /loi du 2 août 2002/, /L441-10|D441-5|Code de commerce/],
    ['ie', 'EUR', /S\.I\. n° 580 de 2012/, /L441-10|D441-5|Code de commerce/],
    [
      'fr-public',
      'EUR',
      /(?=[\s\S]*intérêts moratoires)[\s\S]*L2192-13/,
      /L441-10|D441-5|Code de commerce|pénalités de retard|injonction de payer/,
    ],
  ])(
    'a French formal notice to a %s client cites its own law',
    (jurisdiction, currency, must, never) => {
      const invoices = [inv({ currency })];
      for (const kind of ['reminder-2', 'final-notice', 'formal-notice'] as const) {
        const t = text({
          kind,
          jurisdiction,
          lawRef: JURISDICTIONS[jurisdiction as 'uk'].lawRef,
          invoices,
          amounts: amounts(invoices),
        });
        expect(t, kind).toMatch(must);
        expect(t, kind).not.toMatch(never);
      }
    },
  );

  it('a public buyer’s formal notice names the référé-provision and the mandatement d’office, and that no reminder was needed', () => {
    const t = text({ jurisdiction: 'fr-public', lawRef: JURISDICTIONS['fr-public'].lawRef });
    expect(t).toMatch(/référé-provision \(article R541-1 du Code de justice administrative\)/);
    expect(t).toMatch(/mandatement d’office/);
    expect(text({ kind: 'reminder-2', jurisdiction: 'fr-public' })).toMatch(
      /sans qu’un rappel soit nécessaire, des intérêts moratoires/,
    );
  });

  it('English drafts have no French words, whatever the jurisdiction', () => {
    for (const jurisdiction of Object.keys(JURISDICTIONS))
      for (const kind of DRAFT_KINDS) {
        const t = text({
          kind,
          lang: 'en',
          jurisdiction,
          lawRef: JURISDICTIONS[jurisdiction as 'uk'].lawRef,
        });
        expect(t, `${jurisdiction}/${kind}`).not.toMatch(
          /\b(et|du|des|le|pénalités|Code de commerce)\b/,
        );
      }
  });
});

describe('the formal notice states the facts', () => {
  it('rate and period, penalties running until payment, deadline from receipt, the logged calls', () => {
    const t = text();
    expect(t).toContain(
      'pénalités de retard (71,75\u00a0€) au taux de 12,40\u00a0% du 11 octobre au 23 novembre 2026, qui continuent de courir jusqu’à complet paiement',
    );
    expect(t).toMatch(/dans un délai de 8 jours à compter de la réception de la présente/);
    expect(t).toMatch(
      /Malgré notre relance du 21 octobre et 5 novembre 2026|Malgré nos relances des 21 octobre et 5 novembre 2026, ainsi que notre appel du 28 octobre 2026/,
    );
    const en = text({ lang: 'en' });
    expect(en).toMatch(
      /at 12\.40% from 11 October to 23 November 2026, which continues to accrue until payment in full/,
    );
    expect(en).toMatch(
      /our reminders of 21 October and 5 November 2026 as well as our call of 28 October 2026/,
    );
  });

  it('two rates over two half-years are both stated', () => {
    const two = [
      inv({
        periods: [
          {
            from: '2026-05-16',
            to: '2026-06-30',
            days: 46,
            principal: 100_000,
            ratePercent: '12.15',
            interest: 1531,
          },
          {
            from: '2026-07-01',
            to: '2026-08-14',
            days: 45,
            principal: 100_000,
            ratePercent: '12.40',
            interest: 1529,
          },
        ],
      }),
    ];
    expect(text({ invoices: two, amounts: amounts(two) })).toMatch(
      /au taux de 12,15\s% du 16 mai au 30 juin 2026, puis de 12,40\s% du 1er juillet au 14 août 2026/,
    );
  });

  it('the final notice mentions the calls too', () => {
    expect(text({ kind: 'final-notice' })).toMatch(/ainsi que notre appel du 28 octobre 2026/);
  });

  it('a B2C formal notice demands the principal, says interest runs from the notice, and gives the consumer mediator', () => {
    const invoices = [inv({ interest: null, fixedFee: 0, periods: [] })];
    const b2c = {
      client: { name: 'Sophie Dupont', kind: 'b2c' as const },
      jurisdiction: 'fr-b2c',
      invoices,
      amounts: amounts(invoices),
    };
    const t = text({
      ...b2c,
      sender: {
        ...sender,
        consumerMediator: 'CM2C, 49 rue de Ponthieu, 75008 Paris, www.cm2c.net',
      },
    });
    expect(t).toMatch(/la somme de 4\s800,00\s€ dans un délai/);
    expect(t).not.toMatch(/montant à confirmer|pénalités|indemnité forfaitaire/);
    expect(t).toMatch(/fait courir, à compter de sa réception, les intérêts au taux légal/);
    expect(t).toMatch(/L612-1 et L616-1 du Code de la consommation.*CM2C, 49 rue de Ponthieu/s);
    expect(text(b2c)).toMatch(/\[coordonnées du médiateur à compléter dans Réglages → Identité\]/);
    expect(text({ ...b2c, lang: 'en' })).toMatch(/consumer mediator/);
  });

  it('a B2B notice whose interest is unknown still demands a figure, never "(montant à confirmer)"', () => {
    const invoices = [inv({ interest: null, periods: [] })];
    const t = text({ invoices, amounts: amounts(invoices) });
    expect(t).not.toMatch(/montant à confirmer/);
    expect(t).toMatch(/la somme de 4\s840,00\s€ \(outre les pénalités de retard/);
  });

  it('a broken promise is named in the next draft', () => {
    for (const kind of ['reminder-1', 'reminder-2', 'final-notice', 'formal-notice'] as const) {
      expect(text({ kind, brokenPromise: '2026-11-10' }), kind).toMatch(/10 novembre 2026/);
      expect(text({ kind, lang: 'en', brokenPromise: '2026-11-10' }), kind).toMatch(
        /10 November 2026/,
      );
    }
  });
});

describe('stop-work and agreement recap say only what the terms say', () => {
  it.each([
    [false, false],
    [true, true],
  ])('retention clause %s → deliverables claimed %s', (clause, claimed) => {
    for (const lang of ['fr', 'en'] as const) {
      const t = text({
        kind: 'stop-work',
        lang,
        sender: { ...sender, retentionClause: clause || undefined },
      });
      expect(t).toMatch(lang === 'fr' ? /[Nn]ous suspendons/ : /[Ww]e are suspending/);
      expect(/propriété|our property/.test(t)).toBe(claimed);
    }
  });

  it.each<[string | undefined, string, RegExp]>([
    [
      undefined,
      'fr',
      /pénalités de retard au taux de la BCE majoré de 10 points ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40\s€ par facture seront exigibles \(articles L441-10 et D441-5 du Code de commerce\)/,
    ],
    ['taux de 15 % l’an', 'fr', /pénalités de retard au taux de 15 % l’an/],
    [
      undefined,
      'en',
      /late-payment interest at the ECB rate plus 10 percentage points and a fixed sum for recovery costs of €40 per invoice/,
    ],
  ])('agreement recap with rate %s (%s)', (penaltyRate, lang, must) => {
    const t = text({
      kind: 'agreement-recap',
      lang: lang as 'fr',
      sender: { ...sender, penaltyRate },
      agreement: [{ label: 'Prestation', value: 'Site' }],
    });
    expect(t).toMatch(must);
    expect(t).not.toMatch(/trois fois|three times/);
  });
});

describe('French typography', () => {
  it('a narrow no-break space before : ; ? ! and decimal commas', () => {
    const t =
      text() +
      text({ kind: 'reminder-1', tone: 'polite' }) +
      renderDraft(ctx({ kind: 'reminder-1' })).subject;
    expect(t).not.toMatch(/[^\u202f][:;?!](\s|$)/);
    expect(t).toMatch(/\u202f:/);
    expect(t).toMatch(/\u202f\?/);
    expect(t).toMatch(/12,40\u00a0%/);
    expect(t).not.toMatch(/\d\.\d\d\s?%/);
  });

  it.each<[string[], string, string]>([
    [['2026-10-21', '2026-11-05'], 'fr', '21 octobre et 5 novembre 2026'],
    [['2026-10-02', '2026-10-16'], 'fr', '2 et 16 octobre 2026'],
    [['2025-12-20', '2026-01-05'], 'fr', '20 décembre 2025 et 5 janvier 2026'],
    [['2026-10-21', '2026-11-05'], 'en', '21 October and 5 November 2026'],
  ])('date list %j in %s → %s', (dates, lang, out) => {
    expect(dateList(dates, lang as 'fr')).toBe(out);
  });
});

describe('the client’s own words, from a reply Relance logged', () => {
  const clientReply = { date: '2026-11-20', quote: 'Je vous fais le virement vendredi.' };
  it.each(['reminder-2', 'final-notice', 'formal-notice'] as const)(
    '%s quotes the client’s promise with the day they wrote it',
    (kind) => {
      expect(text({ kind, clientReply, brokenPromise: '2026-11-27' })).toMatch(
        /Dans votre message du 20 novembre 2026, vous nous écriviez[\u00a0\u202f]: «\u202fJe vous fais le virement vendredi\.\u202f»/,
      );
      expect(
        text({
          kind,
          lang: 'en',
          clientReply: { date: '2026-11-20', quote: 'We will pay by Friday.' },
        }),
      ).toContain('In your message of 20 November 2026, you wrote: “We will pay by Friday.”');
    },
  );
  it('without a logged reply, nothing is quoted', () => {
    expect(text({ kind: 'reminder-2' })).not.toMatch(/votre message du/);
  });
});
