import { translator } from '@/lib/i18n/t';
import type { Suggestion } from '@/lib/escalation/plan';
import { formatDate } from '@/lib/model/dates';

/**
 * The evidence file's "next legal steps" (docs/ladder-and-law.md): a public buyer is not
 * pursued like a company — no injonction de payer against a public person, but a
 * référé-provision (CJA R541-1) or, for a local authority, mandatement d'office; a
 * client in insolvency proceedings gets a claim declaration instead.
 */
export function NextSteps(props: {
  jurisdiction: string;
  insolvency: Suggestion['insolvency'];
  lang: 'fr' | 'en';
}) {
  const fr = props.lang === 'fr';
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
        {fr ? (
          <>
            <li>
              Les intérêts moratoires et l’indemnité forfaitaire de 40 € sont dus de plein droit,
              sans rappel (C. commande publique art. L2192-13, R2192-31 à R2192-36, D2192-35).
            </li>
            <li>
              Référé-provision devant le tribunal administratif (CJA art. R541-1) : l’injonction de
              payer et les saisies ne s’exercent pas contre une personne publique.
            </li>
            <li>
              Collectivité territoriale ou établissement public local : demande au préfet de
              mandatement d’office de la dépense obligatoire.
            </li>
            <li>
              Médiateur des entreprises (gratuit), y compris pour les litiges avec un acheteur
              public.
            </li>
          </>
        ) : (
          <>
            <li>
              Late-payment interest (intérêts moratoires) and the €40 fixed sum are owed by law,
              without any reminder (French Public Procurement Code, L2192-13, R2192-31 to R2192-36,
              D2192-35).
            </li>
            <li>
              An interim payment order (référé-provision) from the administrative court (CJA
              R541-1): an order for payment or a seizure cannot be used against a public body.
            </li>
            <li>
              A local authority: ask the prefect to order the payment of the mandatory expense
              (mandatement d’office).
            </li>
            <li>The business mediator (free), for disputes with public buyers too.</li>
          </>
        )}
      </ul>
    );
  }
  return (
    <ul data-variant="private">
      {fr ? (
        <>
          <li>
            Injonction de payer : tribunal de commerce (Cerfa 12946) ou tribunal judiciaire (Cerfa
            12948) ; le débiteur dispose d’un mois pour s’opposer.
          </li>
          <li>
            Procédure simplifiée de recouvrement des petites créances (≤ 5 000 €) par un commissaire
            de justice, avec l’accord du débiteur.
          </li>
          <li>
            Référé-provision ; médiateur des entreprises (gratuit). Prescription : 5 ans entre
            professionnels, 2 ans contre un consommateur.
          </li>
        </>
      ) : (
        <>
          <li>Court claim or, in France, an order for payment.</li>
          <li>
            Small-claims recovery through a judicial officer (≤ €5,000, debtor must agree),
            mediation, collection agency or lawyer.
          </li>
          <li>Limitation: 5 years between businesses in France, 2 years against a consumer.</li>
        </>
      )}
    </ul>
  );
}
