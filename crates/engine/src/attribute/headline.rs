//! Headline sources: "Pence: Flowers won't be at debate", "Bayrou : « Je ne serai pas
//! candidat »". A headline that opens with a name and a colon reports what follows as theirs,
//! and so does a paragraph that is only a name, a colon and a quotation.

use super::*;

/// Most tokens of the source before the colon ("Rush Limbaugh", "Sen. Ann Lee").
const MAX_SOURCE: usize = 5;

impl Attributor<'_, '_> {
    /// The statement of a headline (the first paragraph) written "Source: claim", and of any
    /// paragraph written "Source: «quotation»" (a subheading or a list of reactions).
    pub(super) fn headline_source(&mut self) {
        for p in 0..self.doc.paragraphs.len() {
            self.source_colon(p);
        }
    }

    fn source_colon(&mut self, p: usize) {
        let toks = self.doc.paragraphs[p].tokens.clone();
        if self.furniture_paragraph[p] || toks.len() < 4 {
            return;
        }
        let Some(colon) = (toks.start..toks.end.min(toks.start + MAX_SOURCE + 1))
            .find(|&i| self.tok(i).is_punct(':'))
        else {
            return;
        };
        // A name or a capitalised noun, not a label in capitals ("WATCH:", "UPDATE:").
        let source = toks.start..colon;
        let named = !source.is_empty()
            && source.clone().all(|i| {
                let t = self.tok(i);
                t.quote().is_none()
                    && (t.is_word && (t.is_capitalised() || t.is(WordClass::NAME_CONNECTORS))
                        || t.is_punct('.'))
            })
            && source
                .clone()
                .any(|i| self.tok(i).text.chars().any(char::is_lowercase));
        let stop = self.trim_terminators(colon + 1, toks.end);
        let words = (colon + 1..stop).filter(|&i| self.tok(i).is_word).count();
        // Below the headline, only a quotation that fills the rest of the paragraph.
        let quoted = colon + 1 < stop && {
            let q = self.tok(colon + 1).quote();
            q.is_some() && (colon + 1..stop).all(|i| self.tok(i).quote() == q)
        };
        if !named || !(p == 0 && words >= 3 || p > 0 && quoted && words >= 1) {
            return;
        }
        if !self.names_a_person(colon - 1) {
            return;
        }
        let Some(speaker) = self.mention_of(source) else {
            return;
        };
        let span = self.doc.token_span(colon + 1, stop - 1);
        if self
            .found
            .iter()
            .any(|f| f.quote.start < span.end && span.start < f.quote.end)
        {
            return;
        }
        let direct = self.mark_quotes_inside(span);
        // The statements are in text order here: insert in place rather than sort again.
        let at = self.found.partition_point(|f| f.quote.start < span.start);
        self.found.insert(
            at,
            Found {
                speaker: Some(speaker),
                ..Found::bare(span, direct, Method::Implied, p)
            },
        );
    }
}

impl Attributor<'_, '_> {
    /// Whether the word at `last` ends a person's name: a name of two words or more that is no
    /// organisation's or place's ("Rush Limbaugh"), or a surname the article writes after a
    /// given name ("Pence" and "Mike Pence"). Places and topics ("France :") are neither.
    fn names_a_person(&self, last: usize) -> bool {
        let Some(k) = self.name_at(last) else {
            return false;
        };
        // A name of two words or more that no word marks as an organisation or a place.
        let full = |run: &NameRun| {
            run.tokens.len() >= 2
                && (self.tok(run.tokens.start).is(WordClass::GIVEN_NAME)
                    || run.tokens.clone().all(|i| {
                        !self
                            .tok(i)
                            .is(WordClass::ORGANISATION_MARKERS | WordClass::PLACE_OPENERS)
                    }))
        };
        let run = &self.names[k];
        if run.tokens.end != last + 1 {
            return false;
        }
        if full(run) {
            return true;
        }
        // "France" after "HP France" is no surname: the full name must open with a given one.
        let surname = &self.tok(last).norm;
        run.tokens.len() == 1
            && self.names.iter().any(|r| {
                r.tokens.len() >= 2
                    && self.tok(r.tokens.start).is(WordClass::GIVEN_NAME)
                    && self.tok(r.tokens.end - 1).norm == *surname
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::Engine;

    fn statements(text: &str, lang: &str) -> Vec<(String, Option<String>)> {
        let engine = Engine::new().unwrap();
        let analysis = engine.analyze(text, Some(lang)).unwrap();
        analysis
            .statements
            .iter()
            .map(|s| (s.quote.slice(text).to_string(), s.speaker_ref.clone()))
            .collect()
    }

    #[test]
    fn a_headline_source_and_colon_report_the_rest() {
        assert_eq!(
            statements(
                "Mayor Ann Lee: Bridge tolls will fall next year\n\nThe city council met on Monday.",
                "en"
            ),
            [(
                "Bridge tolls will fall next year".to_string(),
                Some("Ann Lee".to_string())
            )]
        );
        assert_eq!(
            statements(
                "Anne Roy : « Nous ne céderons pas »\n\nLa grève continue lundi.",
                "fr"
            ),
            [(
                "« Nous ne céderons pas »".to_string(),
                Some("Anne Roy".to_string())
            )]
        );
    }

    #[test]
    fn a_surname_alone_in_the_headline_is_the_person_named_below() {
        assert_eq!(
            statements(
                "Pence: Tolls will not rise this year\n\nMike Pence spoke in Iowa on Monday.",
                "en"
            ),
            [(
                "Tolls will not rise this year".to_string(),
                Some("Mike Pence".to_string())
            )]
        );
    }

    #[test]
    fn a_paragraph_of_a_name_and_a_quotation_is_that_persons() {
        assert_eq!(
            statements(
                "Réactions\n\nLe vote a eu lieu mardi.\n\nMarie Lenoir : « Une victoire »",
                "fr"
            ),
            [(
                "« Une victoire »".to_string(),
                Some("Marie Lenoir".to_string())
            )]
        );
    }

    #[test]
    fn labels_and_body_lines_are_no_headline_sources() {
        for text in [
            "WATCH: Bridge tolls will fall next year\n\nThe city council met.",
            "Council news\n\nMayor Ann Lee: bridge tolls will fall next year.",
            "France: the new toll law is voted\n\nThe law passed in Paris.",
            "France: HP will cut 500 jobs\n\nThe cuts hit HP France in Lyon.",
            "Health: Vaccines will be free next year\n\nThe ministry said so.",
        ] {
            assert_eq!(statements(text, "en"), [], "{text}");
        }
    }
}
