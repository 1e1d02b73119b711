//! The interchange format: one JSON document per article, offsets in Unicode
//! code points, in the shape of the gold files (`entities`, `timexes`,
//! `quotes`) plus what else the annotator knows (canonical names, groups,
//! rule ids). Used by the command-line tool and the tests.

use serde_json::{json, Value};

use crate::text::OffsetMap;
use crate::types::Annotations;

/// `annotations` (byte offsets into `text`) as an interchange document.
/// `id` is copied when given.
pub fn to_json(id: Option<&Value>, text: &str, annotations: &Annotations) -> Value {
    let map = OffsetMap::new(text);
    let mut a = annotations.clone();
    a.map_offsets(|b| map.char_index(b));
    let mut doc = serde_json::to_value(&a).unwrap_or_else(|_| json!({}));
    if let Some(quotes) = doc.get_mut("quotes").and_then(Value::as_array_mut) {
        for q in quotes {
            // The gold format lists speaker mentions; ours is the one span
            // the attribution rests on.
            let mentions: Vec<Value> = q.get("speaker_span").filter(|s| !s.is_null()).cloned().into_iter().collect();
            q["speaker_mentions"] = Value::Array(mentions);
        }
    }
    if let Some(obj) = doc.as_object_mut() {
        if let Some(id) = id {
            obj.insert("id".into(), id.clone());
        }
        obj.insert("dct".into(), annotations.reference_date.clone().map_or(Value::Null, Value::String));
        obj.insert("text".into(), Value::String(text.to_string()));
    }
    doc
}
