import { translator } from '@/lib/i18n/t';
import { useMemo, useState } from 'preact/hooks';
import {
  BLOCK_VARIABLES,
  DRAFT_KINDS,
  DRAFT_LANGS,
  VARIABLES,
  type DraftKind,
  type DraftLang,
} from '@/lib/drafts/kinds';
import {
  checkTemplate,
  renderDraft,
  templateFor,
  type DraftContext,
  type TemplateOverrides,
} from '@/lib/drafts/render';
import { HNodeView } from '../HNodeView';
import type { UiLang } from '../i18n';

/** Edit a template with its variable palette, errors with line and column, and a live preview on a real invoice. */
export function TemplatesEditor(props: {
  overrides: TemplateOverrides;
  sample: Omit<DraftContext, 'kind' | 'lang' | 'overrides'> | null;
  lang: UiLang;
  onSave(o: TemplateOverrides): Promise<void>;
}) {
  const t = translator(props.lang);
  const [kind, setKind] = useState<DraftKind>('reminder-1');
  // The templates first shown are those of the UI's language when drafts are written in it.
  const [lang, setLang] = useState<DraftLang>(
    () => DRAFT_LANGS.find((l) => l === props.lang) ?? 'en',
  );
  const [text, setText] = useState(() => templateFor(kind, lang, props.overrides));
  const [msg, setMsg] = useState<string | null>(null);
  const select = (k: DraftKind, l: DraftLang) => {
    setKind(k);
    setLang(l);
    setText(templateFor(k, l, props.overrides));
    setMsg(null);
  };
  const errors = checkTemplate(text);
  const all = [
    ...errors.subject.map((e) => ({ ...e, where: t('templateseditorSubject') })),
    ...errors.body.map((e) => ({ ...e, where: t('templateseditorBody') })),
  ];
  const preview = useMemo(() => {
    if (!props.sample || all.length) return null;
    try {
      return renderDraft({ ...props.sample, kind, lang, overrides: { [lang]: { [kind]: text } } });
    } catch (e) {
      return (e as Error).message;
    }
  }, [text, kind, lang, props.sample, all.length]);
  const save = async (next: TemplateOverrides) => {
    await props.onSave(next);
    setMsg('✓');
  };
  return (
    <div>
      <div class="row">
        <label>
          {t('templateseditorTemplate')}
          <select
            value={kind}
            onChange={(e) => select((e.target as HTMLSelectElement).value as DraftKind, lang)}
          >
            {DRAFT_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('language')}
          <select
            value={lang}
            onChange={(e) => select(kind, (e.target as HTMLSelectElement).value as DraftLang)}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <label style={{ width: '100%' }}>
        {t('templateseditorSubject2')}
        <input
          value={text.subject}
          onInput={(e) => setText({ ...text, subject: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label style={{ width: '100%' }}>
        {t('templateseditorBody2')}
        <textarea
          rows={14}
          style={{ width: '100%', fontFamily: 'ui-monospace, monospace' }}
          value={text.body}
          onInput={(e) => setText({ ...text, body: (e.target as HTMLTextAreaElement).value })}
        />
      </label>
      <p class="small muted">
        {t('templateseditorVariables')} :{' '}
        {[...VARIABLES, ...BLOCK_VARIABLES].map((v) => (
          <code key={v} style={{ marginRight: '6px' }}>{`{{${v}}}`}</code>
        ))}{' '}
        <code>{'{{#if …}}…{{/if}}'}</code>
      </p>
      {all.length ? (
        <ul role="alert" class="danger small">
          {all.map((e, i) => (
            <li key={i}>
              {e.where} {e.line}:{e.column} — {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="row">
        <button
          class="primary"
          type="button"
          disabled={!!all.length}
          onClick={() =>
            void save({
              ...props.overrides,
              [lang]: { ...(props.overrides[lang] ?? {}), [kind]: text },
            })
          }
        >
          {t('save')}
        </button>
        <button
          type="button"
          onClick={() => {
            const next = { ...props.overrides, [lang]: { ...(props.overrides[lang] ?? {}) } };
            delete next[lang]![kind];
            void save(next).then(() => setText(templateFor(kind, lang, {})));
          }}
        >
          {t('templateseditorResetToDefault')}
        </button>
        {msg ? <span role="status">{msg}</span> : null}
      </div>
      {typeof preview === 'string' ? (
        <p class="danger">{preview}</p>
      ) : preview ? (
        <div class="card">
          <p>
            <strong>{preview.subject}</strong>
          </p>
          <div class="draft-preview">
            <HNodeView nodes={preview.nodes} />
          </div>
        </div>
      ) : (
        <p class="small muted">{t('templateseditorPreviewAddAnOverdue')}</p>
      )}
    </div>
  );
}
