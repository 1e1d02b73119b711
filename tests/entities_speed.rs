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
