//! Folding for matching: lower case, no diacritics, typographic apostrophes
//! and dashes made plain, with a map back to the original offsets. Patterns
//! are written once in folded form (`fevrier`, `aujourd'hui`) and match every
//! accent and case variant of the text.

/// A folded copy of a text and the way back to the original offsets.
pub struct Folded {
    pub text: String,
    /// `orig[i]` is the original byte offset of folded byte `i`; one extra
    /// entry maps `text.len()` to the original length. (`u32`: texts over
    /// 4 GiB are not annotated whole anyway.)
    orig: Vec<u32>,
}

impl Folded {
    pub fn new(text: &str) -> Folded {
        let mut out = String::with_capacity(text.len());
        let mut orig: Vec<u32> = Vec::with_capacity(text.len() + 1);
        let mut rest = text;
        while !rest.is_empty() {
            let b = text.len() - rest.len();
            // Most of any text: a run of ASCII bytes, one byte in, one byte out.
            let run = rest.bytes().position(|x| !x.is_ascii() || x == b'`').unwrap_or(rest.len());
            let at = out.len();
            out.push_str(&rest[..run]);
            out[at..].make_ascii_lowercase();
            orig.extend(b as u32..(b + run) as u32);
            rest = &rest[run..];
            let Some(c) = rest.chars().next() else { break };
            push_folded(c, &mut out);
            orig.resize(out.len(), (b + run) as u32);
            rest = &rest[c.len_utf8()..];
        }
        orig.push(text.len() as u32);
        Folded { text: out, orig }
    }

    /// Original byte offset of folded byte offset `i`.
    pub fn original(&self, i: usize) -> usize {
        self.orig[i.min(self.orig.len() - 1)] as usize
    }

    /// Original byte range of the folded range `start..end`: `end` maps to the
    /// end of the original char that produced the last folded byte.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        if end == 0 || end <= start {
            let s = self.original(start);
            return (s, s);
        }
        let s = self.original(start);
        // The first folded byte after the range belongs to the next original char.
        let mut e = end;
        while e < self.text.len() && self.orig[e] == self.orig[end - 1] {
            e += 1;
        }
        (s, self.original(e))
    }
}

/// Folds one char into `out`.
pub fn push_folded(c: char, out: &mut String) {
    // Most chars: ASCII but the backquote, lower-cased.
    if c.is_ascii() && c != '`' {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => out.push('a'),
        'ç' | 'Ç' => out.push('c'),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
        'ñ' | 'Ñ' => out.push('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => out.push('o'),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => out.push('u'),
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => out.push('y'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        '’' | '‘' | 'ʼ' | '`' | '´' => out.push('\''),
        '‐' | '‑' | '‒' => out.push('-'),
        '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            // Other letters: lower case when that is one char, else as is.
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => out.push(l),
                _ => out.push(c),
            }
        }
    }
}

/// The folded form of a short string (a pattern or a lexicon entry).
pub fn fold(s: &str) -> String {
    if s.is_ascii() && !s.contains('`') {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let text = "Le 1er Février, l’Œuvre";
        let f = Folded::new(text);
        assert_eq!(f.text, "le 1er fevrier, l'oeuvre");
        let i = f.text.find("fevrier").unwrap();
        let (s, e) = f.original_range(i, i + "fevrier".len());
        assert_eq!(&text[s..e], "Février");
        let i = f.text.find("oeuvre").unwrap();
        let (s, e) = f.original_range(i, i + 6);
        assert_eq!(&text[s..e], "Œuvre");
        let (s, e) = f.original_range(i, i + 1);
        assert_eq!(&text[s..e], "Œ");
    }
}
