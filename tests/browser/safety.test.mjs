// Hostile input stays inert, and nothing leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, open, typeArticle, drawn, fileUrl, foreign, renderStub, checkView, dropFile } from './harness.mjs';

// An HTML page of our own that tries everything: scripts, handlers,
// remote resources (which would also be a leak), javascript: URLs.
const EVIL_HTML = `<!doctype html><html><head>
<script>window.pwned = 'head script'</script>
<link rel="stylesheet" href="http://198.51.100.7/track.css">
<style>@import url("http://198.51.100.7/import.css"); body { background: url(http://198.51.100.7/bg.png) }</style>
<meta http-equiv="refresh" content="0;url=http://198.51.100.7/">
</head><body onload="window.pwned = 'onload'">
<article>
<h1>Un pont pour <img src="http://198.51.100.7/pixel.png" onerror="window.pwned = 'img'">Brest</h1>
<p>Selon Léa Roux, <svg onload="window.pwned = 'svg'"></svg>le chantier avance.</p>
<iframe src="javascript:parent.pwned = 'iframe'"></iframe>
<p><a href="javascript:window.pwned = 'link'">Lire</a> la suite &lt;script&gt;window.pwned = 1&lt;/script&gt;</p>
<script>window.pwned = 'body script'</script>
</article></body></html>`;

const PASTE = 'Selon Marie Dupont, <img src=x onerror="window.pwned=true"><script>window.pwned=true</script> tout va bien. ' +
  '<a href="javascript:window.pwned=1">x</a> <iframe srcdoc="<script>parent.pwned=1</script>"></iframe> =cmd|calc';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); server.stop(); });

for (const [name, url, own] of [
  ['http', () => server.base + 'index.html', () => server.base],
  ['file', () => fileUrl('index.html'), () => fileUrl('')],
]) {
  test(`pasted markup is shown as text, never run (${name}://)`, async () => {
    const page = await browser.newPage();
    try {
      await open(page, url());
      await page.evaluate(() => { window.pwned = false; });
      await typeArticle(page, PASTE);
      // Also drawn as marks (names inside markup-looking text).
      const at = (s) => PASTE.indexOf(s);
      await renderStub(page, PASTE, {
        lang: 'fr', reference_date: null, reference_date_source: null, reference_date_span: null,
        entities: [{ start: at('Marie'), end: at('Marie') + 12, type: 'PER', text: 'Marie Dupont', name: "=cmd|' /C calc'!A0", group: 0, rule: 'x' }],
        entity_groups: [{ name: '<img src=x onerror="window.pwned=1">', type: 'PER', mentions: [0] }],
        timexes: [], quotes: [{ start: at('<img'), end: at(' tout'), kind: 'direct', text: PASTE.slice(at('<img'), at(' tout')), speaker: '<b>x</b>', speaker_span: null, cue: null, rule: 'x' }],
      });
      await checkView(page);
      await page.locator('#view mark.entity').focus();
      await page.click('#entities button');
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => window.pwned), false);
      for (const sel of ['img', 'script', 'iframe', 'a', 'b']) {
        assert.equal(await page.locator(`#view ${sel}, #entities ${sel}, #quotes ${sel}, #tip ${sel}`).count(), 0, sel);
      }
      assert.equal(await page.locator('#view').innerText(), PASTE);
      // The standalone HTML export escapes it too.
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
      const html = readFileSync(await dl.path(), 'utf8');
      assert.doesNotMatch(html, /<(script|img|iframe|a |b>)/i);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-quotes')]);
      assert.match(readFileSync(await csv.path(), 'utf8'), /,"<img src=x onerror=""window\.pwned=true""><script>/);
      const [ents] = await Promise.all([page.waitForEvent('download'), page.click('#export-entities')]);
      assert.match(readFileSync(await ents.path(), 'utf8'), /,PER,Marie Dupont,'=cmd\|' \/C calc'!A0,0,x\r\n$/);
      assert.deepEqual(foreign(page, own()), []);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });

  test(`a hostile HTML file is reduced to its text: nothing runs, nothing loads (${name}://)`, async () => {
    const page = await browser.newPage();
    try {
      await open(page, url());
      await page.evaluate(() => { window.pwned = false; });
      const requestsBefore = page.requests.length;
      await dropFile(page, 'evil.html', 'text/html', EVIL_HTML);
      await page.waitForFunction(() => document.getElementById('text').value.startsWith('Un pont'));
      await drawn(page);
      await page.setInputFiles('#file', { name: 'evil2.htm', mimeType: 'text/html', buffer: Buffer.from(EVIL_HTML) });
      await page.waitForTimeout(300);
      await drawn(page);
      assert.equal(await page.inputValue('#text'), 'Un pont pour Brest\nSelon Léa Roux, le chantier avance.\nLire la suite <script>window.pwned = 1</script>');
      assert.equal(await page.evaluate(() => window.pwned), false);
      assert.deepEqual(page.requests.slice(requestsBefore), []);
      assert.equal(await page.locator('#view script').count(), 0);
      assert.deepEqual(foreign(page, own()), []);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('the Content-Security-Policy forbids requests to anything but the page', async () => {
  const page = await browser.newPage();
  try {
    await open(page, server.base + 'index.html');
    const blocked = await page.evaluate(async () => {
      const out = [];
      try { await fetch('http://198.51.100.7/x'); out.push('fetch went out'); } catch { out.push('fetch blocked'); }
      const img = new Image();
      await new Promise((r) => { img.onerror = r; img.onload = r; img.src = 'http://198.51.100.7/y.png'; });
      out.push(img.complete && img.naturalWidth ? 'img loaded' : 'img blocked');
      return out;
    });
    assert.deepEqual(blocked, ['fetch blocked', 'img blocked']);
    assert.deepEqual(foreign(page, server.base).filter((u) => !u.includes('198.51.100.7')), []);
    // Those were refused before leaving (CSP), so errors are CSP reports only.
    assert.ok(page.errors.every((e) => /Content Security Policy/.test(e)), page.errors.join('\n'));
  } finally {
    await page.close();
  }
});
