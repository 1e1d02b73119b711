//! `annotate`: the command-line tool.
//!
//! ```text
//! annotate [FILE]              one article (stdin when FILE is absent or -)
//!          --format json|text  output: interchange JSON (default) or a readable listing
//!          --jsonl IN          a batch: one {"id","text","lang"?,"dct"?} per line → one result per line
//!          --lang fr|en|auto   the language (default: detected)
//!          --date YYYY-MM-DD   the reference date (default: found in the article)
//!          --jobs N            with --jsonl: annotate on N threads (default 1; 0 = all cores)
//! ```
//! A batch streams: memory stays bounded whatever the file's size; output
//! keeps the input order; progress goes to stderr every few seconds.
//! Exit codes: 0 success, 1 input that could not be read or lines skipped, 2 bad usage.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

mod batch;

use annotator::{annotate, interchange, Annotations, Date, Lang, Options};

const USAGE: &str = "usage: annotate [FILE|-] [--format json|text] [--lang fr|en|auto] [--date YYYY-MM-DD]
       annotate --jsonl IN.jsonl [--jobs N] [--lang …] [--date …] > OUT.jsonl";

enum Format {
    Json,
    Text,
}

struct Args {
    input: Option<String>,
    jsonl: Option<String>,
    format: Format,
    options: Options,
    jobs: usize,
}

pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    let day = s.get(..10).unwrap_or(s);
    day.parse::<Date>().map_err(|_| format!("bad date {s:?}: expected YYYY-MM-DD"))
}

pub(crate) fn parse_lang(s: &str) -> Result<Option<Lang>, String> {
    if s == "auto" {
        return Ok(None);
    }
    s.parse::<Lang>().map(Some).map_err(|e| e.to_string())
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { input: None, jsonl: None, format: Format::Json, options: Options::default(), jobs: 1 };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--format" => {
                args.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("unknown format {other:?}: expected json or text")),
                }
            }
            "--jsonl" => args.jsonl = Some(value("--jsonl")?),
            "--jobs" => {
                let n = value("--jobs")?;
                args.jobs = n.parse().map_err(|_| format!("bad --jobs {n:?}: expected a whole number"))?;
                if args.jobs == 0 {
                    args.jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
                }
            }
            "--lang" => args.options.lang = parse_lang(&value("--lang")?)?,
            "--date" => args.options.reference_date = Some(parse_date(&value("--date")?)?),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if args.input.is_some() => return Err(format!("more than one input: {a}")),
            _ => args.input = Some(a),
        }
    }
    if args.jsonl.is_some() && args.input.is_some() {
        return Err("give either FILE or --jsonl IN, not both".into());
    }
    Ok(args)
}

fn read_input(path: Option<&str>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => {
            io::stdin().read_to_end(&mut bytes).map_err(|e| format!("stdin: {e}"))?;
        }
        Some(p) => bytes = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?,
    }
    Ok(bytes)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("annotate: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    let result = match &args.jsonl {
        Some(path) => batch::run(path, &args.options, args.jobs),
        None => run_one(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(1)
        }
    }
}

fn run_one(args: &Args) -> Result<(), String> {
    let name = args.input.as_deref().unwrap_or("stdin");
    let bytes = read_input(args.input.as_deref())?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{name}: not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to()))?;
    let found = annotate(&text, &args.options);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = match args.format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &interchange::to_json(None, &text, &found))
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out)),
        Format::Text => write_text(&mut out, &text, &found),
    };
    written.and_then(|_| out.flush()).map_err(|e| format!("writing output: {e}"))
}

/// A listing for people: one line per annotation.
fn write_text(out: &mut impl Write, text: &str, a: &Annotations) -> io::Result<()> {
    let map = annotator::text::OffsetMap::new(text);
    let at = |b: usize| map.char_index(b);
    writeln!(out, "language: {}", a.lang)?;
    match (&a.reference_date, &a.reference_date_source) {
        (Some(d), Some(src)) => writeln!(out, "reference date: {d} ({})", format!("{src:?}").to_lowercase())?,
        _ => writeln!(out, "reference date: none (relative dates stay relative)")?,
    }
    writeln!(out, "\nentities ({}):", a.entity_groups.len())?;
    for g in &a.entity_groups {
        writeln!(out, "  {:?}  {}  ×{}", g.kind, g.name, g.mentions.len())?;
    }
    writeln!(out, "\ndates and times ({}):", a.timexes.len())?;
    for t in &a.timexes {
        writeln!(out, "  {:>6}  {:?}  {}  {:?}", at(t.start), t.kind, t.value, t.text)?;
    }
    writeln!(out, "\nquotes ({}):", a.quotes.len())?;
    for q in &a.quotes {
        let speaker = q.speaker.as_deref().unwrap_or("(unknown)");
        let cue = q.cue.as_ref().map_or(String::new(), |c| format!(" [{}]", c.text));
        writeln!(out, "  {:>6}  {:?}  {speaker}{cue}: {:?}", at(q.start), q.kind, q.text)?;
    }
    Ok(())
}
