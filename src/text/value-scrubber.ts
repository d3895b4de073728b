// Scrubs many known raw values (the personal data and secrets rules found in a draft) out of strings in
// one pass each: an Aho–Corasick automaton over all values, so a draft with 10,000 distinct e-mails costs
// the length of the strings scrubbed, not values × strings (issue 21, item 3). Written here rather than
// taken from npm: the registry's Aho–Corasick packages are unmaintained or Node-only, and this needs
// leftmost-longest replacement, which they do not offer.
import { mask } from './mask.js';
import { maskAligned } from './shapes.js';
import { toPlainText } from './fancy.js';

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Lengths (UTF-16 units) of the values that end here, longest first, and the masked forms. */
  out: Array<{ length: number; masked: string }>;
  /** Nearest node on the fail chain with an output (dictionary link), or -1. */
  dict: number;
}

/** The forms of a raw value to scrub: as written, without whitespace, without end punctuation, and de-styled (𝟎𝟕 -> 07). */
export function valueForms(raw: string): string[] {
  const v = raw.trim();
  if (v.length < 3) return [];
  const forms = new Set<string>();
  // Also without the punctuation at its ends: another finding may quote `Hunter2026` of `Hunter2026!`.
  for (const base of [v, v.replace(/^[\p{P}\p{S}]+|(?<![\p{P}\p{S}])[\p{P}\p{S}]+$/gu, '')]) {
    const plain = toPlainText(base);
    for (const f of [base, plain]) forms.add(f).add(f.replace(/\s+/g, ''));
  }
  return [...forms].filter((f) => f.length >= 3);
}

export class ValueScrubber {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [], dict: -1 }];
  readonly size: number;

  constructor(raws: Iterable<string>) {
    let size = 0;
    for (const raw of raws) {
      const masked = mask(raw.trim());
      for (const form of valueForms(raw)) {
        this.insert(form, masked);
        size++;
      }
    }
    this.size = size;
    this.build();
  }

  private insert(value: string, masked: string): void {
    let s = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      let t = this.nodes[s]!.next.get(c);
      if (t === undefined) {
        t = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [], dict: -1 });
        this.nodes[s]!.next.set(c, t);
      }
      s = t;
    }
    const node = this.nodes[s]!;
    if (!node.out.some((o) => o.length === value.length)) node.out.push({ length: value.length, masked });
  }

  private build(): void {
    const queue: number[] = [];
    for (const t of this.nodes[0]!.next.values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const node = this.nodes[s]!;
      for (const [c, t] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(c);
        const fail = target !== undefined && target !== t ? target : 0;
        const child = this.nodes[t]!;
        child.fail = fail;
        child.dict = this.nodes[fail]!.out.length ? fail : this.nodes[fail]!.dict;
        queue.push(t);
      }
    }
  }

  /**
   * Replaces every occurrence of a value (leftmost, then longest) by its mask; `aligned` keeps the
   * string's length (for excerpts, whose offsets other code relies on).
   */
  scrub(text: string, style: 'compact' | 'aligned' = 'compact'): string {
    if (this.size === 0 || text.length < 3) return text;
    // best[start] = longest value starting there.
    let best: Map<number, { length: number; masked: string }> | undefined;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (s !== 0 && !this.nodes[s]!.next.has(c)) s = this.nodes[s]!.fail;
      s = this.nodes[s]!.next.get(c) ?? 0;
      for (let o = this.nodes[s]!.out.length ? s : this.nodes[s]!.dict; o !== -1 && o !== 0; o = this.nodes[o]!.dict) {
        for (const hit of this.nodes[o]!.out) {
          const start = i + 1 - hit.length;
          best ??= new Map();
          const prev = best.get(start);
          if (!prev || prev.length < hit.length) best.set(start, hit);
        }
      }
    }
    if (!best) return text;
    let out = '';
    let cursor = 0;
    for (const start of [...best.keys()].sort((a, b) => a - b)) {
      if (start < cursor) continue;
      const hit = best.get(start)!;
      out += text.slice(cursor, start) + (style === 'aligned' ? maskAligned(text.slice(start, start + hit.length)) : hit.masked);
      cursor = start + hit.length;
    }
    return out + text.slice(cursor);
  }
}
