//! The WebAssembly binding: options in, annotations out, offsets in UTF-16
//! code units so that JavaScript's `String.prototype.slice` takes them as
//! they are. No logic here; nothing panics across the boundary (bad options
//! become a `JsError` with a clear message).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::text::OffsetMap;
use crate::{annotate as annotate_text, interchange, Date, Lang, Options};

/// Options as the page passes them: `{ lang: "auto"|"fr"|"en", date: "YYYY-MM-DD"|"" }`.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    lang: Option<String>,
    date: Option<String>,
}

#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "debug-panics")]
    console_error_panic_hook::set_once();
}

fn options(js: JsValue) -> Result<Options, JsError> {
    let o: JsOptions = if js.is_undefined() || js.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(js).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
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
#[wasm_bindgen]
pub fn annotate(text: &str, options_js: JsValue) -> Result<JsValue, JsError> {
    let options = options(options_js)?;
    let mut found = annotate_text(text, &options);
    let map = OffsetMap::new(text);
    found.map_offsets(|b| map.utf16_index(b));
    found
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
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
