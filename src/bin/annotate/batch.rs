//! `annotate --jsonl`: one document a line in, one a line out, in input
//! order. Lines are read in bounded batches, so memory stays constant
//! whatever the file's size; each batch is annotated on `jobs` threads. Bad
//! lines are reported on stderr and skipped; the rest go on.

use std::io::{self, BufRead, BufWriter, Write};
use std::time::{Duration, Instant};

use annotator::{annotate, interchange, Options};
use serde_json::Value;

use crate::{parse_date, parse_lang};

/// Lines per thread in one batch.
const LINES_PER_JOB: usize = 64;
const PROGRESS_EVERY: Duration = Duration::from_secs(3);

pub fn run(path: &str, defaults: &Options, jobs: usize) -> Result<(), String> {
    let mut reader: Box<dyn BufRead> = match path {
        "-" => Box::new(io::stdin().lock()),
        p => Box::new(io::BufReader::new(std::fs::File::open(p).map_err(|e| format!("{p}: {e}"))?)),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let jobs = jobs.max(1);
    let started = Instant::now();
    let mut last_report = started;
    let (mut line_no, mut done, mut bytes, mut skipped) = (0usize, 0usize, 0usize, 0usize);
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(jobs * LINES_PER_JOB);
        while batch.len() < jobs * LINES_PER_JOB {
            let mut line = Vec::new();
            if reader.read_until(b'\n', &mut line).map_err(|e| format!("{path}: {e}"))? == 0 {
                break;
            }
            line_no += 1;
            if !line.iter().all(u8::is_ascii_whitespace) {
                bytes += line.len();
                batch.push((line_no, line));
            }
        }
        if batch.is_empty() {
            break;
        }
        for ((n, _), result) in batch.iter().zip(annotate_batch(&batch, defaults, jobs)) {
            match result {
                Ok(doc) => {
                    serde_json::to_writer(&mut out, &doc).map_err(|e| format!("writing output: {e}"))?;
                    writeln!(out).map_err(|e| format!("writing output: {e}"))?;
                    done += 1;
                }
                Err(e) => {
                    skipped += 1;
                    eprintln!("annotate: {path}:{n}: {e}; line skipped");
                }
            }
        }
        if last_report.elapsed() >= PROGRESS_EVERY {
            last_report = Instant::now();
            let secs = started.elapsed().as_secs_f64();
            eprintln!("annotate: {done} documents, {:.1} MB, {:.1} MB/s", bytes as f64 / 1e6, bytes as f64 / 1e6 / secs);
        }
    }
    out.flush().map_err(|e| format!("writing output: {e}"))?;
    if skipped > 0 {
        return Err(format!("{skipped} line(s) skipped"));
    }
    Ok(())
}

/// Annotates a batch on `jobs` threads; results in batch order.
fn annotate_batch(batch: &[(usize, Vec<u8>)], defaults: &Options, jobs: usize) -> Vec<Result<Value, String>> {
    if jobs == 1 {
        return batch.iter().map(|(_, l)| annotate_line(l, defaults)).collect();
    }
    let chunk = batch.len().div_ceil(jobs);
    std::thread::scope(|s| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(|(_, l)| annotate_line(l, defaults)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|_| vec![Err("internal error".to_string())]))
            .collect()
    })
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
