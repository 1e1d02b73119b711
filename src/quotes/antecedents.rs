//! Names for the speakers that point back (`il`, `she`, `le porte-parole`,
//! `le journal`, `le pays`): the latest salient antecedent of the wanted
//! kind before them — a speaker named by an earlier attribution, or an
//! entity mention in subject position (near its sentence's start, not after
//! a preposition, not inside a quotation) — else the nearest mention of
//! that kind, else the nearest run of capitalised words for a person.
//! A mention deep in a sentence or after a preposition (`des drones
//! Bayraktar`, `reproduite par X`) is rarely what a pronoun points to, and
//! the entity stage's types are not always right there.

use std::ops::Range;

use super::clause::subject_start;
use super::lexicon::FxMap;
use super::context::Ctx;
use super::cues::verb_at;
use super::genders::{self, Gender};
use super::lexicon::class;
use super::speakers::{Speaker, Wanted};
use crate::types::EntityType;

/// How deep in its sentence (tokens) a mention may sit and still be a subject.
const SUBJECT_DEPTH: usize = 10;
/// How many candidates back a speaker looks at most.
const MAX_STEPS: usize = 64;

/// An antecedent: byte position, name, type when known, and the role noun
/// the text gives it (`le ministre …, Paul Roy`), as a folded word number.
struct Candidate {
    at: usize,
    name: String,
    kind: Option<EntityType>,
    role: Option<Role>,
    /// A group (`les gendarmes`, `officials`), which only a plural pronoun means.
    plural: bool,
    /// A subject described by a person's role (`le technicien`), which may
    /// stand for someone named before with that role.
    described: bool,
    /// Whether a woman or a man, when the text says ([`genders`]).
    gender: Option<Gender>,
}

/// How many tokens may separate a name from the role noun before it.
const ROLE_REACH: usize = 6;

/// The role noun given to the name at byte `start`..`end`: the last one
/// shortly before it in its sentence (`le ministre de l'Industrie, Paul
/// Roy`), else one in an apposition right after it (`Paul Roy, ministre`).
fn role_of(ctx: &Ctx, start: usize, end: usize) -> Option<Role> {
    let at = ctx.token_from(start);
    let first = ctx.sentence(ctx.sentence_of(at)).start.max(at.saturating_sub(ROLE_REACH));
    if let Some(k) = (first..at).rev().find(|&k| ctx.is(k, class::PERSON_ROLE)) {
        return Some(Role::at(ctx, k));
    }
    let after = ctx.token_from(end);
    if ctx.raw(after) != "," {
        return None;
    }
    (after + 1..(after + 3).min(ctx.len())).find(|&k| ctx.is(k, class::PERSON_ROLE)).map(|k| Role::at(ctx, k))
}

/// A role noun: its number, one per group of words the language gives for
/// the same role (`entraîneur`, `technicien`), else the word's; and the
/// general words that cover it (`élu` for `maire`), or that it is.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Role {
    key: usize,
    /// Bit `h`: the language's general word `h` covers this role.
    covered: u32,
    /// Bit `h`: this role is the language's general word `h`.
    general: u32,
}

impl Role {
    fn at(ctx: &Ctx, k: usize) -> Role {
        let w = ctx.w(k);
        let key = match ctx.lex().role_synonyms.iter().position(|group| group.contains(&w)) {
            Some(g) => usize::MAX - g,
            None => ctx.id(k),
        };
        let (mut covered, mut general) = (0, 0);
        for (i, (words, roles)) in ctx.lex().role_hypernyms.iter().take(32).enumerate() {
            covered |= u32::from(roles.contains(&w)) << i;
            general |= u32::from(words.contains(&w)) << i;
        }
        Role { key, covered, general }
    }

    /// Whether a description by this role may stand for the bearer of
    /// `given`: the same role, or a general word covering it (`l'élue` for
    /// a councillor; not `le maire` for someone only called `l'élue`).
    fn describes(self, given: Role) -> bool {
        self.key == given.key || self.general & given.covered != 0
    }
}

/// Whether a description by role `description` may stand for a candidate
/// given role `given`, both known.
fn same_role(given: Option<Role>, description: Option<Role>) -> bool {
    given.zip(description).is_some_and(|(g, d)| d.describes(g))
}

/// The role noun inside a speaker's own words (`la présidente de la région`).
fn role_in(ctx: &Ctx, span: &Range<usize>) -> Option<Role> {
    let r = ctx.token_from(span.start)..ctx.token_from(span.end);
    r.into_iter().find(|&k| ctx.is(k, class::PERSON_ROLE)).map(|k| Role::at(ctx, k))
}

fn fits(wanted: Wanted, kind: Option<EntityType>) -> bool {
    match (wanted, kind) {
        (Wanted::Person, Some(EntityType::PER) | None) => true,
        (Wanted::Org, Some(EntityType::ORG)) => true,
        (Wanted::Place, Some(EntityType::LOC | EntityType::ORG)) => true,
        _ => false,
    }
}

/// Whether the mention starting at byte `start` is in subject position:
/// in the phrase opening its sentence once fronted adverbials are left
/// out, maybe after a role and a comma (`Son homologue, Karim Benali, …`),
/// with no verb or preposition before it (not `She said the order came
/// from his chief of staff, Kevin Burke`). `quoted` holds the byte ranges
/// of the quotations, flat and sorted.
/// `subjects[s]` is where the subject of sentence `s` starts.
fn salient(ctx: &Ctx, start: usize, quoted: &[Range<usize>], subjects: &[usize]) -> bool {
    let i = quoted.partition_point(|q| q.end <= start);
    if quoted.get(i).is_some_and(|q| q.start <= start) {
        return false;
    }
    let at = ctx.token_from(start);
    let s = ctx.sentence_of(at);
    if at < ctx.sentence(s).start {
        return false;
    }
    let mut first = subjects.get(s).copied().unwrap_or(0);
    // `C'est un voisin, M. Ribes, qui avait alerté …`: the cleft puts the
    // subject after its opener, a relative after it.
    if cleft(ctx, first) && (at..(at + SUBJECT_DEPTH).min(ctx.sentence(s).end)).any(|k| ctx.is(k, class::RELATIVE)) {
        first += 2;
    }
    if at < first || at - first > SUBJECT_DEPTH {
        return false;
    }
    let blocks = |k: usize| {
        let punct = ctx.is_punct(k) && !matches!(ctx.raw(k), "," | "." | "-") && !ctx.possessive_mark(k);
        punct || ctx.is(k, class::AUX | class::COMPLEMENTIZER | class::FINITE) || ctx.past_by_ending(k) || verb_at(ctx, k).is_some()
    };
    // (Nor the complement of a person's role: `La procureure de [la Cour
    // …]`, whose bearer is the subject; but `Le procès de [Paul Roussel]`.)
    let before = if at > first && ctx.is(at - 1, class::DETERMINER) && !ctx.is(at - 1, class::NOUN_LINK) { at - 1 } else { at };
    let complement = before > first + 1 && ctx.is(before - 1, class::NOUN_LINK | class::PREPOSITION) && ctx.is(before - 2, class::PERSON_ROLE);
    !complement && !(first..at).any(blocks)
}

/// Whether tokens `k` and `k + 1` open a cleft sentence (`C'est`, `It was`).
fn cleft(ctx: &Ctx, k: usize) -> bool {
    let (a, b) = (ctx.w(k), ctx.w(k + 1));
    let glue = if a.ends_with('\'') { "" } else { " " };
    ctx.lex().cleft_openers.iter().any(|o| o.len() == a.len() + glue.len() + b.len() && o.starts_with(a) && o.ends_with(b) && o[a.len()..].starts_with(glue))
}

/// Names every speaker pointing back, in the order of the text, so that a
/// speaker named or described by a role becomes a candidate for the ones
/// after it (`Le premier adjoint a répondu que … Selon lui, …`). A role
/// points back to someone given the same role or none; a pronoun to anyone
/// of the wanted kind. `quoted`: the quotations' byte ranges, flat and
/// sorted; `window`: how far back (bytes) an antecedent may be.
pub fn resolve(ctx: &Ctx, speakers: &mut [&mut Speaker], quoted: &[Range<usize>], window: usize) {
    if speakers.iter().all(|s| s.back.is_none()) {
        return;
    }
    // Where each sentence's subject starts, read once: the mentions and
    // the described subjects of a sentence all need it.
    let subjects: Vec<usize> = ctx.doc.sentence_tokens.iter().map(|r| subject_start(ctx, r.start, r.end)).collect();
    let kinds = [EntityType::PER, EntityType::ORG, EntityType::LOC];
    let people = genders::of_people(ctx);
    let mut cands: Vec<Candidate> = ctx
        .mentions
        .iter()
        .filter(|m| kinds.contains(&m.kind) && salient(ctx, m.start, quoted, &subjects))
        .map(|m| {
            let gender = people.get(m.name.as_str()).copied();
            // A name opening its sentence with a person's role in
            // apposition is a person's, whatever the entity stage said
            // (`Barroso, le président de …`; not `Selon les gendarmes de
            // Ruffec, le prévenu …`).
            let end = ctx.token_from(m.end);
            let apposed = ctx.opens_sentence(ctx.token_from(m.start))
                && ctx.raw(end) == ","
                && (end + 1..(end + 3).min(ctx.len())).take_while(|&k| ctx.is_word(k)).any(|k| ctx.is(k, class::PERSON_ROLE));
            let kind = if apposed { EntityType::PER } else { m.kind };
            Candidate { at: m.start, name: m.name.clone(), kind: Some(kind), role: role_of(ctx, m.start, m.end), plural: false, described: false, gender }
        })
        .collect();
    cands.extend(described_subjects(ctx, quoted, &subjects, &people));
    cands.sort_by_key(|c| c.at);
    // A name keeps the role the text gives it at any of its mentions
    // (`Martine Jacquot, conseillère …` … `Mme Jacquot`).
    let mut given: FxMap<&str, Role> = FxMap::default();
    for m in ctx.mentions.iter().filter(|m| m.kind == EntityType::PER) {
        if let Some(r) = role_of(ctx, m.start, m.end) {
            given.entry(m.name.as_str()).or_insert(r);
        }
    }
    for c in &mut cands {
        c.role = c.role.or_else(|| given.get(c.name.as_str()).copied());
    }
    speakers.sort_by_key(|s| s.span.as_ref().map_or(usize::MAX, |r| r.start));
    // The speakers already seen, in the order of their spans (appended as
    // they come, so sorted): searched beside the mentions.
    let mut seen: Vec<Candidate> = Vec::new();
    for s in speakers.iter_mut() {
        // A plural pronoun (`ils`, `they`) means a group or an organisation.
        let group = s.back.is_some() && s.span.as_ref().is_some_and(|span| ctx.plural_pronoun(span));
        if let Some((wanted, at)) = s.back {
            let role = s.span.as_ref().and_then(|span| role_in(ctx, span));
            let pronoun = wanted == Wanted::Person && role.is_none();
            // `she`, `a-t-elle`, `la directrice`: someone of that gender, or
            // of none the text gives.
            let gender = s.span.as_ref().filter(|_| wanted == Wanted::Person).and_then(|span| genders::of_span(ctx, span));
            let same_gender = |c: &Candidate| gender.is_none() || c.gender.is_none() || c.gender == gender;
            let number = |c: &Candidate| !pronoun || if group { c.plural || c.kind == Some(EntityType::ORG) } else { !c.plural };
            // `le maire de Lyon`: a role with a complement says who it is, and
            // only someone given that role is the same person.
            let complemented = role.is_some() && s.span.as_ref().is_some_and(|span| {
                let r = ctx.token_from(span.start)..ctx.token_from(span.end);
                r.clone().skip_while(|&k| !ctx.is(k, class::PERSON_ROLE)).skip(1).any(|k| ctx.is(k, class::NOUN_LINK))
            });
            let own = s.span.as_ref().map(|span| ctx.text[span.clone()].to_lowercase());
            // Nor is another description with a complement (`le maire de
            // Vannes` after `le maire de Lyon`).
            let described = |c: &Candidate| c.name.split_whitespace().next().is_some_and(|w| ctx.lex().determiners.contains(&w.to_lowercase().as_str()));
            let fits_role = |c: &&Candidate| {
                let unknown = c.role.is_none() && !complemented;
                let other = complemented && described(c) && own.as_deref() != Some(c.name.to_lowercase().as_str());
                // A gendered pronoun may mean a thing of its grammatical
                // gender the sentence before described (`La direction a
                // confirmé … Dans un communiqué, elle invoque`).
                let thing = pronoun && gender.is_some() && c.kind == Some(EntityType::ORG) && c.gender == gender;
                (fits(wanted, c.kind) || thing) && (wanted != Wanted::Person || role.is_none() || unknown || same_role(c.role, role)) && number(c) && !other && same_gender(c)
            };
            let mut found = latest_before(&cands, &seen, at).take(MAX_STEPS).take_while(|c| c.at + window >= at).find(fits_role);
            // `L'entraîneur, Paul Roy, … Le technicien a salué … Il a dit`:
            // a subject described by a role stands for the person named
            // before with that role (or one the language gives as the same).
            if let Some(c) = found.filter(|c| c.described && !c.plural && c.role.is_some()) {
                let same = |d: &&Candidate| !d.described && same_role(d.role, c.role) && d.kind.is_none_or(|k| k == EntityType::PER) && same_gender(d);
                found = latest_before(&cands, &seen, c.at).take(MAX_STEPS).take_while(|d| d.at + window >= c.at).find(same).or(found);
            }
            // A body with a qualifier (`le gouvernement malien`, `the Syrian
            // army`) names itself: no nearest organisation stands for it.
            let qualified = wanted == Wanted::Org && s.span.as_ref().is_some_and(|span| ctx.token_from(span.end) - ctx.token_from(span.start) > 2);
            let name = match found {
                Some(c) => Some(c.name.clone()),
                None if (role.is_some() || group) && wanted == Wanted::Person => None,
                None if qualified => None,
                None => fallback(ctx, wanted, at, window, |name| gender.is_none() || people.get(name).is_none_or(|g| Some(*g) == gender)),
            };
            if let Some(name) = name {
                s.name = Some(name);
            }
            s.back = None;
        }
        // The speaker, named or described by a person's role, is a
        // candidate for the speakers after it.
        let Some(span) = s.span.clone() else { continue };
        let role = if s.proper { role_of(ctx, span.start, span.end) } else { role_in(ctx, &span) };
        if s.proper || role.is_some() {
            if let Some(name) = s.name.clone() {
                let role = role.or_else(|| given.get(name.as_str()).copied());
                let tokens = ctx.token_from(span.start)..ctx.token_from(span.end);
                let plural = group || tokens.clone().any(|k| ctx.plural_noun(k));
                let gender = people.get(name.as_str()).copied().or_else(|| if s.proper { genders::of_name(ctx, &name) } else { genders::of_span(ctx, &span) });
                seen.push(Candidate { at: span.start, name, kind: s.kind, role, plural, described: false, gender });
            }
        }
    }
}

/// The candidates of two lists sorted by position that stand before byte
/// `at`, latest first.
fn latest_before<'c>(a: &'c [Candidate], b: &'c [Candidate], at: usize) -> impl Iterator<Item = &'c Candidate> {
    let mut i = a.partition_point(|c| c.at < at);
    let mut j = b.partition_point(|c| c.at < at);
    std::iter::from_fn(move || {
        let next_a = i.checked_sub(1).map(|k| &a[k]);
        let next_b = j.checked_sub(1).map(|k| &b[k]);
        match (next_a, next_b) {
            (Some(x), Some(y)) if y.at >= x.at => {
                j -= 1;
                Some(y)
            }
            (Some(x), _) => {
                i -= 1;
                Some(x)
            }
            (None, Some(y)) => {
                j -= 1;
                Some(y)
            }
            (None, None) => None,
        }
    })
}

/// The subjects described by a person's role with a definite determiner
/// (`Le juge parle.`, `The coach left.`), or by the noun of an organisation
/// or a document (`the report`), one per sentence at most, outside
/// quotations: candidates a later pronoun may mean.
/// `subjects[s]` is where the subject of sentence `s` starts.
fn described_subjects(ctx: &Ctx, quoted: &[Range<usize>], subjects: &[usize], people: &FxMap<&str, Gender>) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (s, &f) in subjects.iter().enumerate() {
        let r = ctx.sentence(s);
        if f >= r.end || !ctx.is(f, class::DEFINITE) {
            continue;
        }
        // A person's role, or the noun of an organisation or a document
        // (`the report`, `le communiqué`), which `it` may mean.
        let thing = |k: usize| ctx.is(k, class::ORG_ROLE | class::SPEAKER_NOUN);
        let Some(role) = (f + 1..(f + 3).min(r.end)).find(|&k| ctx.is(k, class::PERSON_ROLE) || thing(k)) else { continue };
        let kind = if ctx.is(role, class::PERSON_ROLE) { None } else { Some(EntityType::ORG) };
        let role_at = role;
        let at = ctx.doc.tokens[f].start;
        let i = quoted.partition_point(|q| q.end <= at);
        if quoted.get(i).is_some_and(|q| q.start <= at) {
            continue;
        }
        // The role and its complement (`le président du tribunal`), no verb.
        let mut end = role + 1;
        if ctx.is(end, class::NOUN_LINK) {
            let words = (end + 1..(end + 4).min(r.end)).take_while(|&k| ctx.is_word(k) && !ctx.is(k, class::AUX | class::VERB | class::NEGATION)).count();
            if words > 0 {
                end += 1 + words;
            }
            // (Not ending on a link: `la direction de la chaîne [de]`.)
            while end > role + 1 && ctx.is(end - 1, class::NOUN_LINK | class::DETERMINER) {
                end -= 1;
            }
        }
        let span = ctx.bytes(f..end);
        let role = role_in(ctx, &span);
        // (Or the person named in apposition: `The mayor, Ann Ruiz, …`.)
        let apposed = || (ctx.raw(end) == ",").then(|| ctx.mentions_in(ctx.bytes(end + 1..(end + 2).min(r.end))).first().map(|m| m.name.as_str())).flatten();
        // (A thing's grammatical gender, where determiners give one: `la
        // direction` may be the `elle` after it.)
        let gender = match kind {
            None => genders::of_phrase(ctx, f..end).or_else(|| apposed().and_then(|n| people.get(n).copied())),
            Some(_) => genders::of_determiner(ctx, f),
        };
        out.push(Candidate { at, name: ctx.text[span].to_string(), kind, role, plural: ctx.plural_noun(role_at), described: kind.is_none(), gender });
    }
    out
}

/// The nearest mention of the wanted kind (for a person, one whose name
/// `fits` the pronoun's gender), else for a person the nearest run of two
/// capitalised words or more.
fn fallback(ctx: &Ctx, wanted: Wanted, at: usize, window: usize, fits: impl Fn(&str) -> bool) -> Option<String> {
    let kinds: &[EntityType] = match wanted {
        Wanted::Person => &[EntityType::PER],
        Wanted::Org => &[EntityType::ORG],
        Wanted::Place => &[EntityType::LOC, EntityType::ORG],
    };
    if let Some(m) = ctx.mention_before(at, window, kinds, |m| fits(&m.name)) {
        return Some(m.name.clone());
    }
    if wanted != Wanted::Person {
        return None;
    }
    ctx.names.person_before(ctx, at, window)
}
