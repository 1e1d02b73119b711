// The page: loads the wasm core, annotates the text as it changes and draws
// the highlights (in slices, so that a long article never freezes the page),
// the legend, the details tooltip and the panels. User text only ever reaches
// the DOM through text nodes and textContent.
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

  const LAYERS = [
    ['entity', 'Names', ['PER', 'ORG', 'LOC', 'MISC']],
    ['timex', 'Dates', ['DATE', 'TIME', 'DURATION', 'SET']],
    ['quote', 'Quotes', ['direct', 'indirect']],
  ];
  const hidden = new Set();
  let ready = false;
  let current = null; // { text, annotations }
  let byId = new Map();
  let userDate = '';  // the reader's own date, '' = as found in the article
  let io = null;
  let lastTiming = '';

  /** Loads the wasm: fetched over http(s) (compiling since boot.js ran),
   *  base64 from a script on file://. */
  function loadWasm() {
    if (location.protocol !== 'file:') {
      const fetched = () => wasm_bindgen({ module_or_path: 'pkg/annotator_bg.wasm' });
      const early = self.ANNOTATOR_WASM_MODULE;
      return early ? early.then((module) => wasm_bindgen({ module_or_path: module }), fetched) : fetched();
    }
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

  const say = (msg) => { $('status').textContent = msg; };
  const options = () => ({ lang: $('lang').value, date: userDate });
  const errText = (e) => (e && e.message ? e.message : String(e));

  function annotateNow() {
    clearTimeout(timer);
    if (!ready) return;
    const text = $('text').value;
    const t0 = performance.now();
    let a;
    try {
      a = wasm_bindgen.annotate(text, options());
    } catch (e) {
      say('Could not annotate: ' + errText(e));
      return;
    }
    show(text, a, performance.now() - t0);
    if (io) io.saveIfWanted(text);
  }

  /** Shows annotations `a` of `text`: controls, view (sliced), panels. */
  function show(text, a, ms) {
    current = { text, annotations: a };
    byId = new Map(R.items(a).map((x) => [x.id, x]));
    lastTiming = ms === undefined ? '' : `annotated in ${ms.toFixed(0)} ms`;
    const auto = $('lang').querySelector('option[value="auto"]');
    auto.textContent = a.lang && text.trim() ? `Detect (${a.lang === 'fr' ? 'French' : a.lang === 'en' ? 'English' : a.lang})` : 'Detect';
    if (!userDate) $('date').value = a.reference_date || '';
    const span = a.reference_date_span;
    $('date-note').textContent = userDate ? 'set by you'
      : a.reference_date_source === 'article' ? `found in the article${span ? ': “' + span.text.slice(0, 60) + '”' : ''}`
      : a.reference_date ? '' : text.trim() ? 'none found: relative dates stay relative' : '';
    $('date-reset').hidden = !userDate;
    updateCounts(a);
    self.AnnotatorPanels.draw(a, page);
    return draw();
  }

  let timer = 0;
  function schedule() {
    clearTimeout(timer);
    stopDrawing();
    // Longer texts wait a little longer, so that typing never stutters.
    const n = $('text').value.length;
    timer = setTimeout(annotateNow, n > 200000 ? 500 : n > 20000 ? 250 : 120);
  }

  const visible = (item) => !hidden.has(item.layer) && !hidden.has(item.layer + ':' + item.kind);

  function markFor(item) {
    const m = el('mark', `ann ${item.layer} ${item.layer}-${item.kind}`);
    m.tabIndex = 0;
    m.dataset.id = item.id;
    m.dataset.badge = R.badge(item);
    m.dataset.label = R.label(item);
    if (item.layer === 'entity') m.dataset.group = item.data.group;
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

  // The view is drawn in chunks of a few thousand characters, each its own
  // block with `content-visibility: auto` (the browser lays out only those
  // on screen), in slices of about 12 ms, the first one at once; a new edit
  // cancels the slices still to come.
  const CHUNK = 4000;
  let job = null;
  const nextTask = (fn) => { const ch = new MessageChannel(); ch.port1.onmessage = fn; ch.port2.postMessage(0); };
  function stopDrawing() { if (job) { job.cancelled = true; job = null; } }
  function draw() {
    stopDrawing();
    if (!current) return Promise.resolve();
    const view = $('view');
    const t0 = performance.now();
    const parts = R.chunks(R.tree(current.text, current.annotations, visible), CHUNK);
    view.replaceChildren();
    view.dataset.state = 'drawing';
    hideTip();
    const me = { cancelled: false, i: 0 };
    job = me;
    return new Promise((resolve) => {
      const step = (budget) => {
        if (me.cancelled) return resolve();
        const start = performance.now();
        const frag = document.createDocumentFragment();
        while (me.i < parts.length && performance.now() - start < budget) {
          const div = el('div', 'chunk');
          build(div, parts[me.i++]);
          frag.appendChild(div);
        }
        view.appendChild(frag);
        if (me.i < parts.length) { nextTask(() => step(12)); return; }
        me.cancelled = true;
        if (job === me) job = null;
        view.dataset.state = 'done';
        report(performance.now() - t0);
        resolve();
      };
      me.finish = () => step(Infinity);
      step(12);
    });
  }

  /** Makes sure the whole view is drawn (before jumping into it). */
  function finishDrawing() { if (job && job.finish) job.finish(); }

  function report(drawMs) {
    const a = current.annotations;
    if (!current.text.trim()) { say('Paste or type an article, open a file, or try a sample.'); return; }
    const n = (k) => a[k].length;
    say(`${n('entities')} names (${a.entity_groups.length} distinct), ${n('timexes')} dates and times, ${n('quotes')} quotes · ` +
      `${current.text.length.toLocaleString('en')} characters · ${[lastTiming, `drawn in ${drawMs.toFixed(0)} ms`].filter(Boolean).join(', ')}`);
  }

  function markOf(id) {
    finishDrawing();
    return $('view').querySelector(`mark[data-id="${id}"]`);
  }

  function jumpTo(id) {
    const m = markOf(id);
    if (!m) { say('That annotation is hidden: show its type in the legend.'); return; }
    m.scrollIntoView({ block: 'center' });
    m.focus({ preventScroll: true });
  }

  function clearSelection() {
    for (const m of $('view').querySelectorAll('mark.selected')) m.classList.remove('selected');
  }

  function selectGroup(group, name, firstId) {
    finishDrawing();
    clearSelection();
    const marks = $('view').querySelectorAll(`mark[data-group="${group}"]`);
    for (const m of marks) m.classList.add('selected');
    if (name !== undefined) say(`${marks.length} mention${marks.length === 1 ? '' : 's'} of ${name} highlighted. Esc clears.`);
    if (firstId) jumpTo(firstId);
  }

  function updateCounts(a) {
    const counts = {};
    for (const x of byId.values()) counts[x.layer + ':' + x.kind] = (counts[x.layer + ':' + x.kind] || 0) + 1;
    for (const c of $('legend').querySelectorAll('[data-key]')) {
      const key = c.dataset.key;
      const n = key.includes(':') ? counts[key] || 0 : Object.keys(counts).filter((k) => k.startsWith(key + ':')).reduce((s, k) => s + counts[k], 0);
      c.querySelector('.count').textContent = String(n);
    }
    return a;
  }

  function drawLegend() {
    const legend = $('legend');
    const toggle = (b, key) => {
      b.type = 'button';
      b.dataset.key = key;
      b.setAttribute('aria-pressed', 'true');
      b.addEventListener('click', () => {
        if (hidden.has(key)) hidden.delete(key); else hidden.add(key);
        b.setAttribute('aria-pressed', String(!hidden.has(key)));
        b.closest('.layer').classList.toggle('off', hidden.has(b.closest('.layer').dataset.layer));
        draw();
      });
      return b;
    };
    for (const [layer, name, kinds] of LAYERS) {
      const row = el('div', 'layer');
      row.dataset.layer = layer;
      const lb = toggle(el('button', 'chip layer-toggle'), layer);
      lb.append(name + ' ', el('span', 'count', '0'));
      row.appendChild(lb);
      for (const kind of kinds) {
        const item = { layer, kind };
        const b = toggle(el('button', `chip ${layer} ${layer}-${kind}`), layer + ':' + kind);
        const badge = el('span', 'badge', R.badge(item));
        badge.setAttribute('aria-hidden', 'true');
        b.append(badge, R.label(item) + ' ', el('span', 'count', '0'));
        row.appendChild(b);
      }
      legend.appendChild(row);
    }
  }

  // Details of the marks under the pointer or keyboard focus; Esc closes.
  const tip = () => $('tip');
  function hideTip() { tip().hidden = true; }
  function showTip(m) {
    const t = tip();
    t.replaceChildren();
    for (let x = m; x && x.matches && x.matches('mark.ann'); x = x.parentElement) {
      const item = byId.get(x.dataset.id);
      if (!item) continue;
      const box = el('div', `tip-item ${item.layer}-${item.kind}`);
      for (const [k, v] of R.fields(item)) {
        const line = el('div');
        line.append(el('span', 'k', k + ': '), v);
        box.appendChild(line);
      }
      t.appendChild(box);
    }
    if (!t.firstChild) return;
    t.hidden = false;
    const r = m.getBoundingClientRect();
    const w = document.documentElement.clientWidth;
    t.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + w - t.offsetWidth - 4)) + 'px';
    t.style.top = window.scrollY + r.bottom + 6 + 'px';
  }

  function wireTip() {
    const view = $('view');
    view.addEventListener('mouseover', (e) => { const m = e.target.closest('mark.ann'); if (m) showTip(m); });
    view.addEventListener('mouseout', (e) => { if (!e.relatedTarget || !e.relatedTarget.closest || !e.relatedTarget.closest('#view mark.ann')) hideTip(); });
    view.addEventListener('focusin', (e) => { const m = e.target.closest('mark.ann'); if (m) showTip(m); });
    view.addEventListener('focusout', hideTip);
    view.addEventListener('scroll', hideTip, { passive: true });
    view.addEventListener('click', (e) => {
      const m = e.target.closest('mark.entity');
      if (m) { const it = byId.get(m.dataset.id); selectGroup(m.dataset.group, it && it.data.name); }
    });
    view.addEventListener('keydown', (e) => {
      const m = e.target.closest && e.target.closest('mark.entity');
      if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); const it = byId.get(m.dataset.id); selectGroup(m.dataset.group, it && it.data.name); }
    });
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if (!tip().hidden) hideTip();
      else if ($('view').querySelector('mark.selected')) { clearSelection(); say('Selection cleared.'); }
    });
  }

  function setText(text, msg) {
    $('text').value = text;
    userDate = '';
    annotateNow();
    if (msg && ready) say(msg + ' ' + $('status').textContent);
  }

  const page = {
    text: () => $('text').value,
    current: () => current,
    say,
    setText,
    jumpTo,
    selectGroup,
    version: () => (ready ? wasm_bindgen.version() : ''),
    interchangeJson: () => wasm_bindgen.interchange_json(current.text, options()),
    /** Test hook: draws fixed annotations for `text`; resolves when drawn. */
    renderAnnotations: (text, annotations) => { clearTimeout(timer); $('text').value = text; return show(text, annotations); },
  };
  self.AnnotatorPage = page;

  function wire() {
    drawLegend();
    wireTip();
    $('text').addEventListener('input', schedule);
    $('lang').addEventListener('change', annotateNow);
    $('date').addEventListener('change', () => { userDate = $('date').value; annotateNow(); });
    $('date-reset').addEventListener('click', () => { userDate = ''; annotateNow(); $('date').focus(); });
    $('sample-fr').addEventListener('click', () => setText(self.ANNOTATOR_SAMPLES.fr));
    $('sample-en').addEventListener('click', () => setText(self.ANNOTATOR_SAMPLES.en));
    $('clear').addEventListener('click', () => { setText(''); $('text').focus(); });
    io = self.AnnotatorIO.wire(page);
  }

  /** Builds both languages' tables (date patterns, name indexes) while the
   *  reader is still pasting, so that the first article does not pay it. */
  function warmUp() {
    const t = performance.now();
    for (const lang of ['fr', 'en']) {
      try { wasm_bindgen.annotate(self.ANNOTATOR_SAMPLES[lang], { lang, date: '' }); } catch (e) { /* only a warm-up */ }
    }
    document.body.dataset.warmMs = String(Math.round(performance.now() - t));
    document.body.dataset.warm = 'true';
  }

  wire();
  loadWasm().then(() => {
    ready = true;
    $('version').textContent = wasm_bindgen.version();
    annotateNow();
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.ready = 'true';
    (self.requestIdleCallback || ((f) => setTimeout(f, 50)))(warmUp);
  }, (e) => {
    say('The annotator could not start: ' + errText(e));
  });
})();
