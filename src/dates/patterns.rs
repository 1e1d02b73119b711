//! A rule's pattern as text and as a syntax tree: placeholders (`{month}`)
//! become alternations of the language's table words, folded, spaces become
//! `[ \t]+`. For the combined regex, each placeholder is parsed once and
//! its tree put in every rule that uses it ([`mark`], [`substitute`]); a
//! rule's own regex is built from its text ([`expand`]).

use rustc_hash::FxHashMap as HashMap;

use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, Hir, HirKind, Repetition};

use super::DateLexicon;
use crate::text::fold;

/// The marker group that stands for a placeholder in a pattern parsed
/// before the placeholder's tree is put in: `(?P<zph_3_month>)`.
pub const MARK: &str = "zph_";

/// Whether `tree` holds a marker group.
fn marked(tree: &Hir) -> bool {
    match tree.kind() {
        HirKind::Capture(Capture { name: Some(name), .. }) if name.starts_with(MARK) => true,
        HirKind::Capture(c) => marked(&c.sub),
        HirKind::Repetition(r) => marked(&r.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(marked),
        _ => false,
    }
}

/// `pattern` with each table placeholder (`{month}`) replaced by an empty
/// named group that [`substitute`] finds, and the placeholders' names.
/// Regex repetitions (`{2}`) are kept.
pub fn mark(pattern: &str) -> (String, Vec<&str>) {
    let (mut out, mut names) = (String::with_capacity(pattern.len()), Vec::new());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        out.push_str(&rest[..open]);
        if name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().all(|c| c.is_ascii_alphanumeric()) {
            out.push_str(&format!("(?P<{MARK}{}_{name}>)", names.len()));
            names.push(name);
        } else {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    (out, names)
}

/// `tree` with every marker group replaced by its placeholder's tree.
/// Subtrees without a marker are kept as they are.
pub fn substitute(tree: Hir, trees: &HashMap<&str, Hir>) -> Hir {
    if !marked(&tree) {
        return tree;
    }
    match tree.into_kind() {
        HirKind::Capture(Capture { name: Some(name), .. }) if name.starts_with(MARK) => {
            let placeholder = name.splitn(3, '_').nth(2).unwrap_or("");
            trees.get(placeholder).cloned().unwrap_or_else(Hir::empty)
        }
        HirKind::Capture(c) => Hir::capture(Capture { sub: Box::new(substitute(*c.sub, trees)), ..c }),
        HirKind::Repetition(r) => Hir::repetition(Repetition { sub: Box::new(substitute(*r.sub, trees)), ..r }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(|h| substitute(h, trees)).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(|h| substitute(h, trees)).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
    }
}

/// `(?P<month>…)` → `(?:…)`, but for the placeholder markers.
pub fn strip_names(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(i) = rest.find("(?P<") {
        out.push_str(&rest[..i]);
        if rest[i + 4..].starts_with(MARK) {
            out.push_str("(?P<");
            rest = &rest[i + 4..];
            continue;
        }
        out.push_str("(?:");
        rest = rest[i + 4..].split_once('>').map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out
}

/// Replaces placeholders with alternations from the tables and spaces with
/// `[ \t]+`.
/// `placeholders` keeps each placeholder's alternation for the next rules.
pub fn expand<'p>(pattern: &'p str, lex: &DateLexicon, placeholders: &mut HashMap<&'p str, Option<String>>) -> String {
    let mut out = String::with_capacity(pattern.len() * 4);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        out.push_str(&spaces(&rest[..open]));
        match placeholders.entry(name).or_insert_with(|| placeholder(name, lex)) {
            Some(alt) => out.push_str(alt),
            // A regex repetition such as `\d{4}`.
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(&spaces(rest));
    out
}

/// Spaces outside character classes become `[ \t]+`.
pub fn spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let (mut in_class, mut escaped) = (false, false);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // ` ?`: an optional run of spaces.
            ' ' if !in_class && chars.peek() == Some(&'?') => {
                chars.next();
                out.push_str("[ \\t]*");
            }
            ' ' if !in_class => out.push_str("[ \\t]+"),
            _ => out.push(c),
        }
        match (escaped, c) {
            (true, _) => escaped = false,
            (false, '\\') => escaped = true,
            (false, '[') => in_class = true,
            (false, ']') => in_class = false,
            _ => {}
        }
    }
    out
}

fn placeholder(name: &str, lex: &DateLexicon) -> Option<String> {
    match name {
        "num" => Some(format!("(?:[0-9]{{1,3}}(?:[ .,][0-9]{{3}})+|[0-9]+|{})", number_words(lex))),
        "day" => {
            let suffixes = alternation(&lex.day_suffixes.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            Some(format!("(?:3[01]|[12][0-9]|0?[1-9])(?:{suffixes})?"))
        }
        "year" => Some("(?:1[5-9][0-9]{2}|20[0-9]{2})".into()),
        "pre" => Some(format!("(?:{}[ \\t]*)?", alternation(&table_words("mod", lex)?))),
        _ => table_words(name, lex).map(|words| alternation(&words)),
    }
}

/// A placeholder's syntax tree built from its table's words, as parsing
/// [`placeholder`]'s text would give it but without the parsing (most of
/// the text of the date regex is table words); `None` for the placeholders
/// written as regexes (`{num}`, `{day}`, `{year}`).
pub fn placeholder_tree(name: &str, lex: &DateLexicon) -> Option<Hir> {
    if name == "pre" {
        let mods = alternation_tree(&table_words("mod", lex)?);
        let spaces = Hir::repetition(Repetition { min: 0, max: None, greedy: true, sub: Box::new(bytes_class(b" \t")) });
        let optional = Repetition { min: 0, max: Some(1), greedy: true, sub: Box::new(Hir::concat(vec![mods, spaces])) };
        return Some(Hir::repetition(optional));
    }
    table_words(name, lex).map(|words| alternation_tree(&words))
}

/// The words of a placeholder that lists a table.
fn table_words(name: &str, lex: &DateLexicon) -> Option<Vec<String>> {
    let firsts = |t: &[(&str, u32)]| t.iter().map(|&(w, _)| w.to_string()).collect::<Vec<_>>();
    Some(match name {
        "month" => lex.months.iter().flat_map(|m| m.iter()).map(|s| s.to_string()).collect(),
        "mon" => {
            let abbr = lex.month_abbreviations.iter().flat_map(|m| m.iter()).map(|s| format!("{s}."));
            let plain = lex.month_abbreviations.iter().flat_map(|m| m.iter()).map(|s| s.to_string());
            lex.months.iter().flat_map(|m| m.iter()).map(|s| s.to_string()).chain(abbr).chain(plain).collect()
        }
        "weekday" => lex.weekdays.iter().flat_map(|m| m.iter()).map(|s| s.to_string()).collect(),
        "wd" => {
            let abbr = lex.weekday_abbreviations.iter().flat_map(|m| m.iter()).map(|s| format!("{s}."));
            let plain = lex.weekday_abbreviations.iter().flat_map(|m| m.iter()).map(|s| s.to_string());
            lex.weekdays.iter().flat_map(|m| m.iter()).map(|s| s.to_string()).chain(abbr).chain(plain).collect()
        }
        "ord" => firsts(lex.ordinals),
        "unit" => lex.units.iter().map(|(w, _)| w.to_string()).collect(),
        "part" => lex.day_parts.iter().map(|(w, _)| w.to_string()).collect(),
        "clock" => lex.clock_words.iter().map(|(w, _)| w.to_string()).collect(),
        "season" => lex.seasons.iter().map(|(w, _)| w.to_string()).collect(),
        "holiday" => lex.holidays.iter().map(|(w, _)| w.to_string()).collect(),
        "rel" => lex.relative_days.iter().map(|(w, _)| w.to_string()).collect(),
        "shift" => lex.shifts.iter().map(|(w, _)| w.to_string()).collect(),
        "mod" => lex.modifiers.iter().map(|w| w.to_string()).collect(),
        "ref" => lex.refs.iter().map(|(w, _)| w.to_string()).collect(),
        "bref" => lex.bound_refs.iter().map(|(w, _)| w.to_string()).collect(),
        "vague" => lex.vague_counts.iter().map(|w| w.to_string()).collect(),
        "every" => lex.every.iter().map(|w| w.to_string()).collect(),
        "arel" => lex.anaphoric_days.iter().map(|(w, _)| w.to_string()).collect(),
        "ashift" => lex.anaphoric_shifts.iter().map(|(w, _)| w.to_string()).collect(),
        "setw" => lex.set_words.iter().map(|(w, _)| w.to_string()).collect(),
        // Number words for spelled years: `nineteen`, `ninety-six`, `five`.
        "ycent" => spelled(lex, 10..=20),
        "yteen" => spelled(lex, 10..=19),
        "yten" => lex.tens.iter().map(|(w, _)| w.to_string()).collect(),
        "yunit" => spelled(lex, 1..=9),
        _ => return None,
    })
}

/// The number words (not the articles) whose value is in `range`.
fn spelled(lex: &DateLexicon, range: std::ops::RangeInclusive<u32>) -> Vec<String> {
    number_table(lex).into_iter().filter(|(w, n)| range.contains(n) && w.len() > 2).map(|(w, _)| w).collect()
}

/// [`alternation`] as a syntax tree.
fn alternation_tree(words: &[String]) -> Hir {
    let mut folded: Vec<String> = words.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
    folded.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    folded.dedup();
    let piece = |c: char| match c {
        '-' => Hir::repetition(Repetition { min: 0, max: Some(1), greedy: true, sub: Box::new(bytes_class(b"- ")) }),
        ' ' => Hir::repetition(Repetition { min: 1, max: None, greedy: true, sub: Box::new(bytes_class(b" \t")) }),
        c => Hir::literal(c.encode_utf8(&mut [0; 4]).as_bytes()),
    };
    Hir::alternation(folded.iter().map(|w| Hir::concat(w.chars().map(piece).collect())).collect())
}

/// A class of the given bytes.
fn bytes_class(bytes: &[u8]) -> Hir {
    Hir::class(Class::Bytes(ClassBytes::new(bytes.iter().map(|&b| ClassBytesRange::new(b, b)))))
}

/// Folded, escaped, longest first; a hyphen or space inside an entry
/// matches a hyphen, a space or nothing.
fn alternation(words: &[String]) -> String {
    let mut folded: Vec<String> = words.iter().map(|w| fold(w)).filter(|w| !w.is_empty()).collect();
    folded.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    folded.dedup();
    let escaped: Vec<String> = folded
        .iter()
        .map(|w| regex::escape(w).replace(' ', "[ \\t]+").replace("\\-", "[- ]?"))
        .collect();
    format!("(?:{})", escaped.join("|"))
}

/// Number words, with tens combined with 1–9 (`vingt-cinq`, `twenty one`),
/// as a regex that matches like [`alternation`] of every word of
/// [`number_table`] but is a quarter as long: the words in a trie
/// ([`trie`]), where each ten is followed by one group for all its
/// combinations, `vingt(?:(?:et|…)(?:deux|un|…))?`. Spelled out, the
/// combinations made up two thirds of the date regex and of the time spent
/// building it (parsing, translating, compiling).
fn number_words(lex: &DateLexicon) -> String {
    // The rank of each word in `alternation`: where two words can both
    // match, the one with the lower rank is preferred.
    let mut all: Vec<String> = number_table(lex).into_iter().map(|(w, _)| fold(&w)).filter(|w| !w.is_empty()).collect();
    all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    all.dedup();
    let ranks: HashMap<&str, usize> = all.iter().enumerate().map(|(i, w)| (w.as_str(), i)).collect();
    let rank = |w: &str| ranks.get(w).copied().unwrap_or(usize::MAX);
    let units: Vec<String> = lex.numbers.iter().filter(|(w, n)| (1..10).contains(n) && w.len() > 1).map(|&(w, _)| w.to_string()).collect();
    let joiners: Vec<String> = lex.number_joiners.iter().map(|j| j.to_string()).collect();
    let combination = format!("{}{}", alternation(&joiners), alternation(&units));
    let mut entries: Vec<(Vec<String>, usize)> = Vec::new();
    for &(w, _) in lex.numbers.iter().chain(lex.tens) {
        let w = fold(w);
        entries.push((tokens(&w), rank(&w)));
    }
    for &(ten, _) in lex.tens {
        let ten = fold(ten);
        let mut first = usize::MAX;
        for u in &units {
            for j in &joiners {
                first = first.min(rank(&fold(&format!("{ten}{j}{u}"))));
            }
        }
        let mut t = tokens(&ten);
        t.push(combination.clone());
        entries.push((t, first));
    }
    trie(entries)
}

/// A folded word as regex pieces, one per char, each as [`alternation`]
/// writes it.
fn tokens(folded: &str) -> Vec<String> {
    folded.chars().map(|c| regex::escape(c.encode_utf8(&mut [0; 4])).replace(' ', "[ \\t]+").replace("\\-", "[- ]?")).collect()
}

/// An alternation of words given as pieces, each with its rank (lower is
/// preferred), with common beginnings written once. Where two words can both
/// match, the preferred one comes first: a word before its own beginning
/// (greedy `?`), and the branches of a fork in the order of their best word.
fn trie(mut words: Vec<(Vec<String>, usize)>) -> String {
    #[derive(Default)]
    struct Node {
        children: Vec<(String, Node)>,
        word: bool,
    }
    // Inserted best first, so that each fork lists its branches in order.
    words.sort_by_key(|(_, rank)| *rank);
    let mut root = Node::default();
    for (pieces, _) in words.iter().filter(|(p, _)| !p.is_empty()) {
        let mut node = &mut root;
        for piece in pieces {
            let i = match node.children.iter().position(|(p, _)| p == piece) {
                Some(i) => i,
                None => {
                    node.children.push((piece.clone(), Node::default()));
                    node.children.len() - 1
                }
            };
            node = &mut node.children[i].1;
        }
        node.word = true;
    }
    fn emit(node: &Node, out: &mut String) {
        if node.children.is_empty() {
            return;
        }
        // A group only where there is a fork or an end of word.
        let group = node.children.len() > 1 || node.word;
        if group {
            out.push_str("(?:");
        }
        for (i, (piece, child)) in node.children.iter().enumerate() {
            if i > 0 {
                out.push('|');
            }
            out.push_str(piece);
            emit(child, out);
        }
        if group {
            out.push(')');
        }
        if node.word {
            out.push('?');
        }
    }
    let mut out = String::new();
    emit(&root, &mut out);
    format!("(?:{out})")
}

pub fn number_table(lex: &DateLexicon) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = lex.numbers.iter().map(|&(w, n)| (w.to_string(), n)).collect();
    for &(ten, t) in lex.tens {
        out.push((ten.to_string(), t));
        for &(unit, u) in lex.numbers.iter().filter(|(w, n)| (1..10).contains(n) && w.len() > 1) {
            for joiner in lex.number_joiners {
                out.push((format!("{ten}{joiner}{unit}"), t + u));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use regex::RegexBuilder;

    /// A placeholder's tree built from its words is the tree its text parses to.
    #[test]
    fn placeholder_trees_are_their_parsed_text() {
        let config = regex_automata::util::syntax::Config::new().unicode(false);
        for lang in Lang::ALL {
            let lex = &crate::lang::data(lang).dates;
            for name in ["month", "mon", "weekday", "wd", "ord", "unit", "part", "clock", "season", "holiday", "rel", "shift", "mod", "pre", "ref", "bref", "vague", "every", "arel", "ashift", "setw"] {
                let built = placeholder_tree(name, lex).unwrap();
                let parsed = regex_automata::util::syntax::parse_with(&placeholder(name, lex).unwrap(), &config).unwrap();
                assert_eq!(built, parsed, "{lang} {name}");
            }
        }
    }

    /// The factored `{num}` matches what the alternation of every number
    /// word matched, and prefers the same match: after every word, alone,
    /// followed by a word boundary or by another word.
    #[test]
    fn factored_numbers_match_like_the_full_list() {
        for lang in Lang::ALL {
            let lex = &crate::lang::data(lang).dates;
            let words: Vec<String> = number_table(lex).into_iter().map(|(w, _)| w).collect();
            let full = alternation(&words);
            let factored = number_words(lex);
            let build = |body: &str, tail: &str| RegexBuilder::new(&format!("^(?:{body}){tail}")).unicode(false).build().unwrap();
            for tail in ["", "\\b", "[ \\t]+[a-z]+\\b"] {
                let (a, b) = (build(&full, tail), build(&factored, tail));
                let mut texts: Vec<String> = Vec::new();
                for w in &words {
                    let w = fold(w);
                    for next in words.iter().map(|x| fold(x)).chain(["ans".into(), "years".into(), "dix".into(), "".into()]) {
                        for sep in [" ", "-", "", " et ", "  ", "-et-", "\\t", "+"] {
                            texts.push(format!("{w}{sep}{next}"));
                        }
                    }
                }
                for t in &texts {
                    let (x, y) = (a.find(t).map(|m| m.end()), b.find(t).map(|m| m.end()));
                    assert_eq!(x, y, "{lang}: {t:?} with tail {tail:?}");
                }
            }
        }
    }
}
