//! Quantities: numbers in digits or words, with ranges, bounds, units, currencies and percents,
//! what they count, and the statement (and so the speaker) that claims them, with modality.

use crate::lang::WordClass;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

use crate::doc::Document;
use crate::lang::{fold, Language, Numbers, PhraseTable};
use crate::span::Span;
use crate::token::Token;
use crate::units;
use crate::Statement;

/// How a quantity's value is bounded (the language files name bounds the same way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Exactly the value.
    Exact,
    /// About the value: "près de", "nearly".
    Approx,
    /// At least: "au moins".
    AtLeast,
    /// At most: "jusqu'à", "up to".
    AtMost,
    /// Strictly more: "plus de", "more than".
    MoreThan,
    /// Strictly less: "moins de", "fewer than".
    LessThan,
    /// Between `low` and `high`.
    Range,
}

/// How surely the quantity is claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact by the article.
    Asserted,
    /// Attributed to a source.
    Reported,
    /// Under "could", "pourrait", "probablement".
    Hedged,
    /// Inside an "if"/"si" clause.
    Conditional,
}

/// What kind of amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A plain count or number.
    Number,
    /// A percentage.
    Percent,
    /// Money.
    Currency,
    /// A measure with a unit.
    Dimension,
}

/// The noun phrase a number counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counted {
    /// Where it is.
    pub span: Span,
    /// Its head noun, lower case.
    pub head: String,
}

/// One quantity found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The whole expression, bound words and unit included.
    pub span: Span,
    /// The value of a single number.
    pub value: Option<f64>,
    /// The lower bound (ranges, "at least").
    pub low: Option<f64>,
    /// The upper bound (ranges, "up to").
    pub high: Option<f64>,
    /// How the value is bounded.
    pub bound: Bound,
    /// Unit symbol or ISO currency code; "%" for percents.
    pub unit: Option<String>,
    /// Number, percent, currency or dimension.
    pub kind: QuantityKind,
    /// What the number counts.
    pub counted: Option<Counted>,
    /// Index of the statement it lies in.
    pub statement: Option<usize>,
    /// The speaker of that statement: its reference, else the words naming it.
    pub source_ref: Option<String>,
    /// How surely it is claimed.
    pub modality: Modality,
}

/// A parsed number: its value and the tokens it covers.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: f64,
    first: usize,
    /// One past the last token.
    end: usize,
    /// A unit glued to the digits ("200lbs", "3-inch"), as a byte span.
    glued: Option<Span>,
    /// A currency code glued before the digits ("USD115", "Rs20"), as a byte span.
    lead: Option<Span>,
    /// A second number glued by a hyphen ("10-20").
    glued_high: Option<f64>,
    /// The scale words after digits multiplied the value by ("4 millions": 1e6): a range's
    /// bare first number shares it ("entre 3 et 4 millions").
    scale: f64,
}

/// How many tokens the space-separated `phrase` covers at `at`, if it stands there.
fn phrase_len_at(tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut len = 0;
    for (k, word) in phrase.split(' ').enumerate() {
        if tokens.get(at + k).is_none_or(|t| *t.norm != *word) {
            return None;
        }
        len = k + 1;
    }
    Some(len)
}

/// Whether a bound phrase of at least `min_words` words ends just before token `at`
/// ("au moins" before "10").
fn bound_ends_before(tokens: &[Token], lang: &Language, at: usize, min_words: usize) -> bool {
    lang.bound_phrases.iter().any(|(words, _)| {
        words.len() >= min_words && at >= words.len() && matches_at(tokens, at - words.len(), words)
    })
}

fn matches_at(tokens: &[Token], at: usize, words: &[String]) -> bool {
    words
        .iter()
        .enumerate()
        .all(|(k, w)| tokens.get(at + k).is_some_and(|t| *t.norm == **w))
}

/// Finds the quantities of a document; `statements` are the document's, in text order.
pub fn find(doc: &Document, lang: &Language, statements: &[Statement]) -> Vec<Quantity> {
    let n = &lang.numbers;
    let toks = &doc.tokens;
    let bounds = &lang.bound_phrases;
    let percent = &lang.percent_phrases;
    let mut out = Vec::new();
    let mut i = 0;
    // The first token not yet claimed by a quantity: prefixes never reach back past it.
    let mut free_from = 0;
    while i < toks.len() {
        // Most tokens are not numbers: a byte test or the word class rules them out.
        let t = &toks[i];
        let candidate = t.is_word
            && (t.text.as_bytes()[0].is_ascii_digit()
                || t.text.as_bytes()[0].is_ascii_uppercase()
                    && t.text.bytes().any(|b| b.is_ascii_digit())
                // "a hundred", "minus five": a lead word counts only before a number word.
                || t.is(WordClass::NUMBER_STARTS)
                    && (t.is(WordClass::NUMBER_WORDS)
                        || toks.get(i + 1).is_some_and(|n| {
                            n.is_word
                                && (n.text.as_bytes()[0].is_ascii_digit()
                                    || n.is(WordClass::NUMBER_WORDS))
                        })));
        if !candidate {
            i += 1;
            continue;
        }
        if let Some(digits) = spoken_digit_run(doc, lang, i) {
            out.extend(digits);
            i += 1;
            free_from = i;
            continue;
        }
        let Some(first) = parse_number(doc, lang, i) else {
            i += 1;
            continue;
        };
        // A lone article-number ("un soldat") counts nothing.
        if first.end == first.first + 1
            && first.glued.is_none()
            && n.article_numbers.iter().any(|a| *a == *toks[i].norm)
        {
            i += 1;
            continue;
        }
        // "the one you mentioned", "which one": a pronoun.
        let pronoun = first.end == first.first + 1
            && n.pronoun_numbers.iter().any(|a| *a == *toks[i].norm)
            && i > 0
            && (toks[i - 1].is(WordClass::DETERMINER) || toks[i - 1].is(WordClass::CLAUSE_OPENERS));
        // Numbers inside a web address are not quantities.
        let chunk_start = doc.text[..toks[i].span.start]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let chunk_end = doc.text[toks[i].span.end..]
            .find(char::is_whitespace)
            .map_or(doc.text.len(), |p| toks[i].span.end + p);
        let chunk = &doc.text[chunk_start..chunk_end];
        if pronoun || chunk.contains("://") || chunk.starts_with("www.") {
            i = first.end.max(i + 1);
            continue;
        }
        let mut start_tok = first.first;
        let mut end_tok = first.end;
        // Only look for a currency, bound or opener when the word before can end one.
        let prefixed = start_tok > 0 && toks[start_tok - 1].is(WordClass::PREFIX_LAST_WORDS);
        let mut bound = Bound::Exact;
        let (mut low, mut high, mut value) = (None, None, Some(first.value));
        let mut unit: Option<String> = None;
        let mut kind = QuantityKind::Number;

        // A currency before the number: "$46.8 million", "US$ 5", "€ 20", "USD115".
        if let Some((len, iso)) = prefixed
            .then(|| phrase_ending_before(toks, start_tok, &lang.currency_names))
            .flatten()
            .filter(|(len, _)| start_tok - len >= free_from)
        {
            start_tok -= len;
            unit = Some(iso);
            kind = QuantityKind::Currency;
        }
        // A bound or a range opener before: "au moins", "jusqu'à", "between".
        // "plus de la moitié", "inférieur à la moitié": a fraction may keep its article.
        let article = usize::from(
            start_tok > free_from
                && first.end == first.first + 1
                && n.denominators.contains_key(&*toks[start_tok].norm)
                && toks[start_tok - 1].is(WordClass::DEFINITE),
        );
        let bound_before =
            start_tok > article && toks[start_tok - article - 1].is(WordClass::PREFIX_LAST_WORDS);
        if let Some((len, b)) = bounds.iter().filter(|_| bound_before).find_map(|(w, b)| {
            let len = w.len() + article;
            (start_tok >= len + free_from && matches_at(toks, start_tok - len, w))
                .then_some((len, *b))
        }) {
            start_tok -= len;
            bound = b;
        }
        let opener = start_tok > free_from && n.range_openers.contains(&*toks[start_tok - 1].norm);
        // "rose from 5 to 7", "est passé de 200 à 300": two values, no range.
        let change =
            opener && start_tok >= 2 && n.change_words.contains(&*toks[start_tok - 2].norm);
        let opener = opener && !change;
        // "1.8m tall", "48m": a glued "m" scaled to millions is metres unless a currency or a
        // counted noun goes with it ("$1.5m", "1.5m people").
        if unit.is_none()
            && first.glued.is_none()
            && first.end == first.first + 1
            && toks[first.first].text.ends_with('m')
        {
            let next = toks.get(first.end);
            let counted_next = next.is_some_and(|t| {
                t.is_word && !t.is_capitalised() && !n.not_counted.contains(&*t.norm)
            });
            if !counted_next && toks[first.first].text.as_bytes()[0].is_ascii_digit() {
                if let Some(&scale) = n.suffix_scales.get("m") {
                    value = value.map(|v| v / scale);
                    unit = Some(lang.unit_names.of_word("m").unwrap_or("m").to_string());
                    kind = QuantityKind::Dimension;
                }
            }
        }
        if let Some(lead) = first.lead {
            unit = lang
                .currency_names
                .of_word(&fold(lead.slice(doc.text)))
                .map(str::to_string);
            kind = QuantityKind::Currency;
        }
        // A unit glued to the digits: "200lbs", "3-inch", "75ml".
        if let Some(g) = first.glued {
            let raw = g.slice(doc.text);
            let text = fold(raw).into_owned();
            // "30C", "95F": a lone glued letter is a temperature only as a capital, not before
            // a slash ("14.7C/ per security"), and only at a temperature the weather can have
            // (not "Boeing 777F"); other letters are units in either case ("10g", "2L").
            // Nor after a determiner or before an auxiliary: "the 13F filing", "must 13F be
            // filed" name a form.
            let names_a_thing = first.first > 0 && toks[first.first - 1].is(WordClass::DETERMINER)
                || toks
                    .get(first.end)
                    .is_some_and(|t| t.is(WordClass::AUXILIARIES));
            let lone_letter_ok = |u: &str| {
                let after = doc.text[g.end..].chars().next();
                let (low, high) = if u == "°F" {
                    (-130.0, 140.0)
                } else {
                    (-90.0, 60.0)
                };
                raw.chars().count() != 1
                    || !u.starts_with('°')
                    || raw.chars().all(char::is_uppercase)
                        && !names_a_thing
                        && after != Some('/')
                        && (low..=high).contains(&first.value)
            };
            if let Some(u) = lang.unit_names.of_word(&text).filter(|u| lone_letter_ok(u)) {
                unit = Some(u.to_string());
                kind = QuantityKind::Dimension;
            } else if let Some(c) = lang.currency_names.of_word(&text) {
                unit = Some(c.to_string());
                kind = QuantityKind::Currency;
            }
        }
        // After the number: a percent, a currency or a unit.
        if unit.is_none() {
            if let Some((len, u, k)) =
                unit_after(toks, lang, percent, end_tok, end_tok > first.first + 1)
            {
                end_tok += len;
                unit = Some(u);
                kind = k;
            }
        }
        // "turn a 45 degrees angle", "Rotate 90°", "un angle de 45 degrés": plain degrees
        // beside an angle word measure an angle.
        if unit.as_deref() == Some("°") {
            let near = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| n.angle_words.contains(&*t.norm))
            };
            let before = (first.first.saturating_sub(3)..first.first).any(near);
            if before || near(end_tok) {
                unit = Some("deg".into());
            }
        }
        // "2 degrees below zero", "10 en dessous de zéro": a temperature under freezing.
        let degrees = unit.as_deref().is_none_or(|u| u.starts_with('°'));
        if let Some(len) = lang
            .below_zero_phrases
            .iter()
            .filter(|_| degrees && value.is_some_and(|v| v > 0.0))
            .find_map(|w| matches_at(toks, end_tok, w).then_some(w.len()))
        {
            value = value.map(|v| -v);
            end_tok += len;
            if unit.is_none() {
                unit = Some("°".into());
                kind = QuantityKind::Dimension;
            }
        }
        // "20 dollars 43 cents", "thirteen dollars and forty-five cents": the hundredths.
        if kind == QuantityKind::Currency && value.is_some_and(|v| v.fract() == 0.0) {
            let at = end_tok
                + usize::from(
                    toks.get(end_tok)
                        .is_some_and(|t| n.joiners.contains(&*t.norm)),
                );
            let is_minor = |w: &str| n.minor_units.iter().any(|m| *m == *w);
            if let Some(minor) = parse_number(doc, lang, at).filter(|m| {
                m.value.fract() == 0.0 && (0.0..100.0).contains(&m.value) && m.lead.is_none()
            }) {
                // "15 dollars 50", "$20 and 43c": the hundredths may go unnamed when nothing
                // follows them ("$20 and 43 others" stays two numbers).
                let named = toks.get(minor.end).is_some_and(|t| is_minor(&t.norm));
                let glued_minor = minor
                    .glued
                    .is_some_and(|g| is_minor(&fold(g.slice(doc.text))));
                let unnamed = minor.glued.is_none()
                    && first.scale < 1000.0
                    && toks.get(minor.end).is_none_or(|t| !t.is_word)
                    && phrase_starting_at(toks, minor.end, &lang.currency_names).is_none();
                if named || glued_minor || unnamed {
                    value = value.map(|v| v + minor.value.copysign(v) / 100.0);
                    end_tok = minor.end + usize::from(named);
                }
            }
        }
        // A range: "15 000 à 20 000", "between 10 and 20", "10-20", "10 euro - 20 euro".
        if let Some(h) = first.glued_high {
            low = Some(first.value);
            high = Some(h);
            value = None;
        } else if let Some(joiner) = toks.get(end_tok) {
            let is_joiner = n.range_joiners.contains(&*joiner.norm);
            // "and"/"et" make a range only after an opener ("between 10 and 20").
            let and_like = n.joiners.contains(&*joiner.norm);
            if is_joiner && (!and_like || opener) && !change {
                let mut next = end_tok + 1;
                if let Some((len, iso)) = phrase_starting_at(toks, next, &lang.currency_names) {
                    if unit.as_deref().is_none_or(|u| u == iso) {
                        next += len;
                    }
                }
                if let Some(mut second) = parse_number(doc, lang, next) {
                    // "10 euro - 20 euro": the joiner is no minus sign.
                    if second.first < next {
                        second.value = -second.value;
                        second.first = next;
                    }
                    let second_unit = unit_after(
                        toks,
                        lang,
                        percent,
                        second.end,
                        second.end > second.first + 1,
                    );
                    let same_unit = match (&second_unit, &unit) {
                        (Some((_, u2, _)), Some(u1)) => u1 == u2,
                        (Some(_), None) => kind == QuantityKind::Number && end_tok == first.end,
                        (None, _) => true,
                    };
                    // "entre 3 et 4 millions": the first number shares the second's scale.
                    let first_value = if first.scale == 1.0
                        && second.scale > 1.0
                        && second.value >= second.scale
                        && first.end == end_tok
                        && first.value * second.scale < second.value
                    {
                        first.value * second.scale
                    } else {
                        first.value
                    };
                    if same_unit && (second.value > first_value || opener) {
                        low = Some(first_value);
                        high = Some(second.value);
                        value = None;
                        end_tok = second.end;
                        if let Some((len, u, k)) = second_unit {
                            end_tok += len;
                            unit = Some(u);
                            kind = k;
                        }
                        if opener {
                            start_tok -= 1;
                        }
                    }
                }
            }
        }
        if low.is_some() && matches!(bound, Bound::Exact | Bound::Approx | Bound::AtLeast) {
            bound = Bound::Range;
        }
        // "in 2017", "March 2019", "en 2012": a year, not a claim.
        let year_like = unit.is_none()
            && low.is_none()
            && bound == Bound::Exact
            && end_tok == first.first + 1
            && toks[first.first].text.len() == 4
            && toks[first.first].text.bytes().all(|b| b.is_ascii_digit())
            && (1800.0..=2100.0).contains(&first.value)
            && first.first > 0
            && {
                let before = &toks[first.first - 1];
                before.is(WordClass::PREPOSITIONS)
                    || before.is_capitalised()
                    || before.is(WordClass::ADDRESSEE_PREPOSITIONS)
                    || before.is_punct(',')
            };
        // "le 4 mai", "May 4th", "4 May": a day of the month.
        let is_month = |t: Option<&Token>| {
            t.and_then(|t| {
                lang.month_words
                    .get(&*t.norm)
                    .map(|&capital_only| !capital_only || t.is_capitalised())
            })
            .unwrap_or(false)
        };
        let day_like = unit.is_none()
            && low.is_none()
            && bound == Bound::Exact
            && end_tok == first.first + 1
            && first.value.fract() == 0.0
            && (1.0..=31.0).contains(&first.value)
            && (is_month(toks.get(end_tok))
                || first.first > 0 && is_month(toks.get(first.first - 1)));
        if year_like || day_like {
            i = end_tok;
            free_from = i;
            continue;
        }
        // "dozens of homes", "plusieurs milliers de soldats": a plural multiplier with no
        // number before it is no dozen or thousand but at least two of them.
        let vague_plural_at = |k: usize| {
            toks.get(k).and_then(|t| {
                [&n.multipliers, &n.scales, &n.hundreds]
                    .into_iter()
                    .find(|table| plural_of(lang, &t.norm, table))
                    .map(|table| table[&*t.norm])
            })
        };
        let vague_plural = end_tok == first.first + 1
            && low.is_none()
            && matches!(bound, Bound::Exact | Bound::Approx)
            && vague_plural_at(first.first).is_some();
        if vague_plural {
            low = value.map(|v| 2.0 * v);
            value = None;
            bound = Bound::AtLeast;
            // "hundreds of millions", "des dizaines de milliers": one vague number.
            let linked = toks
                .get(end_tok)
                .is_some_and(|t| n.count_links.contains(&*t.norm));
            if let Some(scale) = vague_plural_at(end_tok + 1).filter(|_| linked) {
                low = low.map(|l| l * scale);
                end_tok += 2;
            }
        }
        let span = Span::new(toks[start_tok].span.start, toks[end_tok - 1].span.end);
        let counted = if kind == QuantityKind::Number {
            counted_after(doc, lang, end_tok)
        } else {
            None
        };
        let open_low = matches!(bound, Bound::AtLeast | Bound::MoreThan);
        let open_high = matches!(bound, Bound::AtMost | Bound::LessThan);
        out.push(Quantity {
            span,
            value,
            low: if open_high {
                None
            } else {
                low.or(if open_low { value } else { None })
            },
            high: if open_high { high.or(value) } else { high },
            bound,
            unit,
            kind,
            counted,
            statement: None,
            source_ref: None,
            modality: Modality::Asserted,
        });
        i = end_tok.max(i + 1);
        free_from = i;
    }
    let mut out = merge_composites(doc, lang, merge_bounds(doc, lang, out));
    let mut cache = SentenceWords::default();
    for q in &mut out {
        attach(doc, lang, statements, q, &mut cache);
    }
    out
}

/// "three-nought-four": number words under ten joined by hyphens are digits read one by one,
/// a number each (a score, a code), not one compound; two rising ones are a range.
fn spoken_digit_run(doc: &Document, lang: &Language, i: usize) -> Option<Vec<Quantity>> {
    let t = &doc.tokens[i];
    if !t.text.contains('-') {
        return None;
    }
    let mut found = Vec::new();
    let mut at = t.span.start;
    for part in t.text.split('-') {
        let value = *lang
            .numbers
            .words
            .get(&*fold(part))
            .filter(|&&v| v < 10.0)?;
        found.push(Quantity {
            span: Span::new(at, at + part.len()),
            value: Some(value),
            low: None,
            high: None,
            bound: Bound::Exact,
            unit: None,
            kind: QuantityKind::Number,
            counted: None,
            statement: None,
            source_ref: None,
            modality: Modality::Asserted,
        });
        at += part.len() + 1;
    }
    // "two-three days": two rising numbers are a range.
    if let [a, b] = &found[..] {
        if b.value > a.value {
            return Some(vec![Quantity {
                span: t.span,
                low: a.value,
                high: b.value,
                value: None,
                bound: Bound::Range,
                counted: counted_after(doc, lang, i + 1),
                ..a.clone()
            }]);
        }
    }
    (found.len() >= 2).then_some(found)
}

/// Whether `word` is the plural of a word of `table` and in it too ("dozens", "milliers").
fn plural_of(lang: &Language, word: &str, table: &HashMap<String, f64>) -> bool {
    table.contains_key(word)
        && lang.plural_endings.iter().any(|e| {
            word.strip_suffix(e.as_str())
                .is_some_and(|one| table.contains_key(one))
        })
}

/// What `attach` needs from a sentence, kept while the quantities stay in it (they come in
/// text order): scanning every sentence word once per quantity was most of this stage's cost.
#[derive(Default)]
struct SentenceWords {
    sentence: Option<usize>,
    hedged: bool,
    /// The first "if"/"si" of the sentence, as a token index.
    first_condition: Option<usize>,
}

/// "more than 10 and less than 20", "au moins 20 mais au plus 50": a lower and an upper
/// bound side by side make one range.
fn merge_bounds(doc: &Document, lang: &Language, found: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::with_capacity(found.len());
    for q in found {
        if let Some(prev) = out.last_mut() {
            // Only a short joiner stands between ("and", ","): never fold a whole paragraph.
            let gap = &doc.text[prev.span.end..q.span.start];
            let joined = gap.len() <= 16
                && lang
                    .numbers
                    .bound_joiners
                    .iter()
                    .any(|j| *j == fold(gap.trim()));
            let lower = |x: &Quantity| matches!(x.bound, Bound::AtLeast | Bound::MoreThan);
            let upper = |x: &Quantity| matches!(x.bound, Bound::AtMost | Bound::LessThan);
            let (lo, hi) = if lower(prev) && upper(&q) {
                (prev.low, q.high)
            } else if upper(prev) && lower(&q) {
                (q.low, prev.high)
            } else {
                (None, None)
            };
            if joined && lo.is_some() && hi.is_some() && prev.unit == q.unit {
                prev.span = prev.span.cover(q.span);
                prev.low = lo;
                prev.high = hi;
                prev.value = None;
                prev.bound = Bound::Range;
                prev.counted = prev.counted.take().or(q.counted);
                continue;
            }
        }
        out.push(q);
    }
    out
}

/// "5 feet 2 inches", "2 km and 1 metre", "10 kms, 8 metres and 6 cm": the parts of one
/// measure, each in a smaller unit than the first, make one quantity in the first's unit.
fn merge_composites(doc: &Document, lang: &Language, found: Vec<Quantity>) -> Vec<Quantity> {
    let toks = &doc.tokens;
    let n = &lang.numbers;
    let mut out: Vec<Quantity> = Vec::with_capacity(found.len());
    for mut q in found {
        let Some(prev) = out
            .last_mut()
            .filter(|p| p.kind == QuantityKind::Dimension && p.bound == Bound::Exact)
        else {
            out.push(q);
            continue;
        };
        // Only a short joiner stands between ("and", ","): never fold a whole paragraph.
        let gap = doc.text[prev.span.end..q.span.start].trim();
        let joined = gap.len() <= 16 && {
            let gap = fold(gap);
            let gap = gap.strip_prefix(',').map_or(&*gap, str::trim_start);
            gap.is_empty() || n.joiners.contains(gap)
        };
        // "12 ft 2 in": "in" is inches only as the last part ("10 in the morning" is not).
        if joined && q.unit.is_none() && q.bound == Bound::Exact {
            let after = toks.partition_point(|t| t.span.start < q.span.end);
            let inches = toks.get(after).is_some_and(|t| t.norm == "in")
                && toks.get(after + 1).is_none_or(|t| !t.is_word)
                && matches!(prev.unit.as_deref(), Some("ft" | "yd"));
            if inches {
                q.unit = Some("in".into());
                q.kind = QuantityKind::Dimension;
                q.span = q.span.cover(toks[after].span);
                q.counted = None;
            }
        }
        let part = match (&prev.unit, &q.unit, prev.value, q.value) {
            (Some(big), Some(small), Some(_), Some(v))
                if joined
                    && q.kind == QuantityKind::Dimension
                    && q.bound == Bound::Exact
                    && units::size(small).map(|s| s.1) < units::size(big).map(|s| s.1) =>
            {
                units::convert(v, small, big)
            }
            _ => None,
        };
        match part {
            Some(p) => {
                prev.value = prev.value.map(|v| v + p);
                prev.span = prev.span.cover(q.span);
            }
            None => out.push(q),
        }
    }
    out
}

/// A percent sign, a currency or a unit starting at token `at` (after "de"/"of" when the
/// number ended on a scale word: "1,5 million de dollars").
fn unit_after(
    toks: &[Token],
    lang: &Language,
    percent: &[Vec<String>],
    at: usize,
    scaled: bool,
) -> Option<(usize, String, QuantityKind)> {
    let n = &lang.numbers;
    let first = toks.get(at)?;
    let after_link = toks.get(at + 1).map_or("", |t| &*t.norm);
    if !(first.is(WordClass::UNIT_FIRST_WORDS)
        || lang.unit_first_words.contains(after_link)
        || percent.iter().any(|p| p[0] == *first.norm))
    {
        return None;
    }
    if let Some(len) = percent
        .iter()
        .find_map(|w| matches_at(toks, at, w).then_some(w.len()))
    {
        return Some((len, "%".into(), QuantityKind::Percent));
    }
    let link = usize::from(scaled && at < toks.len() && n.count_links.contains(&*toks[at].norm));
    if let Some((len, iso)) = phrase_starting_at(toks, at + link, &lang.currency_names) {
        return Some((link + len, iso, QuantityKind::Currency));
    }
    if let Some((len, u)) = phrase_starting_at(toks, at, &lang.unit_names) {
        // A one-letter unit must end the phrase ("30 c" in prose is not °C).
        let short = toks[at].text.chars().count() <= 1;
        if !short || at + len >= toks.len() || !toks[at + len].is_word {
            return Some((len, u, QuantityKind::Dimension));
        }
    }
    None
}

fn phrase_starting_at(toks: &[Token], at: usize, table: &PhraseTable) -> Option<(usize, String)> {
    table
        .starting_with(&toks.get(at)?.norm)
        .find(|(w, _)| matches_at(toks, at, w))
        .map(|(w, k)| (w.len(), k.clone()))
}

fn phrase_ending_before(toks: &[Token], at: usize, table: &PhraseTable) -> Option<(usize, String)> {
    let last = &*toks.get(at.checked_sub(1)?)?.norm;
    table
        .ending_with(last)
        .find(|(w, _)| {
            at >= w.len()
                && matches_at(toks, at - w.len(), w)
                && (w.len() > 1
                    || !toks[at - 1].is_word
                    || toks[at - 1].text.chars().count() > 1
                    || w[0].chars().all(|c| !c.is_alphabetic()))
        })
        .map(|(w, k)| (w.len(), k.clone()))
}

/// Parses the number starting at token `i`, digits or words.
fn parse_number(doc: &Document, lang: &Language, i: usize) -> Option<Num> {
    let toks = &doc.tokens;
    let t = toks.get(i)?;
    if !t.is_word {
        return None;
    }
    let n = &lang.numbers;
    // "USD115", "GBP3.01", "Rs20": a currency code glued before the digits.
    if let Some(p) = t
        .text
        .find(|c: char| c.is_ascii_digit())
        .filter(|&p| p >= 2 && t.text[..p].chars().all(char::is_alphabetic))
    {
        let prefix = fold(&t.text[..p]);
        if lang.currency_names.of_word(&prefix).is_some() {
            let mut num = parse_digits(doc, lang, i, p)?;
            num.lead = Some(Span::new(t.span.start, t.span.start + p));
            return Some(num);
        }
    }
    if t.text.starts_with(|c: char| c.is_ascii_digit()) {
        let mut num = parse_digits(doc, lang, i, 0)?;
        // ".08", ".0012G": a leading decimal mark.
        if let Some(mark) = i
            .checked_sub(1)
            .map(|p| &toks[p])
            .filter(|m| m.text == n.decimal_mark && m.span.end == t.span.start)
        {
            let lone = i < 2
                || !toks[i - 2].is_word
                || doc.text[toks[i - 2].span.end..mark.span.start]
                    .chars()
                    .any(char::is_whitespace);
            let digits = &t.text[..t.text.bytes().take_while(u8::is_ascii_digit).count()];
            let whole: f64 = digits.parse().ok()?;
            if lone && num.end == i + 1 && num.glued_high.is_none() && whole > 0.0 {
                let fraction: f64 = format!("0.{digits}").parse().ok()?;
                // The glued scale, if any, stays: ".0012G" = 0.0012 × 10⁹.
                num.value = fraction * (num.value / whole);
                num.first = i - 1;
            }
        }
        // "-1", "- 1 4/5", "-.5": a minus sign that no number stands before.
        let f = num.first;
        if let Some(sign) = f
            .checked_sub(1)
            .map(|p| &toks[p])
            .filter(|s| s.is_punct('-') || s.is_punct('−'))
        {
            let gap = &doc.text[sign.span.end..toks[f].span.start];
            let before = f.checked_sub(2).map(|p| &toks[p]);
            let lone = before.is_none_or(|b| {
                !b.is_word && !b.is_punct('.')
                    || doc.text[b.span.end..sign.span.start]
                        .chars()
                        .any(char::is_whitespace)
                        && !b.text.starts_with(|c: char| c.is_ascii_digit())
                        && !n.words.contains_key(&*b.norm)
            });
            if gap.chars().count() <= 1 && lone {
                num.value = -num.value;
                num.first = f - 1;
            }
        }
        // "minus 5", "negative 1,200,000".
        if let Some(word) = i.checked_sub(1).map(|p| &toks[p]) {
            // Not the end of a bound: "au moins 10".
            if num.first == i
                && n.negatives.contains(&*word.norm)
                && !bound_ends_before(toks, lang, i, 2)
            {
                num.value = -num.value;
                num.first = i - 1;
            }
        }
        // "1 point 1", "2 virgule 5": a decimal word between two runs of digits.
        let plain = |t: &Token| t.text.bytes().all(|b| b.is_ascii_digit());
        if num.end == i + 1 && num.glued.is_none() && num.glued_high.is_none() && plain(t) {
            let decimals = toks
                .get(i + 1)
                .filter(|w| n.decimal_words.iter().any(|d| *d == *w.norm))
                .and_then(|_| toks.get(i + 2))
                .filter(|d| plain(d));
            if let Some(d) = decimals {
                num.value += format!("0.{}", d.text)
                    .parse::<f64>()
                    .ok()?
                    .copysign(num.value);
                num.end = i + 3;
            }
        }
        // "un sur trois", "1 sur 20": a ratio.
        return Some(ratio(doc, lang, num));
    }
    let first_part = t.norm.split('-').next().unwrap_or("");
    let lead =
        lang.numbers.one_words.contains(first_part) || lang.numbers.negatives.contains(first_part);
    if !lang.number_words.contains(first_part) && !lead {
        return None;
    }
    let mut num = parse_words(toks, lang, i)?;
    if let Some((value, end)) = compound_fraction(toks, &lang.numbers, num.first, num.end) {
        num.value = value;
        num.end = end;
    }
    Some(ratio(doc, lang, num))
}

/// Spelled fractions whose denominator is a compound ordinal: "one twenty-fifth" = 1/25,
/// "one hundred thirty fifths" = 100/35, "un cent cinquième" = 1/105, while "one hundred and
/// thirty fifths" = 130/5 (the joiner keeps the tens in the numerator) and "two and three
/// quarters" stays a mixed number. The denominator is the longest run of words before the
/// ordinal that makes one compound with it (tens then a unit ordinal, or round hundreds or
/// thousands then a smaller one) and leaves a number before it. Returns the value and the
/// token after the fraction, or None where the reading already made stands.
fn compound_fraction(
    toks: &[Token],
    n: &Numbers,
    first: usize,
    end: usize,
) -> Option<(f64, usize)> {
    let parts_of = |t: &Token| -> Vec<String> {
        t.norm
            .split('-')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    };
    let ordinal = |w: &str| {
        n.denominators
            .get(w)
            .or_else(|| n.ordinal_units.get(w))
            .copied()
    };
    // Whether token `k` ends on round tens ("twenty", "quatre-vingt").
    let ends_on_tens = |k: usize| {
        toks[k]
            .norm
            .rsplit('-')
            .next()
            .and_then(|w| n.words.get(w))
            .is_some_and(|&v| tens_take_unit(v, 1.0, false))
    };
    // "three twenty firsts": a unit ordinal after tens ends the number too.
    let mut end = end;
    if let Some(t) = toks.get(end).filter(|t| t.is_word) {
        let parts = parts_of(t);
        let last = parts.last().map(String::as_str).unwrap_or("");
        if n.ordinal_units.contains_key(last) && (parts.len() >= 2 || ends_on_tens(end - 1)) {
            end += 1;
        }
    }
    // "une vingt et unième": the joiner the number left out, then the ordinal.
    if toks.get(end).is_some_and(|t| n.joiners.contains(&*t.norm))
        && toks
            .get(end + 1)
            .is_some_and(|t| n.ordinal_units.contains_key(&*t.norm))
        && ends_on_tens(end - 1)
    {
        end += 2;
    }
    let last = toks.get(end.checked_sub(1)?)?;
    let last_parts = parts_of(last);
    let unit_word = last_parts.last()?;
    let unit = ordinal(unit_word)?;
    let negative = n.negatives.contains(&*toks[first].norm);
    let start = first + usize::from(negative);
    if start + 1 >= end {
        return None;
    }
    // The value of a run of words, joiners skipped ("vingt et" = 20), "a"/"an" = 1.
    let value_of = |from: usize, to: usize| -> Option<f64> {
        let mut parts: Vec<String> = Vec::new();
        for t in &toks[from..to] {
            if n.one_words.contains(&*t.norm) && to - from == 1 {
                return Some(1.0);
            }
            parts.extend(parts_of(t).into_iter().filter(|p| !n.joiners.contains(p)));
        }
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        (!refs.is_empty()).then_some(())?;
        words_value(&refs, n)
    };
    let compound = |head: f64, unit: f64| -> Option<f64> {
        let tens = (20.0..100.0).contains(&head) && head % 10.0 == 0.0 && unit < 10.0;
        let round = head >= 100.0 && head % 100.0 == 0.0 && unit < 100.0;
        (tens || round).then_some(head + unit)
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let is_joiner = |k: usize| n.joiners.contains(&*toks[k].norm);
    // "twenty-fifth", "vingt-et-unième": the ordinal token holds its own compound.
    let own_head: Vec<&str> = last_parts[..last_parts.len() - 1]
        .iter()
        .map(String::as_str)
        .filter(|p| !n.joiners.contains(*p))
        .collect();
    if !own_head.is_empty() {
        let denominator = compound(words_value(&own_head, n)?, unit)?;
        if is_joiner(end - 2) {
            return None;
        }
        let numerator = value_of(start, end - 1)?;
        return Some((sign * numerator / denominator, end));
    }
    let needs_multiplier = |w: &str| {
        (n.hundreds.contains_key(w) || n.scales.contains_key(w)) && !n.bare_scales.contains(w)
    };
    for (k, tok) in toks.iter().enumerate().take(end - 1).skip(start + 1) {
        let opens = tok.norm.split('-').next().unwrap_or("");
        // Not inside "ninety - five", a compound spelled with a spaced hyphen.
        let after_hyphen = !toks[k - 1].is_word;
        if !tok.is_word
            || after_hyphen
            || is_joiner(k)
            || is_joiner(k - 1)
            || needs_multiplier(opens)
        {
            continue;
        }
        let (Some(head), Some(numerator)) = (value_of(k, end - 1), value_of(start, k)) else {
            continue;
        };
        // "quatre-vingt-quinze cent cinquièmes" = 9 500 fifths: hundreds after a number
        // past ten multiply it ("un cent cinquième" = 1/105 does not).
        if n.hundreds.contains_key(opens) && numerator >= 10.0 {
            continue;
        }
        if let Some(denominator) = compound(head, unit) {
            return Some((sign * numerator / denominator, end));
        }
    }
    // After a joiner, a proper fraction makes a mixed number ("twenty and three fifths",
    // "two hundred and fifty-four hundredths" = 200.54); an improper one takes the whole
    // number as its numerator ("one hundred and thirty fifths" = 130/5).
    let joiner = (start..end - 1).rev().find(|&k| is_joiner(k))?;
    let after = value_of(joiner + 1, end - 1)?;
    if after >= unit {
        let numerator = value_of(start, end - 1)?;
        return Some((sign * numerator / unit, end));
    }
    let whole = value_of(start, joiner)?;
    // "one million and a half": a fraction of the scale the whole ended on.
    let scale = joiner
        .checked_sub(1)
        .and_then(|b| n.scales.get(&*toks[b].norm))
        .copied()
        .unwrap_or(1.0);
    Some((sign * (whole + after / unit * scale), end))
}

/// "un sur trois" = 1/3 when a ratio word joins two numbers.
fn ratio(doc: &Document, lang: &Language, num: Num) -> Num {
    let toks = &doc.tokens;
    let n = &lang.numbers;
    let ratio_len = n
        .ratio_words
        .iter()
        .filter_map(|w| phrase_len_at(toks, num.end, w))
        .max();
    if let Some(len) = ratio_len {
        let at = num.end + len;
        if let Some(den) = toks.get(at).filter(|t| t.is_word).and_then(|_| {
            let t = &toks[at];
            // "3 in 2020": a year, not a denominator.
            if t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            if t.text.starts_with(|c: char| c.is_ascii_digit()) {
                parse_digits(doc, lang, at, 0)
            } else {
                parse_words(toks, lang, at)
            }
        }) {
            // "un sur trois", "1 sur 20"; not "EUR 1000 sur 3 ans" nor "8 in 5".
            if den.value != 0.0 && num.value.abs() <= 10.0 && num.value.abs() < den.value {
                return Num {
                    value: num.value / den.value,
                    end: den.end,
                    ..num
                };
            }
        }
    }
    num
}

/// Digits with group and decimal marks, spaced thousands, glued scales and units, scale words.
fn parse_digits(doc: &Document, lang: &Language, i: usize, skip: usize) -> Option<Num> {
    let n = &lang.numbers;
    let unit_words = &lang.unit_first_words;
    let toks = &doc.tokens;
    let text = &toks[i].text[skip..];
    let numeric_len = text
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(text.len());
    let numeric = text[..numeric_len].trim_end_matches(['.', ',']);
    let rest = &text[numeric.len()..];
    let mut value = digits_value(numeric, n)?;
    let mut end = i + 1;
    let mut glued = None;
    let mut glued_high = None;
    // "9 000", "15 000", "2 500,50": groups of three digits after a single space.
    if !rest.is_empty() {
        // glued suffix handled below
    } else if !numeric.contains([',', '.']) && numeric.len() <= 3 {
        let mut v = value;
        let mut j = end;
        while j < toks.len() {
            let next = &toks[j];
            let gap = &doc.text[toks[j - 1].span.end..next.span.start];
            let group_digits = next.text.split([',', '.']).next().unwrap_or("");
            let spaced = gap.chars().count() == 1 && n.group_marks.iter().any(|g| g == gap);
            if !(spaced
                && next.is_word
                && group_digits.len() == 3
                && group_digits.bytes().all(|b| b.is_ascii_digit()))
            {
                break;
            }
            let tail = &next.text[3..];
            let frac = if tail.is_empty() {
                0.0
            } else if tail.starts_with(n.decimal_mark.as_str())
                && tail[1..].bytes().all(|b| b.is_ascii_digit())
                && tail.len() > 1
            {
                digits_value(&format!("0{}", tail), n).unwrap_or(0.0)
            } else {
                break;
            };
            v = v * 1000.0 + group_digits.parse::<f64>().ok()? + frac;
            j += 1;
            if frac != 0.0 {
                break;
            }
        }
        value = v;
        end = j;
    }
    if !rest.is_empty() {
        let suffix = fold(rest).into_owned();
        // "1.3e6", "-12e-1"; "12.32e+14" splits at the sign.
        let signed_exponent = (suffix == "e")
            .then(|| {
                let sign = toks.get(i + 1).filter(|t| {
                    (t.is_punct('+') || t.is_punct('-')) && t.span.start == toks[i].span.end
                })?;
                let digits = toks.get(i + 2).filter(|t| {
                    t.span.start == sign.span.end && t.text.bytes().all(|b| b.is_ascii_digit())
                })?;
                let e: i32 = digits.text.parse().ok()?;
                Some(if sign.is_punct('-') { -e } else { e })
            })
            .flatten();
        let exponent = suffix
            .strip_prefix('e')
            .filter(|e| {
                !e.is_empty()
                    && e.trim_start_matches(['+', '-'])
                        .bytes()
                        .all(|b| b.is_ascii_digit())
            })
            .and_then(|e| e.parse::<i32>().ok());
        if let Some(e) = signed_exponent {
            value = times_ten_to(value, e);
            end = i + 3;
        } else if let Some(e) = exponent {
            value = times_ten_to(value, e);
        } else if let Some(&scale) = n.suffix_scales.get(&suffix) {
            value *= scale;
        } else if rest == "MM" {
            // "US$ 1MM": finance's thousand thousands (lower case "mm" is millimetres).
            value *= 1e6;
        } else if rest == "G" {
            // "10G", "1.5G": giga (lower case "g" is grams); "4G", "5G" name mobile networks.
            if value < 10.0 && value.fract() == 0.0 && !numeric.contains([',', '.']) {
                return None;
            }
            value *= 1e9;
        } else if let Some((a, b)) = suffix.split_once('-').filter(|(a, b)| {
            n.suffix_scales.contains_key(*a) && b.starts_with(|c: char| c.is_ascii_digit())
        }) {
            // "5k-20k"
            let scale = n.suffix_scales[a];
            value *= scale;
            let digits_end = b
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(b.len());
            let tail_scale = n.suffix_scales.get(&b[digits_end..]).copied().unwrap_or(
                if digits_end == b.len() {
                    scale
                } else {
                    f64::NAN
                },
            );
            let hv = digits_value(&b[..digits_end], n)? * tail_scale;
            if hv.is_finite() && hv > value {
                glued_high = Some(hv);
            }
        } else if let Some(h) = suffix
            .strip_prefix('-')
            .filter(|h| h.starts_with(|c: char| c.is_ascii_digit()))
        {
            // "10-20" (not years like "2011-12")
            let hv = digits_value(h, n)?;
            if hv > value && !(value >= 1000.0 && h.len() <= 2) {
                glued_high = Some(hv);
            } else {
                return None;
            }
        } else {
            // "200lbs", "3-inch", "75ml", "1st"
            let start =
                toks[i].span.start + skip + numeric.len() + usize::from(rest.starts_with('-'));
            glued = Some(Span::new(start, toks[i].span.end));
        }
    }
    // "10 1/2"
    if end + 2 < toks.len() && toks.get(end + 1).is_some_and(|t| t.is_punct('/')) {
        if let (Some(a), Some(b)) = (
            toks.get(end).and_then(|t| t.text.parse::<f64>().ok()),
            toks.get(end + 2).and_then(|t| t.text.parse::<f64>().ok()),
        ) {
            if b != 0.0 && a < b {
                value += a / b;
                end += 3;
            }
        }
    }
    // "3/4", "-4/5": a fraction written with a slash (not a date: "17/05/2018").
    if end == i + 1
        && glued.is_none()
        && glued_high.is_none()
        && toks
            .get(end)
            .is_some_and(|t| t.is_punct('/') && t.span.start == toks[i].span.end)
    {
        if let Some(b) = toks
            .get(end + 1)
            .filter(|t| t.span.start == toks[end].span.end)
            .and_then(|t| t.text.parse::<f64>().ok())
        {
            let date_like = toks.get(end + 2).is_some_and(|t| t.is_punct('/'));
            if b != 0.0 && !date_like {
                value /= b;
                end += 2;
            }
        }
    }
    // Scale words: "1,5 million", "46.8 million", "deux milliards", "322 hundred", "3 dozens".
    let mut scaled_by = 1.0;
    while let Some(t) = toks.get(end) {
        // "3 hundred" multiplies, but "34 cents" is money, not 3,400.
        let hundred = n
            .hundreds
            .get(&*t.norm)
            .filter(|_| !unit_words.contains(&*t.norm));
        let scale = n
            .scales
            .get(&*t.norm)
            .or_else(|| n.multipliers.get(&*t.norm))
            .or(hundred);
        // "2.33 k", "1,674,200.5 M": a lone "k" or capital "M" after a space.
        let spaced_k = match t.text {
            "k" | "K" => Some(&1e3),
            "M" | "MM" => Some(&1e6),
            "G" => Some(&1e9),
            _ => None,
        };
        match scale.or(spaced_k) {
            Some(&s) => {
                value *= s;
                scaled_by *= s;
                end += 1;
            }
            None => break,
        }
    }
    // "3 million and a half", "3 million and a quarter": a fraction of the scale.
    if scaled_by > 1.0 && toks.get(end).is_some_and(|t| n.joiners.contains(&*t.norm)) {
        // "3 millions et demi": the numerator may go unsaid.
        let unsaid = toks
            .get(end + 1)
            .is_some_and(|t| n.denominators.contains_key(&*t.norm));
        let numerator = toks.get(end + 1).and_then(|t| {
            if n.one_words.contains(&*t.norm) || unsaid {
                Some(1.0)
            } else {
                n.words.get(&*t.norm).copied()
            }
        });
        let denominator = toks
            .get(end + 2 - usize::from(unsaid))
            .and_then(|t| n.denominators.get(&*t.norm));
        if let (Some(a), Some(&d)) = (numerator, denominator) {
            value += a / d * scaled_by;
            end += 3 - usize::from(unsaid);
        }
    }
    // "4 thousand 3 hundred and 21", "6 crore and two hundred": a smaller number goes on
    // after a scale, itself scaled or once hundreds end ("3 hundred and 21", "3 cent un"),
    // but not "$20 million and 43 people".
    if scaled_by > 1.0 && glued.is_none() && glued_high.is_none() {
        let joined = toks.get(end).is_some_and(|t| n.joiners.contains(&*t.norm));
        let at = end + usize::from(joined);
        let rest = toks.get(at).filter(|t| t.is_word).and_then(|t| {
            let spelled = lang.number_words.contains(t.norm.split('-').next()?);
            let rest = if t.text.starts_with(|c: char| c.is_ascii_digit()) {
                parse_digits(doc, lang, at, 0)?
            } else if spelled && (joined || scaled_by == 100.0) {
                // "3 hundred and one", "3 cent un"
                parse_words(toks, lang, at)?
            } else {
                return None;
            };
            (rest.glued.is_none() && rest.glued_high.is_none()).then_some(rest)
        });
        if let Some(rest) = rest {
            let fits = rest.value >= 1.0 && rest.value < scaled_by && rest.value.fract() == 0.0;
            let spelled = !toks[at].text.starts_with(|c: char| c.is_ascii_digit());
            let goes_on = if joined || spelled {
                scaled_by == 100.0 || rest.scale > 1.0
            } else {
                rest.scale > 1.0
            };
            if fits && goes_on {
                value += rest.value;
                end = rest.end;
            }
        }
    }
    value.is_finite().then_some(Num {
        value,
        first: i,
        end,
        glued,
        lead: None,
        glued_high,
        scale: scaled_by,
    })
}

/// `value` × 10^`e`, dividing for negative exponents so that 12e-1 is exactly 1.2.
fn times_ten_to(value: f64, e: i32) -> f64 {
    let e = e.clamp(-400, 400);
    if e < 0 {
        value / 10f64.powi(-e)
    } else {
        value * 10f64.powi(e)
    }
}

/// The value of a digit string with the language's marks: "9,000", "46.8", "1,5", "9.000".
fn digits_value(s: &str, n: &Numbers) -> Option<f64> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let is_mark = |b: &u8| matches!(b, b',' | b'.');
    // Most numbers carry no mark: parse them without building a string.
    let Some(first_mark) = s.bytes().find(is_mark) else {
        return s.parse::<f64>().ok().filter(|v| v.is_finite());
    };
    let last_mark = s.bytes().rfind(is_mark).unwrap_or(first_mark);
    let mark_count = s.bytes().filter(is_mark).count();
    let decimal = n.decimal_mark.bytes().next().unwrap_or(b'.');
    let normalised: String = if first_mark != last_mark {
        // Both marks: the last one is the decimal mark.
        s.bytes()
            .filter(|&b| b != if last_mark == b',' { b'.' } else { b',' })
            .map(|b| if b == last_mark { '.' } else { b as char })
            .collect()
    } else {
        let mut groups = s.split(first_mark as char);
        let lead = groups.next().unwrap_or("");
        let thousands = lead.len() <= 3 && groups.all(|g| g.len() == 3);
        if mark_count > 1 || (first_mark != decimal && thousands) {
            if !thousands {
                return None;
            }
            s.replace(first_mark as char, "")
        } else {
            s.replace(first_mark as char, ".")
        }
    };
    let v: f64 = normalised.parse().ok()?;
    v.is_finite().then_some(v)
}

/// Number words: "quatre-vingt-dix-sept", "two dozen", "one and a half million".
fn parse_words(toks: &[Token], lang: &Language, i: usize) -> Option<Num> {
    let n = &lang.numbers;
    let definite = &lang.definite;
    // `total` holds closed groups (thousands, millions), `current` the group being read, and
    // `mark` the value before the last joiner: a denominator divides what came after it
    // ("one hundred and three and two thirds" = 103 + 2/3).
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut mark = 0.0f64;
    let mut any = false;
    let mut last_good = i;
    let mut j = i;
    let mut negative = false;
    if n.negatives.contains(&*toks[i].norm) && toks.get(i + 1).is_some_and(|t| t.is_word) {
        negative = true;
        j += 1;
    }
    let is_number_word = |p: &str| {
        n.words.contains_key(p)
            || n.hundreds.contains_key(p)
            || n.scales.contains_key(p)
            || n.multipliers.contains_key(p)
            || n.fractions.contains_key(p)
            || n.denominators.contains_key(p)
            || n.one_words.contains(p)
    };
    let mut pending_one = false;
    // The largest hundreds or scale word read: what a range's other end may share.
    let mut largest_scale = 1.0f64;
    // The scale word the number last ended on, and the one it ended on before a joiner.
    let (mut last_scale, mut mark_scale) = (1.0, 1.0);
    while j < toks.len() {
        let t = &toks[j];
        if !t.is_word {
            // "fifty - two", "five - eighths": a hyphen written with spaces.
            let next = toks.get(j + 1).filter(|nt| nt.is_word).map(|nt| &*nt.norm);
            let unit = next.and_then(|w| n.words.get(w)).copied();
            let spaced_hyphen = t.is_punct('-')
                && any
                && (unit.is_some_and(|u| tens_take_unit(current % 100.0, u, false))
                    || current < 10.0 && next.is_some_and(|w| n.denominators.contains_key(w)));
            if spaced_hyphen {
                j += 1;
                continue;
            }
            break;
        }
        // "vingt-et-un": a joiner inside a hyphenated number is part of it.
        let parts: Vec<&str> = t
            .norm
            .split('-')
            .filter(|p| !p.is_empty())
            .filter(|p| !n.joiners.contains(*p))
            .collect();
        let mut ok = !parts.is_empty();
        // Words spoken digit by digit or in pairs: right after another number word, not after
        // a joiner ("three and one fourth") nor before hundreds ("one one hundred fifth").
        let spoken_digits = j > i
            && toks[j - 1].is_word
            && !n.joiners.contains(&*toks[j - 1].norm)
            && toks.get(j + 1).is_none_or(|nt| {
                !n.hundreds.contains_key(&*nt.norm)
                    && !n.denominators.contains_key(&*nt.norm)
                    && !n.ordinal_units.contains_key(&*nt.norm)
            });
        let (mut c, mut tot) = (current, total);
        let mut used_value = false;
        let mut previous_part: Option<f64> = None;
        for p in &parts {
            if let Some(&v) = n.words.get(*p) {
                // "three-nought-four" is a sequence of digits, not one number.
                if v < 10.0 && previous_part.is_some_and(|pv| pv < 10.0) {
                    ok = false;
                    break;
                }
                // The words under a hundred read so far in this group.
                let group = c % 100.0;
                let teen = (10.0..20.0).contains(&v);
                let tens = v >= 20.0 && v % 10.0 == 0.0;
                // "soixante-dix-sept", "quatre-vingt-onze": tens that take a teen.
                let takes_teen = group == 60.0 || group == 80.0;
                // "quatre-vingt": four twenties, also after hundreds ("cent quatre-vingt-douze").
                if v == 20.0
                    && (previous_part == Some(4.0) || (previous_part.is_none() && group == 4.0))
                {
                    c += 80.0 - 4.0;
                } else if spoken_digits && (1.0..10.0).contains(&group) && v < 10.0 {
                    // "one two three": digits read one by one are numbers of their own.
                    ok = false;
                    break;
                } else if spoken_digits
                    && c == group
                    && group >= 1.0
                    && (tens || teen && !takes_teen)
                {
                    // Spoken in pairs: "one twenty two" = 122, "nineteen ninety" = 1990,
                    // "twenty twenty" = 2020.
                    c = group * 100.0 + v;
                } else {
                    c += v;
                }
                previous_part = Some(v);
                used_value = true;
            } else if let Some(&h) = n.hundreds.get(*p) {
                c = if c == 0.0 { 1.0 } else { c } * h;
                largest_scale = largest_scale.max(h);
                used_value = true;
            } else if let Some(&s) = n.scales.get(*p) {
                // "thousands of protesters", "des millions de personnes": a plural scale may
                // start a number alone (read as at least two of them); a singular one where
                // more number words follow ("thousand nine hundred twenty").
                let opens_number = j == i
                    && toks
                        .get(j + 1)
                        .is_some_and(|nt| nt.is_word && nt.norm.split('-').all(is_number_word));
                let bare_ok =
                    n.bare_scales.contains(*p) || plural_of(lang, p, &n.scales) || opens_number;
                if c == 0.0 && tot == 0.0 && !pending_one && !bare_ok {
                    ok = false;
                    break;
                }
                largest_scale = largest_scale.max(s);
                if c == 0.0 && tot != 0.0 && s > last_scale && last_scale > 1.0 {
                    // "three thousand millions", "mille milliards": a scale of a scale.
                    tot *= s;
                } else if tot == 0.0 && mark >= s && c > mark {
                    // "one billion and three quarters million": the scale takes only what
                    // came after the joiner.
                    tot = mark + (c - mark) * s;
                } else {
                    tot += if c == 0.0 { 1.0 } else { c } * s;
                }
                c = 0.0;
                last_scale = s;
                used_value = true;
            } else if let Some(&m) = n.multipliers.get(*p) {
                // "a couple", "a pair": only right after the article, as the whole number.
                if n.article_multipliers.contains(*p) && !(pending_one && c == 0.0 && tot == 0.0) {
                    ok = false;
                    break;
                }
                // "three hundred and two dozen" = 300 + 2 × 12: a multiplier takes the words
                // under a hundred when hundreds came before them ("two hundred dozen" = 2,400).
                let under_hundred = c % 100.0;
                c = if c == 0.0 {
                    m
                } else if under_hundred > 0.0 && under_hundred < c {
                    c - under_hundred + under_hundred * m
                } else {
                    c * m
                };
                used_value = true;
            } else if let Some(&f) = n.fractions.get(*p) {
                c += f;
                used_value = true;
            } else if let Some(&d) = n.denominators.get(*p).or_else(|| {
                // "un et un quatrième": a unit ordinal after a joiner and a numerator (not
                // "two and one second": halves have their own word).
                let after_joiner = any && j >= 2 && n.joiners.contains(&*toks[j - 2].norm);
                n.ordinal_units
                    .get(*p)
                    .filter(|&&d| after_joiner && d >= 3.0)
            }) {
                // ("plus de la moitié": a bound ending on the article makes it a number.)
                if !(any || pending_one || used_value)
                    && j > 0
                    && definite.contains(&*toks[j - 1].norm)
                    && !bound_ends_before(toks, lang, j - 1, 1)
                {
                    // "the quarter", "le quart": a noun, not a number.
                    ok = false;
                    break;
                }
                // "his fifth birthday": with no numerator, most denominators are ranks, unless
                // what they divide follows ("quarter million", "tenth of a gallon").
                let divides_next = toks.get(j + 1).is_some_and(|t| {
                    n.count_links.contains(&*t.norm) || n.scales.contains_key(&*t.norm)
                });
                let has_numerator = any || pending_one || used_value;
                let stands_alone = n.lone_fractions.contains(*p) || divides_next;
                if !has_numerator && !stands_alone && !bound_ends_before(toks, lang, j, 1) {
                    ok = false;
                    break;
                }
                let numerator = tot + c - mark;
                let numerator = if numerator == 0.0 { 1.0 } else { numerator };
                // "one million and a half": a fraction of the scale the number ended on
                // (not in "a billion and a half million", where the next word scales it).
                let scaled_next = toks
                    .get(j + 1)
                    .is_some_and(|t| n.scales.contains_key(&*t.norm));
                let of_scale = if scaled_next { 1.0 } else { mark_scale };
                c = mark + numerator / d * of_scale;
                tot = 0.0;
                used_value = true;
            } else {
                ok = false;
                break;
            }
        }
        if ok && used_value {
            if c != 0.0 {
                last_scale = 1.0;
            }
            current = c;
            total = tot;
            any = true;
            pending_one = false;
            j += 1;
            last_good = j;
            continue;
        }
        // "six-mile", "three-ton": number words glued to a unit by a hyphen.
        if !ok && !any && parts.len() >= 2 {
            let unit_at = parts
                .iter()
                .position(|p| !is_number_word(p))
                .unwrap_or(parts.len());
            let numeric = &parts[..unit_at];
            let rest = parts[unit_at..].join("-");
            if unit_at > 0 && lang.unit_first_words.contains(rest.as_str()) {
                if let Some(v) = words_value(numeric, n) {
                    let cut = t.text.len() - rest.len();
                    if t.text.is_char_boundary(cut) {
                        let glued = Span::new(t.span.start + cut, t.span.end);
                        return v.is_finite().then_some(Num {
                            value: v,
                            first: i,
                            end: j + 1,
                            glued: Some(glued),
                            lead: None,
                            glued_high: None,
                            scale: 1.0,
                        });
                    }
                }
            }
        }
        let next_is_number = toks
            .get(j + 1)
            .is_some_and(|nt| nt.is_word && nt.norm.split('-').all(is_number_word));
        // "two point five", "deux virgule cinq"
        if any && n.decimal_words.iter().any(|w| *w == *t.norm) && next_is_number {
            let mut digits = String::new();
            let mut k = j + 1;
            // Digit by digit ("point two five"), or one number under a hundred ("point
            // seventy-one", "virgule cinquante deux", "virgule soixante et onze").
            let word_value = |t: &Token| words_value(&t.norm.split('-').collect::<Vec<_>>(), n);
            while let Some(v) = toks.get(k).and_then(word_value).filter(|v| *v < 100.0) {
                if v >= 10.0 && !digits.is_empty() {
                    break;
                }
                let mut v = v;
                k += 1;
                let joined = usize::from(toks.get(k).is_some_and(|t| n.joiners.contains(&*t.norm)));
                if let Some(unit) = toks
                    .get(k + joined)
                    .and_then(|t| n.words.get(&*t.norm))
                    .filter(|&&u| tens_take_unit(v, u, joined == 1))
                {
                    v += unit;
                    k += 1 + joined;
                }
                digits.push_str(&(v as u64).to_string());
                if v >= 10.0 {
                    break;
                }
            }
            if let Ok(frac) = format!("0.{digits}").parse::<f64>() {
                current += frac;
                last_good = k;
                // "two point two million".
                if let Some(&s) = toks.get(k).and_then(|t| n.scales.get(&*t.norm)) {
                    current = (total + current) * s;
                    total = 0.0;
                    last_good = k + 1;
                }
            }
            break;
        }
        // "a hundred", "one and a half": "a" and joiners only between number words.
        let is_one = n.one_words.contains(&*t.norm);
        let is_joiner = n.joiners.contains(&*t.norm);
        if is_one && next_is_number && !pending_one {
            pending_one = true;
            j += 1;
            continue;
        }
        if is_joiner && any && next_is_number && joins_one_number(toks, n, j, total + current) {
            mark = total + current;
            mark_scale = if current == 0.0 { last_scale } else { 1.0 };
            j += 1;
            continue;
        }
        break;
    }
    if !any {
        return None;
    }
    let mut value = total + current;
    // "two thirds of a million", "quart de million": a fraction of a scale.
    let ends_on_fraction = toks[last_good - 1]
        .norm
        .rsplit('-')
        .next()
        .is_some_and(|p| n.denominators.contains_key(p));
    if ends_on_fraction
        && toks
            .get(last_good)
            .is_some_and(|t| n.count_links.contains(&*t.norm))
    {
        let mut k = last_good + 1;
        if toks.get(k).is_some_and(|t| n.one_words.contains(&*t.norm)) {
            k += 1;
        }
        if let Some(&s) = toks.get(k).and_then(|t| n.scales.get(&*t.norm)) {
            value *= s;
            last_good = k + 1;
        }
    }
    if negative {
        value = -value;
    }
    value.is_finite().then_some(Num {
        value,
        first: i,
        end: last_good,
        glued: None,
        lead: None,
        glued_high: None,
        scale: largest_scale,
    })
}

/// Whether the joiner at `j` continues the number read so far (`sofar`): after hundreds or
/// a scale ("a hundred and twenty", "mille et un"), before a fraction ("one and a half",
/// "two and three quarters"), or as tens and units ("vingt et un", "soixante et onze");
/// not between two numbers of their own ("between ten and fifteen").
fn joins_one_number(toks: &[Token], n: &Numbers, j: usize, sofar: f64) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| &*t.norm);
    let next = word(j + 1);
    let first_value = n.words.get(next.split('-').next().unwrap_or(""));
    sofar >= 100.0
        || n.one_words.contains(next)
        || n.denominators.contains_key(next)
        || n.denominators.contains_key(word(j + 2))
        || n.ordinal_units.contains_key(word(j + 2))
        || first_value.is_some_and(|&v| tens_take_unit(sofar, v, true))
}

/// Whether `unit` goes on the round tens before it ("twenty-one", "soixante et onze" — the
/// eleven only after a joiner).
fn tens_take_unit(tens: f64, unit: f64, joined: bool) -> bool {
    (20.0..100.0).contains(&tens) && tens % 10.0 == 0.0 && (unit < 10.0 || joined && unit == 11.0)
}

/// The value of a short run of number words in one token ("forty-two" → 42).
fn words_value(parts: &[&str], n: &Numbers) -> Option<f64> {
    let (mut total, mut current) = (0.0, 0.0);
    for p in parts {
        if let Some(&v) = n.words.get(*p) {
            current += v;
        } else if let Some(&h) = n.hundreds.get(*p) {
            current = if current == 0.0 { 1.0 } else { current } * h;
        } else if let Some(&sc) = n.scales.get(*p) {
            total += if current == 0.0 { 1.0 } else { current } * sc;
            current = 0.0;
        } else {
            return None;
        }
    }
    Some(total + current)
}

/// The noun phrase after a number: "soldats biélorusses", "chars de combat".
fn counted_after(doc: &Document, lang: &Language, from: usize) -> Option<Counted> {
    let n = &lang.numbers;
    let toks = &doc.tokens;
    let mut i = from;
    if i < toks.len() && n.count_links.contains(&*toks[i].norm) {
        i += 1;
    }
    let start = i;
    let mut end = i;
    let mut words = 0;
    while end < toks.len() && words < 6 {
        let t = &toks[end];
        if !t.is_word
            || t.text.starts_with(|c: char| c.is_ascii_digit())
            || t.is(WordClass::NUMBER_WORDS) && lang.number_words.contains(&*t.norm)
            || t.is_capitalised() && end > start
        {
            break;
        }
        let stop = n.not_counted.contains(&*t.norm);
        if stop {
            // "chars de combat", "véhicules blindés de transport de troupes": a link inside.
            let link = n.count_links.contains(&*t.norm);
            let next_ok = toks.get(end + 1).is_some_and(|nt| {
                nt.is_word && !nt.is_capitalised() && !n.not_counted.contains(&*nt.norm)
            });
            if link && end > start && next_ok {
                end += 1;
                continue;
            }
            break;
        }
        if t.is(WordClass::CUE_START) && end > start {
            break;
        }
        // "hundreds of homes burned", "250 people gathered inside": where modifiers come
        // first, a past form after a noun is its verb; before a noun it is an adjective
        // ("armed soldiers", "three critically injured patients").
        if end > start && lang.head_position == crate::lang::HeadPosition::Last {
            let ends_in = |t: &Token, endings: &[String]| {
                endings.iter().any(|e| t.norm.ends_with(e.as_str()))
            };
            let after_plural = ends_in(&toks[end - 1], &lang.plural_endings);
            let noun_next = toks.get(end + 1).is_some_and(|nt| {
                nt.is_word
                    && !nt.is_capitalised()
                    && !nt.text.starts_with(|c: char| c.is_ascii_digit())
                    && !n.not_counted.contains(&*nt.norm)
            });
            if ends_in(t, &lang.past_endings) && (after_plural || !noun_next) {
                break;
            }
        }
        end += 1;
        words += 1;
    }
    while end > start && n.count_links.contains(&*toks[end - 1].norm) {
        end -= 1;
    }
    if end == start {
        return None;
    }
    let first_link = (start..end)
        .find(|&k| n.count_links.contains(&*toks[k].norm))
        .unwrap_or(end);
    let head_tok = match lang.head_position {
        crate::lang::HeadPosition::First => start,
        crate::lang::HeadPosition::Last => first_link - 1,
    };
    Some(Counted {
        span: doc.token_span(start, end - 1),
        head: toks[head_tok].norm.to_string(),
    })
}

/// Ties a quantity to its statement and sets its modality from its sentence.
fn attach(
    doc: &Document,
    lang: &Language,
    statements: &[Statement],
    q: &mut Quantity,
    cache: &mut SentenceWords,
) {
    let n = &lang.numbers;
    let at = statements.partition_point(|s| s.quote.start <= q.span.start);
    let holder = (0..at)
        .rev()
        .take(8)
        .find(|&k| statements[k].quote.contains(q.span));
    if let Some(k) = holder {
        q.statement = Some(k);
        // An unnamed source is still the source: its own words ("un ancien commandant de
        // l'OTAN") rather than nobody, which a reader would take for the article.
        let s = &statements[k];
        q.source_ref = s
            .speaker_ref
            .clone()
            .or_else(|| s.speaker.map(|m| m.slice(doc.text).to_string()));
    }
    let tok = doc
        .tokens
        .partition_point(|t| t.span.end <= q.span.start)
        .min(doc.tokens.len() - 1);
    let sentence_index = doc.sentence_of[tok];
    let sentence = doc.sentences[sentence_index].clone();
    if cache.sentence != Some(sentence_index) {
        *cache = SentenceWords {
            sentence: Some(sentence_index),
            ..SentenceWords::default()
        };
        for (k, t) in doc.tokens[sentence.clone()].iter().enumerate() {
            // (The word class rules out most words before the lookup.)
            match (t.is_word && t.is(WordClass::MODALITY))
                .then(|| lang.modality_words.get(&*t.norm))
                .flatten()
            {
                Some(Modality::Hedged) => cache.hedged = true,
                Some(Modality::Conditional) if cache.first_condition.is_none() => {
                    cache.first_condition = Some(sentence.start + k);
                }
                _ => {}
            }
        }
    }
    let hedged = cache.hedged;
    // Inside the "si"/"if" clause itself, up to its comma, the quantity is conditional.
    let conditional = (sentence.start..tok)
        .rev()
        .take_while(|&k| !doc.tokens[k].is_punct(','))
        .any(|k| {
            // Every condition word is a modality word: the class rules out the others.
            doc.tokens[k].is(WordClass::MODALITY) && n.conditionals.contains(&*doc.tokens[k].norm)
        });
    let after_condition = cache
        .first_condition
        .is_some_and(|k| doc.tokens[k].span.start < q.span.start);
    q.modality = if conditional {
        Modality::Conditional
    } else if hedged || after_condition {
        Modality::Hedged
    } else if holder.is_some() {
        Modality::Reported
    } else {
        Modality::Asserted
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::BUILTIN;

    fn lang(code: &str) -> Language {
        Language::from_toml(BUILTIN.iter().find(|(c, _)| *c == code).unwrap().1).unwrap()
    }

    type Found = (
        String,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Bound,
        Option<String>,
    );

    fn values(code: &str, text: &str) -> Vec<Found> {
        let l = lang(code);
        let doc = Document::new(text, &l);
        find(&doc, &l, &[])
            .into_iter()
            .map(|q| {
                (
                    q.span.slice(text).to_string(),
                    q.value,
                    q.low,
                    q.high,
                    q.bound,
                    q.unit,
                )
            })
            .collect()
    }

    #[test]
    fn digit_conventions() {
        assert_eq!(digits_value("9,000", &lang("en").numbers), Some(9000.0));
        assert_eq!(digits_value("46.8", &lang("en").numbers), Some(46.8));
        assert_eq!(digits_value("1,5", &lang("fr").numbers), Some(1.5));
        assert_eq!(digits_value("9.000", &lang("fr").numbers), Some(9000.0));
        assert_eq!(digits_value("2,500.50", &lang("en").numbers), Some(2500.5));
        assert_eq!(digits_value("1,2,3,4", &lang("en").numbers), None);
    }

    #[test]
    fn french_words_and_spaced_groups() {
        let v = values(
            "fr",
            "quatre-vingt-dix-sept soldats et 9 000 hommes, deux cent mille euros, vingt et un",
        );
        assert_eq!(v[0].1, Some(97.0));
        assert_eq!(v[1].0, "9 000");
        assert_eq!(v[1].1, Some(9000.0));
        assert_eq!((v[2].1, v[2].5.as_deref()), (Some(200000.0), Some("EUR")));
        assert_eq!(v[3].1, Some(21.0));
    }

    #[test]
    fn exponents_negatives_ratios_and_fractions_of_scales() {
        let v = values("en", "1.3e6 and 12.32e+14 and -12e-1");
        assert_eq!(
            v.iter().map(|q| q.1).collect::<Vec<_>>(),
            [Some(1.3e6), Some(12.32e14), Some(-1.2)]
        );
        assert_eq!(values("en", "it was minus 5 degrees")[0].1, Some(-5.0));
        assert_eq!(values("fr", "au moins 10 euros")[0].2, Some(10.0));
        assert_eq!(values("en", "one in five Canadians")[0].1, Some(0.2));
        assert_eq!(values("en", "two out of five people")[0].1, Some(0.4));
        assert_eq!(values("en", "he won 3 in 2020")[0].1, Some(3.0));
        assert_eq!(values("en", "3 million and a half")[0].1, Some(3.5e6));
        assert_eq!(values("en", "one million and a half")[0].1, Some(1.5e6));
        assert_eq!(values("en", "two point two million")[0].1, Some(2.2e6));
        assert_eq!(values("en", "three thousand millions")[0].1, Some(3e9));
        assert_eq!(values("en", "seventy-five thousands")[0].1, Some(75e3));
        assert_eq!(values("fr", "cent quatre-vingt-douze")[0].1, Some(192.0));
        assert_eq!(values("fr", "quatre vingt soldats")[0].1, Some(80.0));
        assert_eq!(values("fr", "négative cinq")[0].1, Some(-5.0));
        assert!(values("en", "they played three-nought-four")
            .iter()
            .all(|q| q.1 != Some(7.0)));
    }

    #[test]
    fn days_of_the_month_are_dates() {
        assert!(values("fr", "le 4 mai").is_empty());
        assert!(values("en", "on May 4th and 4 May").is_empty());
        assert_eq!(
            values("en", "another 20 may lose their jobs")[0].1,
            Some(20.0)
        );
    }

    #[test]
    fn hundredths_of_a_currency() {
        assert_eq!(
            values("en", "it cost 20 dollars 43 cents")[0].1,
            Some(20.43)
        );
        assert_eq!(
            values("en", "thirteen dollars and forty-five cents")[0].1,
            Some(13.45)
        );
        assert_eq!(values("fr", "3 euros 50 centimes")[0].1, Some(3.5));
        // Unnamed hundredths end the phrase; before a noun they are a count of their own.
        assert_eq!(values("en", "It costs 15 dollars 50.")[0].1, Some(15.5));
        assert_eq!(values("en", "$20 and 43c")[0].1, Some(20.43));
        let v = values("en", "It raised $20 and 43 people came.");
        assert_eq!((v[0].1, v[1].1), (Some(20.0), Some(43.0)));
        assert_eq!(
            values("en", "a bill of USD115.5")[0].5.as_deref(),
            Some("USD")
        );
        // French "cents" are hundreds, not hundredths.
        assert_eq!(values("fr", "trois cents soldats")[0].1, Some(300.0));
    }

    #[test]
    fn a_range_shares_its_scale_word() {
        let v = values("fr", "entre 3 et 4 millions d'euros");
        assert_eq!((v[0].2, v[0].3), (Some(3e6), Some(4e6)));
        let v = values("en", "between 500 and 2 million people");
        assert_eq!((v[0].2, v[0].3), (Some(500.0), Some(2e6)));
    }

    #[test]
    fn ranges_and_bounds() {
        let v = values(
            "fr",
            "au moins 15 000 à 20 000 soldats et jusqu’à 15 000 Russes",
        );
        assert_eq!(
            (v[0].2, v[0].3, v[0].4),
            (Some(15000.0), Some(20000.0), Bound::Range)
        );
        assert_eq!(
            (v[1].1, v[1].3, v[1].4),
            (Some(15000.0), Some(15000.0), Bound::AtMost)
        );
        let v = values(
            "en",
            "between 10 and 20 people, up to 70k troops and $46.8 million, 30 per cent",
        );
        assert_eq!((v[0].2, v[0].3), (Some(10.0), Some(20.0)));
        assert_eq!((v[1].1, v[1].4), (Some(70000.0), Bound::AtMost));
        assert_eq!(
            (v[2].1, v[2].5.as_deref()),
            (Some(46_800_000.0), Some("USD"))
        );
        assert_eq!((v[3].1, v[3].5.as_deref()), (Some(30.0), Some("%")));
    }

    #[test]
    fn digits_and_scale_words_go_on_as_one_number() {
        let v = values(
            "en",
            "4 thousand 3 hundred and 21 units, 3 hundred and one, $20 million and 43 people",
        );
        let got: Vec<(&str, Option<f64>)> = v.iter().map(|q| (q.0.as_str(), q.1)).collect();
        assert_eq!(
            got,
            [
                ("4 thousand 3 hundred and 21", Some(4321.0)),
                ("3 hundred and one", Some(301.0)),
                ("$20 million", Some(20e6)),
                ("43", Some(43.0)),
            ]
        );
        let v = values("en", "one over three, 1 over 20, 2mil, over 50 people");
        assert_eq!(v[0].1, Some(1.0 / 3.0));
        assert_eq!(v[1].1, Some(0.05));
        assert_eq!(v[2].1, Some(2e6));
        assert_eq!((v[3].2, v[3].4), (Some(50.0), Bound::MoreThan));
        let v = values("en", "1,674,200.5 M, US$ 1MM, a 5mm screw");
        assert_eq!((v[0].1, v[1].1), (Some(1_674_200.5e6), Some(1e6)));
        assert_eq!((v[2].1, v[2].5.as_deref()), (Some(5.0), Some("mm")));
        assert_eq!(values("fr", "en mil neuf cent vingt")[0].1, Some(1920.0));
        // A glued capital C or F is a temperature only where the weather can be.
        let v = values(
            "en",
            "it was 30C, a Boeing 777F, 14.7C/ per share, 11c a share",
        );
        let units: Vec<Option<&str>> = v.iter().map(|q| q.5.as_deref()).collect();
        assert_eq!(units, [Some("°C"), None, None, None]);
        let v = values("fr", "2millions de couronnes, six crore");
        assert_eq!((v[0].1, v[1].1), (Some(2e6), Some(6e7)));
    }

    #[test]
    fn compound_denominators() {
        let one = |code: &str, text: &str| values(code, text)[0].1.unwrap();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(one("en", "one twenty-fifth"), 1.0 / 25.0));
        assert!(close(one("en", "three twenty firsts"), 3.0 / 21.0));
        assert!(close(one("en", "one hundred thirty fifths"), 100.0 / 35.0));
        assert!(close(one("en", "one hundred and thirty fifths"), 26.0));
        assert!(close(one("en", "one one hundred fifth"), 1.0 / 105.0));
        assert!(close(
            one("en", "one hundred one thousand fifths"),
            100.0 / 1005.0
        ));
        // Mixed numbers and plain fractions keep their reading.
        assert!(close(one("en", "twenty and three fifths"), 20.6));
        assert!(close(one("en", "two and three quarters"), 2.75));
        assert!(close(one("en", "two thirds"), 2.0 / 3.0));
        assert!(close(
            one("en", "two hundred and fifty-four hundredths"),
            200.54
        ));
        assert!(close(one("en", "one million and a half"), 1.5e6));
        assert!(close(one("en", "fifty - two"), 52.0));
        assert!(close(one("en", "ninety - five hundred fifths"), 1900.0));
        let range = values("en", "ten - twenty");
        assert_eq!((range[0].2, range[0].3), (Some(10.0), Some(20.0)));
        assert!(close(one("fr", "une vingt et unième"), 1.0 / 21.0));
        assert!(close(one("fr", "un cent cinquième"), 1.0 / 105.0));
        assert!(close(
            one("fr", "quatre-vingt-quinze cent cinquièmes"),
            1900.0
        ));
        assert!(close(one("fr", "cent mille billionièmes"), 1e-7));
    }

    #[test]
    fn joiners_continue_a_number_only_where_one_number_goes_on() {
        let v = values(
            "en",
            "between ten and fifteen, a hundred and twenty, one and a half",
        );
        assert_eq!((v[0].2, v[0].3), (Some(10.0), Some(15.0)));
        assert_eq!((v[1].1, v[2].1), (Some(120.0), Some(1.5)));
        let v = values(
            "fr",
            "soixante et onze, vingt et un, de mille à mille cinq cents",
        );
        assert_eq!((v[0].1, v[1].1), (Some(71.0), Some(21.0)));
        assert_eq!((v[2].2, v[2].3), (Some(1000.0), Some(1500.0)));
        // A fraction keeps its article after a bound; alone, "le quart" is a noun.
        let v = values(
            "fr",
            "plus de la moitié des gens, inférieur à la moitié, le quart",
        );
        assert_eq!(
            (v[0].0.as_str(), v[0].2, v[0].4),
            ("plus de la moitié", Some(0.5), Bound::MoreThan)
        );
        assert_eq!((v[1].3, v[1].4), (Some(0.5), Bound::LessThan));
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn fractions_of_scales_decimals_in_words_and_temperatures_below_zero() {
        let v = values(
            "fr",
            "3 millions et demi, deux tiers de million, vingt-et-un, 10 sous zéro",
        );
        let got: Vec<Option<f64>> = v.iter().map(|f| f.1).collect();
        assert_eq!(got[0], Some(3_500_000.0));
        assert!((got[1].unwrap() - 2_000_000.0 / 3.0).abs() < 1e-6);
        assert_eq!(got[2..], [Some(21.0), Some(-10.0)]);
        let v = values(
            "en",
            "one billion and a half million, two hundred point seventy-one, 2 degrees below zero",
        );
        let got: Vec<Option<f64>> = v.iter().map(|f| f.1).collect();
        assert_eq!(got, [Some(1_000_500_000.0), Some(200.71), Some(-2.0)]);
        // A range joiner is no minus sign.
        let v = values("fr", "10 euros - 20 euros");
        assert_eq!((v[0].2, v[0].3), (Some(10.0), Some(20.0)));
    }

    #[test]
    fn parts_of_one_length_make_one_quantity() {
        let v = values(
            "en",
            "He is 5 ft 2 in, the trail is 2 km and 300 metres long; 6 feet, 10 in the morning.",
        );
        let got: Vec<(&str, Option<f64>, Option<&str>)> = v
            .iter()
            .map(|f| (f.0.as_str(), f.1, f.5.as_deref()))
            .collect();
        assert_eq!(got[0].0, "5 ft 2 in");
        assert!((got[0].1.unwrap() - (5.0 + 2.0 / 12.0)).abs() < 1e-9);
        assert_eq!(
            (got[1].0, got[1].1, got[1].2),
            ("2 km and 300 metres", Some(2.3), Some("km"))
        );
        // "10 in the morning" is no length of inches.
        assert_eq!(got[2], ("6 feet", Some(6.0), Some("ft")));
        assert_eq!(got[3].0, "10");
    }

    #[test]
    fn english_words() {
        let v = values(
            "en",
            "a hundred and twenty, two dozen, one and a half million",
        );
        assert_eq!(
            v.iter().map(|x| x.1).collect::<Vec<_>>(),
            [Some(120.0), Some(24.0), Some(1_500_000.0)]
        );
    }

    #[test]
    fn degrees_beside_an_angle_word_are_an_angle() {
        let units = |code: &str, text: &str| -> Vec<Option<String>> {
            values(code, text).into_iter().map(|f| f.5).collect()
        };
        assert_eq!(
            units(
                "en",
                "turn a 45 degrees angle; it was 24 degrees; Rotate 90°"
            ),
            [Some("deg".into()), Some("°".into()), Some("deg".into())]
        );
        assert_eq!(
            units("fr", "un angle de 45 degrés, il fait 24 degrés"),
            [Some("deg".into()), Some("°".into())]
        );
    }

    #[test]
    fn a_bare_plural_multiplier_is_at_least_two() {
        let v = values(
            "fr",
            "plusieurs milliers de soldats, une dizaine de chars, trois douzaines",
        );
        let got: Vec<_> = v.iter().map(|f| (f.0.as_str(), f.1, f.2, f.4)).collect();
        assert_eq!(
            got,
            [
                ("milliers", None, Some(2000.0), Bound::AtLeast),
                ("une dizaine", Some(10.0), None, Bound::Exact),
                ("trois douzaines", Some(36.0), None, Bound::Exact)
            ]
        );
        let v = values("en", "dozens of homes");
        assert_eq!((v[0].1, v[0].2, v[0].4), (None, Some(24.0), Bound::AtLeast));
        // Plural scales and hundreds alone, and one vague number of another.
        let v = values(
            "en",
            "Hundreds of homes burned. Thousands fled; hundreds of millions of dollars; five hundreds",
        );
        let got: Vec<_> = v.iter().map(|f| (f.0.as_str(), f.1, f.2, f.4)).collect();
        assert_eq!(
            got,
            [
                ("Hundreds", None, Some(200.0), Bound::AtLeast),
                ("Thousands", None, Some(2000.0), Bound::AtLeast),
                ("hundreds of millions", None, Some(2e8), Bound::AtLeast),
                ("five hundreds", Some(500.0), None, Bound::Exact),
            ]
        );
        let v = values(
            "fr",
            "des millions de personnes, des dizaines de milliers de soldats",
        );
        assert_eq!((v[0].2, v[1].2), (Some(2e6), Some(20_000.0)));
    }

    #[test]
    fn the_counted_noun_stops_at_its_verb() {
        let l = lang("en");
        let heads = |text: &str| -> Vec<String> {
            let doc = Document::new(text, &l);
            find(&doc, &l, &[])
                .into_iter()
                .map(|q| {
                    q.counted
                        .map_or(String::new(), |c| c.span.slice(text).to_string())
                })
                .collect()
        };
        assert_eq!(
            heads("250 people gathered in the hall. Nearly 450 trucks convoyed north. Three critically injured patients. 20 armed soldiers."),
            ["people", "trucks", "critically injured patients", "armed soldiers"]
        );
    }

    #[test]
    fn giga_leading_decimal_marks_and_glued_letters() {
        let got = |code: &str, s: &str| -> Vec<(String, Option<f64>, Option<String>)> {
            values(code, s)
                .into_iter()
                .map(|f| (f.0, f.1, f.5))
                .collect()
        };
        assert_eq!(
            got(
                "en",
                ".0012G, -.0012G, 1,674.5 G, -.5, about 36g, 2L, the 5G network"
            ),
            [
                (".0012G".into(), Some(1.2e6), None),
                ("-.0012G".into(), Some(-1.2e6), None),
                ("1,674.5 G".into(), Some(1.6745e12), None),
                ("-.5".into(), Some(-0.5), None),
                ("about 36g".into(), Some(36.0), Some("g".into())),
                ("2L".into(), Some(2.0), Some("l".into())),
            ]
        );
        assert_eq!(got("fr", "-,0012G")[0].1, Some(-1.2e6));
        // A lone lower-case "c" is no temperature.
        assert_eq!(got("en", "It was 30c")[0].2, None);
    }

    #[test]
    fn words_spoken_digit_by_digit_or_in_pairs() {
        let got = |code: &str, s: &str| -> Vec<(String, Option<f64>)> {
            values(code, s).into_iter().map(|f| (f.0, f.1)).collect()
        };
        assert_eq!(
            got(
                "en",
                "one twenty two; nineteen ninety-nine; twenty twenty; one two"
            ),
            [
                ("one twenty two".into(), Some(122.0)),
                ("nineteen ninety-nine".into(), Some(1999.0)),
                ("twenty twenty".into(), Some(2020.0)),
                ("one".into(), Some(1.0)),
                ("two".into(), Some(2.0)),
            ]
        );
        // Joiners, hundreds and French tens keep their own readings.
        assert_eq!(got("en", "three and one fourth")[0].1, Some(3.25));
        assert_eq!(got("en", "thousand nine hundred twenty")[0].1, Some(1920.0));
        let fr: Vec<_> = got(
            "fr",
            "soixante et onze, soixante dix-sept, quatre vingt dix, cent un",
        )
        .into_iter()
        .map(|x| x.1)
        .collect();
        assert_eq!(fr, [Some(71.0), Some(77.0), Some(90.0), Some(101.0)]);
        // A range's first end shares the second's scale word.
        let v = values("en", "between three and four million");
        assert_eq!((v[0].2, v[0].3), (Some(3e6), Some(4e6)));
    }

    #[test]
    fn decimal_words_digit_runs_hundreds_and_mixed_ordinals() {
        type Reading = (String, Option<f64>, Option<f64>, Option<f64>);
        let got = |code: &str, s: &str| -> Vec<Reading> {
            values(code, s)
                .into_iter()
                .map(|f| (f.0, f.1, f.2, f.3))
                .collect()
        };
        assert_eq!(
            got("en", "1 point 1; three-nought-four; two-three days"),
            [
                ("1 point 1".into(), Some(1.1), None, None),
                ("three".into(), Some(3.0), None, None),
                ("nought".into(), Some(0.0), None, None),
                ("four".into(), Some(4.0), None, None),
                ("two-three".into(), None, Some(2.0), Some(3.0)),
            ]
        );
        assert_eq!(got("fr", "3 cent un")[0].1, Some(301.0));
        assert_eq!(got("fr", "un et un quatrième")[0].1, Some(1.25));
        // "two and one second": no fraction of a half spelled as an ordinal.
        assert_ne!(got("en", "two and one second")[0].1, Some(2.5));
    }

    #[test]
    fn a_change_from_one_value_to_another_is_no_range() {
        let got = |code: &str, s: &str| -> Vec<(Option<f64>, Option<f64>, Option<f64>)> {
            values(code, s)
                .into_iter()
                .map(|f| (f.1, f.2, f.3))
                .collect()
        };
        assert_eq!(
            got(
                "en",
                "Unemployment rose from 5% to 7%. It rose to between 5 and 7."
            ),
            [
                (Some(5.0), None, None),
                (Some(7.0), None, None),
                (None, Some(5.0), Some(7.0))
            ]
        );
        assert_eq!(
            got(
                "fr",
                "Le nombre est passé de 200 à 300, de 15 000 à 20 000 soldats"
            ),
            [
                (Some(200.0), None, None),
                (Some(300.0), None, None),
                (None, Some(15000.0), Some(20000.0))
            ]
        );
        // "une hausse de 10 à 20 %": after a noun, "de" gives the size of the change.
        let v = values("fr", "une hausse de 10 à 20 %");
        assert_eq!((v[0].2, v[0].3), (Some(10.0), Some(20.0)));
    }

    #[test]
    fn glued_letters_that_name_things() {
        let units = |code: &str, s: &str| -> Vec<Option<String>> {
            values(code, s).into_iter().map(|f| f.5).collect()
        };
        // "1m" before a verb is a length, not a million; "the 13F filing" is a form.
        assert_eq!(units("en", "1m isn't a number"), [Some("m".into())]);
        assert_eq!(units("fr", "1m n'est pas un nombre"), [Some("m".into())]);
        assert_eq!(
            units("en", "The 13F filing; it was 30C"),
            [None, Some("°C".into())]
        );
    }

    #[test]
    fn a_lone_ordinal_is_a_rank_not_a_fraction() {
        let text = |code: &str, s: &str| -> Vec<(String, Option<f64>)> {
            values(code, s).into_iter().map(|f| (f.0, f.1)).collect()
        };
        assert!(text(
            "en",
            "his fifth birthday, the fourth-quarter results, in the third quarter"
        )
        .is_empty());
        assert!(text("fr", "son cinquième anniversaire, la troisième fois").is_empty());
        assert_eq!(
            text(
                "en",
                "half the troops, a fifth, quarter million, tenth of a gallon"
            ),
            [
                ("half".into(), Some(0.5)),
                ("a fifth".into(), Some(0.2)),
                ("quarter million".into(), Some(250_000.0)),
                ("tenth".into(), Some(0.1)),
            ]
        );
        assert_eq!(text("fr", "demi")[0].1, Some(0.5));
    }

    #[test]
    fn multipliers_take_the_words_under_a_hundred() {
        let en = values(
            "en",
            "three hundred and two dozen; two hundred dozen; twenty dozen",
        );
        assert_eq!(
            en.iter().map(|x| x.1).collect::<Vec<_>>(),
            [Some(324.0), Some(2400.0), Some(240.0)]
        );
        let fr = values("fr", "trois cent deux douzaines");
        assert_eq!(fr[0].1, Some(324.0));
        // "couple" and "pair" are numbers only right after "a".
        let v = values(
            "en",
            "The couple said a couple of days. Three pairs. A pair of boots.",
        );
        assert_eq!(
            v.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(),
            [
                ("a couple", Some(2.0)),
                ("Three", Some(3.0)),
                ("A pair", Some(2.0))
            ]
        );
    }

    #[test]
    fn huge_and_malformed_numbers_do_not_panic() {
        for text in [
            "1 000 000 000 000 000 000 000 000",
            "1,2,3,4",
            "9 000 000 000 000 000 000 %",
            "--5",
            "1e400",
            "99999999999999999999999999999999999999999999",
        ] {
            let _ = values("fr", text);
            let _ = values("en", text);
        }
    }
}
