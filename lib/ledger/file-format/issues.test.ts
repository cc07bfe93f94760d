import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/t';
import { date, decimal } from '../../model/fields';
import { frEnText } from '../../../tests/helpers/text';
import { issueText, LedgerFileError, OWN_MESSAGES } from './issues';

describe('a ledger file’s problems, from the catalog', () => {
  it('finds our own checks by their English message, which the English catalog says word for word', () => {
    for (const [message, key] of Object.entries(OWN_MESSAGES))
      expect(translator('en')(key), key).toBe(message);
    const issue = v.safeParse(date, '2026-02-30').issues![0]!;
    expect(issueText(issue)).toEqual({
      fr: 'une vraie date AAAA-MM-JJ est attendue',
      en: 'expected a real date as YYYY-MM-DD',
    });
  });

  it('says valibot’s own issues in French, and leaves valibot’s English message as it is', () => {
    const issue = v.safeParse(v.strictObject({ a: decimal }), { a: '1', b: 2 }).issues![0]!;
    expect(issueText(issue)).toMatchObject({ fr: 'champ inconnu', en: 'unknown field' });
    const long = v.safeParse(v.pipe(v.string(), v.maxLength(3)), 'abcd').issues![0]!;
    expect(issueText(long)).toMatchObject({ fr: 'trop long (au plus 3)', en: long.message });
  });

  it('lists twenty problems, then how many more', () => {
    const problems = Array.from({ length: 22 }, (_, i) => frEnText(`p${i}`, `q${i}`));
    const err = new LedgerFileError(problems);
    expect(err.text.fr).toBe(
      `Le fichier n’est pas valide :\n  ${problems
        .slice(0, 20)
        .map((p) => p.fr)
        .join('\n  ')}\n  … et 2 autres`,
    );
    expect(err.text.en).toBe(
      `The ledger file is not valid:\n  ${problems
        .slice(0, 20)
        .map((p) => p.en)
        .join('\n  ')}\n  … and 2 more`,
    );
    expect(err.problems).toHaveLength(22);
  });
});
