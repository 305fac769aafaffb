//! Name finder: runs of capitalised words that name a person or an organisation.
//! Sentence-initial words count only when the document also writes them capitalised elsewhere.

use crate::lang::WordClass;
use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

use crate::doc::Document;
use crate::lang::{Gender, Language};

/// A proper name in the text, as a token range, with the honorific that precedes it.
#[derive(Debug, Clone)]
pub struct NameRun {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// The gender its honorific tells ("Mr." → masculine), if any.
    pub honorific: Option<Gender>,
}

/// Finds the proper names of a document.
pub fn find(doc: &Document, lang: &Language) -> Vec<NameRun> {
    let mut is_start = vec![false; doc.tokens.len()];
    for s in &doc.sentences {
        is_start[s.start] = true;
    }
    let sentence_initial = SentenceStarts(&is_start);
    // Which sentence-initial capitals the document also writes capitalised elsewhere or in
    // lower case: the evidence for reading a sentence-initial capital as a name or not. Only
    // words that open a sentence somewhere need it, so those are gathered first.
    let opens_sentence = |i: usize| {
        sentence_initial.contains(&i)
            || i.checked_sub(1)
                .is_some_and(|p| doc.tokens[p].quote().is_some() && !doc.tokens[p].is_word)
    };
    // (Function words and honorifics are never names: they need no evidence.)
    let never_names = WordClass::FUNCTION_WORDS | WordClass::HONORIFICS;
    let mut initial_capitals = HashSet::with_capacity_and_hasher(64, Default::default());
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.is_capitalised() && !t.is(never_names) && opens_sentence(i) {
            initial_capitals.insert(&*t.norm);
        }
    }
    let mut capital_inside = HashSet::default();
    let mut lower = HashSet::default();
    if !initial_capitals.is_empty() {
        // A cheap filter on the first byte and the length keeps the lookups rare: one bit
        // per length (longer ones share the last) for each first byte.
        let length_bit = |w: &str| 1u32 << w.len().min(31);
        let mut lengths_by_first_byte = [0u32; 256];
        for w in &initial_capitals {
            lengths_by_first_byte[w.as_bytes()[0] as usize] |= length_bit(w);
        }
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.is_word
                && lengths_by_first_byte[t.norm.as_bytes()[0] as usize] & length_bit(&t.norm) != 0
                && initial_capitals.contains(&*t.norm)
            {
                if !t.is_capitalised() {
                    lower.insert(&*t.norm);
                } else if !opens_sentence(i) {
                    capital_inside.insert(&*t.norm);
                }
            }
        }
    }
    let nameish_at = |i: usize| -> bool {
        let t = &doc.tokens[i];
        if !t.is_word {
            return false;
        }
        let first_upper = t.text.as_bytes()[0].is_ascii_uppercase()
            || (!t.text.as_bytes()[0].is_ascii() && t.is_capitalised());
        // Words are short: an inline byte test beats a call to `memchr` here, asked of
        // nearly every word.
        let hyphenated = || t.text.bytes().any(|b| b == b'-');
        // "al-Rahman", "el-Sisi", "ibn-Saud": a lower-case particle glued to a capitalised name.
        // (Most lower-case words follow another: that test goes first.)
        if let Some((particle, rest)) =
            (!first_upper && i > 0 && doc.tokens[i - 1].is_capitalised() && hyphenated())
                .then(|| t.text.split_once('-'))
                .flatten()
        {
            if lang.name_connectors.contains(particle) && rest.starts_with(char::is_uppercase) {
                return true;
            }
        }
        // "Calgary-based", "Toronto-area": an adjective made from a name.
        let adjective = first_upper
            && hyphenated()
            && t.text
                .rsplit('-')
                .next()
                .is_some_and(|w| lang.name_adjective_endings.contains(w));
        // "Vladimir Poutine Crédit : AP": a caption's label, not a name's last word.
        let label = || {
            lang.caption_labels.contains(&*t.norm)
                && doc.tokens.get(i + 1).is_some_and(|n| n.is_punct(':'))
        };
        if !first_upper
            || adjective
            || label()
            || t.norm.ends_with('\'')
            || t.is(WordClass::FUNCTION_WORDS)
            || t.is(WordClass::HONORIFICS)
        {
            return false;
        }
        let initial = sentence_initial.contains(&i)
            || i.checked_sub(1).is_some_and(|p| {
                !doc.tokens[p].is_word
                    && doc.tokens[p].quote().is_some()
                    && doc.tokens[p].quote() != t.quote()
            });
        !initial || capital_inside.contains(&*t.norm) || !lower.contains(&*t.norm)
    };
    // Decided once per token: the run building below asks about each token several times.
    let mut nameish_table: Vec<bool> = (0..doc.tokens.len()).map(nameish_at).collect();
    // "Will Young", "May Chen": a given name that is also a common word starts a name when a
    // name follows it.
    for i in 0..doc.tokens.len().saturating_sub(1) {
        let t = &doc.tokens[i];
        // (The word class rules out most words before the lookup.)
        if !nameish_table[i]
            && t.is_capitalised()
            && nameish_table[i + 1]
            && t.is(WordClass::GIVEN_NAME)
            && lang.given_names.contains_key(&*t.norm)
        {
            nameish_table[i] = true;
        }
    }
    let nameish = |i: usize| nameish_table[i];
    // Inside a run, a capitalised word away from a sentence start continues the name even
    // when it is also a common word ("Theresa May", "Ms. May").
    let continues = |i: usize| -> bool {
        let t = &doc.tokens[i];
        // Only after a given name: "Theresa May", but not "Loukachenko Crédit".
        let after_given_name = i > 0
            && doc.tokens[i - 1].is(WordClass::GIVEN_NAME)
            && lang.given_names.contains_key(&*doc.tokens[i - 1].norm);
        nameish(i)
            || (after_given_name
                && t.is_capitalised()
                && !sentence_initial.contains(&i)
                && !t.norm.ends_with('\'')
                && !t.is(WordClass::DETERMINER)
                && !t.is(WordClass::PREPOSITIONS)
                && !t.is(WordClass::CLAUSE_OPENERS)
                && !t.is(WordClass::PRONOUNS)
                && !t.is(WordClass::HONORIFICS))
    };
    let after_honorific = |i: usize| -> bool {
        i.checked_sub(1).is_some_and(|p| {
            let p = if doc.tokens[p].is_punct('.') {
                p.checked_sub(1)
            } else {
                Some(p)
            };
            p.is_some_and(|p| doc.tokens[p].is(WordClass::HONORIFICS))
        })
    };
    let mut runs = Vec::new();
    let mut i = 0;
    let n = doc.tokens.len();
    while i < n {
        let starts = nameish(i)
            || (doc.tokens[i].is_capitalised()
                && !doc.tokens[i].is(WordClass::DETERMINER)
                && after_honorific(i));
        if !starts || (doc.tokens[i].is(WordClass::ROLE) && i + 1 < n && nameish(i + 1)) {
            i += 1;
            continue;
        }
        let para = doc.paragraph_of(i);
        let para_end = doc.paragraphs[para].tokens.end;
        let start = i;
        let mut end = i + 1;
        loop {
            if end < para_end && continues(end) {
                end += 1;
            } else if end + 1 < para_end
                && doc.tokens[end].is_punct('.')
                && doc.tokens[end - 1].is_initial()
                && nameish(end + 1)
            {
                // "Harry J. Kazianis"
                end += 2;
            } else if end + 1 < para_end
                && doc.tokens[end].is_punct('.')
                && doc.tokens[end - 1].text.contains('.')
                && !sentence_initial.contains(&(end + 1))
                && nameish(end + 1)
            {
                // "The U.S. State Department": an abbreviation's last dot is not the name's end.
                end += 2;
            } else if let Some(skip) = (end + 1 < para_end
                && doc.tokens[end - 1].is(WordClass::ORGANISATION_MARKERS)
                && doc.tokens[end].is(WordClass::ORGANISATION_JOINERS))
            .then(|| {
                // "Centre for the National Interest": a definite article may follow.
                if doc.tokens[end + 1].is(WordClass::DEFINITE) {
                    2
                } else {
                    1
                }
            })
            .filter(|&skip| end + skip < para_end && nameish(end + skip))
            {
                // "Bank of Canada", "National Institute on Drug Abuse"
                end += skip + 1;
            } else if end + 1 < para_end && doc.tokens[end].text == "&" && nameish(end + 1) {
                // "Procter & Gamble"
                end += 2;
            } else if end + 1 < para_end
                && doc.tokens[end].is_word
                && doc.tokens[end].is(WordClass::NAME_CONNECTORS)
                && nameish(end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        // "Prime Minister Justin Trudeau": the name starts after the last role word.
        let start = (start..end - 1)
            .rev()
            .find(|&k| doc.tokens[k].is(WordClass::ROLE))
            .map_or(start, |k| k + 1);
        // "Getty Images Kevin Vickers": a given name after other names starts a new name.
        let start = (start + 1..end.saturating_sub(1))
            .find(|&k| {
                doc.tokens[k].is(WordClass::GIVEN_NAME)
                    && !doc.tokens[k - 1].is(WordClass::GIVEN_NAME)
                    && doc.tokens[k - 1].is_word
            })
            .unwrap_or(start);
        // "Mr. Smith", "M. Dupont", "Mme Martin"
        let honorific = start.checked_sub(1).and_then(|p| {
            let p = if doc.tokens[p].is_punct('.') {
                p.checked_sub(1)?
            } else {
                p
            };
            lang.honorifics.get(&*doc.tokens[p].norm).copied()
        });
        // "U.S. Secretary (of State Mike Pompeo)": a title, not a name.
        if doc.tokens[end - 1].is(WordClass::ROLE)
            && !doc.tokens[start].is(WordClass::GIVEN_NAME)
            && end < para_end
            && (doc.tokens[end].is(WordClass::NAME_CONNECTORS)
                || doc.tokens[end].is(WordClass::PREPOSITIONS))
        {
            i = end;
            continue;
        }
        // "Export Development Canada (EDC)": the acronym after the name vouches for a
        // sentence-initial word that the text also writes in lower case.
        let start = if start > 0
            && doc.tokens[start - 1].is_capitalised()
            && sentence_initial.contains(&(start - 1))
            && acronym_after(doc, start - 1..end)
        {
            start - 1
        } else {
            start
        };
        runs.push(NameRun {
            tokens: start..end,
            honorific,
        });
        i = end;
    }
    runs
}

/// Which tokens open a sentence, indexed by token.
struct SentenceStarts<'a>(&'a [bool]);

impl SentenceStarts<'_> {
    fn contains(&self, i: &usize) -> bool {
        self.0.get(*i).copied().unwrap_or(false)
    }
}

/// True when the tokens `run` are followed by an acronym in parentheses made of their
/// capitals: "Export Development Canada (EDC)".
fn acronym_after(doc: &Document, run: Range<usize>) -> bool {
    let (Some(open), Some(acronym), Some(close)) = (
        doc.tokens.get(run.end),
        doc.tokens.get(run.end + 1),
        doc.tokens.get(run.end + 2),
    ) else {
        return false;
    };
    let capitals: String = doc.tokens[run]
        .iter()
        .filter_map(|t| t.text.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    open.is_punct('(')
        && close.is_punct(')')
        && capitals.chars().count() >= 2
        && acronym.text == capitals
}
