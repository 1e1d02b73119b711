//! French quotations in the forms online news writes them: short quotes
//! after a source marker, initials, appositions and coordinated verbs.

mod quotes_common;
use annotator::Lang;
use quotes_common::check;

/// `Selon X, « … »`, `Pour X, « … »`: a quotation that is all the source's
/// content is a direct quote, not also a reported clause in marks.
#[test]
fn short_quote_after_a_source_marker() {
    check(Lang::Fr, &[
        ("Selon le maire, « rien ne change ».", &[('d', "rien ne change", Some("le maire"))]),
        ("Pour la directrice, « tout est prêt ».", &[('d', "tout est prêt", Some("la directrice"))]),
        // With words of its own, the clause holds a partial quote.
        (
            "Selon le maire, le projet reste « en bonne voie ».",
            &[('i', "le projet reste « en bonne voie »", Some("le maire")), ('d', "en bonne voie", Some("le maire"))],
        ),
    ]);
}
