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

/** Launches Chromium (one per test file); `newPage()` gives a fresh tab
 *  whose `requests` and `errors` collect what happened in it. */
export async function launch(options = {}) {
  mkdirSync(TMP, { recursive: true });
  process.env.TMPDIR = TMP;
  const profile = mkdtempSync(join(TMP, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files=false'],
    ...options,
  });
  const watch = (page) => {
    page.requests = [];
    page.errors = [];
    page.on('request', (r) => page.requests.push(r.url()));
    page.on('pageerror', (e) => page.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
    return page;
  };
  const first = watch(context.pages()[0] || (await context.newPage()));
  return {
    context,
    page: first,
    newPage: async () => watch(await context.newPage()),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the page's own files (`own` prefix). */
export const foreign = (page, own) => page.requests.filter((u) => !u.startsWith(own) && !u.startsWith('data:') && !u.startsWith('blob:'));

/** Draws fixed annotations through the page's test hook. */
export const renderStub = (page, text, annotations) =>
  page.evaluate(([t, a]) => window.AnnotatorPage.renderAnnotations(t, a), [text, annotations]);

/** Checks the view against the text: same text, and each mark's text is
 *  the slice its annotation names. Returns the number of marks. */
export async function checkView(page) {
  return page.evaluate(() => {
    const text = document.getElementById('text').value;
    const view = document.getElementById('view');
    if (view.textContent !== text) throw new Error('the view text differs from the input');
    const cur = window.AnnotatorPage.current();
    const marks = view.querySelectorAll('mark.ann');
    let offset = 0;
    const starts = new Map();
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) offset += n.data.length;
      else starts.set(n, offset);
    }
    for (const m of marks) {
      const [layer, i] = [{ e: 'entities', t: 'timexes', q: 'quotes' }[m.dataset.id[0]], +m.dataset.id.slice(1)];
      const ann = cur.annotations[layer][i];
      const s = starts.get(m);
      if (s < ann.start || s + m.textContent.length > ann.end) throw new Error(`mark ${m.dataset.id} is outside its annotation`);
      if (s === ann.start && s + m.textContent.length === ann.end && m.textContent !== text.slice(ann.start, ann.end)) throw new Error('mark text differs');
      if (!m.dataset.badge || !m.getAttribute('aria-description')) throw new Error('mark without a label');
    }
    return marks.length;
  });
}

/** Opens the page and waits until the wasm is loaded. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await page.waitForSelector('#view[data-state="done"]');
}

/** Waits until the view is drawn for the text now in the textarea. */
export async function drawn(page, timeout = 10000) {
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    const cur = window.AnnotatorPage.current();
    return v.dataset.state === 'done' && cur && cur.text === document.getElementById('text').value;
  }, null, { timeout, polling: 20 });
}

/** Replaces the article text as a reader would and waits for the new highlights. */
export async function typeArticle(page, text) {
  await page.fill('#text', text);
  await drawn(page);
}

/** Drops a file holding `content` on the text area, as a reader dragging it there would. */
export async function dropFile(page, name, type, content) {
  await page.evaluate(({ name, type, content }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], name, { type }));
    const t = document.getElementById('text');
    t.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    t.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, type, content });
}
