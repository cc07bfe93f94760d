import { translator } from '@/lib/i18n/t';
import type { Suggestion } from '@/lib/escalation/plan';
import { formatDate } from '@/lib/model/dates';
import type { DraftLang } from '@/lib/drafts/kinds';

/**
 * The evidence file's "next legal steps" (docs/ladder-and-law.md): a public buyer is not
 * pursued like a company — no injonction de payer against a public person, but a
 * référé-provision (CJA R541-1) or, for a local authority, mandatement d'office; a
 * client in insolvency proceedings gets a claim declaration instead.
 */
export function NextSteps(props: {
  jurisdiction: string;
  insolvency: Suggestion['insolvency'];
  /** The evidence file's language: the client's (a draft language), its words from the catalogs. */
  lang: DraftLang;
}) {
  const t = translator(props.lang);
  if (props.insolvency) {
    const d = props.insolvency.declarationDeadline;
    return (
      <ul data-variant="insolvency">
        <li>{t('nextstepsDeclareClaim', d ? formatDate(d, props.lang) : undefined)}</li>
        <li>{t('nextstepsNoReminderOrIndividual')}</li>
      </ul>
    );
  }
  if (props.jurisdiction === 'fr-public') {
    return (
      <ul data-variant="public">
        <li>{t('nextstepsPublicInterestOwed')}</li>
        <li>{t('nextstepsPublicReferee')}</li>
        <li>{t('nextstepsPublicMandatement')}</li>
        <li>{t('nextstepsPublicMediator')}</li>
      </ul>
    );
  }
  return (
    <ul data-variant="private">
      <li>{t('nextstepsPrivateOrderForPayment')}</li>
      <li>{t('nextstepsPrivateSmallClaims')}</li>
      <li>{t('nextstepsPrivateMediatorLimitation')}</li>
    </ul>
  );
}
