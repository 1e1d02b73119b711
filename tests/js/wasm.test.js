// The real core in Node: pkg/annotator.js (with src/wasm.js appended) and the
// wasm. `annotate` unpacks annotate_packed's flat array into the documented
// objects: same fields in the same order, texts equal to their spans.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const root = path.join(__dirname, '../..');
const context = { TextEncoder, TextDecoder, WebAssembly, FinalizationRegistry, console };
context.self = context;
vm.createContext(context);
vm.runInContext(fs.readFileSync(path.join(root, 'pkg/annotator.js'), 'utf8') + '\nself.wasm_bindgen = wasm_bindgen;', context);
vm.runInContext(fs.readFileSync(path.join(root, 'www/sample.js'), 'utf8'), context);
context.bytes = fs.readFileSync(path.join(root, 'pkg/annotator_bg.wasm'));
vm.runInContext('wasm_bindgen.initSync({ module: bytes })', context);
const W = context.wasm_bindgen;

const dir = path.join(root, 'tests/fixtures/articles');
const texts = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
  .concat([context.ANNOTATOR_SAMPLES.fr, context.ANNOTATOR_SAMPLES.en,
    '😀 « Ça va ? » a demandé Zoé 🙂 à Lyon le 1er mai 2024. « Oui », répond-elle.', '', '  \n']);

const keys = (o) => Object.keys(o).join(',');
const PART = 'start,end,text';

test('annotate gives the documented objects, texts equal to their spans', () => {
  for (const text of texts) {
    for (const options of [undefined, { lang: 'auto', date: '' }, { lang: 'fr', date: '2024-03-06' }]) {
      const a = W.annotate(text, options);
      assert.equal(keys(a), 'lang,reference_date,reference_date_source,reference_date_span,entities,entity_groups,timexes,quotes');
      assert.ok(['fr', 'en'].includes(a.lang));
      const span = (p) => {
        if (p === null) return;
        assert.equal(keys(p), PART);
        assert.equal(text.slice(p.start, p.end), p.text);
      };
      span(a.reference_date_span);
      for (const m of a.entities) {
        assert.equal(keys(m), 'start,end,type,text,group,name,rule');
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.ok(a.entity_groups[m.group].mentions.includes(a.entities.indexOf(m)));
      }
      for (const g of a.entity_groups) assert.equal(keys(g), 'name,type,mentions');
      for (const t of a.timexes) {
        assert.equal(keys(t), 'start,end,type,value,text,rule');
        assert.equal(text.slice(t.start, t.end), t.text);
      }
      for (const q of a.quotes) {
        assert.equal(keys(q), 'start,end,kind,text,speaker,speaker_span,cue,rule');
        assert.equal(text.slice(q.start, q.end), q.text);
        span(q.speaker_span);
        span(q.cue);
      }
      if (options && options.date) assert.equal(a.reference_date, '2024-03-06');
    }
  }
  const a = W.annotate(context.ANNOTATOR_SAMPLES.fr, { lang: 'auto', date: '' });
  assert.ok(a.entities.length > 3 && a.timexes.length > 2 && a.quotes.length > 1, 'the sample is annotated');
  assert.ok(a.quotes.some((q) => q.speaker && q.speaker_span), 'a quote has its speaker');
});

test('bad options throw an Error with a message', () => {
  assert.throws(() => W.annotate('x', { lang: 'de' }), /unsupported language/);
  assert.throws(() => W.annotate('x', { date: 'hier' }), /bad date/);
  assert.throws(() => W.annotate('x', 'fr'), /bad options/);
});
