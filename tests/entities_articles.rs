//! Scores the whole entity layer (rules and tagger) on our own news
//! articles, written with inline markup: `[PER Jean Dupont]`, `[LOC
//! Quimper]`. Two sets:
//! - `tests/fixtures/entities/articles/{fr,en}-*.txt`: eight short
//!   articles written while the rules were tuned;
//! - `tests/fixtures/entities/news/{fr,en}/NN-*.txt` with `NN % 5 == 0`:
//!   the held-out test split of the articles the tagger is trained on
//!   (`scripts/train/corpus_lib/ours.py`), never trained nor tuned on.
//! Exact span and type, micro P/R/F1 over PER/ORG/LOC per language (MISC
//! printed apart), as in `shared/tools/score.py`. On the held-out split the
//! tagger must also beat the rules alone by a clear margin.
//!
//! `cargo test --release --test entities_articles -- --nocapture` prints the
//! figures and every error.

use std::collections::BTreeSet;
use std::path::Path;

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;
use annotator::types::EntityType;

/// Lowest PER/ORG/LOC F1 accepted on the eight tuning articles.
const FLOOR: f64 = 0.82;
/// Lowest PER/ORG/LOC F1 accepted on the held-out news split, and the
/// least gain over the rules alone there.
const HELD_OUT_FLOOR: f64 = 0.78;
const HELD_OUT_GAIN: f64 = 0.10;

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

/// `(file name, marked text)` of the eight tuning articles of `lang`.
fn articles(lang: Lang) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities/articles");
    read_dir(&dir, |n| n.starts_with(lang.code()))
}

/// `(file name, marked text)` of the held-out news articles of `lang`.
fn held_out(lang: Lang) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities/news").join(lang.code());
    read_dir(&dir, |n| n.split('-').next().and_then(|k| k.parse::<u32>().ok()).is_some_and(|k| k % 5 == 0))
}

fn read_dir(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("articles").flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .filter(|(n, _)| n.ends_with(".txt") && keep(n))
        .map(|(n, p)| (n, std::fs::read_to_string(p).expect("utf-8")))
        .collect()
}

/// PER/ORG/LOC and MISC counts of the whole layer (`tagger`) or the rules alone.
fn score(lang: Lang, docs: &[(String, String)], tagger: bool, print: bool) -> (Prf, Prf) {
    let (mut core, mut misc) = (Prf::default(), Prf::default());
    let d = data(lang);
    let model = if tagger { entities::tagger::model(d) } else { None };
    for (name, marked) in docs {
        let (text, gold) = parse(marked);
        let doc = Document::new(&text, &d.text);
        let (mentions, _) = entities::find_with(&doc, d, model);
        let pred: BTreeSet<Span> = mentions.iter().map(|m| (m.start, m.end, m.kind)).collect();
        let gold: BTreeSet<Span> = gold.into_iter().collect();
        for (set, is_misc) in [(&mut core, false), (&mut misc, true)] {
            let keep = |s: &&Span| (s.2 == EntityType::MISC) == is_misc;
            let g: BTreeSet<&Span> = gold.iter().filter(keep).collect();
            let p: BTreeSet<&Span> = pred.iter().filter(keep).collect();
            set.tp += g.intersection(&p).count();
            for s in g.difference(&p) {
                set.fn_ += 1;
                if print {
                    println!("{name}: missed {:?} {:?}", s.2, &text[s.0..s.1]);
                }
            }
            for s in p.difference(&g) {
                set.fp += 1;
                let rule = mentions.iter().find(|m| (m.start, m.end) == (s.0, s.1)).map_or("", |m| m.rule.as_str());
                if print {
                    println!("{name}: spurious {:?} {:?} ({rule})", s.2, &text[s.0..s.1]);
                }
            }
        }
    }
    (core, misc)
}

/// Prints the figures of one set; returns its PER/ORG/LOC F1.
fn report(what: &str, lang: Lang, core: &Prf, misc: &Prf) -> f64 {
    let (p, r, f) = core.f1();
    let (mp, mr, mf) = misc.f1();
    println!("{lang} {what} PER/ORG/LOC: P {p:.3} R {r:.3} F1 {f:.3} (tp {} fp {} fn {})", core.tp, core.fp, core.fn_);
    println!("{lang} {what} MISC:        P {mp:.3} R {mr:.3} F1 {mf:.3} (tp {} fp {} fn {})", misc.tp, misc.fp, misc.fn_);
    f
}

fn check(lang: Lang) {
    let (core, misc) = score(lang, &articles(lang), true, true);
    let f = report("tuning articles", lang, &core, &misc);
    assert!(f >= FLOOR, "{lang} entity F1 {f:.3} below {FLOOR}");
}

fn check_held_out(lang: Lang) {
    let docs = held_out(lang);
    assert!(docs.len() >= 9, "{lang}: the held-out articles are missing");
    let (core, misc) = score(lang, &docs, true, true);
    let f = report("held-out news", lang, &core, &misc);
    let (rcore, rmisc) = score(lang, &docs, false, false);
    let rf = report("held-out news, rules alone", lang, &rcore, &rmisc);
    assert!(f >= HELD_OUT_FLOOR, "{lang} held-out entity F1 {f:.3} below {HELD_OUT_FLOOR}");
    assert!(f >= rf + HELD_OUT_GAIN, "{lang} held-out: the tagger ({f:.3}) does not beat the rules alone ({rf:.3}) by {HELD_OUT_GAIN}");
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

#[test]
fn french_held_out_news() {
    check_held_out(Lang::Fr);
}

#[test]
fn english_held_out_news() {
    check_held_out(Lang::En);
}
