//! `annotate`: the command-line tool.
//!
//! ```text
//! annotate [FILE]              one article (stdin when FILE is absent or -)
//!          --format json|text  output: interchange JSON (default) or a readable listing
//!          --jsonl IN          a batch: one {"id","text","lang"?,"dct"?} per line → one result per line
//!          --lang fr|en|auto   the language (default: detected)
//!          --date YYYY-MM-DD   the reference date (default: found in the article)
//! ```
//! Exit codes: 0 success, 1 input that could not be read or lines skipped, 2 bad usage.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use annotator::{annotate, interchange, Annotations, Date, Lang, Options};
use serde_json::Value;

const USAGE: &str = "usage: annotate [FILE|-] [--format json|text] [--lang fr|en|auto] [--date YYYY-MM-DD]
       annotate --jsonl IN.jsonl [--lang …] [--date …] > OUT.jsonl";

enum Format {
    Json,
    Text,
}

struct Args {
    input: Option<String>,
    jsonl: Option<String>,
    format: Format,
    options: Options,
}

fn parse_date(s: &str) -> Result<Date, String> {
    let day = s.get(..10).unwrap_or(s);
    day.parse::<Date>().map_err(|_| format!("bad date {s:?}: expected YYYY-MM-DD"))
}

fn parse_lang(s: &str) -> Result<Option<Lang>, String> {
    if s == "auto" {
        return Ok(None);
    }
    s.parse::<Lang>().map(Some).map_err(|e| e.to_string())
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { input: None, jsonl: None, format: Format::Json, options: Options::default() };
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
        Some(path) => run_jsonl(path, &args.options),
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

/// One document a line in, one a line out, in input order. Bad lines are
/// reported on stderr and skipped.
fn run_jsonl(path: &str, defaults: &Options) -> Result<(), String> {
    let reader: Box<dyn BufRead> = match path {
        "-" => Box::new(io::stdin().lock()),
        p => Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| format!("{p}: {e}"))?)),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut skipped = 0;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match annotate_line(&line, defaults) {
            Ok(doc) => {
                serde_json::to_writer(&mut out, &doc).map_err(|e| format!("writing output: {e}"))?;
                writeln!(out).map_err(|e| format!("writing output: {e}"))?;
            }
            Err(e) => {
                skipped += 1;
                eprintln!("annotate: {path}:{}: {e}; line skipped", n + 1);
            }
        }
    }
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    if skipped > 0 {
        return Err(format!("{skipped} line(s) skipped"));
    }
    Ok(())
}

fn annotate_line(line: &[u8], defaults: &Options) -> Result<Value, String> {
    let doc: Value = serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))?;
    let text = doc.get("text").and_then(Value::as_str).ok_or("no \"text\" string")?;
    let mut options = defaults.clone();
    if let Some(lang) = doc.get("lang").and_then(Value::as_str) {
        options.lang = parse_lang(lang)?.or(options.lang);
    }
    if let Some(dct) = doc.get("dct").and_then(Value::as_str) {
        options.reference_date = Some(parse_date(dct)?);
    }
    Ok(interchange::to_json(doc.get("id"), text, &annotate(text, &options)))
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
