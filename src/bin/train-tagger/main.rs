//! Trains a language's entity tagger, and writes predictions for scoring.
//!
//! ```text
//! train-tagger train --lang fr --out data/models/fr.tagger --train A.jsonl,B.jsonl [--epochs 8] [--bits 16] [--dropout 20] [--runs 4] [--prune 8]
//! train-tagger cv --lang fr --train A.jsonl,B.jsonl [--folds 5] [--epochs 8] [--bits 16] [--dropout 20] [--runs 4] [--prune 8] > OUT.jsonl
//! train-tagger predict --lang fr [--rules | --model FILE] IN.jsonl > OUT.jsonl
//! ```
//! Documents are in the gold format of the annotation guidelines (code
//! point offsets; `annotated.entities` lists the types a corpus marks), as
//! `scripts/train/corpora.py` writes them. `train` runs the averaged
//! perceptron (`tagger/train.rs`) for `--epochs` passes over all the files'
//! documents pooled, in a fixed shuffled order, with `--dropout` percent of
//! the features sitting out each step, and writes the model. `cv` tags every
//! document with a model trained without its fold, the way to choose
//! settings without a test split. `predict` writes the entity mentions of
//! each document (with `--rules`: the rules alone). Both write the
//! interchange format for `../shared/tools/score.py`.
//!
//! Built with `--features train` only; `scripts/train/tagger.sh` runs it.

use std::io::{BufRead, BufWriter, Write};

use annotator::entities::tagger::labels::{label, OUTSIDE};
use annotator::entities::tagger::model::{self, Model};
use annotator::entities::tagger::train::{Instance, Perceptron, Rng};
use annotator::entities::tagger::features::TEMPLATES;
use annotator::entities::{self, find_with};
use annotator::lang::{data, Lang, LangData};
use annotator::text::{fold, Document, OffsetMap};
use annotator::types::EntityType;
use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("train") => train(&args[1..]),
        Some("cv") => cross_validate(&args[1..]),
        Some("predict") => predict(&args[1..]),
        _ => Err("usage: train-tagger train|cv|predict … (see the source's header)".into()),
    };
    if let Err(e) = result {
        eprintln!("train-tagger: {e}");
        std::process::exit(2);
    }
}

fn opt<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

fn lang_of(args: &[String]) -> Result<&'static LangData, String> {
    let code = opt(args, "--lang").ok_or("--lang fr|en is needed")?;
    let lang: Lang = code.parse().map_err(|e| format!("{e}"))?;
    Ok(data(lang))
}

fn read_docs(path: &str) -> Result<Vec<Value>, String> {
    let f = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if !line.trim().is_empty() {
            out.push(serde_json::from_str(&line).map_err(|e| format!("{path}:{}: {e}", n + 1))?);
        }
    }
    Ok(out)
}

fn entity_type(t: &str) -> Option<EntityType> {
    match t {
        "PER" => Some(EntityType::PER),
        "ORG" => Some(EntityType::ORG),
        "LOC" => Some(EntityType::LOC),
        "MISC" => Some(EntityType::MISC),
        _ => None,
    }
}

/// A gold document as tokens with features and gold labels. Gold names
/// that the guidelines do not count are dropped (a nationality word the
/// corpus marks MISC). Where a corpus does not mark MISC, its other names
/// are `O` as well: the rules' MISC names there are mostly wrong, and
/// taking them for gold had the tagger keep them (MISC precision 0.23
/// against 0.76 in cross-validation on our French articles).
fn instance(lang: &LangData, doc: &Value) -> Instance {
    let text = doc["text"].as_str().unwrap_or("");
    let d = Document::new(text, &lang.text);
    let input = entities::tagger_input(&d, lang);
    let offsets = OffsetMap::new(text);
    let mut gold = vec![OUTSIDE; d.tokens.len()];
    for e in doc["entities"].as_array().into_iter().flatten() {
        let (Some(s), Some(t), Some(kind)) = (e["start"].as_u64(), e["end"].as_u64(), e["type"].as_str().and_then(entity_type)) else { continue };
        let (s, t) = (offsets.byte_of_char(s as usize), offsets.byte_of_char(t as usize));
        if kind == EntityType::MISC && !text[s..t].contains(' ') && entities::is_nationality(lang, &fold(&text[s..t])) {
            continue;
        }
        let mut first = true;
        for (k, tok) in d.tokens.iter().enumerate() {
            if tok.end > s && tok.start < t {
                gold[k] = label(kind, !first);
                first = false;
            }
        }
    }
    Instance::new(input, gold)
}

/// A corpus file's documents.
struct Corpus {
    docs: Vec<Value>,
    instances: Vec<Instance>,
}

fn load(lang: &LangData, files: &str) -> Result<Vec<Corpus>, String> {
    let mut out = Vec::new();
    for path in files.split(',').filter(|p| !p.is_empty()) {
        let docs = read_docs(path)?;
        let instances = docs.iter().map(|d| instance(lang, d)).collect();
        eprintln!("train-tagger: {path}: {} documents", docs.len());
        out.push(Corpus { docs, instances });
    }
    Ok(out)
}

/// Training settings from the command line.
struct Settings {
    epochs: usize,
    bits: u32,
    /// Percent of the features that sit out each training step.
    dropout: u64,
    /// Runs averaged into the model.
    runs: usize,
    /// Weights below this (of 127) are left out of the model file.
    prune: i8,
}

fn settings(args: &[String]) -> Result<Settings, String> {
    Ok(Settings {
        epochs: opt(args, "--epochs").unwrap_or("8").parse().map_err(|_| "--epochs N")?,
        bits: opt(args, "--bits").unwrap_or("16").parse().map_err(|_| "--bits B")?,
        dropout: opt(args, "--dropout").unwrap_or("20").parse().map_err(|_| "--dropout PERCENT")?,
        prune: opt(args, "--prune").unwrap_or("8").parse().map_err(|_| "--prune N (1..127)")?,
        runs: opt(args, "--runs").unwrap_or("4").parse::<usize>().map_err(|_| "--runs N")?.max(1),
    })
}

/// Trains on the documents `keep(corpus, n)` selects, in a fixed shuffled
/// order; returns the model file.
fn fit(corpora: &[Corpus], keep: impl Fn(usize, usize) -> bool, s: &Settings) -> Vec<u8> {
    let mut data: Vec<&Instance> = Vec::new();
    for (c, corpus) in corpora.iter().enumerate() {
        data.extend(corpus.instances.iter().enumerate().filter(|(n, _)| keep(c, *n)).map(|(_, i)| i));
    }
    let order: Vec<(usize, usize)> = data.iter().enumerate().flat_map(|(d, i)| (0..i.input.stretches.len()).map(move |s| (d, s))).collect();
    let tokens: usize = data.iter().map(|i| i.gold.len()).sum();
    eprintln!("train-tagger: {} stretches, {tokens} tokens; {} passes, 2^{} buckets", order.len(), s.epochs, s.bits);
    // Several runs, each with its own order and dropout, averaged: one run's
    // weights depend on its order more than they should (the held-out
    // scores of single runs spread over a few points).
    let mut w = vec![0f32; (1usize << s.bits) * annotator::entities::tagger::labels::LABELS];
    for run in 0..s.runs {
        let mut p = Perceptron::new(s.bits, s.dropout.min(90), run as u64);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (run as u64).wrapping_mul(0xbf58_476d_1ce4_e5b9));
        let mut order = order.clone();
        for epoch in 1..=s.epochs {
            rng.shuffle(&mut order);
            let wrong = p.epoch(&data, &order);
            eprintln!("train-tagger: run {run}, pass {epoch}: {wrong} stretches wrong");
        }
        for (x, y) in w.iter_mut().zip(p.averaged()) {
            *x += y / s.runs as f32;
        }
    }
    model::write(s.bits, TEMPLATES, quantisation_scale(&w), s.prune, &w)
}

fn train(args: &[String]) -> Result<(), String> {
    let lang = lang_of(args)?;
    let out = opt(args, "--out").ok_or("--out FILE is needed")?;
    let corpora = load(lang, opt(args, "--train").ok_or("--train FILES is needed")?)?;
    let bytes = fit(&corpora, |_, _| true, &settings(args)?);
    std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("train-tagger: wrote {out}: {} bytes", bytes.len());
    Ok(())
}

/// K-fold cross-validation: each document is tagged by the model trained
/// on the folds without it (document `n` of a file is in fold `n % K`);
/// writes the predictions.
fn cross_validate(args: &[String]) -> Result<(), String> {
    let lang = lang_of(args)?;
    let folds: usize = opt(args, "--folds").unwrap_or("5").parse().map_err(|_| "--folds K")?;
    let corpora = load(lang, opt(args, "--train").ok_or("--train FILES is needed")?)?;
    let s = settings(args)?;
    let mut lines: Vec<Vec<Option<Value>>> = corpora.iter().map(|c| vec![None; c.docs.len()]).collect();
    for fold in 0..folds.max(2) {
        let bytes = fit(&corpora, |_, n| n % folds != fold, &s);
        let model = Model::parse(&bytes, TEMPLATES).ok_or("the trained model did not read back")?;
        for (c, corpus) in corpora.iter().enumerate() {
            for (n, doc) in corpus.docs.iter().enumerate().filter(|(n, _)| n % folds == fold) {
                lines[c][n] = Some(prediction(lang, doc, Some(&model)));
            }
        }
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    for line in lines.into_iter().flatten().flatten() {
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// A document's entity mentions in the interchange format.
fn prediction(lang: &LangData, doc: &Value, model: Option<&Model>) -> Value {
    let text = doc["text"].as_str().unwrap_or("");
    let d = Document::new(text, &lang.text);
    let (mentions, _) = find_with(&d, lang, model);
    let offsets = OffsetMap::new(text);
    let ents: Vec<Value> = mentions
        .iter()
        .map(|m| json!({"start": offsets.char_index(m.start), "end": offsets.char_index(m.end), "type": m.kind, "text": m.text, "rule": m.rule}))
        .collect();
    json!({"id": doc["id"], "text": text, "entities": ents})
}

/// The factor that maps the 99.9th percentile of the non-zero weights'
/// magnitudes to 127: the few larger ones are clamped, the smallest become
/// zero and are dropped from the file.
fn quantisation_scale(w: &[f32]) -> f32 {
    let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    if mags.is_empty() {
        return 1.0;
    }
    let k = ((mags.len() as f64) * 0.999) as usize;
    let k = k.min(mags.len() - 1);
    let (_, q, _) = mags.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
    127.0 / q.max(1e-6)
}

fn predict(args: &[String]) -> Result<(), String> {
    let lang = lang_of(args)?;
    let rules_only = args.iter().any(|a| a == "--rules");
    let file_model = match opt(args, "--model") {
        Some(p) => Some(Model::parse(&std::fs::read(p).map_err(|e| format!("{p}: {e}"))?, TEMPLATES).ok_or(format!("{p}: not a model for these features"))?),
        None => None,
    };
    let model = if rules_only { None } else { file_model.as_ref().or_else(|| annotator::entities::tagger::model(lang)) };
    let path = args.last().filter(|a| !a.starts_with("--")).ok_or("predict needs an input file")?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for doc in read_docs(path)? {
        writeln!(out, "{}", prediction(lang, &doc, model)).map_err(|e| e.to_string())?;
    }
    Ok(())
}
