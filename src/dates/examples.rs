//! Every rule's examples run: each must be matched whole (a trailing
//! abbreviation dot aside) by its own rule, and must give a value.

use super::compile::compiled;
use super::rules::COMMON_RULES;
use super::scan::timexes;
use crate::lang::{data, Lang};
use crate::text::fold;

#[test]
fn every_rule_matches_its_examples() {
    let mut failures = Vec::new();
    let mut count = 0;
    for lang in Lang::ALL {
        let d = data(lang);
        let c = compiled(d);
        for rule in COMMON_RULES.iter().chain(d.dates.rules.iter().flat_map(|g| g.iter())) {
            assert!(!rule.examples.is_empty(), "{lang} {} has no example", rule.id);
            for example in rule.examples {
                count += 1;
                let folded = fold(example);
                let found = c.matches(&folded).next();
                let hit = found.as_ref().map(|m| m.rule);
                let whole = found.as_ref().and_then(|m| m.caps.get(0)).map(|g| (found.as_ref().map_or(0, |m| m.start) + g.start(), found.as_ref().map_or(0, |m| m.start) + g.end()));
                let rest = whole.map_or("", |(_, e)| &folded[e..]);
                let spans = whole.is_some_and(|(s, _)| s == 0) && (rest.is_empty() || rest == ".");
                let valued = !timexes(example, d, "2024-01-23".parse().ok()).is_empty();
                if !(spans && hit.is_some_and(|r| r.rule.id == rule.id) && valued) {
                    let got = hit.map_or("nothing", |r| r.rule.id);
                    failures.push(format!("{lang} {}: {example:?} → {got} {whole:?} valued={valued}", rule.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} examples fail:\n{}", failures.len(), failures.join("\n"));
}
