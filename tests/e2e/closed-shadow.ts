import type { Page } from 'playwright-core';

/**
 * Relance's UI in a host page lives in closed shadow roots, which the page — and
 * Playwright's locators — cannot reach. The DevTools protocol can (DOM.getDocument with
 * pierce): these helpers read such a UI's text and click its buttons by their on-screen
 * position, so the click is a real, trusted one, as a person's.
 */
interface DomNode {
  nodeId: number;
  attributes?: string[];
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

async function tree(
  page: Page,
): Promise<{ root: DomNode; send: (method: string, params: object) => Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  return { root, send: (m, p) => cdp.send(m as never, p as never) };
}

function* walk(n: DomNode): Generator<DomNode> {
  yield n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) yield* walk(c);
}

function textOf(n: DomNode): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (n.nodeName === 'STYLE') return '';
  return [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(' ');
}

/** The text inside every element `tag` (its shadow root included), or '' when there is none. */
export async function shadowText(page: Page, tag: string): Promise<string> {
  const { root } = await tree(page);
  return [...walk(root)]
    .filter((n) => n.nodeName === tag.toUpperCase())
    .map(textOf)
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Clicks the button labelled `label` inside the element `tag`'s shadow root. */
export async function clickInShadow(page: Page, tag: string, label: string): Promise<void> {
  const { root, send } = await tree(page);
  const host = [...walk(root)].find((n) => n.nodeName === tag.toUpperCase());
  if (!host) throw new Error(`no <${tag}> on the page`);
  const button = [...walk(host)].find((n) => n.nodeName === 'BUTTON' && textOf(n).trim() === label);
  if (!button) throw new Error(`no button "${label}" in <${tag}>`);
  const { model } = (await send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The attribute `name` of the first element `inner` inside the element `tag`'s shadow root, as the test (not the page) can read it. */
export async function shadowAttr(
  page: Page,
  tag: string,
  inner: string,
  name: string,
): Promise<string | null> {
  const { root } = await tree(page);
  const host = [...walk(root)].find((n) => n.nodeName === tag.toUpperCase());
  const el = host
    ? [...walk(host)].find((n) => n !== host && n.nodeName === inner.toUpperCase())
    : undefined;
  const attrs = el?.attributes ?? [];
  const at = attrs.findIndex((a, i) => i % 2 === 0 && a === name);
  return at === -1 ? null : attrs[at + 1]!;
}
