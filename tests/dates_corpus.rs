//! The date corpora (`tests/fixtures/dates/`): every phrase under its
//! expected type and value, and negative lines that must yield nothing.
//! Every failing line is reported, not only the first.

use annotator::{annotate, Date, Lang, Options, Timex};

struct Case {
    line: usize,
    text: String,
    /// Byte range the timex must cover exactly.
    want: (usize, usize),
    kind: String,
    value: String,
    reference: Date,
    /// `& ` lines (ranges) may find other timexes beside this one.
    others_allowed: bool,
}

fn parse(corpus: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut reference: Date = "2024-01-23".parse().unwrap();
    let (mut kind, mut value) = (String::new(), String::new());
    for (i, raw) in corpus.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(d) = line.strip_prefix("= ") {
            reference = d.trim().parse().expect("reference date");
        } else if let Some(head) = line.strip_prefix("@ ") {
            let (k, v) = head.split_once(' ').expect("@ TYPE VALUE");
            (kind, value) = (k.to_string(), v.trim().to_string());
        } else {
            let (line, others_allowed) = match line.strip_prefix("& ") {
                Some(rest) => (rest, true),
                None => (line, false),
            };
            let (text, want) = match (line.find('['), line.find(']')) {
                (Some(a), Some(b)) if a < b => {
                    let text = format!("{}{}{}", &line[..a], &line[a + 1..b], &line[b + 1..]);
                    (text, (a, b - 1))
                }
                _ => (line.to_string(), (0, line.len())),
            };
            let (kind, value) = (kind.clone(), value.clone());
            cases.push(Case { line: i + 1, text, want, kind, value, reference, others_allowed });
        }
    }
    cases
}

fn timexes(text: &str, lang: Lang, reference: Date) -> Vec<Timex> {
    let options = Options { lang: Some(lang), reference_date: Some(reference) };
    annotate(text, &options).timexes
}

fn show(found: &[Timex]) -> String {
    let all: Vec<String> = found.iter().map(|t| format!("{:?} {} {:?} ({})", t.kind, t.value, t.text, t.rule)).collect();
    format!("[{}]", all.join("; "))
}

fn run(lang: Lang, corpus: &str) -> Vec<String> {
    let mut failures = Vec::new();
    for case in parse(corpus) {
        let found = timexes(&case.text, lang, case.reference);
        let hit = found.iter().find(|t| (t.start, t.end) == case.want);
        let ok = (found.len() == 1 || case.others_allowed)
            && hit.is_some_and(|t| format!("{:?}", t.kind) == case.kind && t.value == case.value);
        if !ok {
            let want = &case.text[case.want.0..case.want.1];
            failures.push(format!(
                "{lang} line {}: {:?}: want {} {} on {want:?}, got {}",
                case.line,
                case.text,
                case.kind,
                case.value,
                show(&found)
            ));
        }
    }
    failures
}

fn run_negative(lang: Lang, corpus: &str) -> Vec<String> {
    let reference: Date = "2024-01-23".parse().unwrap();
    let lines = corpus.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    lines
        .filter_map(|(i, line)| {
            let found = timexes(line, lang, reference);
            (!found.is_empty()).then(|| format!("{lang} negative line {}: {line:?}: got {}", i + 1, show(&found)))
        })
        .collect()
}

fn report(failures: Vec<String>, total: usize) {
    if !failures.is_empty() {
        panic!("{} of {total} cases fail:\n{}", failures.len(), failures.join("\n"));
    }
}

/// Each language's corpora: the common phrases, the written and numeric
/// forms, the relative families, and sentences as news reports them.
const FR: [&str; 4] = [
    include_str!("fixtures/dates/fr.txt"),
    include_str!("fixtures/dates/fr.forms.txt"),
    include_str!("fixtures/dates/fr.relative.txt"),
    include_str!("fixtures/dates/fr.articles.txt"),
];
const EN: [&str; 4] = [
    include_str!("fixtures/dates/en.txt"),
    include_str!("fixtures/dates/en.forms.txt"),
    include_str!("fixtures/dates/en.relative.txt"),
    include_str!("fixtures/dates/en.articles.txt"),
];

fn run_all(lang: Lang, corpora: &[&str]) {
    let failures = corpora.iter().flat_map(|c| run(lang, c)).collect();
    report(failures, corpora.iter().map(|c| parse(c).len()).sum());
}

#[test]
fn french_corpus() {
    run_all(Lang::Fr, &FR);
}

#[test]
fn english_corpus() {
    run_all(Lang::En, &EN);
}

#[test]
fn french_negative_corpus() {
    let corpus = include_str!("fixtures/dates/fr.negative.txt");
    report(run_negative(Lang::Fr, corpus), corpus.lines().count());
}

#[test]
fn english_negative_corpus() {
    let corpus = include_str!("fixtures/dates/en.negative.txt");
    report(run_negative(Lang::En, corpus), corpus.lines().count());
}
