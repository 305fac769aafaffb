//! Prepositional cues: "according to X, …", "…, selon X", "Pour X, …".
//! The source is the phrase after the cue; the statement is the rest of the sentence.

use super::*;

/// Most words of a noun phrase standing before a source set off inside its clause.
const SHORT_PHRASE: usize = 6;

impl<'a, 't> Attributor<'a, 't> {
    /// Selon X, … / According to X, … / …, according to X. / Pour X, …
    pub(super) fn nominal(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        if matches!(cue.kind, CueKind::Verb { .. }) {
            return false;
        }
        let sent = self.sentence(cue.first);
        if let Some(done) = self.relative_source(cue, cues) {
            return done;
        }
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
            // "Pour les enquêteurs, …": a role in the plural names people too.
            let role = |w: &str| {
                self.lang.roles.contains(w)
                    || w.strip_suffix(['s', 'x'])
                        .is_some_and(|w| self.lang.roles.contains(w))
            };
            let personal = matches!(speaker.kind, MentionKind::Name(_) | MentionKind::Pronoun(_))
                || (speaker.tokens.clone()).any(|i| role(&self.tok(i).norm));
            if !personal || end >= sent.end || !self.tok(end).is_punct(',') {
                return false;
            }
        }
        // "…: pour lui, …": after a colon the cue opens its clause as at a sentence start.
        let after_colon = cue.first > sent.start
            && self.tok(cue.first - 1).is_punct(':')
            && self.tok(cue.first - 1).quote().is_none();
        let sentence_initial = after_colon
            || (sent.start..cue.first).all(|i| {
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
                            // "le ministre Paul Roux a déclaré": the subject with its title
                            // opens the clause.
                            let opens = self.tok((start + 1).min(stop - 1)).span.start;
                            // (A title, not a document: "a report filed by Cpl. Green
                            // noted" relays nothing of Green's.)
                            let title = m.role.is_some_and(|r| {
                                let words = r.slice(self.doc.text).split_whitespace().count();
                                r.start <= opens
                                    && words <= 4
                                    && !(start..m.tokens.start)
                                        .any(|i| self.tok(i).is(WordClass::DOCUMENT_NOUNS))
                            });
                            (m.tokens.start <= start + 1 || title)
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
            // "A pourrait être, selon des enquêteurs, à l'origine du vol": a source set off
            // inside the clause; the statement runs on to the clause's end, before a cue
            // of the reporter's own (", affirme le journal").
            // Only where the words before the source are no clause of their own: a noun
            // phrase ("The harsh truth, according to experts, is …") or a verb phrase cut
            // after its auxiliary ("pourrait être, selon …, à l'origine").
            let resume = end + 1;
            let set_off = end < sent.end && self.tok(end).is_punct(',');
            let before: Vec<usize> = (sent.start..stop)
                .filter(|&k| self.tok(k).is_word)
                .collect();
            let cut_after_auxiliary = before.last().is_some_and(|&k| {
                self.tok(k)
                    .is(WordClass::AUXILIARIES | WordClass::PASSIVE_AUXILIARIES)
            });
            let noun_phrase = before.len() <= SHORT_PHRASE
                && !before
                    .iter()
                    .any(|&k| self.is_verb_like(k) || self.past_form(k));
            // … or where the words after it go on with the clause: a verb ("…, is an
            // ill-equipped system") or a preposition ("…, à des députés de rejoindre …").
            let goes_on = resume < sent.end && {
                let t = self.tok(resume);
                t.is_word
                    && !t.is(WordClass::DETERMINER | WordClass::COORDINATORS)
                    && (self.is_verb_like(resume) || t.is(WordClass::PREPOSITIONS))
            };
            if set_off && (cut_after_auxiliary || noun_phrase || goes_on) {
                let next_cue = cues
                    .iter()
                    .find(|c| c.first > resume && c.first < sent.end)
                    .filter(|c| self.tok(c.first - 1).is_punct(','))
                    .map_or(sent.end, |c| c.first - 1);
                let mut to = self.clause_end(resume, next_cue, cues);
                while to > resume && !self.tok(to - 1).is_word && self.tok(to - 1).quote().is_none()
                {
                    to -= 1;
                }
                let words = (resume..to).filter(|&k| self.tok(k).is_word).count();
                if words >= 2 {
                    stop = to;
                }
            }
            sent.start..stop
        };
        let quote = self.doc.token_span(quote_range.start, quote_range.end - 1);
        self.push_clause(quote, speaker, cue, None, Method::Nominal)
    }

    /// "« Insupportable » pour François Fillon, « inacceptable » pour Nathalie
    /// Kosciusko-Morizet": a quotation, then a sentence-opening source cue and a name or a
    /// pronoun that ends the phrase. One pass over the quotations no other rule took.
    pub(super) fn quote_then_source(&mut self) {
        for q in 0..self.doc.quotes.len() {
            if self.used_quote[q] || !self.doc.quotes[q].closed {
                continue;
            }
            let after = self.token_after_quote(q);
            let Some(cue) = self.doc.tokens.get(after) else {
                continue;
            };
            let source_cue = cue.is_word
                && self.lang.cues.get(&*cue.norm).is_some_and(|list| {
                    list.iter()
                        .any(|(rest, k)| rest.is_empty() && *k == CueKind::SentenceInitial)
                });
            if !source_cue || after + 1 >= self.doc.tokens.len() {
                continue;
            }
            let para_end = self.doc.paragraphs[self.doc.paragraph_of(after)].tokens.end;
            let source_end = match self.name_at(after + 1) {
                Some(k) if self.names[k].tokens.start == after + 1 => self.names[k].tokens.end,
                _ if self.tok(after + 1).is(WordClass::PRONOUNS) => after + 2,
                _ => continue,
            };
            let ends_phrase = source_end >= para_end
                || self.tok(source_end).is_punct(',')
                || self.tok(source_end).is_punct(':')
                || self.tok(source_end).is_terminator();
            if !ends_phrase {
                continue;
            }
            let Some(speaker) = self.mention_of(after + 1..source_end) else {
                continue;
            };
            self.used_quote[q] = true;
            let verb = self.doc.token_span(after, after);
            let quote = self.doc.quotes[q];
            self.push(Found {
                speaker: Some(speaker),
                verb: Some(verb),
                cue: Some(verb),
                ..Found::bare(quote.span, true, Method::Nominal, quote.paragraph)
            });
        }
    }

    /// "… les propos de Karim Benzema, selon qui Deschamps a cédé …": a relative pronoun after
    /// the cue stands for the name just before the comma; the clause after it is the statement.
    fn relative_source(&mut self, cue: &Cue, cues: &[Cue]) -> Option<bool> {
        let sent = self.sentence(cue.first);
        let relative = self.doc.tokens.get(cue.last + 1)?;
        if !relative.is(WordClass::RELATIVE_PRONOUNS)
            || cue.first < sent.start + 2
            || !self.tok(cue.first - 1).is_punct(',')
        {
            return None;
        }
        let k = self.name_at(cue.first - 2)?;
        let run = self.names[k].tokens.clone();
        if run.end != cue.first - 1 {
            return None;
        }
        let start = cue.last + 2;
        let mut stop = self.clause_end(start, sent.end, cues);
        while stop > start && !self.tok(stop - 1).is_word && self.tok(stop - 1).quote().is_none() {
            stop -= 1;
        }
        if stop <= start + 1 {
            return Some(false);
        }
        let speaker = Mention {
            span: self.doc.token_span(run.start, run.end - 1),
            tokens: run,
            kind: MentionKind::Name(k),
            role: None,
        };
        let quote = self.doc.token_span(start, stop - 1);
        Some(self.push_clause(quote, speaker, cue, None, Method::Nominal))
    }
}
