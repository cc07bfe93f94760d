import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { Sender } from '@/lib/model/sender';
import type { UiLang } from '../i18n';

const FIELDS: [Exclude<keyof Sender, 'retentionClause'>, { fr: string; en: string }][] = [
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
  ['penaltyRate', { fr: 'Taux des pénalités de vos conditions (par défaut : taux de la BCE majoré de 10 points)', en: 'Late-payment rate of your terms (default: ECB rate plus 10 points)' }],
  ['consumerMediator', { fr: 'Médiateur de la consommation (nom, adresse, site ; C. conso. L612-1, L616-1)', en: 'Consumer mediator (name, address, website; C. conso. L612-1, L616-1)' }],
];

export function SenderForm(props: { sender: Sender; lang: UiLang; onSave(s: Sender): Promise<void> }) {
  const t = translator(props.lang);
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
      <label style={{ flexDirection: 'row', gap: '6px' }}>
        <input type="checkbox" name="retentionClause" checked={!!s.retentionClause} onChange={(e) => setS({ ...s, retentionClause: (e.target as HTMLInputElement).checked || undefined })} />
        {props.lang === 'fr'
          ? 'Mes conditions contiennent une clause de réserve de propriété ou de cession des droits subordonnée au paiement (la lettre de suspension peut alors dire que les livrables restent ma propriété)'
          : 'My terms contain a retention-of-title or payment-conditional IP-assignment clause (the stop-work notice may then say the deliverables remain mine)'}
      </label>
      <label style={{ width: '100%' }}>
        {t('senderformSignature')}
        <textarea rows={3} value={s.signature ?? ''} onInput={(e) => setS({ ...s, signature: (e.target as HTMLTextAreaElement).value || undefined })} />
      </label>
      <div class="row"><button class="primary" type="submit">{t('save')}</button>{msg ? <span role="status">{msg}</span> : null}</div>
    </form>
  );
}
