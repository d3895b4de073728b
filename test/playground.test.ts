// The browser playground, end to end: build it with esbuild, serve it on 127.0.0.1, drive Debian's
// Chromium (playwright-core, no downloaded browser) to type a draft with a phone number and a
// profanity, and check both are highlighted with their rule ids, listed with citations, and that a
// fix button works. Skipped, saying why, only when /usr/bin/chromium is not installed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`playground test skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

interface PlaygroundModule {
  buildPlayground(outdir: string): Promise<number>;
  serve(dir: string, port?: number): Promise<{ server: Server; url: string }>;
}

describe.skipIf(!haveChromium)('playground in Chromium', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'commslint-playground-'));
    const pg = (await import(new URL('../examples/playground/build.mjs', import.meta.url).href)) as PlaygroundModule;
    const bytes = await pg.buildPlayground(dir);
    console.log(`playground bundle: ${(bytes / 1024).toFixed(0)} KiB`);
    ({ server, url } = await pg.serve(dir));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('highlights a phone number and a profanity with their rule ids as you type', async () => {
    await page.locator('#draft').pressSequentially('Bins are late again, this is shit. Call Dave on 07911 123456 for help.', { delay: 2 });
    const phone = page.locator('#preview mark[data-rule-id~="personal-data/phone-number"]');
    const swear = page.locator('#preview mark[data-rule-id~="tone/profanity"]');
    await phone.first().waitFor({ timeout: 30_000 });
    await swear.first().waitFor({ timeout: 30_000 });
    expect(await phone.first().textContent()).toBe('07911 123456');
    expect(await swear.first().textContent()).toBe('shit');
    expect(await phone.first().getAttribute('class')).toBe('error');

    // The list shows each finding's rule id, a masked message and its citations (linked).
    const item = page.locator('#findings li[data-rule-id="personal-data/phone-number"]');
    await expect.poll(() => item.count()).toBeGreaterThan(0);
    expect(await item.first().locator('.rule').textContent()).toBe('personal-data/phone-number');
    expect(await item.first().textContent()).not.toContain('07911 123456');
    const cite = item.first().locator('.citations a').first();
    expect(await cite.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.locator('#findings li[data-rule-id="tone/profanity"] .citations li').count()).toBeGreaterThan(0);
    expect(await page.locator('#status').textContent()).toMatch(/\d+ errors/);
  });

  it('applies a fix from its button', async () => {
    await page.locator('#draft').fill('');
    await page.locator('#draft').pressSequentially('The library is open on on Monday.', { delay: 2 });
    const fix = page.locator('#findings li[data-rule-id="language/repeated-words"] button.fix');
    await fix.first().waitFor({ timeout: 30_000 });
    await fix.first().click();
    await expect.poll(() => page.locator('#draft').inputValue()).toBe('The library is open on Monday.');
    await expect.poll(() => page.locator('#findings li').count()).toBe(0);
  });

  it('never requests anything but the page itself, and throws no errors', () => {
    expect(pageErrors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
  });
});
