// The summary panels: names by type, timeline, quotes by speaker. Each item
// is a button that jumps to its place in the text. User text only through
// textContent.
(function (root) {
  'use strict';
  const R = root.AnnotatorRender;
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const LIMIT = 100; // rows shown per list before a "show all" button

  function button(cls, onClick, ...parts) {
    const b = el('button', 'link ' + (cls || ''));
    b.type = 'button';
    for (const p of parts) b.appendChild(typeof p === 'string' ? document.createTextNode(p) : p);
    b.addEventListener('click', onClick);
    return b;
  }

  /** A list that shows its first LIMIT rows and a button for the rest. */
  function list(tag, cls, rows, makeItem) {
    const ul = el(tag, cls);
    const add = (from, to) => { for (let i = from; i < to; i++) { const li = el('li'); li.appendChild(makeItem(rows[i])); ul.appendChild(li); } };
    add(0, Math.min(rows.length, LIMIT));
    if (rows.length > LIMIT) {
      const li = el('li', 'more');
      const more = el('button', null, `Show all ${rows.length}`);
      more.type = 'button';
      more.addEventListener('click', () => { li.remove(); add(LIMIT, rows.length); ul.children[LIMIT] && ul.children[LIMIT].querySelector('button').focus(); });
      li.appendChild(more);
      ul.appendChild(li);
    }
    return ul;
  }

  const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const empty = (text) => el('p', 'note', text);

  /** Draws the three panels for annotations `a`; `page` gives jumpTo(id)
   *  and selectGroup(group, name). */
  function draw(a, page) {
    const ents = document.getElementById('entities');
    ents.replaceChildren();
    const byType = R.entityPanel(a);
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const rows = byType[type];
      if (!rows) continue;
      const h = el('h3', 'type-' + type);
      const badge = el('span', 'badge', type);
      badge.setAttribute('aria-hidden', 'true');
      h.append(badge, ` ${R.label({ kind: type })} (${rows.length})`);
      ents.appendChild(h);
      ents.appendChild(list('ul', 'plain', rows, (row) => {
        const count = el('span', 'count', String(row.count));
        count.setAttribute('aria-label', row.count === 1 ? '1 mention' : row.count + ' mentions');
        return button('entity-row', () => page.selectGroup(row.group, row.name, 'e' + row.first), row.name + ' ', count);
      }));
    }
    if (!ents.firstChild) ents.appendChild(empty('No names found yet.'));

    const tl = document.getElementById('timeline');
    tl.replaceChildren();
    const rows = R.timeline(a);
    const calendar = rows.filter((r) => /^\d{4}/.test(r.value));
    const others = rows.filter((r) => !/^\d{4}/.test(r.value));
    const timeRow = (row) => {
      const readable = R.describeValue(row.value);
      const when = el('span', 'when', readable);
      const said = el('span', 'said', ` “${clip(row.text, 60)}”`);
      const value = el('span', 'value', readable !== row.value ? ` ${row.value}` : '');
      return button('time-row', () => page.jumpTo('t' + row.index), when, said, value);
    };
    if (calendar.length) tl.appendChild(list('ol', 'timeline', calendar, timeRow));
    if (others.length) {
      tl.appendChild(el('h3', null, 'Durations, recurrences and other times'));
      tl.appendChild(list('ul', 'plain', others, timeRow));
    }
    if (!rows.length) tl.appendChild(empty('No dates found yet.'));

    const qs = document.getElementById('quotes');
    qs.replaceChildren();
    for (const g of R.quotesBySpeaker(a)) {
      qs.appendChild(el('h3', g.speaker ? null : 'unknown', `${g.speaker || 'Speaker not named'} (${g.quotes.length})`));
      qs.appendChild(list('ul', 'plain', g.quotes, (q) => {
        const kind = el('span', 'badge', q.kind === 'direct' ? 'QUOTE' : 'SAID');
        kind.setAttribute('aria-hidden', 'true');
        const sr = el('span', 'sr-only', q.kind === 'direct' ? 'Direct quote: ' : 'Reported speech: ');
        // The mention the speaker was read from, when it is not the name (`he`).
        const via = q.mention && q.mention !== g.speaker ? el('span', 'via', ` — ${clip(q.mention, 40)}`) : '';
        return button('quote-row', () => page.jumpTo('q' + q.index), kind, sr, q.kind === 'direct' ? `“${clip(q.text, 120)}”` : clip(q.text, 120), via);
      }));
    }
    if (!qs.firstChild) qs.appendChild(empty('No quotes found yet.'));
  }

  root.AnnotatorPanels = { draw };
})(this);
