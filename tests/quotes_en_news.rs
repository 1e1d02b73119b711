//! English quotations in forms news writes them that the other files do
//! not hold: acronyms as speakers, quotes signed after a dash, absolute
//! phrases and gerund clauses.

mod quotes_common;
use annotator::Lang;
use quotes_common::check;

/// An acronym the entity stage names is a speaker, not the function word
/// it spells (`US` / `us`, `WHO` / `who`).
#[test]
fn acronym_speakers() {
    check(Lang::En, &[
        ("The US said the talks had failed.", &[('i', "the talks had failed", Some("US"))]),
        ("WHO say obesity is the fastest growing health problem.", &[('i', "obesity is the fastest growing health problem", Some("WHO"))]),
    ]);
}

/// `"…" - Name`: a dash and a name ending the paragraph sign the words;
/// a dash inside the sentence signs nothing.
#[test]
fn quote_signed_after_a_dash() {
    check(Lang::En, &[
        ("\"The tide always wins in the end.\" - Harold Finch", &[('d', "The tide always wins in the end.", Some("Harold Finch"))]),
        (
            "\"The tide always wins in the end, and we lose.\" — Harold Finch, harbour master",
            &[('d', "The tide always wins in the end, and we lose.", Some("Harold Finch"))],
        ),
        (
            "He said \"the tide always wins in the end\" - Finch disagreed.",
            &[('d', "the tide always wins in the end", Some("He"))],
        ),
    ]);
}

/// `…, with one member writing "…"`: the noun of an absolute phrase is
/// the participle's subject, not the sentence's.
#[test]
fn absolute_phrase_subject() {
    check(Lang::En, &[
        (
            "The union criticised the plan, with one member writing \"We were never asked.\"",
            &[('d', "We were never asked.", Some("one member"))],
        ),
        (
            "Critics quoted the nurse Ann Cole, with Cole stating: \"Nobody listens to us.\"",
            &[('d', "Nobody listens to us.", Some("Ann Cole"))],
        ),
    ]);
}

/// `say adding salt is …`: a gerund right after the cue is the subject of
/// the reported clause, not a cue of its own; `, adding that` still is one.
#[test]
fn gerund_opening_a_reported_clause() {
    check(Lang::En, &[
        (
            "The authors say adding fluoride to water is the cheapest way to protect teeth.",
            &[('i', "adding fluoride to water is the cheapest way to protect teeth", Some("The authors"))],
        ),
        ("They say adding the mineral to salt is the simplest method.", &[('i', "adding the mineral to salt is the simplest method", Some("They"))]),
        ("He said, adding that the road would reopen on Monday.", &[('i', "the road would reopen on Monday", Some("He"))]),
    ]);
}

/// `the leaders of the union, who said`: the role the complement completes
/// is the antecedent (not `the mouth of X, who`, where X is).
#[test]
fn relative_after_a_role_and_its_complement() {
    check(Lang::En, &[
        ("The governor met the leaders of the union, who said the plant would close.", &[('i', "the plant would close", Some("the leaders of the union"))]),
        ("It began in the mouth of Donald Trump, who said the plan was a disaster.", &[('i', "the plan was a disaster", Some("Donald Trump"))]),
    ]);
}

/// The speaker is the person after a role's complement, not the
/// complement's name with it; a role with no article and a complement
/// holding only an organisation describes the speaker.
#[test]
fn speakers_after_a_role_complement() {
    check(Lang::En, &[
        ("Secretary of State Laura Whitfield said the talks would resume.", &[('i', "the talks would resume", Some("Laura Whitfield"))]),
        (
            "According to Afghan Ambassador to the United States Hamdullah Mohib, the team showed courage.",
            &[('i', "the team showed courage", Some("Hamdullah Mohib"))],
        ),
        (
            "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict \"a long war of attrition that nobody can win\".",
            &[('d', "a long war of attrition that nobody can win", Some("Matthew Ingram"))],
        ),
        (
            "Chairman of the Northern Centre for Iodine Research, says it is crucial that children get enough iodine.",
            &[('i', "children get enough iodine", Some("Chairman of the Northern Centre for Iodine Research"))],
        ),
    ]);
}

/// A verb after a relative belongs to the relative clause: a noun phrase
/// and its relative after a verb report nothing (`conceded a penalty
/// which …`); a clause's own verb after the relative still makes it one.
#[test]
fn object_with_a_relative_is_no_clause() {
    check(Lang::En, &[
        ("In the 62nd minute the defender conceded a penalty which the referee awarded after a long review.", &[]),
        ("Police said the man who shot him was arrested.", &[('i', "the man who shot him was arrested", Some("Police"))]),
    ]);
}

/// `…, with one official adding …`: an absolute phrase with a cue of its
/// own ends the reported clause before it.
#[test]
fn absolute_phrase_ends_the_clause() {
    check(Lang::En, &[(
        "Officials told the BBC every claim would be assessed, with one official adding that no one would be refused.",
        &[
            ('i', "every claim would be assessed", Some("Officials")),
            ('i', "no one would be refused", Some("one official")),
        ],
    )]);
}

/// A clause without `that` after the cue: its subject may be a noun and a
/// short complement (`enrollment in band had …`) or hold a possessive
/// (`a parents' group had …`, `Mapes' level was …`); the cue may be
/// followed by the medium it spoke in (`said in a statement the …`) or by
/// whom it was told to and when (`told jurors on Wednesday she …`).
#[test]
fn clauses_without_that() {
    check(Lang::En, &[
        ("He said enrollment in band had doubled since 2015.", &[('i', "enrollment in band had doubled since 2015", Some("He"))]),
        ("She said a parents' group had already raised $38,000.", &[('i', "a parents' group had already raised $38,000", Some("She"))]),
        ("The prosecutor said Mapes' blood level was twice the limit.", &[('i', "Mapes' blood level was twice the limit", Some("The prosecutor"))]),
        ("The office said in a statement the governor would sign the bill.", &[('i', "the governor would sign the bill", Some("The office"))]),
        ("A former aide told jurors on Wednesday she had been ordered to delete emails.", &[('i', "she had been ordered to delete emails", Some("A former aide"))]),
        // Not an object and its relative: `said goodbye to the neighbours who were leaving`.
        ("She said goodbye to the neighbours who were leaving.", &[]),
        ("He said thanks in a speech that was short.", &[]),
    ]);
}

/// `Prosecutors said he would tell the court …`: a subject pronoun right
/// before the verb (past its auxiliaries) is the verb's whole subject, not
/// the words before it too.
#[test]
fn a_pronoun_before_the_verb_is_its_subject() {
    let quotes = quotes_common::quotes(Lang::En, "Prosecutors said he would tell the court the executive approved every payment.");
    let spans: Vec<Option<&str>> = quotes.iter().map(|q| q.speaker_span.as_ref().map(|s| s.text.as_str())).collect();
    assert!(!spans.is_empty() && spans.iter().all(|s| *s == Some("he") || *s == Some("Prosecutors")), "{spans:?}");
}

/// `The survey found that …`, `The poll showed that …`: a finding is
/// reported with `that`; `found the body`, `showed the way` report nothing.
#[test]
fn findings_with_that() {
    check(Lang::En, &[
        ("The survey found that support was strongest among commuters.", &[('i', "support was strongest among commuters", Some("The survey"))]),
        ("The poll showed that voters were split.", &[('i', "voters were split", Some("The poll"))]),
        ("Police found the body near the river.", &[]),
        ("The guide showed the visitors were lost.", &[]),
    ]);
}

/// `…, he said, and the branch draws …`: a short subject and its cue
/// between commas, then a coordinated clause: the words before are
/// reported; the clause after is left out (it may go on with the report or
/// the story: `…, Smith said, and left the room`).
#[test]
fn attribution_before_a_coordinated_clause() {
    check(Lang::En, &[
        (
            "The city faces a $4 million shortfall, he said, and the branch draws fewer than 40 visitors on most days of the week.",
            &[('i', "The city faces a $4 million shortfall", Some("he"))],
        ),
        ("The plan failed, Smith said, and then he left the room without taking questions from reporters.", &[('i', "The plan failed", Some("Smith"))]),
        // (Not a list with a participle: `…, one listing the facts, and …`.)
        ("It had two columns, one listing the facts, and another the claims.", &[]),
    ]);
}
