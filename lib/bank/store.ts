import type { LedgerDB } from '../ledger/db';
import { addEvent } from '../ledger/repo';
import { amountText } from '../i18n/amount';
import { catalogText } from '../i18n/text';
import { errorText, type Text } from '../model/text';
import type { Match, Unmatched } from './match';
import { compactIban, contentKey } from './key';
import { paymentEvent, type Reconciliation } from './reconcile';
import type { PriorLine } from './same';

/**
 * What the extension keeps of imported statements, in the ledger's `meta` store (no
 * schema change): matches awaiting the user's confirmation, the last unmatched credits,
 * the keys of every bank line already proposed (a re-import adds nothing), the credits
 * read (the same transfer in another format adds nothing), and the payers' IBANs
 * learned from confirmed payments.
 */
export interface BankState {
  pending: (Match & { importedAt: string })[];
  unmatched: Unmatched[];
  seen: string[];
  /** Credits of earlier imports, by day, amount and account: another file telling one is not proposed again. */
  lines: PriorLine[];
  ibans: Record<string, string>;
}

/** Enough for years of statements; the oldest go first (a statement is imported within weeks). */
const MAX_LINES = 20000;

const KEY = 'bank';
const EMPTY: BankState = { pending: [], unmatched: [], seen: [], lines: [], ibans: {} };

export async function readBankState(db: LedgerDB): Promise<BankState> {
  const v = (await db.get('meta', KEY)) as BankState | undefined;
  return v ? { ...EMPTY, ...v } : { ...EMPTY };
}

/** The new matches become proposals; their lines are remembered so the same statement adds nothing. */
export async function savePending(
  db: LedgerDB,
  r: Reconciliation,
  now: string,
): Promise<{ added: number; alreadySeen: number }> {
  const tx = db.transaction('meta', 'readwrite');
  const cur = { ...EMPTY, ...((await tx.store.get(KEY)) as BankState | undefined) };
  const seen = new Set(cur.seen);
  const fresh = r.matches.filter((m) => !seen.has(m.transaction.key));
  for (const m of fresh) {
    seen.add(m.transaction.key);
    const c = contentKey(m.transaction);
    if (c) seen.add(c);
  }
  const unmatched = new Map(cur.unmatched.map((u) => [u.transaction.key, u]));
  for (const u of r.unmatched) unmatched.set(u.transaction.key, u);
  await tx.store.put(
    {
      ...cur,
      pending: [...cur.pending, ...fresh.map((m) => ({ ...m, importedAt: now }))],
      unmatched: [...unmatched.values()].slice(-200),
      seen: [...seen],
      lines: [...cur.lines, ...r.lines].slice(-MAX_LINES),
    },
    KEY,
  );
  await tx.done;
  return { added: fresh.length, alreadySeen: r.ignored.filter((i) => i.why === 'seen').length };
}

/** Confirmed matches are recorded as payments (each with its bank line), rejected ones dropped. */
export async function settlePending(
  db: LedgerDB,
  confirm: string[],
  reject: string[],
): Promise<{ recorded: number; failed: Text[] }> {
  const state = await readBankState(db);
  let recorded = 0;
  const failed: Text[] = [];
  const done = new Set<string>();
  for (const m of state.pending) {
    if (!confirm.includes(m.transaction.key)) continue;
    const ev = paymentEvent(m);
    // The event's id comes from the bank line: confirming twice records it once.
    if (!(await db.get('events', ev.id))) {
      try {
        await addEvent(db, ev);
        recorded++;
      } catch (e) {
        // The invoice or client is gone since the import: the proposal stays, with the reason.
        failed.push(catalogText('bankStoreNotRecorded', m.invoiceNumbers, errorText(e)));
        continue;
      }
    }
    const iban = compactIban(m.transaction.counterpartyIban);
    if (iban) state.ibans[iban] = m.clientId;
    done.add(m.transaction.key);
  }
  for (const k of reject) done.add(k);
  await db.put(
    'meta',
    { ...state, pending: state.pending.filter((m) => !done.has(m.transaction.key)) },
    KEY,
  );
  return { recorded, failed };
}

/** Invoice id → what was received, for the planner (`awaitingPayment`) and the compose warning. */
export function awaitingPayment(state: BankState): Map<string, Text> {
  const out = new Map<string, Text>();
  for (const m of state.pending)
    for (const id of m.invoiceIds) if (!out.has(id)) out.set(id, receivedText(m));
  return out;
}

/** "un virement de 1 200,00 € de Boulangerie Martin a été reçu le 24/11". */
export function receivedText(m: Match): Text {
  const t = m.transaction;
  const who = t.counterparty ?? m.clientName;
  return catalogText(
    'bankStoreTransferReceived',
    amountText(t.amount, t.currency),
    who,
    t.bookingDate,
  );
}
