// The comms officer's checker (app/), end to end in Debian's Chromium (playwright-core, never a downloaded
// browser): built with esbuild into a temporary folder, served on 127.0.0.1 with its CSP header. It types
// drafts with a phone number, a swear word, an over-length X post and an AI-drafted post without a
// disclosure; checks the underlines, the plain-language explanation with the policy summaries, the text a
// suggestion leaves, the per-platform counts (against the library's countCharacters), the exported sign-off
// record (masked, with the text's SHA-256 and the reason given for a suppressed finding), offline use from
// the service worker, that no request leaves the page, keyboard use and zero axe-core violations; it saves
// screenshots at desktop and phone widths (COMMSLINT_UPDATE_DOCS=1 also writes docs/app.png).
// Skipped, saying why, only when /usr/bin/chromium is not installed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtinRules, countCharacters, type CountedPlatform } from '../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`app test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);
const root = resolve(import.meta.dirname, '..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AppModule {
  buildApp(outdir: string): Promise<{ bytes: number; files: string[] }>;
  serve(dir: string, port?: number): Promise<{ server: Server; url: string }>;
}

const PHONE_DRAFT = 'Bins are late again, this is shit. Call Dave on 07911 123456 for help.';
const RIVERSIDE = {
  organisation: { name: 'Riverside Council', domains: ['riverside.gov.uk'], publicContacts: ['0300 123 4567'] },
  policy: { id: 'riverside-smp', title: 'Riverside Council Social Media Policy', version: '3.1', clauses: { 'personal-data': { section: '4.2', summary: 'Never publish a resident’s or officer’s personal contact details.' } } },
};
const rationale = (id: string): string => builtinRules.find((r) => r.id === id)!.docs.rationale!;

describe.skipIf(!haveChromium)('the checker app in Chromium', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'commslint-app-'));
    const app = (await import(new URL('../app/build.mjs', import.meta.url).href)) as AppModule;
    await app.buildApp(join(dir, 'site'));
    ({ server, url } = await app.serve(join(dir, 'site')));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    // Every request the page (or its service worker) makes: anything not to our server is counted and refused.
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(url) || u.startsWith('blob:') || u.startsWith('data:')) return route.continue();
      outside.push(u);
      return route.abort();
    });
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(url) && !u.startsWith('blob:') && !u.startsWith('data:') && !outside.includes(u)) outside.push(u);
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const typeDraft = async (text: string): Promise<void> => {
    await page.locator('#draft').fill('');
    await page.locator('#draft').pressSequentially(text, { delay: 1 });
  };
  const settled = async (): Promise<void> => {
    // No check due, and the last one's full result (lazy modules loaded) shown.
    await expect.poll(() => page.evaluate(() => !document.body.dataset.pending && document.body.dataset.settled === document.body.dataset.linted), { timeout: 30_000 }).toBe(true);
  };
  const axe = async (): Promise<Array<{ id: string; nodes: string[]; help: string }>> => {
    // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not stop it.
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }>; help: string }> }> } };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: true } } });
      // Each failing node named by its selector and why, so a failure says what to fix.
      return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
    });
  };

  it('underlines a phone number and a swear word in place, and explains each in plain words with the policy', async () => {
    await typeDraft(PHONE_DRAFT);
    const phone = page.locator('#mirror mark[data-rule-id~="personal-data/phone-number"]');
    const swear = page.locator('#mirror mark[data-rule-id~="tone/profanity"]');
    await phone.first().waitFor({ timeout: 30_000 });
    await swear.first().waitFor({ timeout: 30_000 });
    await settled();
    expect(await phone.allTextContents()).toEqual(['07911 123456']);
    expect(await swear.allTextContents()).toEqual(['shit']);
    expect(await phone.getAttribute('class')).toBe('error');
    // The mirror is decoration: hidden from assistive technology, the list is what is read.
    expect(await page.locator('#mirror').getAttribute('aria-hidden')).toBe('true');

    // Ordered by severity: every "Must fix" before any "Should fix" before any "Consider".
    const severities = await page.locator('#findings > li.finding').evaluateAll((lis) => lis.map((li) => (li.classList.contains('error') ? 0 : li.classList.contains('warning') ? 1 : 2)));
    expect(severities.length).toBeGreaterThanOrEqual(2);
    expect([...severities].sort()).toEqual(severities);

    const item = page.locator('#findings li.finding[data-rule-id="personal-data/phone-number"]');
    const col = PHONE_DRAFT.indexOf('07911') + 1;
    expect(await item.locator('.where').textContent()).toBe(`line 1, columns ${col} to ${col + '07911 123456'.length - 1} · personal-data/phone-number`);
    expect(await item.locator('h3').textContent()).toMatch(/^Must fix.*personal/i);
    expect(await item.textContent()).not.toContain('07911 123456');
    // What the policy says: each citation with its summary; citations carry no finding stripe.
    const cites = item.locator('.citations > li.citation');
    expect(await cites.count()).toBeGreaterThanOrEqual(1);
    expect(await item.locator('.citation .summary-text').first().textContent()).toMatch(/\w{3,}.*\w{3,}/);
    for (const c of await cites.all()) expect(await c.evaluate((e) => getComputedStyle(e).borderLeftWidth)).toBe('0px');
    expect(await item.locator('.why').first().textContent()).toBe(rationale('personal-data/phone-number'));
    const swearItem = page.locator('#findings li.finding[data-rule-id="tone/profanity"]');
    expect(await swearItem.locator('.where').textContent()).toBe(`line 1, columns ${PHONE_DRAFT.indexOf('shit') + 1} to ${PHONE_DRAFT.indexOf('shit') + 4} · tone/profanity`);
    expect(await swearItem.locator('.why').textContent()).toBe(rationale('tone/profanity'));
    expect(await page.locator('#status').textContent()).toMatch(/^Checked: \d+ things? to fix/);
    expect(await axe()).toEqual([]);
  });

  it('keyboard only: from the draft, Tab reaches the findings, and "Show in the draft" selects the range', async () => {
    await page.locator('#draft').focus();
    const show = page.locator('#findings li.finding[data-rule-id="personal-data/phone-number"] button', { hasText: 'Show in the draft' });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await show.evaluate((b) => b === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const sel = await page.locator('#draft').evaluate((t: HTMLTextAreaElement) => [document.activeElement === t, t.selectionStart, t.selectionEnd]);
    expect(sel).toEqual([true, PHONE_DRAFT.indexOf('07911'), PHONE_DRAFT.indexOf('07911') + 12]);
  });

  it('the redaction suggestion leaves a sentence, never a placeholder', async () => {
    const button = page.locator('#findings li.finding[data-rule-id="personal-data/phone-number"] button.suggestion').first();
    expect(await button.locator('.result-preview').textContent()).toContain('Contact us through our website for help.');
    await button.click();
    await expect.poll(() => page.locator('#draft').inputValue()).toBe('Bins are late again, this is shit. Contact us through our website for help.');
    await settled();
    expect(await page.locator('#findings li.finding[data-rule-id="personal-data/phone-number"]').count()).toBe(0);
    expect(await page.locator('#mirror mark[data-rule-id~="personal-data/phone-number"]').count()).toBe(0);
  });

  it('an over-length X post: counted per platform as the library counts it, split into a thread, previewed per network', async () => {
    const sentence = 'Our new recycling centre on Mill Lane opens on Monday 3 March with longer hours and a reuse shop. ';
    const draft = sentence.repeat(4).trim();
    await page.locator('#platform').selectOption('x');
    await typeDraft(draft);
    await page.locator('#findings li.finding[data-rule-id="platform/length"]').waitFor({ timeout: 30_000 });
    await settled();
    for (const p of ['x', 'bluesky', 'mastodon', 'threads', 'facebook', 'instagram', 'linkedin', 'tiktok', 'youtube'] as CountedPlatform[]) {
      const c = countCharacters(draft, p);
      const row = page.locator(`#counts tr[data-platform="${p}"]`);
      expect(await row.locator('td.length').textContent(), p).toBe(`${c.length.toLocaleString('en-GB')} ${c.unit}`);
      expect(await row.locator('td').nth(2).textContent(), p).toBe(c.remaining.toLocaleString('en-GB'));
      expect((await row.getAttribute('class')) === 'over', p).toBe(!c.valid);
    }
    const x = countCharacters(draft, 'x');
    expect(x.valid).toBe(false);
    expect(await page.locator('#counts tr[data-platform="x"] td').nth(3).textContent()).toBe(`No: ${-x.remaining} too long`);
    // The split preview: every part fits on X, numbered, and together they keep every word.
    const parts = await page.locator('#split .split-posts > li').evaluateAll((lis) => lis.map((li) => li.firstChild!.textContent!));
    expect(parts.length).toBe(2);
    parts.forEach((p, i) => {
      expect(p.endsWith(` ${i + 1}/${parts.length}`)).toBe(true);
      expect(countCharacters(p, 'x').valid).toBe(true);
    });
    expect(parts.map((p) => p.replace(/ \d+\/\d+$/, '')).join(' ')).toBe(draft);
    // Preview cards: X shows where the post overflows; Facebook has room.
    expect(await page.locator('#previews .card[data-platform="x"]').getAttribute('class')).toBe('card over');
    expect(await page.locator('#previews .card[data-platform="x"] .overflow').textContent()).toBe(draft.slice(-(await page.locator('#previews .card[data-platform="x"] .overflow').textContent())!.length));
    expect(await page.locator('#previews .card[data-platform="facebook"]').getAttribute('class')).toBe('card');
    expect(await page.locator('#previews .card').count()).toBe(9);
    const lengthItem = page.locator('#findings li.finding[data-rule-id="platform/length"]');
    expect(await lengthItem.locator('.why').textContent()).toBe(rationale('platform/length'));
    // Taking the split: the draft becomes a thread of those posts, and no post is too long any more.
    await page.locator('#split button', { hasText: 'Make it a thread like this' }).click();
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(`${parts.join('\n\n---\n\n')}\n`);
    expect(await page.locator('#thread').isChecked()).toBe(true);
    await settled();
    expect(await page.locator('#findings li.finding[data-rule-id="platform/length"]').count()).toBe(0);
    expect(await page.locator('#counts tr[data-platform="x"]').count()).toBe(2);
    await page.locator('#thread').uncheck();
    expect(await page.locator('#platform option').allTextContents()).toEqual(expect.arrayContaining(['TikTok', 'YouTube (description)']));
  });

  it('an AI-drafted post without a disclosure: flagged from the form fields, and the fix adds the disclosure', async () => {
    await page.locator('#platform').selectOption('facebook');
    await typeDraft('Our libraries open late on Thursdays from next week.');
    await page.locator('#aiUsed').check();
    await page.locator('#aiRole').selectOption('drafted');
    const item = page.locator('#findings li.finding[data-rule-id="ai-disclosure/undisclosed-ai"]');
    await item.waitFor({ timeout: 30_000 });
    await settled();
    expect(await item.locator('.where').textContent()).toBe('the post as a whole · ai-disclosure/undisclosed-ai');
    expect(await item.locator('.citation .summary-text').count()).toBeGreaterThan(0);
    await item.locator('button.fix').click();
    await expect.poll(() => page.locator('#draft').inputValue()).toMatch(/^Our libraries open late on Thursdays from next week\.\n\n\S.*AI/);
    await settled();
    expect(await page.locator('#findings li.finding[data-rule-id="ai-disclosure/undisclosed-ai"]').count()).toBe(0);
    // Near-miss: the same post with AI use unticked is not flagged.
    await page.locator('#aiUsed').uncheck();
    await page.locator('#aiRole').selectOption('');
    await typeDraft('Our libraries open late on Thursdays from next week.');
    await settled();
    expect(await page.locator('#findings li.finding[data-rule-id="ai-disclosure/undisclosed-ai"]').count()).toBe(0);
  });

  it("loads the organisation's config (kept across a reload): its clause is cited first and its public number is suggested", async () => {
    await page.locator('#configFile').setInputFiles({ name: 'commslint.config.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(RIVERSIDE)) });
    await expect.poll(() => page.locator('#configStatus').textContent()).toBe('Using Riverside Council Social Media Policy (commslint.config.json), version 3.1.');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(await page.locator('#configStatus').textContent()).toContain('Riverside Council Social Media Policy');
    await page.locator('#platform').selectOption('facebook');
    await typeDraft(PHONE_DRAFT);
    const item = page.locator('#findings li.finding[data-rule-id="personal-data/phone-number"]');
    await item.waitFor({ timeout: 30_000 });
    await settled();
    const first = item.locator('.citations > li.citation').first();
    expect(await first.getAttribute('data-policy')).toBe('riverside-smp');
    expect(await first.locator('.source').textContent()).toBe('Riverside Council Social Media Policy v3.1, 4.2');
    expect(await first.locator('.summary-text').textContent()).toBe('Never publish a resident’s or officer’s personal contact details.');
    await item.locator('button.suggestion').first().click();
    await expect.poll(() => page.locator('#draft').inputValue()).toBe('Bins are late again, this is shit. Call us on 0300 123 4567 for help.');
    // A broken config is refused with the library's message naming the key; the loaded one stays.
    await page.locator('#configFile').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"platform":"myspace"}') });
    await expect.poll(() => page.locator('#configStatus').textContent()).toMatch(/platform/);
    expect(await page.evaluate(() => localStorage.getItem('commslint.config'))).toContain('riverside-smp');
  });

  it('a config dropped on the drop zone is taken too; without one, the jurisdiction preset decides the law cited', async () => {
    const dropped = { policy: { id: 'harbour-smp', title: 'Harbour City Council Social Media Policy', version: '2' } };
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'harbour.config.json', { type: 'application/json' }));
      document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(dropped));
    await expect.poll(() => page.locator('#configStatus').textContent()).toBe('Using Harbour City Council Social Media Policy (harbour.config.json), version 2.');
    expect(await page.locator('#jurisdiction').isDisabled()).toBe(true);
    await page.locator('#forgetConfig').click();
    await expect.poll(() => page.locator('#configStatus').textContent()).toMatch(/^Using the commslint preset for United Kingdom\./);
    await page.locator('#jurisdiction').selectOption('au');
    await expect.poll(() => page.locator('#configStatus').textContent()).toMatch(/^Using the commslint preset for Australia\./);
    await typeDraft('Call Dave on 0412 345 678 for help.');
    const item = page.locator('#findings li.finding[data-rule-id="personal-data/phone-number"]');
    await item.waitFor({ timeout: 30_000 });
    await settled();
    expect(await item.locator('.citation .source').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Privacy Act 1988/)]));
    expect(await item.locator('.citation .source').allTextContents()).not.toEqual(expect.arrayContaining([expect.stringMatching(/UK GDPR/)]));
    // Back to the Riverside config for the sign-off below (as a file picked again).
    await page.locator('#jurisdiction').selectOption('uk');
    await page.locator('#configFile').setInputFiles({ name: 'commslint.config.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(RIVERSIDE)) });
    await expect.poll(() => page.locator('#configStatus').textContent()).toContain('Riverside Council Social Media Policy');
  });

  it('exports a sign-off record: masked draft, findings, reasons for suppressed findings, config name and version, SHA-256', async () => {
    const draft = `<!-- commslint-disable-next-line tone/profanity -- quoting a resident's complaint -->\n${PHONE_DRAFT} Or email dave.jones82@gmail.com.`;
    await page.locator('#draft').fill(draft);
    await page.locator('#findings li.finding[data-rule-id="personal-data/email"]').waitFor({ timeout: 30_000 });
    await settled();
    await page.locator('#preparedBy').fill('A. Officer');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#exportMd').click()]);
    const md = readFileSync((await download.path())!, 'utf8');
    const sha = createHash('sha256').update(draft, 'utf8').digest('hex');
    expect(md).toContain(`- SHA-256 of the text: \`${sha}\``);
    expect(md).toContain('- Config: Riverside Council Social Media Policy (commslint.config.json)');
    expect(md).toContain('- Config version: 3.1');
    expect(md).toContain('- Prepared by: A. Officer');
    expect(md).toMatch(/\| Must fix \| line 2, columns \d+ to \d+ \| `personal-data\/phone-number` \|/);
    expect(md).toContain('`personal-data/email`');
    expect(md).toMatch(/- `tone\/profanity` at line 2, columns \d+ to \d+: .* — reason given: quoting a resident's complaint/);
    // Personal data masked in the draft and everywhere else; the ordinary words stay.
    expect(md).not.toContain('07911 123456');
    expect(md).not.toContain('dave.jones82');
    expect(md).toContain('Call Dave on 07');
    expect(md).toContain('Bins are late again');
    expect(download.suggestedFilename()).toBe(`signoff-${sha.slice(0, 12)}.md`);
    // The print-friendly page: the same record, shown only when printing.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.locator('#printRecord').click();
    await page.waitForSelector('body[data-printed="yes"]');
    const record = await page.locator('#record').textContent();
    expect(record).toContain(sha);
    expect(record).toContain("quoting a resident's complaint");
    expect(record).not.toContain('07911 123456');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#record').isVisible()).toBe(true);
    expect(await page.locator('main').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('printing'));
  });

  it('saves screenshots at desktop and phone widths, with zero axe violations at both', async () => {
    await page.locator('#platform').selectOption('x');
    await page.locator('#draft').fill('');
    await typeDraft('Bins are late again, this is shit. Call Dave on 07911 123456 for help. #bindaydelays');
    await page.locator('#mirror mark[data-rule-id~="personal-data/phone-number"]').waitFor({ timeout: 30_000 });
    await settled();
    const desktop = join(dir, 'app-desktop.png');
    expect((await page.screenshot({ path: desktop })).length).toBeGreaterThan(30_000);
    if (process.env.COMMSLINT_UPDATE_DOCS === '1') copyFileSync(desktop, join(root, 'docs', 'app.png'));
    expect(await axe()).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    // One column on a phone: the findings below the draft, nothing wider than the screen.
    // (The counts table scrolls sideways in its own region, which is keyboard-focusable.)
    const wide = await page.evaluate(() => Array.from(document.querySelectorAll('body *')).filter((e) => !e.closest('.table-wrap') && (e.getBoundingClientRect().right > 391 || e.scrollWidth > 391)).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`));
    expect(wide, 'elements wider than a phone screen').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await page.screenshot({ path: join(dir, 'app-phone.png'), fullPage: true })).length).toBeGreaterThan(30_000);
    expect(await axe()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('works offline from its service worker, and the CSP refuses any outside request', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await typeDraft('Call Dave on 07911 123456.');
    await page.locator('#mirror mark[data-rule-id~="personal-data/phone-number"]').waitFor({ timeout: 30_000 });
    await context.setOffline(false);
    const refused = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const fetched = await fetch('https://example.org/beacon').then(() => 'fetched', () => 'refused');
      await new Promise((r) => setTimeout(r, 50));
      return { fetched, violations };
    });
    // Refused by the page's meta policy and by the server's header alike.
    expect(refused.fetched).toBe('refused');
    expect(refused.violations.length).toBeGreaterThan(0);
    expect(new Set(refused.violations)).toEqual(new Set(['connect-src']));
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/^default-src 'self';/);
  });

  it('made no request outside the page and threw no errors', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
