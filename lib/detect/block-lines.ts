/**
 * The lines of a block of a page as the user sees them: the one reader of an element's text
 * with its line breaks, for the generic page reader (lib/detect/page.ts) and the site
 * adapters' address blocks (lib/detect/sites/).
 */

/** Block elements: each starts and ends a line. */
export const BLOCK_TAGS = new Set([
  ...['P', 'DIV', 'SECTION', 'ARTICLE', 'ADDRESS', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV'],
  ...['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FORM', 'FIELDSET'],
  ...['TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH'],
  ...['UL', 'OL', 'LI', 'DL', 'DT', 'DD'],
]);

/** Elements whose text is not shown as text (code, styles, form controls' options, drawings). */
export const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'TEXTAREA',
  'SELECT',
  'OPTION',
]);

export const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Whether an element hides itself: `hidden`, aria-hidden, inline display:none or visibility:hidden. */
export function hidesItself(el: Element): boolean {
  const style = el.getAttribute('style');
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (!!style && HIDING_STYLE.test(style))
  );
}

/**
 * The non-empty lines of `el`: <br> and block elements break lines, white space (no-break
 * spaces too) is folded, and an element `hidden` says is hidden is left out with all it holds.
 * By default an element is hidden when it hides itself; the page reader passes its own test,
 * which also looks at the ancestors.
 */
export function blockLines(
  el: Element | null | undefined,
  hidden: (e: Element) => boolean = hidesItself,
): string[] {
  if (!el) return [];
  let out = '';
  let pre = false;
  for (let a: Element | null = el; a && !pre; a = a.parentElement) pre = keepsBreaks(a);
  const walk = (n: Node, pre: boolean) => {
    for (const c of Array.from(n.childNodes)) {
      // A line break in the source of an inline element is a space on screen ("<span>\n Daniel\n
      // Ortiz\n</span>", Saleor's invoice.html): only <br>, blocks and preformatted text break lines.
      if (c.nodeType === 3)
        out += pre || !inline(n) ? (c.nodeValue ?? '') : foldBreaks(c.nodeValue);
      else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.tagName.toUpperCase();
        if (tag === 'BR') out += '\n';
        else if (!SKIPPED_TAGS.has(tag) && !hidden(e)) {
          const block = BLOCK_TAGS.has(tag);
          if (block) out += '\n';
          walk(e, pre || keepsBreaks(e));
          if (block) out += '\n';
        }
      }
    }
  };
  walk(el, pre);
  return out
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0\u202f]+/g, ' ').trim())
    .filter(Boolean);
}

/** Inline elements whose source line breaks fold into spaces (the block ones are left as they were read). */
const INLINE_TAGS = new Set(['SPAN', 'B', 'STRONG', 'I', 'EM', 'SMALL', 'A', 'LABEL', 'FONT', 'U']);
const inline = (n: Node) =>
  n.nodeType === 1 && INLINE_TAGS.has((n as Element).tagName.toUpperCase());
const foldBreaks = (text: string | null) => (text ?? '').replace(/[\r\n]+/g, ' ');
/** Preformatted text, or a class or style that may keep line breaks (white-space: pre-line). */
const keepsBreaks = (e: Element) =>
  e.tagName.toUpperCase() === 'PRE' ||
  /\bpre\b|pre-(?:line|wrap)|white-?space|nl2br/i.test(
    `${e.getAttribute('class') ?? ''} ${e.getAttribute('style') ?? ''}`,
  );
