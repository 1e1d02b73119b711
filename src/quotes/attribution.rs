//! Who says a marked quote: the cue after it (`« … », a déclaré X`,
//! `"…," X said`, `…, a-t-il ajouté`, `…, selon X`) or before it (`X a
//! déclaré : « …`, `X said that "…`, `selon X, « …`), a speech noun (`la
//! déclaration de X : « …`) or a bare colon after a name (`X : « … »`).

use super::clause::{speaker_phrase, subject_start, without_adverbial};
use super::context::{is_mark, is_stop, Ctx};
use super::lexicon::{class, Entries};
use super::cues::{cue_at, inverted_slot_at, negated, slot_verb_at, verb_at, Cue, CueKind};
use super::speakers::{clause_subject, phrase_after, resolve, resolve_best, subject_before, Speaker, Wanted};

/// What a quote's attribution found.
pub struct Attribution {
    pub cue: Option<Cue>,
    pub speaker: Option<Speaker>,
    /// Rule id without the language prefix: `quote.after_cue`, `quote.inverted`,
    /// `quote.before_cue`, `quote.colon`…
    pub rule: &'static str,
}

/// Tokens a subject after a quote may take before its verb, and its
/// apposition between commas (`Graham, a former candidate, told`).
const SUBJECT_AFTER: usize = 10;
const APPOSITION: usize = 30;
/// How far back (tokens) a participle looks for the verb it goes with.
const VERB_REACH: usize = 40;
/// Tokens of the subject of a cue after a quote that ends its sentence.
const SHORT_SUBJECT: usize = 3;
const BEFORE_WINDOW: usize = 24;
/// Tokens of a source before a colon (`From the agency's report:`).
const MAX_SOURCE: usize = 8;

/// The speaker of an inverted cue: the pronoun glued to it, pointing back;
/// its span is the pronoun's (`il` in `a-t-il ajouté`) when the cue ends
/// with one of the language's pronouns, else the cue's.
fn inverted_speaker(ctx: &Ctx, cue: &Cue) -> Speaker {
    let whole = ctx.bytes(cue.tokens.clone());
    let glued = cue.tokens.clone().find_map(|k| {
        let t = &ctx.doc.tokens[k];
        let raw = ctx.raw(k);
        let (head, tail) = raw.rsplit_once('-')?;
        (!head.is_empty() && ctx.lex().pronouns.contains(&tail.to_lowercase().as_str())).then(|| t.end - tail.len()..t.end)
    });
    let span = glued.unwrap_or(whole);
    Speaker { name: None, span: Some(span.clone()), back: Some((Wanted::Person, span.start)), proper: false, kind: None }
}

/// `assure-t-on à la mairie`, `explique-t-on au ministère de la Santé`,
/// `peut-on lire dans le communiqué`: an impersonal inverted pronoun, then
/// the place or the document that speaks.
fn impersonal_place(ctx: &Ctx, cue: &Cue, hi: usize) -> Option<Speaker> {
    // (The pronoun may sit inside the cue: `peut-on lire dans le communiqué`.)
    let impersonal = cue.tokens.clone().any(|k| super::cues::impersonal_inverted(ctx, k));
    let mut k = cue.tokens.end;
    if ctx.is(k, class::INFINITIVE) && !ctx.is_capital(k) {
        k += 1;
    }
    if !impersonal || !ctx.is(k, class::PREPOSITION) {
        return None;
    }
    let mut phrase = phrase_after(ctx, k + 1, hi).and_then(|r| speaker_phrase(ctx, r))?;
    // `auprès du service`: the article the preposition took in is no part of the name.
    if phrase.len() > 1 && ctx.is(phrase.start, class::NOUN_LINK) && ctx.is(phrase.start, class::DETERMINER) {
        phrase.start += 1;
    }
    Some(resolve(ctx, without_adverbial(ctx, phrase)))
}

/// The speaker of a cue: inverted pronoun, subject before, or phrase after.
pub fn speaker_of(ctx: &Ctx, cue: &Cue, lo: usize, hi: usize) -> Option<Speaker> {
    if cue.inverted {
        return Some(impersonal_place(ctx, cue, hi).unwrap_or_else(|| inverted_speaker(ctx, cue)));
    }
    if cue.kind == CueKind::Marker {
        return phrase_after(ctx, super::cues::source_start(ctx, cue), hi).and_then(|r| speaker_phrase(ctx, r)).map(|r| with_apposition(ctx, r, hi));
    }
    let start = cue.tokens.start;
    // `X a publié une lettre appelant à …`, `X responded, remarking …`: the
    // participle speaks for the subject of the verb before it, else of the
    // clause, not for the noun it follows.
    if cue.tokens.len() == 1 && ctx.is(start, class::PARTICIPLE) {
        if let Some(s) = absolute_subject(ctx, lo, start) {
            return Some(s);
        }
        // Opening the sentence, the main clause's subject after its comma.
        if let Some((_, subject)) = super::clause::main_clause_after(ctx, start, hi.max(ctx.sentence(ctx.sentence_of(start)).end)) {
            return resolve_best(ctx, &[subject]);
        }
        // A speech verb before it gives its subject (`X said …, adding`);
        // a verb no list names may belong inside the object (`X criticized
        // the accord adopted by …, saying`): the clause's subject, when it
        // names someone, comes first then.
        let anchor = verb_before(ctx, lo, start);
        let listed = anchor.as_ref().is_some_and(|a| verb_at(ctx, a.tokens.start).is_some());
        if listed {
            if let Some(s) = anchor.as_ref().and_then(|a| speaker_of(ctx, a, lo, start)) {
                return Some(s);
            }
        }
        let subject = clause_subject(ctx, lo, start).filter(|r| r.end < start).and_then(|r| resolve_best(ctx, &[r]));
        if let Some(s) = subject.clone().filter(|s| s.proper || s.back.is_some()) {
            return Some(s);
        }
        if let Some(s) = anchor.filter(|_| !listed).and_then(|a| speaker_of(ctx, &a, lo, start)) {
            return Some(s);
        }
        if let Some(s) = subject {
            return Some(s);
        }
    }
    if let Some(s) = super::clause::relative_subject(ctx, lo, start) {
        return Some(s);
    }
    // `Et d'ajouter que …`: an infinitive of narration opening its sentence
    // speaks for the subject of the sentence before.
    if let Some(s) = narrative_infinitive(ctx, start) {
        return Some(s);
    }
    // `X went on to say`, `X a tenu à préciser`: an infinitive speaks for
    // the subject of its clause.
    if start > lo && ctx.lex().infinitive_markers.contains(&ctx.w(start - 1)) {
        // (A name in apposition first: `Le maire, Paul Roy, a pris la parole
        // pour rappeler`.)
        if let Some(s) = super::speakers::subject_and_apposition(ctx, lo, start - 1).and_then(|c| resolve_best(ctx, &c)) {
            return Some(s);
        }
        // (Past a long fronted phrase, the subject right before its verb:
        // `Afin de …, le gouvernement vient d'annoncer`.)
        if let Some(s) = resolve_best(ctx, &subject_before(ctx, lo, start - 1)) {
            return Some(s);
        }
    }
    // `The problem, says Carl Anthony, a historian, is that …`: a cue
    // between commas with a name after it interrupts the sentence, whose
    // subject is not its speaker.
    // (Not `X, who …, told POLITICO,`: a verb with an object.)
    let object = ctx.lex().object_verbs.contains(&ctx.w(cue.tokens.end - 1));
    if !object && start > lo && ctx.raw(start - 1) == "," && ctx.is_capital(cue.tokens.end) && !ctx.is(cue.tokens.end, class::PRONOUN | class::DETERMINER) {
        let after = phrase_after(ctx, cue.tokens.end, hi).filter(|r| ctx.raw(r.end) == ",").and_then(|r| speaker_phrase(ctx, r)).filter(|r| noun_phrase(ctx, r.clone()));
        if let Some(s) = after.map(|r| with_apposition(ctx, r, hi)).filter(|s| s.proper) {
            return Some(s);
        }
    }
    let mut subject = subject_before(ctx, lo, start);
    // A verb alone is no subject (`comme devait le souligner X`: a modal).
    subject.retain(|r| !r.clone().all(|k| ctx.is(k, class::AUX | class::FINITE) || ctx.is(k, class::OBJECT_PRONOUN)));
    // `X a blâmé … et a affirmé`, `X laughed and later said`: the subject
    // of the first verb.
    let mut bare = start;
    while bare > lo && ctx.is_adverb(bare - 1) {
        bare -= 1;
    }
    // (In the last clause a colon, a semicolon or a comma and a coordinator
    // open, when it has a subject: `Le bilan est lourd : la préfecture a
    // compté … et indique`, `my parents were gone, and a neighbor came in
    // and told`; not a list of the subject's deeds, `X suggested …;
    // clashed …; and posted`.)
    if subject.is_empty() && bare > lo && ctx.is(bare - 1, class::COORDINATOR) {
        let opens = |k: usize| matches!(ctx.raw(k), ":" | ";") || (ctx.raw(k) == "," && ctx.is(k + 1, class::COORDINATOR));
        let clause = (lo..bare - 1).rev().find(|&k| opens(k) && k + 2 < bare).map(|k| if ctx.raw(k) == "," { k + 2 } else { k + 1 });
        let noun_first = |r: &std::ops::Range<usize>| ctx.is(r.start, class::DETERMINER | class::PRONOUN) || ctx.is_capital(r.start);
        subject.extend(clause.and_then(|c| clause_subject(ctx, c, bare - 1)).filter(noun_first).or_else(|| clause_subject(ctx, lo, bare - 1)));
    }
    // No subject before (`…, explained Rosenberg`): the inverted one after.
    resolve_best(ctx, &subject).or_else(|| {
        if ctx.lex().object_verbs.contains(&ctx.w(cue.tokens.end - 1)) {
            return None;
        }
        // (Adverbs may come first: `ont repris en chœur les manifestants`.)
        let mut k = cue.tokens.end;
        while let Some(e) = ctx.entry_at(k, Entries::Adverbs).filter(|&e| e < hi) {
            k = e;
        }
        phrase_after(ctx, k, hi).and_then(|r| speaker_phrase(ctx, r)).filter(|r| noun_phrase(ctx, r.clone())).map(|r| with_apposition(ctx, r, hi))
    })
}

/// The speaker of an infinitive of narration at token `verb` (`Et
/// d'ajouter`, `Et de conclure :`): `de` before it and only a coordinator,
/// if anything, before that in its sentence; the subject of the sentence
/// before then.
fn narrative_infinitive(ctx: &Ctx, verb: usize) -> Option<Speaker> {
    let marker = verb.checked_sub(1).filter(|&m| ctx.lex().infinitive_markers.contains(&ctx.w(m)) && ctx.is(verb, class::INFINITIVE))?;
    let s = ctx.sentence_of(verb);
    let opening = ctx.sentence(s).start;
    if !(opening..marker).all(|k| ctx.is(k, class::COORDINATOR)) || !ctx.is(marker, class::NOUN_LINK) {
        return None;
    }
    let prev = ctx.sentence(s.checked_sub(1)?);
    resolve_best(ctx, &super::speakers::subject_and_apposition(ctx, prev.start, prev.end)?)
}

/// Tokens of the noun phrase of an absolute phrase, at most.
const ABSOLUTE: usize = 6;

/// `…, with one member writing "…"`, `with Cole stating:`: the noun
/// between an absolute phrase's preposition and the participle at token
/// `start` is its subject.
fn absolute_subject(ctx: &Ctx, lo: usize, start: usize) -> Option<Speaker> {
    let preps = ctx.lex().absolute_prepositions;
    let from = lo.max(start.saturating_sub(ABSOLUTE + 1));
    let p = (from..start).rev().take_while(|&k| ctx.is_word(k)).find(|&k| preps.contains(&ctx.w(k)))?;
    let r = p + 1..start;
    if r.is_empty() || !noun_phrase(ctx, r.clone()) {
        return None;
    }
    speaker_phrase(ctx, r).map(|r| resolve(ctx, r))
}

/// Whether tokens `r` after a cue may be its inverted subject: a noun
/// phrase, not the subject and verb of the reported clause (`said they
/// were`, `said Trump had`) nor a pronoun with words after it. What
/// follows a relative or a preposition is no part of its head.
fn noun_phrase(ctx: &Ctx, r: std::ops::Range<usize>) -> bool {
    let own = r.start..(r.start + 1..r.end).find(|&k| ctx.is(k, class::RELATIVE | class::PREPOSITION)).unwrap_or(r.end);
    let verb = own.clone().any(|k| ctx.is(k, class::AUX | class::FINITE) || (!ctx.is_capital(k) && verb_at(ctx, k).is_some()));
    !verb && !(ctx.is(r.start, class::PRONOUN) && own.len() > 1)
}

/// The verb nearest before token `end` in its clause, from token `lo`, that
/// is no participle: a speech verb, or one in the past (`X returned the
/// compliment, telling …`); none past a quotation mark or a stop.
fn verb_before(ctx: &Ctx, lo: usize, end: usize) -> Option<Cue> {
    let lo = lo.max(end.saturating_sub(VERB_REACH));
    let mut k = end;
    while k > lo {
        k -= 1;
        let raw = ctx.raw(k);
        if is_stop(raw) || is_mark(raw) {
            return None;
        }
        if ctx.is(k, class::PARTICIPLE) {
            continue;
        }
        let from = k.saturating_sub(3).max(lo);
        let found = (from..=k).find_map(|s| verb_at(ctx, s).or_else(|| slot_verb_at(ctx, s)).filter(|c| c.tokens.end == k + 1));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The speaker of the phrase at tokens `r` after a cue; a role followed by
/// a name between commas gives the name (`a déclaré son directeur, Paul
/// Roy`, `said its spokeswoman, Jane Roe`).
fn with_apposition(ctx: &Ctx, r: std::ops::Range<usize>, hi: usize) -> Speaker {
    let own = resolve(ctx, without_adverbial(ctx, r.clone()));
    if own.proper || ctx.raw(r.end) != "," {
        return own;
    }
    // The name is all of the apposition (`d'après la directrice, Claire
    // Morel, …`), not the subject of what follows (`selon l'expert, Paul
    // Roy présente …`).
    let Some(n) = phrase_after(ctx, r.end + 1, hi) else { return own };
    let end = ctx.bytes(n.clone()).end;
    match resolve(ctx, n) {
        named if named.proper && named.span.as_ref().is_some_and(|b| b.end == end) => named,
        _ => own,
    }
}

/// `« … » La phrase est signée X.`: the sentence after a quotation says
/// whose words they were (a noun for words, an auxiliary, `signée` or
/// `de`, then the speaker).
fn signed(ctx: &Ctx, j: usize, hi: usize) -> Option<Attribution> {
    let lex = ctx.lex();
    let k = j + usize::from(ctx.raw(j) == ".");
    if lex.signature_nouns.is_empty() || k + 4 > hi || !ctx.opens_sentence(k) || !ctx.is(k, class::DETERMINER) {
        return None;
    }
    let fits = lex.signature_nouns.contains(&ctx.w(k + 1)) && ctx.is(k + 2, class::AUX) && lex.signature_verbs.contains(&ctx.w(k + 3));
    if !fits {
        return None;
    }
    let phrase = phrase_after(ctx, k + 4, hi).and_then(|r| speaker_phrase(ctx, r))?;
    let cue = Cue { tokens: k + 1..k + 4, kind: CueKind::Marker, inverted: false, infinitive: false };
    Some(Attribution { speaker: Some(with_apposition(ctx, phrase, hi)), cue: Some(cue), rule: "quote.signed" })
}

/// Tokens of a name signing a quotation after a dash, at most.
const SIGNATURE: usize = 6;

/// `"…" - Jane Roe`, `« … » — Paul Roy, maire de Bréval`: a dash after
/// the marks and a name ending the paragraph (an apposition after a comma
/// may follow) sign the words. No verb: no cue.
fn dash_signed(ctx: &Ctx, j: usize, hi: usize) -> Option<Attribution> {
    if !matches!(ctx.raw(j), "-" | "–" | "—") || !ctx.is_capital(j + 1) {
        return None;
    }
    let phrase = phrase_after(ctx, j + 1, hi).filter(|r| r.len() <= SIGNATURE && noun_phrase(ctx, r.clone()))?;
    // The rest of the paragraph: a stop, or an apposition with no verb.
    let rest = phrase.end..hi;
    let ends = rest.clone().all(|k| is_stop(ctx.raw(k)))
        || (ctx.raw(phrase.end) == "," && !super::cues::has_verb(ctx, phrase.end + 1..hi) && !rest.clone().any(|k| is_mark(ctx.raw(k))));
    let speaker = resolve(ctx, phrase);
    (ends && speaker.proper).then_some(Attribution { speaker: Some(speaker), cue: None, rule: "quote.signed" })
}

/// The attribution after a quote whose closing mark ends before token `j`.
/// After a comma (or `?`, `!`, a dash) ending the quoted words the slot is
/// open: the cue comes first (`"…," said X`, `« … », a déclaré X`) or
/// after its subject and an apposition (`"…," X said`, `"…," X, a
/// spokeswoman, said`), and any verb in the past fills it (`"…," X
/// quipped`). After a full stop the next sentence may still be the
/// attribution, when a short subject and a cue report nothing of their own
/// (`"…." Clinton told union workers.`).
pub fn after(ctx: &Ctx, j: usize) -> Option<Attribution> {
    let para = ctx.paragraph_tokens(j.saturating_sub(1));
    let hi = para.end;
    if j >= hi {
        return None;
    }
    if let Some(a) = signed(ctx, j, hi).or_else(|| dash_signed(ctx, j, hi)) {
        return Some(a);
    }
    // The punctuation ending the quoted words, inside the marks (`,”`, `?’”`).
    let mut c = j.saturating_sub(1);
    while c > para.start && is_mark(ctx.raw(c)) {
        c -= 1;
    }
    let outside = matches!(ctx.raw(j), "," | "–" | "—" | "-");
    let open = outside || matches!(ctx.raw(c), "," | "?" | "!" | "—" | "–" | "-" | "…");
    let mut k = j + usize::from(outside);
    // `« … », lui a répondu X`, `m'a confié X`: object pronouns before the cue.
    // (`l'` is an article too, but not before an auxiliary: `l'a interrompue X`.)
    let clitics = (k..(k + 2).min(hi)).take_while(|&p| ctx.is(p, class::OBJECT_PRONOUN) && (!ctx.is(p, class::DETERMINER) || ctx.is(p + 1, class::AUX))).count();
    if clitics > 0 && cue_at(ctx, k + clitics).is_some() {
        k += clitics;
    }
    let first = if open { cue_at(ctx, k).or_else(|| slot_verb_at(ctx, k)).or_else(|| inverted_slot_at(ctx, k)) } else { cue_at(ctx, k) };
    if let Some(cue) = first {
        if negated(ctx, &cue) {
            return None;
        }
        let speaker = speaker_of(ctx, &cue, k, hi);
        // A verb no list names reports the quote only with a speaker.
        if speaker.is_none() && verb_at(ctx, k).is_none() && cue.kind == CueKind::Verb {
            return None;
        }
        let rule = if cue.inverted { "quote.inverted" } else { "quote.after_cue" };
        return Some(Attribution { cue: Some(cue), speaker, rule });
    }
    let (cue, first_comma) = cue_after_subject(ctx, k, hi, open)?;
    if negated(ctx, &cue) {
        return None;
    }
    // Closed words alone are no subject (`« … », non sans rappeler …`).
    let closed = class::NEGATION | class::PREPOSITION | class::COORDINATOR | class::OPENER;
    if (k..cue.tokens.start).all(|p| ctx.is(p, closed) || ctx.is_adverb(p)) {
        return None;
    }
    // Nor a subordinate clause (`« … », d'autant que les éditeurs ont cessé …`).
    if (k..cue.tokens.start).any(|p| ctx.is(p, class::COMPLEMENTIZER)) {
        return None;
    }
    // After a question or a cry, a cue announcing words of its own with a
    // colon (`« … ? » Une voisine lance : « … »`) is the next quotation's.
    let cried = !outside && matches!(ctx.raw(c), "?" | "!" | "…");
    if cried && ctx.raw(cue.tokens.end) == ":" {
        return None;
    }
    if !open {
        let short = cue.tokens.start - k <= SHORT_SUBJECT;
        // (`Perhaps, he said, this …`: a word and a comma before a short
        // subject open a sentence of its own, which the cue interrupts.)
        let subject_like = (ctx.is_capital(k) || ctx.is(k, class::PRONOUN)) && first_comma.is_none();
        if !short || !subject_like || reports_clause(ctx, &cue, hi) || !ends_clause(ctx, &cue, hi) {
            return None;
        }
    }
    // The phrase before the first comma, then the apposition's phrases;
    // with one comma and no verb after it, the whole phrase first (`the
    // bespectacled, 71-year-old diplomat`).
    let mut candidates: Vec<std::ops::Range<usize>> = first_comma.map(|c| k..c).into_iter().collect();
    if first_comma.is_some_and(|c| cue.tokens.start > c + 1 && !(c + 1..cue.tokens.start).any(|p| ctx.raw(p) == ",")) {
        candidates.insert(0, k..cue.tokens.start);
    }
    candidates.extend(subject_before(ctx, k, cue.tokens.start));
    let speaker = resolve_best(ctx, &candidates);
    Some(Attribution { cue: Some(cue), speaker, rule: "quote.after_cue" })
}

/// Whether nothing but its circumstances follows the cue to the end of
/// its clause (`Clinton told union workers in Los Angeles.`, `he said on
/// Monday,`): no object of its own (`She noted a planned rally`), no
/// quotation of its own (`He added, “…”`). An addressee verb may take one
/// short object.
fn ends_clause(ctx: &Ctx, cue: &Cue, hi: usize) -> bool {
    let mut k = cue.tokens.end;
    if ctx.lex().addressee_verbs.contains(&ctx.w(cue.tokens.end - 1)) {
        k += (k..(k + 4).min(hi)).take_while(|&p| ctx.is_word(p) && !ctx.is(p, class::PREPOSITION)).count();
    }
    let limit = (k + 16).min(hi);
    while k < limit {
        let raw = ctx.raw(k);
        if is_stop(raw) || raw == "," {
            // A comma then a quotation belongs to the cue's own quotation.
            return !(raw == "," && is_mark(ctx.raw(k + 1)));
        }
        if is_mark(raw) || raw == ":" {
            return false;
        }
        if let Some(end) = ctx.timex_end_at(k) {
            k = end.max(k + 1);
            continue;
        }
        if ctx.is_adverb(k) {
            k += 1;
            continue;
        }
        // A prepositional phrase: the preposition and the words after it.
        if ctx.is(k, class::PREPOSITION) {
            k += 1;
            while k < limit && !ctx.is_punct(k) && !ctx.is(k, class::PREPOSITION) {
                k += 1;
            }
            continue;
        }
        return false;
    }
    k >= hi
}

/// Whether the cue has content of its own (`X said the …`, `X told Y that …`).
fn reports_clause(ctx: &Ctx, cue: &Cue, hi: usize) -> bool {
    super::indirect::content_start(ctx, cue, hi).is_some()
}

/// The verb cue after a subject starting at token `k` (`X said`, `X, a
/// spokeswoman, said`, `X, 30, of Raleigh, who …, said`, `X (D-N.Y.)
/// said`, `another friend, Mariam Emara told`), in the sentence of `k`.
/// Inside the apposition, verbs are its own: the cue follows its last comma.
fn cue_after_subject(ctx: &Ctx, k: usize, hi: usize, open: bool) -> Option<(Cue, Option<usize>)> {
    let mut sentence = ctx.sentence_of(k);
    let mut first_comma = None;
    let mut last_comma = 0;
    let mut m = k;
    // Tokens inside parentheses, which the subject's length leaves out.
    let mut aside = 0;
    while m < hi.min(k + SUBJECT_AFTER + APPOSITION + aside) {
        let raw = ctx.raw(m);
        if (is_mark(raw) && !ctx.possessive_mark(m)) || ctx.sentence_of(m) != sentence || matches!(raw, ";" | "!" | "?" | ":") {
            return None;
        }
        // `Sen. Chuck Schumer (D-N.Y.) said` (whose dots may have cut the sentence).
        if raw == "(" {
            let close = (m + 1..hi.min(m + 10)).find(|&p| ctx.raw(p) == ")")?;
            aside += close + 1 - m;
            m = close + 1;
            sentence = ctx.sentence_of(m);
            continue;
        }
        if raw == "," {
            first_comma.get_or_insert(m);
            last_comma = m;
            m += 1;
            continue;
        }
        let subject_end = first_comma.unwrap_or(m);
        if subject_end - k > SUBJECT_AFTER + aside {
            return None;
        }
        // Right after the subject, right after the apposition's last comma,
        // or after a name closing an apposition that lost its comma.
        // (Or words with no verb: `the bespectacled, 71-year-old diplomat said`.)
        let name_closes = first_comma == Some(last_comma)
            && m - last_comma <= 4
            && (last_comma + 1..m).all(|p| ctx.is_capital(p) || !(ctx.is(p, class::AUX | class::FINITE | class::RELATIVE) || verb_at(ctx, p).is_some()));
        let slot = m > k && (first_comma.is_none() || m == last_comma + 1 || name_closes);
        if slot {
            // A word no list names, with a speech verb shortly after it, is
            // an adjective of the subject (`the embattled senator said`).
            let named_later = || (m + 1..hi.min(m + 5)).take_while(|&p| !ctx.is_punct(p) || ctx.raw(p) == ",").any(|p| verb_at(ctx, p).is_some());
            let cue = if open { verb_at(ctx, m).or_else(|| slot_verb_at(ctx, m).filter(|_| !named_later())) } else { verb_at(ctx, m) };
            if let Some(cue) = cue {
                return Some((cue, first_comma));
            }
        }
        m += 1;
    }
    None
}

/// The widest verb cue ending at token `k` (`a en outre affirmé`, not `affirmé`).
fn widest_ending(ctx: &Ctx, k: usize, lo: usize) -> Option<Cue> {
    let from = k.saturating_sub(5).max(lo);
    (from..=k).find_map(|s| verb_at(ctx, s).filter(|c| c.tokens.end == k + 1)).or_else(|| cue_at(ctx, k))
}

/// The attribution before a quote opening at token `o`.
pub fn before(ctx: &Ctx, o: usize) -> Option<Attribution> {
    let para = ctx.paragraph_tokens(o);
    if o <= para.start {
        return before_paragraph(ctx, para.start);
    }
    let lo = para.start.max(o.saturating_sub(BEFORE_WINDOW));
    // `X boomed: "…"`, `X responded, "…"`: a verb in the past right before
    // the colon or comma, even one no list names.
    if o >= lo + 2 && matches!(ctx.raw(o - 1), ":" | ",") {
        // Adverbs and a particle may follow the verb (`fired back forcefully:`).
        let mut end = o - 1;
        while end > lo + 1 && (ctx.is_adverb(end - 1) || ctx.lex().slot_particles.contains(&ctx.w(end - 1))) && !ctx.is_capital(end - 1) {
            end -= 1;
        }
        let slot = (end.saturating_sub(5).max(lo)..end).find_map(|s| slot_verb_at(ctx, s).filter(|c| c.tokens.end == end || c.tokens.end == o - 1));
        if let Some(cue) = slot.filter(|c| !negated(ctx, c)) {
            let sentence_lo = ctx.sentence(ctx.sentence_of(cue.tokens.start)).start.max(para.start);
            if let Some(speaker) = speaker_of(ctx, &cue, sentence_lo, o - 1) {
                return Some(Attribution { cue: Some(cue), speaker: Some(speaker), rule: "quote.before_cue" });
            }
        }
    }
    let mut k = o;
    // `… et que “…”`: the cue of the first clause, past its quotes.
    let crossing = ctx.is(o - 1, class::COMPLEMENTIZER);
    while k > lo {
        k -= 1;
        let raw = ctx.raw(k);
        if is_stop(raw) || (is_mark(raw) && !crossing) {
            break;
        }
        if let Some(a) = speech_noun(ctx, k, o) {
            return Some(a);
        }
        let Some(cue) = widest_ending(ctx, k, lo) else { continue };
        if negated(ctx, &cue) {
            return None;
        }
        let sentence_lo = ctx.sentence(ctx.sentence_of(cue.tokens.start)).start.max(para.start);
        // `Invité à prendre la parole, le prévenu a eu ces mots : « … »`: a
        // cue inside a fronted adverbial speaks for the clause's subject; a
        // source marker names its own source (`Selon le psychiatre qui l'a
        // examiné, X présente « … »`).
        // (Not one with a named subject of its own: `As press secretary
        // Josh Earnest explained, three taxes …`.)
        let main = subject_start(ctx, sentence_lo, o);
        let named = || resolve_best(ctx, &subject_before(ctx, sentence_lo, cue.tokens.start)).is_some_and(|s| s.proper);
        if cue.kind == CueKind::Verb && cue.tokens.end <= main && main < o && !named() {
            if let Some(s) = clause_subject(ctx, main, o).and_then(|r| resolve_best(ctx, &[r])) {
                return Some(Attribution { cue: Some(cue), speaker: Some(s), rule: "quote.before_cue" });
            }
        }
        let speaker = speaker_of(ctx, &cue, sentence_lo, o);
        return Some(Attribution { cue: Some(cue), speaker, rule: "quote.before_cue" });
    }
    colon(ctx, o, para.start)
}

/// A quote opening a paragraph after one that ends with a colon.
fn before_paragraph(ctx: &Ctx, first: usize) -> Option<Attribution> {
    let prev_end = first.checked_sub(1)?;
    (ctx.raw(prev_end) == ":").then(|| before(ctx, prev_end)).flatten()
}

/// `la déclaration de X : « …`: a speech noun, a link word, the author.
fn speech_noun(ctx: &Ctx, k: usize, o: usize) -> Option<Attribution> {
    if !ctx.is(k, class::SPEECH_NOUN) {
        return None;
    }
    // `la déclaration suivante du général X`: a word may sit before the link.
    let link = (k + 1..(k + 3).min(o)).find(|&j| ctx.is(j, class::NOUN_LINK))?;
    let phrase = phrase_after(ctx, link + 1, o)?;
    let cue = Cue { tokens: k..k + 1, kind: CueKind::Marker, inverted: false, infinitive: false };
    Some(Attribution { cue: Some(cue), speaker: Some(resolve(ctx, phrase)), rule: "quote.speech_noun" })
}

/// `X : « … »`: a name or role right before a colon.
fn colon(ctx: &Ctx, o: usize, lo: usize) -> Option<Attribution> {
    let c = o.checked_sub(1).filter(|&c| ctx.raw(c) == ":")?;
    // (The colon's own sentence: `L'AS a fait le nul. Le capitaine se
    // voulait positif : « … »` is the captain's, not the club's.)
    let lo = lo.max(ctx.sentence(ctx.sentence_of(c)).start);
    // `From the report: "…"`: the source a colon opens with.
    let source = (lo..c).rev().take(MAX_SOURCE).find(|&k| ctx.lex().colon_sources.contains(&ctx.w(k)) && (k == lo || ctx.opens_sentence(k)));
    if let Some(r) = source.map(|k| k + 1..c).filter(|r| !r.is_empty()).and_then(|r| speaker_phrase(ctx, r)) {
        return Some(Attribution { cue: None, speaker: Some(resolve(ctx, r)), rule: "quote.colon" });
    }
    // A person's name ending right at the colon, after words that say
    // nothing else (`… doesn't surprise pollster Dan Shaw: "…"`).
    let person = || {
        if c <= lo {
            return None;
        }
        let at = ctx.bytes(c..c + 1).start;
        let m = ctx.mentions_in(ctx.bytes(lo..c)).last().filter(|m| m.kind == crate::types::EntityType::PER && ctx.token_from(m.end) == c && m.end <= at)?;
        // (A mention inside a token, `theJean`, starts no token of its own.)
        let r = Some(ctx.token_from(m.start)..c).filter(|r| !r.is_empty())?;
        Some(Attribution { cue: None, speaker: Some(resolve(ctx, r)), rule: "quote.colon" })
    };
    let Some(phrase) = subject_before(ctx, lo, c).first().cloned().and_then(|r| speaker_phrase(ctx, r)) else { return person() };
    // `Elle met en garde : « … »`: a subject pronoun and words after it are
    // a clause announcing the pronoun's words.
    if phrase.len() > 1 && ctx.is(phrase.start, class::PRONOUN) && !ctx.is(phrase.start, class::DETERMINER) {
        return Some(Attribution { cue: None, speaker: Some(resolve(ctx, phrase.start..phrase.start + 1)), rule: "quote.colon" });
    }
    // A clause before the colon (`La situation est claire :`) names nobody
    // but a person or an organisation as its subject (`La préfète se
    // montrait plus précise :`).
    let clause = phrase.clone().any(|k| ctx.is(k, class::AUX | class::FINITE) || verb_at(ctx, k).is_some());
    if clause {
        let agent = || super::speakers::subject_and_apposition(ctx, lo, c).and_then(|r| resolve_best(ctx, &r)).filter(|s| super::speakers::is_agent(ctx, s));
        return person().or_else(|| agent().map(|s| Attribution { cue: None, speaker: Some(s), rule: "quote.colon" }));
    }
    if phrase.len() > 6 || !(phrase.clone()).any(|k| ctx.is_capital(k)) {
        return person();
    }
    // Past an article and its noun, words no name, role or source holds
    // are a clause no list gave (`Le bilan reste lourd :`).
    let speaker = resolve(ctx, phrase.clone());
    if phrase.len() > 2 && !super::speakers::is_agent(ctx, &speaker) {
        return person();
    }
    Some(Attribution { cue: None, speaker: Some(speaker), rule: "quote.colon" })
}
