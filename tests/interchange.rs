//! The interchange format: code point offsets, pinned on text with accents,
//! guillemets, a typographic apostrophe and an emoji.

use annotator::{interchange, text::OffsetMap, Annotations, DateSource, Lang, Mention, EntityType, Part};
use serde_json::json;

fn sample() -> (&'static str, Annotations) {
    // Byte offsets: "Zoé" = 0..4, "🙂" = 5..9, "l’Élysée" = 10..22, "Élysée" = 14..22.
    let text = "Zoé 🙂 l’Élysée « oui »";
    let mention = |start, end, kind| Mention {
        start,
        end,
        kind,
        text: text[start..end].to_string(),
        group: 0,
        name: text[start..end].to_string(),
        rule: "test".into(),
    };
    let a = Annotations {
        lang: Lang::Fr,
        reference_date: Some("2024-01-02".into()),
        reference_date_source: Some(DateSource::Caller),
        reference_date_span: Some(Part::of(text, 0, 4)),
        entities: vec![mention(0, 4, EntityType::PER), mention(14, 22, EntityType::ORG)],
        entity_groups: vec![],
        timexes: vec![],
        quotes: vec![],
    };
    (text, a)
}

#[test]
fn byte_offsets_become_code_points() {
    let (text, a) = sample();
    assert_eq!(&text[14..22], "Élysée");
    let doc = interchange::to_json(Some(&json!("d1")), text, &a);
    assert_eq!(doc["id"], "d1");
    let e = &doc["entities"];
    assert_eq!((e[0]["start"].as_u64(), e[0]["end"].as_u64()), (Some(0), Some(3)));
    // Z o é ␠ 🙂 ␠ l ’ É → "Élysée" starts at code point 8.
    assert_eq!((e[1]["start"].as_u64(), e[1]["end"].as_u64()), (Some(8), Some(14)));
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[8..14].iter().collect();
    assert_eq!(s, "Élysée");
    assert_eq!(doc["entities"][1]["type"], "ORG");
    assert_eq!(doc["dct"], "2024-01-02");
    assert_eq!(doc["text"], text);
}

#[test]
fn utf16_offsets_for_javascript() {
    let (text, _) = sample();
    let map = OffsetMap::new(text);
    // The emoji takes two UTF-16 units: "Élysée" starts at unit 9.
    assert_eq!(map.utf16_index(14), 9);
    assert_eq!(map.utf16_index(22), 15);
    assert_eq!(map.char_index(14), 8);
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[9..15]).unwrap(), "Élysée");
}

#[test]
fn annotate_is_total_on_odd_input() {
    let odd = ["", " ", "\n\n\n", "«««", "»", "\"", "’’’", "🙂🙂🙂", "\u{0}\u{feff}x", "a\r\nb\rc", "M. . . .", "1.2.3.4"];
    for text in odd {
        let a = annotator::annotate(text, &annotator::Options::default());
        for (s, e) in a.entities.iter().map(|m| (m.start, m.end)).chain(a.timexes.iter().map(|t| (t.start, t.end))) {
            assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e), "{text:?}");
        }
    }
}
