import { describe, expect, it } from 'vitest';
import { parseHtmlInNode } from '../cli/node-dom';
import { blockLines, hidesItself } from './block-lines';

const body = (html: string) => parseHtmlInNode(`<!doctype html><body>${html}</body>`).body;

describe('blockLines: the lines of a block as the user sees them', () => {
  it('breaks lines at <br> and around blocks, folds white space and no-break spaces, drops empty lines', () => {
    const el = body(
      '<address><strong>Atelier\u00a0Martin</strong><br>12  rue des Lilas<br><br>\n 69003\u202fLyon<div>SIRET 123 456 789 00012</div></address>',
    );
    expect(blockLines(el)).toEqual([
      'Atelier Martin',
      '12 rue des Lilas',
      '69003 Lyon',
      'SIRET 123 456 789 00012',
    ]);
  });

  it('puts table cells, list items and definition terms on lines of their own; inline elements stay on their line', () => {
    const el = body(
      '<table><tr><th>Client</th><td>Boulangerie <em>Dupont</em></td></tr></table><ul><li>un</li><li>deux</li></ul><dl><dt>TVA</dt><dd>FR12</dd></dl>',
    );
    expect(blockLines(el)).toEqual(['Client', 'Boulangerie Dupont', 'un', 'deux', 'TVA', 'FR12']);
  });

  it('leaves out what hides itself (hidden, aria-hidden, inline display:none or visibility:hidden) and what is not text', () => {
    const el = body(
      [
        '<p>shown</p>',
        '<p hidden>hidden attribute</p>',
        '<p aria-hidden="true">aria</p>',
        '<p style="display: none">display</p>',
        '<p style="visibility:hidden">visibility</p>',
        '<script>var x = 1;</script><style>p{}</style><template><p>template</p></template>',
        '<select><option>option</option></select><textarea>typed</textarea>',
        '<p>also shown</p>',
      ].join(''),
    );
    expect(blockLines(el)).toEqual(['shown', 'also shown']);
  });

  it('takes the caller’s test of what is hidden (the page reader’s also looks at ancestors)', () => {
    const el = body('<div class="x">kept by default</div><div>other</div>');
    expect(blockLines(el)).toEqual(['kept by default', 'other']);
    expect(blockLines(el, (e) => e.classList.contains('x'))).toEqual(['other']);
  });

  it('reads nothing from no element', () => {
    expect(blockLines(null)).toEqual([]);
    expect(blockLines(undefined)).toEqual([]);
    expect(blockLines(body('<p> \u00a0 </p>'))).toEqual([]);
  });

  it('hidesItself looks at the element alone', () => {
    const el = body('<div hidden><p>inside</p></div>');
    expect(hidesItself(el.firstElementChild!)).toBe(true);
    expect(hidesItself(el.querySelector('p')!)).toBe(false);
  });
});

describe('source line breaks', () => {
  it('inside an inline element are spaces (Saleor\'s "<span>\\n Daniel\\n Ortiz\\n</span>")', () => {
    expect(
      blockLines(body('<div><span class="normal-text">\n  Daniel\n  Ortiz\n</span><br/>US</div>')),
    ).toEqual(['Daniel Ortiz', 'US']);
  });
  it('stay breaks in preformatted text', () => {
    expect(
      blockLines(body('<div><span class="whitespace-pre-line">Daniel\nOrtiz</span></div>')),
    ).toEqual(['Daniel', 'Ortiz']);
    expect(
      blockLines(body('<div><span style="white-space: pre-line">Daniel\nOrtiz</span></div>')),
    ).toEqual(['Daniel', 'Ortiz']);
  });
});
