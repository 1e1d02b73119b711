// The page in a real browser, from http:// and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, typeArticle, fileUrl, ROOT } from './harness.mjs';

// An article of our own (fictional).
const ARTICLE = `Publié le mercredi 6 mars 2024
Le maire de Nantes, Julien Morel, a inauguré lundi une nouvelle passerelle.
« C'est un grand jour pour la ville », a déclaré Julien Morel devant la presse.`;

let server;
before(async () => { server = await startServer(); });
after(() => server && server.stop());

for (const [name, url] of [['http', () => server.base + 'index.html'], ['file', () => fileUrl('index.html')]]) {
  test(`annotates typed text (${name}://)`, async () => {
    const { page, close } = await launch();
    try {
      await open(page, url());
      await typeArticle(page, ARTICLE);
      // The highlighted view holds the whole text, unchanged.
      assert.equal(await page.locator('#view').innerText(), await page.locator('#text').inputValue());
      const status = await page.locator('#status').textContent();
      assert.match(status, /language fr/);
      assert.deepEqual(page.errors, []);
      // Nothing but the page's own files was requested.
      const own = name === 'http' ? server.base : fileUrl('');
      const foreign = page.requests.filter((u) => !u.startsWith(own) && !u.startsWith('data:'));
      assert.deepEqual(foreign, []);
      if (name === 'http') {
        mkdirSync(join(ROOT, 'tests/browser/screenshots'), { recursive: true });
        await page.setViewportSize({ width: 1400, height: 900 });
        await page.screenshot({ path: join(ROOT, 'tests/browser/screenshots/page-http.png'), fullPage: true });
      }
    } finally {
      await close();
    }
  });
}

test('pasted markup stays text', async () => {
  const { page, close } = await launch();
  try {
    await open(page, server.base + 'index.html');
    await page.evaluate(() => { window.pwned = false; });
    await typeArticle(page, 'Selon Marie Dupont, <img src=x onerror="window.pwned=true"><script>window.pwned=true</script> tout va bien.');
    assert.equal(await page.evaluate(() => window.pwned), false);
    assert.equal(await page.locator('#view img').count(), 0);
    assert.match(await page.locator('#view').innerText(), /<img src=x/);
  } finally {
    await close();
  }
});
