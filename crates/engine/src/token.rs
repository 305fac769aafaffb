//! Tokenizer: words and punctuation with byte spans, French elisions split off.
//! Written by hand because UAX #29 word breaking keeps "l’Ukraine" and "qu’il" whole and splits
//! "a-t-il"; the engine needs the opposite for both, driven by the language file.

use std::borrow::Cow;

use crate::lang::{fold, Language, WordClass};
use crate::span::Span;

/// A word or a punctuation mark.
#[derive(Debug, Clone)]
pub struct Token<'t> {
    /// Where the token is in the document.
    pub span: Span,
    /// The token as written.
    pub text: &'t str,
    /// Lower-cased, apostrophes unified: the form lookups use.
    pub norm: Cow<'t, str>,
    /// True for words (letters or digits), false for punctuation.
    pub is_word: bool,
    /// True for a word that starts with an upper-case letter: asked of most tokens by
    /// several stages, so decided once here.
    capitalised: bool,
    /// True for sentence-ending punctuation, decided once like `capitalised`.
    terminator: bool,
    /// Index of the quotation this token lies in (marks included), `NO_QUOTE` if none: four
    /// bytes, not sixteen, in the struct every stage scans; read through [`Token::quote`].
    quote: u32,
    /// The language's word lists `norm` is in.
    pub class: WordClass,
}

impl Token<'_> {
    /// True when the token is in any of the word lists of `class`.
    pub fn is(&self, class: WordClass) -> bool {
        self.class.intersects(class)
    }

    /// Index of the quotation this token lies in (marks included), if any.
    pub fn quote(&self) -> Option<usize> {
        (self.quote != NO_QUOTE).then_some(self.quote as usize)
    }

    /// Records that the token lies in quotation `q` (beyond `u32` quotations, in none).
    pub(crate) fn set_quote(&mut self, q: usize) {
        self.quote = u32::try_from(q).unwrap_or(NO_QUOTE);
    }

    /// Records that the token lies in no quotation.
    pub(crate) fn clear_quote(&mut self) {
        self.quote = NO_QUOTE;
    }

    /// True when the word starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// True when the token is the punctuation mark `c`.
    pub fn is_punct(&self, c: char) -> bool {
        // Most marks asked about are ASCII: one byte compare, no encoding of `c`.
        !self.is_word
            && if c.is_ascii() {
                self.text.as_bytes().first() == Some(&(c as u8))
            } else {
                self.text.starts_with(c)
            }
    }

    /// A single capital letter, as in "J. Smith".
    pub fn is_initial(&self) -> bool {
        let mut c = self.text.chars();
        self.is_word && matches!((c.next(), c.next()), (Some(a), None) if a.is_uppercase())
    }

    /// A word of two capitals or more and no lower case: an acronym ("UMP", "CEO").
    pub fn is_acronym(&self) -> bool {
        let mut c = self.text.chars();
        self.is_word && c.clone().nth(1).is_some() && c.all(char::is_uppercase)
    }

    /// True for sentence-ending punctuation.
    pub fn is_terminator(&self) -> bool {
        self.terminator
    }
}

/// `Token::quote` of a token in no quotation.
const NO_QUOTE: u32 = u32::MAX;

/// What the byte loop needs to know of an ASCII byte: one table load instead of two range
/// tests.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
/// White space, as [`char::is_whitespace`] reads ASCII.
const SPACE: u8 = 4;
/// Bytes that may continue a word after its letters and digits: ".", ",", "'", "-" (and
/// every non-ASCII byte, which the general loop reads).
const MAY_JOIN: u8 = 8;
static ASCII_KIND: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] |= ALNUM;
        }
        if byte.is_ascii_uppercase() {
            table[b] |= UPPER;
        }
        if matches!(byte, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            table[b] |= SPACE;
        }
        if matches!(byte, b'.' | b',' | b'\'' | b'-') || !byte.is_ascii() {
            table[b] |= MAY_JOIN;
        }
        b += 1;
    }
    table
};

fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '‑')
}

/// The character at byte `pos` of `s` and its length; ASCII, most of any news text, skips
/// UTF-8 decoding.
fn char_at(s: &str, pos: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(pos)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    s[pos..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Splits `text[range]` into tokens, appending to `out`.
pub fn tokenize<'t>(text: &'t str, range: Span, lang: &Language, out: &mut Vec<Token<'t>>) {
    let slice = &text[range.start..range.end];
    let bytes = slice.as_bytes();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let i = pos;
        // ASCII, most of any news text, is classed by a table; other characters are decoded.
        let (c, len, alphanumeric) = if b.is_ascii() {
            let kind = ASCII_KIND[usize::from(b)];
            if kind & SPACE != 0 {
                pos += 1;
                continue;
            }
            (b as char, 1, kind & ALNUM != 0)
        } else {
            match slice[pos..].chars().next() {
                Some(c) => (c, c.len_utf8(), c.is_alphanumeric()),
                None => break,
            }
        };
        pos += len;
        if !b.is_ascii() && c.is_whitespace() {
            continue;
        }
        if !alphanumeric {
            let start = range.start + i;
            let mark = &text[start..start + len];
            out.push(Token {
                span: Span::new(start, start + len),
                text: mark,
                norm: Cow::Borrowed(mark),
                is_word: false,
                capitalised: false,
                terminator: matches!(mark, "." | "!" | "?" | "…"),
                quote: NO_QUOTE,
                class: lang.class_of_mark(mark),
            });
            continue;
        }
        let mut prev = c;
        let mut prev_prev: Option<char> = None;
        // ASCII letters and digits, most of any word: a byte loop that also notes capitals,
        // so that a plain word needs no second pass to fold it.
        let mut upper = c.is_ascii_uppercase();
        if c.is_ascii() {
            let mut kinds = 0;
            let mut next_kind = 0;
            while let Some(&next) = bytes.get(pos) {
                next_kind = ASCII_KIND[usize::from(next)];
                if next_kind & ALNUM == 0 {
                    break;
                }
                kinds |= next_kind;
                pos += 1;
            }
            upper |= kinds & UPPER != 0;
            // A space or a mark that joins nothing after the letters ends a plain word.
            if pos == bytes.len() || next_kind & MAY_JOIN == 0 {
                let span = Span::new(range.start + i, range.start + pos);
                push_plain(text, span, upper, c.is_ascii_uppercase(), lang, out);
                continue;
            }
            if pos >= i + 2 {
                prev_prev = Some(bytes[pos - 2] as char);
                prev = bytes[pos - 1] as char;
            }
        }
        let plain_end = pos;
        while let Some((d, d_len)) = char_at(slice, pos) {
            // The character after `d`, looked at only for joiners.
            let after = || char_at(slice, pos + d_len).map(|(n, _)| n);
            let keep = d.is_alphanumeric()
                // "46.8", "9,000"
                || (matches!(d, '.' | ',') && prev.is_ascii_digit() && after().is_some_and(|n| n.is_ascii_digit()))
                || (joins_word(d) && prev.is_alphanumeric() && after().is_some_and(char::is_alphanumeric))
                // "U.S" and "B.C": single letters joined by dots stay one word.
                || (d == '.' && prev.is_uppercase() && !prev_prev.is_some_and(char::is_alphanumeric)
                    && after().is_some_and(char::is_uppercase));
            if !keep {
                break;
            }
            prev_prev = Some(prev);
            prev = d;
            pos += d_len;
        }
        let span = Span::new(range.start + i, range.start + pos);
        if c.is_ascii() && pos == plain_end {
            push_plain(text, span, upper, c.is_ascii_uppercase(), lang, out);
        } else {
            push_word(text, span, lang, out);
        }
    }
}

/// Pushes an ASCII word of letters and digits, folded by lower-casing when it has a capital
/// (inlined like `push_folded`: called once a word).
#[inline(always)]
fn push_plain<'t>(
    text: &'t str,
    span: Span,
    has_capital: bool,
    capitalised: bool,
    lang: &Language,
    out: &mut Vec<Token<'t>>,
) {
    let word = span.slice(text);
    let norm = if has_capital {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    push_folded(span, word, norm, capitalised, lang, out);
}

fn push_word<'t>(text: &'t str, span: Span, lang: &Language, out: &mut Vec<Token<'t>>) {
    let word = span.slice(text);
    // Clitics and elisions all carry an apostrophe: most words skip both checks.
    let has_apostrophe = word.bytes().any(|b| b == b'\'' || b == 0xE2);
    if !has_apostrophe {
        push_one(text, span, lang, out);
        return;
    }
    for clitic in &lang.suffix_clitics {
        if word.len() > clitic.len() && word.ends_with(clitic.as_str()) {
            let cut = span.end - clitic.len();
            push_word(text, Span::new(span.start, cut), lang, out);
            push_one(text, Span::new(cut, span.end), lang, out);
            return;
        }
    }
    if !lang.elisions.is_empty() {
        if let Some(pos) = word.find(['\'', '’']) {
            let apostrophe = word[pos..].chars().next().map_or(1, char::len_utf8);
            let head = &word[..pos];
            if pos + apostrophe < word.len() && lang.elisions.contains(&*fold(head)) {
                let cut = span.start + pos + apostrophe;
                push_one(text, Span::new(span.start, cut), lang, out);
                push_word(text, Span::new(cut, span.end), lang, out);
                return;
            }
        }
    }
    push_one(text, span, lang, out);
}

fn push_one<'t>(text: &'t str, span: Span, lang: &Language, out: &mut Vec<Token<'t>>) {
    let t = span.slice(text);
    let capitalised = t.chars().next().is_some_and(char::is_uppercase);
    push_folded(span, t, fold(t), capitalised, lang, out);
}

fn push_folded<'t>(
    span: Span,
    text: &'t str,
    norm: Cow<'t, str>,
    capitalised: bool,
    lang: &Language,
    out: &mut Vec<Token<'t>>,
) {
    let class = lang.class_of(&norm);
    out.push(Token {
        span,
        text,
        norm,
        is_word: true,
        capitalised,
        terminator: false,
        quote: NO_QUOTE,
        class,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, BUILTIN};

    fn words(text: &str, code: &str) -> Vec<String> {
        let lang =
            Language::from_toml(BUILTIN.iter().find(|(c, _)| *c == code).unwrap().1).unwrap();
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &lang, &mut out);
        out.iter().map(|t| t.text.to_string()).collect()
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn tokens_stay_small() {
        // Every stage scans the token vector: its size is its speed.
        assert!(
            std::mem::size_of::<Token>() <= 72,
            "{}",
            std::mem::size_of::<Token>()
        );
    }

    #[test]
    fn french_elisions_and_inversions() {
        assert_eq!(
            words("« Non », a-t-il déclaré qu’il l’Ukraine aujourd'hui.", "fr"),
            [
                "«",
                "Non",
                "»",
                ",",
                "a-t-il",
                "déclaré",
                "qu’",
                "il",
                "l’",
                "Ukraine",
                "aujourd'hui",
                "."
            ]
        );
    }

    #[test]
    fn english_contractions_and_initials() {
        assert_eq!(
            words("U.S. officials didn't say, J. Smith said.", "en"),
            [
                "U.S",
                ".",
                "officials",
                "didn't",
                "say",
                ",",
                "J",
                ".",
                "Smith",
                "said",
                "."
            ]
        );
    }
}
