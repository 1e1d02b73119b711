// CSV and standalone HTML exports, in Node.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const X = require('../../www/export.js');

// A sentence of our own, with an emoji before the names to test offsets.
const TEXT = '🙂 « Nous tiendrons, » dit Léa Roux à Brest le 4 janvier 2024.';
const at = (s) => TEXT.indexOf(s);
const A = {
  lang: 'fr', reference_date: '2024-01-02', reference_date_source: 'caller',
  entities: [
    { start: at('Léa Roux'), end: at('Léa Roux') + 8, type: 'PER', text: 'Léa Roux', name: 'Léa Roux', group: 0, rule: 'r.per' },
    { start: at('Brest'), end: at('Brest') + 5, type: 'LOC', text: 'Brest', name: 'Brest', group: 1, rule: 'r.loc' },
  ],
  entity_groups: [{ name: 'Léa Roux', type: 'PER', mentions: [0] }, { name: 'Brest', type: 'LOC', mentions: [1] }],
  timexes: [{ start: at('4 janvier'), end: at('2024.') + 4, type: 'DATE', value: '2024-01-04', text: '4 janvier 2024', rule: 'r.date' }],
  quotes: [{ start: at('Nous'), end: at(', »'), kind: 'direct', text: 'Nous tiendrons', speaker: 'Léa Roux',
    speaker_span: { start: at('Léa Roux'), end: at('Léa Roux') + 8, text: 'Léa Roux' }, cue: { start: at('dit'), end: at('dit') + 3, text: 'dit' }, rule: 'r.q' }],
};

test('CSV cells: quoting and formula injection', () => {
  assert.equal(X.csvCell('plain'), 'plain');
  assert.equal(X.csvCell('a,b'), '"a,b"');
  assert.equal(X.csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(X.csvCell('two\nlines'), '"two\nlines"');
  assert.equal(X.csvCell('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(X.csvCell('+33 1 23'), "'+33 1 23");
  assert.equal(X.csvCell('-2'), "'-2");
  assert.equal(X.csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(X.csvCell('\tcmd'), "'\tcmd");
  assert.equal(X.csvCell(-2), '-2');
  assert.equal(X.csvCell(null), '');
  assert.equal(X.csv([['a', 'b'], [1, 'c,d']]), 'a,b\r\n1,"c,d"\r\n');
});

test('CSV per layer, with code point offsets', () => {
  const cp = X.codePoints(TEXT);
  assert.equal(cp(2), 1); // after the emoji (2 UTF-16 units, 1 code point)
  const ents = X.entitiesCsv(TEXT, A).split('\r\n');
  assert.equal(ents[0], 'start,end,type,text,canonical_name,group,rule');
  const s = [...TEXT].length - TEXT.length; // -1
  assert.equal(ents[1], `${at('Léa Roux') + s},${at('Léa Roux') + 8 + s},PER,Léa Roux,Léa Roux,0,r.per`);
  assert.equal([...TEXT].slice(at('Léa Roux') + s, at('Léa Roux') + 8 + s).join(''), 'Léa Roux');
  const tx = X.timexesCsv(TEXT, A).split('\r\n');
  assert.match(tx[1], /,DATE,2024-01-04,"Thursday, 4 January 2024",4 janvier 2024,r\.date$/);
  const qs = X.quotesCsv(TEXT, A).split('\r\n');
  assert.equal(qs[0], 'start,end,kind,speaker,speaker_start,speaker_end,cue,text,rule');
  assert.match(qs[1], /,direct,Léa Roux,\d+,\d+,dit,Nous tiendrons,r\.q$/);
});

test('HTML export: escaped text, marks with badges, no script', () => {
  const evil = '<script>alert(1)</script> & <img src=x onerror=alert(2)> "Paris"';
  const a = { lang: 'en', reference_date: null, entities: [{ start: evil.indexOf('Paris'), end: evil.indexOf('Paris') + 5, type: 'LOC', text: 'Paris', name: 'Paris"><script>', group: 0 }],
    entity_groups: [], timexes: [], quotes: [] };
  const html = X.htmlExport(evil, a, { title: '</title><script>x</script>' });
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(2\)&gt; &quot;<mark class="entity entity-LOC" data-badge="LOC" title="Place, name: Paris&quot;&gt;&lt;script&gt;">Paris<\/mark>&quot;/);
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<html lang="en">/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
});

test('HTML export keeps the text: tags stripped and entities decoded give it back', () => {
  const html = X.htmlExport(TEXT, A, {});
  const body = /<article>([\s\S]*)<\/article>/.exec(html)[1];
  const back = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  assert.equal(back, TEXT);
  assert.match(body, /<mark class="quote quote-direct" data-badge="QUOTE" title="Direct quote, speaker: Léa Roux, cue: dit">Nous tiendrons<\/mark>/);
});
