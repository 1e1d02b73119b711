//! A language's rules and tables, compiled once: one multi-pattern regex,
//! a pattern per rule and no groups, that finds the matches in one pass and
//! tells which rule each is; each rule's own regex, anchored, built the
//! first time that rule matches, that reads its named groups; and lookup
//! tables keyed by [`key`]. Capture groups in the combined regex would make
//! every match pay for the whole automaton, so it has none.

// Looked up once per matched date word: FxHash, not SipHash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

use regex::{Captures, Regex, RegexBuilder};
use regex_automata::meta::Regex as MultiRegex;
use regex_automata::Input;
use regex_automata::util::syntax;
use regex_syntax::hir::Hir;

use super::patterns::{expand, mark, number_table, placeholder_tree, spaces, strip_names, substitute};
use super::rules::{Rule, COMMON_RULES, G};
use super::value::{DayPart, Dir, Holiday, RefKind, Season, Unit};
use super::DateLexicon;
use crate::lang::{Lang, LangData};
use crate::text::fold;

/// One rule: its own regex, anchored at both ends of a match, built on
/// first use.
pub struct CompiledRule {
    pub rule: &'static Rule,
    lex: &'static DateLexicon,
    built: OnceLock<(Regex, Vec<(usize, usize)>)>,
}

impl CompiledRule {
    fn built(&self) -> &(Regex, Vec<(usize, usize)>) {
        self.built.get_or_init(|| {
            let anchored = format!("^(?:{})$", expand(self.rule.pattern, self.lex, &mut HashMap::default()));
            let regex = RegexBuilder::new(&anchored).unicode(false).build().unwrap_or_else(|e| panic!("date rule {} does not compile: {e}", self.rule.id));
            let slots = regex
                .capture_names()
                .enumerate()
                .filter_map(|(i, n)| Some((G::named(n?).unwrap_or_else(|| panic!("date rule {}: unknown group {n:?}", self.rule.id)) as usize, i)))
                .collect();
            (regex, slots)
        })
    }

    pub fn regex(&self) -> &Regex {
        &self.built().0
    }

    /// The rule's groups: their [`G`] (an alias takes its name's) → their
    /// index.
    pub fn slots(&self) -> &[(usize, usize)] {
        &self.built().1
    }
}

/// Lexicon tables keyed by [`key`].
pub struct Tables {
    pub months: HashMap<String, i8>,
    pub weekdays: HashMap<String, i8>,
    pub numbers: HashMap<String, u32>,
    pub ordinals: HashMap<String, u32>,
    pub units: HashMap<String, Unit>,
    pub parts: HashMap<String, DayPart>,
    pub clock_words: HashMap<String, i8>,
    pub seasons: HashMap<String, Season>,
    pub holidays: HashMap<String, Holiday>,
    pub rels: HashMap<String, i32>,
    pub shifts: HashMap<String, i8>,
    pub refs: HashMap<String, RefKind>,
    pub anaphoric_days: HashMap<String, i32>,
    pub anaphoric_shifts: HashMap<String, i32>,
    pub set_words: HashMap<String, Unit>,
    /// Tense cues, folded: their direction, and how they are written when
    /// with accents (the future first where a word is both).
    pub tense_cues: HashMap<String, (Dir, Option<String>)>,
    pub future_endings: Vec<String>,
    pub future_ending_exceptions: HashSet<String>,
    pub conditional_endings: Vec<String>,
    pub past_endings: Vec<String>,
    pub past_ending_exceptions: HashSet<String>,
    pub present_auxiliaries: HashSet<String>,
    pub perfect_auxiliaries: HashSet<String>,
    pub determiners: HashSet<String>,
    pub cue_exceptions: Vec<(String, String)>,
    pub coordinators: Vec<String>,
    pub bound_phrases: Vec<(String, Dir)>,
    pub capitalised: HashSet<String>,
    pub proper_name_months: HashSet<String>,
    pub words_after_a_day: HashSet<String>,
    pub word_months: HashSet<String>,
    pub abbreviations: HashSet<String>,
    /// The publication markers, folded (reference.rs looks for them before
    /// every full date: folded once here, not on each look).
    pub publication_markers: Vec<(String, u8)>,
}

pub struct Compiled {
    /// Every rule as a pattern, in order (leftmost-first), without groups.
    pub regex: MultiRegex,
    pub rules: Vec<CompiledRule>,
    pub tables: Tables,
}

/// A rule's match: its rule, the folded span and the rule's groups.
pub struct RuleMatch<'s, 'c> {
    pub rule: &'c CompiledRule,
    pub start: usize,
    pub end: usize,
    pub caps: Captures<'s>,
}

impl Compiled {
    /// The first match in `haystack` that starts at `from` or after, with
    /// its rule's groups.
    pub fn match_from<'s, 'c>(&'c self, haystack: &'s str, from: usize) -> Option<RuleMatch<'s, 'c>> {
        let mut from = from;
        loop {
            let m = self.regex.search(&Input::new(haystack).range(from..))?;
            let rule = self.rules.get(m.pattern().as_usize());
            let caps = rule.and_then(|r| r.regex().captures(haystack.get(m.start()..m.end())?));
            match (rule, caps) {
                (Some(rule), Some(caps)) => return Some(RuleMatch { rule, start: m.start(), end: m.end(), caps }),
                _ => from = m.end().max(from + 1),
            }
        }
    }

    /// Every match in `haystack`, in order, with its rule's groups.
    #[cfg(test)]
    pub fn matches<'s, 'c>(&'c self, haystack: &'s str) -> impl Iterator<Item = RuleMatch<'s, 'c>> + 'c
    where
        's: 'c,
    {
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = self.match_from(haystack, from)?;
            from = m.end.max(from + 1);
            Some(m)
        })
    }
}

/// The lookup form of a word or phrase: folded, without spaces, hyphens or
/// dots (`Vingt-Cinq` → `vingtcinq`, `p.m.` → `pm`). Borrowed when already
/// so, as most matched words are (the folded text is lower case).
pub fn key(s: &str) -> Cow<'_, str> {
    let keep = |c: &char| !matches!(c, ' ' | '\t' | '-' | '.');
    if s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'\'') {
        return Cow::Borrowed(s);
    }
    if s.is_ascii() && !s.contains('`') {
        // What `fold` does to ASCII, without its copy.
        return Cow::Owned(s.chars().filter(keep).map(|c| c.to_ascii_lowercase()).collect());
    }
    Cow::Owned(fold(s).chars().filter(keep).collect())
}

/// The compiled rules of `data`'s language, built on first use.
pub fn compiled(data: &'static LangData) -> &'static Compiled {
    static FR: OnceLock<Compiled> = OnceLock::new();
    static EN: OnceLock<Compiled> = OnceLock::new();
    let cell = match data.lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    };
    cell.get_or_init(|| compile(&data.dates))
}

fn compile(lex: &'static DateLexicon) -> Compiled {
    let tables = tables(lex);
    let all: Vec<&'static Rule> = COMMON_RULES.iter().chain(lex.rules.iter().flat_map(|g| g.iter())).collect();
    // The text is folded, so the patterns are ASCII but for a few literals:
    // without Unicode classes the automaton is several times smaller.
    let config = syntax::Config::new().unicode(false);
    // Each placeholder is parsed once; every rule gets a copy of its tree
    // (parsing the same alternations again in every rule was most of the
    // build time).
    let mut trees: HashMap<&str, Hir> = HashMap::default();
    let mut alternatives: Vec<Hir> = Vec::with_capacity(all.len());
    for rule in &all {
        let (marked, names) = mark(rule.pattern);
        for name in names {
            if !trees.contains_key(name) {
                let tree = placeholder_tree(name, lex).unwrap_or_else(|| {
                    let pattern = format!("{{{name}}}");
                    let text = expand(&pattern, lex, &mut HashMap::default());
                    syntax::parse_with(&text, &config).unwrap_or_else(|e| panic!("date placeholder {name}: {e}"))
                });
                trees.insert(name, tree);
            }
        }
        let text = format!("(?-u:\\b)(?:{})(?-u:\\b)", strip_names(&spaces(&marked)));
        let tree = syntax::parse_with(&text, &config).unwrap_or_else(|e| panic!("date rule {} does not compile: {e}", rule.id));
        alternatives.push(substitute(tree, &trees));
    }
    // No prefilter: the rules begin with too many different words and digits
    // for one to pay, and looking for one (literal extraction) took a sixth
    // of the build time; the search is as fast without.
    let regex = MultiRegex::builder()
        .configure(MultiRegex::config().nfa_size_limit(Some(64 << 20)).hybrid_cache_capacity(8 << 20).auto_prefilter(false))
        .build_many_from_hir(&alternatives)
        .unwrap_or_else(|e| panic!("date patterns do not compile: {e}"));
    // A rule's own pattern is written out the first time it matches.
    let rules = all.into_iter().map(|rule| CompiledRule { rule, lex, built: OnceLock::new() }).collect();
    Compiled { regex, rules, tables }
}

fn tables(lex: &DateLexicon) -> Tables {
    fn keyed<'a, V: Copy + 'a>(items: impl IntoIterator<Item = &'a (&'a str, V)>) -> HashMap<String, V> {
        items.into_iter().map(|&(w, v)| (key(w).into_owned(), v)).collect()
    }
    let numbered = |lists: &[&[&str]], modulo: usize| -> HashMap<String, i8> {
        let entries = lists.iter().enumerate().flat_map(|(i, l)| l.iter().map(move |w| (key(w).into_owned(), (i % modulo) as i8 + 1)));
        entries.collect()
    };
    let months: Vec<&[&str]> = lex.months.iter().chain(lex.month_abbreviations.iter()).copied().collect();
    let weekdays: Vec<&[&str]> = lex.weekdays.iter().chain(lex.weekday_abbreviations.iter()).copied().collect();
    let abbreviations = lex.month_abbreviations.iter().chain(lex.weekday_abbreviations.iter());
    Tables {
        months: numbered(&months, 12),
        weekdays: numbered(&weekdays, 7),
        numbers: number_table(lex).into_iter().map(|(w, n)| (key(&w).into_owned(), n)).collect(),
        ordinals: keyed(lex.ordinals),
        units: keyed(lex.units),
        parts: keyed(lex.day_parts),
        clock_words: keyed(lex.clock_words),
        seasons: keyed(lex.seasons),
        holidays: keyed(lex.holidays),
        rels: keyed(lex.relative_days),
        shifts: keyed(lex.shifts),
        refs: keyed(lex.refs.iter().chain(lex.bound_refs.iter())),
        anaphoric_days: keyed(lex.anaphoric_days),
        anaphoric_shifts: keyed(lex.anaphoric_shifts),
        set_words: keyed(lex.set_words),
        tense_cues: {
            let cues = |list: &'static [&'static str], d: Dir| list.iter().map(move |w| (fold(w), (d, (!w.is_ascii()).then(|| w.to_lowercase()))));
            // Inserted last, the future wins.
            cues(lex.past_cues, Dir::Past).chain(cues(lex.future_cues, Dir::Future)).collect()
        },
        future_endings: lex.future_endings.iter().map(|w| fold(w)).collect(),
        future_ending_exceptions: lex.future_ending_exceptions.iter().map(|w| fold(w)).collect(),
        conditional_endings: lex.conditional_endings.iter().map(|w| w.to_lowercase()).collect(),
        past_endings: lex.past_endings.iter().map(|w| fold(w)).collect(),
        past_ending_exceptions: lex.past_ending_exceptions.iter().map(|w| fold(w)).collect(),
        present_auxiliaries: lex.present_auxiliaries.iter().map(|w| fold(w)).collect(),
        perfect_auxiliaries: lex.perfect_auxiliaries.iter().map(|w| fold(w)).collect(),
        determiners: lex.determiners.iter().map(|w| fold(w)).collect(),
        cue_exceptions: lex.cue_exceptions.iter().map(|&(c, w)| (fold(c), fold(w))).collect(),
        coordinators: lex.coordinators.iter().map(|w| fold(w)).collect(),
        bound_phrases: lex.bound_phrases.iter().map(|&(p, d)| (fold(p), d)).collect(),
        capitalised: lex.capitalised_months.iter().map(|w| key(w).into_owned()).collect(),
        proper_name_months: lex.proper_name_months.iter().map(|w| key(w).into_owned()).collect(),
        words_after_a_day: lex.words_after_a_day.iter().map(|w| key(w).into_owned()).collect(),
        word_months: lex.word_months.iter().map(|w| key(w).into_owned()).collect(),
        abbreviations: abbreviations.flat_map(|a| a.iter()).map(|w| key(w).into_owned()).collect(),
        publication_markers: lex.publication_markers.iter().map(|&(m, s)| (fold(m), s)).collect(),
    }
}
