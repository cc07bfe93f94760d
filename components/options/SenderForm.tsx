import { useState } from 'preact/hooks';
import type { Sender } from '@/lib/model/sender';
import type { UiLang } from '../i18n';

const FIELDS: [keyof Sender, { fr: string; en: string }][] = [
  ['name', { fr: 'Nom', en: 'Name' }],
  ['company', { fr: 'Entreprise', en: 'Company' }],
  ['legalId', { fr: 'SIREN / SIRET', en: 'Company number' }],
  ['vatId', { fr: 'N° de TVA', en: 'VAT number' }],
  ['address', { fr: 'Adresse', en: 'Address' }],
  ['email', { fr: 'E-mail', en: 'E-mail' }],
  ['phone', { fr: 'Téléphone', en: 'Phone' }],
  ['iban', { fr: 'IBAN', en: 'IBAN' }],
  ['bic', { fr: 'BIC', en: 'BIC' }],
  ['paymentLink', { fr: 'Lien de paiement', en: 'Payment link' }],
  ['country', { fr: 'Pays (code ISO, ex. FR)', en: 'Country (ISO code, e.g. GB)' }],
];

export function SenderForm(props: { sender: Sender; lang: UiLang; onSave(s: Sender): Promise<void> }) {
  const [s, setS] = useState<Sender>(props.sender);
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <form onSubmit={async (e) => { e.preventDefault(); try { await props.onSave(s); setMsg('✓'); } catch (err) { setMsg((err as Error).message); } }}>
      <div class="row">
        {FIELDS.map(([k, label]) => (
          <label key={k}>
            {label[props.lang]}
            <input name={k} value={(s[k] as string | undefined) ?? ''} onInput={(e) => setS({ ...s, [k]: (e.target as HTMLInputElement).value || undefined, name: k === 'name' ? (e.target as HTMLInputElement).value : s.name })} />
          </label>
        ))}
      </div>
      <label style={{ width: '100%' }}>
        {props.lang === 'fr' ? 'Signature' : 'Signature'}
        <textarea rows={3} value={s.signature ?? ''} onInput={(e) => setS({ ...s, signature: (e.target as HTMLTextAreaElement).value || undefined })} />
      </label>
      <div class="row"><button class="primary" type="submit">{props.lang === 'fr' ? 'Enregistrer' : 'Save'}</button>{msg ? <span role="status">{msg}</span> : null}</div>
    </form>
  );
}
