//! Benchmark: native throughput of the full pipeline, and the page's size.
//!
//! `cargo run --release --example bench [MB]` — a large mixed French/English
//! input (our own fixture articles repeated to MB megabytes, default 10) and
//! one long article (~30 KB); then the size of the page's files, raw and gzip
//! (gzip measured with the system's `gzip -9`).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use annotator::{annotate, Options};

fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("fixtures").flatten().map(|e| e.path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("utf-8 fixture")).collect()
}

/// Batches in which each throughput is measured; the best is reported, so
/// that another process on the machine slows a batch, not the figure. The
/// browser bench (bench/browser.mjs) measures the same way.
const BATCHES: usize = 5;

/// Annotates each text `rounds` times, in [`BATCHES`] batches; returns the
/// best batch's MB/s and the annotations found in one batch.
fn throughput(texts: &[String], rounds: usize) -> (f64, usize) {
    let per_batch = (rounds / BATCHES).max(1);
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * per_batch;
    let options = Options::default();
    let (mut best, mut found) = (0f64, 0);
    for _ in 0..BATCHES {
        let start = Instant::now();
        found = 0;
        for _ in 0..per_batch {
            for t in texts {
                let a = annotate(t, &options);
                found += a.entities.len() + a.timexes.len() + a.quotes.len();
            }
        }
        best = best.max(bytes as f64 / 1e6 / start.elapsed().as_secs_f64());
    }
    (best, found)
}

fn gzip_size(path: &Path) -> Option<usize> {
    let out = Command::new("gzip").args(["-9", "-c"]).arg(path).stderr(Stdio::null()).output().ok()?;
    Some(out.stdout.len())
}

fn main() {
    let mb: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10.0);
    let articles = fixtures();
    let one: usize = articles.iter().map(String::len).sum();
    let copies = ((mb * 1e6) as usize / one).max(1);
    // Mixed input: every article as its own document, many times over.
    let (speed, found) = throughput(&articles, copies);
    println!("{:<44} {:>8.1} MB/s  ({} annotations per batch)", format!("full pipeline, {:.1} MB mixed fr/en", (one * copies) as f64 / 1e6), speed, found);
    // One long article: the fixtures joined until ~30 KB.
    let mut long = String::new();
    while long.len() < 30_000 {
        for a in &articles {
            long.push_str(a);
            long.push('\n');
        }
    }
    let rounds = ((mb * 1e6) as usize / long.len()).max(1);
    let (speed, _) = throughput(std::slice::from_ref(&long), rounds);
    let per = long.len() as f64 / 1e6 / speed * 1e3;
    println!("{:<44} {:>8.1} MB/s  ({:.2} ms per article)", format!("one long article ({} KB)", long.len() / 1000), speed, per);

    scaling(&long);

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Every file the page loads over http: index.html, all of www/, the glue
    // and the module (not the base64 copy, only used from disk).
    let mut page: Vec<std::path::PathBuf> = ["index.html", "pkg/annotator.js", "pkg/annotator_bg.wasm"].iter().map(|f| root.join(f)).collect();
    let mut www: Vec<_> = std::fs::read_dir(root.join("www")).into_iter().flatten().flatten().map(|e| e.path()).collect();
    www.sort();
    page.extend(www.into_iter().filter(|p| p.extension().is_some_and(|x| x == "js" || x == "css")));
    let (mut raw, mut gz) = (0, 0);
    for p in page {
        let r = std::fs::metadata(&p).map(|m| m.len() as usize).unwrap_or(0);
        let g = gzip_size(&p).unwrap_or(0);
        if p.extension().is_some_and(|x| x == "wasm") {
            println!("{:<44} {:>8} KB raw  {:>6} KB gzip", "wasm module", r / 1000, g / 1000);
        }
        raw += r;
        gz += g;
    }
    println!("{:<44} {:>8} KB raw  {:>6} KB gzip", "whole page over http (html, js, css, wasm)", raw / 1000, gz / 1000);
    if let Some(peak) = peak_memory_kb() {
        println!("{:<44} {:>8} MB (includes the 10 MB test inputs)", "peak memory (VmHWM)", peak / 1000);
    }
}

/// The process's peak resident memory, from /proc (Linux only).
fn peak_memory_kb() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Time per byte against input size, for ordinary and pathological texts:
/// cost must grow linearly (the last column stays flat).
fn scaling(article: &str) {
    let kinds: [(&str, Box<dyn Fn(usize) -> String>); 6] = [
        ("articles as one text", Box::new(|n| repeat(article, n))),
        ("only capitalised words", Box::new(|n| repeat("Jean Paul Conseil Nations Unies Paris ONU NATO ", n))),
        ("unmatched quotation marks", Box::new(|n| repeat("« “ \" „ ‹ a dit « il ", n))),
        ("one paragraph, no newline", Box::new(|n| repeat(&article.replace('\n', " "), n))),
        ("no spaces at all", Box::new(|n| repeat("abcdéfghÉTATS-UNIS«»12:30,", n))),
        ("only digits", Box::new(|n| repeat("2024", n))),
    ];
    println!("\n{:<28} {:>10} {:>10} {:>10} {:>10} {:>10}   ns/byte", "input", "1 KB", "10 KB", "100 KB", "1 MB", "10 MB");
    for (name, make) in kinds {
        let mut row = format!("{name:<28}");
        let mut per_byte = Vec::new();
        for size in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
            let text = make(size);
            let rounds = (2_000_000 / size).max(1);
            let start = Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(annotate(&text, &Options::default()));
            }
            let ns = start.elapsed().as_nanos() as f64 / rounds as f64 / text.len() as f64;
            per_byte.push(ns);
            row.push_str(&format!(" {ns:>10.1}"));
        }
        let growth = per_byte[4] / per_byte[1].max(1e-9);
        println!("{row}   ×{growth:.1} from 10 KB to 10 MB");
    }
}

/// `unit` repeated to at least `n` bytes.
fn repeat(unit: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + unit.len());
    while s.len() < n {
        s.push_str(unit);
    }
    s
}
