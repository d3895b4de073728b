// Heavy modules that rules may use, loaded only when a rule asks for one. `lint` is synchronous, so a
// rule that asks for a module that is not loaded yet gets `undefined` and the request is recorded;
// `lintAsync` (used by `lint()`, `lintFiles` and the CLI) then loads it and lints the draft again.
// A draft whose prefilters never fire never pays for the import (compromise costs ~400 ms; the retext
// plugins build their word tables at import, which a one-file CLI run should not pay for a clean draft).

import type compromise from 'compromise';
import type retextEquality from 'retext-equality';
import type { CussPhrases } from '../text/cuss-phrases.js';
import type { ModelData } from '../text/semantic/model.js';

/** The heavy modules, by name (their default exports). */
export interface LazyModules {
  compromise: typeof compromise;
  'cuss-phrases': CussPhrases;
  'retext-equality': typeof retextEquality;
  'semantic-model': ModelData;
}

export const LAZY_MODULES: { readonly [N in keyof LazyModules]: () => Promise<LazyModules[N]> } = {
  compromise: () => import('compromise').then((m) => m.default),
  // retext-profanities' word table (cuss with every plural, ~10 ms to build): a one-file CLI run should
  // not pay for it unless a draft has a word from cuss.
  'cuss-phrases': () => import('../text/cuss-phrases.js').then((m) => m.cussPhrases()),
  // Compiles its pattern tables when imported; needed only once a draft has an inconsiderate phrase.
  'retext-equality': () => import('retext-equality').then((m) => m.default),
  // The judgement classifiers' weights (~0.5 MB of JSON): parsed only once a draft passes a family's gate.
  'semantic-model': () => import('../text/semantic/weights.json', { with: { type: 'json' } }).then((m) => m.default as ModelData),
};

export type LazyModuleName = keyof LazyModules;
export type LazyModule<N extends LazyModuleName> = LazyModules[N];

const loaded = new Map<LazyModuleName, unknown>();

export function getLoaded<N extends LazyModuleName>(name: N): LazyModule<N> | undefined {
  return loaded.get(name) as LazyModule<N> | undefined;
}

export async function loadModules(names: Iterable<LazyModuleName>): Promise<void> {
  await Promise.all(
    [...names].filter((n) => !loaded.has(n)).map(async (n) => {
      loaded.set(n, await LAZY_MODULES[n]());
    }),
  );
}
