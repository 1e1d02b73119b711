//! A statistical sequence tagger that decides the boundaries and types of
//! names, with the rules' own decisions among its features.
//!
//! The rules (candidates, typing, consistency) run first; their mentions
//! become a label and a rule id on each token ([`RuleTag`]), and the names
//! they are sure of become [`Bound`]s the decoder keeps. Only the
//! [`stretches`] near a capitalised word or a rule's name are tagged.
//! [`features::extract`] turns each of their tokens and its neighbourhood
//! into hashed features (words, shapes, affixes, gazetteer and word-list
//! flags, what the document says about the word, the rules' labels); a
//! linear model ([`model::Model`], an averaged perceptron trained by
//! `scripts/train/`) scores the nine BIO labels of each token, and
//! [`decode::viterbi`] picks the best sequence of each stretch. A name the
//! tagger keeps with the rules' span keeps the rules' exact boundaries (a
//! name cut out of a compound word, an abbreviation's dot) and, when the
//! type agrees, the rule id and strength.
//!
//! Each language's model is data beside its tables
//! (`EntityLexicon::model`); a language without a model, or with a model
//! for other feature templates, is tagged by the rules alone.

pub mod decode;
pub mod features;
pub mod labels;
pub mod model;
#[cfg(feature = "train")]
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

use super::classify::{abbreviation_dot, Typed};
use super::features::Features;
use super::index::{GIVEN_NAME, NOT_NAME};
use crate::lang::{Lang, LangData};
use crate::text::Document;
use crate::types::EntityType;
use features::{RuleTag, TokenFeatures, TEMPLATES};
use labels::{kind_of, label, Bound, OUTSIDE};
use model::Model;

/// The model of `data`'s language, read on first use; `None` when it has none.
pub fn model(data: &LangData) -> Option<&'static Model> {
    static FR: OnceLock<Option<Model>> = OnceLock::new();
    static EN: OnceLock<Option<Model>> = OnceLock::new();
    let cell = match data.lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| Model::parse(data.entities.model, TEMPLATES)).as_ref()
}

/// What the rules decided, token by token.
pub fn rule_tags(doc: &Document, typed: &[Typed]) -> Vec<RuleTag> {
    let mut tags = vec![RuleTag { label: OUTSIDE as u8, rule: "" }; doc.tokens.len()];
    for t in typed {
        for k in t.first..t.last.min(tags.len()) {
            tags[k] = RuleTag { label: label(t.kind, k > t.first) as u8, rule: t.rule };
        }
    }
    tags
}

/// What the tagger reads of a document: each token's features and
/// [`Bound`], and the stretches of tokens it decodes.
pub struct Input {
    pub features: TokenFeatures,
    pub bounds: Vec<Bound>,
    /// Tokens decoded together: within one sentence, the tokens a name
    /// could touch (before them: the sentence's start or an `O`).
    pub stretches: Vec<Range<usize>>,
}

/// How far from a capitalised word or a rule's name a token may be and
/// still belong to a name (`rue des Tilleuls`, `ministère de l'Intérieur`).
const REACH: usize = 2;

/// The tagger's input for `doc`, given the rules' mentions `typed`.
pub fn input(doc: &Document, feats: &Features, typed: &[Typed]) -> Input {
    let stretches = stretches(doc, feats, typed);
    let mut live = vec![false; doc.tokens.len()];
    for s in &stretches {
        live[s.clone()].fill(true);
    }
    Input { features: features::extract(doc, feats, &rule_tags(doc, typed), &live), bounds: bounds(doc, typed), stretches }
}

/// The stretches of each sentence that may hold a name: the tokens within
/// [`REACH`] of a capitalised word or of a rule's name. Elsewhere
/// (most of a text) every token is `O` and costs nothing.
pub fn stretches(doc: &Document, feats: &Features, typed: &[Typed]) -> Vec<Range<usize>> {
    let n = doc.tokens.len();
    // A capitalised function word (`The`, `Le`, `Mais`) opening a sentence
    // is no seed: most sentences open with one.
    let mut seed: Vec<bool> = (0..n).map(|k| feats.cap[k] && !(feats.initial[k] && feats.flags[k] & NOT_NAME != 0)).collect();
    for t in typed {
        seed[t.first.min(n)..t.last.min(n)].fill(true);
    }
    // Live: within REACH of a seed in the same sentence. One pass each way
    // counts the tokens since the last seed.
    let mut live = vec![false; n];
    let mut out = Vec::new();
    for r in &doc.sentence_tokens {
        let mut since = usize::MAX;
        for i in r.clone() {
            since = if seed[i] { 0 } else { since.saturating_add(1) };
            live[i] = since <= REACH;
        }
        since = usize::MAX;
        for i in r.clone().rev() {
            since = if seed[i] { 0 } else { since.saturating_add(1) };
            live[i] |= since <= REACH;
        }
        let mut open: Option<usize> = None;
        for i in r.clone() {
            match (live[i], open) {
                (true, None) => open = Some(i),
                (false, Some(s)) => {
                    out.push(s..i);
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(s) = open {
            out.push(s..r.end);
        }
    }
    out
}

/// The names the rules are sure of (direct evidence) are retyped at most,
/// never cut, run on or dropped; hashtags and handles are never names.
pub fn bounds(doc: &Document, typed: &[Typed]) -> Vec<Bound> {
    let n = doc.tokens.len();
    let mut out = vec![Bound::Free; n];
    // One word alone stays free: the rules' single words are often wrong
    // (keeping them sure scored lower in cross-validation), unless the name
    // is cut out of the word (`Kremlin-backed`, `affairesVerdier`), which
    // only the rules can do.
    let sure = |t: &Typed| {
        let cut = t.start != doc.tokens[t.first].start || t.end != doc.tokens[t.last - 1].end;
        t.strength >= 2 && t.last >= t.first + 2 || cut
    };
    for t in typed.iter().filter(|t| t.last <= n && t.last > t.first && sure(t)) {
        if t.last < n && out[t.last] == Bound::Free {
            out[t.last] = Bound::After;
        }
        out[t.first] = Bound::Opens;
        out[t.first + 1..t.last].fill(Bound::Inside);
    }
    for k in 1..n {
        let tagged = doc.tokens[k - 1].end == doc.tokens[k].start && matches!(doc.token_text(k - 1), "#" | "@");
        if tagged {
            out[k] = Bound::Outside;
        }
    }
    out
}

/// The label of each token, decoded stretch by stretch (`OUTSIDE` elsewhere).
pub fn labels(doc: &Document, model: &Model, input: &Input) -> Vec<usize> {
    let mut out = vec![OUTSIDE; doc.tokens.len()];
    let (mut emissions, mut back, mut best) = (Vec::new(), Vec::new(), Vec::new());
    for r in &input.stretches {
        let r = r.clone();
        emissions.clear();
        emissions.extend(r.clone().map(|i| model.scores(input.features.of(i))));
        decode::viterbi(&emissions, &input.bounds[r.clone()], &mut back, &mut best);
        out[r].copy_from_slice(&best);
    }
    out
}

/// The names as the tagger sees them, given the rules' mentions `typed`
/// (sorted, types settled).
pub fn tag(doc: &Document, feats: &Features, model: &Model, typed: &[Typed], data: &LangData) -> Vec<Typed> {
    let labels = labels(doc, model, &input(doc, feats, typed));
    let mut out: Vec<Typed> = Vec::with_capacity(typed.len() + 4);
    let mut rules = typed.iter().peekable();
    for (first, last, kind) in joined(doc, feats, spans(&labels)) {
        // A name neither opens nor ends with punctuation.
        let Some((first, last)) = trim_punctuation(doc, first, last) else { continue };
        while rules.peek().is_some_and(|t| t.first < first) {
            rules.next();
        }
        let same: Vec<&Typed> = rules.clone().take_while(|t| t.first == first).filter(|t| t.last == last).collect();
        let found: Vec<Typed> = match same.as_slice() {
            // One token, two names (`Pyongyang-Moscou`): the rules' own.
            [_, _, ..] => same.into_iter().cloned().collect(),
            [t] if t.kind == kind => vec![(*t).clone()],
            [t] => vec![Typed { kind, rule: rule_id(kind), strength: 1, ..(*t).clone() }],
            [] => vec![Typed {
                start: doc.tokens[first].start,
                end: abbreviation_dot(doc, feats, data.text.abbreviations, data.entities.name_abbreviations, last, doc.tokens[last - 1].end),
                first,
                last,
                kind,
                rule: rule_id(kind),
                strength: 1,
            }],
        };
        // A rule's name may end past its last token (`Corp.` keeps its
        // dot): what follows starts after it.
        for t in found {
            if out.last().is_none_or(|p| p.end <= t.start) {
                out.push(t);
            }
        }
    }
    out
}

/// The tokens `first..last` less punctuation at either end; `None` when
/// nothing is left.
fn trim_punctuation(doc: &Document, mut first: usize, mut last: usize) -> Option<(usize, usize)> {
    let punct = |k: usize| doc.tokens[k].kind == crate::text::TokenKind::Punct;
    while first < last && punct(first) {
        first += 1;
    }
    while last > first && punct(last - 1) {
        last -= 1;
    }
    (first < last).then_some((first, last))
}

/// Two names of one type side by side, a space apart (`Institute for
/// Fiscal` `Studies`), are one: two names need a mark or a word between;
/// not when the second opens with a given name (`Union centriste Odile
/// Marguerite`).
fn joined(doc: &Document, feats: &Features, spans: Vec<(usize, usize, EntityType)>) -> Vec<(usize, usize, EntityType)> {
    let mut out: Vec<(usize, usize, EntityType)> = Vec::with_capacity(spans.len());
    for (first, last, kind) in spans {
        if let Some(prev) = out.last_mut() {
            let gap = doc.text.get(doc.tokens[prev.1 - 1].end..doc.tokens[first].start).unwrap_or("\n");
            if prev.2 == kind && prev.1 == first && gap == " " && feats.flags[first] & GIVEN_NAME == 0 {
                prev.1 = last;
                continue;
            }
        }
        out.push((first, last, kind));
    }
    out
}

/// The names of a label sequence: `(first token, end token, type)`.
pub fn spans(labels: &[usize]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let continues = matches!((kind_of(l), open), (Some((k, true)), Some((_, o))) if k == o);
        if continues {
            continue;
        }
        if let Some((s, k)) = open.take() {
            out.push((s, i, k));
        }
        if let Some((k, _)) = kind_of(l) {
            open = Some((i, k));
        }
    }
    if let Some((s, k)) = open {
        out.push((s, labels.len(), k));
    }
    out
}

fn rule_id(kind: EntityType) -> &'static str {
    match kind {
        EntityType::PER => "tagger.per",
        EntityType::ORG => "tagger.org",
        EntityType::LOC => "tagger.loc",
        EntityType::MISC => "tagger.misc",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_labels() {
        let (b, i) = (|k| label(k, false), |k| label(k, true));
        let l = [OUTSIDE, b(EntityType::PER), i(EntityType::PER), b(EntityType::LOC), OUTSIDE, b(EntityType::ORG)];
        assert_eq!(spans(&l), vec![(1, 3, EntityType::PER), (3, 4, EntityType::LOC), (5, 6, EntityType::ORG)]);
        assert!(spans(&[]).is_empty());
    }

    #[test]
    fn every_language_has_a_model_for_these_templates() {
        for lang in Lang::ALL {
            assert!(model(crate::lang::data(lang)).is_some(), "{lang}: no model, or one trained on other features: retrain (scripts/train/)");
        }
    }
}
