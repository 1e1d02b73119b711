// A 1 MB paste: how long until it is annotated and drawn, and how long the
// page is ever busy in one go (long tasks), with the real core and with many
// fixed annotations. Prints the timings; asserts only generous bounds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, drawn } from './harness.mjs';
import { stubAnnotations } from './stub.mjs';

let server;
let browser;
let page;
let article;
before(async () => {
  server = await startServer();
  browser = await launch();
  page = browser.page;
  await open(page, server.base + 'index.html');
  // About 1 MB of our own sample articles, French and English in turn, each
  // copy with its own date so that no two paragraphs are the same.
  const samples = await page.evaluate(() => self.ANNOTATOR_SAMPLES);
  const parts = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const s = (i % 2 ? samples.en : samples.fr).replace(/\b(12|7) (mars|November)/, `${1 + (i % 28)} $2`);
    parts.push(s);
    size += s.length + 1;
  }
  article = parts.join('\n');
});
after(async () => { await browser.close(); server.stop(); });

/** Starts recording long tasks in the page. */
const watchLongTasks = () => page.evaluate(() => {
  window.longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask' });
});
const longest = () => page.evaluate(() => Math.max(0, ...window.longTasks));

test('a 1 MB paste is annotated and drawn (real core)', async () => {
  // A real paste (Ctrl+V) from the clipboard, as a reader would.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base.slice(0, -1) });
  await page.evaluate((t) => navigator.clipboard.writeText(t), article);
  await page.click('#clear');
  await drawn(page);
  await page.focus('#text');
  await watchLongTasks();
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  await page.waitForFunction((n) => document.getElementById('text').value.length === n, article.length, { timeout: 60000 });
  const pasted = Date.now() - t0;
  await drawn(page, 60000);
  const ms = Date.now() - t0;
  const status = await page.locator('#status').textContent();
  const check = await page.evaluate(() => document.getElementById('view').textContent === document.getElementById('text').value);
  assert.ok(check, 'the view holds the whole text');
  console.log(`# 1 MB paste (${article.length} chars), real core: ${ms} ms from Ctrl+V to annotated and drawn (the paste itself ${pasted} ms, ` +
    `then a 500 ms pause after the edit); ` +
    `longest task ${Math.round(await longest())} ms; status: ${status}`);
  assert.ok(ms < 30000, `took ${ms} ms`);
});

test('a 1 MB article with ~28k highlights draws in slices and typing stays responsive', async () => {
  const a = stubAnnotations(article, 'fr');
  const n = a.entities.length + a.timexes.length + a.quotes.length;
  await page.evaluate(([t, x]) => { window.bigText = t; window.bigAnnotations = x; }, [article, a]);
  await watchLongTasks();
  const ms = await page.evaluate(async () => {
    const t0 = performance.now();
    await window.AnnotatorPage.renderAnnotations(window.bigText, window.bigAnnotations);
    return Math.round(performance.now() - t0);
  });
  const marks = await page.locator('#view mark.ann').count();
  assert.equal(marks, n);
  console.log(`# 1 MB with ${n} highlights (fixed annotations): drawn in ${ms} ms; longest task ${Math.round(await longest())} ms`);
  assert.ok(ms < 30000, `took ${ms} ms`);

  // While a big view is being drawn, a key press is handled at once.
  await page.evaluate(() => { window.AnnotatorPage.renderAnnotations(window.bigText, window.bigAnnotations); });
  const lag = await page.evaluate(() => new Promise((resolve) => {
    const ta = document.getElementById('text');
    const t = performance.now();
    setTimeout(() => {
      ta.addEventListener('input', () => resolve(performance.now() - t), { once: true });
      ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, 0);
  }));
  console.log(`# a task queued while drawing ran after ${lag.toFixed(1)} ms`);
  assert.ok(lag < 500, `waited ${lag} ms`);
});
