//! Byte offsets (Rust) to code points (interchange format) and UTF-16 code
//! units (JavaScript), in one place.

/// Converts byte offsets of one text to other units. Built once per text,
/// each lookup is a binary search.
pub struct OffsetMap {
    /// Byte offset of every char boundary, in order, ending with `text.len()`.
    bytes: Vec<usize>,
    /// UTF-16 offset at each of those boundaries.
    utf16: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut u = 0;
        for (b, c) in text.char_indices() {
            bytes.push(b);
            utf16.push(u);
            u += c.len_utf16();
        }
        bytes.push(text.len());
        utf16.push(u);
        OffsetMap { bytes, utf16 }
    }

    fn index(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => i,
            // Not on a boundary (never produced by the pipeline): round down.
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset → Unicode code point index.
    pub fn char_index(&self, byte: usize) -> usize {
        self.index(byte)
    }

    /// Byte offset → UTF-16 code unit index.
    pub fn utf16_index(&self, byte: usize) -> usize {
        self.utf16[self.index(byte)]
    }

    /// Code point index → byte offset (clamped to the text).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        self.bytes[ch.min(self.bytes.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_accents_guillemets_apostrophe_and_emoji() {
        // é: 2 bytes, 1 code point, 1 unit; «: 2/1/1; ’: 3/1/1; 🙂: 4/1/2.
        let text = "é « l’🙂 » x";
        let map = OffsetMap::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(x, 18);
        assert_eq!(map.char_index(x), 10);
        assert_eq!(map.utf16_index(x), 11);
        let emoji = text.find('🙂').unwrap();
        assert_eq!((map.char_index(emoji), map.utf16_index(emoji)), (6, 6));
        assert_eq!(map.utf16_index(emoji + 4), 8);
        assert_eq!(map.byte_of_char(10), x);
        assert_eq!(map.char_index(text.len()), text.chars().count());
    }
}
