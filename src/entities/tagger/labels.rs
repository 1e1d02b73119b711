//! The tagger's labels: `O`, then `B-` and `I-` for each entity type (BIO),
//! and which label may follow which.

use crate::types::EntityType;

/// `O`, `B-PER`, `I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`, `B-MISC`, `I-MISC`.
pub const LABELS: usize = 9;

pub const OUTSIDE: usize = 0;

const TYPES: [EntityType; 4] = [EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC];

/// The label that begins (`inside == false`) or continues a name of `kind`.
pub fn label(kind: EntityType, inside: bool) -> usize {
    let t = TYPES.iter().position(|&k| k == kind).unwrap_or(3);
    1 + 2 * t + usize::from(inside)
}

/// The type of a label and whether it continues a name; `None` for `O`.
pub fn kind_of(label: usize) -> Option<(EntityType, bool)> {
    (label != OUTSIDE && label < LABELS).then(|| (TYPES[(label - 1) / 2], (label - 1) % 2 == 1))
}

/// Whether `next` may follow `prev` (`None`: the sentence's start): an
/// `I-X` only after `B-X` or `I-X`.
pub fn allowed(prev: Option<usize>, next: usize) -> bool {
    match kind_of(next) {
        Some((kind, true)) => prev.and_then(kind_of).is_some_and(|(k, _)| k == kind),
        _ => true,
    }
}

/// Where a token stands with respect to a name the rules are sure of
/// (direct evidence): the tagger may retype such a name, but not cut it,
/// extend it or drop it. And tokens that are never names (a hashtag).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Bound {
    #[default]
    Free,
    /// A sure name's first token: `B-` only.
    Opens,
    /// One of its other tokens: `I-` only.
    Inside,
    /// The token right after it: no `I-` label (it does not run on).
    After,
    /// Never part of a name: `O` only.
    Outside,
}

/// [`allowed`], and what the token's [`Bound`] allows.
pub fn allowed_at(bound: Bound, prev: Option<usize>, next: usize) -> bool {
    let inside = kind_of(next).is_some_and(|(_, i)| i);
    allowed(prev, next)
        && match bound {
            Bound::Free => true,
            Bound::Opens => next != OUTSIDE && !inside,
            Bound::Inside => inside,
            Bound::After => !inside,
            Bound::Outside => next == OUTSIDE,
        }
}

/// The label's name, as in CoNLL files.
pub fn name(label: usize) -> &'static str {
    ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"][label.min(LABELS - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for l in 1..LABELS {
            let (k, inside) = kind_of(l).unwrap();
            assert_eq!(label(k, inside), l, "{}", name(l));
        }
        assert_eq!(kind_of(OUTSIDE), None);
        assert!(allowed(Some(label(EntityType::LOC, false)), label(EntityType::LOC, true)));
        assert!(!allowed(Some(label(EntityType::PER, false)), label(EntityType::LOC, true)));
        assert!(!allowed(None, label(EntityType::ORG, true)));
        assert!(!allowed(Some(OUTSIDE), label(EntityType::ORG, true)));
        let (b_org, i_org) = (label(EntityType::ORG, false), label(EntityType::ORG, true));
        assert!(allowed_at(Bound::Inside, Some(b_org), i_org));
        assert!(!allowed_at(Bound::Inside, Some(b_org), OUTSIDE), "a sure name is not cut");
        assert!(!allowed_at(Bound::Inside, Some(b_org), label(EntityType::LOC, false)));
        assert!(!allowed_at(Bound::Opens, Some(OUTSIDE), OUTSIDE), "nor dropped");
        assert!(allowed_at(Bound::Opens, Some(OUTSIDE), label(EntityType::LOC, false)), "but may be retyped");
        assert!(!allowed_at(Bound::After, Some(i_org), i_org), "nor run on");
        assert!(!allowed_at(Bound::Opens, Some(b_org), i_org));
        assert!(!allowed_at(Bound::Outside, Some(OUTSIDE), b_org), "a hashtag is no name");
    }
}
