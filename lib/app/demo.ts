import { addDays, type CalendarDate } from '../model/dates';
import type { Client } from '../model/client';
import type { LedgerEvent, NewEvent } from '../model/event';
import type { Invoice } from '../model/invoice';
import type { Sender } from '../model/sender';

/**
 * Sample data for a first look, dated relative to today so the overdue list always
 * tells the same stories: a forgotten invoice, a client who promised, a dispute,
 * a long-running debt ready for a formal notice, a key account, a paid invoice.
 * Every name, number and IBAN is invented.
 */
export const DEMO_SENDER: Sender = {
  name: 'Julie Moreau',
  company: 'Atelier Moreau Design',
  legalId: '912 345 678',
  address: '12 rue des Tanneurs, 69001 Lyon',
  email: 'julie@atelier-moreau.example',
  phone: '06 12 34 56 78',
  iban: 'FR76 3000 4000 0500 0012 3456 789',
  bic: 'BNPAFRPPXXX',
  country: 'FR',
};

export function demoLedger(today: CalendarDate): {
  clients: Client[];
  invoices: Invoice[];
  events: LedgerEvent[];
} {
  const d = (days: number) => addDays(today, days);
  const src = [{ kind: 'demo' as const, where: 'demo data', at: `${today}T08:00:00.000Z` }];
  const clients: Client[] = [
    {
      id: 'demo:boulangerie',
      name: 'Boulangerie Martin SARL',
      contactName: 'Claire Martin',
      emails: ['compta@boulangerie-martin.example'],
      legalId: '801 234 567',
      language: 'fr',
      kind: 'b2b',
      jurisdiction: 'fr-b2b',
      ongoingWork: true,
    },
    {
      id: 'demo:studio',
      name: 'Studio Lumière',
      contactName: 'Marc Petit',
      emails: ['marc@studio-lumiere.example'],
      language: 'fr',
      kind: 'b2b',
      jurisdiction: 'fr-b2b',
    },
    {
      id: 'demo:garage',
      name: 'Garage du Centre',
      contactName: 'Paul Durand',
      emails: ['paul@garage-centre.example'],
      language: 'fr',
      kind: 'b2b',
      jurisdiction: 'fr-b2b',
    },
    {
      id: 'demo:northwind',
      name: 'Northwind Traders Ltd',
      contactName: 'Emma Clarke',
      emails: ['accounts@northwind.example'],
      language: 'en',
      kind: 'b2b',
      jurisdiction: 'uk',
    },
    {
      id: 'demo:mairie',
      name: 'Mairie de Villeurbanne',
      emails: ['factures@mairie.example'],
      language: 'fr',
      kind: 'public',
      jurisdiction: 'fr-public',
      keyAccount: true,
    },
    {
      id: 'demo:dupont',
      name: 'Sophie Dupont',
      emails: ['sophie.dupont@mail.example'],
      language: 'fr',
      kind: 'b2c',
      jurisdiction: 'fr-b2c',
    },
  ];
  /** A demo invoice: `issued` and `due` in days from today, amounts in cents (due: the total unless said). */
  const inv = ({
    number,
    clientId,
    issued,
    due,
    total,
    amountDue = total,
    currency = 'EUR',
  }: {
    number: string;
    clientId: string;
    issued: number;
    due: number;
    total: number;
    amountDue?: number;
    currency?: string;
  }): Invoice => ({
    id: `inv:${number}`,
    number,
    clientId,
    issueDate: d(issued),
    dueDate: d(due),
    currency,
    total,
    amountDue,
    status: amountDue === 0 ? 'paid' : amountDue < total ? 'partially-paid' : 'open',
    sources: src,
    sellerName: DEMO_SENDER.company,
  });
  const invoices: Invoice[] = [
    inv({
      number: 'F-2026-031',
      clientId: 'demo:boulangerie',
      issued: -88,
      due: -58,
      total: 240000,
      amountDue: 180000,
    }),
    inv({
      number: 'F-2026-044',
      clientId: 'demo:boulangerie',
      issued: -50,
      due: -20,
      total: 86400,
    }),
    inv({ number: 'F-2026-052', clientId: 'demo:studio', issued: -33, due: -3, total: 150000 }),
    inv({ number: 'F-2026-047', clientId: 'demo:garage', issued: -54, due: -24, total: 64800 }),
    inv({
      number: 'INV-2026-009',
      clientId: 'demo:northwind',
      issued: -45,
      due: -15,
      total: 320000,
      currency: 'GBP',
    }),
    inv({ number: 'F-2026-040', clientId: 'demo:mairie', issued: -70, due: -40, total: 960000 }),
    inv({ number: 'F-2026-055', clientId: 'demo:dupont', issued: -25, due: -10, total: 45000 }),
    inv({ number: 'F-2026-058', clientId: 'demo:studio', issued: -5, due: 25, total: 72000 }),
    inv({
      number: 'F-2026-029',
      clientId: 'demo:garage',
      issued: -95,
      due: -65,
      total: 38400,
      amountDue: 0,
    }),
  ];
  const ev = (id: string, e: NewEvent): LedgerEvent => ({ ...e, id: `demo:${id}` }) as LedgerEvent;
  const events: LedgerEvent[] = [
    ev('b1', {
      type: 'reminder',
      step: 'reminder-1',
      channel: 'email',
      clientId: 'demo:boulangerie',
      invoiceIds: ['inv:F-2026-031'],
      date: d(-57),
    }),
    ev('b2', {
      type: 'call',
      outcome: 'no-answer',
      clientId: 'demo:boulangerie',
      invoiceIds: ['inv:F-2026-031'],
      date: d(-50),
    }),
    ev('b3', {
      type: 'reminder',
      step: 'reminder-2',
      channel: 'email',
      clientId: 'demo:boulangerie',
      invoiceIds: ['inv:F-2026-031'],
      date: d(-42),
    }),
    ev('b4', {
      type: 'payment',
      amount: 60000,
      currency: 'EUR',
      clientId: 'demo:boulangerie',
      invoiceIds: ['inv:F-2026-031'],
      date: d(-35),
    }),
    ev('b5', {
      type: 'reminder',
      step: 'final-notice',
      channel: 'email',
      clientId: 'demo:boulangerie',
      invoiceIds: ['inv:F-2026-031'],
      date: d(-20),
    }),
    ev('g1', {
      type: 'reminder',
      step: 'reminder-1',
      channel: 'email',
      clientId: 'demo:garage',
      invoiceIds: ['inv:F-2026-047'],
      date: d(-22),
    }),
    ev('g2', {
      type: 'call',
      outcome: 'promise',
      promiseDate: d(4),
      clientId: 'demo:garage',
      invoiceIds: ['inv:F-2026-047'],
      date: d(-14),
    }),
    ev('g3', {
      type: 'payment',
      amount: 38400,
      currency: 'EUR',
      clientId: 'demo:garage',
      invoiceIds: ['inv:F-2026-029'],
      date: d(-40),
    }),
    ev('n1', {
      type: 'reminder',
      step: 'reminder-1',
      channel: 'email',
      clientId: 'demo:northwind',
      invoiceIds: ['inv:INV-2026-009'],
      date: d(-14),
    }),
    ev('m1', {
      type: 'reminder',
      step: 'reminder-1',
      channel: 'email',
      clientId: 'demo:mairie',
      invoiceIds: ['inv:F-2026-040'],
      date: d(-38),
    }),
    ev('m2', {
      type: 'call',
      outcome: 'reached',
      clientId: 'demo:mairie',
      invoiceIds: ['inv:F-2026-040'],
      date: d(-32),
      note: 'Facture en circuit de validation au service financier.',
    }),
    ev('m3', {
      type: 'reminder',
      step: 'reminder-2',
      channel: 'email',
      clientId: 'demo:mairie',
      invoiceIds: ['inv:F-2026-040'],
      date: d(-24),
    }),
    ev('d1', {
      type: 'dispute',
      reason: 'Conteste la deuxième séance photo',
      clientId: 'demo:dupont',
      invoiceIds: ['inv:F-2026-055'],
      date: d(-5),
    }),
  ];
  invoices.find((i) => i.id === 'inv:F-2026-055')!.status = 'disputed';
  return { clients, invoices, events };
}
