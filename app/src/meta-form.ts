// The frontmatter as form fields: platform, publish time, reply, thread, AI use and media with alt text.
// The form's values are passed to the linter as `meta` (they override any frontmatter in the draft).
import type { DraftMeta, MediaMeta, Platform } from '../../src/index.js';
import { PLATFORM_NAMES } from './words.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export interface MetaForm {
  read(): DraftMeta & { platform: Platform };
  onChange(listener: () => void): void;
}

let mediaIds = 0;

export function createMetaForm(): MetaForm {
  const platform = $<HTMLSelectElement>('platform');
  for (const [id, name] of PLATFORM_NAMES) platform.append(new Option(name, id));
  platform.value = 'x';
  const listeners: Array<() => void> = [];
  const changed = (): void => listeners.forEach((l) => l());
  const media = $<HTMLUListElement>('media');
  const template = $<HTMLTemplateElement>('media-item');

  $<HTMLButtonElement>('addMedia').addEventListener('click', () => {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const n = ++mediaIds;
    item.setAttribute('aria-label', `Attachment ${media.children.length + 1}`);
    for (const input of Array.from(item.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-key]'))) {
      input.id = `media-${n}-${input.dataset.key}`;
      const label = input.parentElement!.querySelector('label')!;
      label.htmlFor = input.id;
      input.addEventListener('input', changed);
      input.addEventListener('change', changed);
    }
    item.querySelector('button.remove')!.addEventListener('click', () => {
      item.remove();
      $<HTMLButtonElement>('addMedia').focus();
      changed();
    });
    media.append(item);
    item.querySelector<HTMLInputElement>('[data-key="file"]')!.focus();
    changed();
  });
  for (const id of ['platform', 'publishAt', 'reply', 'thread', 'aiUsed', 'aiRole', 'aiTools', 'aiReviewedBy']) {
    $(id).addEventListener('change', changed);
    $(id).addEventListener('input', changed);
  }

  return {
    onChange(listener) {
      listeners.push(listener);
    },
    read() {
      const meta: DraftMeta & { platform: Platform } = { platform: platform.value as Platform };
      const at = $<HTMLInputElement>('publishAt').value;
      if (at) meta.publishAt = at.length === 16 ? `${at}:00` : at;
      if ($<HTMLInputElement>('reply').checked) meta.replyTo = true;
      if ($<HTMLInputElement>('thread').checked) meta.thread = true;
      const used = $<HTMLInputElement>('aiUsed').checked;
      const role = $<HTMLSelectElement>('aiRole').value;
      const tools = $<HTMLInputElement>('aiTools').value.split(',').map((t) => t.trim()).filter(Boolean);
      const reviewedBy = $<HTMLInputElement>('aiReviewedBy').value.trim();
      if (used || role || tools.length || reviewedBy) {
        meta.ai = { used: used || Boolean(role) || tools.length > 0 };
        if (role) meta.ai.role = role as NonNullable<DraftMeta['ai']>['role'];
        if (tools.length) meta.ai.tools = tools;
        if (reviewedBy) meta.ai.reviewedBy = reviewedBy;
      }
      const items: MediaMeta[] = [];
      for (const li of Array.from(media.children)) {
        const get = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(key: string): T => li.querySelector(`[data-key="${key}"]`) as T;
        const m: MediaMeta = { type: get<HTMLSelectElement>('type').value as MediaMeta['type'] };
        const file = get<HTMLInputElement>('file').value.trim();
        if (file) m.file = file;
        const alt = get<HTMLTextAreaElement>('alt').value.trim();
        if (alt) m.alt = alt;
        if (get<HTMLInputElement>('captions').checked) m.captions = true;
        if (get<HTMLInputElement>('aiGenerated').checked) m.aiGenerated = true;
        items.push(m);
      }
      if (items.length) meta.media = items;
      return meta;
    },
  };
}
