// Shared set-up for the browser tests: a static server for the repository on
// 127.0.0.1 and Debian's Chromium driven by playwright-core, headless, in a
// fresh profile directory. Records every request the page makes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
const TMP = join(ROOT, 'target', 'browser-tmp');

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

/** Starts `python3 -m http.server` on the repository; resolves with its base URL. */
export async function startServer() {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port)], { cwd: ROOT, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(base + 'index.html');
      if (r.ok) return { base, stop: () => proc.kill() };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error('the test server did not start');
}

export const fileUrl = (path) => pathToFileURL(join(ROOT, path)).href;

/** Launches Chromium; `page.requests` and `page.errors` collect what happened. */
export async function launch() {
  mkdirSync(TMP, { recursive: true });
  process.env.TMPDIR = TMP;
  const profile = mkdtempSync(join(TMP, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files=false'],
  });
  const page = context.pages()[0] || (await context.newPage());
  page.requests = [];
  page.errors = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits until the wasm is loaded. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
}

/** Replaces the article text as a reader would and waits for the new highlights. */
export async function typeArticle(page, text) {
  const before = await page.locator('#status').textContent();
  await page.fill('#text', text);
  await page.waitForFunction((b) => document.querySelector('#status').textContent !== b, before, { timeout: 10000 });
}
