import * as fc from 'fast-check';

/**
 * Property tests run on a fixed seed in `npm test`, so CI is reproducible: a red run is a
 * bug anyone can replay, never a coin toss. To hunt for new counterexamples, run with
 * `FC_SEED=random FC_SCALE=20 npx vitest run <file>` and turn what it finds into a case.
 */
const seed = process.env.FC_SEED;
fc.configureGlobal({
  ...(seed === 'random' ? {} : { seed: seed ? Number(seed) : 20_261_201 }),
});

/** A test's own number of runs, times FC_SCALE when hunting (`FC_SCALE=20`). */
export const runs = (n: number) => Math.max(1, Math.round(n * (Number(process.env.FC_SCALE) || 1)));
