// The audit's HTML report opened in Debian's Chromium (playwright-core, no downloaded browser): the charts
// and the posts to review first are drawn, a screenshot is saved and checked, and no request leaves the
// page. Skipped, saying why, only when /usr/bin/chromium is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`audit report browser test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);
const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist', 'bin', 'commslint.js');

describe.skipIf(!haveChromium)('audit report in Chromium', () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'commslint-audit-html-'));
    // A year of posts: some with personal data, legal and tone problems, most clean.
    const posts = Array.from({ length: 240 }, (_, i) => {
      const date = new Date(Date.UTC(2024, i % 12, 1 + (i % 27), 9)).toISOString();
      const text =
        i % 11 === 0 ? `Call our officer Jane on 07911 ${String(100000 + i)} about your complaint.`
        : i % 13 === 0 ? 'The man arrested yesterday is clearly guilty and will be punished.'
        : i % 7 === 0 ? 'Damn, the bins are late again.'
        : `Bins are collected as usual this week, round ${i}.`;
      return JSON.stringify({ id: `post-${i}`, text, date, platform: i % 2 ? 'x' : 'facebook', url: `https://x.com/RiversideCncl/status/${1000 + i}` });
    });
    writeFileSync(join(dir, 'posts.jsonl'), `${posts.join('\n')}\n`);
    const r = spawnSync(process.execPath, [bin, 'audit', 'posts.jsonl', '--out', 'out', '--quiet'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 1) throw new Error(`audit failed (exit ${r.status}): ${r.stderr}`);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws the charts and the posts to review first, masked, with no request leaving the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const file = join(dir, 'out', 'report.html');
    await page.goto(pathToFileURL(file).href);
    // Charts: one bar per category with findings, twelve months of columns.
    expect(await page.locator('#chart-categories rect').count()).toBe(3);
    expect(await page.locator('#chart-categories').textContent()).toMatch(/personal-data.*legal|legal.*personal-data/s);
    expect(await page.locator('#chart-months text').allTextContents()).toEqual(expect.arrayContaining(['2024-01']));
    const months = new Set((await page.locator('#chart-months rect title').allTextContents()).map((t) => t.slice(0, 7)));
    expect(months.size).toBe(12);
    const first = page.locator('article.post').first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(/^https:\/\/x\.com\/RiversideCncl\/status\/\d+$/);
    expect(await first.locator('li.sev-error strong').first().textContent()).toMatch(/^(personal-data|legal)\//);
    expect(await page.locator('article.post').count()).toBeGreaterThan(20);
    const shot = await page.screenshot({ path: join(dir, 'report.png'), fullPage: false });
    expect(shot.length).toBeGreaterThan(20_000);
    const body = await page.content();
    expect(body).not.toMatch(/07911 1\d{5}/);
    // Only the file itself was loaded: no font, image, script or beacon from anywhere.
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('<title>commslint archive audit</title>');
    await page.close();
  });
});
