import { formatDate, type CalendarDate } from '../model/dates';
import { formatMoney } from '../model/money';
import { documentText } from '../app/reply-log';
import type { UiLang } from '../i18n/languages';
import { translator } from '../i18n/t';
import type { ReplyFinding } from '../replies/classify';

/**
 * The small Relance bar above a client's message: what the reply says, the client's own
 * sentence, the date (editable) and one click to log it. It lives in a closed shadow root
 * and answers only trusted clicks: the mail page can neither read it nor press its
 * buttons. Everything in it is text (the sentence comes from the page).
 */
export interface BarChoice {
  date?: CalendarDate;
}

export interface BarOptions {
  finding: ReplyFinding;
  lang: UiLang;
  onSave(
    choice: BarChoice,
  ): Promise<{ ok: true; duplicate: boolean } | { ok: false; error: string }>;
  onDismiss(): void;
}

function offer(f: ReplyFinding, lang: UiLang): string {
  const t = translator(lang);
  const when = f.date ? formatDate(f.date, lang) : undefined;
  const amount = f.amount ? formatMoney(f.amount.minor, f.amount.currency, lang) : undefined;
  switch (f.kind) {
    case 'promise':
      return t('replyBarPromise', amount, when);
    case 'paid':
      return t('replyBarPaid', amount, when);
    case 'dispute':
      return t('replyBarDispute');
    case 'document':
      return t(
        'replyBarDocument',
        f.document ? documentText(f.document, lang) : t('replyDocumentAny'),
      );
    case 'out-of-office':
      return t('replyBarAway', when);
  }
}

const CSS =
  ':host{all:initial}' +
  '.bar{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;font:13px/1.4 system-ui,sans-serif;color:#1f2937;background:#f0fdfa;border:1px solid #0f766e;border-radius:8px;padding:8px 10px;margin:6px 0;max-width:100%;box-sizing:border-box}' +
  '.brand{font-weight:700;color:#0f766e}.offer{flex:1 1 260px;min-width:0;overflow-wrap:anywhere}' +
  '.quote{flex-basis:100%;color:#374151;font-style:italic;overflow-wrap:anywhere}' +
  'button{font:600 12px system-ui,sans-serif;border-radius:14px;padding:3px 12px;cursor:pointer;border:1px solid #0f766e;background:#0f766e;color:#fff}' +
  'button.secondary{background:#fff;color:#0f766e}button:focus-visible,input:focus-visible{outline:3px solid #2563eb;outline-offset:2px}' +
  'label{font-size:12px}input{font:12px system-ui,sans-serif;margin-left:4px}.status{flex-basis:100%;font-size:12px}.status.error{color:#b3261e}';

export function createReplyBar(opts: BarOptions): HTMLElement {
  const { finding: f, lang } = opts;
  const t = translator(lang);
  const host = document.createElement('relance-reply-bar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t('replyBarRegion'));
  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Relance';
  const text = document.createElement('span');
  text.className = 'offer';
  text.textContent = offer(f, lang);
  const quote = document.createElement('span');
  quote.className = 'quote';
  quote.textContent = t('replyBarQuote', f.sentence);
  bar.append(brand, text);

  let dateInput: HTMLInputElement | null = null;
  if (f.kind === 'promise' || f.kind === 'paid' || f.kind === 'out-of-office') {
    const label = document.createElement('label');
    label.textContent = t(
      f.kind === 'promise'
        ? 'replyBarDatePromised'
        : f.kind === 'paid'
          ? 'replyBarPaidOn'
          : 'replyBarBackOn',
    );
    dateInput = document.createElement('input');
    dateInput.type = 'date';
    dateInput.value = f.date ?? '';
    dateInput.required = f.kind !== 'paid';
    label.append(dateInput);
    bar.append(label);
  }
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = t('save');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'secondary';
  dismiss.textContent = t('replyBarDismiss');
  const status = document.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  bar.append(save, dismiss, quote, status);
  shadow.append(style, bar);

  const onSaveClick = async (e: Event) => {
    // A script of the page can click too; only the user's own click counts.
    if (!e.isTrusted) return;
    const date = dateInput?.value || undefined;
    if (dateInput?.required && !date) {
      status.className = 'status error';
      status.textContent = t(
        f.kind === 'promise' ? 'replyEnterPromiseDate' : 'replyEnterReturnDate',
      );
      dateInput.focus();
      return;
    }
    save.disabled = true;
    const res = await opts.onSave({ date });
    if (res.ok) {
      status.className = 'status';
      status.textContent = t(res.duplicate ? 'replyBarAlreadySaved' : 'replyBarSaved');
      save.remove();
      dismiss.textContent = t('replyBarClose');
      if (dateInput) dateInput.disabled = true;
    } else {
      save.disabled = false;
      status.className = 'status error';
      status.textContent = res.error;
    }
  };
  // A failure the background did not answer (the extension reloaded) shows like a refusal.
  save.addEventListener(
    'click',
    (e) =>
      void onSaveClick(e).catch((err: unknown) => {
        save.disabled = false;
        status.className = 'status error';
        status.textContent = err instanceof Error ? err.message : String(err);
      }),
  );
  dismiss.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    opts.onDismiss();
  });
  return host;
}
