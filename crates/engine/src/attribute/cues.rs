//! Cue detection: speech verbs, nominal cues and inverted pronouns found in the tokens, and
//! the parts of a cue (its verb, its auxiliaries, the whole cue phrase).

use super::*;

/// Most words of a phrase between an auxiliary and its participle ("a à plusieurs reprises
/// estimé").
const MAX_INSERTED_PHRASE: usize = 4;

impl<'a, 't> Attributor<'a, 't> {
    /// The pronoun of an inverted cue ("a-t-il", "dit-elle") and the verb before it.
    // Inlined: asked of every word by the cue finder, and the guard below ends it for
    // nearly all of them (inverted cues exist only in some languages, and there only in
    // hyphenated words); the suffix search stays out of line.
    #[inline(always)]
    pub(super) fn inverted_pronoun(&self, i: usize) -> Option<(Span, &str)> {
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

    pub(super) fn inversion_suffix<'s>(
        &'s self,
        t: &'s crate::token::Token<'t>,
    ) -> Option<(Span, &'s str)> {
        let (base, pronoun) = self.lang.strip_inversion(&t.norm)?;
        let span = Span::new(t.span.end - pronoun.len(), t.span.end);
        t.text
            .is_char_boundary(t.text.len() - pronoun.len())
            .then_some((span, base))
    }

    pub(super) fn find_cues(&self) -> Vec<Cue> {
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
                            !t.is_capitalised()
                                && self.verb_is_speech(&cue, lemma)
                                && !self.bare_past_participle(&cue)
                        }
                        CueKind::Nominal => true,
                        // "…: pour lui, …": a colon opens a clause as a sentence does.
                        CueKind::SentenceInitial => {
                            self.sentence(i).start == i
                                || i > 0
                                    && self.tok(i - 1).is_punct(':')
                                    && self.tok(i - 1).quote().is_none()
                        }
                    };
                    i = cue.last + 1;
                    if plausible && !self.furniture_paragraph[self.doc.paragraph_of(cue.first)] {
                        cues.push(cue);
                    }
                }
                None => i += 1,
            }
        }
        cues
    }

    /// False for a speech verb that reports nothing here: negated ("did not say"), future or
    /// modal ("will argue", "va annoncer"), an infinitive ("declined to say"), or an English
    /// bare form read as a noun ("a civil claim").
    pub(super) fn verb_is_speech(&self, cue: &Cue, lemma: &str) -> bool {
        let floor = self.sentence(cue.first).start;
        if cue.first > floor && self.noun_before_determiner(cue.first - 1) {
            return false;
        }
        let mut i = cue.first;
        let mut left = None;
        while i > floor {
            let t = self.tok(i - 1);
            if !t.is_word || t.quote().is_some() {
                break;
            }
            // ("May said" is Theresa May, not the modal.)
            let unrealised =
                !t.is_capitalised() && self.lang.unrealised_auxiliaries.contains(&*t.norm);
            if t.is(WordClass::NEGATIONS) || unrealised {
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
        // "declined to say" reports nothing; "continued to call for" does.
        let aspectual = l > floor && self.lang.aspectual_verbs.contains(&*self.tok(l - 1).norm);
        if l + 1 == cue.first && before.is(WordClass::INFINITIVE_MARKERS) {
            return aspectual;
        }
        let bare = cue.first == cue.last && self.tok(cue.first).norm == lemma;
        if bare
            && l + 1 == cue.first
            && self.lang.infinitive_blockers.contains(&*before.norm)
            && !self.narrative_infinitive(cue)
        {
            return false;
        }
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

    /// "des champs traités", "une mesure annoncée mardi": a form only a past participle has,
    /// with no auxiliary before it, qualifies a noun; it is no cue.
    fn bare_past_participle(&self, cue: &Cue) -> bool {
        let t = self.tok(cue.first);
        if cue.inverted.is_some()
            || !self
                .lang
                .past_participle_endings
                .iter()
                .any(|e| t.norm.ends_with(e.as_str()))
        {
            return false;
        }
        let (start, glued, _) = self.skip_auxiliaries(cue);
        if glued.is_some() || (start..cue.first).any(|k| self.tok(k).is(WordClass::AUXILIARIES)) {
            return false;
        }
        // "a jugé … et appelé X à …" shares the auxiliary of the verb it is coordinated with;
        // "X a elle relevé": a stressed pronoun stands between auxiliary and participle.
        let before = |k: usize| (k > 0).then(|| self.tok(k - 1));
        let shared = before(start).is_some_and(|t| t.is(WordClass::COORDINATORS));
        let stressed = before(start).is_some_and(|t| t.is(WordClass::SUBJECT_PRONOUNS))
            && before(start - 1).is_some_and(|t| t.is(WordClass::AUXILIARIES));
        !shared && !stressed
    }

    /// "her comments", "the mayor's remarks", "a claim", "une annonce": true when the token at
    /// `k` makes the word after it a noun: an article or a possessive (not one that is also an
    /// object pronoun, as French "le", "la", nor a relative "that", nor a quantifier that can be
    /// a subject, as "all", "many"), or a possessive "'s" after a noun.
    fn noun_before_determiner(&self, k: usize) -> bool {
        let t = self.tok(k);
        if !t.is_word || t.quote().is_some() {
            return false;
        }
        if let Some(after_pronoun) = self.clitic_s(k) {
            // "'s" is "has" or "is" after a pronoun ("he's said"), a possessive after a noun.
            return !after_pronoun;
        }
        t.is(WordClass::DEFINITE | WordClass::INDEFINITE | WordClass::POSSESSIVES)
            && !t.is(WordClass::OBJECT_CLITICS
                | WordClass::COMPLEMENTIZERS
                | WordClass::RELATIVE_PRONOUNS
                | WordClass::PLURAL_DETERMINERS
                | WordClass::SUBJECT_PRONOUNS)
    }

    /// For an "'s" glued to the word before it at `k`: whether that word is a pronoun (then
    /// "'s" is "has" or "is": "he's said"); `None` for any other token.
    fn clitic_s(&self, k: usize) -> Option<bool> {
        let t = self.tok(k);
        let glued = k > 0 && self.tok(k - 1).is_word && self.tok(k - 1).span.end == t.span.start;
        (glued && t.norm.ends_with('s') && self.lang.suffix_clitics.iter().any(|c| *c == *t.norm))
            .then(|| self.tok(k - 1).is(WordClass::PRONOUNS))
    }

    /// True for a cue that hangs on the clause or statement before it: a participle
    /// ("…, adding that") or a narrative infinitive ("avant de poursuivre", "Et de conclure").
    pub(super) fn is_participle(&self, cue: &Cue) -> bool {
        self.participle_form(cue.first) || self.narrative_infinitive(cue)
    }

    /// "avant de poursuivre « … »", "Et de conclure : « … »": the words before the cue are a
    /// narrative infinitive's opener (language data).
    pub(super) fn narrative_infinitive(&self, cue: &Cue) -> bool {
        self.lang.narrative_infinitive_openers.iter().any(|words| {
            cue.first >= words.len() && self.phrase_at(words, cue.first - words.len(), cue.first)
        })
    }

    /// True when the word at `i` has a participle's ending ("citing", "raising").
    pub(super) fn participle_form(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.is_word
            && self
                .lang
                .participle_endings
                .iter()
                .any(|e| t.norm.ends_with(e.as_str()))
    }

    /// The verb span: the whole cue phrase, without a glued pronoun ("déclare-t-il" → "déclare").
    pub(super) fn verb_span(&self, cue: &Cue) -> Span {
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
    pub(super) fn skip_auxiliaries(&self, cue: &Cue) -> (usize, Option<Span>, bool) {
        let floor = self.sentence(cue.first).start;
        let mut i = cue.first;
        let mut passive = false;
        // "is saying" is progressive: only a past participle makes a passive.
        let progressive = self.participle_form(cue.first);
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
            let clitic = t.is(WordClass::OBJECT_CLITICS) && i > floor + 1
                || self.clitic_s(i - 1) == Some(true);
            // "a été annoncé": a passive auxiliary is an auxiliary too.
            let auxiliary = t.is(WordClass::AUXILIARIES | WordClass::PASSIVE_AUXILIARIES);
            if !name_like && (clitic || auxiliary || t.is(WordClass::ADVERBS)) {
                // "est annoncé" is passive, "s'est dit" is not.
                let reflexive =
                    i >= floor + 2 && self.lang.reflexive_clitics.contains(&*self.tok(i - 2).norm);
                if i == cue.first
                    && t.is(WordClass::PASSIVE_AUXILIARIES)
                    && !reflexive
                    && !progressive
                {
                    passive = true;
                }
                i -= 1;
            } else if let Some(aux) = (i == cue.first)
                .then(|| self.phrase_after_auxiliary(floor, i))
                .flatten()
            {
                // "a à plusieurs reprises estimé", "has for years argued": a short phrase
                // between the auxiliary and the participle.
                i = aux;
            } else if t.is(WordClass::INFINITIVE_MARKERS)
                && i >= floor + 2
                && self.lang.aspectual_verbs.contains(&*self.tok(i - 2).norm)
            {
                // "continued to call for": the aspectual verb carries the subject.
                i -= 2;
            } else {
                break;
            }
        }
        (i, None, passive)
    }

    /// Where the auxiliary stands before a short prepositional phrase that ends at `end`
    /// ("a | à plusieurs reprises", "has | for years"), if one does.
    fn phrase_after_auxiliary(&self, floor: usize, end: usize) -> Option<usize> {
        let start = (end.saturating_sub(MAX_INSERTED_PHRASE).max(floor + 1)..end)
            .find(|&k| self.tok(k).is(WordClass::PREPOSITIONS))?;
        let aux = self.tok(start - 1);
        let phrase_ok = (start..end).all(|k| {
            let t = self.tok(k);
            t.is_word && t.quote().is_none() && !t.is_capitalised()
        });
        (phrase_ok
            && aux.is_word
            && aux.is(WordClass::AUXILIARIES)
            && !aux.is(WordClass::PREPOSITIONS | WordClass::PASSIVE_AUXILIARIES))
        .then_some(start)
    }

    pub(super) fn cue_span(&self, cue: &Cue) -> Span {
        let (start, _, _) = if matches!(cue.kind, CueKind::Verb { .. }) {
            self.skip_auxiliaries(cue)
        } else {
            (cue.first, None, false)
        };
        self.doc.token_span(start.min(cue.first), cue.last)
    }

    /// …, X said. / …, a déclaré le ministre.
    /// True for a word that shows a short clause is one: an auxiliary or a speech verb
    /// ("It is", "We did").
    pub(super) fn is_verb_like(&self, k: usize) -> bool {
        let t = self.tok(k);
        t.is(WordClass::AUXILIARIES) || t.is(WordClass::CUE_START)
    }

    /// True for a word that shows its phrase has a verb: an auxiliary or a speech verb (French
    /// "de" is an auxiliary word too, "vient de", but as a preposition it shows no verb), or a
    /// regular past ("changed").
    pub(super) fn shows_verb(&self, k: usize) -> bool {
        let t = self.tok(k);
        t.is_word && (self.is_verb_like(k) && !t.is(WordClass::PREPOSITIONS) || self.past_form(k))
    }
}
