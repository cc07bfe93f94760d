import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { DetectedInvoice } from '@/lib/detect/invoice-reading';
import type { ClientSummary, PageInvoiceStatus } from '@/lib/messaging/protocol';
import type { ComplianceRule } from '@/lib/prevention/compliance';
import { STEP_LABELS } from '@/lib/escalation/steps';
import type { StepId } from '@/lib/model/policy';
import { invoiceStatusText } from '@/lib/model/invoice';
import { recommendationText } from '@/lib/escalation/portfolio';
import type { UiLang } from '../i18n';
import { ListPanel } from './ListPanel';
import { TrackForm } from './TrackForm';

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

/** The badge on an invoice page (with its track form, TrackForm.tsx); on a list page, the list importer (ListPanel.tsx). */
export function InvoiceOverlay(p: OverlayProps) {
  const t = translator(p.lang);
  const [open, setOpen] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  const [asked, setAsked] = useState(false);
  if (p.kind === 'none') {
    return (
      <div class="box" role="status">
        {t('overlayNone')} {p.note ? <span class="small muted">{p.note}</span> : null}{' '}
        <button type="button" onClick={p.onClose}>
          {t('overlayClose')}
        </button>
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
        {p.app ? (
          <span class="muted" data-app={p.app}>
            {' '}
            · {p.app}
          </span>
        ) : null}
        {st?.tracked ? (
          <>
            {' · '}
            <span class="pill">{st.status ? invoiceStatusText(st.status, p.lang) : null}</span>
            {st.daysLate ? ` · ${st.daysLate} ${t('overlayLate')}` : ''}
          </>
        ) : (
          <span class="muted"> · {t('overlayNotTracked')}</span>
        )}
        <button type="button" class="x" aria-label={t('overlayClose')} onClick={p.onClose}>
          ×
        </button>
      </div>
      {st?.nextStep ? (
        <p class="small">
          {t('overlayNext')} :{' '}
          <strong>{STEP_LABELS[st.nextStep as StepId]?.[p.lang] ?? st.nextStep}</strong> —{' '}
          {st.reason?.[p.lang]}
        </p>
      ) : null}
      {p.client ? <ClientLine c={p.client} lang={p.lang} /> : null}
      {d.warnings.length ? (
        <p class="small warn">
          {t('overlayCheck')} : {d.warnings.map((w) => w[p.lang]).join(' · ')}
        </p>
      ) : null}
      {p.missing.length ? (
        <details class="small">
          <summary>
            {t('overlayMissing')} ({p.missing.length})
          </summary>
          <ul>
            {p.missing.map((r) => (
              <li key={r.id}>
                <strong>{r.label[p.lang]}</strong> — {r.why[p.lang]} <em>({r.lawRef})</em>
                <div class="row">
                  <code>{r.suggestion[p.lang]}</code>{' '}
                  <button
                    type="button"
                    onClick={() => void navigator.clipboard.writeText(r.suggestion[p.lang])}
                  >
                    {t('overlayCopy')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {open ? (
        <TrackForm
          d={d}
          lang={p.lang}
          onCancel={() => setOpen(false)}
          onSave={async (edited) => {
            const err = await p.onTrack([edited], true);
            setMsg(err ?? t('overlayDone'));
            if (!err) setOpen(false);
          }}
        />
      ) : d.status === 'draft' && !st?.tracked ? (
        // A draft was never sent: nobody owes it, so there is nothing to track (the ledger refuses it too).
        <p class="small muted" data-testid="draft-note">
          {t('overlayDraft')}
        </p>
      ) : (
        <div class="row">
          <button type="button" class="primary" onClick={() => setOpen(true)}>
            {st?.tracked ? t('overlayUpdate') : t('overlayTrack')}
          </button>
          {st?.tracked ? (
            <button type="button" onClick={() => p.onPrepare(d.invoiceNumber!)}>
              {t('overlayPrepare')}
            </button>
          ) : null}
          {p.onProfile && !p.client && !asked ? (
            <button type="button" onClick={() => void p.onProfile!().then(() => setAsked(true))}>
              {t('overlayProfile')}
            </button>
          ) : null}
          {asked && !p.client ? <span class="small muted">{t('overlayUnknownClient')}</span> : null}
        </div>
      )}
      {msg ? (
        <p role="status" class="small">
          {msg}
        </p>
      ) : null}
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
      <strong title={c.name}>{c.name}</strong> — {t('invoiceoverlayAverageDelay')}{' '}
      {c.averageDaysLate ?? '—'} {t('invoiceoverlayD')}, {t('clientprofileWorst')} {c.worstDaysLate}
      {c.highestStep
        ? `, ${t('invoiceoverlayHighestStep')} ${STEP_LABELS[c.highestStep as StepId]?.[lang] ?? c.highestStep}`
        : ''}
      {c.disputes ? `, ${c.disputes} ${t('invoiceoverlayDisputeS')}` : ''}.{' '}
      <strong>{t('invoiceoverlayAdvice')} :</strong>{' '}
      {lowerFirst(recommendationText(c.recommendation, lang))}
      {c.recommendation.reasons.length
        ? ` (${c.recommendation.reasons.map((r) => r[lang]).join(' ; ')})`
        : ''}
    </p>
  );
}
