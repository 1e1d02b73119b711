//! A trained model: one weight per hashed feature and label (8-bit), read
//! from the language's model file (`data/models/<lang>.tagger`,
//! `EntityLexicon::model`).
//!
//! The file stores only the features that kept a weight, sorted by bucket:
//! a LEB128 gap from the previous bucket, a 16-bit mask of the labels with a
//! weight, then those weights. Loading spreads them into a dense table, so
//! that scoring a feature is one multiplication and nine additions.
//!
//! ```text
//! "AATAGGER" | version u16 | bits u8 | labels u8 | features u32 | scale f32
//! | count u32 | entries…
//! ```
//! (little-endian).

use super::labels::LABELS;

pub const MAGIC: &[u8; 8] = b"AATAGGER";
pub const VERSION: u16 = 2;

pub struct Model {
    /// Buckets are `hash & mask`.
    pub mask: u32,
    /// Each bucket's nine weights plus 128 (so never negative), as 16-bit
    /// lanes of three words: `weights[bucket * 3 + lane / 4]`. A token's
    /// scores are then three word additions per feature (no lane can carry
    /// into the next below 256 features), less 128 per feature at the end.
    weights: Vec<u64>,
}

/// 16-bit lanes per word, and words per bucket.
const LANES: usize = 4;
const WORDS: usize = 3;
const BIAS: u64 = 128;

impl Model {
    /// The nine label scores of a token with these features (hashes).
    #[inline]
    pub fn scores(&self, features: &[u32]) -> [i32; LABELS] {
        let mut acc = [0u64; WORDS];
        // Lanes hold at most 255 per feature: flush before they could carry.
        let mut out = [0i32; LABELS];
        for chunk in features.chunks(255) {
            for &f in chunk {
                let at = (f & self.mask) as usize * WORDS;
                if let Some(w) = self.weights.get(at..at + WORDS) {
                    acc[0] += w[0];
                    acc[1] += w[1];
                    acc[2] += w[2];
                }
            }
            let bias = BIAS as i32 * chunk.len() as i32;
            for (l, o) in out.iter_mut().enumerate() {
                *o += ((acc[l / LANES] >> (16 * (l % LANES))) & 0xffff) as i32 - bias;
            }
            acc = [0; WORDS];
        }
        out
    }

    /// Reads a model file; `None` when it is empty, damaged, or written for
    /// other feature templates (`features`, see [`super::features::TEMPLATES`]).
    pub fn parse(bytes: &[u8], features: u32) -> Option<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC || r.u16()? != VERSION {
            return None;
        }
        let bits = u32::from(r.u8()?);
        if !(8..=24).contains(&bits) || usize::from(r.u8()?) != LABELS || r.u32()? != features {
            return None;
        }
        let _scale = r.u32()?;
        let buckets = 1usize << bits;
        let mut weights = vec![0u64; buckets * WORDS];
        // Every lane starts at the bias (a weight of 0).
        let unset: u64 = (0..LANES).fold(0, |w, lane| w | BIAS << (16 * lane));
        weights.fill(unset);
        let count = r.u32()? as usize;
        let mut bucket = 0usize;
        for n in 0..count {
            let gap = r.leb128()?;
            bucket = if n == 0 { gap } else { bucket.checked_add(gap)? };
            if bucket >= buckets {
                return None;
            }
            let labels = r.u16()?;
            for l in 0..LABELS {
                if labels & (1 << l) != 0 {
                    let w = (i64::from(r.u8()? as i8) + BIAS as i64) as u64;
                    let (word, shift) = (bucket * WORDS + l / LANES, 16 * (l % LANES));
                    weights[word] = weights[word] & !(0xffff << shift) | w << shift;
                }
            }
        }
        (r.at == bytes.len() && count > 0).then(|| Model { mask: (buckets - 1) as u32, weights })
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn leb128(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

/// Writes a model file from float weights (`weights[bucket * LABELS +
/// label]`): each weight times `scale`, rounded and clamped to 8 bits; a
/// weight below `min` in magnitude is left out, and so is a feature left
/// with none.
pub fn write(bits: u32, features: u32, scale: f32, min: i8, weights: &[f32]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.push(bits as u8);
    out.push(LABELS as u8);
    out.extend_from_slice(&features.to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    let count_at = out.len();
    out.extend_from_slice(&0u32.to_le_bytes());
    let (mut count, mut last) = (0u32, 0usize);
    for (bucket, w) in weights.chunks(LABELS).enumerate() {
        let q: Vec<i8> = w.iter().map(|&x| (x * scale).round().clamp(-127.0, 127.0) as i8).map(|v| if v.abs() < min { 0 } else { v }).collect();
        let mask = q.iter().enumerate().filter(|(_, &v)| v != 0).fold(0u16, |m, (l, _)| m | 1 << l);
        if mask == 0 {
            continue;
        }
        let mut gap = if count == 0 { bucket } else { bucket - last };
        loop {
            let b = (gap & 0x7f) as u8;
            gap >>= 7;
            out.push(if gap == 0 { b } else { b | 0x80 });
            if gap == 0 {
                break;
            }
        }
        out.extend_from_slice(&mask.to_le_bytes());
        out.extend(q.iter().filter(|&&v| v != 0).map(|&v| v as u8));
        count += 1;
        last = bucket;
    }
    out[count_at..count_at + 4].copy_from_slice(&count.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_models_read_back() {
        let bits = 8;
        let mut weights = vec![0f32; (1 << bits) * LABELS];
        weights[3 * LABELS + 2] = 1.5;
        weights[200 * LABELS] = -0.9;
        weights[201 * LABELS + 8] = 0.001; // rounds to nothing: dropped
        let bytes = write(bits, 7, 10.0, 1, &weights);
        let m = Model::parse(&bytes, 7).expect("model");
        let s = m.scores(&[3, 200 + 256]); // hashes wrap into the table
        assert_eq!((s[2], s[0], s[1]), (15, -9, 0));
        // Many features: lanes never carry into each other.
        let s = m.scores(&vec![200; 1000]);
        assert_eq!((s[0], s[1]), (-9000, 0));
        assert!(Model::parse(&bytes, 8).is_none(), "other feature templates");
        assert!(Model::parse(&bytes[..bytes.len() - 1], 7).is_none(), "truncated");
        assert!(Model::parse(b"", 7).is_none());
    }
}
