//! Incises: a speech cue written inside one pair of quotation marks ("« A, juge la maire. B »",
//! "“A, he said. B”") splits the quotation into the part before it and the part after it.
//!
//! The cue then stands outside any quotation, so attribution reads it as it reads "“A,” he
//! said, “B”": the first part takes the cue, the second continues the speaker. Only the shape
//! of an incise splits: a comma, then a cue and its subject (in either order), then the comma
//! or full stop that closes the incise, with words of the quotation after it.

use crate::lang::{Language, WordClass};
use crate::quotes::Quotation;
use crate::span::Span;
use crate::token::Token;
use std::ops::Range;

/// Most words an incise's subject may have ("précise au HuffPost Claude Gruffat").
const MAX_SUBJECT: usize = 10;
/// Most words of an apposition closing an incise (", le PdG de la coopérative.").
const MAX_APPOSITION: usize = 10;

/// Splits the quotations `quotes[first..]` of one paragraph at their incises and records in
/// `tokens` (that paragraph's) the quotation each token now lies in.
pub(crate) fn split(
    tokens: &mut [Token],
    quotes: &mut Vec<Quotation>,
    first: usize,
    lang: &Language,
) {
    if quotes.len() == first {
        return;
    }
    let mut out = Vec::with_capacity(quotes.len() - first);
    let mut changed = false;
    for quote in &quotes[first..] {
        // Tokens are in text order: the quotation's are one run of them.
        let from = tokens.partition_point(|t| t.span.start < quote.span.start);
        let to = tokens.partition_point(|t| t.span.start < quote.span.end);
        let mut start = quote.span.start;
        for (comma, end) in incises(tokens, from..to, lang) {
            out.push(Quotation {
                span: Span::new(start, tokens[comma - 1].span.end),
                ..*quote
            });
            start = tokens[end + 1].span.start;
            changed = true;
        }
        out.push(Quotation {
            span: Span::new(start, quote.span.end),
            ..*quote
        });
    }
    if !changed {
        return;
    }
    quotes.truncate(first);
    quotes.extend(out);
    let mut q = first;
    for tok in tokens.iter_mut() {
        tok.clear_quote();
        while q < quotes.len() && quotes[q].span.end <= tok.span.start {
            q += 1;
        }
        if q < quotes.len() && quotes[q].span.start <= tok.span.start {
            tok.set_quote(q);
        }
    }
}

/// The incises of one quotation whose tokens are `inside`: for each, the comma opening it
/// and the punctuation closing it.
fn incises(tokens: &[Token], inside: Range<usize>, lang: &Language) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    if inside.is_empty() {
        return found;
    }
    let (first, last) = (inside.start, inside.end - 1);
    let mut words_before = 0;
    let mut i = first;
    while i < last {
        let t = &tokens[i];
        if t.is_word {
            words_before += 1;
        }
        if t.is_punct(',') && words_before >= 2 {
            if let Some(end) = incise_at(tokens, i + 1, last, lang) {
                found.push((i, end));
                words_before = 0;
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

fn is_speech_verb(t: &Token, lang: &Language) -> bool {
    t.is_word
        && !t.is_capitalised()
        && t.is(WordClass::CUE_START)
        && lang.verb_lemma(&t.norm).is_some()
}

/// A third-person pronoun that tells its referent's gender or number ("she", "ils"), not
/// "on", "I" or "you".
fn personal(pronoun: &str, lang: &Language) -> bool {
    lang.pronouns
        .get(pronoun)
        .is_some_and(|&g| g != crate::lang::Gender::Unknown)
}

/// The base of a word with a personal subject pronoun glued to it ("juge-t-elle" → "juge");
/// an impersonal one ("dit-on") reports no one's words.
fn inverted_base<'w>(word: &'w str, lang: &'w Language) -> Option<&'w str> {
    lang.strip_inversion(word)
        .filter(|&(_, pronoun)| personal(pronoun, lang))
        .map(|(base, _)| base)
}

/// Where an incise starting at token `j` (right after its comma) ends: the comma or
/// terminator that closes it, with at least one word of the quotation after it before `last`.
fn incise_at(tokens: &[Token], j: usize, last: usize, lang: &Language) -> Option<usize> {
    let t = tokens.get(j)?;
    if j >= last || !t.is_word {
        return None;
    }
    let after_cue = if let Some(base) = inverted_base(&t.norm, lang) {
        // "juge-t-elle", "a-t-il déclaré".
        if lang.verb_lemma(base).is_some() {
            j + 1
        } else if lang.auxiliaries.contains(base) && is_speech_verb(tokens.get(j + 1)?, lang) {
            j + 2
        } else {
            return None;
        }
    } else if is_speech_verb(t, lang) {
        // "juge la maire", "said Mayor Ann Lee". An English bare form is a noun as often
        // as a verb ("fear and respect"): it inverts no subject.
        if lang.bare_form_needs_plural_subject && lang.verb_lemma(&t.norm) == Some(&*t.norm) {
            return None;
        }
        subject_end(tokens, j + 1, last)?
    } else {
        // "he said", "Ann Lee said": a third-person pronoun or a short capitalised name.
        let mut k = j;
        if t.is(WordClass::SUBJECT_PRONOUNS) && personal(&t.norm, lang) {
            k += 1;
        } else {
            let name_word = |t: &Token| {
                t.is_word
                    && t.is_capitalised()
                    && !t.is(WordClass::PRONOUNS | WordClass::FUNCTION_WORDS)
            };
            while k < last && k < j + 4 && name_word(&tokens[k]) {
                k += 1;
                // "Mr. Lee": the dot of an abbreviation stays in the name.
                if k < last && tokens[k].is_punct('.') && tokens[k - 1].is(WordClass::ABBREVIATIONS)
                {
                    k += 1;
                }
            }
            if k == j {
                return None;
            }
        }
        while k < last && tokens[k].is(WordClass::AUXILIARIES) {
            k += 1;
        }
        if !is_speech_verb(tokens.get(k)?, lang) {
            return None;
        }
        k + 1
    };
    // "disent-ils souvent,": adverbs after the cue stay in the incise.
    let mut after_cue = after_cue;
    while after_cue < last && tokens[after_cue].is(WordClass::ADVERBS) {
        after_cue += 1;
    }
    let end = closing(tokens, after_cue, last)?;
    // ", le PdG de la coopérative." after the subject belongs to the incise.
    let end = if tokens[end].is_punct(',') {
        apposition_end(tokens, end + 1, last).unwrap_or(end)
    } else {
        end
    };
    let words_after = (end + 1..last).any(|k| tokens[k].is_word);
    // "…, he said, ‘Stop.’": speech the speaker reports, not an incise of theirs.
    let reports_speech = tokens
        .get(end + 1)
        .is_some_and(|n| !n.is_word && n.text.starts_with(['\'', '‘', '"', '“', '«', '‹']));
    (words_after && !reports_speech).then_some(end)
}

/// The punctuation at `k` when it closes an incise: a comma, a full stop or another terminator.
fn closing(tokens: &[Token], k: usize, last: usize) -> Option<usize> {
    (k < last && (tokens[k].is_punct(',') || tokens[k].is_terminator())).then_some(k)
}

/// The end of the subject after an inverted cue: a name or a noun phrase that opens with a
/// determiner, a role or a capital, reached past an addressee ("précise au HuffPost Claude
/// Gruffat"). Clause words end the attempt: what follows the verb is then its complement.
fn subject_end(tokens: &[Token], from: usize, last: usize) -> Option<usize> {
    if from >= last {
        return None;
    }
    let mut k = from;
    if tokens[k].is(WordClass::ADDRESSEE_PREPOSITIONS) {
        k += 1;
        // Its determiner; the addressee's name and the subject's then make one run of
        // capitals ("au Parisien Marc Dubois"), which attribution divides.
        while k < last && k < from + 4 && tokens[k].is_word && !tokens[k].is_capitalised() {
            k += 1;
        }
    }
    let start = k;
    let opens = tokens.get(start).is_some_and(|t| {
        t.is_word
            && (t.is_capitalised()
                || t.is(WordClass::DETERMINER | WordClass::ROLE | WordClass::HONORIFICS))
            && !t.is(WordClass::PRONOUNS)
    });
    // "said harbour master Tom Reed": a few words of occupation before a name.
    let occupation = || {
        let plain = |t: &Token| {
            t.is_word
                && !t.is_capitalised()
                && !t.is(WordClass::CLAUSE_OPENERS
                    | WordClass::COMPLEMENTIZERS
                    | WordClass::PREPOSITIONS
                    | WordClass::PRONOUNS)
        };
        let words = (start..last.min(start + 4))
            .take_while(|&k| plain(&tokens[k]))
            .count();
        words > 0
            && tokens
                .get(start + words)
                .is_some_and(|t| t.is_word && t.is_capitalised())
    };
    if !opens && !occupation() {
        return None;
    }
    while k < last && k < from + MAX_SUBJECT {
        let t = &tokens[k];
        if !t.is_word {
            // A dot inside a name ("Mr. Lee", "J. Smith").
            let dot_in_name = t.is_punct('.')
                && k > start
                && tokens[k - 1].is_word
                && (tokens[k - 1].is(WordClass::ABBREVIATIONS) || tokens[k - 1].text.len() == 1)
                && tokens.get(k + 1).is_some_and(Token::is_capitalised);
            if !dot_in_name {
                break;
            }
        } else if k > start
            && !t.is_capitalised()
            && t.is(WordClass::CLAUSE_OPENERS
                | WordClass::COORDINATORS
                | WordClass::COMPLEMENTIZERS)
        {
            return None;
        }
        k += 1;
    }
    (k > start).then_some(k)
}

/// The terminator closing an apposition that starts at `from`: a determiner or a role word,
/// then a few words with no comma and no clause opener.
fn apposition_end(tokens: &[Token], from: usize, last: usize) -> Option<usize> {
    let first = tokens.get(from)?;
    if !(first.is(WordClass::DETERMINER) || first.is(WordClass::ROLE)) {
        return None;
    }
    let mut k = from;
    while k < last && k < from + MAX_APPOSITION {
        let t = &tokens[k];
        if t.is_terminator() {
            return Some(k);
        }
        if t.is_punct(',') || t.is(WordClass::CLAUSE_OPENERS) || t.is(WordClass::COORDINATORS) {
            return None;
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::doc::Document;
    use crate::lang::{Language, BUILTIN};

    fn quotations(text: &str, code: &str) -> Vec<String> {
        let src = BUILTIN.iter().find(|(c, _)| *c == code).unwrap().1;
        let lang = Language::from_toml(src).unwrap();
        let doc = Document::new(text, &lang);
        doc.quotes
            .iter()
            .map(|q| q.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn an_inverted_cue_inside_guillemets_splits_the_quotation() {
        assert_eq!(
            quotations(
                "« Le budget est prêt, assure la trésorière. Il sera voté jeudi. »",
                "fr"
            ),
            ["« Le budget est prêt", "Il sera voté jeudi. »"]
        );
        assert_eq!(
            quotations(
                "\"Nous avons fermé l'usine, a-t-il expliqué, et nous partirons.\"",
                "fr"
            ),
            ["\"Nous avons fermé l'usine", "et nous partirons.\""]
        );
    }

    #[test]
    fn an_apposition_after_the_speaker_stays_in_the_incise() {
        assert_eq!(
            quotations(
                "\"Le prix a doublé, précise au Parisien Marc Dubois, le directeur du port. Nous attendons.\"",
                "fr"
            ),
            ["\"Le prix a doublé", "Nous attendons.\""]
        );
    }

    #[test]
    fn an_english_cue_inside_one_pair_splits_it() {
        assert_eq!(
            quotations("“The road is closed, she said. We will reopen it.”", "en"),
            ["“The road is closed", "We will reopen it.”"]
        );
        assert_eq!(
            quotations(
                "“Costs went up, said Mayor Ann Lee, and taxes followed.”",
                "en"
            ),
            ["“Costs went up", "and taxes followed.”"]
        );
    }

    #[test]
    fn a_quotation_ending_on_a_cue_word_is_left_whole() {
        for text in [
            "“Costs went up, said”",
            "“Costs went up, said",
            "« Les prix, a-t-il »",
        ] {
            assert_eq!(quotations(text, "en").len(), 1, "{text}");
            assert_eq!(quotations(text, "fr").len(), 1, "{text}");
        }
    }

    #[test]
    fn quoted_speech_without_an_incise_stays_whole() {
        // A speech verb with its own complement is part of what is quoted.
        for text in [
            "“When I asked, he said no and left.”",
            "“I told them, you said that last year.”",
            "“They said, and I quote, nothing at all.”",
            "“Prices rose, she said.”",
            "“It is good to feel that way, feel like you can help. It helps.”",
            "“Our aim is to win attention, fear and respect from the West, and more.”",
            "“When the bus came, I said, ‘Stop.’ It did not.”",
            "“Out of the blue, he said, ‘We are done.’ Then he left.”",
        ] {
            assert_eq!(quotations(text, "en"), [text], "{text}");
        }
        // Impersonal hearsay is nobody's statement.
        let fr = "« Il faut agir, dit-on, sinon rien. »";
        assert_eq!(quotations(fr, "fr"), [fr], "{fr}");
        assert_eq!(
            quotations("« Il faut agir, disent-ils souvent, sinon rien. »", "fr"),
            ["« Il faut agir", "sinon rien. »"]
        );
    }
}
