//! The WebAssembly binding: options in, annotations out, offsets in UTF-16
//! code units so that JavaScript's `String.prototype.slice` takes them as
//! they are. No logic here; nothing panics across the boundary (bad options
//! become a `JsError` with a clear message). Its JavaScript half is
//! src/wasm.js: `wasm_bindgen.annotate` unpacks what [`annotate_packed`]
//! returns.

use wasm_bindgen::prelude::*;

use rustc_hash::FxHashMap;

use crate::text::OffsetMap;
use crate::{annotate as annotate_text, interchange, Annotations, Date, DateSource, EntityType, Lang, Options, Part, QuoteKind, TimexType};

// Talc instead of std's dlmalloc: a call makes many small allocations that
// live only for that call, and dlmalloc's malloc/free (with its large-chunk
// trees) cost a noticeable share of it. This module is wasm32-only, and the
// page runs single-threaded (no atomics), which this allocator requires.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "debug-panics")]
    console_error_panic_hook::set_once();
}

/// The options as src/wasm.js passes them, read from the page's
/// `{ lang, date }` there (plain strings cross the boundary in one copy;
/// reading the object's fields from here took a few % of a call):
/// `lang` "auto", "fr", "en" or ""; `date` "YYYY-MM-DD" or "".
fn options(lang: &str, date: &str) -> Result<Options, JsError> {
    let lang = match lang.trim() {
        "" | "auto" => None,
        code => Some(code.parse::<Lang>().map_err(|e| JsError::new(&e.to_string()))?),
    };
    let reference_date = match date.trim() {
        "" => None,
        d => Some(d.parse::<Date>().map_err(|_| JsError::new(&format!("bad date {d:?}: expected YYYY-MM-DD")))?),
    };
    Ok(Options { lang, reference_date })
}

/// Annotates `text`, packed for `wasm_bindgen.annotate` (src/wasm.js, which
/// build-page.sh appends to pkg/annotator.js) to unpack into the annotation
/// objects, every offset in UTF-16 code units.
///
/// Building the objects through the wasm boundary, one call per object and
/// property, cost more than annotating; JSON text and `JSON.parse` still a
/// fifth of the time, most of it for keys, numbers and texts that the
/// offsets give. So this is one flat JSON array: a table of the distinct
/// strings, then numbers in a fixed order; a text that is exactly the span
/// it annotates is not sent but sliced from the input in JavaScript.
#[wasm_bindgen]
pub fn annotate_packed(text: &str, lang: &str, date: &str) -> Result<String, JsError> {
    let options = options(lang, date)?;
    let found = annotate_text(text, &options);
    Ok(pack(text, &found))
}

/// Writes `a` as `[n_strings, strings…, numbers…]`, the numbers in the order
/// src/wasm.js reads them (the order of the fields). Strings are referred to by their index in the
/// table, -1 being none; a text by -1 when it is `text[start..end]`.
fn pack(text: &str, a: &Annotations) -> String {
    let map = OffsetMap::new(text);
    // Room for what a typical article needs, so that the table, its index
    // and the numbers are not grown (and copied, rehashed) as they fill up:
    // about ten numbers of up to five digits per annotation.
    let annotations = a.entities.len() + a.timexes.len() + a.quotes.len();
    let mut p = Packer {
        text,
        map: &map,
        strings: Vec::with_capacity(annotations + 8),
        index: FxHashMap::with_capacity_and_hasher(annotations + 8, Default::default()),
        nums: Vec::with_capacity(64 * annotations + 64),
    };
    p.string(a.lang.code());
    p.opt_string(a.reference_date.as_deref());
    p.opt_string(a.reference_date_source.as_ref().map(|s| match s {
        DateSource::Caller => "caller",
        DateSource::Article => "article",
    }));
    p.opt_part(a.reference_date_span.as_ref());
    p.num(a.entities.len());
    for m in &a.entities {
        p.offsets(m.start, m.end);
        p.string(entity_type(m.kind));
        p.body(m.start, m.end, &m.text);
        p.num(m.group);
        p.string(&m.name);
        p.string(&m.rule);
    }
    p.num(a.entity_groups.len());
    for g in &a.entity_groups {
        p.string(&g.name);
        p.string(entity_type(g.kind));
        p.num(g.mentions.len());
        for &i in &g.mentions {
            p.num(i);
        }
    }
    p.num(a.timexes.len());
    for t in &a.timexes {
        p.offsets(t.start, t.end);
        p.string(match t.kind {
            TimexType::DATE => "DATE",
            TimexType::TIME => "TIME",
            TimexType::DURATION => "DURATION",
            TimexType::SET => "SET",
        });
        p.string(&t.value);
        p.body(t.start, t.end, &t.text);
        p.string(&t.rule);
    }
    p.num(a.quotes.len());
    for q in &a.quotes {
        p.offsets(q.start, q.end);
        p.string(match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        });
        p.body(q.start, q.end, &q.text);
        p.opt_string(q.speaker.as_deref());
        p.opt_part(q.speaker_span.as_ref());
        p.opt_part(q.cue.as_ref());
        p.string(&q.rule);
    }
    let table: usize = p.strings.iter().map(|s| s.len() + 3).sum();
    let mut out = Vec::with_capacity(table + p.nums.len() + 16);
    out.push(b'[');
    out.extend_from_slice(itoa::Buffer::new().format(p.strings.len()).as_bytes());
    for s in &p.strings {
        out.push(b',');
        // Straight into `out`, no String per entry. Writing a &str to a Vec
        // never fails.
        let _ = serde_json::to_writer(&mut out, s);
    }
    out.extend_from_slice(&p.nums);
    out.push(b']');
    // Only UTF-8 went in (JSON strings and ASCII).
    String::from_utf8(out).unwrap_or_default()
}

fn entity_type(t: EntityType) -> &'static str {
    match t {
        EntityType::PER => "PER",
        EntityType::ORG => "ORG",
        EntityType::LOC => "LOC",
        EntityType::MISC => "MISC",
    }
}

struct Packer<'a> {
    text: &'a str,
    map: &'a OffsetMap,
    strings: Vec<&'a str>,
    /// A string's place in `strings`; only looked up, never iterated, so a
    /// fast hash changes nothing in the output.
    index: FxHashMap<&'a str, usize>,
    /// `,n,n,…`: every number, each after a comma.
    nums: Vec<u8>,
}

impl<'a> Packer<'a> {
    fn int(&mut self, n: i64) {
        self.nums.push(b',');
        self.nums.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    fn num(&mut self, n: usize) {
        self.int(n as i64);
    }

    fn string(&mut self, s: &'a str) {
        let next = self.strings.len();
        let i = *self.index.entry(s).or_insert(next);
        if i == next {
            self.strings.push(s);
        }
        self.num(i);
    }

    fn opt_string(&mut self, s: Option<&'a str>) {
        match s {
            Some(s) => self.string(s),
            None => self.int(-1),
        }
    }

    /// UTF-16 start and end.
    fn offsets(&mut self, start: usize, end: usize) {
        self.num(self.map.utf16_index(start));
        self.num(self.map.utf16_index(end));
    }

    /// The text of `start..end`: -1 when it is the input's own.
    fn body(&mut self, start: usize, end: usize, text: &'a str) {
        if self.text.get(start..end) == Some(text) {
            self.int(-1);
        } else {
            self.string(text);
        }
    }

    /// -1 for none, else the span.
    fn opt_part(&mut self, part: Option<&'a Part>) {
        match part {
            Some(p) => {
                self.offsets(p.start, p.end);
                self.body(p.start, p.end, &p.text);
            }
            None => self.int(-1),
        }
    }
}

/// The interchange format (JSON text, code point offsets) for export; the
/// page calls it as `wasm_bindgen.interchange_json(text, options)`
/// (src/wasm.js).
#[wasm_bindgen]
pub fn interchange_json_of(text: &str, lang: &str, date: &str) -> Result<String, JsError> {
    let options = options(lang, date)?;
    let found = annotate_text(text, &options);
    Ok(interchange::to_json(None, text, &found).to_string())
}

/// The crate version, for the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
