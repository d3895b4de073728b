// Masking of personal data and secrets. Reports, messages and every formatter show only this form,
// so a CI log never carries the value a rule found.

const BULLET = '\u2022';

/**
 * Keeps the first two and last two visible characters of longer values (enough for a reviewer to find
 * the spot in the draft) and replaces the rest of the letters and digits by bullets:
 * `07911 123456` -> `07•••••••56`. Short values keep only their first character.
 */
export function mask(value: string): string {
  const chars = Array.from(value.replace(/\s+/g, ' ').trim());
  const visible = chars.filter((c) => c !== ' ');
  if (visible.length === 0) return '';
  const keep = visible.length >= 8 ? 2 : visible.length >= 4 ? 1 : 0;
  let seen = 0;
  let out = '';
  for (const c of chars) {
    if (c === ' ') continue;
    const i = seen++;
    out += i < keep || i >= visible.length - keep ? c : BULLET;
  }
  return out.replace(new RegExp(`${BULLET}{2,}`, 'g'), (m) => BULLET.repeat(Math.min(m.length, 7)));
}

/** Replaces every occurrence of `secret` (and of its whitespace-free form) in `text` by its mask. */
export function scrub(text: string, secret: string): string {
  const raw = secret.trim();
  if (raw.length < 3) return text;
  const masked = mask(raw);
  let out = text.split(raw).join(masked);
  const compact = raw.replace(/\s+/g, '');
  if (compact !== raw && compact.length >= 3) out = out.split(compact).join(masked);
  return out;
}

/**
 * `scrub` for many values at once, in time linear in the text: a long draft has thousands of flagged
 * values and as many messages, and scrubbing each message for each value is quadratic (23,000 replies
 * with a number each: minutes). Values (and their whitespace-free forms) are kept by their exact text,
 * with the set of their first three characters and of their lengths; at a position whose next three
 * characters start a value, the longest value there is masked.
 */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const masks = new Map<string, string>();
  const heads = new Set<string>();
  const lengthSet = new Set<number>();
  const add = (raw: string, masked: string): void => {
    if (raw.length < 3 || masks.has(raw)) return;
    masks.set(raw, masked);
    heads.add(raw.slice(0, 3));
    lengthSet.add(raw.length);
  };
  for (const secret of secrets) {
    const raw = secret.trim();
    if (raw.length < 3) continue;
    const masked = mask(raw);
    add(raw, masked);
    add(raw.replace(/\s+/g, ''), masked);
  }
  const lengths = [...lengthSet].sort((a, b) => b - a);
  return (text) => {
    if (masks.size === 0 || text.length < 3) return text;
    let out = '';
    let last = 0;
    for (let i = 0; i <= text.length - 3; ) {
      let hit: string | undefined;
      if (heads.has(text.slice(i, i + 3))) {
        for (const l of lengths) {
          if (i + l > text.length) continue;
          const m = masks.get(text.slice(i, i + l));
          if (m !== undefined) {
            hit = text.slice(i, i + l);
            out += text.slice(last, i) + m;
            break;
          }
        }
      }
      if (!hit) {
        i++;
        continue;
      }
      i += hit.length;
      last = i;
    }
    return last === 0 ? text : out + text.slice(last);
  };
}
