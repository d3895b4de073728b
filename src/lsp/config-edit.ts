// "Add to terms.allow" from the editor: the word goes into the config file that applies to the draft
// (JSON, YAML or the `commslint` key of package.json), written atomically; with no config file, a
// commslint.config.json is created in the workspace folder. JavaScript configs are code: not rewritten.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseDocument, isSeq, YAMLSeq } from 'yaml';
import { writeFileAtomic } from '../node.js';

interface TermsHolder {
  terms?: { allow?: unknown };
  [key: string]: unknown;
}

function addToObject(config: TermsHolder, word: string): boolean {
  const terms = (config.terms ??= {}) as { allow?: unknown };
  if (terms.allow !== undefined && !Array.isArray(terms.allow)) throw new Error('terms.allow in the config is not a list');
  const allow = (terms.allow ??= []) as unknown[];
  if (allow.some((w) => typeof w === 'string' && w.toLowerCase() === word.toLowerCase())) return false;
  allow.push(word);
  return true;
}

/** Adds `word` to terms.allow; returns the file written (or that already had it). */
export function addAllowedTerm(configFile: string | undefined, folder: string, word: string): string {
  const file = configFile ?? join(folder, 'commslint.config.json');
  if (!existsSync(file)) {
    writeFileSync(file, `${JSON.stringify({ terms: { allow: [word] } }, null, 2)}\n`, { flag: 'wx' });
    return file;
  }
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (basename(file) === 'package.json') {
    const pkg = JSON.parse(text) as { commslint?: TermsHolder };
    if (addToObject((pkg.commslint ??= {}), word)) writeFileAtomic(file, `${JSON.stringify(pkg, null, 2)}\n`, text);
    return file;
  }
  if (ext === '.json') {
    const config = (text.trim() ? JSON.parse(text) : {}) as TermsHolder;
    if (addToObject(config, word)) writeFileAtomic(file, `${JSON.stringify(config, null, 2)}\n`, text);
    return file;
  }
  if (ext === '.yaml' || ext === '.yml') {
    // The YAML document model keeps the file's comments and layout.
    const doc = parseDocument(text);
    const allow = doc.getIn(['terms', 'allow']);
    if (allow !== undefined && !isSeq(allow)) throw new Error('terms.allow in the config is not a list');
    const items = allow ? (allow as YAMLSeq).items.map((i) => String((i as { value?: unknown }).value ?? i).toLowerCase()) : [];
    if (items.includes(word.toLowerCase())) return file;
    if (allow) (allow as YAMLSeq).add(word);
    else doc.setIn(['terms', 'allow'], doc.createNode([word]));
    writeFileAtomic(file, String(doc), text);
    return file;
  }
  throw new Error(`${basename(file)} is JavaScript: add "${word}" to terms.allow there by hand`);
}
