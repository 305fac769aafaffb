//! Attribution: finds speech cues and ties each quotation or reported clause to its cue and
//! speaker mention. Rules run in order of reliability: quote then cue, cue then quote, nominal
//! cues, reported clauses, clause then cue, complements that carry content ([`complement`]),
//! and last floating quotes that continue a speaker.

use crate::lang::WordClass;
use std::ops::Range;

mod complement;

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
    /// Paragraphs that are link labels ("READ MORE: …", "WATCH: …"), not reporting.
    label_paragraph: Vec<bool>,
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
        let label_paragraph = doc
            .paragraphs
            .iter()
            .map(|p| {
                let toks = &doc.tokens[p.tokens.clone()];
                let label = toks
                    .iter()
                    .take_while(|t| t.is_word && t.text.chars().all(|c| !c.is_lowercase()))
                    .count();
                // A short line with no sentence of its own after the label.
                let short = toks.len() <= 24 || !toks[label..].iter().any(|t| t.is_terminator());
                (1..=3).contains(&label)
                    && toks.get(label).is_some_and(|t| t.is_punct(':'))
                    && short
            })
            .collect();
        Attributor {
            doc,
            lang,
            names,
            name_of_token,
            used_quote: vec![false; doc.quotes.len()],
            found: Vec::new(),
            label_paragraph,
        }
    }

    /// Runs every rule and returns the statements in text order.
    pub(crate) fn run(mut self) -> Vec<Found> {
        let cues = self.find_cues();
        for cue in &cues {
            let _ = self.quote_then_cue(cue)
                || self.cue_then_quote(cue, &cues)
                || self.nominal(cue, &cues)
                || self.reported_clause(cue, &cues)
                || self.clause_then_cue(cue, &cues)
                || self.content_complement(cue, &cues);
        }
        self.found.sort_by_key(|f| f.quote.start);
        self.floating();
        self.found
    }

    fn tok(&self, i: usize) -> &crate::token::Token<'t> {
        &self.doc.tokens[i]
    }

    fn sentence(&self, i: usize) -> Range<usize> {
        self.doc.sentences[self.doc.sentence_of[i]].clone()
    }

    /// The name run token `i` is in, if any.
    fn name_at(&self, i: usize) -> Option<usize> {
        self.name_of_token
            .get(i)
            .filter(|&&k| k != NO_NAME)
            .map(|&k| k as usize)
    }

    /// The pronoun of an inverted cue ("a-t-il", "dit-elle") and the verb before it.
    // Inlined: asked of every word by the cue finder, and the guard below ends it for
    // nearly all of them (inverted cues exist only in some languages, and there only in
    // hyphenated words); the suffix search stays out of line.
    #[inline(always)]
    fn inverted_pronoun(&self, i: usize) -> Option<(Span, &str)> {
        let t = self.tok(i);
        // A byte loop: words are short, and `contains` calls memchr.
        if !t.is_word
            || self.lang.inversion_suffixes.is_empty()
            || self.lang.inversion_needs_hyphen && !t.norm.bytes().any(|b| b == b'-')
        {
            return None;
        }
        self.inversion_suffix(t)
    }

    fn inversion_suffix<'s>(&'s self, t: &'s crate::token::Token<'t>) -> Option<(Span, &'s str)> {
        for suffix in &self.lang.inversion_suffixes {
            if let Some(base) = t.norm.strip_suffix(suffix.as_str()) {
                if !base.is_empty() {
                    let pronoun = suffix.rsplit('-').next().unwrap_or(suffix);
                    let span = Span::new(t.span.end - pronoun.len(), t.span.end);
                    if t.text.is_char_boundary(t.text.len() - pronoun.len()) {
                        return Some((span, base));
                    }
                }
            }
        }
        None
    }

    fn find_cues(&self) -> Vec<Cue> {
        let mut cues = Vec::new();
        let toks = &self.doc.tokens;
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            if !t.is_word || t.quote().is_some() {
                i += 1;
                continue;
            }
            let mut hit = None;
            // The word class tells cue starts without a lookup for every other word.
            let list = t
                .is(WordClass::CUE_START)
                .then(|| self.lang.cues.get(&*t.norm))
                .flatten();
            if let Some(list) = list {
                for (rest, kind) in list {
                    let ok = rest.iter().enumerate().all(|(k, w)| {
                        toks.get(i + 1 + k)
                            .is_some_and(|n| n.quote().is_none() && n.norm == *w)
                    });
                    if ok {
                        hit = Some(Cue {
                            first: i,
                            last: i + rest.len(),
                            kind: kind.clone(),
                            inverted: None,
                        });
                        break;
                    }
                }
            }
            if hit.is_none() {
                if let Some((span, base)) = self.inverted_pronoun(i) {
                    if let Some(list) = self.lang.cues.get(base) {
                        if let Some((_, kind)) = list.iter().find(|(rest, _)| rest.is_empty()) {
                            hit = Some(Cue {
                                first: i,
                                last: i,
                                kind: kind.clone(),
                                inverted: Some(span),
                            });
                        }
                    }
                }
            }
            match hit {
                Some(cue) => {
                    let plausible = match &cue.kind {
                        CueKind::Verb { lemma, .. } => {
                            !t.is_capitalised() && self.verb_is_speech(&cue, lemma)
                        }
                        CueKind::Nominal => true,
                        CueKind::SentenceInitial => self.sentence(i).start == i,
                    };
                    i = cue.last + 1;
                    if plausible && !self.label_paragraph[self.doc.paragraph_of(cue.first)] {
                        cues.push(cue);
                    }
                }
                None => i += 1,
            }
        }
        cues
    }

    /// False for a speech verb that reports nothing here: negated ("did not say"), an
    /// infinitive ("declined to say"), or an English bare form read as a noun ("a civil claim").
    fn verb_is_speech(&self, cue: &Cue, lemma: &str) -> bool {
        let floor = self.sentence(cue.first).start;
        let mut i = cue.first;
        let mut left = None;
        while i > floor {
            let t = self.tok(i - 1);
            if !t.is_word || t.quote().is_some() {
                break;
            }
            if t.is(WordClass::NEGATIONS) {
                return false;
            }
            if t.is(WordClass::ADVERBS) || t.is(WordClass::AUXILIARIES) {
                left.get_or_insert(i - 1);
                i -= 1;
                continue;
            }
            if left.is_none() {
                left = Some(i - 1);
            }
            break;
        }
        let Some(l) = left.filter(|_| i > floor || left.is_some()) else {
            return true;
        };
        let before = self.tok(l);
        if l + 1 == cue.first && before.is(WordClass::INFINITIVE_MARKERS) {
            return false;
        }
        let bare = cue.first == cue.last && self.tok(cue.first).norm == lemma;
        if bare && self.lang.bare_form_needs_plural_subject && l + 1 == cue.first {
            let next = self.doc.tokens.get(cue.last + 1);
            // "… say the issue is", "say that": a clause after it makes it a verb.
            let clause_follows = next.is_some_and(|t| {
                t.is(WordClass::COMPLEMENTIZERS)
                    || t.is(WordClass::SUBJECT_PRONOUNS)
                    || t.is(WordClass::DEFINITE)
            });
            let ok = before.is(WordClass::SUBJECT_PRONOUNS)
                || before.is(WordClass::AUXILIARIES)
                || before.is_capitalised()
                || before.norm.ends_with('s')
                || (clause_follows
                    && !before.is(WordClass::DETERMINER)
                    && !before.is(WordClass::PREPOSITIONS));
            return ok;
        }
        true
    }

    fn is_participle(&self, cue: &Cue) -> bool {
        self.participle_form(cue.first)
    }

    /// True when the word at `i` has a participle's ending ("citing", "raising").
    fn participle_form(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.is_word
            && self
                .lang
                .participle_endings
                .iter()
                .any(|e| t.norm.ends_with(e.as_str()))
    }

    /// The verb span: the whole cue phrase, without a glued pronoun ("déclare-t-il" → "déclare").
    fn verb_span(&self, cue: &Cue) -> Span {
        let span = self.doc.token_span(cue.first, cue.last);
        match cue.inverted {
            Some(_) if cue.first == cue.last => {
                let t = self.tok(cue.first);
                let suffix = self
                    .lang
                    .inversion_suffixes
                    .iter()
                    .find(|s| t.norm.ends_with(s.as_str()));
                let cut = suffix.map_or(span.end, |s| span.end - s.len());
                if cut > span.start && self.doc.text.is_char_boundary(cut) {
                    Span::new(span.start, cut)
                } else {
                    span
                }
            }
            _ => span,
        }
    }

    /// Walks left from the cue over auxiliaries and adverbs. Returns where the subject must end
    /// and an inverted pronoun glued to an auxiliary ("a-t-il").
    fn skip_auxiliaries(&self, cue: &Cue) -> (usize, Option<Span>, bool) {
        let floor = self.sentence(cue.first).start;
        let mut i = cue.first;
        let mut passive = false;
        while i > floor {
            let t = self.tok(i - 1);
            if !t.is_word || t.quote().is_some() {
                break;
            }
            if let Some((span, base)) = self.inverted_pronoun(i - 1) {
                if self.lang.auxiliaries.contains(base) {
                    return (i - 1, Some(span), false);
                }
            }
            // A capital away from the sentence start is a name ("Ms. May said"), not "may".
            let name_like = t.is_capitalised() && i - 1 > floor;
            let clitic = t.is(WordClass::OBJECT_CLITICS) && i > floor + 1;
            if !name_like && (clitic || t.is(WordClass::AUXILIARIES) || t.is(WordClass::ADVERBS)) {
                // "est annoncé" is passive, "s'est dit" is not.
                let reflexive =
                    i >= floor + 2 && self.lang.reflexive_clitics.contains(&*self.tok(i - 2).norm);
                if i == cue.first && t.is(WordClass::PASSIVE_AUXILIARIES) && !reflexive {
                    passive = true;
                }
                i -= 1;
            } else {
                break;
            }
        }
        (i, None, passive)
    }

    fn is_left_boundary(&self, i: usize) -> bool {
        let t = self.tok(i);
        if t.quote().is_some() {
            return true;
        }
        if t.is_punct('(') || t.is_punct(')') {
            // "members of the Democratic Unionist Party (DUP)"
            return false;
        }
        if !t.is_word {
            // A hyphen inside a word ("the U.S.-based Centre") and an ampersand ("Bullpen
            // Research & Consulting") join, they do not separate.
            let glued = |a: usize, b: usize| {
                b < self.doc.tokens.len() && self.tok(a).span.end == self.tok(b).span.start
            };
            if t.text == "-" && i > 0 && glued(i - 1, i) && glued(i, i + 1) || t.text == "&" {
                return false;
            }
            // Dots after initials, abbreviations and dotted acronyms stay inside a name ("Mr.
            // Hawes", "The S.E.C.").
            return !(t.text == "."
                && i > 0
                && self.tok(i - 1).is_word
                && (self.tok(i - 1).text.chars().count() <= 4
                    || self.tok(i - 1).text.contains('.')));
        }
        t.is(WordClass::CLAUSE_OPENERS)
    }

    /// The subject written before the cue, with appositions resolved.
    fn subject_before(&self, end: usize, floor: usize) -> Option<Mention> {
        // "Rep. Ann Lee (D-Ohio) said": a parenthesis after the name is its affiliation.
        let end = self.before_parenthesis(end, floor);
        let mut j = end;
        while j > floor && !self.is_left_boundary(j - 1) {
            j -= 1;
        }
        // "Federal and state officials said", "Police and firefighters said": a short run of
        // words joined to the subject by a coordinator at the start of the sentence.
        if j > floor + 1 && j < end && self.tok(j - 1).is(WordClass::COORDINATORS) {
            let joined = (floor..j - 1).all(|k| {
                let t = self.tok(k);
                t.is_word
                    && t.quote().is_none()
                    && !t.is(WordClass::AUXILIARIES | WordClass::PRONOUNS | WordClass::CUE_START)
                    && !self.past_form(k)
            });
            let before = self.tok(j - 2);
            let short = j - 1 - floor <= 3
                && (before.is_capitalised() || before.is(WordClass::ROLE) || j - 1 - floor == 1);
            // "La Fédération nationale des eaux conditionnées et embouteillées a précisé": a
            // name that opens the sentence runs on past the coordinator.
            let named = j - 1 - floor <= 8
                && j > floor + 2
                && self.tok(floor + 1).is_capitalised()
                && (self.tok(floor).is_capitalised() || self.tok(floor).is(WordClass::DETERMINER))
                && j < end
                && j + 1 == end;
            if joined && (short || named) {
                j = floor;
            }
        }
        // "the lanky, bespectacled professor said": a comma between two adjectives after a
        // determiner that opens the subject.
        if j < end
            && j >= floor + 3
            && self.tok(j - 1).is_punct(',')
            && !self.tok(j).is_capitalised()
            && {
                let adjective = self.tok(j - 2);
                adjective.is_word
                    && !adjective.is_capitalised()
                    && !adjective.is(WordClass::PRONOUNS)
                    && !adjective.is(WordClass::PREPOSITIONS)
                    && !adjective.is(WordClass::CLAUSE_OPENERS)
            }
            && self.tok(j - 3).is(WordClass::DETERMINER)
            && (j - 3 == floor || self.is_left_boundary(j - 4))
        {
            j -= 3;
        }
        // "Barroso, le président de la commission européenne se dit …": a name opening the
        // clause, then its description in an apposition the writer left unclosed.
        if j < end
            && j >= floor + 2
            && self.tok(j - 1).is_punct(',')
            && self.tok(j).is(WordClass::DETERMINER)
        {
            let name = self
                .name_at(j - 2)
                .map(|k| (k, self.names[k].tokens.clone()));
            if let Some((k, name)) = name.filter(|(_, r)| {
                r.end == j - 1 && (r.start == floor || self.is_left_boundary(r.start - 1))
            }) {
                // The description must read as one: a mention of its own.
                if self.mention_of(j..end).is_some() {
                    return Some(Mention {
                        span: self.doc.token_span(name.start, name.end - 1),
                        tokens: name,
                        kind: MentionKind::Name(k),
                        role: Some(self.doc.token_span(j, end - 1)),
                    });
                }
            }
        }
        if j < end {
            // "… dans lequel elle dévoile": a pronoun right before the verb is the subject.
            let last = self.tok(end - 1);
            if end - j > 1 && last.is(WordClass::SUBJECT_PRONOUNS) {
                return self.mention_of(end - 1..end);
            }
            return self.mention_of(j..end);
        }
        // Nothing between a comma and the verb: "A, B, a déclaré", "Navdeep Bains, Minister
        // of Innovation, Science and Economic Development, said". Collect the comma-separated
        // segments backwards; the speaker is the leftmost one that is a name, the rest its role.
        // "a report in The Globe and Mail that, citing confidential sources, alleged": past a
        // participle phrase set off by commas, and the relative pronoun before it.
        if end > floor + 3 && self.tok(end - 1).is_punct(',') {
            let open = (floor..end - 1)
                .rev()
                .take(MAX_SUBJECT)
                .find(|&i| self.tok(i).is_punct(','));
            if let Some(open) = open.filter(|&o| o > floor + 1) {
                let participle =
                    self.participle_form(open + 1) && !self.tok(open + 1).is_capitalised();
                if participle && self.tok(open - 1).is(WordClass::RELATIVE_PRONOUNS) {
                    return self.subject_before(open - 1, floor);
                }
            }
        }
        if end > floor + 1 && self.tok(end - 1).is_punct(',') {
            let mut segments: Vec<Range<usize>> = Vec::new();
            let mut seg_end = end - 1;
            while segments.len() < 4 {
                let mut b = seg_end;
                // Inside one sentence a dot is an abbreviation's ("Sen. Debbie Stabenow,
                // D-Mich., a member of …").
                while b > floor
                    && !self.tok(b - 1).is_punct(',')
                    && (!self.is_left_boundary(b - 1)
                        || self.tok(b - 1).is_punct('.')
                        || segments.is_empty()
                            && self.tok(b - 1).is_word
                            && self.tok(b - 1).quote().is_none()
                            && (!self.tok(b - 1).is(WordClass::COMPLEMENTIZERS)
                                || self.relative_in_apposition(b - 1, floor)))
                {
                    b -= 1;
                }
                // "Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October,
                // says": a quotation inside a relative clause in apposition.
                if segments.is_empty() && b > floor + 1 && self.tok(b - 1).quote().is_some() {
                    let mut c = b;
                    while c > floor && !self.tok(c - 1).is_punct(',') && b - c < MAX_SUBJECT {
                        c -= 1;
                    }
                    let relative = c < b
                        && self
                            .tok(c)
                            .is(WordClass::PERSON_RELATIVES | WordClass::RELATIVE_PRONOUNS)
                        && c > floor + 1
                        && self.tok(c - 1).is_punct(',');
                    if relative {
                        b = c;
                    }
                }
                if b == seg_end {
                    break;
                }
                segments.push(b..seg_end);
                if b > floor + 1 && self.tok(b - 1).is_punct(',') {
                    seg_end = b - 1;
                } else {
                    break;
                }
            }
            segments.reverse();
            let mentions: Vec<Option<Mention>> = segments
                .iter()
                .map(|r| {
                    let first = self.tok(r.start);
                    let relative = first.is(WordClass::CLAUSE_OPENERS);
                    // "Later that month, …", "Rather than the current layout, …": a fronted
                    // adverbial, not a subject.
                    let adverbial =
                        first.is(WordClass::ADVERBS) && !first.is(WordClass::DETERMINER);
                    // "…, citing confidential sources, alleged": a participle phrase.
                    let participle = self.participle_form(r.start) && !first.is_capitalised();
                    if relative || adverbial || participle {
                        None
                    } else {
                        self.mention_of(r.clone())
                    }
                })
                .collect();
            let name_at = mentions.iter().zip(&segments).position(|(m, seg)| {
                m.as_ref().is_some_and(|m| {
                    matches!(m.kind, MentionKind::Name(_)) && m.tokens.start <= seg.start + 3
                })
            });
            let pick = name_at.or_else(|| mentions.iter().position(Option::is_some))?;
            let chosen = mentions[pick].clone()?;
            let role = segments
                .iter()
                .enumerate()
                .find(|(k, _)| *k != pick)
                .map(|(_, r)| self.doc.token_span(r.start, r.end - 1));
            return Some(Mention {
                role: chosen.role.or(role),
                ..chosen
            });
        }
        None
    }

    /// Where a subject ends before a closing parenthesis at `end - 1` ("Ann Lee (D-Ohio)"):
    /// at its opening one, when that is near and follows a word; else `end`.
    fn before_parenthesis(&self, end: usize, floor: usize) -> usize {
        if end < floor + 3 || !self.tok(end - 1).is_punct(')') {
            return end;
        }
        let open = (end.saturating_sub(10).max(floor + 1)..end - 1)
            .rev()
            .find(|&k| self.tok(k).is_punct('('));
        match open {
            Some(k) if self.tok(k - 1).is_word => k,
            _ => end,
        }
    }

    /// True when the word at `k` has a regular past ending ("changed", "raised").
    fn past_form(&self, k: usize) -> bool {
        let t = self.tok(k);
        self.lang
            .past_endings
            .iter()
            .any(|e| t.norm.len() > e.len() + 2 && t.norm.ends_with(e.as_str()))
    }

    /// "Ken Njoroge, chief executive of a company that offers mobile banking services, said":
    /// the "that" at `k` opens a relative clause after a noun inside an apposition, which
    /// starts at a comma after a name.
    fn relative_in_apposition(&self, k: usize, floor: usize) -> bool {
        let after_noun = k > floor && {
            let t = self.tok(k - 1);
            t.is_word && !t.is_capitalised() && !t.is(WordClass::DETERMINER)
        };
        let Some(comma) = (floor..k)
            .rev()
            .find(|&i| !self.tok(i).is_word || self.tok(i).quote().is_some())
            .filter(|&i| self.tok(i).is_punct(','))
        else {
            return false;
        };
        // The apposition names a role, not an amount ("…, 60 tour bags filled with clubs
        // that he used, notes …").
        let role_like = comma + 1 < k
            && !self
                .tok(comma + 1)
                .text
                .starts_with(|c: char| c.is_ascii_digit());
        after_noun
            && role_like
            && comma > floor
            && self
                .mention_of(floor.max(comma.saturating_sub(4))..comma)
                .is_some_and(|m| matches!(m.kind, MentionKind::Name(_)))
    }

    /// Classifies the words of `range` as a speaker mention.
    fn mention_of(&self, range: Range<usize>) -> Option<Mention> {
        let mut range = range;
        // "Philippe Gosselin (UMP)": a closing parenthetical is not the mention.
        if range.len() > 3 && self.tok(range.end - 1).is_punct(')') {
            if let Some(open) = (range.start + 1..range.end - 1)
                .rev()
                .find(|&i| self.tok(i).is_punct('('))
            {
                range.end = open;
            }
        }
        // Leading punctuation and sentence adverbs are not part of a mention.
        while range.start < range.end
            && (!self.tok(range.start).is_word || self.tok(range.start).is(WordClass::ADVERBS))
        {
            range.start += 1;
        }
        while range.start < range.end
            && !self.tok(range.end - 1).is_word
            && !self.tok(range.end - 1).is_punct('.')
        {
            range.end -= 1;
        }
        if range.is_empty() {
            return None;
        }
        if range.len() > MAX_SUBJECT {
            range.start = range.end - MAX_SUBJECT;
        }
        // "Calgary MP Michelle Rempel earlier this week": a time phrase after the name is
        // no part of the mention.
        if let Some(cut) = (range.start + 1..range.end).find(|&i| {
            let t = self.tok(i);
            t.is_word
                && !t.is_capitalised()
                && t.is(WordClass::MODIFIER_OPENERS)
                && self
                    .name_at(i - 1)
                    .is_some_and(|k| self.names[k].tokens.end == i)
        }) {
            range.end = cut;
        }
        // Nor does it end on a function word ("declined to", "its", "a").
        let last = self.tok(range.end - 1);
        if last.is_word
            && !last.is_capitalised()
            && (last.is(WordClass::PREPOSITIONS)
                || (last.is(WordClass::DETERMINER) && range.len() > 1)
                || last.is(WordClass::INFINITIVE_MARKERS)
                || last.is(WordClass::NEGATIONS)
                || last.is(WordClass::ADVERBS))
        {
            return None;
        }
        // A subject is a noun phrase: it does not open with a preposition or an adverb, and
        // holds no auxiliary or complementizer ("are directly affected", "to", "said in …").
        let first = self.tok(range.start);
        let lower_first = !first.is_capitalised();
        if (lower_first
            && (first.is(WordClass::ADVERBS) || first.is(WordClass::ADDRESSEE_PREPOSITIONS)))
            || (first.is(WordClass::PREPOSITIONS) && !first.is(WordClass::DETERMINER))
            // A figure is no subject, but an age before a name is ("16-year-old Xander Wise").
            || first.text.starts_with(|c: char| c.is_ascii_digit())
                && !(first.text.contains('-') && range.len() > 1)
            || last.text.starts_with(|c: char| c.is_ascii_digit())
            || (range.len() == 1 && first.is(WordClass::DETERMINER))
            || range.clone().any(|i| self.tok(i).is(WordClass::NEGATIONS))
        {
            return None;
        }
        if range.clone().any(|i| {
            let t = self.tok(i);
            t.is_word
                && !t.is_capitalised()
                && (t.is(WordClass::AUXILIARIES)
                    && !t.is(WordClass::DETERMINER)
                    && !t.is(WordClass::PREPOSITIONS)
                    || t.is(WordClass::COMPLEMENTIZERS)
                    // A speech verb inside is a clause, not a subject; a role noun with a
                    // verb's spelling ("conseiller") is still a noun.
                    // After a determiner it is a noun too ("The reports, citing …, said").
                    // An English bare form before another word is a noun that modifies
                    // it ("state officials", "report authors").
                    || !(t.is(WordClass::ROLE)
                        || i > range.start && self.tok(i - 1).is(WordClass::DETERMINER))
                        && self.lang.cues.get(&*t.norm).is_some_and(|l| {
                            l.iter().any(|(rest, k)| {
                                rest.is_empty()
                                    && matches!(k, CueKind::Verb { lemma, .. }
                                        if !(self.lang.bare_form_needs_plural_subject
                                            && *lemma == *t.norm
                                            && i + 1 < range.end
                                            && self.tok(i + 1).is_word))
                            })
                        }))
        }) {
            return None;
        }
        let span = self.doc.token_span(range.start, range.end - 1);
        if range.len() == 1 {
            let t = self.tok(range.start);
            if let Some(&g) = self.lang.pronouns.get(&*t.norm) {
                if t.is(WordClass::SUBJECT_PRONOUNS) || g != Gender::Unknown {
                    return Some(Mention {
                        span,
                        tokens: range,
                        kind: MentionKind::Pronoun(g),
                        role: None,
                    });
                }
            }
            // "« … », tente-t-il de corriger": the pronoun inverted after another verb.
            if let Some((pronoun, _)) = self.inverted_pronoun(range.start) {
                let word = crate::lang::fold(pronoun.slice(self.doc.text));
                if let Some(&g) = self.lang.pronouns.get(&*word) {
                    return Some(Mention {
                        span: pronoun,
                        tokens: range,
                        kind: MentionKind::Pronoun(g),
                        role: None,
                    });
                }
            }
        }
        let runs: Vec<usize> = range
            .clone()
            .filter_map(|i| self.name_at(i))
            .collect::<Vec<_>>();
        let mut runs = runs;
        runs.dedup();
        let run_range = |k: usize| {
            let r = &self.names[k].tokens;
            r.start.max(range.start)..r.end.min(range.end)
        };
        if let Some(&last) = runs.last() {
            let r = run_range(last);
            let before = r
                .start
                .checked_sub(1)
                .filter(|&p| p >= range.start)
                .map(|p| &*self.tok(p).norm);
            let after_preposition = before.is_some_and(|w| {
                self.lang.name_connectors.contains(w)
                    // "le porte-parole de la mission onusienne en Syrie": a place inside a
                    // role's description ("numbers from Statistics Canada" name their source).
                    || self.lang.prepositions.contains(w)
                        && !self.tok(range.start).is_capitalised()
                        && (range.start..r.start).any(|i| self.tok(i).is(WordClass::ROLE))
                    || self.lang.definite.contains(w)
                        && r.start >= range.start + 2
                        && self.tok(r.start-2).is(WordClass::NAME_CONNECTORS)
            });
            let ends_range =
                r.end == range.end || (r.end + 1 == range.end && self.tok(r.end).is_punct('.'));
            // "le ministère britannique de la Défense": a name inside a description.
            let inside_description = after_preposition
                || (before.is_some_and(|w| self.lang.is_determiner(w)) && r.start > range.start);
            if ends_range && !inside_description {
                let role =
                    (r.start > range.start).then(|| self.doc.token_span(range.start, r.start - 1));
                let role = role.filter(|s| {
                    // A lone determiner or honorific is not a role.
                    let words = s.slice(self.doc.text).split_whitespace().count();
                    words > 1
                        || !self.tok(range.start).is(WordClass::DETERMINER)
                            && !self.tok(range.start).is(WordClass::HONORIFICS)
                });
                let start = if role.is_none() { range.start } else { r.start };
                return Some(Mention {
                    span: self.doc.token_span(start, r.end - 1),
                    tokens: start..r.end,
                    kind: MentionKind::Name(last),
                    role,
                });
            }
            let first = runs[0];
            let r0 = run_range(first);
            // "Rami Abd al-Rahman de l'Observatoire syrien …": a name and its affiliation.
            let affiliation =
                r0.end < range.end && self.tok(r0.end).is(WordClass::PREPOSITIONS) && r0.len() >= 2;
            // "Federal and state officials": a coordinated noun phrase, not the name.
            let coordinated = r0.end < range.end && self.tok(r0.end).is(WordClass::COORDINATORS);
            if r0.start == range.start
                && range.len() > r0.len() + 2
                && (range.len() <= 10 || affiliation)
                && !coordinated
            {
                // "TVE a émis un communiqué affirmant …": the clause's subject.
                let role = affiliation.then(|| self.doc.token_span(r0.end, range.end - 1));
                return Some(Mention {
                    span: self.doc.token_span(r0.start, r0.end - 1),
                    tokens: r0,
                    kind: MentionKind::Name(first),
                    role,
                });
            }
        }
        Some(Mention {
            span,
            tokens: range,
            kind: MentionKind::Description,
            role: None,
        })
    }

    /// The subject written after an inverted verb ("said Rockets manager Bruce Hamilton").
    fn subject_after(&self, from: usize, limit: usize) -> Option<Mention> {
        let mut from = from;
        // "indique aujourd'hui les services de …"
        while from < limit && self.tok(from).is_word && self.tok(from).is(WordClass::ADVERBS) {
            from += 1;
        }
        // "a expliqué à l'AFP Gilles-Éric Séralini": past the addressee to the subject.
        if let Some(end) = self.addressee_end(from, limit).filter(|&e| e < limit) {
            let next = self.tok(end);
            if next.is_capitalised() || next.is(WordClass::DETERMINER) {
                from = end;
            }
        }
        let mut end = from;
        while end < limit && end < from + MAX_SUBJECT {
            let t = self.tok(end);
            // A dot inside a name ("Harry J. Kazianis") does not end the subject.
            let dot_in_name = t.text == "."
                && end > from
                && self.tok(end - 1).text.chars().count() <= 4
                && end + 1 < limit
                && self.tok(end + 1).is_capitalised();
            if t.quote().is_some() || (!t.is_word && !dot_in_name) {
                break;
            }
            // "Heart and Stroke senior manager Erin Kim": "and" between capitals is in a name.
            let inside_name = t.is(WordClass::COORDINATORS)
                && self.tok(end - 1).is_capitalised()
                && end + 1 < limit
                && self.tok(end + 1).is_capitalised();
            // "said oil and gas worker Mike Wipf": "and" inside an occupation before a name.
            let inside_occupation = t.is(WordClass::COORDINATORS)
                && end > from
                && end - from <= 3
                && !self.tok(from).is_capitalised()
                && !self.tok(from).is(WordClass::DETERMINER)
                && (end + 1..(end + 5).min(limit)).any(|i| self.tok(i).is_capitalised());
            if end > from
                && !t.is_capitalised()
                && !inside_name
                && !inside_occupation
                && (t.is(WordClass::CLAUSE_OPENERS)
                    || t.is(WordClass::ADDRESSEE_PREPOSITIONS)
                    || t.is(WordClass::MODIFIER_OPENERS)
                    || t.is(WordClass::COMPLEMENTIZERS))
            {
                break;
            }
            if end == from && !t.is_word {
                break;
            }
            end += 1;
        }
        if end == from {
            return None;
        }
        let first = self.tok(from);
        // A subject after the verb must look like one: a name, a pronoun or a determiner, or
        // a few words of occupation before a name that ends it ("said oil and gas worker
        // Mike Wipf", "said lead author Dr. Allan Garland").
        let occupation_then_name = || {
            let name_start = (from..end).find(|&i| self.tok(i).is_capitalised());
            name_start.is_some_and(|s| {
                s - from <= 5
                    && self.name_at(s).is_some_and(|k| {
                        let run = &self.names[k].tokens;
                        run.start == s && run.end >= end
                    })
                    || self.tok(s).is(WordClass::HONORIFICS)
                        && self.name_at(s + 2).is_some_and(|k| {
                            self.names[k].tokens.start > s && self.names[k].tokens.end >= end
                        })
            })
        };
        if !(first.is_capitalised()
            || first.is(WordClass::DETERMINER)
            || first.is(WordClass::PRONOUNS)
            || self.lang.roles.contains(&*first.norm)
            || occupation_then_name())
        {
            return None;
        }
        let mention = self.mention_of(from..end)?;
        // "says Campbell’s partner, Jason Louth, who …": the name in apposition speaks.
        if mention.kind == MentionKind::Description
            && end + 1 < limit
            && self.tok(end).is_punct(',')
        {
            if let Some(k) = self.name_at(end + 1) {
                let run = self.names[k].tokens.clone();
                if run.start == end + 1 && (run.end >= limit || !self.tok(run.end).is_word) {
                    return Some(Mention {
                        span: self.doc.token_span(run.start, run.end - 1),
                        tokens: run,
                        kind: MentionKind::Name(k),
                        role: Some(mention.span),
                    });
                }
            }
        }
        Some(mention)
    }

    fn subject_for(&self, cue: &Cue, after_limit: usize) -> (Option<Mention>, usize) {
        if let Some(span) = cue.inverted {
            return (Some(self.pronoun_mention(span, cue.first)), cue.last + 1);
        }
        let (end, inverted, _) = self.skip_auxiliaries(cue);
        if let Some(span) = inverted {
            return (Some(self.pronoun_mention(span, end)), cue.last + 1);
        }
        let floor = self.sentence(cue.first).start;
        // "Selon l'AFP, le Conseil … a appelé": the source phrase is no part of the subject.
        let floor = self.source_phrase_end(floor, end).unwrap_or(floor);
        if let Some(m) = self.subject_before(end, floor) {
            return (Some(m), cue.last + 1);
        }
        // "veteran MPs who say …": a relative pronoun stands for the noun phrase before it.
        if end > floor + 1 && self.tok(end - 1).is(WordClass::RELATIVE_PRONOUNS) {
            if let Some(m) = self.subject_before(end - 1, floor) {
                return (Some(m), cue.last + 1);
            }
        }
        // "X a fait voter et a déclaré que …": the subject of the first verb.
        if end > floor && self.tok(end - 1).is(WordClass::COORDINATORS) {
            if let Some(m) = self.sentence_subject(floor, end - 1) {
                return (Some(m), cue.last + 1);
            }
        }
        // "Trudeau called the allegation “false” and in a carefully worded response said …":
        // the same, past a prepositional phrase after the conjunction.
        let coordinator = (end.saturating_sub(8).max(floor + 1)..end.saturating_sub(2))
            .rev()
            .find(|&k| {
                self.tok(k).is(WordClass::COORDINATORS)
                    && self.tok(k + 1).is(WordClass::PREPOSITIONS)
                    && (k + 1..end).all(|i| self.tok(i).is_word && self.tok(i).quote().is_none())
            });
        if let Some(k) = coordinator {
            if let Some(m) = self.sentence_subject(floor, k) {
                return (Some(m), cue.last + 1);
            }
        }
        match self.subject_after(cue.last + 1, after_limit) {
            Some(m) => {
                let next = m.tokens.end;
                (Some(m), next)
            }
            None => (None, cue.last + 1),
        }
    }

    /// Where a sentence-opening source phrase ("Selon l'AFP,", "According to police,") ends,
    /// after its comma, when that comma comes before `end`.
    fn source_phrase_end(&self, start: usize, end: usize) -> Option<usize> {
        let list = self.lang.cues.get(&*self.tok(start).norm)?;
        let (rest, _) = list.iter().find(|(rest, kind)| {
            matches!(kind, CueKind::Nominal | CueKind::SentenceInitial)
                && rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| start + 1 + k < end && self.tok(start + 1 + k).norm == *w)
        })?;
        let source = start + 1 + rest.len();
        let comma = (source..end.min(source + MAX_SUBJECT + 1))
            .find(|&i| self.tok(i).is_punct(',') || self.tok(i).quote().is_some())?;
        (comma > source && self.tok(comma).is_punct(',')).then_some(comma + 1)
    }

    /// The person the paragraph is about: the subject of its last sentence that opens with
    /// a person's name or a personal pronoun.
    fn paragraph_subject(&self, paragraph: usize) -> Option<Mention> {
        let sentences = self.doc.paragraphs[paragraph].sentences.clone();
        sentences.rev().find_map(|s| self.sentence_person(s))
    }

    /// A personal pronoun, a name of two words or more that opens with a given name, or the
    /// surname of such a name written earlier ("Jeanine Durning …" then "Durning did not …").
    fn surely_person(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Pronoun(_) => true,
            MentionKind::Name(k) if m.tokens.len() == 1 => {
                // Writing the last word alone shows it is a surname, even for a given name the
                // language file does not know.
                let surname = &self.tok(m.tokens.start).norm;
                self.names[..k].iter().any(|r| {
                    r.tokens.len() >= 2
                        && self.tok(r.tokens.end - 1).norm == *surname
                        && !r
                            .tokens
                            .clone()
                            .any(|j| self.tok(j).is(WordClass::ORGANISATION_MARKERS))
                })
            }
            MentionKind::Name(_) => {
                m.tokens.len() >= 2 && self.tok(m.tokens.start).is(WordClass::GIVEN_NAME)
            }
            MentionKind::Description => false,
        }
    }

    /// The person sentence `s` opens with: a personal pronoun or a name that is no
    /// organisation within its first four tokens.
    fn sentence_person(&self, s: usize) -> Option<Mention> {
        let range = self.doc.sentences[s].clone();
        let head = range.start..range.end.min(range.start + 4);
        for i in head {
            let t = self.tok(i);
            if let Some(&g) = self
                .lang
                .pronouns
                .get(&*t.norm)
                .filter(|_| t.is(WordClass::SUBJECT_PRONOUNS))
            {
                if matches!(g, Gender::Masculine | Gender::Feminine) {
                    return Some(Mention {
                        span: t.span,
                        tokens: i..i + 1,
                        kind: MentionKind::Pronoun(g),
                        role: None,
                    });
                }
            }
            if let Some(k) = self.name_at(i) {
                let r = self.names[k].tokens.clone();
                let organisation = r
                    .clone()
                    .any(|j| self.tok(j).is(WordClass::ORGANISATION_MARKERS));
                if !organisation {
                    return Some(Mention {
                        span: self.doc.token_span(r.start, r.end - 1),
                        tokens: r,
                        kind: MentionKind::Name(k),
                        role: None,
                    });
                }
            }
        }
        None
    }

    /// The first name or subject pronoun of a sentence, before `end`.
    fn sentence_subject(&self, floor: usize, end: usize) -> Option<Mention> {
        for i in floor..end {
            let t = self.tok(i);
            if t.quote().is_some() {
                continue;
            }
            if let Some(k) = self.name_at(i) {
                let r = self.names[k].tokens.clone();
                let before = r.start.checked_sub(1).map(|p| &*self.tok(p).norm);
                if before.is_some_and(|w| self.lang.prepositions.contains(w)) {
                    continue;
                }
                return Some(Mention {
                    span: self.doc.token_span(r.start, r.end - 1),
                    tokens: r.clone(),
                    kind: MentionKind::Name(k),
                    role: None,
                });
            }
            if t.is(WordClass::SUBJECT_PRONOUNS) {
                return Some(self.pronoun_mention(t.span, i));
            }
        }
        None
    }

    fn pronoun_mention(&self, span: Span, token: usize) -> Mention {
        let word = crate::lang::fold(span.slice(self.doc.text)).into_owned();
        let g = self
            .lang
            .pronouns
            .get(&word)
            .copied()
            .unwrap_or(Gender::Unknown);
        Mention {
            span,
            tokens: token..token + 1,
            kind: MentionKind::Pronoun(g),
            role: None,
        }
    }

    fn push(&mut self, f: Found) {
        self.found.push(f);
    }

    fn quote_index_ending_before(&self, i: usize) -> Option<usize> {
        let t = self.tok(i.checked_sub(1)?);
        t.quote()
    }

    /// “Q,” X said. / « Q », a-t-il déclaré. / “Q.” Hamilton said.
    fn quote_then_cue(&mut self, cue: &Cue) -> bool {
        if cue.kind == CueKind::SentenceInitial {
            return false;
        }
        let para = self.doc.paragraph_of(cue.first);
        let ptoks = self.doc.paragraphs[para].tokens.clone();
        // The nearest quotation before the cue, with only a short subject between.
        let mut k = cue.first;
        let glued = if matches!(cue.kind, CueKind::Verb { .. }) {
            self.skip_auxiliaries(cue).1
        } else {
            None
        };
        // Clause words may stand only inside an apposition: “Q,” Bill Sims, the director of
        // engineering and public works, said.
        let mut comma_seen = false;
        while k > ptoks.start && self.tok(k - 1).quote().is_none() {
            let t = self.tok(k - 1);
            comma_seen |= t.is_punct(',');
            let abbreviation_dot = t.text == "."
                && k >= 2
                && self.tok(k - 2).is_word
                && (self.tok(k - 2).is(WordClass::ABBREVIATIONS)
                    || self.tok(k - 2).text.chars().count() == 1);
            // “Q” on Twitter — Scheer insists …: a dash after some words starts a new clause.
            let dash_far = (t.is_punct('—') || t.is_punct('–'))
                && (k..cue.first).filter(|&x| self.tok(x).is_word).count() >= 2
                && (ptoks.start..k - 1)
                    .rev()
                    .take_while(|&x| self.tok(x).quote().is_none())
                    .filter(|&x| self.tok(x).is_word)
                    .count()
                    >= 2;
            if dash_far
                || t.is_terminator() && !abbreviation_dot
                || t.is_punct(':')
                || t.is_punct(';')
                || (t.is_word
                    && !comma_seen
                    && t.is(WordClass::CLAUSE_OPENERS)
                    && !t.is(WordClass::AUXILIARIES))
            {
                return false;
            }
            if cue.first - k > 20 {
                return false;
            }
            k -= 1;
        }
        let Some(q) = self.quote_index_ending_before(k) else {
            return false;
        };
        if self.used_quote[q] || k == ptoks.start {
            return false;
        }
        // A quotation that closed its own sentence (“….” The company noted that …) does not
        // belong to a cue that has a complement of its own.
        let inside = &self.doc.text[self.doc.quotes[q].span.start..self.doc.quotes[q].span.end];
        // … and a new sentence starts right after it, with a capital.
        let next_is_capital = self
            .doc
            .tokens
            .get(self.first_token_of_quote(q) + 1..)
            .and_then(|rest| rest.iter().find(|t| t.quote() != Some(q)))
            .is_some_and(|t| t.is_word && t.is_capitalised());
        let closed_sentence = next_is_capital
            && inside
                .chars()
                .rev()
                .skip(1)
                .take(2)
                .any(|c| matches!(c, '.' | '!' | '?'));
        if closed_sentence && matches!(cue.kind, CueKind::Verb { .. }) {
            let limit = self.clause_limit(cue.last + 1);
            // Past an inverted subject first: “…?” said Gokool.
            let subject_between = (k..cue.first).any(|x| self.tok(x).is_word);
            let from = if subject_between {
                cue.last + 1
            } else {
                self.subject_after(cue.last + 1, limit)
                    .map_or(cue.last + 1, |m| m.tokens.end)
            };
            let (after, _) = self.skip_complements(from, limit, false);
            let has_complement = self.doc.tokens.get(after).is_some_and(|t| {
                after < limit
                    && t.is_word
                    && (t.is(WordClass::COMPLEMENTIZERS) || !t.is(WordClass::CLAUSE_OPENERS))
            });
            if has_complement {
                return false;
            }
        }
        // Between the quote and the cue: punctuation, then a subject, then auxiliaries.
        let mut s = k;
        while s < cue.first && !self.tok(s).is_word {
            s += 1;
        }
        let limit = self.clause_limit(cue.last + 1);
        let inverted_after_comma = self.inverted_after_comma(cue, limit);
        let (speaker, next) = if let Some(span) = cue.inverted {
            (Some(self.pronoun_mention(span, cue.first)), cue.last + 1)
        } else if let Some(span) = glued {
            (
                Some(self.pronoun_mention(span, cue.first - 1)),
                cue.last + 1,
            )
        } else if let Some(m) = inverted_after_comma.clone() {
            // "… “Activate” website and an app which includes coaching, …, says Kim.": the
            // words before the cue are the statement's, the subject follows it.
            let n = m.tokens.end;
            (Some(m), n)
        } else if s < cue.first {
            let (end, _, _) = self.skip_auxiliaries(cue);
            let m = if s < end {
                self.subject_before(end, s)
            } else {
                None
            };
            if m.is_none() && s < end {
                return false;
            }
            match m {
                Some(m) => (Some(m), cue.last + 1),
                None => match self.subject_after(cue.last + 1, limit) {
                    Some(m) => {
                        let n = m.tokens.end;
                        (Some(m), n)
                    }
                    None => (None, cue.last + 1),
                },
            }
        } else {
            match self.subject_after(cue.last + 1, limit) {
                Some(m) => {
                    let n = m.tokens.end;
                    (Some(m), n)
                }
                None => (None, cue.last + 1),
            }
        };
        if matches!(cue.kind, CueKind::Nominal) && speaker.is_none() {
            return false;
        }
        let (speaker, next) = if matches!(cue.kind, CueKind::Nominal) {
            match self.subject_after(cue.last + 1, limit) {
                Some(m) => {
                    let n = m.tokens.end;
                    (Some(m), n)
                }
                None => (speaker, next),
            }
        } else {
            (speaker, next)
        };
        let quote = self.doc.quotes[q];
        let mut quote_span = quote.span;
        let first_tok = self.first_token_of_quote(q);
        let sent = self.sentence(first_tok);
        if first_tok > sent.start {
            // A partial quote closing a sentence: “Her time has been “life-changing,” she said.”
            let prev = self.tok(first_tok - 1);
            let lead_in_has_quote = (sent.start..first_tok).any(|i| self.tok(i).quote().is_some());
            if self.lang.partial_quote_takes_sentence
                && !prev.is_punct(':')
                && !lead_in_has_quote
                && prev.is_word
            {
                quote_span = Span::new(self.tok(sent.start).span.start, quote.span.end);
            }
        }
        if inverted_after_comma.is_some() && self.lang.partial_quote_takes_sentence {
            // The words up to the comma before the cue are the statement's too.
            quote_span = Span::new(quote_span.start, self.tok(cue.first - 2).span.end);
        }
        let verb = self.verb_span(cue);
        let cue_span = self.cue_span(cue);
        self.used_quote[q] = true;
        self.push(Found {
            quote: quote_span,
            direct: true,
            speaker: speaker.clone(),
            verb: Some(verb),
            cue: Some(cue_span),
            addressee: self
                .addressee_after(next, limit)
                .or_else(|| self.addressee_after(cue.last + 1, limit)),
            method: Method::QuoteThenCue,
            paragraph: para,
            continues: false,
            implied: None,
        });
        self.interrupted(next, ptoks.end, speaker, verb, cue_span, para);
        true
    }

    /// The subject right after a cue that follows a comma and several words, when it ends
    /// the sentence or its clause: "…, goal setting, says Kim."
    fn inverted_after_comma(&self, cue: &Cue, limit: usize) -> Option<Mention> {
        if cue.first < 3
            || !self.tok(cue.first - 1).is_punct(',')
            || self.tok(cue.first - 2).quote().is_some()
        {
            return None;
        }
        let m = self.subject_after(cue.last + 1, limit)?;
        let closes = self
            .doc
            .tokens
            .get(m.tokens.end)
            .is_none_or(|t| t.is_terminator() || t.is_punct(','));
        (closes && matches!(m.kind, MentionKind::Name(_) | MentionKind::Pronoun(_))).then_some(m)
    }

    /// “Q1,” she said, “Q2.”: the second half.
    /// The second part of a statement its cue interrupts: it keeps the cue, or continues the
    /// speaker with none, as the language's convention says.
    fn second_half(
        &self,
        quote: Span,
        direct: bool,
        paragraph: usize,
        speaker: Option<Mention>,
        verb: Option<Span>,
        cue: Option<Span>,
    ) -> Found {
        let keeps = self.lang.interrupted_quote_keeps_cue;
        Found {
            speaker: speaker.filter(|_| keeps),
            verb: verb.filter(|_| keeps),
            cue: cue.filter(|_| keeps),
            continues: !keeps,
            ..Found::bare(quote, direct, Method::Interrupted, paragraph)
        }
    }

    fn interrupted(
        &mut self,
        from: usize,
        para_end: usize,
        speaker: Option<Mention>,
        verb: Span,
        cue: Span,
        para: usize,
    ) {
        let mut i = from;
        let mut steps = 0;
        while i < para_end && self.tok(i).quote().is_none() {
            let t = self.tok(i);
            if t.is_terminator() || steps > 8 {
                return;
            }
            i += 1;
            steps += 1;
        }
        if i >= para_end || !self.tok(i - 1).is_punct(',') && !self.tok(i - 1).is_punct(':') {
            return;
        }
        let Some(q) = self.tok(i).quote() else { return };
        if self.used_quote[q] {
            return;
        }
        self.used_quote[q] = true;
        let half = self.second_half(
            self.doc.quotes[q].span,
            true,
            para,
            speaker,
            Some(verb),
            Some(cue),
        );
        self.push(half);
    }

    fn first_token_of_quote(&self, q: usize) -> usize {
        let start = self.doc.quotes[q].span.start;
        self.doc.tokens.partition_point(|t| t.span.start < start)
    }

    fn cue_span(&self, cue: &Cue) -> Span {
        let (start, _, _) = if matches!(cue.kind, CueKind::Verb { .. }) {
            self.skip_auxiliaries(cue)
        } else {
            (cue.first, None, false)
        };
        self.doc.token_span(start.min(cue.first), cue.last)
    }

    /// The end of the clause that starts at `from`: the sentence end or the next quotation.
    fn clause_limit(&self, from: usize) -> usize {
        if from >= self.doc.tokens.len() {
            return self.doc.tokens.len();
        }
        let sent = self.sentence(from.min(self.doc.tokens.len() - 1));
        let mut i = from;
        while i < sent.end && self.tok(i).quote().is_none() {
            i += 1;
        }
        i
    }

    fn addressee_after(&self, from: usize, limit: usize) -> Option<Span> {
        let end = self.addressee_end(from, limit)?;
        Some(self.doc.token_span(from, end - 1))
    }

    /// The token after the addressee phrase at `from` ("à l'AFP", "to reporters", "au New
    /// York Times"): a preposition, its article, then one name or a few common words, so that
    /// an inverted subject after it ("a expliqué à l'AFP Gilles-Éric Séralini") is not taken in.
    fn addressee_end(&self, from: usize, limit: usize) -> Option<usize> {
        let t = self.doc.tokens.get(from)?;
        if from >= limit || !t.is(WordClass::ADDRESSEE_PREPOSITIONS) {
            return None;
        }
        let mut end = from + 1;
        while end < limit && self.tok(end).is_word && self.tok(end).is(WordClass::DETERMINER) {
            end += 1;
        }
        if let Some(k) = self.name_at(end) {
            let run = &self.names[k].tokens;
            if run.start == end {
                return Some(run.end.min(limit));
            }
        }
        let words_from = end;
        while end < limit
            && self.tok(end).is_word
            && end < words_from + 4
            && !self.tok(end).is(WordClass::COMPLEMENTIZERS)
            && (end == words_from
                || !self.tok(end).is_capitalised() && !self.tok(end).is(WordClass::DETERMINER))
        {
            end += 1;
        }
        (end > words_from).then_some(end)
    }

    /// X a déclaré : « Q » / X said: “Q”
    fn cue_then_quote(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        if !matches!(cue.kind, CueKind::Verb { .. }) {
            return false;
        }
        let para = self.doc.paragraph_of(cue.first);
        let ptoks = self.doc.paragraphs[para].tokens.clone();
        let mut i = cue.last + 1;
        let mut words = 0;
        // The next cue, if any: a quotation after it is its own.
        let next_cue = cues
            .get(cues.partition_point(|c| c.first <= cue.last))
            .map_or(usize::MAX, |c| c.first);
        while i < ptoks.end && self.tok(i).quote().is_none() {
            let t = self.tok(i);
            if t.is_terminator()
                || t.is_punct(';')
                || i >= next_cue
                || (t.is_word && t.is(WordClass::COMPLEMENTIZERS))
            {
                return false;
            }
            if t.is_word {
                words += 1;
            }
            if words > 8 {
                return false;
            }
            i += 1;
        }
        if i >= ptoks.end {
            return false;
        }
        let Some(q) = self.tok(i).quote() else {
            return false;
        };
        if self.used_quote[q] {
            return false;
        }
        let before = self.tok(i - 1);
        // "a dénoncé un « Incident grave ! »": only a determiner between.
        let determiner_only = i == cue.last + 2 && before.is(WordClass::DETERMINER);
        let direct_intro = determiner_only
            || before.is_punct(':')
            || before.is_punct(',')
            || i == cue.last + 1
            || before.is_punct('—')
            || before.is_punct('–');
        if !direct_intro && !self.names_object(cue, i) && !self.tells_to(cue, i) {
            return false;
        }
        let limit = i;
        // "Sparkes was one of them, calling it a “global takeover.”": the main clause's subject.
        let (speaker, next) = if self.is_participle(cue) {
            (self.participle_subject(cue), cue.last + 1)
        } else {
            self.subject_for(cue, limit)
        };
        let Some(speaker) = speaker else { return false };
        let verb = self.verb_span(cue);
        self.used_quote[q] = true;
        self.push(Found {
            quote: self.doc.quotes[q].span,
            direct: true,
            speaker: Some(speaker),
            verb: Some(verb),
            cue: Some(self.cue_span(cue)),
            addressee: self.addressee_after(next, limit),
            method: Method::CueThenQuote,
            paragraph: para,
            continues: false,
            implied: None,
        });
        true
    }

    /// True when an addressee verb, the one told, then a quotation opening on an infinitive
    /// stand at `quote`: "urged the British government “to clarify its intentions …”".
    fn tells_to(&self, cue: &Cue, quote: usize) -> bool {
        let CueKind::Verb { lemma, .. } = &cue.kind else {
            return false;
        };
        let told = cue.last + 1..quote;
        let first_inside = self.doc.tokens[quote..].iter().take(2).find(|t| t.is_word);
        self.lang.addressee_verbs.contains(lemma.as_str())
            && (1..=5).contains(&told.len())
            && told.clone().all(|k| {
                let t = self.tok(k);
                t.is_word && !t.is(WordClass::CLAUSE_OPENERS) && !t.is(WordClass::SUBJECT_PRONOUNS)
            })
            && first_inside.is_some_and(|t| t.is(WordClass::INFINITIVE_MARKERS))
    }

    /// True when the words between a naming verb and the quotation at `quote` are its object,
    /// then maybe a link word: "called the conclusion “bold”", "described it as “…”",
    /// "qualifie la décision de « … »".
    fn names_object(&self, cue: &Cue, quote: usize) -> bool {
        let CueKind::Verb { lemma, .. } = &cue.kind else {
            return false;
        };
        if !self.lang.naming_verbs.contains(lemma.as_str()) {
            return false;
        }
        let mut end = quote;
        if end > cue.last + 1 && self.lang.naming_links.contains(&*self.tok(end - 1).norm) {
            end -= 1;
        }
        let object = cue.last + 1..end;
        let first = self.tok(cue.last + 1);
        (1..=5).contains(&object.len())
            && object.clone().all(|k| self.tok(k).is_word)
            && (first.is(WordClass::DETERMINER)
                || first.is(WordClass::PRONOUNS)
                || first.is_capitalised())
    }

    /// Selon X, … / According to X, … / …, according to X. / Pour X, …
    fn nominal(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        if matches!(cue.kind, CueKind::Verb { .. }) {
            return false;
        }
        let sent = self.sentence(cue.first);
        // The source: the words after the cue up to a comma or the sentence end.
        let mut end = cue.last + 1;
        while end < sent.end
            && self.tok(end).quote().is_none()
            && !self.tok(end).is_punct(',')
            && !self.tok(end).is_terminator()
            && !self.tok(end).is_punct(':')
        {
            end += 1;
        }
        // "according to a senior aide who spoke on condition of anonymity": the relative
        // clause describes the source; the mention ends before it.
        let source_end = (cue.last + 2..end)
            .find(|&i| self.tok(i).is(WordClass::RELATIVE_PRONOUNS))
            .unwrap_or(end);
        if end == cue.last + 1 || source_end - cue.last - 1 > MAX_SUBJECT {
            return false;
        }
        let Some(mut speaker) = self.mention_of(cue.last + 1..source_end) else {
            return false;
        };
        // "according to a study released Monday by Civic Action": the document's author.
        if speaker
            .tokens
            .clone()
            .any(|i| self.tok(i).is(WordClass::DOCUMENT_NOUNS))
        {
            let author = (speaker.tokens.end..end)
                .find(|&i| self.lang.agent_prepositions.contains(&*self.tok(i).norm))
                .and_then(|by| self.name_at(by + 1))
                .filter(|&k| self.names[k].tokens.end <= end);
            if let Some(k) = author {
                let r = self.names[k].tokens.clone();
                speaker = Mention {
                    span: self.doc.token_span(r.start, r.end - 1),
                    tokens: r,
                    kind: MentionKind::Name(k),
                    role: None,
                };
            }
        }
        if cue.kind == CueKind::SentenceInitial {
            // "Pour X," needs a person: a name, a pronoun or a role.
            let personal = matches!(speaker.kind, MentionKind::Name(_) | MentionKind::Pronoun(_))
                || (speaker.tokens.clone()).any(|i| self.lang.roles.contains(&*self.tok(i).norm));
            if !personal || end >= sent.end || !self.tok(end).is_punct(',') {
                return false;
            }
        }
        let sentence_initial = (sent.start..cue.first).all(|i| {
            let t = self.tok(i);
            !t.is_word && t.quote().is_none()
                || t.is(WordClass::CLAUSE_OPENERS)
                || t.is(WordClass::ADVERBS)
        });
        let quote_range = if sentence_initial {
            // Selon X, CLAUSE.
            let mut start = end;
            while start < sent.end
                && (self.tok(start).is_punct(',') || self.tok(start).is_punct(':'))
            {
                start += 1;
            }
            let mut stop = self.clause_end(start, sent.end, cues);
            while stop > start
                && !self.tok(stop - 1).is_word
                && self.tok(stop - 1).quote().is_none()
            {
                stop -= 1;
            }
            if stop <= start {
                return false;
            }
            // "Selon l'AFP, le Conseil national syrien … a appelé à …": the clause names its
            // own speaker and speech verb; the source after the cue only relays it.
            let relayed = cues.iter().any(|c| {
                let CueKind::Verb { weak, .. } = c.kind else {
                    return false;
                };
                // A weak verb reports only with its clause ("a appelé à ce que").
                let reports = !weak
                    || (c.last + 1..(c.last + 4).min(stop))
                        .any(|i| self.tok(i).is(WordClass::COMPLEMENTIZERS));
                reports && c.first > start && c.first < stop && {
                    let (subject_end, _, passive) = self.skip_auxiliaries(c);
                    !passive
                        && self.subject_before(subject_end, start).is_some_and(|m| {
                            m.tokens.start <= start + 1
                                && !matches!(m.kind, MentionKind::Pronoun(_))
                        })
                }
            });
            if relayed {
                return false;
            }
            start..stop
        } else {
            // CLAUSE, selon X.
            let mut stop = cue.first;
            while stop > sent.start
                && !self.tok(stop - 1).is_word
                && self.tok(stop - 1).quote().is_none()
            {
                stop -= 1;
            }
            if stop <= sent.start + 1 {
                return false;
            }
            sent.start..stop
        };
        let quote = self.doc.token_span(quote_range.start, quote_range.end - 1);
        self.push_clause(quote, speaker, cue, None, Method::Nominal)
    }

    /// Records a reported clause (`quote` as a span) unless it overlaps a statement already
    /// found; quotations inside it are used up. True when recorded.
    fn push_clause(
        &mut self,
        quote: Span,
        speaker: Mention,
        cue: &Cue,
        addressee: Option<Span>,
        method: Method,
    ) -> bool {
        if self.overlaps_found(quote) {
            return false;
        }
        let direct = self.mark_quotes_inside(quote);
        let verb = match cue.kind {
            CueKind::Verb { .. } => self.verb_span(cue),
            _ => self.doc.token_span(cue.first, cue.last),
        };
        let cue_span = match cue.kind {
            CueKind::Verb { .. } => self.cue_span(cue),
            _ => verb,
        };
        let paragraph = self.doc.paragraph_of(cue.first);
        self.push(Found {
            quote,
            direct,
            speaker: Some(speaker),
            verb: Some(verb),
            cue: Some(cue_span),
            addressee,
            method,
            paragraph,
            continues: false,
            implied: None,
        });
        true
    }

    fn trim_terminators(&self, start: usize, end: usize) -> usize {
        let mut stop = end;
        while stop > start && self.tok(stop - 1).quote().is_none() && !self.tok(stop - 1).is_word {
            stop -= 1;
        }
        stop
    }

    /// True when `span` overlaps a statement already found. Statement spans never cross a
    /// sentence and cues come in text order, so only the latest statements can overlap: the
    /// scan stops at the first statement that ends a sentence or more before `span`.
    fn overlaps_found(&self, span: Span) -> bool {
        let limit = self.sentence_start_byte(span.start);
        self.found
            .iter()
            .rev()
            .take_while(|f| f.quote.end > limit || f.quote.start >= limit)
            .any(|f| f.quote.start < span.end && span.start < f.quote.end)
    }

    /// The byte where the sentence containing byte `at` starts.
    fn sentence_start_byte(&self, at: usize) -> usize {
        let t = self
            .doc
            .tokens
            .partition_point(|t| t.span.end <= at)
            .min(self.doc.tokens.len().saturating_sub(1));
        self.doc
            .tokens
            .get(t)
            .map_or(0, |_| self.tok(self.sentence(t).start).span.start)
    }

    /// Marks the quotations inside a reported span as used; true when the span is one quotation.
    fn mark_quotes_inside(&mut self, span: Span) -> bool {
        let mut whole = false;
        let first = self
            .doc
            .quotes
            .partition_point(|q| q.span.start < span.start);
        for k in first..self.doc.quotes.len() {
            let q = self.doc.quotes[k];
            if q.span.start >= span.end {
                break;
            }
            self.used_quote[k] = true;
            whole |= q.span == span;
        }
        whole
    }

    /// X said (that) … / X a déclaré que …
    fn reported_clause(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        let CueKind::Verb { lemma, weak } = &cue.kind else {
            return false;
        };
        let sent = self.sentence(cue.first);
        let (_, _, passive) = self.skip_auxiliaries(cue);
        if passive {
            return false;
        }
        // After the verb: an addressee and modifiers ("told CNN on Monday"), then the clause,
        // opened by a complementizer or not.
        let is_tell = self.lang.addressee_verbs.contains(lemma.as_str());
        let (mut s, addressee) = self.skip_complements(cue.last + 1, sent.end, is_tell);
        if s < sent.end && self.tok(s).is_punct(':') {
            s += 1;
        }
        // "an expert who writes extensively about the Kremlin, noted that …": the verb of a
        // relative clause, when the sentence's own speech verb follows after a comma.
        let relative = cue.first > 0 && self.tok(cue.first - 1).is(WordClass::PERSON_RELATIVES);
        if relative
            && cues.iter().any(|c| {
                c.first > cue.last
                    && c.first < sent.end
                    && self.tok(c.first - 1).is_punct(',')
                    && matches!(c.kind, CueKind::Verb { .. })
            })
        {
            return false;
        }
        if s >= sent.end {
            return false;
        }
        // "he said, according to the complaint": a source, not what was said.
        if cues
            .iter()
            .any(|c| c.first == s && matches!(c.kind, CueKind::Nominal))
        {
            return false;
        }
        let t = self.tok(s);
        let has_complementizer = t.is_word && t.is(WordClass::COMPLEMENTIZERS);
        // "en commentant la finale": a gerund reports speech only with "que".
        let gerund = self.is_participle(cue)
            && cue.first > 0
            && self.tok(cue.first - 1).is(WordClass::GERUND_MARKERS);
        if gerund && !has_complementizer {
            return false;
        }
        // "…, the Red Cross said, raising the possibility …": the reporter's comment.
        if self.participle_form(s) && s > 0 && self.tok(s - 1).is_punct(',') {
            return false;
        }
        // "urged police to investigate": after the one told, an infinitive is what was said.
        let infinitive = addressee.is_some() && is_tell && t.is(WordClass::INFINITIVE_MARKERS);
        if !has_complementizer {
            // "added 0.4 per cent": a figure after the verb is no reported clause.
            // "added 0.4 per cent", but "said 66,000 customers remained without power".
            let figure = t.text.starts_with(|c: char| c.is_ascii_digit());
            if *weak && !infinitive
                || (!t.is_word && t.quote().is_none())
                || figure && !self.reads_as_clause(s, sent.end)
            {
                return false;
            }
            if t.is_word
                && !t.is_capitalised()
                && !infinitive
                && !self.bound_before_number(s, sent.end)
                && (t.is(WordClass::MODIFIER_OPENERS)
                    || t.is(WordClass::PREPOSITIONS)
                    || t.is(WordClass::ADDRESSEE_PREPOSITIONS)
                    || t.is(WordClass::CLAUSE_OPENERS)
                    || t.is(WordClass::ADVERBS))
            {
                return false;
            }
            // "denied wrongdoing", "announced plans to close …": an object, not a statement.
            if self.lang.object_taking.contains(lemma.as_str())
                && !self.reads_as_clause(s, sent.end)
            {
                // "added the weighty caveat that the valuation assumes …": the noun's content
                // clause is what was said.
                let content = (s + 1..(s + 5).min(sent.end))
                    .find(|&k| self.tok(k).is(WordClass::COMPLEMENTIZERS))
                    .filter(|&k| {
                        (s..k).all(|i| self.tok(i).is_word && self.tok(i).quote().is_none())
                            && k + 1 < sent.end
                            && self.reads_as_clause(k + 1, sent.end)
                    });
                match content {
                    Some(k) => s = k,
                    None => return false,
                }
            }
        }
        let start = s;
        let (speaker, _) = if self.is_participle(cue) {
            (self.participle_subject(cue), 0)
        } else {
            self.subject_for(cue, start)
        };
        let Some(speaker) = speaker else { return false };
        if speaker.tokens.start > cue.last {
            // An inverted subject before a reported clause is a misreading.
            return false;
        }
        let mut stop = self.clause_end(start, sent.end, cues);
        while stop > start && !self.tok(stop - 1).is_word && self.tok(stop - 1).quote().is_none() {
            stop -= 1;
        }
        if stop <= start {
            return false;
        }
        let quote = self.doc.token_span(start, stop - 1);
        let subject_start = speaker.tokens.start;
        let speaker_again = speaker.clone();
        if !self.push_clause(quote, speaker, cue, addressee, Method::ReportedClause) {
            return false;
        }
        // "It is on Trudeau’s watch, Scheer said, that …": the clause before the subject is the
        // first part of the same statement.
        if subject_start > sent.start + 2
            && self.tok(subject_start - 1).is_punct(',')
            && cue.last + 1 < start
        {
            let stop = self.trim_terminators(sent.start, subject_start - 1);
            let no_quote = (sent.start..stop).all(|i| self.tok(i).quote().is_none());
            let first_word = self.tok(sent.start);
            let source = self.source_phrase_end(sent.start, subject_start).is_some();
            if stop > sent.start + 2
                && no_quote
                && !first_word.is(WordClass::PREPOSITIONS)
                && !source
            {
                let before = self.doc.token_span(sent.start, stop - 1);
                self.push_clause(before, speaker_again, cue, None, Method::ClauseThenCue);
            }
        }
        true
    }

    /// True when the words from `start` show a subject then a verb before any comma or relative
    /// clause ("it had requested", "the Games could prove", "the program changed"), not a noun
    /// phrase alone ("responsibility for the attack", "the end of a siege that echoed …").
    fn reads_as_clause(&self, start: usize, end: usize) -> bool {
        // A quotation or an infinitive ("urged police to investigate") is what was said.
        let first = self.tok(start);
        if first.quote().is_some() || first.is(WordClass::INFINITIVE_MARKERS) {
            return true;
        }
        // "it had requested …", but not "tweet it out".
        if first.is(WordClass::SUBJECT_PRONOUNS) {
            return (start + 1..end).filter(|&k| self.tok(k).is_word).count() >= 2;
        }
        let limit = end.min(start + 10);
        for k in start + 1..limit {
            let t = self.tok(k);
            if !t.is_word || t.is(WordClass::RELATIVE_PRONOUNS) || t.is(WordClass::CLAUSE_OPENERS) {
                return false;
            }
            // French lists "de" among auxiliaries ("vient de"): as a preposition it shows no verb.
            if t.is(WordClass::AUXILIARIES) && !t.is(WordClass::PREPOSITIONS) {
                return true;
            }
            let before = self.tok(k - 1);
            let past = self
                .lang
                .past_endings
                .iter()
                .any(|e| t.norm.len() > e.len() + 2 && t.norm.ends_with(e.as_str()));
            // A verb's form after a figure or a determiner is a noun ("10 points").
            if (past || t.is(WordClass::CUE_START))
                && before.is_word
                && !before.text.starts_with(|c: char| c.is_ascii_digit())
                && !before.is(WordClass::DETERMINER)
                && !before.is(WordClass::PREPOSITIONS)
                && !before.is(WordClass::POSSESSIVES)
            {
                return true;
            }
        }
        false
    }

    /// True when a bound phrase and a figure start at `i` ("about 550 students attend …",
    /// "more than 40 people …"): the subject of a clause, not a modifier of the verb.
    fn bound_before_number(&self, i: usize, end: usize) -> bool {
        self.lang.bound_phrases.iter().any(|(words, _)| {
            let after = i + words.len();
            after < end
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.tok(i + k).norm == *w)
                && self
                    .tok(after)
                    .text
                    .starts_with(|c: char| c.is_ascii_digit())
        })
    }

    /// Skips what stands between a verb and its reported clause: commas, an addressee
    /// ("to reporters", "à CNN", "told CNN") and short modifiers ("on Monday", "in a statement").
    fn skip_complements(
        &self,
        from: usize,
        end: usize,
        bare_addressee: bool,
    ) -> (usize, Option<Span>) {
        let mut i = from;
        let mut addressee = None;
        let word = |i: usize| i < end && self.tok(i).is_word && self.tok(i).quote().is_none();
        // "told CNN", "told reporters", "told the Globe": an addressee without preposition.
        if bare_addressee && word(i) && !self.tok(i).is(WordClass::COMPLEMENTIZERS) {
            let a = i;
            if self.tok(i).is(WordClass::DETERMINER)
                && word(i + 1)
                && self.tok(i + 1).is_capitalised()
            {
                i += 1;
            }
            while word(i)
                && (self.tok(i).is_capitalised() || self.tok(i).is(WordClass::ADDRESSEE_WORDS))
                && i < a + 6
            {
                i += 1;
            }
            if i > a {
                addressee = Some(self.doc.token_span(a, i - 1));
            } else if let Some(to) = (a + 1..end.min(a + 6)).find(|&k| {
                let t = self.tok(k);
                t.is(WordClass::INFINITIVE_MARKERS)
                    || t.quote().is_some()
                        && k + 1 < end
                        && self.tok(k + 1).is(WordClass::INFINITIVE_MARKERS)
            }) {
                // "urged police to investigate", "urged the British government “to clarify
                // …”": the one told, then what they were told to do.
                let clause_word = |k: usize| {
                    let t = self.tok(k);
                    t.is(WordClass::INFINITIVE_MARKERS)
                        || t.is(WordClass::CLAUSE_OPENERS)
                        || t.is(WordClass::SUBJECT_PRONOUNS)
                        || t.is(WordClass::AUXILIARIES)
                };
                if (a..to).all(|k| word(k) && !clause_word(k)) {
                    addressee = Some(self.doc.token_span(a, to - 1));
                    i = to;
                }
            }
        }
        for _ in 0..3 {
            let before = i;
            while i < end
                && (self.tok(i).is_punct(',') || word(i) && self.tok(i).is(WordClass::ADVERBS))
            {
                i += 1;
            }
            if !word(i) {
                break;
            }
            let norm = &*self.tok(i).norm;
            let is_addressee = self.lang.addressee_prepositions.contains(norm);
            if is_addressee || self.lang.modifier_openers.contains(norm) {
                let a = i;
                i += 1;
                let mut determiner = false;
                while word(i) && self.tok(i).is(WordClass::DETERMINER) {
                    i += 1;
                    determiner = true;
                }
                while word(i)
                    && (self.tok(i).is_capitalised()
                        || self.tok(i).text.starts_with(|c: char| c.is_ascii_digit())
                        || self.tok(i).is(WordClass::ADDRESSEE_WORDS))
                {
                    i += 1;
                }
                // "in a statement", "dans un communiqué": one common noun after a determiner.
                if determiner
                    && word(i)
                    && !self.tok(i).is_capitalised()
                    && !self.tok(i).is(WordClass::COMPLEMENTIZERS)
                {
                    i += 1;
                    // "in a written statement"
                    if word(i)
                        && !self.tok(i).is_capitalised()
                        && !self.tok(i).is(WordClass::COMPLEMENTIZERS)
                        && (i + 1 >= end
                            || self.tok(i + 1).is_punct(',')
                            || word(i + 1) && self.tok(i + 1).is(WordClass::COMPLEMENTIZERS))
                    {
                        i += 1;
                    }
                }
                if i == a + 1 && !self.lang.modifier_openers.contains(norm) {
                    // A bare preposition: not a modifier after all.
                    return (a, addressee);
                }
                if is_addressee && addressee.is_none() && i > a + 1 {
                    addressee = Some(self.doc.token_span(a, i - 1));
                }
            }
            if i == before {
                break;
            }
        }
        while i < end && self.tok(i).is_punct(',') {
            i += 1;
        }
        (i, addressee)
    }

    /// Where a reported clause starting at `start` ends: the sentence end, or before another
    /// speech clause joined to it ("… and alleges that", "… but Chapman says", ", adding").
    fn clause_end(&self, start: usize, sentence_end: usize, cues: &[Cue]) -> usize {
        let mut stop = self.trim_terminators(start, sentence_end);
        // "…; …" and "…: she notes that …" end the clause.
        if let Some(k) = (start..stop).find(|&k| {
            let t = self.tok(k);
            t.quote().is_none()
                && (t.is_punct(';')
                    || t.is_punct(':')
                        && cues
                            .get(cues.partition_point(|c| c.first <= k))
                            .is_some_and(|c| c.first <= k + 4))
        }) {
            stop = k;
        }
        let from = cues.partition_point(|c| c.first <= start);
        for c in cues[from..].iter().take_while(|c| c.first < stop) {
            if !matches!(c.kind, CueKind::Verb { .. }) {
                continue;
            }
            let mut j = c.first;
            while j > start
                && (self.tok(j - 1).is(WordClass::AUXILIARIES)
                    || self.tok(j - 1).is(WordClass::ADVERBS))
            {
                j -= 1;
            }
            // ", adding that …"
            if j == c.first && j > start && self.tok(j - 1).is_punct(',') && self.is_participle(c) {
                return j - 1;
            }
            // "… but Chapman says": a short subject between the conjunction and the verb.
            let mut k = j;
            while k > start
                && j - k < 4
                && self.tok(k - 1).is_word
                && !self.tok(k - 1).is(WordClass::CLAUSE_OPENERS)
            {
                k -= 1;
            }
            for boundary in [j, k] {
                // A subordinate clause without a comma stays inside the statement ("are
                // flat-out lying when they say …"); a coordinated or set-off one starts anew.
                let opener = boundary > start && {
                    let t = self.tok(boundary - 1);
                    t.is(WordClass::CLAUSE_OPENERS)
                        && !t.is(WordClass::COMPLEMENTIZERS)
                        && (t.is(WordClass::COORDINATORS)
                            || boundary >= start + 2 && !self.tok(boundary - 2).is_word)
                };
                if opener {
                    return boundary - 1;
                }
            }
        }
        stop
    }

    /// The subject of "…, adding that": the speaker of the clause it hangs on.
    fn participle_subject(&self, cue: &Cue) -> Option<Mention> {
        let sent = self.sentence(cue.first);
        let sentence_start = self.tok(sent.start).span.start;
        // Statements of this sentence are the last ones found.
        if let Some(f) = self
            .found
            .iter()
            .rev()
            .take_while(|f| f.quote.end > sentence_start)
            .find(|f| {
                f.cue.is_some_and(|c| {
                    c.start >= sentence_start && c.end <= self.tok(cue.first).span.start
                })
            })
        {
            return f.speaker.clone();
        }
        let (end, inverted, _) = self.skip_auxiliaries(cue);
        if let Some(span) = inverted {
            return Some(self.pronoun_mention(span, end));
        }
        // "TVE a émis un communiqué affirmant que …": the subject of the main clause.
        self.subject_before(end, sent.start)
            .or_else(|| self.sentence_subject(sent.start, cue.first))
    }

    /// …, X said. / …, a déclaré le ministre.
    /// True for a word that shows a short clause is one: an auxiliary or a speech verb
    /// ("It is", "We did").
    fn is_verb_like(&self, k: usize) -> bool {
        let t = self.tok(k);
        t.is(WordClass::AUXILIARIES) || t.is(WordClass::CUE_START)
    }

    fn clause_then_cue(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        if !matches!(cue.kind, CueKind::Verb { .. }) {
            return false;
        }
        let para = self.doc.paragraph_of(cue.first);
        let sent = self.sentence(cue.first);
        let (aux_start, glued, passive) = self.skip_auxiliaries(cue);
        if passive {
            return false;
        }
        let (speaker, subject_start, after) = if let Some(span) = cue.inverted.or(glued) {
            (
                Some(self.pronoun_mention(span, cue.first)),
                aux_start,
                cue.last + 1,
            )
        } else {
            let mut j = aux_start;
            while j > sent.start && !self.is_left_boundary(j - 1) {
                j -= 1;
            }
            if j < aux_start {
                (self.mention_of(j..aux_start), j, cue.last + 1)
            } else {
                match self.subject_after(cue.last + 1, sent.end) {
                    Some(m) => {
                        let n = m.tokens.end;
                        (Some(m), aux_start, n)
                    }
                    None => (None, aux_start, cue.last + 1),
                }
            }
        };
        let Some(speaker) = speaker else { return false };
        // The subject must follow a comma; the verb phrase must end the sentence.
        if subject_start == sent.start || !self.tok(subject_start - 1).is_punct(',') {
            return false;
        }
        // Either the sentence ends after the verb phrase, or a comma goes on with a second
        // part of the statement: "The drugs have few uses, he says, and are meant for …".
        let (resume, _) = self.skip_complements(after, sent.end, false);
        // "…, Trudeau denied the substance of the story": the verb has an object of its own.
        let CueKind::Verb { lemma, .. } = &cue.kind else {
            return false;
        };
        if resume == after
            && resume < sent.end
            && self.tok(resume).is_word
            && self.lang.object_taking.contains(lemma.as_str())
        {
            return false;
        }
        let mut second = None;
        // "…, he said, according to the complaint": a source, not a second part.
        let source_next = cues
            .iter()
            .any(|c| c.first == resume && matches!(c.kind, CueKind::Nominal));
        if resume > after && self.tok(resume - 1).is_punct(',') && resume < sent.end && !source_next
        {
            let stop = self.trim_terminators(resume, sent.end);
            // "…, the Red Cross said, raising the possibility …": a participle is the
            // reporter's comment, not more of the statement.
            if stop > resume + 2
                && !self.participle_form(resume)
                && (resume..stop).all(|i| self.tok(i).quote().is_none())
            {
                second = Some(self.doc.token_span(resume, stop - 1));
            }
        } else if after + 1 < sent.end
            && self.tok(after).is_punct(',')
            && resume < self.trim_terminators(after, sent.end)
            && !source_next
        {
            // "There is a particular satisfaction, insists Xander Wise, in seeing …": the
            // rest is no modifier of the verb but the statement's second part.
            let stop = self.trim_terminators(after + 1, sent.end);
            if stop > after + 3 && (after + 1..stop).all(|i| self.tok(i).quote().is_none()) {
                second = Some(self.doc.token_span(after + 1, stop - 1));
            }
        } else {
            let mut k = after;
            let mut tail = 0;
            while k < sent.end && !self.tok(k).is_terminator() {
                let t = self.tok(k);
                if t.quote().is_some()
                    || (t.is_word && t.is(WordClass::COMPLEMENTIZERS))
                    || tail > 8
                {
                    return false;
                }
                tail += 1;
                k += 1;
            }
        }
        let stop = self.trim_terminators(sent.start, subject_start - 1);
        // "… ; c’est un exemple d’ingérence, a déclaré X": the clause starts after ";" or ":".
        let clause_start = (sent.start..stop)
            .rev()
            .find(|&k| {
                self.tok(k).quote().is_none()
                    && (self.tok(k).is_punct(';') || self.tok(k).is_punct(':'))
            })
            .map_or(sent.start, |k| k + 1);
        if stop < clause_start + 2 {
            return false;
        }
        // "At the same time, Fiddler said": a short prepositional phrase is no statement.
        let first = self.tok(clause_start);
        let words = (clause_start..stop)
            .filter(|&k| self.tok(k).is_word)
            .count();
        if words <= 6 && first.is(WordClass::PREPOSITIONS) && !first.is(WordClass::DETERMINER) {
            return false;
        }
        // "The app, called Facebook Research, paid users": two words are a noun, not a clause.
        if words <= 2 && (clause_start..stop).all(|k| !self.tok(k).is_word || !self.is_verb_like(k))
        {
            return false;
        }
        let quote = self.doc.token_span(clause_start, stop - 1);
        let addressee = self.addressee_after(after, sent.end);
        if !self.push_clause(quote, speaker, cue, addressee, Method::ClauseThenCue) {
            return false;
        }
        if let Some(rest) = second.filter(|r| !self.overlaps_found(*r)) {
            let last = self.found.last().cloned();
            if let Some(last) = last {
                let half = self.second_half(rest, false, para, last.speaker, last.verb, last.cue);
                self.push(half);
            }
        }
        true
    }

    /// Quotations with no cue that open a sentence right after a statement continue its speaker.
    /// One merge pass over the statements (sorted) and the quotations (in text order).
    fn floating(&mut self) {
        let found = std::mem::take(&mut self.found);
        let mut merged: Vec<Found> = Vec::with_capacity(found.len());
        let mut next = found.into_iter().peekable();
        for q in 0..self.doc.quotes.len() {
            let quote = self.doc.quotes[q];
            while let Some(f) = next.next_if(|f| f.quote.start < quote.span.start) {
                merged.push(f);
            }
            if self.used_quote[q] {
                continue;
            }
            let first = self.first_token_of_quote(q);
            let sent = self.sentence(first);
            let opens_sentence =
                (sent.start..first).all(|i| !self.tok(i).is_word && self.tok(i).quote().is_none());
            let words = self.doc.tokens[first..]
                .iter()
                .take_while(|t| t.quote() == Some(q))
                .filter(|t| t.is_word)
                .count();
            let after_colon = first > sent.start && self.tok(first - 1).is_punct(':');
            if words < 3 || !(opens_sentence || after_colon) {
                continue;
            }
            if after_colon {
                // "Martell, the addictions doctor, is more blunt: “…”": the sentence's subject.
                if let Some(m) = self.sentence_subject(sent.start, first - 1) {
                    self.used_quote[q] = true;
                    merged.push(Found {
                        speaker: Some(m),
                        ..Found::bare(quote.span, true, Method::Implied, quote.paragraph)
                    });
                }
                continue;
            }
            let recent = merged.last().is_some_and(|prev| {
                prev.paragraph + 1 >= quote.paragraph && prev.quote.end <= quote.span.start
            });
            // "Il a souhaité faire un rappel au règlement. « On ne peut pas … »": the person
            // the sentence just before opens with.
            let s = self.doc.sentence_of[first];
            let para = &self.doc.paragraphs[quote.paragraph];
            let previous_person = || {
                (s > para.sentences.start)
                    .then(|| self.sentence_person(s - 1))
                    .flatten()
                    .filter(|m| self.surely_person(m))
            };
            let implied = if recent {
                // … when no statement stands in that sentence.
                let spoke = s > para.sentences.start
                    && merged.last().is_some_and(|prev| {
                        prev.quote.end > self.tok(self.doc.sentences[s - 1].start).span.start
                    });
                (!spoke).then(previous_person).flatten()
            } else if para.tokens.start == first {
                // No statement just before: the person the previous paragraph is about.
                (quote.paragraph > 0)
                    .then(|| self.paragraph_subject(quote.paragraph - 1))
                    .flatten()
            } else {
                previous_person()
            };
            if let Some(m) = implied {
                self.used_quote[q] = true;
                merged.push(Found {
                    implied: Some(m),
                    ..Found::bare(quote.span, true, Method::Implied, quote.paragraph)
                });
                continue;
            }
            if !recent {
                continue;
            }
            self.used_quote[q] = true;
            merged.push(Found {
                continues: true,
                ..Found::bare(quote.span, true, Method::Floating, quote.paragraph)
            });
        }
        merged.extend(next);
        self.found = merged;
    }
}
