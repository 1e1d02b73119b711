// The page's pure rendering functions, in Node.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const R = require('../../www/render.js');

const empty = { entities: [], entity_groups: [], timexes: [], quotes: [] };

function flatten(nodes) {
  return nodes.map((n) => (n.text !== undefined ? n.text : `[${n.item.id}:${flatten(n.children)}]`)).join('');
}

test('tree covers the text exactly and nests names inside quotes', () => {
  const text = '« Paris 🙂 ici », dit Marie.';
  const a = {
    ...empty,
    quotes: [{ start: 2, end: 14, kind: 'direct', text: 'Paris 🙂 ici' }],
    entities: [{ start: 2, end: 7, type: 'LOC', name: 'Paris', group: 0 }, { start: 22, end: 27, type: 'PER', name: 'Marie', group: 1 }],
  };
  const t = R.tree(text, a);
  assert.equal(flatten(t), '« [q0:[e0:Paris] 🙂 ici] », dit [e1:Marie].');
});

test('a crossing span is clipped at the end of its container', () => {
  const text = 'abcdefghij';
  const a = { ...empty, quotes: [{ start: 0, end: 5, kind: 'direct' }], timexes: [{ start: 3, end: 8, type: 'DATE', value: '2024' }] };
  assert.equal(flatten(R.tree(text, a)), '[q0:abc[t0:de]]fghij');
});

test('hidden types are left out', () => {
  const text = 'Paris et Lyon';
  const a = { ...empty, entities: [{ start: 0, end: 5, type: 'LOC' }, { start: 9, end: 13, type: 'ORG' }] };
  assert.equal(flatten(R.tree(text, a, (i) => i.kind !== 'ORG')), '[e0:Paris] et Lyon');
});

test('readable date values', () => {
  assert.equal(R.describeValue('2024-01-04', 'en-GB'), 'Thursday, 4 January 2024');
  assert.equal(R.describeValue('2023-10', 'en-GB'), 'October 2023');
  assert.equal(R.describeValue('P3M'), '3 months');
  assert.equal(R.describeValue('P1D'), '1 day');
  assert.equal(R.describeValue('PT2H'), '2 hours');
  assert.equal(R.describeValue('2022-W35'), 'week 35 of 2022');
  assert.equal(R.describeValue('PRESENT_REF'), 'now');
  assert.equal(R.describeValue('XXXX-10-26'), 'XXXX-10-26');
  assert.equal(R.describeValue('2024-01-04T14:30', 'en-GB'), 'Thursday, 4 January 2024 at 14:30');
  assert.equal(R.describeValue('2018-Q4'), 'quarter 4 of 2018');
  assert.equal(R.describeValue('199'), 'the 1990s');
  assert.equal(R.describeValue('19'), 'the 20th century');
  assert.equal(R.describeValue('20'), 'the 21st century');
  assert.equal(R.describeValue('XXXX-WXX-1'), 'Monday');
  assert.equal(R.describeValue('2013-W08-WE'), 'weekend of week 8 of 2013');
});

test('timeline: decades and centuries where their years start', () => {
  const a = { ...empty, timexes: [{ value: '2001', text: '2001' }, { value: '199', text: 'the 1990s' }, { value: '19', text: 'the 20th century' }, { value: 'P2Y', text: 'two years' }] };
  assert.deepEqual(R.timeline(a).map((r) => r.value), ['19', '199', '2001', 'P2Y']);
});

test('panels: entities by count, timeline in calendar order, quotes by speaker', () => {
  const a = {
    ...empty,
    entity_groups: [{ name: 'Lyon', type: 'LOC', mentions: [0] }, { name: 'Paris', type: 'LOC', mentions: [1, 2] }],
    timexes: [{ value: '2024-03', text: 'mars' }, { value: 'P3Y', text: 'trois ans' }, { value: '2023-12-01', text: '1er décembre' }],
    quotes: [{ speaker: null, kind: 'direct', text: 'x' }, { speaker: 'Ann', kind: 'direct', text: 'y' }, { speaker: 'Ann', kind: 'indirect', text: 'z' }],
  };
  assert.deepEqual(R.entityPanel(a).LOC.map((r) => r.name), ['Paris', 'Lyon']);
  assert.deepEqual(R.timeline(a).map((r) => r.value), ['2023-12-01', '2024-03', 'P3Y']);
  assert.deepEqual(R.quotesBySpeaker(a).map((g) => g.speaker), ['Ann', null]);
});

test('quotes by speaker: one group across pronouns, short forms and the entity a mention rests on', () => {
  const text = 'Daniel Ortega spoke. “A,” Mr. Ortega said. “B,” he said. “C,” said Ortega. Selon Marie Roux, D. “E,” a dit Roux.';
  const at = (s, n = 0) => { let i = -1; for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1); return i; };
  const span = (s, n) => ({ start: at(s, n), end: at(s, n) + s.length, text: s });
  const a = {
    ...empty,
    entities: [
      { start: at('Daniel Ortega'), end: at('Daniel Ortega') + 13, type: 'PER', name: 'Daniel Ortega', group: 0 },
      { start: at('Ortega', 1), end: at('Ortega', 1) + 6, type: 'PER', name: 'Daniel Ortega', group: 0 },
    ],
    entity_groups: [{ name: 'Daniel Ortega', type: 'PER', mentions: [0, 1] }],
    quotes: [
      { kind: 'direct', text: 'A,', speaker: 'Daniel Ortega', speaker_span: span('Ortega', 1) },
      { kind: 'direct', text: 'B,', speaker: 'Daniel Ortega', speaker_span: span('he', 0) },
      { kind: 'direct', text: 'C,', speaker: 'Ortega', speaker_span: span('Ortega', 2) },
      { kind: 'indirect', text: 'D', speaker: 'Marie Roux', speaker_span: span('Marie Roux', 0) },
      { kind: 'direct', text: 'E,', speaker: 'Roux', speaker_span: span('Roux', 1) },
      { kind: 'direct', text: 'F', speaker: null },
    ],
  };
  const groups = R.quotesBySpeaker(a);
  assert.deepEqual(groups.map((g) => [g.speaker, g.quotes.map((q) => q.text)]),
    [['Daniel Ortega', ['A,', 'B,', 'C,']], ['Marie Roux', ['D', 'E,']], [null, ['F']]]);
  // Each quote keeps the mention its speaker came from.
  assert.deepEqual(groups[0].quotes.map((q) => q.mention), ['Ortega', 'he', 'Ortega']);
  assert.equal(R.details({ layer: 'quote', kind: 'direct', data: a.quotes[1] }), 'Direct quote, speaker: Daniel Ortega, mention: he');
  assert.equal(R.details({ layer: 'quote', kind: 'direct', data: a.quotes[3] }), 'Direct quote, speaker: Marie Roux');
});

test('quotes by speaker: another bearer of the surname the quote stage named', () => {
  const text = 'Bernard Castel spoke. Marie Castel came. “A,” Mrs. Castel said. “B,” Castel said.';
  const at = (s, n = 0) => { let i = -1; for (let k = 0; k <= n; k++) i = text.indexOf(s, i + 1); return i; };
  const span = (s, n) => ({ start: at(s, n), end: at(s, n) + s.length, text: s });
  const a = {
    ...empty,
    entities: [
      { ...span('Bernard Castel', 0), type: 'PER', name: 'Bernard Castel', group: 0 },
      { ...span('Marie Castel', 0), type: 'PER', name: 'Marie Castel', group: 1 },
      { ...span('Castel', 2), type: 'PER', name: 'Bernard Castel', group: 0 },
      { ...span('Castel', 3), type: 'PER', name: 'Bernard Castel', group: 0 },
    ],
    entity_groups: [{ name: 'Bernard Castel', type: 'PER', mentions: [0, 2, 3] }, { name: 'Marie Castel', type: 'PER', mentions: [1] }],
    quotes: [
      { kind: 'direct', text: 'A,', speaker: 'Marie Castel', speaker_span: span('Castel', 2) },
      { kind: 'direct', text: 'B,', speaker: 'Bernard Castel', speaker_span: span('Castel', 3) },
    ],
  };
  assert.deepEqual(R.quotesBySpeaker(a).map((g) => [g.speaker, g.quotes.map((q) => q.text)]), [['Marie Castel', ['A,']], ['Bernard Castel', ['B,']]]);
});

test('details: type, canonical name, readable value, speaker and cue', () => {
  assert.equal(R.details({ layer: 'entity', kind: 'PER', data: { type: 'PER', name: 'Claire Dubois' } }), 'Person, name: Claire Dubois');
  assert.equal(R.details({ layer: 'timex', kind: 'DURATION', data: { type: 'DURATION', value: 'P3Y' } }), 'Duration, value: P3Y (3 years)');
  assert.equal(R.details({ layer: 'timex', kind: 'SET', data: { type: 'SET', value: 'P1W' } }), 'Recurrence, value: P1W (every week)');
  assert.equal(R.details({ layer: 'quote', kind: 'indirect', data: { speaker: null, cue: null } }), 'Reported speech, speaker: unknown');
  assert.equal(R.badge({ kind: 'direct' }), 'QUOTE');
  assert.equal(R.badge({ kind: 'PER' }), 'PER');
});

test('chunks cut after line breaks and give the text back', () => {
  const text = 'ligne un\nligne deux avec Paris\n« Paris\net Lyon »\nfin\n\nvraie fin';
  const a = { ...empty, entities: [{ start: text.indexOf('Paris'), end: text.indexOf('Paris') + 5, type: 'LOC' }],
    quotes: [{ start: text.indexOf('« '), end: text.indexOf(' »') + 2, kind: 'direct' }] };
  const t = R.tree(text, a);
  for (const size of [1, 5, 12, 1000]) {
    const cs = R.chunks(t, size);
    assert.equal(cs.map(flatten).join('').replace(/\[[a-z0-9]+:|\]/g, ''), text);
    cs.slice(0, -1).forEach((c) => assert.ok(flatten(c).endsWith('\n'), `size ${size}`));
  }
  assert.equal(R.chunks(t, 1000).length, 1);
  assert.deepEqual(R.chunks(t, 5).map(flatten), ['ligne un\n', 'ligne deux avec [e0:Paris]\n', '[q0:« Paris\net Lyon »]\n', 'fin\n\n', 'vraie fin']);
});
