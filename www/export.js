// Pure export functions: CSV per layer and a standalone HTML file of the
// highlighted article. No DOM here: tested in Node (tests/js/export.test.js).
// Offsets in the exports are Unicode code points, like the interchange JSON.
(function (root) {
  'use strict';
  const R = root.AnnotatorRender || (typeof require !== 'undefined' ? require('./render.js') : null);

  /** Maps UTF-16 offsets (the page's) to code point offsets (the exports'). */
  function codePoints(text) {
    if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
    const map = new Int32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      map[i] = cp;
      const c = text.charCodeAt(i);
      if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
    }
    map[text.length] = cp;
    return (i) => map[i];
  }

  /** One CSV cell: formula-looking text is neutralised with a leading ',
   *  then quoted when it holds a quote, comma or line break (RFC 4180). */
  function csvCell(v) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  /** Rows (arrays) to CSV text with CRLF line ends. */
  function csv(rows) {
    return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  function entitiesCsv(text, a) {
    const cp = codePoints(text);
    const rows = [['start', 'end', 'type', 'text', 'canonical_name', 'group', 'rule']];
    for (const e of a.entities) rows.push([cp(e.start), cp(e.end), e.type, e.text, e.name, e.group, e.rule]);
    return csv(rows);
  }

  function timexesCsv(text, a) {
    const cp = codePoints(text);
    const rows = [['start', 'end', 'type', 'value', 'readable', 'text', 'rule']];
    for (const t of a.timexes) {
      const readable = R ? R.describeValue(t.value) : t.value;
      rows.push([cp(t.start), cp(t.end), t.type, t.value, readable !== t.value ? readable : '', t.text, t.rule]);
    }
    return csv(rows);
  }

  function quotesCsv(text, a) {
    const cp = codePoints(text);
    const rows = [['start', 'end', 'kind', 'speaker', 'speaker_start', 'speaker_end', 'cue', 'text', 'rule']];
    for (const q of a.quotes) {
      const sp = q.speaker_span;
      rows.push([cp(q.start), cp(q.end), q.kind, q.speaker, sp ? cp(sp.start) : '', sp ? cp(sp.end) : '', q.cue ? q.cue.text : '', q.text, q.rule]);
    }
    return csv(rows);
  }

  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  /** Text for HTML content or a quoted attribute value. */
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ESC[c]);
  }

  const EXPORT_CSS = `body{font:16px/1.9 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
article{white-space:pre-wrap;overflow-wrap:anywhere}
.meta{color:#555;font-size:.9rem;line-height:1.5}
mark{color:inherit;border-radius:3px;padding:0 .1em}
mark::before{content:attr(data-badge);font-size:.65em;font-weight:700;vertical-align:.15em;margin-right:.2em;padding:0 .25em;border:1px solid currentColor;border-radius:2px}
.entity-PER{background:#fde4c4}.entity-PER::before{color:#8a4b00}
.entity-ORG{background:#d4e9f7}.entity-ORG::before{color:#004f80}
.entity-LOC{background:#d2efe3}.entity-LOC::before{color:#00563a}
.entity-MISC{background:#f2ddea}.entity-MISC::before{color:#7a2858}
.timex{background:#fbf5c4}.timex::before{color:#5e5200}
.quote{background:transparent;border-bottom:2px solid #3a3a8c;padding:0}.quote-indirect{border-bottom-style:dashed}.quote::before{color:#3a3a8c}
@media (forced-colors:active){mark{forced-color-adjust:none;background:Mark;color:MarkText;border:1px solid CanvasText}}`;

  /** A standalone HTML document of the highlighted article: inline CSS, no
   *  script, every piece of text escaped; details in each mark's title. */
  function htmlExport(text, a, opts) {
    const o = opts || {};
    const out = [];
    const walk = (nodes) => {
      for (const n of nodes) {
        if (n.text !== undefined) { out.push(escapeHtml(n.text)); continue; }
        const it = n.item;
        out.push(`<mark class="${it.layer} ${it.layer}-${escapeHtml(it.kind)}" data-badge="${escapeHtml(R.badge(it))}" title="${escapeHtml(R.details(it))}">`);
        walk(n.children);
        out.push('</mark>');
      }
    };
    walk(R.tree(text, a));
    const lang = a.lang === 'fr' || a.lang === 'en' ? a.lang : 'und';
    const meta = [`${a.entities.length} names, ${a.timexes.length} dates and times, ${a.quotes.length} quotes`];
    if (a.lang) meta.push('language: ' + a.lang);
    if (a.reference_date) meta.push('publication date: ' + a.reference_date);
    return '<!doctype html>\n<html lang="' + lang + '">\n<head>\n<meta charset="utf-8">\n' +
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      '<title>' + escapeHtml(o.title || 'Annotated article') + '</title>\n<style>\n' + EXPORT_CSS + '\n</style>\n</head>\n<body>\n' +
      '<p class="meta">' + escapeHtml(meta.join(' · ')) + ' · Article Annotator' + (o.version ? ' ' + escapeHtml(o.version) : '') + '</p>\n' +
      '<article>' + out.join('') + '</article>\n</body>\n</html>\n';
  }

  const api = { codePoints, csvCell, csv, entitiesCsv, timexesCsv, quotesCsv, escapeHtml, htmlExport };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.AnnotatorExport = api;
})(this);
