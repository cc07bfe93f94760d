import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scanPage, type PageScan } from '@/lib/detect/page';
import { background } from '@/lib/messaging/port';
import { checkCompliance } from '@/lib/prevention/compliance';
import { mapText } from '@/lib/i18n/text';

/**
 * Invoicing pages: reads the page once and hands what it found to the background; the
 * overlay itself is an extension page (overlay.html) in a frame inside a closed shadow
 * root, so the site can neither read what the ledger says of its invoices nor press its
 * buttons. The frame gets a single-use token for what this script read (the site may
 * frame overlay.html itself: without a token it shows nothing). Its size depends only on
 * the kind of page, never on the ledger. Registered at run time for the invoicing sites
 * the user enabled (optional permission), injected on demand by "Scan this page"
 * (activeTab), and — in the demo build only — on the local demo server.
 */
declare global {
  interface Window {
    __relanceOverlay?: { rerun(manual: boolean): void };
  }
}

const SIZE = {
  invoice: { width: 380, height: 340 },
  list: { width: 540, height: 440 },
  none: { width: 380, height: 96 },
} as const;

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main(ctx) {
    if (window.__relanceOverlay) {
      window.__relanceOverlay.rerun(true);
      return;
    }
    const host = document.createElement('relance-overlay');
    // Closed, like the mail button: the page cannot reach the frame or its URL.
    const shadow = host.attachShadow({ mode: 'closed' });
    const anchor = document.createElement('div');
    shadow.append(anchor);
    let ui: ReturnType<typeof createIframeUi> | null = null;

    const run = async (manual: boolean) => {
      const { scan, doc } = scanWithFrames();
      if (scan.kind === 'none' && !manual) return;
      const missing =
        scan.kind === 'invoice'
          ? checkCompliance(doc.body?.innerText ?? '', 'fr-b2b').map((r) => r.id)
          : [];
      const note = scan.kind === 'none' ? scan.warnings[scan.warnings.length - 1] : undefined;
      let token: string;
      try {
        const res = await background().send('overlay:open', {
          url: location.href.slice(0, 2000),
          lang: (document.documentElement.lang || navigator.language).slice(0, 35),
          kind: scan.kind,
          ...(scan.app ? { app: scan.app.slice(0, 100) } : {}),
          ...(note ? { note: mapText((_code, pick) => pick(note).slice(0, 600)) } : {}),
          invoices: scan.invoices.slice(0, 5000),
          missing,
        });
        if (!res.ok) return;
        token = res.value.token;
      } catch {
        return;
      }
      ui?.remove();
      ui = mountFrame(ctx, {
        anchor,
        token,
        size: SIZE[scan.kind],
        onClose: () => {
          ui?.remove();
          ui = null;
          host.remove();
        },
      });
      if (!host.isConnected) document.documentElement.append(host);
    };
    window.__relanceOverlay = { rerun: (manual) => void run(manual) };
    void run(false);
    // An invoice shown in a frame of the same site (a portal's invoice preview) may load after
    // this script ran: read again once each frame has loaded, while nothing was found.
    for (const frame of document.querySelectorAll('iframe')) {
      frame.addEventListener(
        'load',
        () => {
          if (!host.isConnected) void run(false);
        },
        { once: true },
      );
    }
  },
});

/** The overlay frame, fixed-size, bottom right; it asks to close by a message only it can send. */
interface OverlayFrame {
  anchor: HTMLElement;
  /** The grant the overlay page claims (lib/app/grants.ts). */
  token: string;
  size: { width: number; height: number };
  onClose: () => void;
}

function mountFrame(ctx: ContentScriptContext, { anchor, token, size, onClose }: OverlayFrame) {
  const ui = createIframeUi<() => void>(ctx, {
    page: `/overlay.html#t=${token}` as '/overlay.html',
    position: 'inline',
    anchor,
    onMount(wrapper, iframe) {
      iframe.title = 'Relance';
      iframe.setAttribute('data-relance-overlay', '');
      iframe.style.cssText = `position:fixed;right:16px;bottom:16px;z-index:2147483000;width:${size.width}px;height:${size.height}px;border:1px solid #c9c4bc;border-radius:12px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.18);color-scheme:light`;
      const origin = new URL(browser.runtime.getURL('/')).origin;
      const listen = (e: MessageEvent) => {
        // Only our frame can be this source with the extension's origin; the page's own
        // messages (it shares this window) are ignored.
        if (e.source !== iframe.contentWindow || e.origin !== origin) return;
        if ((e.data as { relance?: string } | null)?.relance === 'overlay:close') onClose();
      };
      window.addEventListener('message', listen);
      return () => window.removeEventListener('message', listen);
    },
    onRemove(off?: () => void) {
      off?.();
    },
  });
  ui.mount();
  return ui;
}

/**
 * The page's invoice, or, when the page itself shows none, the invoice in one of its frames
 * of the same origin (another origin's frame cannot be read, and is not tried twice).
 */
function scanWithFrames(): { scan: PageScan; doc: Document } {
  const lang = document.documentElement.lang || navigator.language;
  const top = scanPage(document, { lang, url: location.href });
  if (top.kind !== 'none') return { scan: top, doc: document };
  for (const frame of document.querySelectorAll('iframe')) {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      // Another origin's frame.
    }
    if (!doc?.body) continue;
    const inner = scanPage(doc, { lang: doc.documentElement.lang || lang, url: location.href });
    if (inner.kind !== 'none') return { scan: inner, doc };
  }
  return { scan: top, doc: document };
}
