import type { Ledger } from '../escalation/plan';
import type { Client } from '../model/client';
import { isChaseable, type Invoice } from '../model/invoice';
import type { Text } from '../model/text';
import { compactIban, contentKey } from './key';
import { nameTokens, normName, payerPart } from './names';
import { coreOf, compact, shortCoreHere, SHORT_CORE, textCores } from './refs';
import type { BankTransaction } from './types';
import { amountText } from '../i18n/amount';
import { catalogText, emptyText } from '../i18n/text';

/**
 * Credits matched to open invoices, one client at a time, as a bookkeeper would:
 * - certain: the remittance names the invoice(s) and the amount is what they still owe;
 * - probable: the payer is a known client (name or IBAN seen before) and the amount is
 *   exactly one of its invoices, or the total of several (oldest first); or a reference
 *   whose amount or payer does not fit;
 * - partial: less than the referenced (or the payer's oldest) invoices owe.
 * Nothing is guessed: a credit whose reference or payer could be two clients, or whose
 * amount fits nothing, stays unmatched with a note. Matches are proposals; the user
 * confirms them before any payment is recorded.
 */
export type MatchKind = 'certain' | 'probable' | 'partial';

export interface Match {
  transaction: BankTransaction;
  clientId: string;
  clientName: string;
  invoiceIds: string[];
  invoiceNumbers: string[];
  kind: MatchKind;
  reason: Text;
}

export interface Unmatched {
  transaction: BankTransaction;
  note: Text | null;
}

export type IgnoredWhy = 'debit' | 'fee' | 'own-transfer' | 'seen';

export interface MatchResult {
  matches: Match[];
  unmatched: Unmatched[];
  ignored: { transaction: BankTransaction; why: IgnoredWhy }[];
}

export interface MatchOptions {
  /** The user's own accounts (statements' accounts, the sender's IBAN): credits from them are transfers. */
  ownAccounts?: Iterable<string>;
  /** The user's own names (sender name and company): a credit from them is a transfer. */
  ownNames?: Iterable<string>;
  /** IBAN → client id, learned from confirmed payments. */
  knownIbans?: ReadonlyMap<string, string>;
  /** Keys of bank lines already imported: they add nothing. */
  seen?: ReadonlySet<string>;
}

const FEE_LABEL = /^(FRAIS|COMMISSION|COTISATION|AGIOS|INTERETS|INT[EÉ]R[EÊ]TS|ABONNEMENT)\b/i;

/** `localeCompare`'s own order (the default collator), built once: 100 000 calls of localeCompare each built one. */
const collate = new Intl.Collator().compare;
/** By due date, none last: ISO dates sort as plain strings (the collator gives the same order, slower). */
const byDue = (a: { dueDate: string | null }, b: { dueDate: string | null }): number => {
  const x = a.dueDate ?? '9';
  const y = b.dueDate ?? '9';
  return x === y ? 0 : x < y ? -1 : 1;
};

interface Index {
  byCore: Map<string, Invoice[]>;
  byClient: Map<string, Invoice[]>;
  clients: Map<string, Client>;
  clientTokens: Map<string, Set<string>>;
  /** A name token → the clients whose name has it. */
  byToken: Map<string, Set<string>>;
  /**
   * Each client under the rarest token of its name, once: a client whose whole name is in
   * a payer's words has its rarest token there too, so the payer's words find it without
   * walking the long lists of common words ("CLIENT", "CABINET", "GARAGE").
   */
  byRarest: Map<string, string[]>;
  /** The clients in the ledger's order, for a stable order of the candidates. */
  order: Map<string, number>;
  due: Map<string, number>;
}

function buildIndex(ledger: Ledger): Index {
  const ix: Index = {
    byCore: new Map(),
    byClient: new Map(),
    clients: new Map(),
    clientTokens: new Map(),
    byToken: new Map(),
    byRarest: new Map(),
    order: new Map(),
    due: new Map(),
  };
  for (const c of ledger.clients) {
    ix.clients.set(c.id, c);
    const tokens = new Set(nameTokens(c.name));
    ix.clientTokens.set(c.id, tokens);
    for (const t of tokens) {
      if (!ix.byToken.has(t)) ix.byToken.set(t, new Set());
      ix.byToken.get(t)!.add(c.id);
    }
  }
  for (const c of ledger.clients) {
    ix.order.set(c.id, ix.order.size);
    let rarest: string | null = null;
    for (const t of ix.clientTokens.get(c.id)!) {
      if (rarest === null || ix.byToken.get(t)!.size < ix.byToken.get(rarest)!.size) rarest = t;
    }
    if (rarest === null) continue;
    if (!ix.byRarest.has(rarest)) ix.byRarest.set(rarest, []);
    ix.byRarest.get(rarest)!.push(c.id);
  }
  for (const inv of ledger.invoices) {
    if (!isChaseable(inv) && inv.status !== 'disputed') continue;
    if (inv.amountDue <= 0) continue;
    ix.due.set(inv.id, inv.amountDue);
    const core = coreOf(inv.number);
    if (core.length >= 3) {
      if (!ix.byCore.has(core)) ix.byCore.set(core, []);
      ix.byCore.get(core)!.push(inv);
    }
    if (!ix.byClient.has(inv.clientId)) ix.byClient.set(inv.clientId, []);
    ix.byClient.get(inv.clientId)!.push(inv);
  }
  for (const l of ix.byClient.values())
    l.sort((a, b) => byDue(a, b) || collate(a.number, b.number));
  return ix;
}

/** The clients this payer can be: by an IBAN seen before, else by name. */
function payers(
  tx: BankTransaction,
  ix: Index,
  knownIbans: ReadonlyMap<string, string> | undefined,
): { ids: string[]; by: 'iban' | 'name' | null } {
  const iban = compactIban(tx.counterpartyIban);
  const known = iban ? knownIbans?.get(iban) : undefined;
  if (known && ix.clients.has(known)) return { ids: [known], by: 'iban' };
  const fromName = !!tx.counterparty;
  const words = nameTokens(tx.counterparty ?? `${tx.label} ${tx.remittance}`, true);
  if (!words.length) return { ids: [], by: null };
  const wordSet = new Set(words);
  // Every client a rule below can take, found without walking a common word's whole list:
  // a client whose whole name is in the payer's words (by its rarest token), and, for the
  // third rule, the clients having the payer's rarest word.
  const found = new Set<string>();
  for (const w of wordSet) for (const id of ix.byRarest.get(w) ?? []) found.add(id);
  if (fromName && words.length >= 2) {
    let rarest: Set<string> | undefined;
    for (const w of wordSet) {
      const list = ix.byToken.get(w);
      if (!list) {
        rarest = undefined;
        break;
      }
      if (!rarest || list.size < rarest.size) rarest = list;
    }
    for (const id of rarest ?? []) found.add(id);
  }
  // In the order the words and the ledger give (the first payer word the client has, then
  // the ledger's order), as a walk of every word's list would.
  const wordsInOrder = [...wordSet];
  const firstWord = (id: string) => {
    const tokens = ix.clientTokens.get(id)!;
    return wordsInOrder.findIndex((w) => tokens.has(w));
  };
  const candidates = [...found]
    .map((id) => ({ id, w: firstWord(id), o: ix.order.get(id)! }))
    .sort((a, b) => a.w - b.w || a.o - b.o)
    .map((c) => c.id);
  const exact: string[] = [];
  const contained: string[] = [];
  const joined = ` ${words.join(' ')} `;
  for (const id of candidates) {
    const tokens = [...ix.clientTokens.get(id)!];
    if (!tokens.length) continue;
    const name = tokens.join(' ');
    if (fromName && name === words.join(' ')) exact.push(id);
    // The client's whole name inside the payer's (or the label); a one-word name must be distinctive.
    else if (joined.includes(` ${name} `) && (tokens.length >= 2 || name.length >= 6))
      contained.push(id);
    // The payer's whole name inside the client's: "MARTIN BOULANGERIE" for "Boulangerie Martin & Fils".
    else if (fromName && words.length >= 2 && words.every((w) => tokens.includes(w)))
      contained.push(id);
  }
  if (exact.length) return { ids: exact, by: 'name' };
  return { ids: contained, by: contained.length ? 'name' : null };
}

/** The clients a credit's payer can be (by an IBAN seen before, else by name), for one ledger. */
export function payerClients(
  ledger: Ledger,
  knownIbans?: ReadonlyMap<string, string>,
): (tx: BankTransaction) => string[] {
  const ix = buildIndex(ledger);
  return (tx) => payers(tx, ix, knownIbans).ids;
}

export function matchPayments(
  ledger: Ledger,
  transactions: BankTransaction[],
  opts: MatchOptions = {},
): MatchResult {
  const ix = buildIndex(ledger);
  const own = new Set(
    [...(opts.ownAccounts ?? [])].map((a) => compactIban(a)).filter((a): a is string => !!a),
  );
  const ownNames = new Set([...(opts.ownNames ?? [])].map(normName).filter(Boolean));
  const out: MatchResult = { matches: [], unmatched: [], ignored: [] };
  const sorted = [...transactions].sort(
    (a, b) => collate(a.bookingDate, b.bookingDate) || collate(a.key, b.key),
  );
  const keys = new Set<string>();
  for (const tx of sorted) {
    const content = tx.amount > 0 ? contentKey(tx) : null;
    if (
      opts.seen?.has(tx.key) ||
      keys.has(tx.key) ||
      (content && (opts.seen?.has(content) || keys.has(content)))
    ) {
      out.ignored.push({ transaction: tx, why: 'seen' });
      continue;
    }
    keys.add(tx.key);
    if (content) keys.add(content);
    if (tx.amount <= 0) {
      out.ignored.push({ transaction: tx, why: 'debit' });
      continue;
    }
    if (tx.nature === 'fee' || (!tx.counterparty && FEE_LABEL.test(tx.label))) {
      out.ignored.push({ transaction: tx, why: 'fee' });
      continue;
    }
    const iban = compactIban(tx.counterpartyIban);
    if ((iban && own.has(iban)) || (tx.counterparty && ownNames.has(normName(tx.counterparty)))) {
      out.ignored.push({ transaction: tx, why: 'own-transfer' });
      continue;
    }
    const r = matchOne(tx, ix, opts);
    if ('kind' in r) {
      out.matches.push(r);
      // What this credit pays is no longer owed for the next lines of the statement.
      let left = tx.amount;
      for (const id of r.invoiceIds) {
        const d = ix.due.get(id) ?? 0;
        const applied = Math.min(left, d);
        ix.due.set(id, d - applied);
        left -= applied;
      }
    } else out.unmatched.push(r);
  }
  return out;
}

function matchOne(tx: BankTransaction, ix: Index, opts: MatchOptions): Match | Unmatched {
  const cur = tx.currency;
  const amt = (m: number) => amountText(m, cur);
  const open = (inv: Invoice) => inv.currency === cur && (ix.due.get(inv.id) ?? 0) > 0;
  const dateOk = (inv: Invoice) => !inv.issueDate || inv.issueDate <= tx.bookingDate;
  const due = (inv: Invoice) => ix.due.get(inv.id) ?? 0;
  const text = [tx.remittance, tx.creditorRef, tx.endToEndId, tx.label].filter(Boolean).join(' ');
  const compactText = compact(text);
  const referenced = new Set<Invoice>();
  // Two open invoices with the same digits ("D-2026-014" and "F-2026-014"): the one whose
  // whole number the text has; if neither or both, the reference is not enough to be certain.
  let sameDigits = false;
  for (const core of textCores(text)) {
    const found = (ix.byCore.get(core) ?? []).filter(
      (inv) => open(inv) && (core.length >= SHORT_CORE || shortCoreHere(inv.number, compactText)),
    );
    const whole =
      found.length > 1 ? found.filter((inv) => compactText.includes(compact(inv.number))) : found;
    if (found.length > 1 && whole.length !== 1) sameDigits = true;
    for (const inv of whole.length ? whole : found) referenced.add(inv);
  }
  const afterPayment = [...referenced].filter((i) => !dateOk(i));
  const refs = [...referenced].filter(dateOk);
  const payer = payers(tx, ix, opts.knownIbans);
  // Quoted in reasons: the name, not the whole label ("VIR SEPA RECU /DE … /MOTIF …").
  const payerName = payerPart(tx.counterparty ?? tx.label);
  const note = (text: Text): Unmatched => ({ transaction: tx, note: text });
  const numbers = (invs: Invoice[]) => invs.map((i) => i.number);
  const make = (client: string, invs: Invoice[], kind: MatchKind, reason: Text): Match => ({
    transaction: tx,
    clientId: client,
    clientName: ix.clients.get(client)?.name ?? client,
    invoiceIds: invs.map((i) => i.id),
    invoiceNumbers: invs.map((i) => i.number),
    kind,
    reason,
  });

  if (refs.length) {
    const clients = [...new Set(refs.map((i) => i.clientId))];
    let client = clients[0]!;
    let ambiguousRef = false;
    if (clients.length > 1) {
      const narrowed = clients.filter((c) => payer.ids.includes(c));
      if (narrowed.length !== 1)
        return note(catalogText('bankMatchReferenceFitsClients', clients.length, numbers(refs)));
      client = narrowed[0]!;
      ambiguousRef = true;
    }
    const mine = refs.filter((i) => i.clientId === client).sort(byDue);
    const nums = numbers(mine);
    const total = mine.reduce((s, i) => s + due(i), 0);
    const payerOther = payer.ids.length > 0 && !payer.ids.includes(client);
    const doubt = ambiguousRef
      ? catalogText('bankMatchTheReferenceAlsoFits')
      : sameDigits
        ? catalogText('bankMatchSeveralInvoicesHaveThese')
        : payerOther
          ? catalogText('bankMatchButThePayerLooks', payerName)
          : undefined;
    const single = mine.filter((i) => due(i) === tx.amount);
    if (tx.amount === total || single.length === 1) {
      const paid = tx.amount === total ? mine : single;
      const what =
        paid.length > 1
          ? catalogText('bankMatchReferencesAndTheirTotal', numbers(paid), amt(tx.amount), doubt)
          : catalogText('bankMatchReferenceAndExactAmount', paid[0]!.number, amt(tx.amount), doubt);
      return make(client, paid, doubt ? 'probable' : 'certain', what);
    }
    if (single.length > 1) {
      return make(
        client,
        [single[0]!],
        'probable',
        catalogText(
          'bankMatchReferenceSeveralOfThatAmount',
          numbers(single),
          single.length,
          amt(tx.amount),
        ),
      );
    }
    if (tx.amount < total) {
      return make(
        client,
        mine,
        'partial',
        catalogText('bankMatchReferencePartPayment', nums, amt(tx.amount), amt(total), doubt),
      );
    }
    return make(
      client,
      mine,
      'probable',
      catalogText('bankMatchReferenceOverpayment', nums, amt(tx.amount), amt(total)),
    );
  }
  if (payer.ids.length > 1) {
    const names = payer.ids.map((id) => ix.clients.get(id)!.name);
    return note(catalogText('bankMatchPayerCouldBe', payerName, names));
  }
  if (payer.ids.length === 1) {
    const client = payer.ids[0]!;
    const c = ix.clients.get(client)!;
    const who =
      payer.by === 'iban'
        ? catalogText('bankMatchIbanSeenBeforeFor', c.name)
        : catalogText('bankMatchPayerClient', payerName, c.name);
    const invs = (ix.byClient.get(client) ?? []).filter((i) => open(i) && dateOk(i));
    if (!invs.length) return note(catalogText('bankMatchNoOpenInvoice', who, cur, tx.bookingDate));
    const exact = invs.filter((i) => due(i) === tx.amount);
    if (exact.length) {
      const more =
        exact.length > 1 ? catalogText('bankMatchInvoicesOfThatAmount', exact.length) : emptyText();
      return make(
        client,
        [exact[0]!],
        'probable',
        catalogText('bankMatchExactAmountOfAnd', exact[0]!.number, amt(tx.amount), who, more),
      );
    }
    let sum = 0;
    for (let n = 0; n < invs.length; n++) {
      sum += due(invs[n]!);
      if (sum === tx.amount && n > 0) {
        const paid = invs.slice(0, n + 1);
        return make(
          client,
          paid,
          'probable',
          catalogText('bankMatchTotalOfOldest', numbers(paid), amt(tx.amount), who),
        );
      }
      if (sum > tx.amount) break;
    }
    const owed = invs.reduce((s, i) => s + due(i), 0);
    if (tx.amount < owed) {
      let left = tx.amount;
      const touched: Invoice[] = [];
      for (const i of invs) {
        if (left <= 0) break;
        touched.push(i);
        left -= due(i);
      }
      return make(
        client,
        touched,
        'partial',
        catalogText('bankMatchPayerPartPayment', who, amt(tx.amount), amt(owed), numbers(touched)),
      );
    }
    return note(catalogText('bankMatchMoreThanOwed', who, amt(tx.amount), amt(owed)));
  }
  if (afterPayment.length)
    return note(catalogText('bankMatchIssuedAfterPayment', numbers(afterPayment)));
  return { transaction: tx, note: null };
}
