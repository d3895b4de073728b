// A dynamic import of a module chosen at run time (a JavaScript config file, a built-in loaded only when a
// command needs it). It is its own module so the bundled bin can keep it outside the bundle as a plain
// CommonJS file: import() inside a script run from V8's code cache has no module loader to call
// (see scripts/bundle-cli.mjs).
export function importModule<T = unknown>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
