// Accessibility: axe-core in light and dark themes, keyboard use with a
// visible focus, forced colours, 320 px width. Saves screenshots under
// tests/browser/screenshots/ for a person to look at (UPDATE_DOCS=1 also
// refreshes docs/screenshot.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, drawn, renderStub, ROOT } from './harness.mjs';
import { stubAnnotations } from './stub.mjs';

const SHOTS = join(ROOT, 'tests/browser/screenshots');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let server;
let browser;
before(async () => { mkdirSync(SHOTS, { recursive: true }); server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); server.stop(); });

/** The sample article, highlighted: with the real core's annotations when
 *  it finds some, else with fixed ones of the same shape. */
async function sample(page, lang = 'fr') {
  await page.click(lang === 'fr' ? '#sample-fr' : '#sample-en');
  await drawn(page);
  const real = await page.locator('#view mark').count();
  if (!real) {
    const text = await page.inputValue('#text');
    await renderStub(page, text, stubAnnotations(text, lang));
  }
}

/** Runs axe-core in the page (evaluated, so the page's CSP stays on). */
async function axe(page) {
  await page.evaluate(AXE);
  const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no serious or critical violation (${scheme} theme)`, async () => {
    const page = await browser.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, server.base + 'index.html');
      await sample(page);
      // With details open too.
      await page.locator('#view mark.entity').first().focus();
      await page.waitForSelector('#tip:not([hidden])');
      assert.deepEqual(await axe(page), []);
      await page.screenshot({ path: join(SHOTS, `page-${scheme}.png`) });
      if (scheme === 'light' && process.env.UPDATE_DOCS) {
        await page.keyboard.press('Escape');
        await page.locator('#text').focus();
        await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
        await page.screenshot({ path: join(ROOT, 'docs/screenshot.png') });
      }
      await page.click('#sample-en');
      await drawn(page);
      await page.screenshot({ path: join(SHOTS, `page-${scheme}-en.png`) });
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('every control is reachable by keyboard, with a visible focus', async () => {
  const page = await browser.newPage();
  try {
    await open(page, server.base + 'index.html');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await sample(page);
    await page.locator('.skip').focus(); // the first stop of the page
    const seen = [{ id: 'skip', tag: 'A', outline: true }];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const cs = getComputedStyle(e);
        return { id: e.id || e.dataset.key || e.dataset.id || e.textContent.trim().slice(0, 20), tag: e.tagName,
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
      });
      if (!f) break;
      seen.push(f);
    }
    const ids = seen.map((f) => f.id);
    for (const id of ['sample-fr', 'sample-en', 'open', 'clear', 'lang', 'date', 'text', 'remember', 'entity', 'entity:PER', 'quote:indirect',
      'export-json', 'copy-json', 'export-entities', 'export-timexes', 'export-quotes', 'export-html']) {
      assert.ok(ids.includes(id), `${id} is not reachable by Tab (${ids.join(' ')})`);
    }
    assert.ok(seen.some((f) => f.tag === 'MARK'), 'highlights are reachable');
    const invisible = seen.filter((f) => !f.outline).map((f) => f.id);
    assert.deepEqual(invisible, [], 'focus without a visible outline');
    // The skip link comes first and leads to the article.
    await page.keyboard.press('Tab');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.skip').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'view');
    // Legend buttons toggle with the keyboard.
    await page.locator('#legend button[data-key="entity:PER"]').focus();
    await page.keyboard.press('Enter');
    await drawn(page);
    assert.equal(await page.locator('#view mark.entity-PER').count(), 0);
    await page.keyboard.press('Space');
    await drawn(page);
    assert.ok(await page.locator('#view mark.entity-PER').count() > 0);
    // Marks carry their label and details for screen readers.
    const snap = await page.locator('#view mark.entity-PER').first().ariaSnapshot();
    assert.match(snap, /Person/);
    assert.match(await page.locator('#view mark.entity-PER').first().getAttribute('aria-description'), /^Person, name: /);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('320 px wide: no horizontal scroll; forced colours', async () => {
  const page = await browser.newPage();
  try {
    await page.setViewportSize({ width: 320, height: 700 });
    await open(page, server.base + 'index.html');
    await sample(page);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, win: window.innerWidth }));
    assert.ok(widths.doc <= widths.win, `page is ${widths.doc} px wide in a ${widths.win} px window`);
    await page.locator('#view mark.quote').first().focus();
    await page.screenshot({ path: join(SHOTS, 'page-320.png'), fullPage: true });
    assert.deepEqual(await axe(page), []);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.locator('#view mark.entity').first().focus();
    await page.screenshot({ path: join(SHOTS, 'page-forced-colors.png') });
    const bg = await page.locator('#view mark.entity').first().evaluate((m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
