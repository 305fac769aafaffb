//! Complements that carry what was said without a clause: a preposition after the verb
//! ("called for a moratorium", "a appelé à manifester"), an object and its preposition
//! ("accused the GOP of stoking the issue", "a accusé X de mentir"), or an object and what it
//! is named ("called climate change a hoax", "described the plan as a gamble").

use super::{Attributor, Cue, Method};
use crate::lang::{CueKind, WordClass};

/// Most tokens of the object before its preposition or its name.
const MAX_OBJECT: usize = 8;

impl Attributor<'_, '_> {
    /// The complement rule: the statement runs from the complement's start to the clause end.
    pub(super) fn content_complement(&mut self, cue: &Cue, cues: &[Cue]) -> bool {
        let CueKind::Verb { lemma, .. } = &cue.kind else {
            return false;
        };
        let sent = self.sentence(cue.first);
        let (_, _, passive) = self.skip_auxiliaries(cue);
        let after = cue.last + 1;
        // "so-called", "has been called a charlatan": no one speaks in this verb.
        let glued_prefix = cue.first > sent.start && {
            let before = self.tok(cue.first - 1);
            before.text == "-" && before.span.end == self.tok(cue.first).span.start
        };
        if passive || glued_prefix || after + 1 >= sent.end {
            return false;
        }
        let Some(start) = self.complement_start(lemma, after, sent.end) else {
            return false;
        };
        let (speaker, _) = if self.is_participle(cue) {
            (self.participle_subject(cue), 0)
        } else {
            self.subject_for(cue, start)
        };
        let Some(speaker) = speaker.filter(|m| m.tokens.start <= cue.last) else {
            return false;
        };
        let mut stop = self.clause_end(start, sent.end, cues);
        // "Clinton, who has called for tax hikes, spoke …": the comma that closes the
        // relative clause ends its content too.
        if self.in_relative_clause(cue) {
            if let Some(k) =
                (start..stop).find(|&k| self.tok(k).is_punct(',') && self.tok(k).quote().is_none())
            {
                stop = k;
            }
        }
        while stop > start && !self.tok(stop - 1).is_word && self.tok(stop - 1).quote().is_none() {
            stop -= 1;
        }
        // A content of one word is a topic or an object ("called for calm" is still one).
        if stop <= start || (start..stop).filter(|&k| self.tok(k).is_word).count() < 2 {
            return false;
        }
        let quote = self.doc.token_span(start, stop - 1);
        self.push_clause(quote, speaker, cue, None, Method::ReportedClause)
    }

    /// True when the cue's verb opens a relative clause set off by a comma: ", who has
    /// called for …", ", qui a appelé à …".
    fn in_relative_clause(&self, cue: &Cue) -> bool {
        let floor = self.sentence(cue.first).start;
        let mut j = cue.first;
        while j > floor
            && self.tok(j - 1).is_word
            && self
                .tok(j - 1)
                .is(WordClass::AUXILIARIES | WordClass::ADVERBS)
        {
            j -= 1;
        }
        j >= floor + 2
            && self.tok(j - 1).is(WordClass::RELATIVE_PRONOUNS)
            && self.tok(j - 2).is_punct(',')
    }

    /// Where a complement that carries the content of the verb `lemma` starts, when one
    /// follows the verb at `after`.
    pub(super) fn complement_start(&self, lemma: &str, after: usize, end: usize) -> Option<usize> {
        // "en appelle également à …", "called again for …", "called Friday for …": past
        // adverbs and time words first (not a preposition: "call on" may be the verb's own).
        let mut after = after;
        while after < end && !self.tok(after).is(WordClass::NEGATIONS) && self.adverb_like(after) {
            after += 1;
        }
        if after + 1 >= end {
            return None;
        }
        self.after_preposition(lemma, after, end)
            .or_else(|| self.object_then_preposition(lemma, after, end))
            .or_else(|| self.object_then_name(lemma, after, end))
    }

    /// "called for X", "a appelé à X": where the content starts after the verb's preposition.
    fn after_preposition(&self, lemma: &str, after: usize, end: usize) -> Option<usize> {
        let prepositions = self.lang.content_after.get(lemma)?;
        let t = self.tok(after);
        if !t.is_word || !prepositions.iter().any(|p| *p == *t.norm) {
            return None;
        }
        let next = self.tok(after + 1);
        // "promised to cut taxes": an infinitive keeps its marker, as the gold spans do.
        let keeps = self.lang.content_keeps_preposition || t.is(WordClass::INFINITIVE_MARKERS);
        (after + 1 < end && (next.is_word || next.quote().is_some())).then_some(if keeps {
            after
        } else {
            after + 1
        })
    }

    /// "accused the GOP of stoking …", "a appelé les élus à voter": the object, then the
    /// verb's preposition with words after it. The object is part of the content.
    fn object_then_preposition(&self, lemma: &str, after: usize, end: usize) -> Option<usize> {
        let prepositions = self.lang.content_after_object.get(lemma)?;
        if !self.opens_object(after) {
            return None;
        }
        let k = self.object_end(after, end, |k| {
            prepositions.iter().any(|p| *p == *self.tok(k).norm)
        })?;
        if k + 1 >= end {
            return None;
        }
        let next = self.tok(k + 1);
        // "accuse une baisse de 3 %" measures, it does not accuse. Where the preposition
        // opens an infinitive ("accusé X de mentir"), a noun phrase after it is no content.
        let figure = next.text.starts_with(|c: char| c.is_ascii_digit());
        let noun_phrase = self.lang.content_keeps_preposition
            && next.is(WordClass::DETERMINER | WordClass::POSSESSIVES);
        ((next.is_word || next.quote().is_some()) && !figure && !noun_phrase).then_some(after)
    }

    /// "called climate change a hoax", "described the plan as a gamble", "calls it a rookie
    /// mistake": a naming verb, its object, then a noun phrase opened by an indefinite article
    /// or a link word ("dismissed the report as partisan": only a link for some verbs).
    fn object_then_name(&self, lemma: &str, after: usize, end: usize) -> Option<usize> {
        let opens_name =
            |k: usize| self.opens_name(lemma, self.tok(k)) && !self.link_in_preposition(k);
        if !self.lang.naming_verbs.contains(lemma)
            && !self.lang.naming_verbs_with_link.contains(lemma)
        {
            return None;
        }
        // An object pronoun is the whole object.
        let pronoun = self.lang.pronouns.contains_key(&*self.tok(after).norm)
            && after + 1 < end
            && opens_name(after + 1);
        let k = if pronoun {
            after + 1
        } else if self.opens_object(after) {
            self.object_end(after, end, opens_name)?
        } else {
            return None;
        };
        let named = self.tok(k + 1);
        // "condemned the launch as Pyongyang fired three missiles": "as" opens a clause there.
        let clause = self.tok(k).is(WordClass::CLAUSE_OPENERS) && self.reads_as_clause(k + 1, end);
        (k + 1 < end
            && (named.is_word || named.quote().is_some())
            && !named.is(WordClass::PREPOSITIONS)
            && !clause)
            .then_some(after)
    }

    /// Whether `t` after the object of the naming verb `lemma` opens the name given to it:
    /// a link word ("as", "de"), or an indefinite article for verbs that name without one
    /// ("called the plan a gamble").
    pub(super) fn opens_name(&self, lemma: &str, t: &crate::token::Token) -> bool {
        self.lang.naming_links.contains(&*t.norm)
            || t.is(WordClass::INDEFINITE) && self.lang.naming_verbs.contains(lemma)
    }

    /// Whether the link word at `k` is the end of a longer preposition ("such as"), which
    /// names an example, not what the object is called.
    fn link_in_preposition(&self, k: usize) -> bool {
        k > 0
            && self
                .lang
                .link_prepositions
                .iter()
                .any(|(first, link)| *first == *self.tok(k - 1).norm && *link == *self.tok(k).norm)
    }

    /// Whether an object can start at `k`: a word that opens a noun phrase, not a
    /// preposition, an adverb, a clause word or an indefinite article ("called a meeting").
    fn opens_object(&self, k: usize) -> bool {
        let t = self.tok(k);
        // "called out the distance": a particle of the verb, not its object.
        let particle = t.is(WordClass::FUNCTION_WORDS)
            && !t.is(WordClass::DETERMINER | WordClass::POSSESSIVES)
            && !t.is_capitalised();
        t.is_word
            && !particle
            && t.quote().is_none()
            && !t.is(WordClass::PREPOSITIONS
                | WordClass::ADVERBS
                | WordClass::CLAUSE_OPENERS
                | WordClass::COMPLEMENTIZERS
                | WordClass::INDEFINITE
                | WordClass::SUBJECT_PRONOUNS
                | WordClass::AUXILIARIES
                | WordClass::MODIFIER_OPENERS)
            && !t.text.starts_with(|c: char| c.is_ascii_digit())
    }

    /// The first token after the object that starts at `after` for which `ends` holds, when
    /// only object words stand before it.
    fn object_end(&self, after: usize, end: usize, ends: impl Fn(usize) -> bool) -> Option<usize> {
        let limit = end.min(after + 1 + MAX_OBJECT);
        for k in after + 1..limit {
            // Before the object test: "de" is an auxiliary word too in French ("vient de").
            if ends(k) {
                return Some(k);
            }
            if !self.inside_object(k) {
                return None;
            }
        }
        None
    }

    /// Whether the token at `k` can stand inside an object: words, "and" between two of its
    /// nouns ("l'intéressé et le CSA"), a hyphen or an apostrophe; no clause word, no comma
    /// (an apposition after the object reads as its name: "called witness Ann Lee, a judge").
    fn inside_object(&self, k: usize) -> bool {
        let t = self.tok(k);
        if t.quote().is_some() {
            return true;
        }
        if !t.is_word {
            return matches!(t.text, "-" | "'" | "’");
        }
        t.is(WordClass::COORDINATORS)
            || !t
                .is(WordClass::CLAUSE_OPENERS | WordClass::COMPLEMENTIZERS | WordClass::AUXILIARIES)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::test_support::{pair, statements};

    #[test]
    fn a_preposition_after_the_verb_opens_the_content() {
        assert_eq!(
            statements(
                "Budget vote\n\nThe union called for a freeze on hiring.",
                "en"
            ),
            [pair("a freeze on hiring", "The union")]
        );
        assert_eq!(
            statements(
                "Vote du budget\n\nLe syndicat a appelé à geler les embauches.",
                "fr"
            ),
            [pair("à geler les embauches", "Le syndicat")]
        );
    }

    #[test]
    fn an_object_and_its_preposition_carry_the_content() {
        assert_eq!(
            statements(
                "Budget vote\n\nThe mayor accused the council of hiding the deficit.",
                "en"
            ),
            [pair("the council of hiding the deficit", "The mayor")]
        );
    }

    #[test]
    fn an_object_and_its_preposition_in_french() {
        assert_eq!(
            statements(
                "Vote du budget\n\nLe maire a accusé l'opposition de bloquer le vote.",
                "fr"
            ),
            [pair("l'opposition de bloquer le vote", "Le maire")]
        );
    }

    #[test]
    fn a_naming_verb_with_an_object_and_a_name() {
        assert_eq!(
            statements(
                "Budget vote\n\nThe mayor called the budget a disgrace.",
                "en"
            ),
            [pair("the budget a disgrace", "The mayor")]
        );
    }

    #[test]
    fn a_commissive_verb_and_its_infinitive() {
        assert_eq!(
            statements(
                "Budget vote\n\nThe governor vowed to veto the spending bill.",
                "en"
            ),
            [pair("to veto the spending bill", "The governor")]
        );
        // Coordinated with an earlier cue, it shares that cue's speaker.
        assert_eq!(
            statements(
                "Budget vote\n\nAfter the defeat the party admitted it had erred and promised to listen.",
                "en"
            ),
            [
                pair("it had erred", "the party"),
                pair("to listen", "the party")
            ]
        );
    }

    #[test]
    fn the_one_asked_and_what_they_were_asked_to_do() {
        assert_eq!(
            statements(
                "Debate\n\nThe moderator asked the candidates to keep their answers short.",
                "en"
            ),
            [pair(
                "the candidates to keep their answers short",
                "The moderator"
            )]
        );
    }

    #[test]
    fn an_adverb_between_the_verb_and_its_preposition() {
        assert_eq!(
            statements(
                "Vote\n\nLa fédération en appelle également à la prudence des clients.",
                "fr"
            ),
            [pair("à la prudence des clients", "La fédération")]
        );
    }

    #[test]
    fn a_naming_verb_with_a_pronoun_object() {
        assert_eq!(
            statements("Cup final\n\nThe coach calls it a fair result.", "en"),
            [pair("it a fair result", "The coach")]
        );
    }

    #[test]
    fn a_verb_that_names_through_a_link_word_only() {
        assert_eq!(
            statements(
                "Audit\n\nThe mayor dismissed the audit as a political stunt.",
                "en"
            ),
            [pair("the audit as a political stunt", "The mayor")]
        );
        for text in [
            // An indefinite article after the object names nothing for these verbs.
            "Audit\n\nThe club dismissed the coach a week later.",
            // "such as" gives examples; "as" before a clause is a conjunction.
            "Audit\n\nThe senator criticized trade deals such as the pact with Peru.",
            "Audit\n\nThe council condemned the shelling as the rebels fired again.",
        ] {
            assert_eq!(statements(text, "en"), [], "{text}");
        }
    }

    #[test]
    fn a_naming_verb_and_its_quoted_name_in_french() {
        // A long object, then the link word and the quotation: the quoted words are the statement.
        assert_eq!(
            statements(
                "Conseil\n\nLe ministre a qualifié les propos tenus par le député de « honteux ».",
                "fr"
            ),
            [pair("« honteux »", "Le ministre")]
        );
        // The name before the object.
        assert_eq!(
            statements(
                "Conseil\n\nLa maire a qualifié de « ridicules » les accusations.",
                "fr"
            ),
            [pair("« ridicules »", "La maire")]
        );
        // A preposition before the quotation governs it: the object is part of the content.
        assert_eq!(
            statements(
                "Conseil\n\nElle a appelé les syndicats à « reprendre le dialogue ».",
                "fr"
            ),
            [pair("les syndicats à « reprendre le dialogue »", "Elle")]
        );
    }

    #[test]
    fn a_passive_naming_verb_names_no_speaker() {
        for text in [
            "Vote\n\nThe result was labeled “a triumph” in the press.",
            "Vote\n\nThe doctor has been called a fraud by critics for selling “miracle” pills.",
        ] {
            assert_eq!(statements(text, "en"), [], "{text}");
        }
    }

    #[test]
    fn a_judging_verb_with_an_object_after_a_subject_in_apposition() {
        // The name between commas is the subject, not a clause reported by an inverted verb.
        let text = "Vote\n\nAnother host, Ann Lee, had denounced the decision in a broadcast.";
        assert_eq!(statements(text, "en"), [], "{text}");
    }

    #[test]
    fn calls_without_content_are_no_statements() {
        for text in [
            "Budget vote\n\nThe mayor called a meeting for Friday.",
            "Budget vote\n\nThe mayor called the police on Friday.",
            "Budget vote\n\nThe so-called reform was voted.",
            "Budget vote\n\nThe mayor has been called a hero by many.",
            "Budget vote\n\nThe mayor called out the names of the winners.",
        ] {
            assert_eq!(statements(text, "en"), [], "{text}");
        }
        // "accuser une baisse" is to show a fall, not to accuse anyone.
        let fr = "Résultats\n\nLe groupe accuse une baisse de 3 % de ses ventes.";
        assert_eq!(statements(fr, "fr"), [], "{fr}");
    }
}
