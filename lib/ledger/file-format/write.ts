import { minorToDecimal } from '../../model/money';
import type { PolicyOverride } from '../../model/policy';
import type { Sender } from '../../model/sender';
import type { Preferences, UserRates } from '../../model/settings-schema';
import type { TemplateOverrides } from '../../drafts/render';
import type { Ledger } from '../../escalation/plan';
import { stripUndefined } from './content';
import type { LedgerFile } from './schemas';

/** What a backup holds besides the ledger: everything else the user set. */
export interface LedgerExtras {
  sender?: Sender;
  policy?: PolicyOverride;
  preferences?: Partial<Preferences>;
  templates?: TemplateOverrides;
  rates?: UserRates;
}

/** The inverse of parseLedgerFile: a ledger as a file (backup, export). */
export function toLedgerFile(ledger: Ledger & LedgerExtras, exportedAt: string): LedgerFile {
  const dec = (minor: number, cur: string) => minorToDecimal(minor, cur);
  const curOf = new Map(ledger.invoices.map((i) => [i.id, i.currency]));
  const settings = stripUndefined({
    preferences: ledger.preferences,
    templates: ledger.templates,
    rates: ledger.rates,
  });
  return {
    format: 'relance-ledger',
    version: 1,
    exportedAt,
    ...(ledger.sender ? { sender: ledger.sender } : {}),
    ...(ledger.policy && Object.keys(ledger.policy).length
      ? { policy: ledger.policy as LedgerFile['policy'] }
      : {}),
    ...(Object.keys(settings).length ? { settings } : {}),
    clients: ledger.clients.map((c) => stripUndefined({ ...c })) as LedgerFile['clients'],
    invoices: ledger.invoices.map((i) =>
      stripUndefined({
        ...i,
        total: dec(i.total, i.currency),
        amountDue: dec(i.amountDue, i.currency),
        schedule: i.schedule?.map((p) => ({
          label: p.label,
          dueDate: p.dueDate,
          amount: dec(p.amount, i.currency),
        })),
      }),
    ) as LedgerFile['invoices'],
    events: ledger.events.map((e) => {
      const cur = curOf.get(e.invoiceIds[0] ?? '') ?? 'EUR';
      const rest = { ...e };
      if (e.type === 'payment')
        return stripUndefined({ ...rest, amount: dec(e.amount, e.currency), currency: e.currency });
      if (e.type === 'promise')
        return stripUndefined({
          ...rest,
          amount: e.amount === undefined ? undefined : dec(e.amount, cur),
        });
      if (e.type === 'call')
        return stripUndefined({
          ...rest,
          promiseAmount: e.promiseAmount === undefined ? undefined : dec(e.promiseAmount, cur),
        });
      return stripUndefined({ ...rest });
    }) as LedgerFile['events'],
  };
}
