//! The date stage alone, for profilers: the stage's cost per byte and the
//! cost of building its regexes (the page's start-up), each in its own
//! function so that callgrind can count it apart:
//!
//! ```text
//! valgrind --tool=callgrind --toggle-collect='profile_dates::work' target/release/examples/profile_dates
//! valgrind --tool=callgrind --toggle-collect='profile_dates::docs' target/release/examples/profile_dates
//! valgrind --tool=callgrind --toggle-collect='profile_dates::warm' target/release/examples/profile_dates
//! ```
//! The stage is `work` less `docs` (segmentation, shared by every stage);
//! `warm` is the first pass, which builds the regexes.
use annotator::{dates, lang, text, Lang};

#[inline(never)]
fn work(texts: &[(String, Lang)], copies: usize) {
    for _ in 0..copies {
        for (t, l) in texts {
            let data = lang::data(*l);
            let doc = text::Document::new(t, &data.text);
            let scanned = dates::Scanned::new(&doc, data);
            let r = dates::find_reference_date_in(&doc, data, &scanned).map(|x| x.0);
            std::hint::black_box(dates::find_in(&doc, data, &scanned, r));
        }
    }
}
#[inline(never)]
fn docs(texts: &[(String, Lang)], copies: usize) {
    for _ in 0..copies {
        for (t, l) in texts {
            let data = lang::data(*l);
            std::hint::black_box(text::Document::new(t, &data.text));
        }
    }
}

#[inline(never)]
fn warm(texts: &[(String, Lang)]) {
    for (t, l) in texts {
        let data = lang::data(*l);
        let doc = text::Document::new(t, &data.text);
        let scanned = dates::Scanned::new(&doc, data);
        std::hint::black_box(dates::find_in(&doc, data, &scanned, None));
    }
}

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut texts: Vec<(String, Lang)> = std::fs::read_dir(dir).unwrap().flatten().map(|e| {
        let p = e.path();
        let l = if p.file_name().unwrap().to_str().unwrap().starts_with("fr") { Lang::Fr } else { Lang::En };
        (std::fs::read_to_string(p).unwrap(), l)
    }).collect();
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    let one: usize = texts.iter().map(|t| t.0.len()).sum();
    warm(&texts);
    let copies = (500_000 / one).max(1);
    eprintln!("profile: {} bytes measured", one * copies);
    work(&texts, copies);
    docs(&texts, copies);
}
