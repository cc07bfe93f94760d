/**
 * `npx tsx bench/profile-detect.ts [rows]`: where the list scan's time goes. Runs `scanPage`
 * on the bench's invoice list under the DevTools CPU profiler (unminified bundle, so frames
 * keep their names) and prints the functions with the most self time, then the most total
 * time. A tool for reading, not a benchmark: sampling adds its own cost.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, findChrome } from '../tools/chromium/harness';
import { invoiceListHtml } from './data';

const rows = Number(process.argv[2] ?? 1000);
const code = (
  await build({
    entryPoints: [join(ROOT, 'bench/detect-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'RelanceDetect',
    write: false,
    platform: 'browser',
    target: 'es2022',
    alias: { '@': ROOT },
  })
).outputFiles[0]!.text;
const browser = await chromium.launch({
  executablePath: findChrome()!,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  headless: false,
});
const page = await browser.newPage();
await page.setContent(invoiceListHtml(rows));
await page.addScriptTag({ content: code });
const scan = (n: number) =>
  page.evaluate((n) => {
    const w = window as unknown as { RelanceDetect: { scanPage(d: Document): unknown } };
    for (let i = 0; i < n; i++) w.RelanceDetect.scanPage(document);
  }, n);
await scan(30);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await scan(60);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();

type Node = (typeof profile.nodes)[number];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples?.forEach((id, k) =>
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[k] ?? 0)),
);
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
let all = 0;
for (const [id, us] of self) {
  all += us;
  const n = byId.get(id)!;
  selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + us);
  // Each function once per stack, however deep its recursion.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    totalBy.set(k, (totalBy.get(k) ?? 0) + us);
  }
}
const top = (m: Map<string, number>, title: string) => {
  console.log(`\n${title} (ms per scan; all samples ${(all / 60 / 1000).toFixed(2)} ms)`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(us / 60 / 1000).toFixed(3).padStart(8)}  ${k}`);
};
top(selfBy, 'self time');
top(totalBy, 'total time');
// Who calls the DOM's queries (their time is the caller's selector work).
const callers = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  if (!/^querySelector/.test(n.callFrame.functionName)) continue;
  const p = byId.get(parent.get(id)!)!;
  const gp = byId.get(parent.get(p.id)!)!;
  const k = `${n.callFrame.functionName} ← ${name(p)} ← ${name(gp)}`;
  callers.set(k, (callers.get(k) ?? 0) + us);
}
top(callers, 'selector queries by caller');
