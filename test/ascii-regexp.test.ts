// src/text/ascii-regexp.ts: a pattern without its `u` flag is used only where it finds exactly what the
// original finds. Checked on every pattern of src/ and rules/ that qualifies (scripts/regex-inventory.mjs),
// over real drafts and generated text full of what `u` treats differently (emoji, accented and dotless
// letters, ß, curly quotes, no-break spaces), and the characters that make the copy wrong (ſ, K, İ) must
// keep the original.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiEquivalent, asciiEquivalentSource, FOLDS_TO_ASCII } from '../src/text/ascii-regexp.js';
import { Document } from '../src/engine/document.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('asciiEquivalentSource', () => {
  it('accepts ASCII, caseless punctuation, escapes of either, classes and lookarounds', () => {
    for (const s of [String.raw`\b(?:got|have)[ \u00a0]+(?:our|the)\b`, String.raw`it['’]s\s+\w+`, String.raw`(?<![a-z])\d{2}[-–—](?=x)`, '£\\d+', String.raw`\u2019`]) expect(asciiEquivalentSource(s), s).toBe(true);
  });
  it('refuses what `u` changes: property classes, code point escapes, any-character, negated classes, \\S \\W \\D, cased non-ASCII', () => {
    for (const s of [String.raw`\p{L}+`, String.raw`\P{Lu}`, String.raw`\u{1F600}`, 'a.b', '[^.!?]', String.raw`\S+`, String.raw`\W`, String.raw`\D`, 'café', String.raw`caf\u00e9`, 'straße', 'ı']) expect(asciiEquivalentSource(s), s).toBe(false);
  });
  it('reads an escaped dot, a dot or caret inside a class, and an escaped backslash as themselves', () => {
    for (const s of [String.raw`a\.b`, '[.!?]', '[a^]', String.raw`\\[x]`]) expect(asciiEquivalentSource(s), s).toBe(true);
  });
  it('copies a qualifying pattern once, without `u`, and leaves the rest alone', () => {
    const re = /\bgot[ \u00a0]+it\b/giu;
    expect(asciiEquivalent(re).flags).toBe('gi');
    expect(asciiEquivalent(re)).toBe(asciiEquivalent(re));
    const prop = /\p{L}+/gu;
    expect(asciiEquivalent(prop)).toBe(prop);
    const plain = /abc/gi;
    expect(asciiEquivalent(plain)).toBe(plain);
  });
});

describe('Document.proseRegExp', () => {
  const re = /\bkey[ \u00a0]+skills\b/giu;
  it('uses the copy on prose without ſ, K or İ, and the original on prose with one', () => {
    expect(new Document('Key skills: listening.').proseRegExp(re)).toBe(asciiEquivalent(re));
    for (const t of ['\u212aey skills: listening.', 'Ba\u017fic \u0130stanbul key skills']) expect(new Document(t).proseRegExp(re), t).toBe(re);
    // The reason: with `u`, the Kelvin sign is a k.
    expect('\u212aey skills'.match(re)?.[0]).toBe('\u212aey skills');
    expect('\u212aey skills'.match(asciiEquivalent(re))).toBe(null);
  });
});

function* drafts(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* drafts(p);
    else if (name.endsWith('.md')) yield readFileSync(p, 'utf8');
  }
}

// Text that `u` reads differently: astral emoji (one code point, two code units), accented and dotless
// letters, ß and ẞ, curly quotes, dashes, no-break and other spaces, digits of other scripts.
function generated(n: number): string[] {
  const pieces = ['the ', 'The ', 'was ', 'arrested ', 'guilty ', 'year 7 ', 'aged 12 ', 'known to police ', 'Café ', 'naïve ', 'ı', 'İ'.toLowerCase(), 'ß', 'ẞ', 'É', '’s ', '“', '”', ' – ', '\u00a0', '\u2009', '😀', '👍🏽', '𝐁𝐨𝐥𝐝', '١٢', 'x', 'K', 's', '\n', '. ', '? ', '5 Mill Road ', 'GCSEs ', '#1 '];
  let seed = 5;
  const r = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, () => Array.from({ length: 4 + Math.floor(r() * 40) }, () => pieces[Math.floor(r() * pieces.length)]).join(''));
}

describe('every qualifying pattern of src/ and rules/ finds the same without `u`', () => {
  it('on the fixtures, the labelled sets and generated text without ſ, K or İ', () => {
    const inventory = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/regex-inventory.mjs')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Array<{ source: string; flags: string }>;
    const eligible = inventory.filter((p) => p.flags.includes('u') && asciiEquivalentSource(p.source));
    // Most of what the rules run qualifies: the check covers a real share of them.
    expect(eligible.length).toBeGreaterThan(100);
    const texts = [...drafts(join(root, 'fixtures')), ...drafts(join(root, 'test/acceptance-shared')), ...generated(3000)].filter((t) => !FOLDS_TO_ASCII.test(t));
    let compared = 0;
    for (const p of eligible) {
      const flags = p.flags.includes('g') ? p.flags : `${p.flags}g`;
      const original = new RegExp(p.source, flags);
      const copy = asciiEquivalent(original);
      expect(copy.flags, p.source).toBe(original.flags.replace('u', ''));
      for (const t of texts) {
        const a = [...t.matchAll(original)].map((m) => `${m.index}:${m.join('\u0001')}`).join('|');
        const b = [...t.matchAll(copy)].map((m) => `${m.index}:${m.join('\u0001')}`).join('|');
        if (a !== b) expect({ pattern: p.source, text: t, copy: b }).toEqual({ pattern: p.source, text: t, copy: a });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100_000);
  }, 600_000);
});
