/**
 * A tiny element tree and its serializer: every text is escaped, every tag and
 * attribute name comes from our code. This is how drafts become HTML for the clipboard
 * and the mail editors — never by splicing data into HTML strings.
 */
export type HNode =
  | string
  | {
      tag:
        | 'p'
        | 'br'
        | 'table'
        | 'thead'
        | 'tbody'
        | 'tr'
        | 'th'
        | 'td'
        | 'strong'
        | 'ul'
        | 'li'
        | 'div';
      style?: string;
      children?: HNode[];
    };

const ESC: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESC[c]!);
}

export function serialize(nodes: HNode[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return escapeHtml(n);
      if (n.tag === 'br') return '<br>';
      const style = n.style ? ` style="${escapeHtml(n.style)}"` : '';
      return `<${n.tag}${style}>${serialize(n.children ?? [])}</${n.tag}>`;
    })
    .join('');
}

/** The same tree as DOM nodes (for inserting into a page without any HTML parsing). */
export function toDom(nodes: HNode[], doc: Document): DocumentFragment {
  const frag = doc.createDocumentFragment();
  for (const n of nodes) {
    if (typeof n === 'string') frag.append(doc.createTextNode(n));
    else {
      const el = doc.createElement(n.tag);
      if (n.style) el.setAttribute('style', n.style);
      el.append(toDom(n.children ?? [], doc));
      frag.append(el);
    }
  }
  return frag;
}
