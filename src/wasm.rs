//! The WebAssembly binding: options in, annotations out, offsets in UTF-16
//! code units so that JavaScript's `String.prototype.slice` takes them as
//! they are. No logic here; nothing panics across the boundary (bad options
//! become a `JsError` with a clear message).

use wasm_bindgen::prelude::*;

use crate::text::OffsetMap;
use crate::{annotate as annotate_text, interchange, Date, Lang, Options};

/// Options as the page passes them: `{ lang: "auto"|"fr"|"en", date: "YYYY-MM-DD"|"" }`.
#[derive(Default)]
struct JsOptions {
    lang: Option<String>,
    date: Option<String>,
}

impl JsOptions {
    /// Reads `{ lang, date }`; a missing, `undefined` or `null` field is unset.
    fn read(js: &JsValue) -> Result<JsOptions, JsError> {
        if js.is_undefined() || js.is_null() {
            return Ok(JsOptions::default());
        }
        if !js.is_object() {
            return Err(JsError::new("bad options: expected an object { lang, date }"));
        }
        let field = |name: &str| -> Result<Option<String>, JsError> {
            let v = js_sys::Reflect::get(js, &JsValue::from_str(name)).map_err(|_| JsError::new(&format!("bad options: cannot read {name}")))?;
            if v.is_undefined() || v.is_null() {
                return Ok(None);
            }
            v.as_string().map(Some).ok_or_else(|| JsError::new(&format!("bad options: {name} must be a string")))
        };
        Ok(JsOptions { lang: field("lang")?, date: field("date")? })
    }
}

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "debug-panics")]
    console_error_panic_hook::set_once();
}

fn options(js: JsValue) -> Result<Options, JsError> {
    let o = JsOptions::read(&js)?;
    let lang = match o.lang.as_deref().map(str::trim) {
        None | Some("") | Some("auto") => None,
        Some(code) => Some(code.parse::<Lang>().map_err(|e| JsError::new(&e.to_string()))?),
    };
    let reference_date = match o.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(
            d.parse::<Date>()
                .map_err(|_| JsError::new(&format!("bad date {d:?}: expected YYYY-MM-DD")))?,
        ),
    };
    Ok(Options { lang, reference_date })
}

/// Annotates `text`; every offset is in UTF-16 code units.
///
/// The result is built as JSON text in Rust and turned into objects by the
/// engine's `JSON.parse`: many times faster than creating each object and
/// property through the wasm boundary, and the same plain objects.
#[wasm_bindgen]
pub fn annotate(text: &str, options_js: JsValue) -> Result<JsValue, JsError> {
    let options = options(options_js)?;
    let mut found = annotate_text(text, &options);
    let map = OffsetMap::new(text);
    found.map_offsets(|b| map.utf16_index(b));
    let json = serde_json::to_string(&found).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("could not read the annotations"))
}

/// The interchange format (JSON text, code point offsets) for export.
#[wasm_bindgen]
pub fn interchange_json(text: &str, options_js: JsValue) -> Result<String, JsError> {
    let options = options(options_js)?;
    let found = annotate_text(text, &options);
    Ok(interchange::to_json(None, text, &found).to_string())
}

/// The crate version, for the page footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
