// Hand-made annotations for the browser tests, built from the text with a
// few naive patterns (the real layers are filled in by the Rust core). They
// have the wasm's shape and UTF-16 offsets, so the page draws them as it
// would draw real ones: names inside quotes, dates, a speaker per quote.
export function stubAnnotations(text, lang = 'fr') {
  const entities = [];
  const groups = new Map();
  // Names of our own test texts, longest first; [surface, type, canonical].
  const NAMES = [['Agence française de développement', 'ORG'], ['Harbour Trust of Port Ellery', 'ORG'], ['Ellery Gazette', 'ORG'],
    ['Claire Dubois', 'PER'], ['Dubois', 'PER', 'Claire Dubois'], ['Paul Martin', 'PER'], ['Martin', 'PER', 'Paul Martin'],
    ['Nadia Okafor', 'PER'], ['Okafor', 'PER', 'Nadia Okafor'], ['Tom Reyes', 'PER'], ['Reyes', 'PER', 'Tom Reyes'],
    ['Julien Morel', 'PER'], ['Marie Dupont', 'PER'], ['Léa Roux', 'PER'], ['Port Ellery', 'LOC'], ['Lyon', 'LOC'], ['Bruxelles', 'LOC'],
    ['Nantes', 'LOC'], ['Brest', 'LOC'], ['État', 'ORG']];
  const taken = [];
  for (const [surface, type] of NAMES) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      if (taken.some(([s, e]) => i < e && i + surface.length > s)) continue;
      if (/\p{L}/u.test(text[i - 1] || '') || /\p{L}/u.test(text[i + surface.length] || '')) continue;
      taken.push([i, i + surface.length]);
    }
  }
  taken.sort((x, y) => x[0] - y[0]);
  for (const [s, e] of taken) {
    const surface = text.slice(s, e);
    const n = NAMES.find((x) => x[0] === surface);
    const canonical = n[2] || surface;
    if (!groups.has(canonical)) groups.set(canonical, { name: canonical, type: n[1], mentions: [] });
    groups.get(canonical).mentions.push(entities.length);
    entities.push({ start: s, end: e, type: n[1], text: surface, group: [...groups.keys()].indexOf(canonical), name: canonical, rule: 'stub.name' });
  }
  const timexes = [];
  for (const m of text.matchAll(/\b(?:mardi |lundi |Thursday, )?\d{1,2} (?:mars|November|janvier) \d{4}|\b(?:lundi|Monday|jeudi prochain|next spring|in March)\b|septembre 2025|trois ans|two years|every hour|6 a\.m\./g)) {
    const t = m[0];
    const [type, value] = /ans|years/.test(t) ? ['DURATION', /trois/.test(t) ? 'P3Y' : 'P2Y'] : /every/.test(t) ? ['SET', 'PT1H']
      : /a\.m\./.test(t) ? ['TIME', '2024-11-07T06:00'] : /mars 2024/.test(t) ? ['DATE', '2024-03-12'] : /November/.test(t) ? ['DATE', '2024-11-07']
      : /septembre/.test(t) ? ['DATE', '2025-09'] : /jeudi/.test(t) ? ['DATE', '2024-03-14'] : /spring/.test(t) ? ['DATE', '2025-SP']
      : /March/.test(t) ? ['DATE', '2024-03'] : ['DATE', lang === 'fr' ? '2024-03-11' : '2024-11-04'];
    timexes.push({ start: m.index, end: m.index + t.length, type, value, text: t, rule: 'stub.date' });
  }
  const quotes = [];
  for (const m of text.matchAll(/« ([^»]+) »|"([^"]+)"/g)) {
    const inner = m[1] || m[2];
    const start = m.index + (m[1] ? 2 : 1);
    const after = entities.find((e) => e.start > start + inner.length && e.type === 'PER');
    quotes.push({ start, end: start + inner.length, kind: 'direct', text: inner, speaker: after ? after.name : null,
      speaker_span: after ? { start: after.start, end: after.end, text: after.text } : null, cue: null, rule: 'stub.quote' });
  }
  const ind = /(?:a affirmé que|said that|warned that) ([^.]+)/.exec(text);
  if (ind) {
    const start = ind.index + ind[0].length - ind[1].length;
    quotes.push({ start, end: start + ind[1].length, kind: 'indirect', text: ind[1], speaker: null, speaker_span: null, cue: null, rule: 'stub.indirect' });
  }
  quotes.sort((x, y) => x.start - y.start);
  const byStart = (x, y) => x.start - y.start;
  return { lang, reference_date: timexes[0] ? timexes[0].value : null, reference_date_source: 'article', reference_date_span: null,
    entities, entity_groups: [...groups.values()], timexes: timexes.sort(byStart), quotes };
}
