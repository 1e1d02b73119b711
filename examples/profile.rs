//! A fixed workload for profilers: `valgrind --tool=callgrind target/release/examples/profile [MB]`.
use annotator::{annotate, Options};
fn main() {
    let mb: f64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0.5);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir).unwrap().flatten().map(|e| std::fs::read_to_string(e.path()).unwrap()).collect();
    texts.sort();
    let one: usize = texts.iter().map(String::len).sum();
    for _ in 0..((mb * 1e6) as usize / one).max(1) {
        for t in &texts {
            std::hint::black_box(annotate(t, &Options::default()));
        }
    }
}
