//! The document every pipeline stage reads: paragraphs, tokens, quotations and sentences.
//! Built once per text by [`Document::new`] (normalise → segment → tokenize → find quotes →
//! split quotes at incises).

use crate::lang::WordClass;
use std::ops::Range;

use crate::incise;
use crate::lang::Language;
use crate::quotes::{self, Quotation};
use crate::span::Span;
use crate::token::{tokenize, Token};

/// A paragraph: its span and the range of its tokens and sentences.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Where the paragraph lies, trimmed of surrounding whitespace.
    pub span: Span,
    /// Its tokens, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Its sentences, as indices into [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// The segmented text.
pub struct Document<'t> {
    /// The original text, never modified: every span points into it.
    pub text: &'t str,
    /// Paragraphs in order (a line of text is a paragraph).
    pub paragraphs: Vec<Paragraph>,
    /// All tokens in order.
    pub tokens: Vec<Token<'t>>,
    /// Top-level quotations in order.
    pub quotes: Vec<Quotation>,
    /// Sentences as token ranges; boundaries are never inside a quotation.
    pub sentences: Vec<Range<usize>>,
    /// For each token, the index of the sentence it belongs to.
    pub sentence_of: Vec<usize>,
}

impl<'t> Document<'t> {
    /// Segments `text` with the resources of `lang`.
    pub fn new(text: &'t str, lang: &Language) -> Document<'t> {
        let mut doc = Document {
            text,
            paragraphs: Vec::new(),
            // News text runs at about one token per five bytes; a quarter more spares the
            // vector a copy of itself on dense text.
            tokens: Vec::with_capacity(text.len() / 4),
            quotes: Vec::new(),
            sentences: Vec::new(),
            sentence_of: Vec::new(),
        };
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let trimmed_start = line.len() - line.trim_start().len();
            let content = line.trim();
            if !content.is_empty() {
                let span = Span::new(
                    offset + trimmed_start,
                    offset + trimmed_start + content.len(),
                );
                let first_quote = doc.quotes.len();
                quotes::find(text, span, doc.paragraphs.len(), lang, &mut doc.quotes);
                let first_token = doc.tokens.len();
                tokenize(text, span, lang, &mut doc.tokens);
                let mut q = first_quote;
                for tok in &mut doc.tokens[first_token..] {
                    while q < doc.quotes.len() && doc.quotes[q].span.end <= tok.span.start {
                        q += 1;
                    }
                    if q < doc.quotes.len() && doc.quotes[q].span.start <= tok.span.start {
                        tok.set_quote(q);
                    }
                }
                incise::split(
                    &mut doc.tokens[first_token..],
                    &mut doc.quotes,
                    first_quote,
                    lang,
                );
                let first_sentence = doc.sentences.len();
                split_sentences(
                    &doc.tokens,
                    first_token..doc.tokens.len(),
                    &mut doc.sentences,
                );
                doc.paragraphs.push(Paragraph {
                    span,
                    tokens: first_token..doc.tokens.len(),
                    sentences: first_sentence..doc.sentences.len(),
                });
            }
            offset += line.len();
        }
        // Sentences come in token order: each token is written once, with no zeroing pass.
        let mut sentence_of = Vec::with_capacity(doc.tokens.len());
        for (s, range) in doc.sentences.iter().enumerate() {
            debug_assert!(sentence_of.len() <= range.start, "sentences out of order");
            sentence_of.resize(range.start, 0);
            sentence_of.extend(std::iter::repeat_n(s, range.len()));
        }
        sentence_of.resize(doc.tokens.len(), 0);
        doc.sentence_of = sentence_of;
        doc
    }

    /// The paragraph containing token `i`.
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs.partition_point(|p| p.tokens.end <= i)
    }

    /// The span from the start of token `a` to the end of token `b` (inclusive).
    pub fn token_span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b].span.end)
    }
}

fn split_sentences(tokens: &[Token], range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        // "… from Suncor’s Libyan assets.” But as of press time, Suncor said …": a quotation
        // ending on its own full stop, then a capital outside it, ends the sentence.
        // A closing mark may be two tokens ('' used as a quotation mark).
        let mut close = i;
        while close + 1 < range.end
            && !tokens[close + 1].is_word
            && !tokens[close + 1].is_terminator()
            && tokens[close + 1].quote().is_some()
            && tokens[close + 1].quote() == t.quote()
        {
            close += 1;
        }
        if i > range.start + 1
            && t.quote().is_some()
            && !t.is_word
            && tokens[i - 1].quote() == t.quote()
            && tokens[i - 1].is_terminator()
            && tokens
                .get(close + 1)
                .filter(|_| close + 1 < range.end)
                .is_some_and(|n| n.quote().is_none() && n.is_word && n.is_capitalised())
        {
            out.push(start..close + 1);
            start = close + 1;
            i = close + 1;
            continue;
        }
        if t.quote().is_none() && t.is_terminator() {
            // Runs of terminators ("?!", "...") end together.
            let mut j = i;
            while j + 1 < range.end
                && tokens[j + 1].quote().is_none()
                && tokens[j + 1].is_terminator()
            {
                j += 1;
            }
            let next = tokens.get(j + 1).filter(|_| j + 1 < range.end);
            // A quotation opening on a lower-case word continues the sentence ("who lost 16
            // lbs. “and two belt loops” between May and October, says …").
            let lower_quote = || {
                tokens
                    .get(j + 2)
                    .filter(|_| j + 2 < range.end)
                    .is_some_and(|w| {
                        w.is_word
                            && w.quote() == tokens[j + 1].quote()
                            && w.text.starts_with(char::is_lowercase)
                    })
            };
            let starts_sentence = next.is_none_or(|n| {
                n.quote().is_some() && !lower_quote()
                    || n.text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "—–-([".contains(c))
            });
            let abbreviation = t.text == "."
                && i > range.start
                && tokens[i - 1].is_word
                && tokens[i - 1].span.end == t.span.start
                && (tokens[i - 1].is(WordClass::ABBREVIATIONS) || tokens[i - 1].is_initial());
            if starts_sentence && !abbreviation {
                out.push(start..j + 1);
                start = j + 1;
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::BUILTIN;

    fn sentences(text: &str, code: &str) -> Vec<String> {
        let lang =
            Language::from_toml(BUILTIN.iter().find(|(c, _)| *c == code).unwrap().1).unwrap();
        let doc = Document::new(text, &lang);
        doc.sentences
            .iter()
            .map(|r| doc.token_span(r.start, r.end - 1).slice(text).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_quotes_do_not_split() {
        assert_eq!(
            sentences(
                "Mr. Smith said “No. Never.” Then M. J. Dupont left.\nNext one.",
                "en"
            ),
            [
                "Mr. Smith said “No. Never.”",
                "Then M. J. Dupont left.",
                "Next one."
            ]
        );
        assert_eq!(
            sentences(
                "He lost 16 lbs. “and two belt loops” in May. “Yes,” he said.",
                "en"
            ),
            [
                "He lost 16 lbs. “and two belt loops” in May.",
                "“Yes,” he said."
            ]
        );
        assert_eq!(
            sentences(
                "It noted the “risk.” But Suncor disagreed. “Yes.” he said.",
                "en"
            ),
            [
                "It noted the “risk.”",
                "But Suncor disagreed.",
                "“Yes.” he said."
            ]
        );
        assert_eq!(
            sentences("M. Macron a parlé. Il est parti !", "fr"),
            ["M. Macron a parlé.", "Il est parti !"]
        );
    }
}
