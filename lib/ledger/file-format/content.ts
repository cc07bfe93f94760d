/** One text for an event's content: the same content gives the same text, whatever the key order. */
export function contentKey(o: unknown): string {
  if (Array.isArray(o)) return `[${o.map(contentKey).join(',')}]`;
  if (o && typeof o === 'object')
    return `{${Object.keys(o)
      .sort()
      .filter((k) => (o as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${contentKey((o as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(o);
}

/** Drops the keys whose value is undefined (in place): files and stored records hold no `undefined`. */
export function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
