//! Whether a person is a woman or a man, as far as the text says: a
//! pronoun points back only to someone of its gender (`« … », a-t-elle
//! ajouté` is not the words of the man named last).
//!
//! The evidence, strongest first: an honorific or a gendered role next to a
//! mention of the name (`Mrs. Dale`, `Mme Roux`, `the spokeswoman, Karen
//! Holt`, `la directrice, Claire Vidal`), a French determiner before a role
//! (`la ministre`), then the given name (`data/gazetteers/given_genders.txt`,
//! from US and French birth records). No evidence, or evidence both ways,
//! leaves the gender unknown, and an unknown gender fits any pronoun.

use std::sync::OnceLock;

use super::context::Ctx;
use super::lexicon::{class, FxMap, QuoteLexicon};
use crate::lang::Lang;
use crate::text::fold;

const GIVEN: &str = include_str!("../../data/gazetteers/given_genders.txt");

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Gender {
    Feminine,
    Masculine,
}

impl Gender {
    fn from_letter(b: u8) -> Option<Gender> {
        match b {
            b'f' => Some(Gender::Feminine),
            b'm' => Some(Gender::Masculine),
            _ => None,
        }
    }
}

/// The column of a language in the given-names file (see
/// `scripts/gazetteers/genders.py`).
fn column(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
    }
}

/// The given names, by folded name: one letter a language (`f`, `m`, `?`, `-`).
fn given_names() -> &'static FxMap<&'static str, [u8; 2]> {
    static TABLE: OnceLock<FxMap<&'static str, [u8; 2]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        GIVEN
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, code) = l.split_once(' ')?;
                let c = code.as_bytes();
                (c.len() == 2).then(|| (name, [c[0], c[1]]))
            })
            .collect()
    })
}

/// The gender of a folded given name in `lang`: its own country's records
/// first; another country's only when the first has too few births of it
/// (`-`), not when both sexes bear it there (`?`). A compound name
/// unknown as a whole goes by its first part (`jean-baptiste`).
pub fn of_given_name(lang: Lang, folded: &str) -> Option<Gender> {
    let table = given_names();
    let code = table.get(folded).or_else(|| folded.split_once('-').and_then(|(first, _)| table.get(first)))?;
    let own = code[column(lang)];
    if own == b'-' {
        return code.iter().find_map(|&b| Gender::from_letter(b));
    }
    Gender::from_letter(own)
}

/// The language's gendered words, folded: pronouns, honorifics, roles.
pub struct Words {
    words: FxMap<String, Gender>,
    determiners: FxMap<String, Gender>,
}

impl Words {
    pub fn new(lex: &QuoteLexicon) -> Words {
        let map = |f: &[&str], m: &[&str]| {
            let mut out = FxMap::default();
            out.extend(f.iter().map(|w| (fold(w), Gender::Feminine)));
            out.extend(m.iter().map(|w| (fold(w), Gender::Masculine)));
            out
        };
        Words { words: map(lex.feminine_words, lex.masculine_words), determiners: map(lex.feminine_determiners, lex.masculine_determiners) }
    }
}

/// The gender token `k` says by itself (`she`, `elle`, `Mrs`, `spokeswoman`);
/// a pronoun glued to an inverted verb counts (`explique-t-elle`).
pub fn of_word(ctx: &Ctx, k: usize) -> Option<Gender> {
    let words = &ctx.look.genders.words;
    let w = ctx.w(k);
    words.get(w).or_else(|| w.rsplit_once('-').and_then(|(_, tail)| words.get(tail))).copied()
}

/// The gender of a role at token `k` from the determiner before it (`la
/// ministre`, `le juge`), when the language's determiners say one.
fn of_determined_role(ctx: &Ctx, k: usize) -> Option<Gender> {
    if k == 0 || !ctx.is(k, class::PERSON_ROLE) {
        return None;
    }
    of_determiner(ctx, k - 1)
}

/// The gender the determiner at token `k` gives the noun after it (`la
/// direction`), when the language's determiners give one.
pub fn of_determiner(ctx: &Ctx, k: usize) -> Option<Gender> {
    ctx.look.genders.determiners.get(ctx.w(k)).copied()
}

/// The gender of a phrase of tokens `r` (a pronoun, `la présidente`, `the
/// spokeswoman`): its first gendered word or determined role.
pub fn of_phrase(ctx: &Ctx, r: std::ops::Range<usize>) -> Option<Gender> {
    r.into_iter().find_map(|k| of_word(ctx, k).or_else(|| of_determined_role(ctx, k)))
}

/// The gender of the words at bytes `span`, which may lie inside a token
/// (the pronoun of `explique-t-elle`).
pub fn of_span(ctx: &Ctx, span: &std::ops::Range<usize>) -> Option<Gender> {
    let first = ctx.doc.tokens.partition_point(|t| t.end <= span.start);
    of_phrase(ctx, first..ctx.token_from(span.end).max(first + 1))
}

/// What the words right around a mention of a person (tokens `r`) say of
/// their gender: an honorific or role just before it (`Mrs. Dale`, `la
/// directrice Claire Vidal`, `spokeswoman Karen Holt`) or an apposed role
/// right after it (`Karen Holt, the spokeswoman,`).
fn around(ctx: &Ctx, r: std::ops::Range<usize>) -> Option<Gender> {
    // Not a pronoun (`…, she said. Sanders …`, `Sanders, he said,`); a
    // masculine determiner says nothing of a person (`le docteur Isabelle
    // X`: French roles may keep it for a woman).
    let role = |j: usize| of_determined_role(ctx, j).filter(|&g| g == Gender::Feminine);
    let says = |j: usize| (!ctx.is(j, class::PRONOUN)).then(|| of_word(ctx, j).or_else(|| role(j))).flatten();
    // The word right before, past an honorific's dot (`Mrs.`, `M.`).
    let mut k = r.start;
    if k > 1 && ctx.raw(k - 1) == "." {
        k -= 1;
    }
    if let Some(g) = k.checked_sub(1).and_then(says) {
        return Some(g);
    }
    if ctx.raw(r.end) != "," {
        return None;
    }
    // An apposition closed by a comma (`Karen Holt, the spokeswoman,`), not
    // the subject of the clause after a fronted one (`Interrogé par la
    // présidente, Claire Aubry, le prévenu a …`).
    // (A noun phrase: a determiner or a role first, no verb: not `Claire
    // Vidal, a reçu le maire,`.)
    let words = (r.end + 1..(r.end + 5).min(ctx.len())).take_while(|&j| !ctx.is_punct(j));
    let close = words.clone().last().map_or(r.end + 1, |j| j + 1);
    let first = r.end + 1;
    let phrase = ctx.is(first, class::DETERMINER | class::PERSON_ROLE) || of_word(ctx, first).is_some();
    if ctx.raw(close) != "," || !phrase || words.clone().any(|j| ctx.is(j, class::AUX | class::FINITE | class::VERB)) {
        return None;
    }
    words.filter(|&j| ctx.is(j, class::PERSON_ROLE) || of_word(ctx, j).is_some()).find_map(says)
}

/// For a surname alone after an honorific (`Mrs. Dale`, `Mme Castel`) that
/// the entity stage gave to someone of the other gender (`Peter Dale`), the
/// name of a person of the honorific's gender bearing that surname in the
/// article (`Susan Dale`).
pub fn titled_bearer<'a>(ctx: &Ctx<'a>, m: &crate::types::Mention) -> Option<&'a str> {
    let r = ctx.token_from(m.start)..ctx.token_from(m.end);
    if r.len() != 1 {
        return None;
    }
    let said = around(ctx, r)?;
    if of_name(ctx, &m.name).is_none_or(|g| g == said) {
        return None;
    }
    let surname = &ctx.text[m.start..m.end];
    ctx.mentions
        .iter()
        .filter(|p| p.kind == crate::types::EntityType::PER && p.name.len() > surname.len())
        .find(|p| p.name.ends_with(surname) && p.name[..p.name.len() - surname.len()].ends_with(' ') && of_name(ctx, &p.name) == Some(said))
        .map(|p| p.name.as_str())
}

/// The gender of every person named in the document, by canonical name:
/// the words around its mentions when they agree, else its given name.
pub fn of_people<'a>(ctx: &Ctx<'a>) -> FxMap<&'a str, Gender> {
    let mut said: FxMap<&'a str, Option<Gender>> = FxMap::default();
    for m in ctx.mentions.iter().filter(|m| m.kind == crate::types::EntityType::PER) {
        let r = ctx.token_from(m.start)..ctx.token_from(m.end);
        let Some(g) = around(ctx, r.clone()) else { continue };
        // (A surname alone whose honorific contradicts the given name is
        // another bearer's: `Mme Castel` says nothing of Bernard Castel.)
        if r.len() == 1 && of_name(ctx, &m.name).is_some_and(|n| n != g) {
            continue;
        }
        said.entry(m.name.as_str()).and_modify(|e| *e = e.filter(|&x| x == g)).or_insert(Some(g));
    }
    for m in ctx.mentions.iter().filter(|m| m.kind == crate::types::EntityType::PER) {
        said.entry(m.name.as_str()).or_insert_with(|| of_name(ctx, &m.name));
    }
    said.into_iter().filter_map(|(name, g)| Some((name, g?))).collect()
}

/// The gender of a name by its given name: its first word, when the name
/// has another after it (`Karen Holt`, not `Holt`).
pub fn of_name(ctx: &Ctx, name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    of_given_name(ctx.look.lang, &fold(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_by_country() {
        assert_eq!(of_given_name(Lang::En, "karen"), Some(Gender::Feminine));
        assert_eq!(of_given_name(Lang::Fr, "thierry"), Some(Gender::Masculine));
        // Jean is a woman's name in the US and a man's in France.
        assert_eq!(of_given_name(Lang::En, "jean"), Some(Gender::Feminine));
        assert_eq!(of_given_name(Lang::Fr, "jean"), Some(Gender::Masculine));
        assert_eq!(of_given_name(Lang::Fr, "jean-baptiste"), Some(Gender::Masculine));
        // Both sexes bear Dominique in France: no guess from the US.
        assert_eq!(of_given_name(Lang::Fr, "dominique"), None);
        assert_eq!(of_given_name(Lang::En, "zzyzx"), None);
    }

    #[test]
    fn names_are_folded_keys() {
        for line in GIVEN.lines().filter(|l| !l.starts_with('#')) {
            let (name, code) = line.split_once(' ').expect("name and code");
            assert_eq!(fold(name), name, "given name not folded");
            assert!(code.len() == 2 && code.bytes().all(|b| b"fm?-".contains(&b)), "bad code in {line:?}");
        }
    }
}
