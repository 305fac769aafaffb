//! Attribution: finds speech cues and ties each quotation or reported clause to its cue and
//! speaker mention. One module per family of constructions, sharing one subject toolkit.
//!
//! For each cue in text order (`cues`), the first rule that takes it wins, in order of
//! reliability:
//! 1. `direct`: a quotation then the cue (“Q,” X said), the cue then a quotation (X said:
//!    “Q”), and the second half of an interrupted quote;
//! 2. `nominal`: a prepositional cue ("according to X", "selon X", "Pour X,"), then
//!    `parenthetical`: a source clause around its statement ("…, as police said");
//! 3. `clause`: the cue then its reported clause (X said (that) …), or a clause then the
//!    cue (…, X said);
//! 4. `complement`: a complement that carries the content ("called for …", "accused X of …");
//! 5. `parenthetical::passive_agent`: the agent of a passive cue ("X a été annoncé par le préfet").
//!
//! Then a quotation followed by a source cue ("« Insupportable » pour X") takes it (in
//! `nominal`), `headline` reads a headline written "Source: claim", and `floating` gives quotations
//! left without a cue to the speaker they continue. The
//! subject of every rule comes from `subject`; who a mention refers to is decided later, by
//! the coreference stage ([`crate::resolve`]).

use crate::lang::WordClass;
use std::ops::Range;

mod clause;
mod complement;
mod cues;
mod direct;
mod floating;
mod headline;
mod nominal;
mod parenthetical;
mod subject;

use crate::doc::Document;
use crate::lang::{CueKind, Gender, Language};
use crate::names::NameRun;
use crate::span::Span;

/// A cue phrase found in the text.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// First and last token of the phrase.
    pub first: usize,
    pub last: usize,
    pub kind: CueKind,
    /// A subject pronoun glued to the verb ("déclare-t-il").
    pub inverted: Option<Span>,
}

/// What kind of words a speaker mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A proper name: the index of its name run.
    Name(usize),
    /// A pronoun and its gender.
    Pronoun(Gender),
    /// A description ("a spokesperson", "le ministère britannique de la Défense").
    Description,
}

/// The words naming a speaker.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub span: Span,
    pub tokens: Range<usize>,
    pub kind: MentionKind,
    /// A role or description next to a name ("un porte-parole de …", "general manager").
    pub role: Option<Span>,
}

/// How a statement was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// “Q,” X said.
    QuoteThenCue,
    /// X said: “Q”
    CueThenQuote,
    /// According to X, … / …, selon X.
    Nominal,
    /// X said (that) …
    ReportedClause,
    /// …, X said.
    ClauseThenCue,
    /// …, as X said. / As X noted, … / …, comme l'indique X.
    Parenthetical,
    /// The second half of an interrupted quote: “Q1,” X said, “Q2.”
    Interrupted,
    /// A quotation with no cue that continues the previous speaker.
    Floating,
    /// A quotation with no cue after a colon or after a paragraph about a person
    /// ("Martell is more blunt: “…”").
    Implied,
}

/// A statement before speaker resolution.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub quote: Span,
    pub direct: bool,
    pub speaker: Option<Mention>,
    pub verb: Option<Span>,
    pub cue: Option<Span>,
    pub addressee: Option<Span>,
    pub method: Method,
    pub paragraph: usize,
    /// Takes its speaker from the statement before it (floating quotes, second halves).
    pub continues: bool,
    /// Announces the statements after it (a quotation in a section heading): takes the
    /// reference of the next statement that has one.
    pub announces: bool,
    /// The speaker the context implies when the text names none at the quote (the subject
    /// of the paragraph before a cue-less quotation).
    pub implied: Option<Mention>,
}

impl Found {
    /// A statement with no speaker, cue or addressee (yet): callers set what they know.
    fn bare(quote: Span, direct: bool, method: Method, paragraph: usize) -> Found {
        Found {
            quote,
            direct,
            speaker: None,
            verb: None,
            cue: None,
            addressee: None,
            method,
            paragraph,
            continues: false,
            announces: false,
            implied: None,
        }
    }
}

pub(crate) struct Attributor<'a, 't> {
    doc: &'a Document<'t>,
    lang: &'a Language,
    names: &'a [NameRun],
    /// The name run each token is in (`NO_NAME` outside names); four bytes a token keep the
    /// table small enough that building it costs little.
    name_of_token: Vec<u32>,
    used_quote: Vec<bool>,
    found: Vec<Found>,
    /// Paragraphs that are page furniture, not reporting: link labels ("READ MORE: …",
    /// "WATCH: …") and photo captions, which end on a credit ("(Steve Lawrence/CBC)").
    furniture_paragraph: Vec<bool>,
}

const MAX_SUBJECT: usize = 16;
const NO_NAME: u32 = u32::MAX;

impl<'a, 't> Attributor<'a, 't> {
    pub(crate) fn new(doc: &'a Document<'t>, lang: &'a Language, names: &'a [NameRun]) -> Self {
        let mut name_of_token = vec![NO_NAME; doc.tokens.len()];
        for (k, run) in names.iter().enumerate() {
            for i in run.tokens.clone() {
                name_of_token[i] = u32::try_from(k).unwrap_or(NO_NAME);
            }
        }
        let furniture_paragraph = doc
            .paragraphs
            .iter()
            .map(|p| {
                let toks = &doc.tokens[p.tokens.clone()];
                is_link_label(toks) || opens_on_label(toks, lang) || ends_on_photo_credit(toks)
            })
            .collect();
        Attributor {
            doc,
            lang,
            names,
            name_of_token,
            used_quote: vec![false; doc.quotes.len()],
            found: Vec::new(),
            furniture_paragraph,
        }
    }

    /// Runs every rule and returns the statements in text order.
    pub(crate) fn run(mut self) -> Vec<Found> {
        let cues = self.find_cues();
        for cue in &cues {
            let _ = self.quote_then_cue(cue)
                || self.cue_then_quote(cue, &cues)
                || self.nominal(cue, &cues)
                || self.parenthetical(cue)
                || self.reported_clause(cue, &cues)
                || self.clause_then_cue(cue, &cues)
                || self.content_complement(cue, &cues)
                || self.passive_agent(cue);
        }
        self.quote_then_source();
        self.found.sort_by_key(|f| f.quote.start);
        self.headline_source();
        self.floating();
        self.found
    }

    pub(super) fn tok(&self, i: usize) -> &crate::token::Token<'t> {
        &self.doc.tokens[i]
    }

    pub(super) fn sentence(&self, i: usize) -> Range<usize> {
        self.doc.sentences[self.doc.sentence_of[i]].clone()
    }

    /// The name run token `i` is in, if any.
    pub(super) fn name_at(&self, i: usize) -> Option<usize> {
        self.name_of_token
            .get(i)
            .filter(|&&k| k != NO_NAME)
            .map(|&k| k as usize)
    }

    pub(super) fn push(&mut self, f: Found) {
        self.found.push(f);
    }
}

/// "READ MORE: …", "WATCH: …": one to three words in capitals and a colon, on a short line.
fn is_link_label(toks: &[crate::token::Token]) -> bool {
    let label = toks
        .iter()
        .take_while(|t| t.is_word && t.text.chars().all(|c| !c.is_lowercase()))
        .count();
    // A short line with no sentence of its own after the label.
    let short = toks.len() <= 24 || !toks[label..].iter().any(|t| t.is_terminator());
    (1..=3).contains(&label) && toks.get(label).is_some_and(|t| t.is_punct(':')) && short
}

/// "Watch: …", "Open this photo in gallery:", "À lire aussi : …": a furniture label of the
/// language (any case) and a colon open the line.
fn opens_on_label(toks: &[crate::token::Token], lang: &Language) -> bool {
    lang.furniture_labels.iter().any(|words| {
        toks.len() > words.len()
            && toks[words.len()].is_punct(':')
            && words
                .iter()
                .zip(toks)
                .all(|(w, t)| t.is_word && t.norm.to_lowercase() == *w)
    })
}

/// A photo caption: the paragraph ends on a parenthesised credit with a slash between
/// photographer and outlet ("(Steve Lawrence/CBC)", "(AP Photo/Evan Vucci)").
fn ends_on_photo_credit(toks: &[crate::token::Token]) -> bool {
    let Some(close) = toks.iter().rposition(|t| !t.is_terminator()) else {
        return false;
    };
    if !toks[close].is_punct(')') {
        return false;
    }
    let credit = toks[..close]
        .iter()
        .rev()
        .take(CREDIT_TOKENS)
        .take_while(|t| !t.is_punct('('))
        .collect::<Vec<_>>();
    let opened = close > credit.len() && toks[close - credit.len() - 1].is_punct('(');
    opened && credit.iter().any(|t| t.text == "/") && credit.iter().all(|t| t.quote().is_none())
}

/// Most tokens of a photo credit inside its parentheses.
const CREDIT_TOKENS: usize = 12;

/// What the rule modules' unit tests share: the statements an engine finds in a text.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::Engine;

    /// (statement, speaker mention) of every statement found.
    pub(crate) fn statements(text: &str, lang: &str) -> Vec<(String, String)> {
        let engine = Engine::new().unwrap();
        let analysis = engine.analyze(text, Some(lang)).unwrap();
        analysis
            .statements
            .iter()
            .map(|s| {
                let speaker = s.speaker.map_or("", |sp| sp.slice(text));
                (s.quote.slice(text).to_string(), speaker.to_string())
            })
            .collect()
    }

    pub(crate) fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }
}
