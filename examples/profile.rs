//! A fixed workload for profilers. The first pass over the articles warms
//! every lazily built table up; the measured pass is `work`:
//!
//! ```text
//! valgrind --tool=callgrind --toggle-collect='profile::work' target/release/examples/profile [MB]
//! ```
//! (without `--toggle-collect`, start-up costs are counted too).
use annotator::{annotate, Options};

#[inline(never)]
fn work(texts: &[String], copies: usize) {
    for _ in 0..copies {
        for t in texts {
            std::hint::black_box(annotate(t, &Options::default()));
        }
    }
}

fn main() {
    let mb: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0.5);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir).unwrap().flatten().map(|e| std::fs::read_to_string(e.path()).unwrap()).collect();
    texts.sort();
    let one: usize = texts.iter().map(String::len).sum();
    for t in &texts {
        std::hint::black_box(annotate(t, &Options::default()));
    }
    let copies = ((mb * 1e6) as usize / one).max(1);
    eprintln!("profile: {} bytes measured", one * copies);
    work(&texts, copies);
}
