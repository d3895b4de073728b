// Per-platform length, thread split and preview cards, all from the library's counting API
// (`countCharacters`: X's weighted length, Bluesky's graphemes, Mastodon's URL rule, …).
import { countCharacters, Document, type CountedPlatform, type DraftMeta, type Platform } from '../../src/index.js';
import { platformName } from './words.js';

export const COUNTED: readonly CountedPlatform[] = ['x', 'bluesky', 'mastodon', 'threads', 'facebook', 'instagram', 'linkedin', 'tiktok', 'youtube'];

export interface PostText {
  index: number;
  text: string;
}

/** The posts of a draft (one, or a thread's parts between thematic breaks), frontmatter left out. */
export function postsOf(draft: string, thread: boolean): PostText[] {
  try {
    const doc = new Document(draft);
    return doc.posts(thread).map((p) => ({ index: p.index, text: draft.slice(p.offset, p.endOffset).trim() }));
  } catch {
    // Unreadable frontmatter: the linter reports it; count the whole text meanwhile.
    return [{ index: 1, text: draft.trim() }];
  }
}

/** The longest prefix of `text` (whole code points) the network accepts, by binary search over the count. */
export function fittingPrefix(text: string, platform: CountedPlatform): number {
  const cps = Array.from(text);
  let lo = 0;
  let hi = cps.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (countCharacters(cps.slice(0, mid).join(''), platform).remaining >= 0) lo = mid;
    else hi = mid - 1;
  }
  return cps.slice(0, lo).join('').length;
}

/** A single over-long post split at sentence (then word) ends into posts that each fit, numbered "1/3". */
export function splitIntoThread(text: string, platform: CountedPlatform): string[] {
  const limit = countCharacters('', platform).limit;
  if (!Number.isFinite(limit)) return [text];
  const fits = (s: string): boolean => countCharacters(s, platform).remaining >= 0;
  const room = (s: string): boolean => fits(`${s} 99/99`);
  const pieces = (text.match(/[^.!?…]+(?:[.!?…]+["')\]]*|$)\s*/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
  const posts: string[] = [];
  let current = '';
  const push = (): void => {
    if (current) posts.push(current);
    current = '';
  };
  for (const piece of pieces) {
    const joined = current ? `${current} ${piece}` : piece;
    if (room(joined)) {
      current = joined;
      continue;
    }
    push();
    if (room(piece)) {
      current = piece;
      continue;
    }
    // A sentence longer than a post: by words.
    for (const word of piece.split(/\s+/)) {
      const w = current ? `${current} ${word}` : word;
      if (room(w)) current = w;
      else {
        push();
        current = word;
      }
    }
  }
  push();
  return posts.length > 1 ? posts.map((p, i) => `${p} ${i + 1}/${posts.length}`) : posts;
}

const td = (text: string, className?: string): HTMLTableCellElement => {
  const c = document.createElement('td');
  c.textContent = text;
  if (className) c.className = className;
  return c;
};
const fmt = (n: number): string => (Number.isFinite(n) ? n.toLocaleString('en-GB') : 'no limit');

export function renderCounts(tbody: HTMLTableSectionElement, posts: readonly PostText[], chosen: Platform): void {
  tbody.replaceChildren();
  for (const p of COUNTED) {
    posts.forEach((post) => {
      const c = countCharacters(post.text, p);
      const tr = document.createElement('tr');
      tr.dataset.platform = p;
      if (posts.length > 1) tr.dataset.post = String(post.index);
      if (!c.valid) tr.className = 'over';
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = `${platformName(p)}${posts.length > 1 ? `, post ${post.index}` : ''}${p === chosen ? ' (chosen)' : ''}`;
      const fits = c.valid ? 'Yes' : c.remaining < 0 ? `No: ${fmt(-c.remaining)} too long` : 'No';
      tr.append(th, td(`${fmt(c.length)} ${c.unit}`, 'num length'), td(fmt(c.limit), 'num'), td(fmt(c.remaining), 'num'), td(fits, c.valid ? 'fits-yes' : 'fits-no'));
      tbody.append(tr);
    });
  }
}

export function renderSplit(box: HTMLElement, posts: readonly PostText[], meta: DraftMeta & { platform: Platform }, useSplit: (posts: string[]) => void): void {
  box.replaceChildren();
  const platform = meta.platform === 'generic' ? 'x' : (meta.platform as CountedPlatform);
  const list = document.createElement('ol');
  list.className = 'split-posts';
  const show = (texts: readonly string[]): void => {
    texts.forEach((t, i) => {
      const li = document.createElement('li');
      const c = countCharacters(t, platform);
      li.textContent = t;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = `Post ${i + 1} of ${texts.length}: ${fmt(c.length)} of ${fmt(c.limit)} on ${platformName(platform)}${c.valid ? '' : ' — too long'}`;
      li.append(count);
      list.append(li);
    });
  };
  const p = document.createElement('p');
  p.className = 'help';
  if (meta.thread) {
    p.textContent = `The thread has ${posts.length} post${posts.length === 1 ? '' : 's'}.`;
    box.append(p, list);
    show(posts.map((x) => x.text));
    return;
  }
  const only = posts[0]?.text ?? '';
  if (!only || countCharacters(only, platform).valid) {
    p.textContent = `The draft fits in one post on ${platformName(platform)}.`;
    box.append(p);
    return;
  }
  const parts = splitIntoThread(only, platform);
  p.textContent = `Too long for one post on ${platformName(platform)}: as a thread it would split like this.`;
  box.append(p, list);
  show(parts);
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'secondary';
  b.textContent = 'Make it a thread like this';
  b.addEventListener('click', () => useSplit(parts));
  box.append(b);
}

export function renderPreviews(box: HTMLElement, posts: readonly PostText[], meta: DraftMeta & { platform: Platform }, account: string): void {
  box.replaceChildren();
  const first = posts[0]?.text ?? '';
  for (const p of COUNTED) {
    const c = countCharacters(first, p);
    const card = document.createElement('article');
    card.className = `card${c.valid ? '' : ' over'}`;
    card.dataset.platform = p;
    const h = document.createElement('h4');
    const name = document.createElement('span');
    name.textContent = platformName(p);
    const count = document.createElement('span');
    count.textContent = `${fmt(c.length)} / ${fmt(c.limit)}`;
    h.append(name, count);
    const who = document.createElement('p');
    who.className = 'account';
    who.textContent = meta.replyTo ? `${account} · reply` : account;
    const body = document.createElement('p');
    body.className = 'body';
    if (c.valid) body.textContent = first || '(empty)';
    else {
      const cut = fittingPrefix(first, p);
      const over = document.createElement('span');
      over.className = 'overflow';
      over.textContent = first.slice(cut);
      body.append(first.slice(0, cut), over);
    }
    card.setAttribute('aria-label', `${platformName(p)} preview${c.valid ? '' : ', too long'}`);
    card.append(h, who, body);
    for (const m of meta.media ?? []) {
      const note = document.createElement('p');
      note.className = 'media-note';
      note.textContent = `${m.type ?? 'image'}${m.file ? ` ${m.file}` : ''}: ${m.alt ? `alt text “${m.alt}”` : 'no alt text'}${m.type === 'video' ? (m.captions ? ', captioned' : ', no captions') : ''}`;
      card.append(note);
    }
    if (posts.length > 1) {
      const more = document.createElement('p');
      more.className = 'media-note';
      more.textContent = `+ ${posts.length - 1} more post${posts.length === 2 ? '' : 's'} in the thread`;
      card.append(more);
    }
    box.append(card);
  }
}
