//! The best label sequence of a stretch (Viterbi), given each token's
//! label scores: `I-X` only after `B-X` or `I-X`, and only what each
//! token's [`Bound`] allows. Labels have no transition weights of their own (the
//! neighbours' features carry that; learnt transitions scored lower in
//! cross-validation), so a step compares the best label so far, where `O`
//! and every `B-X` come from, with the two an `I-X` can follow: about a
//! dozen comparisons a token instead of 81.

use std::ops::Add;

use super::labels::{Bound, LABELS, OUTSIDE};

/// A score: integer when tagging, float while training.
pub trait Score: Copy + PartialOrd + Add<Output = Self> {
    /// Far below any real score; sums are clamped to it, so it never overflows.
    const NONE: Self;
    const ZERO: Self;
}

impl Score for i32 {
    const NONE: i32 = -(1 << 28);
    const ZERO: i32 = 0;
}

impl Score for f32 {
    const NONE: f32 = -1e30;
    const ZERO: f32 = 0.0;
}

/// The entity types: `B-X` is label `1 + 2 k`, `I-X` is `2 + 2 k`.
const TYPES: usize = (LABELS - 1) / 2;

/// Labels of the tokens whose scores are `emissions` (one row per token);
/// `bounds`: each token's [`Bound`] (empty: all free). The token before
/// the first is the sentence's start or an `O`: both allow the same.
/// Writes into `out` (cleared first); `back` is reused scratch space.
pub fn viterbi<S: Score>(emissions: &[[S; LABELS]], bounds: &[Bound], back: &mut Vec<[u8; LABELS]>, out: &mut Vec<usize>) {
    let bound = |t: usize| bounds.get(t).copied().unwrap_or_default();
    out.clear();
    back.clear();
    let none = S::NONE;
    let mut score = [none; LABELS];
    for (t, e) in emissions.iter().enumerate() {
        let b = bound(t);
        let mut next = [none; LABELS];
        let mut from = [OUTSIDE as u8; LABELS];
        // The best label so far: where `O` and every `B-` may come from.
        let mut any = OUTSIDE;
        for p in 1..LABELS {
            if score[p] > score[any] {
                any = p;
            }
        }
        let before = if t == 0 { S::ZERO } else { score[any] };
        // What the token's bound allows: `O`, a `B-`, an `I-`.
        let (o, begins, inside) = match b {
            Bound::Free => (true, true, true),
            Bound::Opens => (false, true, false),
            Bound::Inside => (false, false, true),
            Bound::After => (true, true, false),
            Bound::Outside => (true, false, false),
        };
        if o {
            next[OUTSIDE] = clamp(before + e[OUTSIDE]);
            from[OUTSIDE] = any as u8;
        }
        if begins {
            for k in 0..TYPES {
                next[1 + 2 * k] = clamp(before + e[1 + 2 * k]);
                from[1 + 2 * k] = any as u8;
            }
        }
        if inside && t > 0 {
            for k in 0..TYPES {
                let (bl, il) = (1 + 2 * k, 2 + 2 * k);
                let p = if score[bl] >= score[il] { bl } else { il };
                next[il] = clamp(score[p] + e[il]);
                from[il] = p as u8;
            }
        }
        score = next;
        back.push(from);
    }
    let mut best = 0;
    for l in 1..LABELS {
        if score[l] > score[best] {
            best = l;
        }
    }
    out.resize(emissions.len(), 0);
    for t in (0..emissions.len()).rev() {
        out[t] = best;
        best = usize::from(back[t][best]);
    }
}

/// A score no lower than [`Score::NONE`]: a forbidden path stays forbidden
/// without running down to overflow.
#[inline]
fn clamp<S: Score>(s: S) -> S {
    if s < S::NONE { S::NONE } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::labels::{allowed_at, label};
    use crate::types::EntityType;

    /// The best sequence by brute force over every label sequence the
    /// BIO rule and the bounds allow.
    fn brute(e: &[[i32; LABELS]], bounds: &[Bound]) -> Vec<usize> {
        let n = e.len();
        let mut best: Option<(i32, Vec<usize>)> = None;
        let mut seq = vec![0usize; n];
        'all: loop {
            let ok = (0..n).all(|t| allowed_at(bounds[t], t.checked_sub(1).map(|p| seq[p]), seq[t]));
            if ok {
                let s: i32 = (0..n).map(|t| e[t][seq[t]]).sum();
                if best.as_ref().is_none_or(|b| s > b.0) {
                    best = Some((s, seq.clone()));
                }
            }
            for t in (0..n).rev() {
                seq[t] += 1;
                if seq[t] < LABELS {
                    continue 'all;
                }
                seq[t] = 0;
            }
            break;
        }
        best.map(|b| b.1).unwrap_or_default()
    }

    #[test]
    fn decodes_the_best_allowed_sequence() {
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % 61) as i32 - 30
        };
        let all = [Bound::Free, Bound::Opens, Bound::Inside, Bound::After, Bound::Outside];
        let (mut back, mut out) = (Vec::new(), Vec::new());
        for round in 0..300 {
            let n = 1 + round % 4;
            let e: Vec<[i32; LABELS]> = (0..n).map(|_| std::array::from_fn(|_| next())).collect();
            let bounds: Vec<Bound> = (0..n).map(|_| all[(next() + 30) as usize % 5]).collect();
            viterbi(&e, &bounds, &mut back, &mut out);
            let want = brute(&e, &bounds);
            if want.is_empty() {
                continue; // no sequence is allowed (a sure name's inside first)
            }
            let score = |s: &[usize]| -> i32 { (0..n).map(|t| e[t][s[t]]).sum() };
            assert_eq!(score(&out), score(&want), "{e:?} {bounds:?}: {out:?} vs {want:?}");
            assert!((0..n).all(|t| allowed_at(bounds[t], t.checked_sub(1).map(|p| out[p]), out[t])), "{out:?} not allowed");
        }
    }

    #[test]
    fn sure_names_stay_whole() {
        let (b_loc, i_loc) = (label(EntityType::LOC, false), label(EntityType::LOC, true));
        let mut e = [[0; LABELS]; 2];
        e[0][b_loc] = 10;
        e[1][OUTSIDE] = 9;
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&e, &[Bound::Opens, Bound::Inside], &mut back, &mut out);
        assert_eq!(out, vec![b_loc, i_loc]);
        viterbi(&e, &[], &mut back, &mut out);
        assert_eq!(out, vec![b_loc, OUTSIDE]);
        viterbi::<i32>(&[], &[], &mut back, &mut out);
        assert!(out.is_empty());
    }
}
