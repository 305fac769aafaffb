//! Floating quotes: quotations with no cue of their own that continue the previous speaker,
//! or that the paragraph's subject implies ("Martell is blunt: “…”").

use super::*;

/// Most words of a paragraph read as a section heading.
const HEADING_WORDS: usize = 14;

impl<'a, 't> Attributor<'a, 't> {
    /// Quotations with no cue that open a sentence right after a statement continue its speaker.
    /// One merge pass over the statements (sorted) and the quotations (in text order).
    pub(super) fn floating(&mut self) {
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
            // "La confiance comme « mot magique »", "Fillon « pragmatique »": quoted words in a
            // section heading are a statement, as in a headline, whoever said them; after the
            // rules that can name the speaker.
            if words < 3 || !(opens_sentence || after_colon) {
                merged.extend(self.heading_statement(q, words));
                continue;
            }
            // "“…” ― Ana Ortiz" and "“WALLACE: …”": the name that signs the quotation, or
            // the speaker label a transcript opens it with.
            if let Some(m) = self.signed_by(q).or_else(|| self.transcript_label(q)) {
                self.used_quote[q] = true;
                merged.push(Found {
                    speaker: Some(m),
                    ..Found::bare(quote.span, true, Method::Implied, quote.paragraph)
                });
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
                } else {
                    merged.extend(self.heading_statement(q, words));
                }
                continue;
            }
            // A paragraph that is one quotation with no sentence end (`"Un franc succès"`
            // between two paragraphs) is a section heading: it announces who the section
            // quotes next, not the speaker before.
            let para_end = self.doc.paragraphs[quote.paragraph].tokens.end;
            let whole_paragraph = self.doc.paragraphs[quote.paragraph].tokens.start == first
                && (self.token_after_quote(q)..para_end).all(|i| !self.tok(i).is_word);
            if whole_paragraph {
                if let Some(heading) = self.heading_statement(q, words) {
                    merged.push(heading);
                    continue;
                }
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
                // A whole paragraph in quotation marks is someone's words even where the text
                // does not say whose: it continues the latest speaker, if any.
                if whole_paragraph && words >= 3 {
                    self.used_quote[q] = true;
                    merged.push(Found {
                        continues: true,
                        ..Found::bare(quote.span, true, Method::Floating, quote.paragraph)
                    });
                }
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

    /// The statement quotation `q` (of `words` words) makes in a section heading, used up.
    fn heading_statement(&mut self, q: usize, words: usize) -> Option<Found> {
        if !self.quote_in_heading(q, words) {
            return None;
        }
        self.used_quote[q] = true;
        let quote = self.doc.quotes[q];
        Some(Found {
            announces: true,
            ..Found::bare(quote.span, true, Method::Floating, quote.paragraph)
        })
    }

    /// True when quotation `q` of `words` words stands in a section heading: a short paragraph
    /// after the first, with no sentence end, where the quotation is words of someone's, not
    /// a figure ("Un taux de « 6 % »") or a noun in scare quotes right after its article
    /// ("Le « poids » de la Russie").
    fn quote_in_heading(&self, q: usize, words: usize) -> bool {
        let quote = self.doc.quotes[q];
        let para = &self.doc.paragraphs[quote.paragraph];
        let toks = &self.doc.tokens[para.tokens.clone()];
        // No sentence end, not even inside the quotation at the paragraph's end.
        let last_word_or_mark = toks.iter().rev().find(|t| t.is_word || t.is_terminator());
        let heading = quote.paragraph > 0
            && !self.furniture_paragraph[quote.paragraph]
            && toks.iter().filter(|t| t.is_word).count() <= HEADING_WORDS
            && toks
                .iter()
                .all(|t| !t.is_terminator() || t.quote().is_some())
            && last_word_or_mark.is_some_and(|t| !t.is_terminator());
        if !heading || words == 0 {
            return false;
        }
        let first = self.first_token_of_quote(q);
        let inside = (first..self.token_after_quote(q)).find(|&i| self.tok(i).is_word);
        let figure =
            inside.is_some_and(|i| self.tok(i).text.starts_with(|c: char| c.is_ascii_digit()));
        let scare = words == 1
            && first > para.tokens.start
            && self.tok(first - 1).is(WordClass::DETERMINER);
        !figure && !scare
    }

    /// The name after a dash that closes the quotation `q`'s paragraph or sentence: "“…” ―
    /// Ana Ortiz", "“…” — Tom Reed, a farmer".
    fn signed_by(&self, q: usize) -> Option<Mention> {
        let after = self.token_after_quote(q);
        let dash = self.doc.tokens.get(after)?;
        if !(dash.is_punct('―') || dash.is_punct('—') || dash.is_punct('–')) {
            return None;
        }
        let k = self.name_at(after + 1)?;
        let run = self.names[k].tokens.clone();
        let para_end = self.doc.paragraphs[self.doc.paragraph_of(after)].tokens.end;
        let closes = run.start == after + 1
            && self
                .doc
                .tokens
                .get(run.end)
                .filter(|_| run.end < para_end)
                .is_none_or(|t| t.is_punct('.') || t.is_punct(','));
        closes.then(|| Mention {
            span: self.doc.token_span(run.start, run.end - 1),
            tokens: run.clone(),
            kind: MentionKind::Name(k),
            role: None,
        })
    }

    /// The speaker label opening a quotation of a transcript: "“WALLACE: Let's start …”".
    fn transcript_label(&self, q: usize) -> Option<Mention> {
        let first = self.first_token_of_quote(q);
        let words = (first + 1..self.doc.tokens.len())
            .take_while(|&i| {
                let t = self.tok(i);
                t.quote() == Some(q)
                    && t.is_word
                    && t.text.chars().count() > 1
                    && t.text.chars().all(|c| !c.is_lowercase())
            })
            .count();
        let colon = first + 1 + words;
        let labelled = (1..=3).contains(&words)
            && self.tok(first).quote() == Some(q)
            && !self.tok(first).is_word
            && self.doc.tokens.get(colon).is_some_and(|t| t.is_punct(':'));
        labelled.then(|| {
            let tokens = first + 1..colon;
            Mention {
                span: self.doc.token_span(tokens.start, tokens.end - 1),
                kind: self
                    .name_at(tokens.start)
                    .map_or(MentionKind::Description, MentionKind::Name),
                tokens,
                role: None,
            }
        })
    }
}
