import { translator } from '@/lib/i18n/t';
import type { UiLang } from '@/lib/i18n/languages';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import css from '@/components/overlay.css?inline';
import { InvoiceOverlay } from '@/components/overlay/InvoiceOverlay';
import { tokenFromHash, type OverlayGrant } from '@/lib/app/grants';
import { pickLang } from '@/lib/app/lang';
import { ask } from '@/lib/app/ledger-access';
import { type ClientSummary, type PageInvoiceStatus } from '@/lib/messaging/protocol';
import { COMPLIANCE_RULES } from '@/lib/prevention/compliance';

/**
 * The invoice overlay, framed by the invoice content script on an invoicing site: an
 * extension page, so the site can neither read what the ledger says (status, tracked or
 * not, the client's profile) nor click its buttons. It shows something only with the
 * single-use grant the content script asked the background for; framed by anyone else,
 * with any URL, it stays empty.
 */
async function start(): Promise<void> {
  const token = tokenFromHash(location.hash);
  // The fragment is spent: nothing later reads it from this frame's URL.
  history.replaceState(null, '', location.pathname);
  const res = token ? await ask('overlay:claim', { token }).catch(() => null) : null;
  const grant = res?.ok ? res.value : null;
  // Said on the frame's own element (which no other origin can read), for tests and devtools.
  document.documentElement.dataset.grant = grant ? 'ok' : 'refused';
  if (!grant) return;
  const style = document.createElement('style');
  style.textContent = `${css}\nhtml,body{margin:0;background:transparent}.box{position:static;width:auto;max-height:none;height:100vh;box-sizing:border-box;border-radius:0;box-shadow:none;border:0}`;
  document.head.append(style);
  const lang = pickLang('auto', grant.lang || navigator.language);
  document.documentElement.lang = lang;
  const numbers = grant.invoices.map((i) => i.invoiceNumber).filter((n): n is string => !!n);
  const lookup = async (buyer?: { name: string | null; email: string | null }) => {
    if (!numbers.length && !buyer) return { invoices: [], client: null };
    const r = await ask('page:lookup', {
      origin: grant.origin,
      numbers,
      ...(buyer ? { buyer } : {}),
    }).catch(() => null);
    return r?.ok ? r.value : { invoices: [], client: null };
  };
  /**
   * What the ledger holds for this page, or null when the background does not answer.
   * Asked again a few times: right after the worker stopped, the first messages can
   * reach it while it is still going, and get no answer either.
   */
  const recorded = async (): Promise<PageInvoiceStatus[] | null> => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const r = await ask('page:lookup', { origin: grant.origin, numbers }).catch(() => null);
      if (r?.ok) return r.value.invoices;
      await new Promise((wait) => setTimeout(wait, 250 * 2 ** attempt));
    }
    return null;
  };
  const first = await lookup();
  render(
    <Overlay
      grant={grant}
      lang={lang}
      initial={first.invoices}
      lookup={lookup}
      recorded={recorded}
    />,
    document.getElementById('app')!,
  );
}

function Overlay(props: {
  grant: OverlayGrant;
  lang: UiLang;
  initial: PageInvoiceStatus[];
  recorded(): Promise<PageInvoiceStatus[] | null>;
  lookup(buyer?: {
    name: string | null;
    email: string | null;
  }): Promise<{ invoices: PageInvoiceStatus[]; client: ClientSummary | null }>;
}) {
  const { grant, lang } = props;
  const [statuses, setStatuses] = useState(props.initial);
  const [client, setClient] = useState<ClientSummary | null>(null);
  const rules = COMPLIANCE_RULES['fr-b2b']!;
  const buyer = grant.kind === 'invoice' ? grant.invoices[0] : undefined;
  return (
    <InvoiceOverlay
      lang={lang}
      kind={grant.kind}
      app={grant.app}
      note={grant.note?.[lang]}
      invoices={grant.invoices}
      statuses={statuses}
      client={client}
      missing={rules.filter((r) => grant.missing.includes(r.id))}
      onProfile={
        buyer?.buyerName || buyer?.buyerEmail
          ? async () =>
              setClient(
                (
                  await props.lookup({
                    name: buyer.buyerName?.slice(0, 300) ?? null,
                    email: buyer.buyerEmail?.slice(0, 320) ?? null,
                  })
                ).client,
              )
          : undefined
      }
      onClose={() => window.parent.postMessage({ relance: 'overlay:close' }, grant.origin)}
      onPrepare={(invoiceNumber) =>
        void ask('panel:open', { invoiceNumber }).catch(() => undefined)
      }
      onTrack={async (invoices, confirmed) => {
        try {
          // The user saw and saved the form; that confirms a lower amount due only for an
          // invoice this overlay showed as tracked. One recorded from another source stays as
          // it was, the page's value kept for the user to settle in the side panel, where
          // the recorded invoice is in view.
          const shown =
            confirmed &&
            invoices.every((i) =>
              statuses.some((st) => st.tracked && st.number === i.invoiceNumber),
            );
          const res = await ask('scan:record', {
            url: grant.url,
            kind: grant.kind === 'list' ? 'list' : 'page',
            invoices,
            confirmed: shown,
          });
          if (!res.ok) return res.text?.[lang] ?? res.error;
          setStatuses((await props.lookup()).invoices);
          return null;
        } catch (err) {
          // No answer (the service worker stopped): the write is one transaction, so the
          // ledger holds all of it or none. Ask it, and say what really happened.
          const message = (err as Error).message;
          const wanted = invoices.map((i) => i.invoiceNumber).filter((n): n is string => !!n);
          const now = await props.recorded();
          const t = translator(lang);
          // Not known: said so, never guessed either way.
          if (!now) return t('overlayRecordingUnknown', message);
          setStatuses(now);
          const there = wanted.filter((n) =>
            now.some((st) => st.tracked && st.number === n),
          ).length;
          if (wanted.length && there === wanted.length) return null;
          return there
            ? t('overlayRecordingPartial', message, there, wanted.length)
            : t('overlayRecordingInterrupted', message);
        }
      }}
    />
  );
}

void start();
