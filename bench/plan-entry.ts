import { plan } from '../lib/escalation/plan';
import { DEFAULT_POLICY } from '../lib/model/policy';
import type { Client } from '../lib/model/client';
import type { Invoice } from '../lib/model/invoice';

/** Re-plan a whole ledger several times; returns each run's milliseconds. */
export function timePlan(clients: Client[], invoices: Invoice[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    plan({ clients, invoices, events: [] }, DEFAULT_POLICY, '2026-11-23');
    out.push(performance.now() - t);
  }
  return out;
}
