import { toTab } from '../messaging/protocol';
import { background } from '../messaging/port';
import { composeViews, type ComposeView, type MailSelectors } from './compose-view';
import { placePanel, PANEL_WIDTH } from './panel-place';
import { noticeEvents, sendEvidence, type Clock, type NoticeState } from './send-evidence';
import type { UiLang } from '../i18n/languages';
import { translator } from '../i18n/t';

/**
 * The mail-app content script's engine, the same for Gmail and Outlook. It finds compose
 * windows without watching the whole page (a mail app mutates its DOM all the time): a
 * compose takes focus when it opens, so a focus or click schedules one query, as do a few
 * checks after load. Each compose found is then watched from its own container (its
 * ancestors' child lists, no subtree): it leaving, a sibling compose arriving, or it
 * moving is seen at once, at no cost while nothing changes there.
 * It adds the Relance button in a closed shadow root, docks the panel (an extension page
 * in an iframe, so the host page cannot read the ledger) beside the compose, follows the
 * recipients as they are typed, inserts drafts on request, and reports a send only on the
 * app's evidence (send-evidence.ts). Constructing does nothing; the signal's abort
 * detaches everything.
 */
const SCAN_DELAY_MS = 150;
const STARTUP_SCANS_MS = [1000, 3000, 8000];
const RECIPIENTS_DELAY_MS = 200;
const NOTICE_LOOK_MS = 250;

/** The docked panel: its host in the page, and the frame inside the host's closed shadow root. */
interface Panel {
  host: HTMLElement;
  frame: HTMLIFrameElement;
}

interface Attached {
  view: ComposeView;
  host: HTMLElement;
  /** The overdue count, as a data-n attribute drawn by CSS (not text the page could read). */
  count: HTMLElement;
  panel: Panel | null;
  recipients: string;
  key: string;
  watch: MutationObserver;
  resize: ResizeObserver | null;
  refresh: ReturnType<typeof setTimeout> | null;
  /** The compose's container when its watch began. */
  parent: Node | null;
}

export interface MailAppOptions {
  clock?: Clock;
}

export function startMailApp(
  selectors: MailSelectors,
  signal: AbortSignal,
  lang: UiLang,
  opts: MailAppOptions = {},
): void {
  const attached = new Map<string, Attached>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const evidence = sendEvidence({
    confirmation: selectors.confirmation,
    clock: opts.clock,
    failing: () => !!selectors.sendFailure && !!document.querySelector(selectors.sendFailure),
    report(composeId, noticeAt) {
      // Nothing waits for the answer: posted, so a tab closing right after leaves nothing pending.
      if (composeId) background().post('compose:sent', { composeId });
      else background().post('compose:sent-elsewhere', { noticeAt: Math.round(noticeAt) });
    },
  });

  const scan = () => {
    timer = null;
    const views = composeViews(document, selectors);
    const live = new Set(views.map((v) => v.id));
    for (const [id, a] of attached) if (!live.has(id) || !a.view.alive()) gone(a);
    for (const v of views) if (!attached.has(v.id) && v.alive()) attach(v);
    watchNotice();
  };
  const schedule = () => {
    if (timer === null && !signal.aborted) timer = setTimeout(scan, SCAN_DELAY_MS);
  };

  document.addEventListener('focusin', schedule, { capture: true, passive: true, signal });
  document.addEventListener('click', schedule, { capture: true, passive: true, signal });
  const startup = STARTUP_SCANS_MS.map((ms) => setTimeout(schedule, ms));
  const onResize = () => {
    for (const a of attached.values()) place(a);
  };
  window.addEventListener('resize', onResize, { passive: true, signal });
  signal.addEventListener('abort', () => {
    for (const t of startup) clearTimeout(t);
    if (timer !== null) clearTimeout(timer);
    for (const a of attached.values()) detach(a);
    attached.clear();
    noticeWatch?.disconnect();
    evidence.dispose();
  });
  schedule();

  // The app's own "sent" notice (Gmail): watched only from its container.
  let noticeWatch: MutationObserver | null = null;
  let noticeBox: Element | null = null;
  let noticeState: NoticeState = 'none';
  /** The sent notice's own element: a new one is a new message's notice, even in the same state. */
  let noticeMark: Element | null = null;
  const shown = (el: HTMLElement | null | undefined): el is HTMLElement => {
    if (!el || !el.isConnected) return false;
    const check = (el as HTMLElement & { checkVisibility?: (o: object) => boolean })
      .checkVisibility;
    return check
      ? check.call(el, { checkVisibilityCSS: true, visibilityProperty: true })
      : el.getClientRects().length > 0;
  };
  function readNotice(): NoticeState {
    const n = selectors.notice!;
    const sent = noticeBox?.querySelector<HTMLElement>(n.sent);
    if (!shown(sent)) return 'none';
    return shown(noticeBox!.querySelector<HTMLElement>(n.undo)) ? 'undoable' : 'settled';
  }
  function onNotice() {
    const next = readNotice();
    const mark =
      next === 'none' ? null : (noticeBox?.querySelector(selectors.notice!.sent) ?? null);
    const replaced = next !== 'none' && noticeState !== 'none' && mark !== noticeMark;
    noticeMark = mark;
    if (next === noticeState && !replaced) return;
    const prev = replaced ? 'none' : noticeState;
    noticeState = next;
    for (const event of noticeEvents(prev, next)) {
      if (event === 'sent') evidence.noticeSent();
      else evidence.noticeSettled();
    }
  }
  function watchNotice() {
    const n = selectors.notice;
    if (!n || (noticeBox && noticeBox.isConnected)) return;
    noticeWatch?.disconnect();
    noticeBox = document.querySelector(n.container);
    if (!noticeBox) return;
    noticeWatch = new MutationObserver(onNotice);
    noticeWatch.observe(noticeBox, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden'],
    });
    noticeState = 'none';
    onNotice();
  }
  if (selectors.notice) {
    const undo = selectors.notice.undo;
    // Undo cancels whoever clicks it: the app undoes the send either way.
    document.addEventListener(
      'click',
      (e) => {
        if (e.target instanceof Element && e.target.closest(undo)) evidence.noticeUndone();
      },
      { capture: true, passive: true, signal },
    );
    document.addEventListener(
      'keydown',
      (e) => {
        if (
          (e.key === 'Enter' || e.key === ' ') &&
          e.target instanceof Element &&
          e.target.closest(undo)
        )
          evidence.noticeUndone();
      },
      { capture: true, passive: true, signal },
    );
  }

  const isOurs = (el: Element) =>
    el.localName === 'relance-compose-button' || el.localName === 'relance-panel';

  function keyOf(view: ComposeView): string {
    return `${view.subject()}\n${view.recipients().sort().join(',')}`;
  }

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
    button.setAttribute('aria-label', translator(lang)('mailButtonLabel'));
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
    // The compose's container: its ancestors (and the editor's, up to the root) tell when it
    // leaves, moves, or gets a sibling compose.
    const observeChain = () => {
      watch.disconnect();
      for (let el: Node | null = view.editor.parentNode; el && el !== document; el = el.parentNode)
        watch.observe(el, { childList: true });
      a.parent = view.root.parentNode;
    };
    const watch = new MutationObserver((records) => {
      if (!a.view.alive()) return gone(a);
      // Moved elsewhere (Gmail's full screen re-parents its dialog): watch the new container.
      if (view.root.parentNode !== a.parent) observeChain();
      if (
        records.some((r) =>
          Array.from(r.addedNodes).some((n) => n.nodeType === 1 && !isOurs(n as Element)),
        )
      )
        schedule();
      place(a);
    });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => place(a)) : null;
    resize?.observe(view.root);
    const a: Attached = {
      view,
      host,
      count,
      panel: null,
      recipients: '',
      key: '',
      watch,
      resize,
      refresh: null,
      parent: null,
    };
    attached.set(view.id, a);
    observeChain();
    a.key = keyOf(view);
    // Gmail's Undo (or Outlook's) brings the same message back in a new compose.
    evidence.reopened(a.key);
    // Only the user's own click: the page can dispatch synthetic ones on anything it reaches.
    button.addEventListener(
      'click',
      (e) => {
        if (e.isTrusted) void togglePanel(a);
      },
      { signal },
    );
    // Some apps act on the pointer's release and remove the compose before the click: both arm.
    view.root.addEventListener(
      'pointerup',
      (e) => {
        const send = view.sendButton();
        if (
          e.isTrusted &&
          e.button === 0 &&
          send &&
          e.target instanceof Node &&
          send.contains(e.target)
        )
          arm(a);
      },
      { capture: true, signal },
    );
    view.root.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted || !(e.target instanceof Element) || host.contains(e.target)) return;
        const send = view.sendButton();
        if (send && send.contains(e.target)) return arm(a);
        // Discard, Save & close, a menu: whatever the Send did, this is not a send.
        if (e.target.closest('[role="button"], button, img, [role="menuitem"], [role="link"]'))
          evidence.disarmed(view.id);
      },
      { capture: true, signal },
    );
    view.root.addEventListener(
      'keydown',
      (e) => {
        if (!e.isTrusted) return;
        const send = view.sendButton();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) arm(a);
        else if (
          (e.key === 'Enter' || e.key === ' ') &&
          send &&
          e.target instanceof Node &&
          send.contains(e.target)
        )
          arm(a);
      },
      { capture: true, signal },
    );
    const later = () => {
      if (a.refresh !== null) clearTimeout(a.refresh);
      a.refresh = setTimeout(() => {
        a.refresh = null;
        void refreshRecipients(a);
      }, RECIPIENTS_DELAY_MS);
    };
    for (const type of ['input', 'keyup', 'focusout', 'click', 'paste'])
      view.root.addEventListener(type, later, { capture: true, passive: true, signal });
    void refreshRecipients(a);
  }

  function arm(a: Attached) {
    // A compose already gone (an event still reaching its detached tree) is not sent twice.
    if (!attached.has(a.view.id) || evidence.stage(a.view.id) === 'armed') return;
    a.key = keyOf(a.view);
    evidence.armed(a.view.id, a.key);
    // Told at once: a pop-out window closes with its compose; the notice shows in another tab.
    const popout =
      !!selectors.popout && document.documentElement.querySelector(selectors.popout) !== null;
    background().post('compose:sending', { composeId: a.view.id, popout });
  }

  function detach(a: Attached) {
    a.watch.disconnect();
    a.resize?.disconnect();
    if (a.refresh !== null) clearTimeout(a.refresh);
    a.host.remove();
    a.panel?.host.remove();
    a.panel = null;
  }

  function gone(a: Attached) {
    if (!attached.has(a.view.id)) return;
    attached.delete(a.view.id);
    detach(a);
    evidence.closed(a.view.id);
    // Sent, perhaps: look for the app's notice area while the evidence may still come
    // (its container may be created with the first notice), then stop.
    if (selectors.notice && evidence.stage(a.view.id) === 'closed') {
      const look = setInterval(() => {
        if (signal.aborted || evidence.stage(a.view.id) !== 'closed') return clearInterval(look);
        watchNotice();
        onNotice();
      }, NOTICE_LOOK_MS);
    }
  }

  async function refreshRecipients(a: Attached) {
    if (!attached.has(a.view.id)) return;
    const recipients = a.view.recipients();
    const show = (n: number) =>
      n
        ? a.count.setAttribute('data-n', n > 99 ? '99+' : String(n))
        : a.count.removeAttribute('data-n');
    const joined = recipients.join(',');
    if (joined === a.recipients) return;
    a.recipients = joined;
    // The panel follows the recipients: a new grant names them (the panel trusts nothing else).
    if (a.panel) void loadPanel(a, a.panel);
    if (!recipients.length) {
      show(0);
      return;
    }
    try {
      const res = await background().send('compose:lookup', { recipients });
      const n = res.ok ? res.value.reduce((s, m) => s + m.overdueCount, 0) : 0;
      if (a.recipients === joined) show(n);
    } catch {
      show(0);
    }
  }

  let loads = 0;
  /** Points the panel's frame at a fresh single-use grant for this compose and its recipients. */
  async function loadPanel(a: Attached, panel: Panel): Promise<boolean> {
    try {
      const res = await background().send('compose:panel', {
        composeId: a.view.id.slice(0, 100),
        recipients: a.view.recipients().slice(0, 100),
      });
      if (!res.ok || a.panel !== panel) return false;
      // A new query string makes the frame load again; the grant is in the hash.
      panel.frame.src = browser.runtime.getURL(
        `/sidepanel.html?v=${++loads}#t=${res.value.token}` as '/sidepanel.html',
      );
      return true;
    } catch {
      return false;
    }
  }

  function place(a: Attached) {
    if (!a.panel) return;
    const r = placePanel({
      compose: a.view.root.getBoundingClientRect(),
      button: a.host.getBoundingClientRect(),
      viewport: { width: window.innerWidth, height: window.innerHeight },
    });
    Object.assign(a.panel.host.style, {
      top: `${r.top}px`,
      left: `${r.left}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  }

  async function togglePanel(a: Attached) {
    if (a.panel) {
      a.panel.host.remove();
      a.panel = null;
      return;
    }
    // The panel shows a client only with a single-use grant the background gives us:
    // a page framing sidepanel.html itself, with any query, gets an empty page.
    a.recipients = a.view.recipients().join(',');
    // The frame sits in a closed shadow root, as the button: the page sees a host element,
    // never the frame's address (in Firefox a moz-extension:// UUID stable per profile,
    // enough to recognise the user across sites).
    const host = document.createElement('relance-panel');
    host.setAttribute('data-compose', a.view.id);
    const frame = document.createElement('iframe');
    frame.title = 'Relance';
    frame.style.cssText =
      'display:block;width:100%;height:100%;border:0;border-radius:10px;background:#fbfaf8';
    host.attachShadow({ mode: 'closed' }).append(frame);
    const panel: Panel = { host, frame };
    a.panel = panel;
    if (!(await loadPanel(a, panel))) {
      if (a.panel === panel) a.panel = null;
      return;
    }
    host.style.cssText = `all:initial;display:block;position:fixed;z-index:2147483001;box-sizing:border-box;width:${PANEL_WIDTH}px;border:1px solid #c9c4bc;border-radius:10px;background:#fbfaf8;box-shadow:0 8px 30px rgba(0,0,0,.18)`;
    document.body.append(host);
    place(a);
  }

  const offList = toTab.onMessage('compose:list', () => {
    const views = composeViews(document, selectors);
    if (!views.length) {
      // Say what could not be found: the app may have changed its markup.
      const editable = document.querySelector('[contenteditable="true"], textarea');
      return {
        ok: false,
        error: editable
          ? `a text field is open but does not match the compose selector "${selectors.editor}" (${selectors.seen}); use Copy or New message`
          : 'no compose window is open in this tab',
      };
    }
    return {
      ok: true,
      value: views.map((v) => ({ id: v.id, recipients: v.recipients(), subject: v.subject() })),
    };
  });
  const offInsert = toTab.onMessage('compose:insert', async ({ data }) => {
    const views = composeViews(document, selectors);
    const view =
      views.find((v) => v.id === data.composeId) ?? (views.length === 1 ? views[0] : undefined);
    if (!view) {
      return {
        ok: false,
        error: views.length
          ? `compose ${data.composeId} is closed`
          : `no compose window found (selector "${selectors.editor}", ${selectors.seen})`,
      };
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
