// ---- src/wasm.js, appended by scripts/build-page.sh ----
// The page's API over the core's exports: `wasm_bindgen.annotate` and
// `wasm_bindgen.interchange_json`, both `(text, options)` with options
// `{ lang: "auto"|"fr"|"en", date: "YYYY-MM-DD"|"" }`.
(function (wasm_bindgen) {
  // The options as the two strings the core reads (cheaper than reading the
  // object's fields from wasm); a missing, undefined or null field is "".
  const optionStrings = (options) => {
    if (options === undefined || options === null) return ['', ''];
    if (typeof options !== 'object') throw new Error('bad options: expected an object { lang, date }');
    const field = (name) => {
      const v = options[name];
      if (v === undefined || v === null) return '';
      if (typeof v !== 'string') throw new Error(`bad options: ${name} must be a string`);
      return v;
    };
    return [field('lang'), field('date')];
  };

  // The interchange format (JSON text, code point offsets), for export.
  wasm_bindgen.interchange_json = function interchange_json(text, options) {
    return wasm_bindgen.interchange_json_of(text, ...optionStrings(options));
  };

  // The annotations of `text` as plain objects, offsets in UTF-16 code
  // units. The core returns them packed (annotate_packed in src/wasm.rs):
  // one flat JSON array, the distinct strings first and then numbers in the
  // order below; -1 is none, and a text of -1 is the annotated span of the
  // input itself. Building the objects here is much cheaper than through the
  // wasm boundary or from keyed JSON.
  wasm_bindgen.annotate = function annotate(text, options) {
    const p = JSON.parse(wasm_bindgen.annotate_packed(text, ...optionStrings(options)));
    let i = p[0] + 1; // the strings are p[1..i]
    const num = () => p[i++];
    const str = () => { const k = p[i++]; return k < 0 ? null : p[k + 1]; };
    const body = (start, end) => { const k = p[i++]; return k < 0 ? text.slice(start, end) : p[k + 1]; };
    const part = () => {
      const start = p[i++];
      if (start < 0) return null;
      const end = p[i++];
      return { start, end, text: body(start, end) };
    };
    const list = (item) => { const n = p[i++]; const out = new Array(n); for (let k = 0; k < n; k++) out[k] = item(); return out; };
    const lang = str();
    const reference_date = str();
    const reference_date_source = str();
    const reference_date_span = part();
    const entities = list(() => {
      const start = num(), end = num();
      return { start, end, type: str(), text: body(start, end), group: num(), name: str(), rule: str() };
    });
    const entity_groups = list(() => ({ name: str(), type: str(), mentions: list(num) }));
    const timexes = list(() => {
      const start = num(), end = num();
      return { start, end, type: str(), value: str(), text: body(start, end), rule: str() };
    });
    const quotes = list(() => {
      const start = num(), end = num();
      return { start, end, kind: str(), text: body(start, end), speaker: str(), speaker_span: part(), cue: part(), rule: str() };
    });
    return { lang, reference_date, reference_date_source, reference_date_span, entities, entity_groups, timexes, quotes };
  };
})(wasm_bindgen);
