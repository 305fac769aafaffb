//! The shared clause and subject toolkit: who a cue's subject is, before or after the verb,
//! across appositions, relatives and coordinated predicates, and what kind of mention it is.

use super::*;

impl<'a, 't> Attributor<'a, 't> {
    pub(super) fn is_left_boundary(&self, i: usize) -> bool {
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
    pub(super) fn subject_before(&self, end: usize, floor: usize) -> Option<Mention> {
        // "Rep. Ann Lee (D-Ohio) said": a parenthesis after the name is its affiliation.
        let end = self.before_parenthesis(end, floor);
        let mut j = end;
        while j > floor && !self.is_left_boundary(j - 1) {
            j -= 1;
        }
        // "the walk-ins were the third time AROS said": the subject is the noun phrase after
        // the copula of the words before it.
        if let Some(a) = (j..end.saturating_sub(1)).rev().find(|&i| {
            let t = self.tok(i);
            t.is_word
                && !t.is_capitalised()
                && t.is(WordClass::PASSIVE_AUXILIARIES)
                && self.tok(i + 1).is(WordClass::DETERMINER)
        }) {
            j = a + 1;
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
            // "The plan, the senators said": a determiner after the comma opens another noun
            // phrase, the subject itself.
            && !self.tok(j).is(WordClass::DETERMINER)
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
        // "After the defeat the party said", "In 2015 the council said": in a fronted
        // adverbial, a determiner right after a noun opens the subject's noun phrase.
        let opens_adverbial = |k: usize| {
            let t = self.tok(k);
            t.is(WordClass::PREPOSITIONS | WordClass::CLAUSE_OPENERS)
                && !t.is(WordClass::RELATIVE_PRONOUNS)
        };
        let adverbial = j < end && (opens_adverbial(j) || j > floor && opens_adverbial(j - 1));
        if let Some(p) = (j + 1..end).rev().filter(|_| adverbial).find(|&p| {
            let before = self.tok(p - 1);
            self.tok(p).is(WordClass::DEFINITE | WordClass::INDEFINITE)
                && !self.tok(p).is_capitalised()
                && before.is_word
                && before.quote().is_none()
                && !before.is_capitalised()
                && !before.is(WordClass::DETERMINER
                    | WordClass::POSSESSIVES
                    | WordClass::PREPOSITIONS
                    | WordClass::COORDINATORS
                    | WordClass::FUNCTION_WORDS)
        }) {
            j = p;
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
    pub(super) fn before_parenthesis(&self, end: usize, floor: usize) -> usize {
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
    pub(super) fn past_form(&self, k: usize) -> bool {
        let t = self.tok(k);
        self.lang.irregular_past.contains(&*t.norm)
            || self
                .lang
                .past_endings
                .iter()
                .any(|e| t.norm.len() > e.len() + 2 && t.norm.ends_with(e.as_str()))
    }

    /// "Ken Njoroge, chief executive of a company that offers mobile banking services, said":
    /// the "that" at `k` opens a relative clause after a noun inside an apposition, which
    /// starts at a comma after a name.
    pub(super) fn relative_in_apposition(&self, k: usize, floor: usize) -> bool {
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
    pub(super) fn mention_of(&self, range: Range<usize>) -> Option<Mention> {
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
            // A lone determiner is no subject, except a plural one used as a pronoun ("All
            // agreed that …", "Others said …").
            || (range.len() == 1
                && first.is(WordClass::DETERMINER)
                && !first.is(WordClass::PLURAL_DETERMINERS))
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
        // "Sen. Mary Cole of Ohio", "Tom Baker of Acme Bank": a person's name, then where
        // they come from or work; the person speaks.
        if let [.., person, place] = runs[..] {
            let (p, q) = (run_range(person), run_range(place));
            let joined = p.end + 1 == q.start
                && self.tok(p.end).is_word
                && (self.tok(p.end).is(WordClass::ORGANISATION_JOINERS)
                    || matches!(&*self.tok(p.end).norm, "from" | "at"))
                && q.end == range.end;
            let personal = p.len() >= 2
                && (self.tok(p.start).is(WordClass::GIVEN_NAME)
                    || p.clone().all(|i| {
                        !self
                            .tok(i)
                            .is(WordClass::ORGANISATION_MARKERS | WordClass::PLACE_OPENERS)
                    })
                    || p.start > range.start
                        && self
                            .tok(p.start - 1)
                            .is(WordClass::HONORIFICS | WordClass::ROLE)
                    || p.start > range.start + 1
                        && self.tok(p.start - 1).is_punct('.')
                        && self.tok(p.start - 2).is(WordClass::HONORIFICS));
            if joined && personal {
                return Some(Mention {
                    span: self.doc.token_span(p.start, p.end - 1),
                    tokens: p.clone(),
                    kind: MentionKind::Name(person),
                    role: Some(self.doc.token_span(p.end, q.end - 1)),
                });
            }
        }
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
            // "la députée UMP", "le sénateur LR": an acronym after a role is the party or
            // body the role belongs to, not the person's name.
            let affiliation_acronym = r.len() == 1
                && r.start > range.start
                && self.tok(r.start - 1).is(WordClass::ROLE)
                && self.tok(r.start).is_acronym();
            // "le ministère britannique de la Défense": a name inside a description.
            let inside_description = after_preposition
                || affiliation_acronym
                || (before.is_some_and(|w| self.lang.is_determiner(w)) && r.start > range.start);
            if ends_range && !inside_description {
                let role =
                    (r.start > range.start).then(|| self.doc.token_span(range.start, r.start - 1));
                let role = role.filter(|_| {
                    // A lone determiner or honorific is not a role ("l'entraîneur" is two
                    // words).
                    let words = (range.start..r.start)
                        .filter(|&i| self.tok(i).is_word)
                        .count();
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

    /// The subject after an inverted verb, if any, and the token after it (or `from`).
    pub(super) fn subject_after_or_none(
        &self,
        from: usize,
        limit: usize,
    ) -> (Option<Mention>, usize) {
        match self.subject_after(from, limit) {
            Some(m) => {
                let next = m.tokens.end;
                (Some(m), next)
            }
            None => (None, from),
        }
    }

    /// The subject written after an inverted verb ("said Rockets manager Bruce Hamilton").
    pub(super) fn subject_after(&self, from: usize, limit: usize) -> Option<Mention> {
        let mut from = from;
        // "indique aujourd'hui les services de …", "annonce pour sa part le Crédit Mutuel",
        // "a ajouté, de son côté, la ministre": adverbs and adverbial phrases, commas around.
        loop {
            let comma = usize::from(from < limit && self.tok(from).is_punct(','));
            let at = from + comma;
            // A time word ("a affirmé mardi ce responsable") counts as an adverb here.
            let skip = if at < limit && self.adverb_like(at) {
                1
            } else {
                self.adverbial_phrase_len(at, limit)
            };
            if skip == 0 {
                break;
            }
            from = at + skip;
            if from < limit && self.tok(from).is_punct(',') {
                from += 1;
            }
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
            // "a source familiar with the talks", "a person close to the minister": an
            // adjective that takes a complement keeps it inside the subject.
            let adjective_complement = end > from
                && t.is(WordClass::PREPOSITIONS
                    | WordClass::ADDRESSEE_PREPOSITIONS
                    | WordClass::MODIFIER_OPENERS)
                && self
                    .lang
                    .complement_adjectives
                    .contains(&*self.tok(end - 1).norm);
            if end > from
                && !t.is_capitalised()
                && !inside_name
                && !inside_occupation
                && !adjective_complement
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
        // "called Friday for …", "estime par exemple X", "a déclaré sur RTL X": a day, a
        // locution or a medium before the subject is no part of it; a phrase that goes on
        // ("on Twitter.", "for releasing the videos") leaves no subject.
        for _ in 0..3 {
            let opener = self.tok(from);
            if !opener.is(WordClass::MODIFIER_OPENERS) || opener.is(WordClass::DETERMINER) {
                break;
            }
            from += 1;
            if opener.is(WordClass::PREPOSITIONS) {
                let next = self.doc.tokens.get(from).filter(|_| from < end)?;
                if next.is_capitalised() {
                    // The medium's name: its capitalised words, up to a given name that opens
                    // the speaker's ("sur France Info Nathalie Kosciusko-Morizet").
                    let medium = from;
                    while from < end
                        && self.tok(from).is_word
                        && self.tok(from).is_capitalised()
                        && (from == medium || !self.tok(from).is(WordClass::GIVEN_NAME))
                    {
                        from += 1;
                    }
                } else if next.is_word
                    && !next.is(WordClass::DETERMINER)
                    && !self.participle_form(from)
                {
                    from += 1;
                } else {
                    return None;
                }
            }
            if from >= end {
                return None;
            }
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

    /// True for an adverb or a time word that is no preposition, determiner or clause word
    /// ("également", "mardi", "Friday"): it may stand between a verb and what follows it.
    pub(super) fn adverb_like(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.is_word
            && (t.is(WordClass::ADVERBS)
                || t.is(WordClass::MODIFIER_OPENERS)
                    && !t.is(WordClass::PREPOSITIONS
                        | WordClass::DETERMINER
                        | WordClass::CLAUSE_OPENERS))
    }

    /// True when the words of a language-data phrase stand from token `at`, outside
    /// quotations and before `limit`.
    pub(super) fn phrase_at(&self, words: &[String], at: usize, limit: usize) -> bool {
        at + words.len() <= limit
            && words.iter().enumerate().all(|(n, w)| {
                let t = self.tok(at + n);
                t.is_word && t.quote().is_none() && *t.norm == **w
            })
    }

    /// The length in tokens of the adverbial phrase (language data) starting at `at`, or 0.
    pub(super) fn adverbial_phrase_len(&self, at: usize, limit: usize) -> usize {
        self.lang
            .adverbial_phrases
            .iter()
            .find(|words| self.phrase_at(words, at, limit))
            .map_or(0, Vec::len)
    }

    pub(super) fn subject_for(&self, cue: &Cue, after_limit: usize) -> (Option<Mention>, usize) {
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
        // "veteran MPs who say …": a relative pronoun stands for the noun phrase before it,
        // also past a short time or place phrase ("McConnell, who in 2010 said …").
        let relative = (end.saturating_sub(5).max(floor + 1)..end)
            .rev()
            .find(|&k| {
                self.tok(k).is(WordClass::RELATIVE_PRONOUNS)
                    && (k + 1 == end
                        || self.tok(k + 1).is(WordClass::MODIFIER_OPENERS)
                            && (k + 1..end).all(|i| self.tok(i).is_word))
            });
        if let Some(k) = relative {
            if let Some(m) = self.subject_before(k, floor) {
                return (Some(m), cue.last + 1);
            }
        }
        // "X a fait voter et a déclaré que …": the subject of the first verb, or the speaker
        // of a statement that verb reported ("La ministre a jugé … et appelé …").
        if end > floor && self.tok(end - 1).is(WordClass::COORDINATORS) {
            // "The residents gathered at city hall and said …": the noun phrase before the
            // first verb, when the sentence opens with one, else its first name or pronoun.
            if let Some(m) = self
                .earlier_speaker_in_sentence(cue)
                .or_else(|| self.main_clause_subject(floor, end - 1))
                .or_else(|| self.sentence_subject(floor, end - 1))
            {
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
    pub(super) fn source_phrase_end(&self, start: usize, end: usize) -> Option<usize> {
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
    pub(super) fn paragraph_subject(&self, paragraph: usize) -> Option<Mention> {
        let sentences = self.doc.paragraphs[paragraph].sentences.clone();
        sentences.rev().find_map(|s| self.sentence_person(s))
    }

    /// A personal pronoun, a name of two words or more that opens with a given name, or the
    /// surname of such a name written earlier ("Jeanine Durning …" then "Durning did not …").
    pub(super) fn surely_person(&self, m: &Mention) -> bool {
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
    pub(super) fn sentence_person(&self, s: usize) -> Option<Mention> {
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
    pub(super) fn sentence_subject(&self, floor: usize, end: usize) -> Option<Mention> {
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

    pub(super) fn pronoun_mention(&self, span: Span, token: usize) -> Mention {
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

    /// The speaker of a statement found earlier in the cue's sentence, by a cue before it.
    fn earlier_speaker_in_sentence(&self, cue: &Cue) -> Option<Mention> {
        let sent = self.sentence(cue.first);
        let sentence_start = self.tok(sent.start).span.start;
        // Statements of this sentence are the last ones found.
        self.found
            .iter()
            .rev()
            .take_while(|f| f.quote.end > sentence_start)
            .find(|f| {
                f.cue.is_some_and(|c| {
                    c.start >= sentence_start && c.end <= self.tok(cue.first).span.start
                })
            })
            .map(|f| f.speaker.clone())?
    }

    /// The subject of "…, adding that": the speaker of the clause it hangs on.
    pub(super) fn participle_subject(&self, cue: &Cue) -> Option<Mention> {
        let sent = self.sentence(cue.first);
        if let Some(speaker) = self.earlier_speaker_in_sentence(cue) {
            return Some(speaker);
        }
        // "Et de conclure : « … »": the speaker of the statement just before, in this
        // paragraph or the one before.
        if self.narrative_infinitive(cue) {
            let para = self.doc.paragraph_of(cue.first);
            return self
                .found
                .last()
                .filter(|f| f.paragraph + 1 >= para)
                .and_then(|f| f.speaker.clone());
        }
        let (end, inverted, _) = self.skip_auxiliaries(cue);
        if let Some(span) = inverted {
            return Some(self.pronoun_mention(span, end));
        }
        // "A judge has rejected the request of X's wife, Ivana, saying …": a participle set
        // off by a comma hangs on the main clause, whose subject opens the sentence.
        if end > sent.start && self.tok(end - 1).is_punct(',') {
            if let Some(m) = self.main_clause_subject(sent.start, end - 1) {
                return Some(m);
            }
        }
        // "TVE a émis un communiqué affirmant que …": the subject of the main clause.
        self.subject_before(end, sent.start)
            .or_else(|| self.sentence_subject(sent.start, cue.first))
            .or_else(|| self.main_clause_subject(sent.start, end))
    }

    /// The subject of the sentence's main clause, before `end`: past a fronted adverbial and
    /// its comma, a name that opens the clause, or the words before its first verb (an
    /// auxiliary, a speech verb or a regular past: "Two speechwriters implored", "The
    /// committee is filing").
    fn main_clause_subject(&self, floor: usize, end: usize) -> Option<Mention> {
        let mut start = floor;
        let first = self.tok(start);
        if first.is(WordClass::PREPOSITIONS | WordClass::CLAUSE_OPENERS | WordClass::ADVERBS) {
            let comma = (start..end).find(|&k| self.tok(k).is_punct(','))?;
            start = comma + 1;
        }
        if start >= end {
            return None;
        }
        let verb = (start + 1..end.min(start + MAX_SUBJECT)).find(|&k| {
            let t = self.tok(k);
            t.is_word
                && !t.is_capitalised()
                && !t.is(WordClass::PREPOSITIONS)
                && (t.is(WordClass::AUXILIARIES) || t.is(WordClass::CUE_START) || self.past_form(k))
        });
        // Only words of a noun phrase stand before the verb.
        if let Some(verb) = verb.filter(|&verb| {
            (start..verb).all(|k| {
                let t = self.tok(k);
                t.is_word && t.quote().is_none() && !t.is(WordClass::CLAUSE_OPENERS)
            })
        }) {
            return self.mention_of(start..verb);
        }
        if let Some(k) = self.name_at(start) {
            let run = self.names[k].tokens.clone();
            let verb_next = run.end < end && {
                let t = self.tok(run.end);
                t.is_word && !t.is_capitalised() && !t.is(WordClass::PREPOSITIONS)
            };
            if run.start == start && verb_next {
                return Some(Mention {
                    span: self.doc.token_span(run.start, run.end - 1),
                    tokens: run,
                    kind: MentionKind::Name(k),
                    role: None,
                });
            }
        }
        None
    }
}
