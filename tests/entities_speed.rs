//! Throughput of the entity layer on a large generated text. Ignored by
//! default; run with `cargo test --release --test entities_speed -- --ignored --nocapture`.

use std::time::Instant;

use annotator::entities;
use annotator::lang::{data, Lang};
use annotator::text::Document;

#[test]
#[ignore]
fn entity_layer_throughput() {
    let para = "Le porte-parole du Conseil de sécurité nationale, Paul Verdier, a déclaré lundi à Moscou que \
                l’OTAN et le ministère de la Défense britannique suivaient la situation en Corée du Nord. \
                Verdier a ajouté que les Russes n’avaient « rien à cacher », selon le Lakeside Post.\n";
    let text = para.repeat(20_000_000 / para.len());
    let d = data(Lang::Fr);
    let t0 = Instant::now();
    let doc = Document::new(&text, &d.text);
    let t1 = Instant::now();
    let (ms, _) = entities::find(&doc, d);
    let t2 = Instant::now();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{mb:.1} MB: segmentation {:.1} MB/s, entities {:.1} MB/s, {} mentions",
        mb / (t1 - t0).as_secs_f64(),
        mb / (t2 - t1).as_secs_f64(),
        ms.len()
    );
}

/// Throughput on short documents (the fixture articles, about 1 KB each),
/// the page's usual case: per-document costs dominate there.
#[test]
#[ignore]
fn entity_layer_short_documents() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts = Vec::new();
    for dir in ["articles", "entities/articles"] {
        for e in std::fs::read_dir(root.join(dir)).expect("fixtures").flatten() {
            let t = std::fs::read_to_string(e.path()).expect("utf-8");
            let lang = if e.file_name().to_string_lossy().starts_with("fr") { Lang::Fr } else { Lang::En };
            // Markup brackets out: `[PER Jean]` → `Jean`.
            let plain: String = t.split('[').map(|p| p.split_once(' ').filter(|_| p.contains(']')).map_or(p.to_string(), |(_, r)| r.replacen(']', "", 1))).collect();
            texts.push((plain, lang));
        }
    }
    let docs: Vec<(Document, Lang)> = texts.iter().map(|(t, l)| (Document::new(t, &data(*l).text), *l)).collect();
    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    let rounds = 20_000_000 / bytes;
    let mut found = 0;
    for (d, l) in &docs {
        found += entities::find(d, data(*l)).0.len(); // warm up: indexes built
    }
    let t0 = Instant::now();
    for _ in 0..rounds {
        for (d, l) in &docs {
            found += entities::find(d, data(*l)).0.len();
        }
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    println!("{} documents of {} bytes on average: entities {:.1} MB/s ({found} mentions)", docs.len(), bytes / docs.len(), mb / t0.elapsed().as_secs_f64());
}
