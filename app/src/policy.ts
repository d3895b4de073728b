// The organisation's policy: a commslint.config.json loaded by file picker or drag and drop, validated by the
// library's own schema (a bad file gets the library's message naming the key, and the previous config stays),
// kept in the browser's storage; without one, the preset for the chosen jurisdiction.
import { ConfigError, parseConfig, type Config, type ConfigInput, type Locale } from '../../src/index.js';

const STORAGE_KEY = 'commslint.config';
const JURISDICTION_KEY = 'commslint.jurisdiction';

export interface StoredConfig {
  /** The file name it was loaded from. */
  name: string;
  config: Config;
}

/** Presets by jurisdiction: the recommended rules, that jurisdiction's policy pack and its spelling. */
export const PRESETS: Record<string, { label: string; config: ConfigInput }> = {
  uk: { label: 'United Kingdom', config: { extends: ['commslint:recommended', 'commslint:uk'], locale: 'en-GB' } },
  ie: { label: 'Ireland (EU)', config: { extends: ['commslint:recommended', 'commslint:eu'], locale: 'en-IE' } },
  eu: { label: 'European Union', config: { extends: ['commslint:recommended', 'commslint:eu'], locale: 'en-IE' } },
  au: { label: 'Australia', config: { extends: ['commslint:recommended', 'commslint:au'], locale: 'en-AU' } },
  nz: { label: 'New Zealand', config: { extends: ['commslint:recommended', 'commslint:nz'], locale: 'en-NZ' } },
  ca: { label: 'Canada', config: { extends: ['commslint:recommended', 'commslint:ca'], locale: 'en-CA' } },
  us: { label: 'United States', config: { extends: ['commslint:recommended', 'commslint:us'], locale: 'en-US' } },
};

/** Reads and validates a config file's text; throws a ConfigError naming the key (or the JSON error). */
export function readConfigText(text: string, name: string): StoredConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${name} is not valid JSON: ${(e as Error).message}`, undefined, name);
  }
  const config = parseConfig(raw, name);
  // Only the built-in presets can be extended here: there is no file system to read another config from.
  const paths = (Array.isArray(config.extends) ? config.extends : config.extends ? [config.extends] : []).filter((e) => !e.startsWith('commslint:'));
  if (paths.length) throw new ConfigError(`${name}: extends: "${paths[0]}" is a file; in the browser only the commslint: presets can be extended (merge that file into this one)`, 'extends', name);
  return { name, config };
}

export function loadStored(storage: Storage): StoredConfig | undefined {
  const s = storage.getItem(STORAGE_KEY);
  if (!s) return undefined;
  try {
    const { name, text } = JSON.parse(s) as { name: string; text: string };
    return readConfigText(text, name);
  } catch {
    storage.removeItem(STORAGE_KEY);
    return undefined;
  }
}

export function store(storage: Storage, name: string, text: string): void {
  storage.setItem(STORAGE_KEY, JSON.stringify({ name, text }));
}

export function forget(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}

export function storedJurisdiction(storage: Storage): string {
  const j = storage.getItem(JURISDICTION_KEY);
  return j && j in PRESETS ? j : 'uk';
}

export function storeJurisdiction(storage: Storage, j: string): void {
  storage.setItem(JURISDICTION_KEY, j);
}

/** The config to lint with: the loaded one, else the jurisdiction's preset. */
export function effectiveConfig(loaded: StoredConfig | undefined, jurisdiction: string): ConfigInput {
  return loaded ? loaded.config : PRESETS[jurisdiction]!.config;
}

/** "Riverside Council Social Media Policy 3.1 (commslint.config.json)": what the sign-off names. */
export function configLabel(loaded: StoredConfig | undefined, jurisdiction: string): { name: string; version: string } {
  if (!loaded) return { name: `commslint preset for ${PRESETS[jurisdiction]!.label}`, version: 'built in' };
  const p = loaded.config.policy;
  return { name: `${p?.title ?? loaded.config.organisation?.name ?? 'Organisation config'} (${loaded.name})`, version: p?.version ?? 'not stated' };
}

export function localeOf(config: ConfigInput): Locale | undefined {
  return (config as { locale?: Locale }).locale;
}
