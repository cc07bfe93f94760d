import { translator } from '@/lib/i18n/t';
import type { MessageKey } from '@/lib/i18n/t';
import { useMemo, useState } from 'preact/hooks';
import type { Client } from '@/lib/model/client';
import type { Sender } from '@/lib/model/sender';
import { TONES, type Tone } from '@/lib/model/policy';
import type { Suggestion } from '@/lib/escalation/plan';
import {
  proposePaymentPlan,
  renderCallScript,
  renderDraft,
  suggestionFacts,
  type Draft,
  type TemplateOverrides,
} from '@/lib/drafts/render';
import { addDays } from '@/lib/model/dates';
import { DRAFT_KINDS, type DraftKind, type DraftLang } from '@/lib/drafts/kinds';
import { agreementLines, type AgreementField } from '@/lib/drafts/agreement';
import type { UiLang } from '@/lib/i18n/languages';
import { HNodeView } from './HNodeView';
import type { T } from './i18n';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from './async-handler';

export interface DraftActions {
  /** Insert into the open compose window; resolves to an error message or null. */
  onInsert?(draft: Draft, kind: DraftKind): Promise<string | null>;
  onCopy(draft: Draft): Promise<void>;
  onLetter?(kind: DraftKind, lang: DraftLang): void;
}

const KIND_LABEL: Record<DraftKind, MessageKey> = {
  courtesy: 'draftviewCourtesyReminder',
  'reminder-1': 'draftviewFirstReminder',
  'reminder-2': 'draftviewSecondReminder',
  'final-notice': 'draftviewFinalNotice',
  'formal-notice': 'draftviewFormalNotice',
  'stop-work': 'stopWork',
  'payment-plan': 'draftviewPaymentPlanProposal',
  'thank-you': 'draftviewThankYou',
  'agreement-recap': 'draftviewAgreementRecap',
};

/** The recap form's fields, named in the UI language (the recap itself is in the draft's). */
const AGREEMENT_FIELD_LABEL: Record<AgreementField, MessageKey> = {
  scope: 'draftviewAgreementScope',
  price: 'draftviewAgreementPrice',
  deposit: 'draftviewAgreementDeposit',
  schedule: 'draftviewAgreementSchedule',
  due: 'draftviewAgreementDue',
};

export function defaultKind(s: Suggestion): DraftKind {
  const k = s.step as DraftKind | null;
  // At the call step, the e-mail to write is the one that follows it.
  return k && (DRAFT_KINDS as readonly string[]).includes(k)
    ? k
    : s.step === 'call'
      ? 'reminder-2'
      : s.step === 'recovery'
        ? 'formal-notice'
        : 'reminder-1';
}

/** The draft with tone and language switches, a live preview, and Insert / Copy / New message. */
export function DraftView(
  props: {
    suggestion: Suggestion;
    client: Client;
    sender: Sender;
    today: string;
    uiLang: UiLang;
    templates: TemplateOverrides;
    t: T;
  } & DraftActions,
) {
  const { suggestion: s, t } = props;
  const [kind, setKind] = useState<DraftKind>(defaultKind(s));
  const [tone, setTone] = useState<Tone>(s.tone);
  const [lang, setLang] = useState<DraftLang>(props.client.language);
  const [status, setStatus] = useState<string | null>(null);
  const [instalments, setInstalments] = useState(3);
  const [agreement, setAgreement] = useState({
    scope: '',
    price: '',
    deposit: '',
    schedule: '',
    due: '',
  });
  const recap = agreementLines(agreement, lang);
  const result = useMemo(() => {
    try {
      return {
        draft: renderDraft({
          kind,
          lang,
          tone,
          client: props.client,
          sender: props.sender,
          ...suggestionFacts(s),
          today: props.today,
          overrides: props.templates,
          plan: proposePaymentPlan(s.amounts, addDays(props.today, 7), instalments),
          agreement: recap,
        }),
        error: null,
      };
    } catch (err) {
      return { draft: null, error: (err as Error).message };
    }
  }, [
    kind,
    lang,
    tone,
    s,
    props.client,
    props.sender,
    props.today,
    props.templates,
    instalments,
    agreement,
  ]);
  const script =
    s.step === 'call'
      ? renderCallScript({
          lang,
          tone,
          client: props.client,
          sender: props.sender,
          invoices: s.invoices,
          amounts: s.amounts,
          daysLate: s.daysLate,
          history: s.history,
          jurisdiction: s.jurisdiction,
          lawRef: s.lawRef,
          today: props.today,
        })
      : null;
  const draft = result.draft;
  const mailto = draft
    ? `mailto:${encodeURIComponent(props.client.emails[0] ?? '')}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.text)}`
    : '#';
  return (
    <section aria-label={t('draft')}>
      {script ? (
        <div class="card">
          <h3>{t('callScript')}</h3>
          <ol class="call-script">
            {script.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <div class="row">
        <label>
          {t('draft')}
          <select
            name="kind"
            value={kind}
            onChange={(e) => setKind((e.target as HTMLSelectElement).value as DraftKind)}
          >
            {DRAFT_KINDS.map((k) => (
              <option key={k} value={k}>
                {translator(props.uiLang)(KIND_LABEL[k])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tone')}
          <select
            name="tone"
            value={tone}
            onChange={(e) => setTone((e.target as HTMLSelectElement).value as Tone)}
          >
            {TONES.map((x) => (
              <option key={x} value={x}>
                {t(x)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('language')}
          <select
            name="lang"
            value={lang}
            onChange={(e) => setLang((e.target as HTMLSelectElement).value as DraftLang)}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {kind === 'payment-plan' ? (
        <label>
          {translator(props.uiLang)('draftviewMonthlyInstalments')}
          <input
            type="number"
            min={2}
            max={24}
            value={instalments}
            onInput={(e) =>
              setInstalments(
                Math.min(24, Math.max(2, Number((e.target as HTMLInputElement).value) || 2)),
              )
            }
          />
        </label>
      ) : null}
      {kind === 'agreement-recap' ? (
        <div class="row">
          {(Object.keys(agreement) as (keyof typeof agreement)[]).map((k) => (
            <label key={k}>
              {t(AGREEMENT_FIELD_LABEL[k])}
              <input
                name={`agreement-${k}`}
                value={agreement[k]}
                maxLength={300}
                onInput={(e) =>
                  setAgreement({ ...agreement, [k]: (e.target as HTMLInputElement).value })
                }
              />
            </label>
          ))}
        </div>
      ) : null}
      {result.error ? (
        <p role="alert" class="danger">
          {result.error}
        </p>
      ) : null}
      {draft ? (
        <div class="card">
          <p class="draft-subject">
            <strong>{draft.subject}</strong>
          </p>
          <div class="draft-preview" data-testid="draft-preview">
            <HNodeView nodes={draft.nodes} />
          </div>
        </div>
      ) : null}
      {draft ? (
        <div class="row">
          {props.onInsert ? (
            <button
              class="primary"
              type="button"
              onClick={asyncHandler(
                async () => {
                  const err = await props.onInsert!(draft, kind);
                  setStatus(err ? `${t('insertFailed')} : ${err}` : '✓');
                },
                (err) => setStatus(`${t('insertFailed')} : ${errorText(err)[props.uiLang]}`),
              )}
            >
              {t('insert')}
            </button>
          ) : null}
          <button
            type="button"
            onClick={asyncHandler(
              async () => {
                await props.onCopy(draft);
                setStatus(t('copied'));
              },
              (err) => setStatus(errorText(err)[props.uiLang]),
            )}
          >
            {t('copy')}
          </button>
          <a class="btn" href={mailto} target="_blank" rel="noopener noreferrer">
            {t('newMessage')}
          </a>
          {props.onLetter &&
          (kind === 'formal-notice' || kind === 'final-notice' || kind === 'stop-work') ? (
            <button type="button" onClick={() => props.onLetter!(kind, lang)}>
              {t('printLetter')}
            </button>
          ) : null}
          {status ? (
            <span role="status" class="small">
              {status}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
