// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NextSteps } from './NextSteps';

afterEach(cleanup);

describe('evidence file: next legal steps', () => {
  it.each<[string, 'fr' | 'en', RegExp, RegExp]>([
    [
      'fr-public',
      'fr',
      /Référé-provision devant le tribunal administratif \(CJA art\. R541-1\)[\s\S]*mandatement d’office/,
      /Cerfa 12946|Injonction de payer :/,
    ],
    ['fr-public', 'en', /référé-provision[\s\S]*R541-1[\s\S]*mandatement d’office/, /Cerfa/],
    [
      'fr-b2b',
      'fr',
      /Injonction de payer : tribunal de commerce \(Cerfa 12946\)/,
      /R541-1|mandatement/,
    ],
  ])('%s (%s)', (jurisdiction, lang, must, never) => {
    const { container } = render(
      <NextSteps jurisdiction={jurisdiction} insolvency={null} lang={lang} />,
    );
    expect(container.textContent).toMatch(must);
    expect(container.textContent).not.toMatch(never);
  });

  it('insolvency: declare the claim by its deadline', () => {
    const { container } = render(
      <NextSteps
        jurisdiction="fr-b2b"
        insolvency={{
          judgmentDate: '2026-11-02',
          publishedDate: '2026-11-12',
          declarationDeadline: '2027-01-12',
        }}
        lang="fr"
      />,
    );
    expect(container.textContent).toMatch(
      /Déclarer la créance au mandataire judiciaire avant le 12 janvier 2027/,
    );
  });
});
