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

  /** Splits a tree's top-level nodes into chunks of about `size` UTF-16
   *  units, cut only inside top-level text right after a line break, so
   *  each chunk can be its own block (drawn and laid out separately) and
   *  the chunks' texts joined give the text back. */
  function chunks(nodes, size) {
    const out = [];
    let cur = [];
    let len = 0;
    for (const n of nodes) {
      if (n.text === undefined) {
        cur.push(n);
        len += n.item.end - n.item.start;
        continue;
      }
      let t = n.text;
      while (len + t.length >= size) {
        const cut = t.indexOf('\n', Math.max(0, size - len - 1));
        if (cut < 0) break;
        cur.push({ text: t.slice(0, cut + 1) });
        out.push(cur);
        cur = [];
        len = 0;
        t = t.slice(cut + 1);
      }
      if (t) { cur.push({ text: t }); len += t.length; }
    }
    if (cur.length) out.push(cur);
    return out;
  }

  const LABELS = {
    PER: 'Person', ORG: 'Organisation', LOC: 'Place', MISC: 'Other name',
    DATE: 'Date', TIME: 'Time', DURATION: 'Duration', SET: 'Recurrence',
    direct: 'Direct quote', indirect: 'Reported speech',
  };
  const BADGES = { DURATION: 'DUR', direct: 'QUOTE', indirect: 'SAID' };
  /** The long name of a type ("Person") and its short badge text ("PER"). */
  const label = (item) => LABELS[item.kind] || item.kind;
  const badge = (item) => BADGES[item.kind] || item.kind;

  const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', MI: 'minute', S: 'second', DE: 'decade', CE: 'century' };
  const PARTS = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
  const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
  const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const ordinal = (n) => n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th');
  const REFS = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };

  // Intl formatters are slow to make: one per locale and shape.
  const FORMATS = {
    day: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
    dayTime: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' },
    month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  };
  const formatters = new Map();
  function format(locale, shape) {
    const key = locale + ' ' + shape;
    if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale, FORMATS[shape]));
    return formatters.get(key);
  }

  /** Readable form of an ISO / TIMEX3 value, e.g. "Thursday, 4 January 2024",
   *  "3 months", "week 35 of 2022"; the value itself when it has no other. */
  function describeValue(value, locale) {
    const v = value || '';
    const loc = locale || 'en-GB';
    let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?|T(MO|AF|EV|NI|DT))?$/.exec(v);
    if (m) {
      const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 12, m[5] ? +m[5] : 0));
      if (isNaN(d)) return v;
      return format(loc, m[4] ? 'dayTime' : 'day').format(d) + (m[6] ? ', ' + PARTS[m[6]] : '');
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return format(loc, 'month').format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
    if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) return (m[3] ? 'weekend of week ' : 'week ') + +m[2] + ' of ' + m[1];
    if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return 'quarter ' + m[2] + ' of ' + m[1];
    if ((m = /^(\d{4})-H([12])$/.exec(v))) return (m[2] === '1' ? 'first' : 'second') + ' half of ' + m[1];
    if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return SEASONS[m[2]] + ' ' + m[1];
    if ((m = /^(\d{3})X?$/.exec(v))) return 'the ' + m[1] + '0s';
    if ((m = /^(\d{2})$/.exec(v))) return 'the ' + ordinal(+m[1] + 1) + ' century';
    if ((m = /^XXXX-WXX-([1-7])$/.exec(v))) return WEEKDAYS[+m[1] - 1];
    if (REFS[v]) return REFS[v];
    if ((m = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE)$/.exec(v))) {
      const unit = UNITS[m[1] && m[3] === 'M' ? 'MI' : m[3]];
      if (m[2] === 'X') return unit + 's';
      return m[2] + ' ' + unit + (m[2] === '1' ? '' : 's');
    }
    return v;
  }

  /** Details of an annotation as [label, value] pairs (tooltip, exports). */
  function fields(item) {
    const d = item.data;
    const out = [['Type', label(item)]];
    if (item.layer === 'entity') {
      if (d.name) out.push(['Name', d.name]);
    } else if (item.layer === 'timex') {
      const readable = describeValue(d.value);
      const every = d.type === 'SET' && readable !== d.value ? 'every ' + readable.replace(/^1 /, '') : readable;
      out.push(['Value', d.value + (readable !== d.value ? ' (' + every + ')' : '')]);
    } else {
      out.push(['Speaker', d.speaker || 'unknown']);
      // The mention the speaker was read from, when it says less (`he`, `Ortega`).
      const mention = d.speaker_span && d.speaker_span.text;
      if (mention && d.speaker && mention !== d.speaker) out.push(['Mention', mention]);
      if (d.cue && d.cue.text) out.push(['Cue', d.cue.text]);
    }
    return out;
  }

  /** One line of details for an annotation (screen readers, titles). */
  function details(item) {
    return fields(item).map(([k, v], i) => (i === 0 ? v : k.toLowerCase() + ': ' + v)).join(', ');
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
    // Decades (`199`) and centuries (`19`) sort where their years start.
    const key = (v) => (/^\d{2,3}$/.test(v) ? v.padEnd(4, '0') : v);
    const calendar = (v) => /^\d{4}/.test(key(v));
    rows.forEach((r) => { r.key = key(r.value); });
    return rows.sort((x, y) => (calendar(y.value) - calendar(x.value)) || (x.key < y.key ? -1 : x.key > y.key ? 1 : x.index - y.index)).map(({ key: _, ...r }) => r);
  }

  /** The entity mention (sorted `entities`) overlapping `span`, if any. */
  function mentionAt(entities, span) {
    let lo = 0;
    let hi = entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entities[mid].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const e = entities[lo];
    return e && e.start < span.end && e.end > span.start ? e : null;
  }

  /** Quotes grouped by speaker (unknown last), under one name across
   *  pronouns and short forms: the canonical name of the entity the
   *  speaker's mention rests on, else the speaker; a name that ends one
   *  longer name of the article (`Ortega`, `Daniel Ortega`) joins it. Each
   *  quote keeps the mention its speaker came from. */
  function quotesBySpeaker(a) {
    // The entity a speaker's mention rests on names it, unless the quote
    // stage named another bearer of its surname (`Mme Castel` after
    // `Bernard Castel` and `Marie Castel`).
    const last = (n) => n.split(' ').pop();
    const named = a.quotes.map((q) => {
      const e = q.speaker && q.speaker_span ? mentionAt(a.entities, q.speaker_span) : null;
      const other = e && e.name && q.speaker.includes(' ') && q.speaker !== e.name && !e.name.endsWith(q.speaker) && last(q.speaker) === last(e.name);
      return e && e.name && !other ? e.name : q.speaker || '';
    });
    const names = [...new Set(named.filter(Boolean))];
    const fullest = (n) => {
      const longer = names.filter((m) => m.length > n.length && m.toLowerCase().endsWith(' ' + n.toLowerCase()));
      return longer.length === 1 ? longer[0] : n;
    };
    const groups = new Map();
    a.quotes.forEach((q, i) => {
      const key = named[i] && fullest(named[i]);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push({ index: i, kind: q.kind, text: q.text, mention: q.speaker_span ? q.speaker_span.text : null });
    });
    return [...groups.entries()].sort((x, y) => (!x[0] - !y[0]) || y[1].length - x[1].length).map(([speaker, quotes]) => ({ speaker: speaker || null, quotes }));
  }

  const api = { items, tree, chunks, label, badge, describeValue, fields, details, entityPanel, timeline, quotesBySpeaker };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.AnnotatorRender = api;
})(this);
