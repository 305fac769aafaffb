//! Sources outside the subject: parenthetical source clauses ("…, as police have said",
//! "…, comme l'indique l'AFP") and the agent of a passive cue ("X a été annoncé par le préfet").

use super::*;

/// Most words between a passive verb and its agent ("announced late on Tuesday by").
const MAX_TIME_PHRASE: usize = 4;

impl<'a, 't> Attributor<'a, 't> {
    /// "…, as X said." / "As X noted, …" / "A, as X pointed out, B." / "…, comme l'indique X".
    pub(super) fn parenthetical(&mut self, cue: &Cue) -> bool {
        if !matches!(cue.kind, CueKind::Verb { .. }) || self.lang.parenthetical_openers.is_empty() {
            return false;
        }
        // "As the mayor was testifying, …" tells when, not who said what.
        if self.is_participle(cue) {
            return false;
        }
        let sent = self.sentence(cue.first);
        let (aux_start, glued, passive) = self.skip_auxiliaries(cue);
        if passive {
            return false;
        }
        // The opener: right before the auxiliaries (and clitics), or before a short subject.
        let Some(opener) = (sent.start..aux_start)
            .rev()
            .take(MAX_SUBJECT + 1)
            .find(|&k| {
                let t = self.tok(k);
                t.quote().is_some() || self.lang.parenthetical_openers.contains(&*t.norm)
            })
            .filter(|&k| {
                let t = self.tok(k);
                t.quote().is_none() && self.lang.parenthetical_openers.contains(&*t.norm)
            })
        else {
            return false;
        };
        if opener > sent.start && !self.tok(opener - 1).is_punct(',') {
            return false;
        }
        let stop = self.trim_terminators(sent.start, sent.end);
        let limit = self.clause_limit(cue.last + 1).min(stop);
        let (speaker, mut after) = if let Some(span) = cue.inverted.or(glued) {
            (Some(self.pronoun_mention(span, cue.first)), cue.last + 1)
        } else if opener + 1 < aux_start {
            (self.subject_before(aux_start, opener + 1), cue.last + 1)
        } else {
            // "comme l'indique BFM Business": the subject follows the verb.
            self.subject_after_or_none(cue.last + 1, limit)
        };
        let Some(speaker) = speaker else { return false };
        // "as one adviser pointed out,": the verb's particle.
        if after < stop && self.lang.verb_particles.contains(&*self.tok(after).norm) {
            after += 1;
        }
        // The source clause ends at a comma or the sentence end, after modifiers only ("as
        // police said on Monday,"); an object ("as he announced the results,") makes it a
        // clause of time.
        let (resume, _) = self.skip_complements(after, sent.end, false);
        let closes_sentence = resume >= stop;
        if !closes_sentence && (resume == after || !self.tok(resume - 1).is_punct(',')) {
            return false;
        }
        let (from, to) = if opener == sent.start {
            (resume, stop)
        } else if closes_sentence {
            (sent.start, self.trim_terminators(sent.start, opener))
        } else {
            (sent.start, stop)
        };
        let words = (from..to).filter(|&k| self.tok(k).is_word).count();
        if from >= to || words < 2 {
            return false;
        }
        let quote = self.doc.token_span(from, to - 1);
        self.push_clause(quote, speaker, cue, None, Method::Parenthetical)
    }
}

impl Attributor<'_, '_> {
    /// "La fermeture a été annoncée par le préfet", "The closure was announced Tuesday by the
    /// company": the agent of a passive cue speaks, and the subject is what was announced.
    pub(super) fn passive_agent(&mut self, cue: &Cue) -> bool {
        if !matches!(cue.kind, CueKind::Verb { .. }) || cue.inverted.is_some() {
            return false;
        }
        let sent = self.sentence(cue.first);
        let (aux_start, _, passive) = self.skip_auxiliaries(cue);
        if !passive {
            return false;
        }
        // The agent's preposition, right after the verb or past a short time phrase
        // ("announced Tuesday by").
        let after = cue.last + 1;
        let Some(by) = (after..sent.end.min(after + MAX_TIME_PHRASE + 1))
            .take_while(|&k| {
                let t = self.tok(k);
                let time_word = t.is(WordClass::MODIFIER_OPENERS | WordClass::ADVERBS)
                    || t.is_capitalised()
                    || t.text.starts_with(|c: char| c.is_ascii_digit());
                t.is_word
                    && t.quote().is_none()
                    && (time_word || self.lang.agent_prepositions.contains(&*t.norm))
            })
            .find(|&k| self.lang.agent_prepositions.contains(&*self.tok(k).norm))
        else {
            return false;
        };
        // The agent: the noun phrase after the preposition, up to punctuation or a modifier.
        let mut end = by + 1;
        while end < sent.end
            && end < by + 1 + MAX_SUBJECT
            && self.tok(end).is_word
            && self.tok(end).quote().is_none()
            && (end == by + 1
                || !self
                    .tok(end)
                    .is(WordClass::MODIFIER_OPENERS | WordClass::CLAUSE_OPENERS))
        {
            end += 1;
        }
        let Some(speaker) = self.mention_of(by + 1..end) else {
            return false;
        };
        // What was said: the passive's subject, a noun phrase of its own (not "it").
        let stop = self.trim_terminators(sent.start, aux_start);
        let first = self.tok(sent.start);
        let words = (sent.start..stop).filter(|&k| self.tok(k).is_word).count();
        // A noun phrase: no clause word first, no verb, no comma.
        let noun_phrase = !first.is(WordClass::SUBJECT_PRONOUNS | WordClass::CLAUSE_OPENERS)
            && (sent.start..stop).all(|k| !self.tok(k).is_punct(',') && !self.shows_verb(k));
        if words < 2 || !noun_phrase {
            return false;
        }
        let quote = self.doc.token_span(sent.start, stop - 1);
        self.push_clause(quote, speaker, cue, None, Method::ReportedClause)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::test_support::{pair, statements};

    #[test]
    fn a_source_clause_closing_the_sentence() {
        assert_eq!(
            statements(
                "Flood\n\nThe river will crest on Friday, as forecasters have said.",
                "en"
            ),
            [pair("The river will crest on Friday", "forecasters")]
        );
    }

    #[test]
    fn a_source_clause_opening_the_sentence() {
        assert_eq!(
            statements(
                "Flood\n\nAs the county engineer pointed out, the levee was never finished.",
                "en"
            ),
            [pair("the levee was never finished", "the county engineer")]
        );
    }

    #[test]
    fn a_source_clause_inside_the_sentence() {
        assert_eq!(
            statements(
                "Flood\n\nThe levee, as one of Mr. Hale's engineers noted, was never finished.",
                "en"
            ),
            [pair(
                "The levee, as one of Mr. Hale's engineers noted, was never finished",
                "one of Mr. Hale's engineers"
            )]
        );
    }

    #[test]
    fn a_source_clause_in_french_with_the_subject_after_the_verb() {
        assert_eq!(
            statements(
                "Crue\n\nLa digue n'a jamais été achevée, comme l'indique la préfecture.",
                "fr"
            ),
            [pair("La digue n'a jamais été achevée", "la préfecture")]
        );
    }

    #[test]
    fn the_agent_of_a_passive_cue_speaks() {
        assert_eq!(
            statements(
                "Usine\n\nLa fermeture de l'usine a été annoncée par le préfet mardi.",
                "fr"
            ),
            [pair("La fermeture de l'usine", "le préfet")]
        );
        assert_eq!(
            statements(
                "Plant\n\nThe closure of the plant was announced Tuesday by the company.",
                "en"
            ),
            [pair("The closure of the plant", "the company")]
        );
        // No agent, or a pronoun as subject: nothing said by anyone named.
        for (text, lang) in [
            (
                "Usine\n\nLa fermeture de l'usine a été annoncée mardi.",
                "fr",
            ),
            ("Plant\n\nIt was announced by the company.", "en"),
        ] {
            assert_eq!(statements(text, lang), [], "{text}");
        }
    }

    #[test]
    fn a_clause_of_time_or_comparison_is_no_source() {
        for text in [
            // An object after the verb: "as" tells when.
            "Flood\n\nAs the mayor announced the results, the crowd cheered.",
            // A progressive tells when.
            "Flood\n\nAs the mayor was speaking, the crowd cheered.",
        ] {
            assert_eq!(statements(text, "en"), [], "{text}");
        }
    }
}
