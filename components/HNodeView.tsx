import type { HNode } from '@/lib/drafts/html';

/** Renders a draft's element tree as Preact elements: text stays text. */
export function HNodeView(props: { nodes: HNode[] }) {
  return <>{props.nodes.map((n, i) => (typeof n === 'string' ? n : <Tag key={i} node={n} />))}</>;
}

function Tag(props: { node: Exclude<HNode, string> }) {
  const { tag: T, children = [] } = props.node;
  if (T === 'br') return <br />;
  return <T>{<HNodeView nodes={children} />}</T>;
}
