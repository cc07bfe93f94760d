import { useState } from 'preact/hooks';
import { errorText } from '@/lib/model/text';
import { translator, type UiLang } from '../i18n';
import { asyncHandler } from '../async-handler';

/** Restore a backup file, merged into the ledger or replacing it; the answer says what changed. */
export function RestoreForm(props: {
  lang: UiLang;
  onRestore(text: string, mode: 'merge' | 'replace'): Promise<string>;
}) {
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const t = translator(props.lang);
  return (
    <div class="row">
      <label>
        {t('optionsMode')}
        <select
          value={mode}
          onChange={(e) => setMode((e.target as HTMLSelectElement).value as 'merge' | 'replace')}
        >
          <option value="merge">{t('optionsMergeAddsToThe')}</option>
          <option value="replace">{t('optionsReplaceErasesTheLedger')}</option>
        </select>
      </label>
      <label>
        {t('optionsRestoreABackup')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={asyncHandler(
            async (e: Event) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (!f) return;
              try {
                setMsg({ ok: true, text: await props.onRestore(await f.text(), mode) });
              } catch (err) {
                // The error says itself whether anything was changed (lib/app/backup.ts).
                setMsg({ ok: false, text: errorText(err)[props.lang] });
              }
            },
            (err) => setMsg({ ok: false, text: errorText(err)[props.lang] }),
          )}
        />
      </label>
      {msg ? (
        <p role={msg.ok ? 'status' : 'alert'} class={msg.ok ? '' : 'danger'}>
          {msg.text}
        </p>
      ) : null}
    </div>
  );
}
