/**
 * The static checks of `npm test`, in two lanes at once: the type check in one, the format and
 * lint in the other. Each is single-threaded, so on a two-core machine this takes the time of the
 * longer lane instead of the sum (about 45 s less). Each command's output is printed whole when it
 * ends, so two lanes never interleave their lines; the exit code is non-zero if any check failed.
 *
 * `npm run typecheck` and `npm run lint` still run each part alone.
 */
import { spawn } from 'node:child_process';

interface Check {
  name: string;
  command: string;
  args: string[];
}

const LANES: Check[][] = [
  [{ name: 'tsc', command: 'npx', args: ['tsc', '--noEmit'] }],
  [
    { name: 'prettier', command: 'npx', args: ['prettier', '--check', '.'] },
    { name: 'eslint', command: 'npx', args: ['eslint', '.'] },
  ],
];

function run(check: Check): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(check.command, check.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      console.error(`✗ ${check.name}: could not start ${check.command} (${error.message})`);
      resolve(false);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(`${code === 0 ? '✓' : '✗'} ${check.name} (${seconds} s)`);
      if (text) console.log(text.replace(/^/gm, `  ${check.name} │ `));
      resolve(code === 0);
    });
  });
}

/** A lane stops at its first failure, as `a && b` would. */
async function lane(checks: Check[]): Promise<boolean> {
  for (const check of checks) if (!(await run(check))) return false;
  return true;
}

const results = await Promise.all(LANES.map(lane));
if (results.includes(false)) {
  console.error(
    'Static checks failed (see above). / Les vérifications ont échoué (voir ci-dessus).',
  );
  process.exit(1);
}
