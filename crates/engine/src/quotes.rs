//! Quotation finder: pairs quotation marks inside one paragraph into top-level quotations.
//! Direction comes from the mark itself where it has one, from its neighbours otherwise.

use crate::lang::Language;
use crate::span::Span;

/// A top-level quotation: its marks and what they enclose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to the closing mark, both included (to the paragraph's end when unclosed).
    pub span: Span,
    /// Index of the paragraph it lies in.
    pub paragraph: usize,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

/// Whether a quotation may open right after `p`: a space or punctuation that precedes one.
fn opens_after(p: char) -> bool {
    p.is_whitespace() || "([{—–-:;,/".contains(p)
}

fn opening_shaped(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = prev.is_none_or(|p| opens_after(p) || is_mark(p));
    let after_ok = next.is_some_and(|n| !n.is_whitespace());
    before_ok && after_ok
}

fn closing_shaped(prev: Option<char>, next: Option<char>) -> bool {
    let before_ok = prev.is_some_and(|p| !p.is_whitespace());
    let after_ok = next.is_none_or(|n| !n.is_alphanumeric());
    before_ok && after_ok
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '„' | '‘' | '’' | '‹' | '›' | DOUBLED_APOSTROPHE
    )
}

/// Stands for two apostrophes typed as one double quotation mark (''Yes,'' he said), a
/// convention of some wire and archive text. A private-use character: text never means it.
pub(crate) const DOUBLED_APOSTROPHE: char = '\u{E000}';

/// The mark at byte `i` of `s` and its length in bytes, where one starts there.
fn mark_at(s: &str, i: usize) -> Option<(char, usize)> {
    let c = s[i..].chars().next()?;
    if c == '\'' {
        return s[i + 1..]
            .starts_with('\'')
            .then_some((DOUBLED_APOSTROPHE, 2));
    }
    is_mark(c).then_some((c, c.len_utf8()))
}

/// Finds the top-level quotations of the paragraph `para` of `text`, appending to `out`.
///
/// Marks inside an open quotation are nested quotes and ignored, except the one that closes
/// it. A straight `"` toggles; `‘ ’` count only where they cannot be apostrophes.
pub fn find(text: &str, para: Span, index: usize, lang: &Language, out: &mut Vec<Quotation>) {
    let slice = &text[para.start..para.end];
    // The open quotation: (start byte, its opening mark, expected closing mark, nesting depth,
    // whether it is a straight quote written with spaces inside: `" Non ", a-t-il dit`).
    let mut open: Option<(usize, char, char, u32, bool)> = None;
    // Only marks matter, and every mark's UTF-8 form starts with one of three bytes ('"',
    // 0xC2 for « », 0xE2 for the rest): a vectorised byte search skips the text between them.
    // Two apostrophes as a mark are rare: their byte is searched for only where the language
    // has such marks and the paragraph holds a pair of them.
    let bytes = slice.as_bytes();
    let doubled = lang
        .quote_pairs
        .iter()
        .any(|&(o, _)| o == DOUBLED_APOSTROPHE)
        && memchr::memmem::find(bytes, b"''").is_some();
    let candidates: Box<dyn Iterator<Item = usize>> = if doubled {
        Box::new(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, &b)| matches!(b, b'"' | 0xC2 | 0xE2 | b'\''))
                .map(|(i, _)| i),
        )
    } else {
        Box::new(memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes))
    };
    let mut skip_to = 0;
    for i in candidates {
        if i < skip_to {
            continue;
        }
        let Some((c, width)) = mark_at(slice, i) else {
            continue;
        };
        if c == DOUBLED_APOSTROPHE && !doubled {
            continue;
        }
        skip_to = i + width;
        // Their neighbours are looked up when one is found.
        let prev = slice[..i].chars().next_back();
        let next = slice[i + width..].chars().next();
        match open {
            Some((start, o, close, depth, spaced)) => {
                // “…’’ and “…'' : two apostrophes typed for a closing double quote.
                let curly_pair = c == '’' && next == Some('’');
                let doubled_apostrophe =
                    o == '“' && (curly_pair || c == DOUBLED_APOSTROPHE && close != c);
                if doubled_apostrophe && depth == 0 {
                    let width = if curly_pair { 2 * c.len_utf8() } else { width };
                    let end = para.start + i + width;
                    out.push(Quotation {
                        span: Span::new(start, end),
                        paragraph: index,
                        closed: true,
                    });
                    open = None;
                    continue;
                }
                let closes = if c == close && c == o {
                    // Same mark both ways (straight quotes): an opening-shaped one nests only
                    // when it cannot close; with spaces inside, the next one closes.
                    spaced || !opening_shaped(prev, next) || closing_shaped(prev, next)
                } else if c == close {
                    close != '’' || closing_shaped(prev, next)
                } else {
                    // A curly opening mark typed where the closing one belongs: “…“.
                    c == o
                        && o == '“'
                        && closing_shaped(prev, next)
                        && !opening_shaped(prev, next)
                        && depth == 0
                };
                if closes {
                    if depth > 0 {
                        open = Some((start, o, close, depth - 1, spaced));
                    } else {
                        let end = para.start + i + width;
                        out.push(Quotation {
                            span: Span::new(start, end),
                            paragraph: index,
                            closed: true,
                        });
                        open = None;
                    }
                } else if c == o
                    && o != close
                    && (opening_shaped(prev, next) || matches!(o, '«' | '‹'))
                {
                    open = Some((start, o, close, depth + 1, spaced));
                }
            }
            None => {
                let pair = lang.quote_pairs.iter().find(|(o, _)| *o == c);
                if let Some(&(o, close)) = pair {
                    // `" Non ", a-t-il dit`: French spacing kept around straight quotes. A
                    // straight quote with space on both sides opens when another one follows
                    // in the paragraph to close it.
                    let spaced = o == '"'
                        && !opening_shaped(prev, next)
                        && next.is_some_and(char::is_whitespace)
                        && prev.is_none_or(opens_after)
                        && slice[i + 1..].contains('"');
                    let ok = match o {
                        '"' | '‘' | '“' | '„' | DOUBLED_APOSTROPHE => {
                            spaced || opening_shaped(prev, next)
                        }
                        _ => true,
                    };
                    if ok {
                        open = Some((para.start + i, o, close, 0, spaced));
                    }
                } else if c == '”'
                    && opening_shaped(prev, next)
                    && next.is_some_and(char::is_alphanumeric)
                {
                    // ” used as an opening mark (”…”), common in some outlets.
                    open = Some((para.start + i, c, c, 0, false));
                }
            }
        }
    }
    if let Some((start, ..)) = open {
        let end = para.start + slice.trim_end().len();
        if end > start + 1 {
            out.push(Quotation {
                span: Span::new(start, end),
                paragraph: index,
                closed: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::BUILTIN;

    fn quotes(text: &str) -> Vec<(String, bool)> {
        quotes_in(text, 1)
    }

    fn english_quotes(text: &str) -> Vec<(String, bool)> {
        quotes_in(text, 0)
    }

    /// The quotations of `text` with the `BUILTIN[language]` resources.
    fn quotes_in(text: &str, language: usize) -> Vec<(String, bool)> {
        let lang = Language::from_toml(BUILTIN[language].1).unwrap();
        let mut out = Vec::new();
        find(text, Span::new(0, text.len()), 0, &lang, &mut out);
        out.iter()
            .map(|q| (q.span.slice(text).to_string(), q.closed))
            .collect()
    }

    #[test]
    fn guillemets_and_curly_quotes() {
        assert_eq!(
            quotes("« Non », a-t-il dit, “oui” et « il a dit “non” hier »."),
            [
                ("« Non »".into(), true),
                ("“oui”".into(), true),
                ("« il a dit “non” hier »".into(), true)
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("L’Ukraine a averti qu’un front s’ouvre.").is_empty());
        assert_eq!(quotes("He said ‘no’ today."), [("‘no’".into(), true)]);
    }

    #[test]
    fn straight_quotes_toggle() {
        assert_eq!(
            quotes("\"Yes,\" she said, \"we will.\""),
            [("\"Yes,\"".into(), true), ("\"we will.\"".into(), true)]
        );
    }

    #[test]
    fn straight_quotes_with_french_spacing() {
        assert_eq!(
            quotes("\" Non \", a-t-il dit, \" nous verrons. \""),
            [
                ("\" Non \"".into(), true),
                ("\" nous verrons. \"".into(), true)
            ]
        );
        // A lone spaced mark opens nothing: there is none after it to close it.
        assert!(quotes("Il mesure 5 \" de haut.").is_empty());
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        assert_eq!(
            quotes("“Il est question d’un groupe. .  "),
            [("“Il est question d’un groupe. .".into(), false)]
        );
    }

    #[test]
    fn two_apostrophes_are_one_double_mark() {
        assert_eq!(
            english_quotes("''It isn't over,'' she said, ''not by a long way.''"),
            [
                ("''It isn't over,''".into(), true),
                ("''not by a long way.''".into(), true)
            ]
        );
        // Apostrophes that open nothing stay apostrophes.
        assert!(english_quotes("The players' union and the owners' group met.").is_empty());
        // A “ closed by two apostrophes.
        assert_eq!(
            english_quotes("“Enough.'' he said."),
            [("“Enough.''".into(), true)]
        );
    }

    #[test]
    fn sloppy_double_opening_mark_closes() {
        assert_eq!(quotes("“Oui“ dit-il."), [("“Oui“".into(), true)]);
    }
}
