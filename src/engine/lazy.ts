// Heavy modules that rules may use, loaded only when a rule asks for one. `lint` is synchronous, so a
// rule that asks for a module that is not loaded yet gets `undefined` and the request is recorded;
// `lintAsync` (used by `lint()`, `lintFiles` and the CLI) then loads it and lints the draft again.
// A draft whose prefilters never fire never pays for the import (compromise costs ~400 ms).

export const LAZY_MODULES = {
  compromise: () => import('compromise').then((m) => m.default),
} as const;

export type LazyModuleName = keyof typeof LAZY_MODULES;
export type LazyModule<N extends LazyModuleName> = Awaited<ReturnType<(typeof LAZY_MODULES)[N]>>;

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
