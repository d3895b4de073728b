// Word-set prefilters (Document.words / Document.mentions) only skip work: with every lookup forced to
// "present", every draft must get exactly the same findings. Not timed.
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../src/index.js';
import { Document } from '../src/engine/document.js';

function* drafts(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* drafts(p);
    else if (name.endsWith('.md')) yield p;
  }
}

const extra = [
  'Get well soon to our colleague Sam, who is being treated for cancer.',
  '@resident42 You clearly didn’t read our post. Do your own research.',
  'Thanks to our Labour councillors for delivering the new park! RT @UKLabour',
  'Certainly! Here’s a friendly post for your council: I hope this helps!',
  'Going forward, we will leverage synergies and deliver outcomes in order to drive growth.',
  // Characters that /iu folds to ASCII letters disable the word set (every lookup answers true).
  'Our ſtaff member Gary Hughes is being treated for cancer. Some idiots dumped rubbiſh. K',
  'İdiots dumped rubbish again. You clowns.',
];

describe('prefilters never hide findings', () => {
  it('gives the same findings with the word set forced open', async () => {
    const linter = await createLinter({ extends: ['commslint:strict'] });
    const texts = [...extra, ...[...drafts(join(import.meta.dirname, '..', 'fixtures'))].map((p) => readFileSync(p, 'utf8'))];
    const run = async (): Promise<string[]> => {
      const out: string[] = [];
      for (const t of texts) {
        const r = await linter.lintAsync(t);
        out.push(JSON.stringify(r.findings.map((f) => [f.ruleId, f.offset, f.endOffset, f.message])));
      }
      return out;
    };
    const gated = await run();
    const open = { has: () => true, hasAny: () => true };
    const words = vi.spyOn(Document.prototype, 'words').mockReturnValue(open);
    const mentions = vi.spyOn(Document.prototype, 'mentions').mockReturnValue(true);
    try {
      expect(await run()).toEqual(gated);
    } finally {
      words.mockRestore();
      mentions.mockRestore();
    }
  });

  it('builds the word set from bounded ASCII words of the prose', () => {
    const doc = new Document('---\nplatform: x\n---\nThe **Cancer** screening_day is on. `code`');
    const w = doc.words();
    expect(w.has('cancer')).toBe(true);
    expect(w.has('screening')).toBe(true);
    expect(w.has('day')).toBe(true);
    expect(w.has('code')).toBe(false);
    expect(w.has('platform')).toBe(false);
    expect(w.hasAny(new Set(['zzz', 'screening']))).toBe(true);
    expect(new Document('A ſign').words().has('anything')).toBe(true);
    expect(doc.mentions('creen')).toBe(true);
  });
});
