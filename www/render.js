// Pure functions that turn annotations into a tree of text and marks, and
// into panel data. No DOM here: tested in Node (tests/js/render.test.js).
(function (root) {
  'use strict';

  const LAYER_ORDER = { quote: 0, entity: 1, timex: 2 };

  /** Flattens the three layers into one list of annotations with a layer,
   *  a label and an id. Offsets are UTF-16 code units (as the wasm gives). */
  function items(a) {
    const out = [];
    a.quotes.forEach((q, i) => out.push({ layer: 'quote', kind: q.kind, id: 'q' + i, start: q.start, end: q.end, data: q }));
    a.entities.forEach((m, i) => out.push({ layer: 'entity', kind: m.type, id: 'e' + i, start: m.start, end: m.end, data: m }));
    a.timexes.forEach((t, i) => out.push({ layer: 'timex', kind: t.type, id: 't' + i, start: t.start, end: t.end, data: t }));
    return out.filter((x) => x.end > x.start);
  }

  /** A tree of {text} and {item, children} nodes covering `text` exactly.
   *  Containment nests (a name inside a quote); an annotation that crosses
   *  the end of an enclosing one is clipped at that end. `visible(item)`
   *  filters what is shown. */
  function tree(text, annotations, visible) {
    const list = items(annotations).filter(visible || (() => true));
    list.sort((x, y) => x.start - y.start || y.end - x.end || LAYER_ORDER[x.layer] - LAYER_ORDER[y.layer]);
    const top = { children: [], end: text.length };
    const stack = [top];
    let pos = 0;
    const emit = (upto) => {
      if (upto > pos) {
        stack[stack.length - 1].children.push({ text: text.slice(pos, upto) });
        pos = upto;
      }
    };
    const close = () => {
      emit(stack[stack.length - 1].end);
      stack.pop();
    };
    for (const item of list) {
      while (stack.length > 1 && stack[stack.length - 1].end <= item.start) close();
      const start = Math.max(item.start, pos);
      const end = Math.min(item.end, stack[stack.length - 1].end);
      if (end <= start) continue;
      emit(start);
      const node = { item, children: [], end };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    }
    while (stack.length > 1) close();
    emit(text.length);
    return top.children;
  }

  /** Readable label of an ISO / TIMEX3 value, e.g. "Thursday 4 January 2024". */
  function describeValue(value, locale) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value || '');
    if (m) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0));
      const opts = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
      if (m[4]) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
      return d.toLocaleString(locale || 'en-GB', opts);
    }
    const ym = /^(\d{4})-(\d{2})$/.exec(value || '');
    if (ym) {
      return new Date(Date.UTC(+ym[1], +ym[2] - 1, 1)).toLocaleString(locale || 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' });
    }
    return value || '';
  }

  /** One line of details for an annotation (tooltip, screen readers). */
  function details(item) {
    const d = item.data;
    if (item.layer === 'entity') return `${d.type}: ${d.name}`;
    if (item.layer === 'timex') {
      const readable = describeValue(d.value);
      return `${d.type} ${d.value}` + (readable !== d.value ? ` (${readable})` : '');
    }
    const who = d.speaker || 'unknown speaker';
    return `${d.kind} quote — ${who}` + (d.cue ? ` (${d.cue.text})` : '');
  }

  /** Entities grouped by type, each type's entities by mention count. */
  function entityPanel(a) {
    const byType = {};
    a.entity_groups.forEach((g, i) => {
      (byType[g.type] = byType[g.type] || []).push({ group: i, name: g.name, count: g.mentions.length, first: g.mentions[0] });
    });
    for (const t in byType) byType[t].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
    return byType;
  }

  /** Dates and times with a calendar value, in calendar order; then the others. */
  function timeline(a) {
    const rows = a.timexes.map((t, i) => ({ index: i, value: t.value, text: t.text, type: t.type }));
    const calendar = (v) => /^\d{4}/.test(v);
    return rows.sort((x, y) => (calendar(y.value) - calendar(x.value)) || (x.value < y.value ? -1 : x.value > y.value ? 1 : x.index - y.index));
  }

  /** Quotes grouped by speaker (unknown last). */
  function quotesBySpeaker(a) {
    const groups = new Map();
    a.quotes.forEach((q, i) => {
      const key = q.speaker || '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push({ index: i, kind: q.kind, text: q.text });
    });
    return [...groups.entries()].sort((x, y) => (!x[0] - !y[0]) || y[1].length - x[1].length).map(([speaker, quotes]) => ({ speaker: speaker || null, quotes }));
  }

  const api = { items, tree, describeValue, details, entityPanel, timeline, quotesBySpeaker };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.AnnotatorRender = api;
})(this);
