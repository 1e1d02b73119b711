// The page: loads the wasm core, annotates the text as it changes and draws
// the highlights and panels. User text only ever reaches the DOM through
// textContent.
(function () {
  'use strict';
  const R = self.AnnotatorRender;
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const TYPES = [
    ['entity', 'PER', 'Person'], ['entity', 'ORG', 'Organisation'], ['entity', 'LOC', 'Place'], ['entity', 'MISC', 'Other name'],
    ['timex', 'DATE', 'Date'], ['timex', 'TIME', 'Time'], ['timex', 'DURATION', 'Duration'], ['timex', 'SET', 'Recurrence'],
    ['quote', 'direct', 'Direct quote'], ['quote', 'indirect', 'Reported speech'],
  ];
  const hidden = new Set();
  let current = null; // { text, annotations }
  let userDate = '';  // the reader's own date, '' = as found in the article

  /** Loads the wasm: fetched over http(s), base64 from a script on file://. */
  function loadWasm() {
    if (location.protocol !== 'file:') return wasm_bindgen({ module_or_path: 'pkg/annotator_bg.wasm' });
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = 'pkg/annotator_bg.wasm.b64.js';
      s.onload = () => {
        const bin = atob(self.ANNOTATOR_WASM_BASE64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        resolve(wasm_bindgen({ module_or_path: bytes }));
      };
      s.onerror = () => reject(new Error('could not load pkg/annotator_bg.wasm.b64.js'));
      document.head.appendChild(s);
    });
  }

  function options() {
    return { lang: $('lang').value, date: userDate };
  }

  function annotateNow() {
    const text = $('text').value;
    const t0 = performance.now();
    let a;
    try {
      a = wasm_bindgen.annotate(text, options());
    } catch (e) {
      $('status').textContent = 'Could not annotate: ' + (e && e.message ? e.message : e);
      return;
    }
    const ms = performance.now() - t0;
    current = { text, annotations: a };
    draw();
    const n = a.entities.length + a.timexes.length + a.quotes.length;
    $('status').textContent = text.trim()
      ? `${n} annotations (${a.entities.length} names, ${a.timexes.length} dates, ${a.quotes.length} quotes) · language ${a.lang} · ${ms.toFixed(1)} ms`
      : 'Paste or type an article.';
    if (!userDate) $('date').value = a.reference_date || '';
    $('date-note').textContent = userDate ? 'set by you' : a.reference_date_source === 'article' ? 'found in the article' : a.reference_date ? '' : 'none found: relative dates stay relative';
  }

  let timer = 0;
  function schedule() {
    clearTimeout(timer);
    // Longer texts wait a little longer, so that typing never stutters.
    timer = setTimeout(annotateNow, $('text').value.length > 100000 ? 400 : 120);
  }

  function visible(item) {
    return !hidden.has(item.layer + ':' + item.kind);
  }

  function markFor(item) {
    const d = item.data;
    const m = el('mark', `ann ${item.layer} ${item.layer}-${item.kind}`);
    m.tabIndex = 0;
    m.dataset.id = item.id;
    if (item.layer === 'entity') m.dataset.group = d.group;
    const badge = el('span', 'badge', item.layer === 'quote' ? (item.kind === 'direct' ? '“”' : 'said') : item.kind);
    badge.setAttribute('aria-hidden', 'true');
    m.appendChild(badge);
    m.setAttribute('aria-description', R.details(item));
    return m;
  }

  function build(parent, nodes) {
    for (const n of nodes) {
      if (n.text !== undefined) parent.appendChild(document.createTextNode(n.text));
      else {
        const m = markFor(n.item);
        build(m, n.children);
        parent.appendChild(m);
      }
    }
  }

  function draw() {
    if (!current) return;
    const view = $('view');
    view.replaceChildren();
    build(view, R.tree(current.text, current.annotations, visible));
    drawPanels(current.annotations);
  }

  function jumpTo(id) {
    const m = $('view').querySelector(`mark[data-id="${id}"]`);
    if (m) {
      m.scrollIntoView({ block: 'center', behavior: 'smooth' });
      m.focus({ preventScroll: true });
    }
  }

  function selectGroup(group) {
    for (const m of $('view').querySelectorAll('mark.selected')) m.classList.remove('selected');
    for (const m of $('view').querySelectorAll(`mark[data-group="${group}"]`)) m.classList.add('selected');
  }

  function drawPanels(a) {
    const ents = $('entities');
    ents.replaceChildren();
    const byType = R.entityPanel(a);
    for (const [, type, label] of TYPES.filter((t) => t[0] === 'entity')) {
      if (!byType[type]) continue;
      ents.appendChild(el('h3', `entity-${type}`, `${label} (${byType[type].length})`));
      const ul = el('ul', 'plain');
      for (const row of byType[type]) {
        const b = el('button', 'link', `${row.name} ×${row.count}`);
        b.type = 'button';
        b.addEventListener('click', () => { selectGroup(row.group); jumpTo('e' + row.first); });
        const li = el('li');
        li.appendChild(b);
        ul.appendChild(li);
      }
      ents.appendChild(ul);
    }
    const tl = $('timeline');
    tl.replaceChildren();
    for (const row of R.timeline(a)) {
      const li = el('li');
      const b = el('button', 'link', `${row.value} — ${row.text}`);
      b.type = 'button';
      b.title = R.describeValue(row.value);
      b.addEventListener('click', () => jumpTo('t' + row.index));
      li.appendChild(b);
      tl.appendChild(li);
    }
    const qs = $('quotes');
    qs.replaceChildren();
    for (const g of R.quotesBySpeaker(a)) {
      qs.appendChild(el('h3', null, g.speaker || 'Unknown speaker'));
      const ul = el('ul', 'plain');
      for (const q of g.quotes) {
        const b = el('button', 'link', (q.kind === 'direct' ? '“' : '') + q.text.slice(0, 90) + (q.text.length > 90 ? '…' : '') + (q.kind === 'direct' ? '”' : ''));
        b.type = 'button';
        b.addEventListener('click', () => jumpTo('q' + q.index));
        const li = el('li');
        li.appendChild(b);
        ul.appendChild(li);
      }
      qs.appendChild(ul);
    }
  }

  function drawLegend() {
    const legend = $('legend');
    for (const [layer, kind, label] of TYPES) {
      const b = el('button', `chip ${layer}-${kind}`);
      b.type = 'button';
      b.setAttribute('aria-pressed', 'true');
      b.appendChild(el('span', 'badge', layer === 'quote' ? (kind === 'direct' ? '“”' : 'said') : kind));
      b.appendChild(document.createTextNode(' ' + label));
      b.addEventListener('click', () => {
        const key = layer + ':' + kind;
        if (hidden.has(key)) hidden.delete(key); else hidden.add(key);
        b.setAttribute('aria-pressed', String(!hidden.has(key)));
        draw();
      });
      legend.appendChild(b);
    }
  }

  function tooltip() {
    const tip = $('tip');
    const show = (m) => {
      const item = current && R.items(current.annotations).find((x) => x.id === m.dataset.id);
      if (!item) return;
      tip.textContent = R.details(item);
      tip.hidden = false;
      const r = m.getBoundingClientRect();
      tip.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4)) + 'px';
      tip.style.top = window.scrollY + r.bottom + 6 + 'px';
    };
    const hide = () => { tip.hidden = true; };
    const view = $('view');
    view.addEventListener('mouseover', (e) => { const m = e.target.closest('mark'); if (m) show(m); });
    view.addEventListener('mouseout', (e) => { if (!e.relatedTarget || !view.contains(e.relatedTarget)) hide(); });
    view.addEventListener('focusin', (e) => { const m = e.target.closest('mark'); if (m) show(m); });
    view.addEventListener('focusout', hide);
    view.addEventListener('click', (e) => { const m = e.target.closest('mark.entity'); if (m) selectGroup(m.dataset.group); });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  }

  function wire() {
    drawLegend();
    tooltip();
    $('text').addEventListener('input', schedule);
    $('lang').addEventListener('change', annotateNow);
    $('date').addEventListener('change', () => { userDate = $('date').value; annotateNow(); });
    $('sample').addEventListener('click', () => { $('text').value = self.ANNOTATOR_SAMPLE; userDate = ''; annotateNow(); });
    $('clear').addEventListener('click', () => { $('text').value = ''; userDate = ''; annotateNow(); $('text').focus(); });
  }

  wire();
  loadWasm().then(() => {
    $('version').textContent = wasm_bindgen.version();
    document.body.dataset.ready = 'true';
    annotateNow();
  }, (e) => {
    $('status').textContent = 'The annotator could not start: ' + (e && e.message ? e.message : e);
  });
})();
