import type { MessageKey } from '@/lib/i18n/t';
import { translator } from '@/lib/i18n/t';
import { useState } from 'preact/hooks';
import type { Sender } from '@/lib/model/sender';
import type { UiLang } from '../i18n';
import { asyncHandler } from '../async-handler';

const FIELDS: [Exclude<keyof Sender, 'retentionClause'>, MessageKey][] = [
  ['name', 'senderformName'],
  ['company', 'senderformCompany'],
  ['legalId', 'senderformCompanyNumber'],
  ['vatId', 'senderformVatNumber'],
  ['address', 'senderformAddress'],
  ['email', 'senderformEMail'],
  ['phone', 'senderformPhone'],
  ['iban', 'bankimportIban'],
  ['bic', 'senderformBic'],
  ['paymentLink', 'senderformPaymentLink'],
  ['country', 'senderformCountryIsoCodeE'],
  ['penaltyRate', 'senderformLatePaymentRateOf'],
  ['consumerMediator', 'senderformConsumerMediatorNameAddress'],
];

export function SenderForm(props: {
  sender: Sender;
  lang: UiLang;
  onSave(s: Sender): Promise<void>;
}) {
  const t = translator(props.lang);
  const [s, setS] = useState<Sender>(props.sender);
  const [msg, setMsg] = useState<string | null>(null);
  return (
    <form
      onSubmit={asyncHandler(
        async (e: Event) => {
          e.preventDefault();
          await props.onSave(s);
          setMsg('✓');
        },
        (err) => setMsg((err as Error).message),
      )}
    >
      <div class="row">
        {FIELDS.map(([k, label]) => (
          <label key={k}>
            {t(label)}
            <input
              name={k}
              value={(s[k] as string | undefined) ?? ''}
              onInput={(e) =>
                setS({
                  ...s,
                  [k]: (e.target as HTMLInputElement).value || undefined,
                  name: k === 'name' ? (e.target as HTMLInputElement).value : s.name,
                })
              }
            />
          </label>
        ))}
      </div>
      <label style={{ flexDirection: 'row', gap: '6px' }}>
        <input
          type="checkbox"
          name="retentionClause"
          checked={!!s.retentionClause}
          onChange={(e) =>
            setS({ ...s, retentionClause: (e.target as HTMLInputElement).checked || undefined })
          }
        />
        {t('senderformRetentionClause')}
      </label>
      <label style={{ width: '100%' }}>
        {t('senderformSignature')}
        <textarea
          rows={3}
          value={s.signature ?? ''}
          onInput={(e) =>
            setS({ ...s, signature: (e.target as HTMLTextAreaElement).value || undefined })
          }
        />
      </label>
      <div class="row">
        <button class="primary" type="submit">
          {t('save')}
        </button>
        {msg ? <span role="status">{msg}</span> : null}
      </div>
    </form>
  );
}
