//! Scores the entity layer on our own short news articles
//! (`tests/fixtures/entities/articles/*.txt`, French and English), written
//! with inline markup: `[PER Jean Dupont]`, `[LOC Quimper]`. The file name's
//! prefix (`fr-`, `en-`) gives the language. Exact span and type, micro
//! P/R/F1 over PER/ORG/LOC per language (MISC printed apart), as in
//! `shared/tools/score.py`.
//!
//! `cargo test --release --test entities_articles -- --nocapture` prints the
//! figures and every error.

use std::collections::BTreeSet;
use std::path::Path;

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;
use annotator::types::EntityType;

/// Lowest PER/ORG/LOC F1 accepted per language.
const FLOOR: f64 = 0.85;

type Span = (usize, usize, EntityType);

/// The plain text of a marked-up article and its expected spans (byte offsets).
fn parse(marked: &str) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(marked.len());
    let mut spans = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        let close = inner.find(']').expect("unclosed [");
        let (tag, name) = inner[..close].split_once(' ').expect("[TYPE name]");
        let kind = match tag {
            "PER" => EntityType::PER,
            "ORG" => EntityType::ORG,
            "LOC" => EntityType::LOC,
            "MISC" => EntityType::MISC,
            other => panic!("unknown type {other}"),
        };
        spans.push((text.len(), text.len() + name.len(), kind));
        text.push_str(name);
        rest = &inner[close + 1..];
    }
    text.push_str(rest);
    (text, spans)
}

#[derive(Default)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn f1(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

fn articles() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities/articles");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("articles").flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).expect("utf-8")))
        .collect()
}

fn score(lang: Lang) -> (Prf, Prf) {
    let (mut core, mut misc) = (Prf::default(), Prf::default());
    for (name, marked) in articles().iter().filter(|(n, _)| n.starts_with(lang.code())) {
        let (text, gold) = parse(marked);
        let d = data(lang);
        let doc = Document::new(&text, &d.text);
        let (mentions, _) = entities::find(&doc, d);
        let pred: BTreeSet<Span> = mentions.iter().map(|m| (m.start, m.end, m.kind)).collect();
        let gold: BTreeSet<Span> = gold.into_iter().collect();
        for (set, is_misc) in [(&mut core, false), (&mut misc, true)] {
            let keep = |s: &&Span| (s.2 == EntityType::MISC) == is_misc;
            let g: BTreeSet<&Span> = gold.iter().filter(keep).collect();
            let p: BTreeSet<&Span> = pred.iter().filter(keep).collect();
            set.tp += g.intersection(&p).count();
            for s in g.difference(&p) {
                set.fn_ += 1;
                println!("{name}: missed {:?} {:?}", s.2, &text[s.0..s.1]);
            }
            for s in p.difference(&g) {
                set.fp += 1;
                let rule = mentions.iter().find(|m| (m.start, m.end) == (s.0, s.1)).map_or("", |m| m.rule.as_str());
                println!("{name}: spurious {:?} {:?} ({rule})", s.2, &text[s.0..s.1]);
            }
        }
    }
    (core, misc)
}

fn check(lang: Lang) {
    let (core, misc) = score(lang);
    let (p, r, f) = core.f1();
    let (mp, mr, mf) = misc.f1();
    println!("{lang} PER/ORG/LOC: P {p:.3} R {r:.3} F1 {f:.3} (tp {} fp {} fn {})", core.tp, core.fp, core.fn_);
    println!("{lang} MISC:        P {mp:.3} R {mr:.3} F1 {mf:.3} (tp {} fp {} fn {})", misc.tp, misc.fp, misc.fn_);
    assert!(f >= FLOOR, "{lang} entity F1 {f:.3} below {FLOOR}");
}

#[test]
fn markup_parses() {
    let (text, spans) = parse("Le maire [PER Jean Dupont] à [LOC Lyon].");
    assert_eq!(text, "Le maire Jean Dupont à Lyon.");
    assert_eq!(&text[spans[0].0..spans[0].1], "Jean Dupont");
    assert_eq!(spans[1].2, EntityType::LOC);
}

#[test]
fn french_articles() {
    check(Lang::Fr);
}

#[test]
fn english_articles() {
    check(Lang::En);
}
