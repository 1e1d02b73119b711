//! Scores the quote layer on short invented articles with expected quotes
//! (`tests/fixtures/quotes/articles/`, format in its README): P/R/F1 per
//! kind and speaker accuracy per language, matched as the scorer does (same
//! kind, spans overlapping by half the longer one). Run with `--nocapture`
//! to see the figures and every miss.

use std::path::Path;

use annotator::{annotate, Lang, Options, QuoteKind};

struct Expected {
    kind: QuoteKind,
    start: usize,
    end: usize,
    /// Accepted speaker names (any case); empty when nobody is named.
    speakers: Vec<String>,
}

#[derive(Default)]
struct Tally {
    tp: [usize; 2],
    fp: [usize; 2],
    fn_: [usize; 2],
    speaker_ok: usize,
    speaker_n: usize,
}

fn parse(path: &Path) -> (String, Vec<Expected>) {
    let all = std::fs::read_to_string(path).unwrap();
    let (text, table) = all.split_once("\n---\n").expect("a --- line");
    let text = format!("{text}\n");
    let mut out = Vec::new();
    for line in table.lines().filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let kind = if cols[0] == "direct" { QuoteKind::Direct } else { QuoteKind::Indirect };
        let quoted = cols[1].replace("\\n", "\n");
        let nth: usize = cols.get(3).and_then(|n| n.parse().ok()).unwrap_or(1);
        let start = text.match_indices(quoted.as_str()).nth(nth - 1).unwrap_or_else(|| panic!("{}: {quoted:?} not found", path.display())).0;
        let speakers = if cols[2] == "-" { Vec::new() } else { cols[2].split(" / ").map(|s| s.trim().to_lowercase()).collect() };
        out.push(Expected { kind, start, end: start + quoted.len(), speakers });
    }
    (text, out)
}

/// Whether an accepted name and a given one are the same, in any case and
/// with or without a leading article (`l'US Marmande`, `US Marmande`).
fn same_name(want: &str, got: &str) -> bool {
    let bare = |s: &str| {
        let s = s.to_lowercase().replace('’', "'");
        ["l'", "le ", "la ", "les ", "the "].iter().find_map(|a| s.strip_prefix(a).map(str::to_string)).unwrap_or(s)
    };
    bare(want) == bare(got)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    let common = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    common * 2 >= (a.1 - a.0).max(b.1 - b.0)
}

fn score(lang: Lang, tally: &mut Tally, path: &Path) {
    let (text, expected) = parse(path);
    let got = annotate(&text, &Options { lang: Some(lang), ..Options::default() }).quotes;
    let mut used = vec![false; got.len()];
    let name = path.file_name().unwrap().to_string_lossy();
    for e in &expected {
        let k = usize::from(e.kind == QuoteKind::Indirect);
        let m = got.iter().enumerate().find(|(i, q)| !used[*i] && q.kind == e.kind && overlaps((q.start, q.end), (e.start, e.end)));
        let Some((i, q)) = m else {
            tally.fn_[k] += 1;
            println!("  {name}: missed {:?} {:?}", e.kind, &text[e.start..e.end]);
            continue;
        };
        used[i] = true;
        tally.tp[k] += 1;
        if !e.speakers.is_empty() {
            tally.speaker_n += 1;
            let said = [q.speaker.clone(), q.speaker_span.as_ref().map(|p| p.text.clone())];
            if said.iter().flatten().any(|s| e.speakers.iter().any(|w| same_name(w, s))) {
                tally.speaker_ok += 1;
            } else {
                println!("  {name}: speaker of {:?}: want {:?}, got {:?}", q.text, e.speakers[0], q.speaker);
            }
        }
    }
    for (q, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
        tally.fp[usize::from(q.kind == QuoteKind::Indirect)] += 1;
        println!("  {name}: spurious {:?} {:?} ({})", q.kind, q.text, q.rule);
    }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

/// Scores every article of one language; returns (direct F1, indirect F1, speaker accuracy).
fn run(lang: Lang, prefix: &str) -> (f64, f64, f64) {
    run_in("articles", lang, prefix)
}

/// [`run`] on the articles of `tests/fixtures/quotes/<folder>`.
fn run_in(folder: &str, lang: Lang, prefix: &str) -> (f64, f64, f64) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quotes").join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt") && p.file_name().unwrap().to_string_lossy().starts_with(prefix));
    paths.sort();
    assert!(!paths.is_empty());
    let mut t = Tally::default();
    for p in &paths {
        score(lang, &mut t, p);
    }
    let d = prf(t.tp[0], t.fp[0], t.fn_[0]);
    let i = prf(t.tp[1], t.fp[1], t.fn_[1]);
    let s = t.speaker_ok as f64 / t.speaker_n.max(1) as f64;
    println!("{folder}/{prefix}: direct P {:.3} R {:.3} F1 {:.3} | indirect P {:.3} R {:.3} F1 {:.3} | speakers {:.3} (n {})", d.0, d.1, d.2, i.0, i.1, i.2, s, t.speaker_n);
    (d.2, i.2, s)
}

#[test]
fn english_articles() {
    let (d, i, s) = run(Lang::En, "en-");
    assert!(d >= 0.95 && i >= 0.9 && s >= 0.93, "en: direct {d:.3} indirect {i:.3} speakers {s:.3}");
}

#[test]
fn french_articles() {
    let (d, i, s) = run(Lang::Fr, "fr-");
    assert!(d >= 0.95 && i >= 0.95 && s >= 0.95, "fr: direct {d:.3} indirect {i:.3} speakers {s:.3}");
}

/// The held-out French articles (`tests/fixtures/quotes/check/`), written
/// by the guidelines before anyone looked at the output and never tuned
/// on: the bars sit a little under what they scored when written, so a
/// change that costs there fails.
#[test]
fn french_held_out_articles() {
    let (d, i, s) = run_in("check", Lang::Fr, "fr-");
    assert!(d >= 0.95 && i >= 0.85 && s >= 0.80, "fr held out: direct {d:.3} indirect {i:.3} speakers {s:.3}");
}

/// The held-out English articles, likewise (two so far: pronouns among
/// people of both genders).
#[test]
fn english_held_out_articles() {
    let (d, i, s) = run_in("check", Lang::En, "en-");
    assert!(d >= 0.95 && i >= 0.8 && s >= 0.85, "en held out: direct {d:.3} indirect {i:.3} speakers {s:.3}");
}
