import { render } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import '@/components/styles.css';
import { OverdueList } from '@/components/OverdueList';
import type { ActionKind } from '@/components/ActionForm';
import { AgingBars } from '@/components/AgingBars';
import { translator, type T, type UiLang } from '@/components/i18n';
import { money } from '@/components/format';
import { localDate } from '@/lib/model/dates';
import { pickLang } from '@/lib/app/lang';
import type { PopupView } from '@/lib/app/snapshot';
import { firstSnapshot as readFirstSnapshot, snapshotOfToday } from '@/lib/app/snapshot-store';
import type { Suggestion } from '@/lib/escalation/plan';
import { errorText } from '@/lib/model/text';
import { asyncHandler } from '@/components/async-handler';

type Full = typeof import('./after-first-paint');
/** Cards drawn in the popup's first frame: more than fit in its 600 px. */
const FIRST_SCREEN = 5;
let fullModule: Promise<Full> | null = null;
const loadFull = () => (fullModule ??= import('./after-first-paint'));
performance.mark('popup:module');
// Asked for at once: the read runs while this module sets up.
const firstSnapshot = readFirstSnapshot(browser.storage.local);

/**
 * The overdue list. It draws the background's snapshot of the 50 most urgent clients at
 * once (this module holds only what that takes), then loads the rest and replaces the
 * snapshot with the full plan once the ledger has been read.
 */
function Popup(props: { snapshot: PopupView | null }) {
  const [view, setView] = useState<PopupView | null>(props.snapshot);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<{ s: Suggestion; kind: ActionKind } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [limit, setLimit] = useState(50);
  const [full, setFull] = useState<Full | null>(null);
  // Payments a bank statement showed, to confirm here too (lib/bank).
  const [pending, setPending] = useState<Awaited<ReturnType<Full['loadState']>>['bank']['pending']>(
    [],
  );
  // Client names for the reminders sent without the mail app's confirmation.
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const reload = () =>
    loadFull()
      .then(async (f) => {
        const st = await f.loadState();
        setView(f.popupView(st));
        setPending(st.bank.pending);
        setNames(new Map(st.ledger.clients.map((c) => [c.id, c.name])));
        setFull(f);
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    // Drawn from the snapshot: read the whole ledger once the list is on screen.
    if (props.snapshot) setTimeout(() => void reload(), 250);
    else void reload();
  }, []);
  // The first frame draws the cards that fit in the popup; the rest of the list follows in
  // the next one, so the screen the user looks at is not held up by cards below it.
  const drawn = view !== null;
  const [wholeList, setWholeList] = useState(false);
  useEffect(() => {
    if (drawn) setWholeList(true);
  }, [drawn]);
  // Marks the benchmark reads: the frame with the first screen, and the end of the frame
  // with the whole list.
  useLayoutEffect(() => {
    if (drawn) requestAnimationFrame(() => performance.mark('popup:drawn'));
  }, [drawn]);
  useLayoutEffect(() => {
    if (wholeList)
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('popup:listed')));
  }, [wholeList]);
  if (error)
    return (
      <p role="alert" class="danger">
        {error}
      </p>
    );
  if (!view) return <p class="muted">…</p>;
  const lang: UiLang = pickLang(view.uiLang, browser.i18n.getUILanguage());
  const t: T = translator(lang);
  document.documentElement.lang = lang;

  const scan = async () => {
    setNote(null);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id) return;
    try {
      await browser.scripting.executeScript({
        target: { tabId: tab.id },
        files: ['/content-scripts/invoice.js'],
      });
      window.close();
    } catch (e) {
      setNote(`${t('noInvoiceHere')} (${(e as Error).message})`);
    }
  };
  /** What failed, in the popup's note line. */
  const failed = (err: unknown) => setNote(errorText(err)[lang]);

  return (
    <main style={{ width: '420px', padding: '12px' }}>
      <header class="spread">
        <h1>{t('appName')}</h1>
        <nav class="row small">
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank">
            {t('dashboard')}
          </a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank">
            {t('options')}
          </a>
        </nav>
      </header>
      {view.invoiceCount === 0 ? (
        <section class="card" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <div class="row">
            <button class="primary" type="button" onClick={asyncHandler(scan, failed)}>
              {t('scanPage')}
            </button>
            <button
              type="button"
              onClick={asyncHandler(
                () => browser.tabs.create({ url: browser.runtime.getURL('/options.html#import') }),
                failed,
              )}
            >
              {t('importFiles')}
            </button>
            <button
              type="button"
              onClick={asyncHandler(
                () =>
                  loadFull()
                    .then((f) => f.loadDemoData())
                    .then(reload),
                failed,
              )}
            >
              {t('tryDemo')}
            </button>
          </div>
          {note ? (
            <p role="status" class="small warn">
              {note}
            </p>
          ) : null}
        </section>
      ) : (
        <>
          <section class="card" aria-label={t('overdueTotal')}>
            <div class="spread wrap">
              <div>
                <div class="muted small">{t('overdueTotal')}</div>
                <div class="overdue-totals" style={{ fontSize: '18px', fontWeight: 600 }}>
                  {view.totals.map(([cur, v]) => (
                    <span key={cur} class="money" style={{ marginRight: '10px' }}>
                      {money(v, cur, lang)}
                    </span>
                  ))}
                  {view.totals.length === 0 ? '—' : null}
                </div>
              </div>
              <div class="due-today">
                <strong>{view.dueToday}</strong> {t('dueToday')}
              </div>
            </div>
            {/* The list is what the popup is for: the aging chart is one click away. */}
            <details class="small">
              <summary>{t('aging')}</summary>
              {view.aging.map(([cur, b]) => (
                <AgingBars key={cur} currency={cur} buckets={b} lang={lang} />
              ))}
            </details>
            <div class="row">
              <button type="button" class="small" onClick={asyncHandler(scan, failed)}>
                {t('scanPage')}
              </button>
            </div>
            {note ? (
              <p role="status" class="small warn">
                {note}
              </p>
            ) : null}
            {view.sharedWarnings.map((w) => (
              <p key={w.en} class="small warn">
                {w[lang]}
              </p>
            ))}
          </section>
          {action && full ? (
            <full.ActionForm
              kind={action.kind}
              suggestion={action.s}
              today={view.today}
              t={t}
              onCancel={() => setAction(null)}
              onSubmit={async (events) => {
                await full.recordEvents(events);
                setAction(null);
                await reload();
              }}
            />
          ) : null}
          {full && pending.length ? (
            <full.PendingPayments
              pending={pending}
              lang={lang}
              compact
              onSettle={async (confirm, reject) => {
                try {
                  await full.settleBank(confirm, reject);
                } finally {
                  await reload();
                }
              }}
            />
          ) : null}
          {full ? (
            <full.UnconfirmedSends
              nameOf={(id) => names.get(id) ?? '?'}
              lang={lang}
              t={t}
              reload={reload}
            />
          ) : null}
          {view.suggestionCount === 0 ? <p class="muted">{t('nothingToday')}</p> : null}
          <OverdueList
            suggestions={view.suggestions.slice(
              0,
              wholeList ? limit : Math.min(limit, FIRST_SCREEN),
            )}
            sharedWarnings={view.sharedWarnings}
            actionsDisabled={!full}
            lang={lang}
            t={t}
            onPrepare={(s) => void loadFull().then((f) => f.openSidePanel({ client: s.clientId }))}
            onAction={(s, kind) => setAction({ s, kind })}
          />
          {view.suggestionCount > limit ? (
            <button
              type="button"
              onClick={() => setLimit(view.suggestionCount)}
              disabled={view.suggestions.length < view.suggestionCount}
            >
              {t('popupMoreClients', view.suggestionCount - limit)}
            </button>
          ) : null}
        </>
      )}
    </main>
  );
}

// The first render draws the list itself, not a placeholder. A snapshot from another day
// is not shown.
void firstSnapshot
  .then(
    (snap) => snapshotOfToday(snap, localDate(new Date())),
    () => null,
  )
  .then((snap) => render(<Popup snapshot={snap} />, document.getElementById('app')!));
