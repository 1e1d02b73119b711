//! Named entities: candidates, typing, and grouping of mentions.
//!
//! The stage runs in these steps, each in its own module (the trained
//! [`tagger`] decides the boundaries after step 3, [`echoes`] adds the
//! repeated names):
//! 1. [`features`]: one folded copy of every token and what the document
//!    says about each word (seen capitalised mid-sentence, seen in lower case);
//! 2. [`candidates`]: runs of capitalised words with name particles,
//!    gazetteer names, organisation heads with their complement, acronyms;
//! 3. [`classify`]: a type and a rule id from the evidence (gazetteers,
//!    heads and suffixes, titles, context);
//! 4. [`complements`]: a person's name cut off the role's complement it
//!    runs on from (`Secretary of State [John Kerry]`);
//! 5. [`group`]: consistency across the article and one group per entity
//!    (`Kirby` → `John Kirby`, `Boudanov` ~ `Budanov`, `ONU` ~ its expansion).

mod candidates;
mod classify;
mod complements;
mod echoes;
mod features;
mod group;
mod index;
mod heads;
pub mod tagger;

use crate::lang::LangData;
use crate::text::Document;
use crate::types::{EntityGroup, EntityType, Mention};

/// What the entity stage needs from a language. Words are written as they
/// appear; the index folds them (case, accents, apostrophes) once.
pub struct EntityLexicon {
    /// Lower-case words that join the capitalised words of one name
    /// (`de`, `du`, `von`, `bin`); elided ones end with `'` (`d'`).
    pub particles: &'static [&'static str],
    /// Titles and roles written before a person's name (`M`, `président`, `Sen`).
    pub person_titles: &'static [&'static str],
    /// Heads that open an organisation name whose complement may be in
    /// lower case (`ministère`, `Conseil`, `Agence`, `University`).
    pub org_heads: &'static [&'static str],
    /// Heads that open a place name with its complement (`République`,
    /// `Republic`, `Golfe`); written capitalised.
    pub place_heads: &'static [&'static str],
    /// Last words that make a name a place (`Sea`, `River`, `Oblast`).
    pub place_suffixes: &'static [&'static str],
    /// Last words that make a name an organisation (`Times`, `Press`, `Inc`).
    pub org_suffixes: &'static [&'static str],
    /// Common nouns naming a kind of organisation, written right before its
    /// name (`constructeur`, `groupe`, `carmaker`, `insurer`).
    pub org_descriptors: &'static [&'static str],
    /// Heads that open a named event with its complement (`Coupe`, `Festival`:
    /// `Coupe de France`, `Jeux olympiques`); written capitalised.
    pub event_heads: &'static [&'static str],
    /// Last words that make a name an event (`Open`, `Cup`, `Marathon`).
    pub event_suffixes: &'static [&'static str],
    /// Whether adjectives follow the noun in a name's complement
    /// (`Agence centrale`, `ministère de la Défense britannique`).
    pub adjectives_follow: bool,
    /// Lower-case words that may link the parts of an organisation's
    /// complement (`de`, `la`, `pour`, `of`, `the`).
    pub org_links: &'static [&'static str],
    /// Lower-case adjectives that may follow a place name and belong to it
    /// (`orientale`, `occidental`).
    pub place_modifiers: &'static [&'static str],
    /// Words right before a name that point to a place (`à`, `in`).
    pub place_cues: &'static [&'static str],
    /// Words right after a name that point to a person (`a déclaré`, `said`),
    /// matched on the next one or two words.
    pub person_cues: &'static [&'static str],
    /// Capitalised words that are not names on their own: function words,
    /// pronouns, sentence adverbs, months, weekdays, site boilerplate.
    pub not_names: &'static [&'static str],
    /// Endings of demonyms and nationality adjectives (`ien`, `ais`, `ian`).
    pub demonym_endings: &'static [&'static str],
    /// Well-known names with their type: international bodies, news
    /// outlets, institutions named by their seat, regions, platforms.
    pub known: &'static [(&'static str, EntityType)],
    /// Abbreviations whose dot belongs to the name they end (`Jr`, `Ill`:
    /// `Springfield, Ill.`), beside the abbreviated organisation suffixes
    /// (`Corp.`); case as written.
    pub name_abbreviations: &'static [&'static str],
    /// The language's trained tagger (`data/models/<lang>.tagger`, written
    /// by `scripts/train/tagger.sh`); empty: the rules alone.
    pub model: &'static [u8],
}

/// Every entity mention of the document (sorted) and the entities they group into.
pub fn find(doc: &Document, data: &LangData) -> (Vec<Mention>, Vec<EntityGroup>) {
    find_with(doc, data, tagger::model(data))
}

/// [`find`] with another tagger model, or by the rules alone (`None`).
pub fn find_with(doc: &Document, data: &LangData, model: Option<&tagger::model::Model>) -> (Vec<Mention>, Vec<EntityGroup>) {
    let index = index::for_lang(data);
    let feats = features::Features::new(doc, index);
    let mut typed = rules(doc, &feats, index, data);
    if let Some(model) = model {
        group::settle_types_only(doc, index, &mut typed);
        typed = tagger::tag(doc, &feats, model, &typed, data);
    }
    let typed = complements::split(doc, &feats, index, typed);
    let typed = echoes::add(doc, &feats, typed);
    group::group(doc, index, typed, model.is_some())
}

/// The rules' mentions, typed from the evidence, types not yet settled.
fn rules(doc: &Document, feats: &features::Features, index: &index::Index, data: &LangData) -> Vec<classify::Typed> {
    let cands = candidates::find(doc, feats, index);
    classify::classify(doc, feats, index, data.text.abbreviations, data.entities.name_abbreviations, cands)
}

/// The tagger's input (each token's features and bounds), the rules'
/// mentions (types settled) among them: what the tagger is trained on.
pub fn tagger_input(doc: &Document, data: &LangData) -> tagger::Input {
    let index = index::for_lang(data);
    let feats = features::Features::new(doc, index);
    let mut typed = rules(doc, &feats, index, data);
    group::settle_types_only(doc, index, &mut typed);
    tagger::input(doc, &feats, &typed)
}

/// Whether a folded word is a nationality word of `data`'s language
/// (`russes`, `americans`): not a name under the guidelines.
pub fn is_nationality(data: &LangData, folded: &str) -> bool {
    index::for_lang(data).is_nationality(folded)
}
