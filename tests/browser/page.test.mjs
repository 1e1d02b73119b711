// The reader's flows in a real browser, from http:// and from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launch, open, typeArticle, drawn, fileUrl, foreign, renderStub, checkView, dropFile } from './harness.mjs';
import { stubAnnotations } from './stub.mjs';

// An article of our own (fictional).
const ARTICLE = `Publié le mercredi 6 mars 2024
Le maire de Nantes, Julien Morel, a inauguré lundi une nouvelle passerelle.
« C'est un grand jour pour la ville », a déclaré Julien Morel devant la presse.`;

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser.close(); server.stop(); });

for (const [name, url, own] of [
  ['http', () => server.base + 'index.html', () => server.base],
  ['file', () => fileUrl('index.html'), () => fileUrl('')],
]) {
  test(`type, re-annotate, controls and exports (${name}://)`, async () => {
    const page = await browser.newPage();
    try {
      await open(page, url());
      await typeArticle(page, ARTICLE);
      // The highlighted view holds the whole text, unchanged, marks on their slices.
      await checkView(page);
      assert.equal(await page.locator('#view').innerText(), ARTICLE);
      assert.match(await page.locator('#status').textContent(), /names .* dates and times, .* quotes/);
      assert.equal(await page.locator('#lang option[value="auto"]').textContent(), 'Detect (French)');

      // Language: forced to English, annotated again at once.
      await page.selectOption('#lang', 'en');
      await drawn(page);
      assert.equal(await page.evaluate(() => window.AnnotatorPage.current().annotations.lang), 'en');
      await page.selectOption('#lang', 'auto');

      // Publication date: the reader's own, then back to the article's.
      await page.fill('#date', '2024-02-01');
      await page.waitForFunction(() => window.AnnotatorPage.current().annotations.reference_date === '2024-02-01');
      assert.equal(await page.locator('#date-note').textContent(), 'set by you');
      assert.equal(await page.locator('#date-reset').isVisible(), true);
      await page.click('#date-reset');
      await page.waitForFunction(() => window.AnnotatorPage.current().annotations.reference_date_source !== 'caller');
      assert.equal(await page.locator('#date-reset').isVisible(), false);

      // Exports: JSON (interchange format), three CSVs, standalone HTML.
      const grab = async (id) => {
        const [dl] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
        return { name: dl.suggestedFilename(), body: readFileSync(await dl.path(), 'utf8') };
      };
      const json = await grab('#export-json');
      assert.match(json.name, /^publié-le-mercredi-6-mars-2024\.annotations\.json$/);
      assert.equal(typeof JSON.parse(json.body), 'object');
      const csv = await grab('#export-entities');
      assert.match(csv.body, /^\ufeffstart,end,type,text,canonical_name,group,rule\r\n/);
      assert.match((await grab('#export-timexes')).body, /^\ufeffstart,end,type,value,readable,text,rule/);
      assert.match((await grab('#export-quotes')).body, /^\ufeffstart,end,kind,speaker/);
      const html = await grab('#export-html');
      assert.match(html.body, /^<!doctype html>/);
      assert.doesNotMatch(html.body, /<script/i);
      assert.match(html.body, /passerelle/);

      // Clear empties both sides.
      await page.click('#clear');
      await drawn(page);
      assert.equal(await page.locator('#view mark').count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'text');

      assert.deepEqual(page.errors, []);
      assert.deepEqual(foreign(page, own()), []);
    } finally {
      await page.close();
    }
  });

  test(`remember my text, then forget it (${name}://)`, async () => {
    const page = await browser.newPage();
    try {
      await open(page, url());
      await typeArticle(page, 'Texte à garder.');
      assert.equal(await page.evaluate(() => localStorage.getItem('annotator.text')), null);
      await page.check('#remember');
      assert.equal(await page.evaluate(() => localStorage.getItem('annotator.text')), 'Texte à garder.');
      await typeArticle(page, 'Texte modifié.');
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await page.inputValue('#text'), 'Texte modifié.');
      assert.equal(await page.isChecked('#remember'), true);
      await page.uncheck('#remember');
      assert.equal(await page.evaluate(() => localStorage.getItem('annotator.text')), null);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await page.inputValue('#text'), '');
      assert.deepEqual(page.errors, []);
    } finally {
      await page.close();
    }
  });
}

test('samples, opening a text file and dropping an HTML file', async () => {
  const page = await browser.newPage();
  try {
    await open(page, server.base + 'index.html');
    await page.click('#sample-en');
    await drawn(page);
    assert.match(await page.inputValue('#text'), /^Published on Thursday/);
    await page.click('#sample-fr');
    await drawn(page);
    assert.match(await page.inputValue('#text'), /^Publié le mardi/);

    await page.setInputFiles('#file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Ligne un.\r\nLigne <b>deux</b>.') });
    await page.waitForFunction(() => document.getElementById('text').value.startsWith('Ligne un.'));
    await drawn(page);
    assert.equal(await page.inputValue('#text'), 'Ligne un.\nLigne <b>deux</b>.');

    const html = '<html><head><title>T</title></head><body><nav>Menu</nav><article><h1>Un pont pour Brest</h1>' +
      '<p>Le chantier de <b>Léa Roux</b>\n avance.</p><p>Fin.</p></article><footer>©</footer></body></html>';
    await dropFile(page, 'article.html', 'text/html', html);
    await page.waitForFunction(() => document.getElementById('text').value.startsWith('Un pont'));
    await drawn(page);
    assert.equal(await page.inputValue('#text'), 'Un pont pour Brest\nLe chantier de Léa Roux avance.\nFin.');
    assert.match(await page.locator('#status').textContent(), /^Read article\.html\./);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});

test('highlights, details, panels and legend (fixed annotations)', async () => {
  const page = await browser.newPage();
  try {
    await open(page, server.base + 'index.html');
    const text = await page.evaluate(() => self.ANNOTATOR_SAMPLES.fr);
    const a = stubAnnotations(text, 'fr');
    await renderStub(page, text, a);
    const marks = await checkView(page);
    assert.equal(marks, a.entities.length + a.timexes.length + a.quotes.length);
    // A name inside a quote is nested in the quote's mark.
    assert.equal(await page.locator('#view mark.quote mark.entity').count() > 0, true);

    // Keyboard focus on a mark shows its details; Esc closes them.
    const first = page.locator('#view mark.entity-PER').first();
    await first.focus();
    await page.waitForSelector('#tip:not([hidden])');
    assert.match(await page.locator('#tip').textContent(), /Type: PersonName: Claire Dubois/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#tip').isHidden(), true);
    // Nested: a date or name inside a quote shows both.
    await page.locator('#view mark.quote mark.entity').first().hover();
    await page.waitForSelector('#tip:not([hidden])');
    assert.equal(await page.locator('#tip .tip-item').count(), 2);
    await page.mouse.move(0, 0);

    // Panels: a name selects all its mentions and focuses the first.
    const martin = page.locator('#entities button', { hasText: 'Paul Martin' });
    assert.match(await martin.textContent(), /Paul Martin 2/);
    await martin.click();
    assert.equal(await page.locator('#view mark.selected').count(), 2);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Paul Martin');
    assert.match(await page.locator('#status').textContent(), /2 mentions of Paul Martin highlighted/);
    await page.keyboard.press('Escape'); // closes the details
    await page.keyboard.press('Escape'); // clears the selection
    assert.equal(await page.locator('#view mark.selected').count(), 0);

    // Timeline in calendar order; each row jumps to its date.
    const when = await page.locator('#timeline ol .when').allTextContents();
    assert.deepEqual(when, ['Monday, 11 March 2024', 'Tuesday, 12 March 2024', 'Thursday, 14 March 2024', 'September 2025']);
    await page.locator('#timeline ol button').nth(2).click();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'jeudi prochain');
    // Quotes by speaker.
    assert.match(await page.locator('#quotes h3').first().textContent(), /Claire Dubois \(1\)/);
    await page.locator('#quotes button').first().click();
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^Ce projet/);

    // Legend: a type, then a whole layer, hidden and shown again.
    await page.click('#legend button[data-key="entity:LOC"]');
    await drawn(page);
    assert.equal(await page.locator('#view mark.entity-LOC').count(), 0);
    assert.equal(await page.getAttribute('#legend button[data-key="entity:LOC"]', 'aria-pressed'), 'false');
    await page.click('#legend button[data-key="quote"]');
    await drawn(page);
    assert.equal(await page.locator('#view mark.quote').count(), 0);
    assert.equal(await page.locator('#view mark.entity-PER').count() > 0, true);
    await checkView(page);
    await page.click('#legend button[data-key="quote"]');
    await page.click('#legend button[data-key="entity:LOC"]');
    await drawn(page);
    assert.equal(await checkView(page), marks);
    assert.equal(await page.locator('#legend button[data-key="entity"] .count').textContent(), String(a.entities.length));

    // Copy JSON (the real core's interchange format for this text).
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base.slice(0, -1) });
    await page.click('#copy-json');
    await page.waitForFunction(() => /clipboard/.test(document.getElementById('status').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(typeof JSON.parse(copied), 'object');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.close();
  }
});
