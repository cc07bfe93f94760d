import { describe, expect, it } from 'vitest';
import { parseXml, xmlDepth } from './xml';
import { TextError } from '../../model/text';

describe('XML limits', () => {
  it('a 17 MB file nested 2.4 million levels deep is refused with a clear message, not "Maximum call stack size exceeded"', () => {
    const levels = 2_400_000;
    const xml = `<?xml version="1.0"?>${'<a>'.repeat(levels)}x${'</a>'.repeat(levels)}`;
    expect(xml.length).toBeGreaterThan(16_000_000);
    const err = (() => {
      try {
        parseXml(xml);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(TextError);
    expect((err as TextError).text.en).toBe(
      'XML refused: its elements nest more than 256 levels deep (an e-invoice has about ten)',
    );
    expect((err as TextError).text.fr).toMatch(
      /^XML refusé : ses éléments s’imbriquent sur plus de 256 niveaux/,
    );
  });

  it('counts depth past comments, CDATA, declarations and empty elements', () => {
    expect(
      xmlDepth(
        '<?xml version="1.0"?><!-- <x><y> --><Invoice><a/><b><![CDATA[<c><d><e>]]></b><f x="1"><g>1</g></f></Invoice>',
      ),
    ).toBe(3);
    expect(parseXml('<Invoice><ID>F-1</ID></Invoice>')).toEqual({ Invoice: { ID: 'F-1' } });
  });
});
