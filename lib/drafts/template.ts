/**
 * The template language: plain text with `{{variable}}`, `{{#if variable}}…{{/if}}`
 * (and `{{#unless …}}`), paragraphs separated by blank lines, and block variables on a
 * line of their own (`{{invoices.table}}`). Parsing reports unknown variables with
 * their line and column. Rendering produces a structured document, never HTML text.
 */
export type Block = { type: 'paragraph'; text: string } | { type: 'table'; name: string };

export interface TemplateError {
  message: string;
  line: number;
  column: number;
}

const TOKEN = /\{\{\s*([#/]?)(if|unless)?\s*([a-zA-Z][\w.]*)?\s*\}\}/g;

export function validateTemplate(
  text: string,
  known: ReadonlySet<string>,
  blocks: ReadonlySet<string>,
): TemplateError[] {
  const errors: TemplateError[] = [];
  const stack: { name: string; line: number; column: number }[] = [];
  const position = (index: number) => {
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  // Anything that opens with {{ must be a token we understand.
  for (const m of text.matchAll(/\{\{([^}]*)\}?\}?/g)) {
    if (
      !/^\{\{\s*([#/]?)(if|unless)?\s*[a-zA-Z][\w.]*\s*\}\}$/.test(m[0]) &&
      !/^\{\{\s*\/(if|unless)\s*\}\}$/.test(m[0])
    ) {
      errors.push({ message: `"${m[0]}" is not a valid placeholder`, ...position(m.index) });
    }
  }
  for (const m of text.matchAll(TOKEN)) {
    const [, sigil, keyword, name] = m;
    const pos = position(m.index);
    if (sigil === '#') {
      if (!keyword || !name) errors.push({ message: `"${m[0]}": expected {{#if name}}`, ...pos });
      else {
        if (!known.has(name)) errors.push({ message: `unknown variable "${name}"`, ...pos });
        stack.push({ name: keyword, ...pos });
      }
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open) errors.push({ message: `"${m[0]}" closes nothing`, ...pos });
    } else if (name) {
      if (!known.has(name) && !blocks.has(name))
        errors.push({ message: `unknown variable "${name}"`, ...pos });
    }
  }
  for (const open of stack)
    errors.push({
      message: `{{#${open.name}}} is never closed`,
      line: open.line,
      column: open.column,
    });
  return errors;
}

export type Values = Record<string, string | number | boolean | null | undefined>;

function truthy(v: Values[string]): boolean {
  return v !== undefined && v !== null && v !== false && v !== '' && v !== 0;
}

/** Resolve conditionals, then variables. Unknown variables render empty (templates are validated first). */
export function expand(text: string, values: Values): string {
  let out = text;
  // Innermost sections first, until none are left.
  const section =
    /\{\{\s*#(if|unless)\s+([\w.]+)\s*\}\}((?:(?!\{\{\s*#(?:if|unless))[\s\S])*?)\{\{\s*\/(?:if|unless)\s*\}\}/;
  for (let guard = 0; guard < 200; guard++) {
    const m = section.exec(out);
    if (!m) break;
    const show = m[1] === 'if' ? truthy(values[m[2]!]) : !truthy(values[m[2]!]);
    out = out.slice(0, m.index) + (show ? m[3]! : '') + out.slice(m.index + m[0].length);
  }
  return out.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const v = values[name];
    return v === undefined || v === null || v === false ? '' : String(v);
  });
}

/** Template text → blocks, after expansion. A line holding only a block variable becomes that block. */
export function toBlocks(text: string, values: Values, blockNames: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  const marked = text.replace(/^\s*\{\{\s*([\w.]+)\s*\}\}\s*$/gm, (line, name: string) =>
    blockNames.has(name) ? `\u0000${name}\u0000` : line,
  );
  const expanded = expand(marked, values);
  for (const chunk of expanded.split(/\n\s*\n/)) {
    const parts = chunk.split(/\u0000/);
    parts.forEach((part, i) => {
      if (i % 2 === 1) blocks.push({ type: 'table', name: part });
      else {
        const t = part.replace(/[ \t]+\n/g, '\n').replace(/^\n+|\n+$/g, '');
        if (t.trim()) blocks.push({ type: 'paragraph', text: t });
      }
    });
  }
  return blocks;
}
