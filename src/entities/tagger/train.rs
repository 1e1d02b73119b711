//! Training: a structured averaged perceptron (Collins 2002) over the
//! tagger's features, decoded with the same Viterbi as tagging, with
//! feature dropout: at each step a fixed share of the features sits out,
//! so that no single context word can carry a decision alone and the
//! evidence that is always there (word lists, the rules' decisions) keeps
//! its weight. Built only with the `train` feature (`scripts/train/tagger.sh`).

use std::ops::Range;

use super::decode::viterbi;
use super::labels::{allowed_at, Bound, LABELS, OUTSIDE};
use super::Input;

/// One training document: what the tagger reads of it (features, bounds,
/// stretches) and the gold label of each token.
pub struct Instance {
    pub input: Input,
    pub gold: Vec<usize>,
}

impl Instance {
    /// An instance whose bounds the gold labels respect: a sure name of the
    /// rules that the gold cuts or runs on is left free, so that the gold
    /// stays reachable.
    pub fn new(mut input: Input, gold: Vec<usize>) -> Instance {
        let b = &mut input.bounds;
        for t in 0..gold.len().min(b.len()) {
            let prev = t.checked_sub(1).map(|p| gold[p]);
            if allowed_at(b[t], prev, gold[t]) {
                continue;
            }
            // The sure name holding token t (or ending right before it).
            let mut s = t;
            while s > 0 && matches!(b[s], Bound::Inside | Bound::After) {
                s -= 1;
            }
            let mut e = t + 1;
            while e < b.len() && matches!(b[e], Bound::Inside | Bound::After) {
                e += 1;
            }
            b[s..e].fill(Bound::Free);
        }
        Instance { input, gold }
    }
}

/// The weights being learnt, and what averaging them needs: each update
/// is also added, times the number of steps so far, to `acc`; the average
/// is `w - acc / steps` (the usual trick, no pass over every weight per step).
pub struct Perceptron {
    pub bits: u32,
    w: Vec<f32>,
    acc: Vec<f32>,
    steps: f32,
    /// Percent of the features that sit out each step.
    dropout: u64,
    /// Varies which features sit out, from one run to another.
    salt: u64,
}

impl Perceptron {
    pub fn new(bits: u32, dropout: u64, salt: u64) -> Perceptron {
        let n = (1usize << bits) * LABELS;
        Perceptron { bits, w: vec![0.0; n], acc: vec![0.0; n], steps: 1.0, dropout, salt }
    }

    fn bucket(&self, f: u32) -> usize {
        (f & ((1u32 << self.bits) - 1)) as usize * LABELS
    }

    /// Whether feature `f` sits out this step.
    fn dropped(&self, f: u32) -> bool {
        let step = (self.steps as u64 ^ self.salt).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let h = (u64::from(f) ^ step).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        ((h >> 40) % 100) < self.dropout
    }

    /// Label scores of the tokens `r` under the weights `w`, without the
    /// features that sit out this step when `training`.
    fn emissions(&self, w: &[f32], training: bool, x: &Input, r: Range<usize>, out: &mut Vec<[f32; LABELS]>) {
        out.clear();
        for i in r {
            let mut s = [0f32; LABELS];
            for &f in x.features.of(i).iter().filter(|&&f| !(training && self.dropped(f))) {
                let b = self.bucket(f);
                for (l, v) in s.iter_mut().enumerate() {
                    *v += w[b + l];
                }
            }
            out.push(s);
        }
    }

    fn update(&mut self, f: u32, label: usize, by: f32) {
        let i = self.bucket(f) + label;
        self.w[i] += by;
        self.acc[i] += by * self.steps;
    }

    /// One pass over the stretches in `order` (instance, stretch), each
    /// decoded with the current weights, the weights moved towards the gold
    /// where they differ; returns the number of stretches decoded wrong.
    pub fn epoch(&mut self, data: &[&Instance], order: &[(usize, usize)]) -> usize {
        let mut scratch = Scratch::default();
        let mut wrong = 0;
        for &(d, s) in order {
            let inst = data[d];
            let r = inst.input.stretches[s].clone();
            self.emissions(&self.w, true, &inst.input, r.clone(), &mut scratch.emissions);
            viterbi(&scratch.emissions, &inst.input.bounds[r.clone()], &mut scratch.back, &mut scratch.best);
            let gold = &inst.gold[r.clone()];
            if scratch.best != gold {
                wrong += 1;
                for (n, i) in r.enumerate() {
                    let (g, p) = (gold[n], scratch.best[n]);
                    if g == p {
                        continue;
                    }
                    for &f in inst.input.features.of(i) {
                        if !self.dropped(f) {
                            self.update(f, g, 1.0);
                            self.update(f, p, -1.0);
                        }
                    }
                }
            }
            self.steps += 1.0;
        }
        wrong
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Vec<f32> {
        self.w.iter().zip(&self.acc).map(|(w, a)| w - a / self.steps).collect()
    }

    /// Labels of every stretch of `inst` under the weights `w`.
    pub fn label(&self, w: &[f32], inst: &Instance) -> Vec<usize> {
        let mut scratch = Scratch::default();
        let mut out = vec![OUTSIDE; inst.gold.len()];
        for r in &inst.input.stretches {
            self.emissions(w, false, &inst.input, r.clone(), &mut scratch.emissions);
            viterbi(&scratch.emissions, &inst.input.bounds[r.clone()], &mut scratch.back, &mut scratch.best);
            out[r.clone()].copy_from_slice(&scratch.best);
        }
        out
    }
}

#[derive(Default)]
struct Scratch {
    emissions: Vec<[f32; LABELS]>,
    back: Vec<[u8; LABELS]>,
    best: Vec<usize>,
}

/// A small deterministic generator (xorshift64*) for shuffling.
pub struct Rng(pub u64);

impl Rng {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two features, each always with one label: learnt in a few passes.
    #[test]
    fn learns_a_separable_toy() {
        let features = super::super::features::TokenFeatures { ids: vec![1, 2, 1, 2], starts: vec![0, 1, 2, 3, 4] };
        let stretches = vec![0..2, 2..4];
        let inst = Instance::new(Input { features, bounds: vec![Bound::Free; 4], stretches }, vec![5, 0, 5, 0]);
        let data = [&inst];
        let mut p = Perceptron::new(8, 0, 0);
        for _ in 0..5 {
            p.epoch(&data, &[(0, 0), (0, 1)]);
        }
        let w = p.averaged();
        assert_eq!(p.label(&w, data[0]), vec![5, 0, 5, 0]);
    }
}
