import { describe, expect, it } from 'vitest';
import { TONES } from '../model/policy';
import type { AmountLine, CoveredInvoice } from '../escalation/plan';
import { DRAFT_KINDS, DRAFT_LANGS } from './kinds';
import {
  checkTemplate,
  proposePaymentPlan,
  renderCallScript,
  renderDraft,
  type DraftContext,
} from './render';
import { validateTemplate } from './template';

const inv = (n: string, over: Partial<CoveredInvoice> = {}): CoveredInvoice => ({
  invoiceId: `inv:${n}`,
  number: n,
  issueDate: '2026-09-01',
  dueDate: '2026-10-01',
  daysLate: 53,
  currency: 'EUR',
  total: 120_000,
  paid: 0,
  amountDue: 120_000,
  interest: 2163,
  fixedFee: 4000,
  uncertainDueDate: false,
  ...over,
});
const amounts = (list: CoveredInvoice[]): AmountLine[] => [
  {
    currency: 'EUR',
    principal: list.reduce((s, i) => s + i.amountDue, 0),
    paid: list.reduce((s, i) => s + i.paid, 0),
    interest: list.reduce((s, i) => s + (i.interest ?? 0), 0),
    fixedFees: list.reduce((s, i) => s + i.fixedFee, 0),
    totalClaimed: list.reduce((s, i) => s + i.amountDue + (i.interest ?? 0) + i.fixedFee, 0),
  },
];
const ctx = (over: Partial<DraftContext> = {}): DraftContext => {
  const invoices = over.invoices ?? [inv('F-2026-014')];
  return {
    kind: 'reminder-1',
    lang: 'fr',
    tone: 'polite',
    client: { name: 'Boulangerie Martin', contactName: 'Claire Martin', kind: 'b2b' },
    sender: {
      name: 'Julie Moreau',
      company: 'Atelier Moreau',
      iban: 'FR76 3000 4000 0500 0012 3456 789',
      email: 'julie@atelier.example',
    },
    invoices,
    amounts: amounts(invoices),
    daysLate: 53,
    history: [
      { step: 'reminder-1', date: '2026-10-02' },
      { step: 'call', date: '2026-10-08' },
      { step: 'reminder-2', date: '2026-10-16' },
    ],
    jurisdiction: 'fr-b2b',
    lawRef: 'C. com. art. L441-10 et D441-5',
    today: '2026-11-23',
    plan: proposePaymentPlan(amounts(invoices), '2026-12-01', 3),
    agreement: [
      { label: 'Prestation', value: 'Site vitrine' },
      { label: 'Acompte', value: '30 %' },
    ],
    ...over,
  };
};

describe('drafts', () => {
  it('every kind × tone × language renders, for one and for several invoices, with nothing left unfilled', () => {
    for (const kind of DRAFT_KINDS)
      for (const lang of DRAFT_LANGS)
        for (const tone of TONES)
          for (const several of [false, true]) {
            const invoices = several
              ? [
                  inv('F-2026-014'),
                  inv('F-2026-021', {
                    dueDate: '2026-10-20',
                    daysLate: 34,
                    paid: 20_000,
                    amountDue: 40_000,
                    total: 60_000,
                  }),
                ]
              : [inv('F-2026-014')];
            const d = renderDraft(ctx({ kind, lang, tone, invoices, amounts: amounts(invoices) }));
            const where = `${kind}/${lang}/${tone}/${several ? 'several' : 'one'}`;
            expect(d.subject, where).not.toMatch(/\{\{|\}\}|undefined|null|NaN/);
            expect(d.text, where).not.toMatch(/\{\{|\}\}|undefined|NaN/);
            expect(d.text.length, where).toBeGreaterThan(80);
            if (several && kind !== 'agreement-recap')
              expect(d.subject + d.text, where).toContain('F-2026-021');
          }
  });

  it('singular and plural', () => {
    expect(renderDraft(ctx()).subject).toBe('Rappel de paiement – facture n° F-2026-014');
    const two = [inv('F-1'), inv('F-2')];
    expect(renderDraft(ctx({ invoices: two, amounts: amounts(two) })).subject).toBe(
      'Rappel de paiement – factures n° F-1 et F-2',
    );
    expect(renderDraft(ctx({ lang: 'en', invoices: two, amounts: amounts(two) })).subject).toBe(
      'Payment reminder – invoices F-1 and F-2',
    );
  });

  it('a first polite reminder never mentions penalties', () => {
    for (const lang of DRAFT_LANGS)
      for (const tone of TONES) {
        const d = renderDraft(ctx({ lang, tone }));
        expect(d.text).not.toMatch(/pénalit|indemnit|L441|interest|penalt|recovery costs/i);
      }
  });

  it('a B2B formal notice states penalties, the fixed fee and the law; a B2C one does not claim them', () => {
    const b2b = renderDraft(ctx({ kind: 'formal-notice' })).text;
    expect(b2b).toMatch(/MISE EN DEMEURE/);
    expect(b2b).toMatch(/pénalités de retard \(21,63\s€\)/);
    expect(b2b).toMatch(/L441-10 et D441-5/);
    expect(b2b).toMatch(/8 jours à compter de la réception de la présente/);
    const b2c = renderDraft(
      ctx({
        kind: 'formal-notice',
        client: { name: 'Sophie Dupont', kind: 'b2c' },
        jurisdiction: 'fr-b2c',
      }),
    ).text;
    expect(b2c).not.toMatch(/L441-10/);
    expect(b2c).toMatch(/1344-1/);
  });

  it('acknowledges a part payment', () => {
    const part = [inv('F-1', { paid: 50_000, amountDue: 70_000 })];
    expect(renderDraft(ctx({ invoices: part, amounts: amounts(part) })).text).toMatch(
      /règlement partiel de 500,00\s€, merci\s; il reste 700,00\s€ à régler/,
    );
  });

  it('HTML is built from the model: data is escaped, never interpreted', () => {
    const evil = [inv('<img src=x onerror=alert(1)>')];
    const d = renderDraft(
      ctx({
        client: {
          name: '<script>alert(1)</script>',
          contactName: '"><svg onload=alert(1)>',
          kind: 'b2b',
        },
        invoices: evil,
        amounts: amounts(evil),
        kind: 'final-notice',
      }),
    );
    expect(d.html).not.toMatch(/<img|<script|<svg/);
    expect(d.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the call script states the facts and asks for a date', () => {
    const lines = renderCallScript({ ...ctx(), lang: 'fr' });
    expect(lines[0]).toMatch(/Bonjour Claire Martin, ici Julie Moreau de Atelier Moreau/);
    expect(lines.join(' ')).toMatch(/53 jours de retard/);
  });

  it('templates report unknown variables with line and column', () => {
    expect(
      validateTemplate(
        'Bonjour {{client.name}},\nmerci {{clinet.nom}}',
        new Set(['client.name']),
        new Set(),
      ),
    ).toEqual([{ message: 'unknown variable "clinet.nom"', line: 2, column: 7 }]);
    expect(checkTemplate({ subject: '{{#if paid}}x', body: 'ok' }).subject[0]!.message).toMatch(
      /never closed/,
    );
    expect(() =>
      renderDraft(ctx({ overrides: { fr: { 'reminder-1': { subject: 'x', body: '{{oops}}' } } } })),
    ).toThrow(/body 1:1 unknown variable "oops"/);
  });

  it('reviewed default texts (French and English first reminder, French formal notice)', () => {
    expect(renderDraft(ctx()).text).toMatchSnapshot();
    expect(renderDraft(ctx({ lang: 'en' })).text).toMatchSnapshot();
    expect(renderDraft(ctx({ kind: 'formal-notice', tone: 'formal' })).text).toMatchSnapshot();
  });
});
