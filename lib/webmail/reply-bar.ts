import { formatDate, type CalendarDate } from '../model/dates';
import { formatMoney } from '../model/money';
import { documentText } from '../app/reply-log';
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
  lang: 'fr' | 'en';
  onSave(
    choice: BarChoice,
  ): Promise<{ ok: true; duplicate: boolean } | { ok: false; error: string }>;
  onDismiss(): void;
}

function offer(f: ReplyFinding, lang: 'fr' | 'en'): string {
  const fr = lang === 'fr';
  const when = f.date ? formatDate(f.date, lang) : null;
  const amount = f.amount ? ` (${formatMoney(f.amount.minor, f.amount.currency, lang)})` : '';
  switch (f.kind) {
    case 'promise':
      return fr
        ? `Promesse de paiement${amount}${when ? ` pour le ${when}` : ''} — l’enregistrer ?`
        : `Promise to pay${amount}${when ? ` by ${when}` : ''} — save it?`;
    case 'paid':
      return fr
        ? `Le client dit avoir payé${amount}${when ? ` le ${when}` : ''} : à vérifier sur votre relevé — mettre les relances en pause ?`
        : `The client says it is paid${amount}${when ? ` on ${when}` : ''}: check your bank statement — pause the reminders?`;
    case 'dispute':
      return fr
        ? 'Le client conteste la facture — enregistrer la contestation ?'
        : 'The client disputes the invoice — save the dispute?';
    case 'document': {
      const what = f.document ? documentText(f.document, lang) : fr ? 'un document' : 'a document';
      return fr
        ? `Le client demande ${what} — mettre les relances en pause le temps de répondre ?`
        : `The client asks for ${what} — pause the reminders while you answer?`;
    }
    case 'out-of-office':
      return fr
        ? `Réponse automatique : absent${when ? ` jusqu’au ${when}` : ''} — reporter la prochaine relance à son retour ?`
        : `Automatic reply: away${when ? ` until ${when}` : ''} — hold the next reminder until they are back?`;
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
  const fr = lang === 'fr';
  const host = document.createElement('relance-reply-bar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', fr ? 'Relance : réponse du client' : 'Relance: client reply');
  const brand = document.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Relance';
  const text = document.createElement('span');
  text.className = 'offer';
  text.textContent = offer(f, lang);
  const quote = document.createElement('span');
  quote.className = 'quote';
  quote.textContent = fr ? `«\u202f${f.sentence}\u202f»` : `“${f.sentence}”`;
  bar.append(brand, text);

  let dateInput: HTMLInputElement | null = null;
  if (f.kind === 'promise' || f.kind === 'paid' || f.kind === 'out-of-office') {
    const label = document.createElement('label');
    label.textContent =
      f.kind === 'promise'
        ? fr
          ? 'Date promise'
          : 'Date promised'
        : f.kind === 'paid'
          ? fr
            ? 'Payé le'
            : 'Paid on'
          : fr
            ? 'De retour le'
            : 'Back on';
    dateInput = document.createElement('input');
    dateInput.type = 'date';
    dateInput.value = f.date ?? '';
    dateInput.required = f.kind !== 'paid';
    label.append(dateInput);
    bar.append(label);
  }
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = fr ? 'Enregistrer' : 'Save';
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'secondary';
  dismiss.textContent = fr ? 'Ignorer' : 'Dismiss';
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
      status.textContent =
        f.kind === 'promise'
          ? fr
            ? 'Indiquez la date promise.'
            : 'Enter the date promised.'
          : fr
            ? 'Indiquez la date de retour.'
            : 'Enter the return date.';
      dateInput.focus();
      return;
    }
    save.disabled = true;
    const res = await opts.onSave({ date });
    if (res.ok) {
      status.className = 'status';
      status.textContent = res.duplicate
        ? fr
          ? 'Déjà enregistré dans Relance.'
          : 'Already saved in Relance.'
        : fr
          ? 'Enregistré dans Relance.'
          : 'Saved in Relance.';
      save.remove();
      dismiss.textContent = fr ? 'Fermer' : 'Close';
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
