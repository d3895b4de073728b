// The comms officer's checker: wires the editor, the post's details, the findings list, the per-platform
// counts and previews, the organisation's policy and the sign-off record. The core is loaded once (this
// bundle); its heavy modules (compromise for names, the semantic model) are separate chunks that
// `lintAsync` loads only when a rule's prefilter asks for them. Nothing leaves the page.
import { builtinRules, ConfigError, createLinter, Document, type LintResult, type Linter, type Rule } from '../../src/index.js';
import { createEditor } from './editor.js';
import { createFindingsView } from './findings.js';
import { createMetaForm } from './meta-form.js';
import { postsOf, renderCounts, renderPreviews, renderSplit } from './counts.js';
import { configLabel, effectiveConfig, forget, loadStored, readConfigText, store, storedJurisdiction, storeJurisdiction, type StoredConfig } from './policy.js';
import { buildRecord, renderRecord } from './signoff.js';
import { counted } from './words.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
// Short enough that findings follow typing (the target is < 300 ms from a keystroke), long enough that a
// burst of keys is linted once.
const DEBOUNCE_MS = 60;

const textarea = $<HTMLTextAreaElement>('draft');
const editor = createEditor(textarea, $('mirror'));
const form = createMetaForm();
const status = $('status');
const rules: ReadonlyMap<string, Rule> = new Map(builtinRules.map((r) => [r.id, r]));
const view = createFindingsView($<HTMLOListElement>('findings'), $('summary'), rules, {
  apply: (edit) => editor.replace(edit.offset, edit.endOffset, edit.text),
  reveal: (offset, endOffset) => editor.reveal(offset, endOffset),
});

let linter: Linter | undefined;
let loaded: StoredConfig | undefined = loadStored(localStorage);
let jurisdiction = storedJurisdiction(localStorage);
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastStatus = '';

function ownPolicy(): string | undefined {
  return loaded?.config.policy?.id;
}

function account(): string {
  return loaded?.config.organisation?.name ?? 'Your organisation';
}

/** The underlines, the list and the status: what a keystroke must update first. */
function renderFindings(text: string, result: LintResult, ms: number): void {
  editor.render(result.findings);
  view.render(text, result.findings, ownPolicy());
  const words = result.error
    ? `This draft cannot be checked: ${result.error}`
    : result.findings.length === 0
      ? text.trim() ? 'Checked: nothing to change.' : 'Ready: type or paste a draft.'
      : `Checked: ${counted(result.errorCount, 'thing')} to fix, ${counted(result.warningCount, 'warning')}, ${counted(result.infoCount, 'suggestion')}.`;
  // The live region speaks only when the verdict changes, not on every keystroke.
  if (words !== lastStatus) status.textContent = lastStatus = words;
  status.dataset.ms = String(Math.round(ms));
  document.body.dataset.linted = String(generation);
}

/** Counts, thread split and preview cards: drawn just after the findings. */
function renderPlatforms(text: string): void {
  const meta = form.read();
  const posts = postsOf(text, Boolean(meta.thread));
  renderCounts($<HTMLTableElement>('counts').tBodies[0]!, posts, meta.platform);
  renderSplit($('split'), posts, meta, useSplit);
  renderPreviews($('previews'), posts, meta, account());
}

const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

async function lintNow(): Promise<void> {
  if (!linter) return;
  const mine = ++generation;
  const text = textarea.value;
  const options = { meta: form.read() };
  const started = performance.now();
  // First what the loaded modules can tell at once, then the full result once any lazy module is in.
  const quick = linter.lint(text, options);
  renderFindings(text, quick, performance.now() - started);
  await nextTask(); // let the browser paint the findings first
  if (mine !== generation) return;
  renderPlatforms(text);
  const full = await linter.lintAsync(text, options);
  if (mine !== generation) return; // a newer keystroke won
  if (JSON.stringify(full.findings) !== JSON.stringify(quick.findings)) renderFindings(text, full, performance.now() - started);
  document.body.dataset.settled = String(mine);
  if (!timer) delete document.body.dataset.pending;
}

function schedule(delay = DEBOUNCE_MS): void {
  if (timer) clearTimeout(timer);
  // For tests and the benchmark: a check is due; cleared once the full result is shown.
  document.body.dataset.pending = 'true';
  timer = setTimeout(() => {
    timer = undefined;
    void lintNow();
  }, delay);
}

function useSplit(parts: string[]): void {
  let bodyOffset = 0;
  try {
    bodyOffset = new Document(textarea.value).bodyOffset;
  } catch {
    // Unreadable frontmatter: the split replaces the whole text.
  }
  const body = parts.map((p) => p.trim()).join('\n\n---\n\n');
  editor.replace(bodyOffset, textarea.value.length, `${bodyOffset ? '\n' : ''}${body}\n`);
  $<HTMLInputElement>('thread').checked = true;
  schedule(0);
}

async function setup(): Promise<void> {
  const config = effectiveConfig(loaded, jurisdiction);
  try {
    linter = await createLinter(config);
  } catch (e) {
    // A stored config the library refuses (e.g. written for a newer version): say so, use the preset.
    $('configStatus').textContent = e instanceof ConfigError ? `Your config could not be used: ${e.message}` : `Your config could not be used: ${(e as Error).message}`;
    loaded = undefined;
    linter = await createLinter(effectiveConfig(undefined, jurisdiction));
  }
  const label = configLabel(loaded, jurisdiction);
  $('configStatus').textContent = loaded ? `Using ${label.name}, version ${label.version}.` : `Using the ${label.name}. Load your organisation’s config to check against its own policy.`;
  $<HTMLSelectElement>('jurisdiction').disabled = Boolean(loaded);
  $<HTMLButtonElement>('forgetConfig').hidden = !loaded;
  document.body.dataset.ready = 'true';
  schedule(0);
}

async function takeConfig(file: File): Promise<void> {
  const text = await file.text();
  try {
    loaded = readConfigText(text, file.name);
    store(localStorage, file.name, text);
  } catch (e) {
    $('configStatus').textContent = e instanceof ConfigError ? e.message : `${file.name} could not be read: ${(e as Error).message}`;
    return;
  }
  await setup();
}

// Events.
textarea.addEventListener('input', () => schedule());
form.onChange(() => schedule(0));
const jurisdictionSelect = $<HTMLSelectElement>('jurisdiction');
jurisdictionSelect.value = jurisdiction;
jurisdictionSelect.addEventListener('change', () => {
  jurisdiction = jurisdictionSelect.value;
  storeJurisdiction(localStorage, jurisdiction);
  void setup();
});
$<HTMLInputElement>('configFile').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) void takeConfig(file);
});
$('forgetConfig').addEventListener('click', () => {
  forget(localStorage);
  loaded = undefined;
  void setup().then(() => $('configFile').focus());
});
const drop = $('dropzone');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer?.files[0];
  if (file) void takeConfig(file);
});

async function record(): Promise<{ markdown: string; sha256: string; input: Parameters<typeof renderRecord>[1]; rec: Awaited<ReturnType<typeof buildRecord>> } | undefined> {
  if (!linter) return undefined;
  // Always the text as it is now, fully checked (lazy modules loaded).
  const text = textarea.value;
  const meta = form.read();
  const result = await linter.lintAsync(text, { meta });
  const preparedBy = $<HTMLInputElement>('preparedBy').value.trim();
  const input = { text, result, meta, config: configLabel(loaded, jurisdiction), ownPolicy: ownPolicy(), at: new Date().toISOString(), ...(preparedBy ? { preparedBy } : {}) };
  const rec = await buildRecord(input);
  return { markdown: rec.markdown, sha256: rec.sha256, input, rec };
}

$('exportMd').addEventListener('click', async () => {
  const r = await record();
  if (!r) return;
  const url = URL.createObjectURL(new Blob([r.markdown], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `signoff-${r.sha256.slice(0, 12)}.md`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  status.textContent = lastStatus = `Record downloaded (SHA-256 ${r.sha256.slice(0, 12)}…).`;
});
$('printRecord').addEventListener('click', async () => {
  const r = await record();
  if (!r) return;
  const article = $('record');
  renderRecord(article, r.input, r.rec);
  document.body.classList.add('printing');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing'), { once: true });
  window.print();
});

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  void navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a convenience: the checker works without it.
  });
}

void setup();
