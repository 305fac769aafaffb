//! Reported clauses: X said (that) …, and …, X said. The clause's extent, the complements
//! between verb and clause (addressee, time, place), and the test that words read as a clause.

use super::*;

impl<'a, 't> Attributor<'a, 't> {
    /// Records a reported clause (`quote` as a span) unless it overlaps a statement already
    /// found; quotations inside it are used up. True when recorded.
    pub(super) fn push_clause(
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
            announces: false,
            implied: None,
        });
        true
    }

    pub(super) fn trim_terminators(&self, start: usize, end: usize) -> usize {
        let mut stop = end;
        while stop > start && self.tok(stop - 1).quote().is_none() && !self.tok(stop - 1).is_word {
            stop -= 1;
        }
        stop
    }

    /// True when `span` overlaps a statement already found. Statement spans never cross a
    /// sentence and cues come in text order, so only the latest statements can overlap: the
    /// scan stops at the first statement that ends a sentence or more before `span`.
    pub(super) fn overlaps_found(&self, span: Span) -> bool {
        let limit = self.sentence_start_byte(span.start);
        self.found
            .iter()
            .rev()
            .take_while(|f| f.quote.end > limit || f.quote.start >= limit)
            .any(|f| f.quote.start < span.end && span.start < f.quote.end)
    }

    /// The byte where the sentence containing byte `at` starts.
    pub(super) fn sentence_start_byte(&self, at: usize) -> usize {
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
    pub(super) fn mark_quotes_inside(&mut self, span: Span) -> bool {
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
    pub(super) fn reported_clause(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        let CueKind::Verb { lemma, weak } = &cue.kind else {
            return false;
        };
        let sent = self.sentence(cue.first);
        let (_, _, passive) = self.skip_auxiliaries(cue);
        if passive {
            return false;
        }
        // "Prices, in turn, would fall, said Ms Ray.": a subject inverted after the comma,
        // closing the sentence, is the speaker of what came before, not a clause of its own.
        if self
            .inverted_after_comma(cue, self.clause_limit(cue.last + 1))
            .is_some_and(|m| {
                self.doc
                    .tokens
                    .get(m.tokens.end)
                    .is_none_or(|t| t.is_terminator())
            })
        {
            return false;
        }
        // After the verb: an addressee and modifiers ("told CNN on Monday"), then the clause,
        // opened by a complementizer or not.
        let is_tell = self.lang.addressee_verbs.contains(lemma.as_str());
        // "pointed out that …": the verb's particle before its clause.
        let after = cue.last + 1;
        let particle = after + 1 < sent.end
            && self.lang.verb_particles.contains(&*self.tok(after).norm)
            && self.tok(after + 1).is(WordClass::COMPLEMENTIZERS);
        let after = after + usize::from(particle);
        let (mut s, addressee) = self.skip_complements(after, sent.end, is_tell);
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
        // "asked whether the deals …", "a demandé si …": a question verb's wh-word opens its
        // content as "that" opens a statement's.
        let question = t.is_word
            && self.lang.question_verbs.contains(lemma.as_str())
            && self.lang.question_openers.contains(&*t.norm);
        let has_complementizer = t.is_word && t.is(WordClass::COMPLEMENTIZERS) || question;
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
        // "is warning voters.": one word without "that" is the one told, nothing told.
        let lone_word =
            !has_complementizer && (start..stop).filter(|&k| self.tok(k).is_word).count() < 2;
        if stop <= start || lone_word {
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
    pub(super) fn reads_as_clause(&self, start: usize, end: usize) -> bool {
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
            let past = self.past_form(k);
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
    pub(super) fn bound_before_number(&self, i: usize, end: usize) -> bool {
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
    pub(super) fn skip_complements(
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
                // "said Monday that …": "that" opens the clause, it determines nothing.
                while word(i)
                    && self.tok(i).is(WordClass::DETERMINER)
                    && !self.tok(i).is(WordClass::COMPLEMENTIZERS)
                {
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
                // "told reporters this week that …", "said last year that …": the noun of a
                // time phrase, when the clause or a comma follows it.
                let clause_next = |k: usize| {
                    k >= end
                        || self.tok(k).is_punct(',')
                        || self.tok(k).is(WordClass::COMPLEMENTIZERS)
                };
                if i == a + 1
                    && word(i)
                    && !self.tok(i).is_capitalised()
                    && !self
                        .tok(i)
                        .is(WordClass::COMPLEMENTIZERS | WordClass::CLAUSE_OPENERS)
                    && clause_next(i + 1)
                {
                    i += 1;
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
    pub(super) fn clause_end(&self, start: usize, sentence_end: usize, cues: &[Cue]) -> usize {
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
            // ", adding that …", and '"…,” noting that …' with the comma inside the quotation.
            let comma_before = j > start
                && (self.tok(j - 1).is_punct(',')
                    || j > start + 1
                        && !self.tok(j - 1).is_word
                        && self.tok(j - 1).quote().is_some()
                        && self.tok(j - 2).is_punct(','));
            if j == c.first && comma_before && self.is_participle(c) {
                return if self.tok(j - 1).is_punct(',') {
                    j - 1
                } else {
                    j
                };
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
            // "While critics say A, Jagelewski says B": a named or pronoun subject after a
            // comma, whose verb goes on with a clause of its own, starts a new statement.
            let set_off = k > start + 1 && k < j && self.tok(k - 1).is_punct(',');
            let goes_on = self
                .doc
                .tokens
                .get(c.last + 1)
                .is_some_and(|t| c.last + 1 < stop && (t.is_word || t.quote().is_some()));
            // … when that verb reports by itself (no weak verb) and the words before the comma
            // are a clause, not an apposition of the subject ("le numéro deux de la NSA, Rick
            // Ledgett a déclaré").
            let strong = matches!(c.kind, CueKind::Verb { weak: false, .. });
            let clause_before = (start..k.saturating_sub(1)).any(|x| {
                let t = self.tok(x);
                t.is_word
                    && (t.is(WordClass::AUXILIARIES) && !t.is(WordClass::PREPOSITIONS)
                        || self.past_form(x))
            });
            if set_off
                && goes_on
                && strong
                && clause_before
                && self.mention_of(k..j).is_some_and(|m| {
                    matches!(m.kind, MentionKind::Name(_) | MentionKind::Pronoun(_))
                })
            {
                return k - 1;
            }
        }
        stop
    }

    /// The end of the clause that starts at `from`: the sentence end or the next quotation.
    pub(super) fn clause_limit(&self, from: usize) -> usize {
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

    pub(super) fn addressee_after(&self, from: usize, limit: usize) -> Option<Span> {
        let end = self.addressee_end(from, limit)?;
        Some(self.doc.token_span(from, end - 1))
    }

    /// The token after the addressee phrase at `from` ("à l'AFP", "to reporters", "au New
    /// York Times"): a preposition, its article, then one name or a few common words, so that
    /// an inverted subject after it ("a expliqué à l'AFP Gilles-Éric Séralini") is not taken in.
    pub(super) fn addressee_end(&self, from: usize, limit: usize) -> Option<usize> {
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

    pub(super) fn clause_then_cue(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
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
        // "Another host, Abby Martin, had denounced the annexation": a name set off by commas
        // before the verb is its subject in apposition, so what follows the verb is no
        // inverted subject.
        let apposed_name = subject_start >= sent.start + 3
            && self.name_at(subject_start - 2).is_some_and(|k| {
                let run = &self.names[k].tokens;
                run.end == subject_start - 1
                    && run.start > sent.start
                    && self.tok(run.start - 1).is_punct(',')
            });
        if apposed_name && speaker.tokens.start > cue.last {
            return false;
        }
        // Either the sentence ends after the verb phrase, or a comma goes on with a second
        // part of the statement: "The drugs have few uses, he says, and are meant for …".
        let (resume, _) = self.skip_complements(after, sent.end, false);
        // "…, Trudeau denied the substance of the story": the verb has an object of its own.
        // A weak cue with an object ("…, Abby Martin, had denounced the annexation") judges
        // that object; it reports nothing of the clause before it.
        let CueKind::Verb { lemma, weak } = &cue.kind else {
            return false;
        };
        if resume == after
            && resume < sent.end
            && self.tok(resume).is_word
            && (*weak || self.lang.object_taking.contains(lemma.as_str()))
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
            // "…, said Ann Lee, a professor of law at Yale.": the speaker's apposition.
            let apposition = self.tok(resume).is(WordClass::DETERMINER | WordClass::ROLE)
                && !self.reads_as_clause(resume, stop);
            // "…, the Red Cross said, raising the possibility …": a participle is the
            // reporter's comment, not more of the statement.
            if stop > resume + 2
                && !apposition
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
        // "Heading into the debate, Sanders told …", "Chastened by the analyses, Trump
        // revised …": a participle phrase opening the sentence is no statement.
        if self.participle_form(clause_start) || self.past_form(clause_start) {
            let phrase_end = (clause_start..stop)
                .find(|&k| self.tok(k).is_punct(','))
                .unwrap_or(stop);
            // "Being in office can be hard, she said": a gerund subject has its verb.
            let has_verb = (clause_start + 1..phrase_end).any(|k| {
                let t = self.tok(k);
                t.is(WordClass::AUXILIARIES) && !t.is(WordClass::PREPOSITIONS)
            });
            if !has_verb {
                return false;
            }
        }
        // "At the same time, Fiddler said": a short prepositional phrase is no statement.
        let first = self.tok(clause_start);
        let words = (clause_start..stop)
            .filter(|&k| self.tok(k).is_word)
            .count();
        // "Après sa menace de quitter sa mission durant l'été, il assure …": nor is a longer
        // one without a verb.
        let has_verb = (clause_start..stop).any(|k| self.shows_verb(k));
        let comma_inside = (clause_start..stop).any(|k| self.tok(k).is_punct(','));
        let opens_phrase = first.is(WordClass::PREPOSITIONS) && !first.is(WordClass::DETERMINER);
        let opens_adverbial = opens_phrase || first.is(WordClass::CLAUSE_OPENERS);
        if words <= 6 && opens_phrase || !has_verb && !comma_inside && opens_adverbial {
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
}
