import { render } from 'preact';
import css from '@/components/overlay.css?inline';
import { InvoiceOverlay } from '@/components/InvoiceOverlay';
import { scanPage, type PageScan } from '@/lib/detect/page';
import { toBackground } from '@/lib/messaging/protocol';
import { checkCompliance } from '@/lib/prevention/compliance';
import { pickLang } from '@/lib/app/lang';

/**
 * Invoicing pages: reads the page once, shows what it found in a closed shadow root,
 * and records it only when the user says so. Registered at run time for the invoicing
 * sites the user enabled (optional permission), injected on demand by "Scan this page"
 * (activeTab), and — in the demo build only — on the local demo server.
 */
declare global {
  interface Window {
    __relanceOverlay?: { rerun(manual: boolean): void };
  }
}

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    if (window.__relanceOverlay) {
      window.__relanceOverlay.rerun(true);
      return;
    }
    const host = document.createElement('relance-overlay');
    // Open, unlike the mail button: the overlay only shows this page's own invoice.
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    const lang = pickLang('auto', document.documentElement.lang || navigator.language);

    const run = async (manual: boolean) => {
      const { scan, doc } = scanWithFrames();
      if (scan.kind === 'none' && !manual) return;
      const numbers = scan.invoices.map((i) => i.invoiceNumber).filter((n): n is string => !!n);
      let statuses: Awaited<ReturnType<typeof toBackground.sendMessage<'page:lookup'>>> = { ok: true, value: { invoices: [], client: null } };
      const first = scan.kind === 'invoice' ? scan.invoices[0] : undefined;
      try {
        if (numbers.length) statuses = await toBackground.sendMessage('page:lookup', { numbers, ...(first ? { buyer: { name: first.buyerName?.slice(0, 300) ?? null, email: first.buyerEmail?.slice(0, 320) ?? null } } : {}) });
      } catch {
        // The badge still shows what the page says.
      }
      const missing = scan.kind === 'invoice' ? checkCompliance(doc.body?.innerText ?? '', 'fr-b2b') : [];
      if (!host.isConnected) document.documentElement.append(host);
      render(
        <InvoiceOverlay
          lang={lang}
          kind={scan.kind}
          app={scan.app}
          note={scan.kind === 'none' ? scan.warnings[scan.warnings.length - 1]?.[lang] : undefined}
          invoices={scan.invoices}
          statuses={statuses.ok ? statuses.value.invoices : []}
          client={statuses.ok ? statuses.value.client : null}
          missing={missing}
          onClose={() => host.remove()}
          onPrepare={(invoiceNumber) => void toBackground.sendMessage('panel:open', { invoiceNumber })}
          onTrack={async (invoices) => {
            try {
              const res = await toBackground.sendMessage('scan:record', { url: location.href.slice(0, 2000), kind: scan.kind === 'list' ? 'list' : 'page', invoices });
              if (!res.ok) return res.text?.[lang] ?? res.error;
              await run(false);
              return null;
            } catch (err) {
              // No answer (the service worker stopped): the write is one transaction, so the
              // ledger holds all of it or none. Ask it, and say what really happened.
              return trackedAfterAll(invoices.map((i) => i.invoiceNumber), lang, err as Error, () => run(false));
            }
          }}
        />,
        mount,
      );
    };
    window.__relanceOverlay = { rerun: (manual) => void run(manual) };
    void run(false);
    // An invoice shown in a frame of the same site (a portal's invoice preview) may load after
    // this script ran: read again once each frame has loaded, while nothing was found.
    for (const frame of document.querySelectorAll('iframe')) {
      frame.addEventListener('load', () => {
        if (!host.isConnected) void run(false);
      }, { once: true });
    }
  },
});

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

/** After a lost answer: recorded (the overlay refreshes, no error) or not (said so, to try again). */
async function trackedAfterAll(numbers: (string | null)[], lang: 'fr' | 'en', err: Error, refresh: () => Promise<void>): Promise<string | null> {
  const wanted = numbers.filter((n): n is string => !!n);
  try {
    const res = await toBackground.sendMessage('page:lookup', { numbers: wanted.slice(0, 5000) });
    if (res.ok && wanted.length && res.value.invoices.filter((i) => i.tracked).length === wanted.length) {
      await refresh();
      return null;
    }
    return lang === 'fr' ? `L’enregistrement a été interrompu (${err.message}) : rien n’a été enregistré, réessayez.` : `Recording was interrupted (${err.message}): nothing was recorded, try again.`;
  } catch {
    return err.message;
  }
}
