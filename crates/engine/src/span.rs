//! Spans: byte ranges into the document text, the one currency every extracted thing carries.
//! [`CharOffsets`] is the single conversion from byte offsets to Unicode scalar (char) offsets.

use serde::Serialize;

/// A half-open byte range `start..end` into the original document text.
///
/// Spans always lie on `char` boundaries of the text they were made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end exclusive).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts byte offsets of one text into char offsets in O(1) amortised per lookup.
///
/// Keeps the char count at every 64th byte; a lookup counts chars only inside one block, so
/// a 50 MB article with thousands of spans costs one pass plus a few bytes per span.
pub struct CharOffsets<'t> {
    text: &'t str,
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'t> CharOffsets<'t> {
    /// Builds the table for `text`.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            checkpoints.push(count);
            count += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        checkpoints.push(count);
        CharOffsets { text, checkpoints }
    }

    /// The char offset of byte offset `byte` (which must be a char boundary or the text length).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let base = self.checkpoints[block];
        let from = block * BLOCK;
        base + self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| (b & 0xC0) != 0x80)
            .count()
    }

    /// The char range of a byte span.
    pub fn chars(&self, span: Span) -> (usize, usize) {
        (self.char_at(span.start), self.char_at(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_naive_count() {
        let text = "« Loukachenko » a déclaré: “ça”. ".repeat(20);
        let map = CharOffsets::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(map.char_at(byte), text[..byte].chars().count());
        }
        assert_eq!(map.char_at(text.len()), text.chars().count());
    }

    #[test]
    fn span_slice_and_cover() {
        let s = Span::new(2, 5).cover(Span::new(4, 9));
        assert_eq!(s, Span::new(2, 9));
        assert_eq!(Span::new(0, 3).slice("abcdef"), "abc");
        assert!(s.contains(Span::new(3, 4)));
    }
}
