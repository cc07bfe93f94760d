import { toBackground, toTab } from '../messaging/protocol';
import { composeViews, type ComposeView, type MailSelectors } from './compose-view';

/**
 * The mail-app content script's engine, the same for Gmail and Outlook: finds compose
 * windows without watching the page's mutations (a mail app mutates its DOM all the
 * time): a compose gets focus when it opens, so a focus inside the page schedules one
 * query, and a slow idle-time check catches the rest. Adds the Relance button in a
 * closed shadow root, docks the panel (an extension page in an iframe, so the host
 * page cannot read the ledger), inserts drafts on request and reports sends.
 * Constructing does nothing; start() attaches, the signal's abort detaches everything.
 */
const SCAN_DELAY_MS = 150;
const IDLE_CHECK_MS = 5000;

interface Attached {
  view: ComposeView;
  host: HTMLElement;
  /** The overdue count, as a data-n attribute drawn by CSS (not text the page could read). */
  count: HTMLElement;
  panel: HTMLElement | null;
  sending: boolean;
}

export function startMailApp(selectors: MailSelectors, signal: AbortSignal, label: { fr: boolean }): void {
  const attached = new Map<string, Attached>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const scan = () => {
    timer = null;
    const views = composeViews(document, selectors);
    const live = new Set(views.map((v) => v.id));
    for (const [id, a] of attached) {
      if (!live.has(id) || !a.view.root.isConnected) {
        a.host.remove();
        a.panel?.remove();
        attached.delete(id);
      }
    }
    for (const v of views) if (!attached.has(v.id)) attach(v);
  };
  const schedule = () => {
    if (timer === null && !signal.aborted) timer = setTimeout(scan, SCAN_DELAY_MS);
  };

  document.addEventListener('focusin', schedule, { capture: true, passive: true, signal });
  document.addEventListener('click', schedule, { capture: true, passive: true, signal });
  const idle = setInterval(() => {
    // A safety net for composes that open without taking focus; never while the page is in the background.
    if (document.visibilityState !== 'visible' || !document.hasFocus()) return;
    if ('requestIdleCallback' in window) requestIdleCallback(() => schedule(), { timeout: 1000 });
    else schedule();
  }, IDLE_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearInterval(idle);
    if (timer !== null) clearTimeout(timer);
    for (const a of attached.values()) {
      a.host.remove();
      a.panel?.remove();
    }
    attached.clear();
  });
  schedule();

  function attach(view: ComposeView) {
    const host = document.createElement('relance-compose-button');
    host.setAttribute('data-compose', view.id);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // Fixed size, whatever it shows: the page can measure the host (its width once told
    // whether a recipient owed money), so nothing inside may change its layout, and the
    // count is drawn by CSS from an attribute of the closed root, not as text.
    style.textContent =
      ':host{all:initial;display:inline-block;box-sizing:border-box;width:104px;height:26px;contain:strict;overflow:hidden;vertical-align:middle;margin:0 6px}' +
      'button{position:relative;box-sizing:border-box;width:100%;height:100%;font:600 12px system-ui,sans-serif;border:1px solid #0f766e;color:#0f766e;background:#fff;border-radius:14px;padding:0 30px 0 10px;cursor:pointer;text-align:left;white-space:nowrap;overflow:hidden}' +
      'button:focus-visible{outline:3px solid #2563eb;outline-offset:-3px}.n{position:absolute;right:6px;top:50%;transform:translateY(-50%);min-width:16px;border-radius:8px;background:#b3261e;color:#fff;font-size:11px;line-height:16px;text-align:center}.n::after{content:attr(data-n)}.n:not([data-n]){display:none}';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Relance';
    button.setAttribute('aria-label', label.fr ? 'Relance : factures en retard de ce client' : 'Relance: this client’s overdue invoices');
    const count = document.createElement('span');
    count.className = 'n';
    count.setAttribute('aria-hidden', 'true');
    button.append(count);
    shadow.append(style, button);
    const toolbar = view.toolbar();
    if (toolbar) {
      const cell = toolbar.tagName === 'TR' ? document.createElement('td') : null;
      if (cell) {
        cell.append(host);
        toolbar.append(cell);
      } else toolbar.append(host);
    } else {
      // The app changed its markup: still reachable, floating on the compose.
      host.style.cssText = 'position:absolute;top:6px;right:48px;z-index:2147483000';
      view.root.append(host);
    }
    const a: Attached = { view, host, count, panel: null, sending: false };
    attached.set(view.id, a);
    // Only the user's own click: the page can dispatch synthetic ones on anything it reaches.
    button.addEventListener('click', (e) => {
      if (e.isTrusted) void togglePanel(a);
    }, { signal });
    view.root.addEventListener('click', (e) => {
      const send = view.sendButton();
      if (send && e.target instanceof Node && send.contains(e.target)) markSending(a);
    }, { capture: true, signal });
    view.root.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) markSending(a);
    }, { capture: true, signal });
    view.root.addEventListener('focusout', () => void refreshCount(a), { signal });
    void refreshCount(a);
  }

  async function refreshCount(a: Attached) {
    const recipients = a.view.recipients();
    const show = (n: number) => (n ? a.count.setAttribute('data-n', n > 99 ? '99+' : String(n)) : a.count.removeAttribute('data-n'));
    if (!recipients.length) {
      show(0);
      return;
    }
    try {
      const res = await toBackground.sendMessage('compose:lookup', { recipients });
      show(res.ok ? res.value.reduce((s, m) => s + m.overdueCount, 0) : 0);
    } catch {
      show(0);
    }
  }

  async function togglePanel(a: Attached) {
    if (a.panel) {
      a.panel.remove();
      a.panel = null;
      return;
    }
    // The panel shows a client only with a single-use grant the background gives us:
    // a page framing sidepanel.html itself, with any query, gets an empty page.
    let token: string;
    try {
      const res = await toBackground.sendMessage('compose:panel', { composeId: a.view.id.slice(0, 100), recipients: a.view.recipients().slice(0, 100) });
      if (!res.ok || a.panel) return;
      token = res.value.token;
    } catch {
      return;
    }
    const frame = document.createElement('iframe');
    frame.src = browser.runtime.getURL(`/sidepanel.html#t=${token}` as '/sidepanel.html');
    frame.title = 'Relance';
    frame.setAttribute('data-relance-panel', a.view.id);
    const rect = a.view.root.getBoundingClientRect();
    const width = 400;
    const left = rect.left > width + 16 ? rect.left - width - 8 : Math.max(8, window.innerWidth - width - 8);
    const height = Math.min(640, window.innerHeight - 16);
    const top = Math.min(Math.max(8, rect.top), window.innerHeight - height - 8);
    frame.style.cssText = `position:fixed;z-index:2147483001;top:${top}px;left:${left}px;width:${width}px;height:${height}px;border:1px solid #c9c4bc;border-radius:10px;background:#fbfaf8;box-shadow:0 8px 30px rgba(0,0,0,.18)`;
    document.body.append(frame);
    a.panel = frame;
  }

  function markSending(a: Attached) {
    if (a.sending) return;
    a.sending = true;
    // Told at once: the tab may close before the compose disappears (a pop-out window).
    void toBackground.sendMessage('compose:sending', { composeId: a.view.id }).catch(() => undefined);
    const started = Date.now();
    const check = () => {
      // The app removes a compose once sent (Gmail's full-screen compose only loses its
      // body); a compose still there after 15 s was not sent.
      if (!a.view.root.isConnected || !a.view.editor.isConnected) {
        reportSent(a);
        a.panel?.remove();
        return;
      }
      if (Date.now() - started > 15_000) {
        a.sending = false;
        return;
      }
      setTimeout(check, 200);
    };
    setTimeout(check, 200);
  }

  function reportSent(a: Attached) {
    if (!a.sending) return;
    a.sending = false;
    void toBackground.sendMessage('compose:sent', { composeId: a.view.id }).catch(() => undefined);
  }
  const offList = toTab.onMessage('compose:list', () => {
    const views = composeViews(document, selectors);
    if (!views.length) {
      // Say what could not be found: the app may have changed its markup.
      const editable = document.querySelector('[contenteditable="true"], textarea');
      return { ok: false, error: editable ? `a text field is open but does not match the compose selector "${selectors.editor}" (${selectors.seen}); use Copy or New message` : 'no compose window is open in this tab' };
    }
    return { ok: true, value: views.map((v) => ({ id: v.id, recipients: v.recipients(), subject: v.subject() })) };
  });
  const offInsert = toTab.onMessage('compose:insert', async ({ data }) => {
    const views = composeViews(document, selectors);
    const view = views.find((v) => v.id === data.composeId) ?? (views.length === 1 ? views[0] : undefined);
    if (!view) {
      return { ok: false, error: views.length ? `compose ${data.composeId} is closed` : `no compose window found (selector "${selectors.editor}", ${selectors.seen})` };
    }
    try {
      const method = await view.insert({ subject: data.subject, text: data.text, html: data.html });
      return { ok: true, value: { inserted: true, method } as { inserted: boolean } };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  });
  signal.addEventListener('abort', () => {
    offList();
    offInsert();
  });
}
