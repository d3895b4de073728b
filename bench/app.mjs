// The app row of `npm run bench` (issue 20): in the comms officer's checker (app/, built and served on
// 127.0.0.1, Debian's Chromium via playwright-core), the time from a keystroke to the first findings drawn,
// on a 300-word draft with a phone number in it. Measured inside the page: a keydown listener notes the
// time and a MutationObserver notes when the app marks a check rendered (`data-linted` changes), so the
// figure includes the debounce, the lint and the drawing of the underlines, list, counts and previews.
// Median and worst of several keystrokes after a warm-up. Skips, saying why, without /usr/bin/chromium.
// Also runnable alone: `node bench/app.mjs`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeLongPost } from './corpus.mjs';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Resolves { median, worst, runs, words } in ms, or { skipped: reason }. */
export async function benchApp(runs = 15) {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed (apt-get install chromium)` };
  const { buildApp, serve } = await import(join(root, 'app', 'build.mjs'));
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'commslint-bench-app-'));
  let browser;
  let server;
  try {
    await buildApp(dir);
    let url;
    ({ server, url } = await serve(dir));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const body = makeLongPost(300).replace(/^---[\s\S]*?---\n+/, '').split(/\s+/).slice(0, 290).join(' ');
    const draft = `${body} Call Dave on 07911 123456 for help.`;
    const settled = () => page.waitForFunction(() => !document.body.dataset.pending && document.body.dataset.settled === document.body.dataset.linted, undefined, { timeout: 60_000 });
    await page.locator('#draft').fill(draft);
    await settled();
    await page.locator('#draft').focus();
    await page.locator('#draft').evaluate((t) => t.setSelectionRange(t.value.length, t.value.length));
    const times = [];
    for (let i = 0; i < runs + 2; i++) {
      await page.evaluate(() => {
        const w = window;
        w.__benchDone = new Promise((done) => {
          let t0;
          const before = document.body.dataset.linted;
          document.addEventListener('keydown', () => (t0 = performance.now()), { once: true, capture: true });
          new MutationObserver((_, obs) => {
            if (t0 !== undefined && document.body.dataset.linted !== before && document.querySelector('#findings li.finding')) {
              obs.disconnect();
              done(performance.now() - t0);
            }
          }).observe(document.body, { attributes: true, attributeFilter: ['data-linted'] });
        });
      });
      await page.keyboard.press(i % 2 ? 'Backspace' : 's');
      const ms = await page.evaluate(() => window.__benchDone);
      await settled();
      if (i >= 2) times.push(ms); // the first two keystrokes warm the page's code paths
    }
    return { median: median(times), worst: Math.max(...times), runs: times.length, words: draft.split(/\s+/).length };
  } finally {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done()));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchApp();
  if (r.skipped) console.log(`app: skipped: ${r.skipped}`);
  else console.log(`app: keystroke → first findings on a ${r.words}-word draft: median ${r.median.toFixed(0)} ms, worst ${r.worst.toFixed(0)} ms over ${r.runs} keystrokes (target < 300 ms)`);
}
