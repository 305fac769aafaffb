//! Direct quotes and incises: “Q,” X said; X said: “Q”; “Q1,” she said, “Q2.”; and the
//! quotation named by a naming verb ("called the plan “bold”").

use super::*;

impl<'a, 't> Attributor<'a, 't> {
    pub(super) fn quote_index_ending_before(&self, i: usize) -> Option<usize> {
        let t = self.tok(i.checked_sub(1)?);
        t.quote()
    }

    /// “Q,” X said. / « Q », a-t-il déclaré. / “Q.” Hamilton said.
    pub(super) fn quote_then_cue(&mut self, cue: &Cue) -> bool {
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
            // "(D-Wis.)": a dot closing a parenthesis ends no sentence either.
            let abbreviation_dot = t.text == "."
                && k >= 2
                && self.tok(k - 2).is_word
                && (self.tok(k - 2).is(WordClass::ABBREVIATIONS)
                    || self.tok(k - 2).text.chars().count() == 1
                    || self.tok(k).is_punct(')'));
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
        // “…,” Trump accused Holt of lying: the verb's own complement is what was said; the
        // quotation before belongs to no one here.
        if let CueKind::Verb { lemma, .. } = &cue.kind {
            let sent_end = self.sentence(cue.first).end;
            if self
                .complement_start(lemma, cue.last + 1, sent_end)
                .is_some()
            {
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
            announces: false,
            implied: None,
        });
        self.interrupted(next, ptoks.end, speaker, verb, cue_span, para);
        true
    }

    /// The subject right after a cue that follows a comma and several words, when it ends
    /// the sentence or its clause: "…, goal setting, says Kim."
    pub(super) fn inverted_after_comma(&self, cue: &Cue, limit: usize) -> Option<Mention> {
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
    pub(super) fn second_half(
        &self,
        quote: Span,
        direct: bool,
        paragraph: usize,
        speaker: Option<Mention>,
        verb: Option<Span>,
        cue: Option<Span>,
    ) -> Found {
        // An interrupted reported clause ("The drugs have few uses, he says, and are meant
        // for …") is one clause of the speaker's on both sides of the cue: both keep it.
        let keeps = self.lang.interrupted_quote_keeps_cue || !direct;
        Found {
            speaker: speaker.filter(|_| keeps),
            verb: verb.filter(|_| keeps),
            cue: cue.filter(|_| keeps),
            continues: !keeps,
            ..Found::bare(quote, direct, Method::Interrupted, paragraph)
        }
    }

    pub(super) fn interrupted(
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

    /// The token right after quotation `q`'s closing mark.
    pub(super) fn token_after_quote(&self, q: usize) -> usize {
        let first = self.first_token_of_quote(q);
        first
            + self.doc.tokens[first..]
                .iter()
                .take_while(|t| t.quote() == Some(q))
                .count()
    }

    pub(super) fn first_token_of_quote(&self, q: usize) -> usize {
        let start = self.doc.quotes[q].span.start;
        self.doc.tokens.partition_point(|t| t.span.start < start)
    }

    /// X a déclaré : « Q » / X said: “Q”
    pub(super) fn cue_then_quote(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
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
        // "it was labeled “Mostly True”", "has been called a charlatan by …": the subject of a
        // passive is what was named, not who named it.
        if self.skip_auxiliaries(cue).2 {
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
            announces: false,
            implied: None,
        });
        true
    }

    /// True when an addressee verb, the one told, then a quotation opening on an infinitive
    /// stand at `quote`: "urged the British government “to clarify its intentions …”".
    pub(super) fn tells_to(&self, cue: &Cue, quote: usize) -> bool {
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
    /// "qualifie la décision de « … »", or a link word alone when the object follows the
    /// name ("a qualifié de « grotesques » les chefs d'accusation").
    pub(super) fn names_object(&self, cue: &Cue, quote: usize) -> bool {
        let CueKind::Verb { lemma, .. } = &cue.kind else {
            return false;
        };
        let with_link_only = self.lang.naming_verbs_with_link.contains(lemma.as_str());
        if !self.lang.naming_verbs.contains(lemma.as_str()) && !with_link_only {
            return false;
        }
        let mut end = quote;
        let linked =
            end > cue.last + 1 && self.lang.naming_links.contains(&*self.tok(end - 1).norm);
        if linked {
            end -= 1;
        } else if with_link_only {
            return false;
        }
        let object = cue.last + 1..end;
        if object.is_empty() {
            return linked;
        }
        let first = self.tok(cue.last + 1);
        // "a appelé l'élu à « … »": a preposition before the quotation governs it.
        let last = self.tok(end - 1);
        let governed = !linked && last.is(WordClass::PREPOSITIONS | WordClass::AUXILIARIES);
        object.len() <= MAX_NAMED_OBJECT
            && !governed
            && object.clone().all(|k| self.tok(k).is_word)
            && (first.is(WordClass::DETERMINER)
                || first.is(WordClass::PRONOUNS)
                || first.is_capitalised())
    }
}

/// Most words of the object between a naming verb and the quotation that names it ("a
/// qualifié les faits reprochés à l'ancien président de « graves »").
const MAX_NAMED_OBJECT: usize = 8;
