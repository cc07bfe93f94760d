import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { DetectedInvoice } from '@/lib/detect/detected';
import type { ClientSummary, PageInvoiceStatus } from '@/lib/messaging/protocol';
import type { ComplianceRule } from '@/lib/prevention/compliance';
import { STEP_LABELS } from '@/lib/escalation/steps';
import type { StepId } from '@/lib/model/policy';
import { decimalToMinor, isCurrencyCode, minorToDecimal } from '@/lib/model/money';
import { isCalendarDate } from '@/lib/model/dates';
import { errorText } from '@/lib/model/text';
import { invoiceStatusText } from '@/lib/model/invoice';
import { recommendationText } from '@/lib/escalation/portfolio';
import { money, shortDate } from './format';
import type { UiLang } from './i18n';

const L = {
  fr: { track: 'Suivre cette facture', update: 'Mettre à jour', prepare: 'Préparer la relance', late: 'j de retard', next: 'Prochaine étape', number: 'N° de facture', due: 'Échéance', total: 'Total TTC', left: 'Reste dû', currency: 'Devise', client: 'Client', email: 'E-mail du client', confirm: 'Enregistrer', cancel: 'Annuler', check: 'À vérifier', missing: 'Mentions manquantes sur la facture', copy: 'Copier le texte', list: 'factures détectées', importSel: 'Importer la sélection', done: 'Enregistré', close: 'Fermer', notTracked: 'Non suivie', profile: 'Profil du client', unknownClient: 'Ce client n’est pas encore suivi par Relance.', none: 'Aucune facture trouvée sur cette page.', draft: 'Brouillon : pas encore envoyé, rien à relancer.', draftTag: 'brouillon' },
  en: { track: 'Track this invoice', update: 'Update', prepare: 'Prepare reminder', late: 'd late', next: 'Next step', number: 'Invoice no.', due: 'Due date', total: 'Total', left: 'Balance', currency: 'Currency', client: 'Client', email: 'Client e-mail', confirm: 'Save', cancel: 'Cancel', check: 'To check', missing: 'Mentions missing from the invoice', copy: 'Copy the text', list: 'invoices found', importSel: 'Import selected', done: 'Saved', close: 'Close', notTracked: 'Not tracked', profile: 'Client profile', unknownClient: 'Relance does not know this client yet.', none: 'No invoice found on this page.', draft: 'Draft: not sent yet, nothing to chase.', draftTag: 'draft' },
};

export interface OverlayProps {
  lang: UiLang;
  kind: 'invoice' | 'list' | 'none';
  invoices: DetectedInvoice[];
  statuses: PageInvoiceStatus[];
  /** The buyer's payment profile, when the ledger knows them: before new work. */
  client?: ClientSummary | null;
  missing: ComplianceRule[];
  /** The invoicing app whose own selectors read the page, when one did. */
  app?: string;
  /** Why nothing was found, when the reader knows (e.g. a page of supplier bills). */
  note?: string;
  /** `confirmed`: the user checked and saved the values in the form (a list import is not). */
  onTrack(invoices: DetectedInvoice[], confirmed: boolean): Promise<string | null>;
  /** Ask for the buyer's payment profile: it is shown only when the user asks. */
  onProfile?(): Promise<void>;
  onPrepare(number: string): void;
  onClose(): void;
}

const low = (d: DetectedInvoice, f: keyof DetectedInvoice) => (d.fields[f]?.confidence ?? 0) < 0.7;

/** The badge on an invoice page, the track form, and the list importer. */
export function InvoiceOverlay(p: OverlayProps) {
  const l = L[p.lang];
  const [open, setOpen] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  if (p.kind === 'none') {
    return (
      <div class="box" role="status">
        {l.none} {p.note ? <span class="small muted">{p.note}</span> : null} <button type="button" onClick={p.onClose}>{l.close}</button>
      </div>
    );
  }
  if (p.kind === 'list') return <ListPanel {...p} />;
  const d = p.invoices[0]!;
  const st = p.statuses.find((s) => s.number === d.invoiceNumber);
  return (
    <div class="box" role="region" aria-label="Relance">
      <div class="head">
        <strong>Relance</strong> · {d.invoiceNumber}
        {p.app ? <span class="muted" data-app={p.app}> · {p.app}</span> : null}
        {st?.tracked ? (
          <>
            {' · '}
            <span class="pill">{st.status ? invoiceStatusText(st.status, p.lang) : null}</span>
            {st.daysLate ? ` · ${st.daysLate} ${l.late}` : ''}
          </>
        ) : (
          <span class="muted"> · {l.notTracked}</span>
        )}
        <button type="button" class="x" aria-label={l.close} onClick={p.onClose}>×</button>
      </div>
      {st?.nextStep ? (
        <p class="small">
          {l.next} : <strong>{STEP_LABELS[st.nextStep as StepId]?.[p.lang] ?? st.nextStep}</strong> — {st.reason?.[p.lang]}
        </p>
      ) : null}
      {p.client ? <ClientLine c={p.client} lang={p.lang} /> : null}
      {d.warnings.length ? <p class="small warn">{l.check} : {d.warnings.map((w) => w[p.lang]).join(' · ')}</p> : null}
      {p.missing.length ? (
        <details class="small">
          <summary>{l.missing} ({p.missing.length})</summary>
          <ul>
            {p.missing.map((r) => (
              <li key={r.id}>
                <strong>{r.label[p.lang]}</strong> — {r.why[p.lang]} <em>({r.lawRef})</em>
                <div class="row"><code>{r.suggestion[p.lang]}</code> <button type="button" onClick={() => void navigator.clipboard.writeText(r.suggestion[p.lang])}>{l.copy}</button></div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {open ? (
        <TrackForm d={d} lang={p.lang} onCancel={() => setOpen(false)} onSave={async (edited) => { const err = await p.onTrack([edited], true); setMsg(err ?? l.done); if (!err) setOpen(false); }} />
      ) : d.status === 'draft' && !st?.tracked ? (
        // A draft was never sent: nobody owes it, so there is nothing to track (the ledger refuses it too).
        <p class="small muted" data-testid="draft-note">{l.draft}</p>
      ) : (
        <div class="row">
          <button type="button" class="primary" onClick={() => setOpen(true)}>{st?.tracked ? l.update : l.track}</button>
          {st?.tracked ? <button type="button" onClick={() => p.onPrepare(d.invoiceNumber!)}>{l.prepare}</button> : null}
          {p.onProfile && !p.client && !asked ? <button type="button" onClick={() => void p.onProfile!().then(() => setAsked(true))}>{l.profile}</button> : null}
          {asked && !p.client ? <span class="small muted">{l.unknownClient}</span> : null}
        </div>
      )}
      {msg ? <p role="status" class="small">{msg}</p> : null}
    </div>
  );
}

/** Inside a sentence: 'demander un acompte…'. */
const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

function ClientLine(props: { c: ClientSummary; lang: UiLang }) {
  const { c, lang } = props;
  const t = translator(lang);
  return (
    <p class="small client-profile">
      <strong title={c.name}>{c.name}</strong> — {t('invoiceoverlayAverageDelay')} {c.averageDaysLate ?? '—'} {t('invoiceoverlayD')}, {t('clientprofileWorst')} {c.worstDaysLate}
      {c.highestStep ? `, ${t('invoiceoverlayHighestStep')} ${STEP_LABELS[c.highestStep as StepId]?.[lang] ?? c.highestStep}` : ''}
      {c.disputes ? `, ${c.disputes} ${t('invoiceoverlayDisputeS')}` : ''}. <strong>{t('invoiceoverlayAdvice')} :</strong>{' '}
      {lowerFirst(recommendationText(c.recommendation, lang))}
      {c.recommendation.reasons.length ? ` (${c.recommendation.reasons.map((r) => r[lang]).join(' ; ')})` : ''}
    </p>
  );
}

/** The values read from a source, for the user to correct and confirm before they are recorded. */
export function TrackForm(props: { d: DetectedInvoice; lang: UiLang; onSave(d: DetectedInvoice): Promise<void> | void; onCancel(): void }) {
  const { d } = props;
  const l = L[props.lang];
  const cur0 = d.currency ?? '';
  const [f, setF] = useState({
    number: d.invoiceNumber ?? '',
    due: d.dueDate ?? '',
    total: (d.totalWithTax ?? d.amountDue) !== null && cur0 ? minorToDecimal((d.totalWithTax ?? d.amountDue)!, cur0) : '',
    left: d.amountDue !== null && cur0 ? minorToDecimal(d.amountDue, cur0) : '',
    currency: cur0,
    client: d.buyerName ?? '',
    email: d.buyerEmail ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const input = (k: keyof typeof f, label: string, uncertain: boolean, type = 'text') => (
    <label class={uncertain ? 'uncertain' : ''}>
      {label}
      {uncertain ? ' ⚠' : ''}
      <input name={k} type={type} value={f[k]} onInput={(e) => setF({ ...f, [k]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      const currency = f.currency.trim().toUpperCase();
      if (!isCurrencyCode(currency)) throw new Error(`${l.currency}: EUR, GBP, USD…`);
      if (f.due && !isCalendarDate(f.due)) throw new Error(`${l.due}: YYYY-MM-DD`);
      const total = decimalToMinor(f.total.replace(',', '.').replace(/\s/g, ''), currency);
      const left = f.left ? decimalToMinor(f.left.replace(',', '.').replace(/\s/g, ''), currency) : total;
      const sure = (where: string) => ({ confidence: 1, where });
      await props.onSave({
        ...d,
        invoiceNumber: f.number.trim(),
        dueDate: f.due || null,
        dueDateSource: f.due ? 'label' : 'none',
        currency,
        totalWithTax: total,
        amountDue: left,
        buyerName: f.client.trim() || null,
        buyerEmail: f.email.trim() || null,
        // Every value the form showed is now the user's: the client's name too, when given.
        fields: { ...d.fields, invoiceNumber: sure('confirmed'), dueDate: sure('confirmed'), totalWithTax: sure('confirmed'), amountDue: sure('confirmed'), ...(f.client.trim() ? { buyerName: sure('confirmed') } : {}) },
        confidence: 1,
        warnings: [],
      });
    } catch (err) {
      setError(errorText(err)[props.lang]);
    }
  };
  return (
    <form onSubmit={save} class="form">
      {input('number', l.number, low(d, 'invoiceNumber'))}
      {input('due', l.due, low(d, 'dueDate') || d.dueDateSource === 'terms', 'date')}
      {input('total', l.total, low(d, 'totalWithTax'))}
      {input('left', l.left, low(d, 'amountDue'))}
      {input('currency', l.currency, !d.currency)}
      {input('client', l.client, !d.buyerName)}
      {input('email', l.email, false, 'email')}
      {error ? <p role="alert" class="danger small">{error}</p> : null}
      <div class="row">
        <button type="submit" class="primary">{l.confirm}</button>
        <button type="button" onClick={props.onCancel}>{l.cancel}</button>
      </div>
    </form>
  );
}

function ListPanel(p: OverlayProps) {
  const l = L[p.lang];
  // Drafts are never offered: they were not sent, nobody owes them.
  const draft = (i: number) => p.invoices[i]!.status === 'draft' && !p.statuses[i]?.tracked;
  const [checked, setChecked] = useState<Set<number>>(new Set(p.invoices.map((_, i) => i).filter((i) => !p.statuses[i]?.tracked && !draft(i))));
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <div class="box list" role="region" aria-label="Relance">
      <div class="head">
        <strong>Relance</strong> · {p.invoices.length} {l.list}
        {p.app ? <span class="muted" data-app={p.app}> · {p.app}</span> : null}
        <button type="button" class="x" aria-label={l.close} onClick={p.onClose}>×</button>
      </div>
      <div class="scroll">
        <table>
          <tbody>
            {p.invoices.map((d, i) => (
              <tr key={i}>
                <td><input type="checkbox" aria-label={d.invoiceNumber ?? ''} disabled={draft(i)} checked={checked.has(i)} onChange={(e) => { const n = new Set(checked); if ((e.target as HTMLInputElement).checked) n.add(i); else n.delete(i); setChecked(n); }} /></td>
                <td>{d.invoiceNumber}{draft(i) ? <span class="small muted"> ({l.draftTag})</span> : null}</td>
                <td>{d.buyerName}</td>
                <td class={low(d, 'dueDate') ? 'uncertain' : ''}>{shortDate(d.dueDate, p.lang)}</td>
                <td class="num">{d.currency && d.amountDue !== null ? money(d.amountDue, d.currency, p.lang) : '?'}</td>
                <td>{p.statuses[i]?.tracked ? '✓' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="row">
        <button type="button" class="primary" disabled={!checked.size} onClick={async () => { const err = await p.onTrack(p.invoices.filter((_, i) => checked.has(i)), false); setMsg(err ?? `${l.done} (${checked.size})`); }}>
          {l.importSel} ({checked.size})
        </button>
      </div>
      {msg ? <p role="status" class="small">{msg}</p> : null}
    </div>
  );
}
