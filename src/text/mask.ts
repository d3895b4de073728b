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
