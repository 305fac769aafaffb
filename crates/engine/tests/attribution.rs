//! Table-driven attribution tests: each case is a text and the statements expected from it,
//! written as (quote text, speaker mention, speaker reference, cue) and checked by slicing
//! the text with the returned spans.

use hearsay_engine::{Engine, Statement};

fn slice(text: &str, s: Option<hearsay_engine::Span>) -> Option<&str> {
    s.map(|s| s.slice(text))
}

/// (quote, speaker mention, speaker reference, cue), as text.
type Expected<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

fn check(lang: &str, text: &str, expected: &[Expected]) {
    let engine = Engine::new().unwrap();
    let got: Vec<Statement> = engine.analyze(text, Some(lang)).unwrap().statements;
    let got: Vec<Expected> = got
        .iter()
        .map(|s| {
            (
                s.quote.slice(text),
                slice(text, s.speaker),
                s.speaker_ref.as_deref(),
                slice(text, s.verb),
            )
        })
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

macro_rules! t {
    ($name:ident, $lang:expr, $text:expr, [$(($q:expr, $sp:expr, $r:expr, $v:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            check($lang, $text, &[$(($q, $sp, $r, $v)),*]);
        }
    };
}

t!(
    en_quote_then_cue,
    "en",
    "Title\n\n\"We will rebuild,\" Mayor Jane Hill said.",
    [(
        "\"We will rebuild,\"",
        Some("Jane Hill"),
        Some("Jane Hill"),
        Some("said")
    ),]
);

t!(
    en_inverted_cue_and_floating,
    "en",
    "Title\n\nJane Hill spoke on Monday.\n\n\"It is done,\" said Hill.\n\n\"Now we vote on it.\"",
    [
        (
            "\"It is done,\"",
            Some("Hill"),
            Some("Jane Hill"),
            Some("said")
        ),
        ("\"Now we vote on it.\"", None, Some("Jane Hill"), None),
    ]
);

t!(
    en_reported_with_addressee,
    "en",
    "Title\n\nTom Reed told reporters that the plant would close.",
    [(
        "that the plant would close",
        Some("Tom Reed"),
        Some("Tom Reed"),
        Some("told")
    ),]
);

t!(
    en_clause_then_cue_with_pronoun,
    "en",
    "Title\n\nAnna Berg runs the clinic. The wait is too long, she said.",
    [(
        "The wait is too long",
        Some("she"),
        Some("Anna Berg"),
        Some("said")
    ),]
);

t!(
    en_according_to,
    "en",
    "Title\n\nAccording to the ministry, prices rose.",
    [(
        "prices rose",
        Some("the ministry"),
        Some("the ministry"),
        Some("According to")
    ),]
);

t!(
    en_negated_and_infinitive_cues_report_nothing,
    "en",
    "Title\n\nThe mayor did not say whether the road would open. He declined to say when.",
    []
);

t!(
    fr_incise,
    "fr",
    "Titre\n\n« Non », a-t-il déclaré.",
    [("« Non »", Some("il"), None, Some("déclaré")),]
);

t!(fr_apposition_and_pronoun, "fr", "Titre\n\nMarie Dubois, porte-parole du ministère, a déclaré que le projet avançait. Elle a ajouté que rien n’était décidé.", [
    ("que le projet avançait", Some("Marie Dubois"), Some("Marie Dubois"), Some("déclaré")),
    ("que rien n’était décidé", Some("Elle"), Some("Marie Dubois"), Some("ajouté")),
]);

t!(
    fr_selon_and_institution,
    "fr",
    "Titre\n\nSelon le ministère de l’Intérieur, la situation est calme.",
    [(
        "la situation est calme",
        Some("le ministère de l’Intérieur"),
        Some("Ministère de l’Intérieur"),
        Some("Selon")
    ),]
);

t!(
    fr_interrupted_quote_second_half_floats,
    "fr",
    "Titre\n\nJean Martin a parlé. « C’est fini », a-t-il dit, « nous partons. »",
    [
        (
            "« C’est fini »",
            Some("il"),
            Some("Jean Martin"),
            Some("dit")
        ),
        ("« nous partons. »", None, Some("Jean Martin"), None),
    ]
);

t!(fr_role_noun_spelled_like_a_verb, "fr", "Titre\n\nLe conseiller David Mercier, qui préside la commission, a estimé que la facture montait.", [
    ("que la facture montait", Some("David Mercier"), Some("David Mercier"), Some("estimé")),
]);

t!(
    a_described_institution_is_not_the_last_person_quoted,
    "fr",
    "T\n\n« Non », a déclaré Karim Benali, secrétaire général du syndicat.\n\nSelon la chambre de commerce, chaque journée coûte cher.",
    [
        ("« Non »", Some("Karim Benali"), Some("Karim Benali"), Some("déclaré")),
        (
            "chaque journée coûte cher",
            Some("la chambre de commerce"),
            Some("Chambre de commerce"),
            Some("Selon")
        ),
    ]
);

t!(
    a_source_after_the_cue_is_not_what_was_said,
    "en",
    "T\n\nJake Thomas Patterson was charged. The attack took four minutes, he said, according to the complaint.",
    [(
        "The attack took four minutes",
        Some("he"),
        Some("Jake Thomas Patterson"),
        Some("said")
    )]
);

t!(
    she_skips_a_man_and_a_place_for_the_woman_introduced_before,
    "en",
    "T\n\n\"It was mine,\" Paul Keller said.\n\nMarta Vosk now lives in Amherst. Nova Scotia lists the drug now. The CBC's Ronald Pike filmed her house.\n\nAfter the trial, she urged police to investigate.",
    [
        ("\"It was mine,\"", Some("Paul Keller"), Some("Paul Keller"), Some("said")),
        ("to investigate", Some("she"), Some("Marta Vosk"), Some("urged")),
    ]
);

t!(
    a_relative_clause_inside_an_apposition_belongs_to_the_role,
    "en",
    "T\n\nKen Moyo, chief executive of a firm that offers mobile banking services, said he was unable to locate several employees.",
    [(
        "he was unable to locate several employees",
        Some("Ken Moyo"),
        Some("Ken Moyo"),
        Some("said")
    )]
);

t!(
    an_occupation_before_an_inverted_subject_name,
    "en",
    "T\n\n\"Prices keep rising,\" said oil and gas worker Lena Vasko.\n\n\"It is a long outcome,\" said lead author Dr. Omar Haddad, a specialist at the clinic.",
    [
        ("\"Prices keep rising,\"", Some("Lena Vasko"), Some("Lena Vasko"), Some("said")),
        ("\"It is a long outcome,\"", Some("Omar Haddad"), Some("Omar Haddad"), Some("said")),
    ]
);

t!(
    the_company_is_the_organisation_named_just_before,
    "en",
    "T\n\nBellow & Finch rallied 6 per cent on Friday. The company said its profit would grow.",
    [(
        "its profit would grow",
        Some("The company"),
        Some("Bellow & Finch"),
        Some("said")
    )]
);

t!(
    a_role_description_finds_the_name_given_with_that_role_just_after,
    "en",
    "T\n\nThe league was asked for comment. The AHL commissioner said the league had not been served.\n\n\"We will review it,\" AHL commissioner Rena Toll said.",
    [
        (
            "the league had not been served",
            Some("The AHL commissioner"),
            Some("Rena Toll"),
            Some("said")
        ),
        ("\"We will review it,\"", Some("Rena Toll"), Some("Rena Toll"), Some("said")),
    ]
);

t!(
    an_epithet_with_two_adjectives_is_the_person_just_named,
    "en",
    "T\n\nMaria Lindqvist is aware of the risk.\n\n\"Nobody makes money here,\" the lanky, bespectacled professor said.",
    [(
        "\"Nobody makes money here,\"",
        Some("the lanky, bespectacled professor"),
        Some("Maria Lindqvist"),
        Some("said")
    )]
);

t!(
    an_apposition_with_a_hyphenated_adjective_keeps_the_name_as_speaker,
    "en",
    "T\n\n\"That should worry us,\" Tom Reyes, director of studies at the U.S.-based Centre for the Public Interest, said.",
    [(
        "\"That should worry us,\"",
        Some("Tom Reyes"),
        Some("Tom Reyes"),
        Some("said")
    )]
);

t!(
    fr_inverted_subject_after_an_addressee,
    "fr",
    "T\n\n« Les résultats sont alarmants », a expliqué à l'AFP Jean-Marc Dubois, professeur à l'université de Caen.\n\n« Nous avons vu tant de massacres », a dit à Reuters le ministre Paul Girard.",
    [
        (
            "« Les résultats sont alarmants »",
            Some("Jean-Marc Dubois"),
            Some("Jean-Marc Dubois"),
            Some("expliqué")
        ),
        (
            "« Nous avons vu tant de massacres »",
            Some("Paul Girard"),
            Some("Paul Girard"),
            Some("dit")
        ),
    ]
);

t!(
    fr_a_name_and_its_affiliation,
    "fr",
    "T\n\nLa capture de la ville est un sérieux revers pour le gouvernement, affirme Karim Abd al-Nasser de l’Observatoire syrien des droits de l'homme.",
    [(
        "La capture de la ville est un sérieux revers pour le gouvernement",
        Some("Karim Abd al-Nasser"),
        Some("Karim Abd al-Nasser"),
        Some("affirme")
    )]
);

t!(
    fr_il_is_the_person_just_introduced_by_an_apposition,
    "fr",
    "T\n\n« La ville est tombée », a déclaré Pierre Martin.\n\nL’ancien porte-parole de la mission onusienne, Timor Aksoy, a indiqué que les exécutions ne sont pas inhabituelles. Toutefois, elles seraient cavalières, dit-il.",
    [
        ("« La ville est tombée »", Some("Pierre Martin"), Some("Pierre Martin"), Some("déclaré")),
        (
            "que les exécutions ne sont pas inhabituelles",
            Some("Timor Aksoy"),
            Some("Timor Aksoy"),
            Some("indiqué")
        ),
        (
            "Toutefois, elles seraient cavalières",
            Some("il"),
            Some("Timor Aksoy"),
            Some("dit")
        ),
    ]
);

t!(
    fr_il_continues_the_name_of_its_sentence_then_itself,
    "fr",
    "T\n\n« Nous avons embauché », s'est réjoui le président Barack Obama à Columbus.\n\n« Je promets le changement » a déclaré Mitt Romsey dans le Wisconsin où il a promis un « nouveau départ ».\n\nIl a estimé que ces statistiques constituaient un « triste rappel ».",
    [
        ("« Nous avons embauché »", Some("Barack Obama"), Some("Barack Obama"), Some("réjoui")),
        ("« Je promets le changement »", Some("Mitt Romsey"), Some("Mitt Romsey"), Some("déclaré")),
        ("« nouveau départ »", Some("il"), Some("Mitt Romsey"), Some("promis")),
        (
            "que ces statistiques constituaient un « triste rappel »",
            Some("Il"),
            Some("Mitt Romsey"),
            Some("estimé")
        ),
    ]
);

t!(
    a_pronoun_after_a_name_tells_its_gender,
    "en",
    "T\n\nJustin Trudeau is warning voters.\n\n\"I came here to thank you,\" Tasnim Alawi told the prime minister, her words met with applause.\n\nHe said his government was glad to help.",
    [
        ("\"I came here to thank you,\"", Some("Tasnim Alawi"), Some("Tasnim Alawi"), Some("told")),
        ("his government was glad to help", Some("He"), Some("Justin Trudeau"), Some("said")),
    ]
);

t!(
    a_name_written_alone_first_does_not_become_a_longer_one,
    "en",
    "T\n\nFacebook said it would stop. Its app Facebook Research paid users.\n\n\"We are fixing it,\" Facebook said.",
    [
        ("it would stop", Some("Facebook"), Some("Facebook"), Some("said")),
        ("\"We are fixing it,\"", Some("Facebook"), Some("Facebook"), Some("said")),
    ]
);

t!(
    fr_la_direction_is_the_company_named_before,
    "fr",
    "T\n\nLe plan de l'entreprise américaine Packard-Lorne (PL) se poursuit. En effet, environ 520 postes seront supprimés en France d'ici à 2014, a indiqué la direction.",
    [(
        "En effet, environ 520 postes seront supprimés en France d'ici à 2014",
        Some("la direction"),
        Some("Packard-Lorne"),
        Some("indiqué")
    )]
);

t!(
    fr_a_role_description_is_the_person_its_sentence_names_next,
    "fr",
    "T\n\nDans une interview, le chef du Conseil a critiqué la suggestion de constituer un front élargi ; c’est un exemple d’ingérence étrangère, a déclaré Abdel Karim Sadi.",
    [
        (
            "la suggestion de constituer un front élargi",
            Some("le chef du Conseil"),
            Some("Abdel Karim Sadi"),
            Some("critiqué")
        ),
        (
            "c’est un exemple d’ingérence étrangère",
            Some("Abdel Karim Sadi"),
            Some("Abdel Karim Sadi"),
            Some("déclaré")
        ),
    ]
);

t!(
    a_naming_participle_is_no_speech,
    "en",
    "T\n\nThe app, called Facebook Research, paid users up to $20 a month.",
    []
);

t!(
    a_speech_verb_inside_a_relative_clause_gives_way_to_the_main_one,
    "en",
    "T\n\nTamara Stanek, an independent expert who writes extensively about the Kremlin, noted that the stance stems from his view of the West.",
    [(
        "that the stance stems from his view of the West",
        Some("Tamara Stanek"),
        Some("Tamara Stanek"),
        Some("noted")
    )]
);

t!(
    fr_pronoun_inverted_after_another_verb,
    "fr",
    "Titre\n\nLa maire Anne Roux a parlé lundi. « Le budget est tenu », tente-t-elle de corriger.",
    [(
        "« Le budget est tenu »",
        Some("elle"),
        Some("Anne Roux"),
        Some("corriger")
    ),]
);

t!(
    fr_subject_after_a_fronted_phrase_takes_the_pronoun,
    "fr",
    "Titre\n\n« Rien ne change », a déclaré Paul Girard.\n\nDans un entretien, Jacques Bernard revient sur la réforme. « Elle échouera », prévient-il.",
    [
        (
            "« Rien ne change »",
            Some("Paul Girard"),
            Some("Paul Girard"),
            Some("déclaré")
        ),
        (
            "« Elle échouera »",
            Some("il"),
            Some("Jacques Bernard"),
            Some("prévient")
        ),
    ]
);

t!(
    en_subject_after_a_fronted_phrase_takes_the_pronoun,
    "en",
    "Title\n\n\"Nothing changes,\" said Paul Gray.\n\nIn an interview on Monday, John Baker looked back on the reform. \"It will fail,\" he warned.",
    [
        (
            "\"Nothing changes,\"",
            Some("Paul Gray"),
            Some("Paul Gray"),
            Some("said")
        ),
        (
            "\"It will fail,\"",
            Some("he"),
            Some("John Baker"),
            Some("warned")
        ),
    ]
);

t!(
    fr_name_before_an_unclosed_apposition_is_the_subject,
    "fr",
    "Titre\n\nLa Commission a réagi. Durand, le président de la commission européenne se dit « rassuré ».",
    [("« rassuré »", Some("Durand"), Some("Durand"), Some("dit")),]
);

t!(
    fr_source_phrase_relays_the_clause_speaker,
    "fr",
    "Titre\n\nLe Conseil des droits de l'homme s'est réuni lundi.\n\nSelon l'AFP, le Conseil national syrien, principale coalition de l'opposition, a appelé à ce que les coupables soient jugés.",
    [(
        "que les coupables soient jugés",
        Some("le Conseil national syrien"),
        Some("Conseil national syrien"),
        Some("appelé")
    ),]
);

t!(
    fr_quote_after_a_sentence_about_a_person_is_theirs,
    "fr",
    "Titre\n\n« Le budget passe », a déclaré Marie Roux.\n\nÀ la reprise, les députés ont protesté par la voix de Paul Girard. Il a voulu faire un rappel au règlement. « On ne peut pas accepter un tel mépris de notre règlement. »",
    [
        (
            "« Le budget passe »",
            Some("Marie Roux"),
            Some("Marie Roux"),
            Some("déclaré")
        ),
        (
            "« On ne peut pas accepter un tel mépris de notre règlement. »",
            None,
            Some("Paul Girard"),
            None
        ),
    ]
);

t!(
    en_quote_inside_a_relative_clause_before_the_verb,
    "en",
    "Title\n\nToronto retiree Tom Baker, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life.",
    [(
        "the program changed his life",
        Some("Tom Baker"),
        Some("Tom Baker"),
        Some("says")
    ),]
);

t!(
    en_acronym_in_parentheses_vouches_for_a_sentence_initial_word,
    "en",
    "Title\n\nExport Development Canada (EDC), the national export credit agency, offers insurance.\n\nEDC says it is self-funding.",
    [(
        "it is self-funding",
        Some("EDC"),
        Some("Export Development Canada"),
        Some("says")
    ),]
);

t!(
    en_bound_and_figure_after_the_verb_open_a_clause,
    "en",
    "Title\n\nMarie Howell, who has two children in the school, says about 550 students attend the school.",
    [(
        "about 550 students attend the school",
        Some("Marie Howell"),
        Some("Marie Howell"),
        Some("says")
    ),]
);

t!(
    en_relative_clause_after_a_nominal_source_is_not_the_source,
    "en",
    "Title\n\nSenators were lining up against the plan, according to a senior aide who spoke on condition of anonymity.",
    [(
        "Senators were lining up against the plan",
        Some("a senior aide"),
        Some("a senior aide"),
        Some("according to")
    ),]
);

t!(
    fr_kind_word_across_a_verb_does_not_make_an_organisation,
    "fr",
    "Titre\n\nLa capture de la ville est un revers pour le gouvernement, affirme Rami Abd al-Rahman de l'Observatoire syrien.\n\n« Les rebelles vont bloquer la route » a-t-il souligné.",
    [
        (
            "La capture de la ville est un revers pour le gouvernement",
            Some("Rami Abd al-Rahman"),
            Some("Rami Abd al-Rahman"),
            Some("affirme")
        ),
        (
            "« Les rebelles vont bloquer la route »",
            Some("il"),
            Some("Rami Abd al-Rahman"),
            Some("souligné")
        ),
    ]
);

t!(
    fr_kind_of_organisation_with_a_complement_points_back,
    "fr",
    "Titre\n\nL'ONG Human Rights Watch publie un rapport dans lequel elle dénonce la torture. Un chercheur, Ole Solvang, a présenté le rapport.\n\nPour l'organisation militant pour les droits de l'Homme, la torture est systématique.",
    [
        (
            "la torture",
            Some("elle"),
            Some("Human Rights Watch"),
            Some("dénonce")
        ),
        (
            "la torture est systématique",
            Some("l'organisation militant pour les droits de l'Homme"),
            Some("Human Rights Watch"),
            Some("Pour")
        ),
    ]
);

t!(
    en_subordinate_clause_with_a_speech_verb_stays_in_the_statement,
    "en",
    "Title\n\nJohn Baker said the critics are flat-out lying when they say the deal overrides the law.",
    [(
        "the critics are flat-out lying when they say the deal overrides the law",
        Some("John Baker"),
        Some("John Baker"),
        Some("said")
    ),]
);

t!(
    en_naming_verb_then_object_then_quoted_word,
    "en",
    "Title\n\nCrown prosecutor Michael Pilon called the conclusion “bold” on Friday.",
    [(
        "“bold”",
        Some("Michael Pilon"),
        Some("Michael Pilon"),
        Some("called")
    ),]
);

t!(
    fr_naming_verb_object_link_then_quote,
    "fr",
    "Titre\n\nLe maire Paul Girard a qualifié la décision de « scandale démocratique ».",
    [(
        "« scandale démocratique »",
        Some("Paul Girard"),
        Some("Paul Girard"),
        Some("qualifié")
    ),]
);

t!(
    en_second_verb_after_a_conjunction_and_a_prepositional_phrase,
    "en",
    "Title\n\nJustin Trudeau faced reporters on Thursday and in a carefully worded response said he never issued directions.",
    [(
        "he never issued directions",
        Some("Justin Trudeau"),
        Some("Justin Trudeau"),
        Some("said")
    ),]
);

t!(
    en_role_in_apposition_after_a_name_shows_a_person_for_she,
    "en",
    "Title\n\nCarole Laurin left her job after the strokes, and she moved to Ottawa.\n\nPat Lindsay, director of systems change at the foundation, said the costs are high.\n\n\"The spouse cannot go back to work,\" she said.",
    [
        (
            "the costs are high",
            Some("Pat Lindsay"),
            Some("Pat Lindsay"),
            Some("said")
        ),
        (
            "\"The spouse cannot go back to work,\"",
            Some("she"),
            Some("Pat Lindsay"),
            Some("said")
        ),
    ]
);

t!(
    en_for_x_is_no_cue_but_sets_the_topic_for_he,
    "en",
    "Title\n\n“We sell local comics,” says owner Alfonso Espinos.\n\n“He taught me a lot,” says Wise’s dad, Darrin.\n\nFor Espinos, who knows the challenges, he’s simply filling a niche. “You gotta start somewhere,” he says.",
    [
        (
            "“We sell local comics,”",
            Some("Alfonso Espinos"),
            Some("Alfonso Espinos"),
            Some("says")
        ),
        (
            "“He taught me a lot,”",
            Some("Darrin"),
            Some("Darrin"),
            Some("says")
        ),
        (
            "“You gotta start somewhere,”",
            Some("he"),
            Some("Alfonso Espinos"),
            Some("says")
        ),
    ]
);

t!(
    en_possessed_document_speaks_for_its_possessor,
    "en",
    "Title\n\nThe office leaned on Attorney General Jody Wilson-Raybould last year. Proponents say the deals bring restitution.\n\nAfter Wilson-Raybould was shuffled, she published a statement.\n\n“Justice must be free of interference,” her statement said.",
    [
        (
            "the deals bring restitution",
            Some("Proponents"),
            Some("Proponents"),
            Some("say")
        ),
        (
            "“Justice must be free of interference,”",
            Some("her statement"),
            Some("Jody Wilson-Raybould"),
            Some("said")
        ),
    ]
);

// A verb that usually takes a noun phrase reports only a clause: "denied wrongdoing" is no
// statement, "announced the plant would close" is.
t!(
    en_object_of_a_reporting_verb_is_no_statement,
    "en",
    "Title\n\nMark Norman denied wrongdoing. The company announced plans to close the plant. Jane Hill announced the plant would close in May.",
    [(
        "the plant would close in May",
        Some("Jane Hill"),
        Some("Jane Hill"),
        Some("announced")
    )]
);

// The one told, then an infinitive, in a quotation or not.
t!(
    en_told_to_infinitive,
    "en",
    "Title\n\nOn Tuesday, Donald Tusk urged the British government “to clarify its intentions soon.” Wendy Golden urged police to investigate.",
    [
        (
            "“to clarify its intentions soon.”",
            Some("Donald Tusk"),
            Some("Donald Tusk"),
            Some("urged")
        ),
        (
            "to investigate",
            Some("Wendy Golden"),
            Some("Wendy Golden"),
            Some("urged")
        )
    ]
);

// A quotation closing its own sentence belongs to the next sentence's cue only when that cue
// has no complement of its own; a participle's subject is the main clause's.
t!(
    en_closed_quote_and_participle_naming,
    "en",
    "Title\n\nVern Sparkes was one of them, calling it a “global takeover.” Sparkes also criticized the prime minister.",
    [(
        "“global takeover.”",
        Some("Vern Sparkes"),
        Some("Vern Sparkes"),
        Some("calling")
    )]
);

// "…, Trudeau denied the story": the verb's object, so the fronted phrase is no statement; the
// surname after it still sets the topic for "he".
t!(
    en_fronted_phrase_then_surname_sets_topic,
    "en",
    "Title\n\nJustin Trudeau spoke in Ottawa. Proponents say the deals are fair.\n\nSpeaking in Vaughan, Ont., on Thursday, Trudeau denied the story. “The allegations are false,” he said.",
    [
        (
            "the deals are fair",
            Some("Proponents"),
            Some("Proponents"),
            Some("say")
        ),
        (
            "“The allegations are false,”",
            Some("he"),
            Some("Justin Trudeau"),
            Some("said")
        )
    ]
);

// "EDC declined to answer … “…,” it said": an organisation subject is the topic for "it".
t!(
    en_organisation_subject_is_topic_for_it,
    "en",
    "Title\n\nSuncor Energy said it was paid. Export Development Canada (EDC) insured it.\n\nEDC declined to answer questions. “We respect confidentiality,” it said.",
    [
        ("it was paid", Some("Suncor Energy"), Some("Suncor Energy"), Some("said")),
        (
            "“We respect confidentiality,”",
            Some("it"),
            Some("Export Development Canada"),
            Some("said")
        )
    ]
);

// Phrasal verbs and participles that report nothing: "wrote off assets", "tweet it out",
// "payments relating to", "…, the Red Cross said, raising the possibility …".
t!(
    en_phrasal_verbs_and_comment_participles_report_nothing,
    "en",
    "Title\n\nSuncor wrote off assets worth billions. They had to tweet it out. Suncor received “risk mitigation” payments relating to Syria.\n\nFifty people remained missing, the Kenya Red Cross said, raising the possibility of a higher toll.",
    [(
        "Fifty people remained missing",
        Some("the Kenya Red Cross"),
        Some("the Kenya Red Cross"),
        Some("said")
    )]
);

// A document's author speaks for it: "according to a study released Monday by Civic Action".
t!(
    en_document_by_author_is_the_source,
    "en",
    "Title\n\nThose sectors are the best bets for youth, according to a study which is being released Monday by Civic Action.",
    [(
        "Those sectors are the best bets for youth",
        Some("Civic Action"),
        Some("Civic Action"),
        Some("according to")
    )]
);

// An inverted cue inside the clause, its subject with an age, then the statement's second part.
t!(
    en_inverted_cue_splits_the_clause,
    "en",
    "Title\n\nThere is a particular satisfaction, insists 16-year-old Xander Wise, in seeing your vision through to completion.",
    [
        (
            "There is a particular satisfaction",
            Some("Xander Wise"),
            Some("Xander Wise"),
            Some("insists")
        ),
        // An interrupted reported clause keeps its cue on both sides, as the annotations of
        // indirect speech do; only an interrupted quotation's second part floats (FORMAT.md).
        (
            "in seeing your vision through to completion",
            Some("Xander Wise"),
            Some("Xander Wise"),
            Some("insists")
        )
    ]
);

// "it" never stands for a person the article shows to be one, even one named just before.
t!(
    en_it_is_no_person,
    "en",
    "Title\n\nBC Hydro said 66,000 customers remained without power.\n\nIt is very bad for seniors. Rod Peters, Lake Cowichan mayor\n\n“Hundreds of downed trees have left roads impassable,” it said.",
    [
        (
            "66,000 customers remained without power",
            Some("BC Hydro"),
            Some("BC Hydro"),
            Some("said")
        ),
        (
            "“Hundreds of downed trees have left roads impassable,”",
            Some("it"),
            Some("BC Hydro"),
            Some("said")
        )
    ]
);

// "…, goal setting, says Kim.": the subject after the cue, not the words before it.
t!(
    en_inverted_subject_after_a_comma,
    "en",
    "Title\n\nErin Kim runs the program.\n\nMost support is provided through the “Activate” website and an app which includes coaching, recipes and goal setting, says Kim.",
    [(
        "Most support is provided through the “Activate” website and an app which includes coaching, recipes and goal setting",
        Some("Kim"),
        Some("Erin Kim"),
        Some("says")
    )]
);

// A time phrase after a name is no part of the mention; a fronted adverbial is no subject.
t!(
    en_mention_boundaries,
    "en",
    "Title\n\nCalgary MP Michelle Rempel earlier this week called the minister a “chicken” on Twitter.\n\nRather than the current layout, in which MPs sit facing each other, asks editor Jennifer Ditchburn, “has anyone considered other designs?”",
    [
        (
            "“chicken”",
            Some("Michelle Rempel"),
            Some("Michelle Rempel"),
            Some("called")
        ),
        (
            "“has anyone considered other designs?”",
            Some("Jennifer Ditchburn"),
            Some("Jennifer Ditchburn"),
            Some("asks")
        )
    ]
);

// "added a premium" is an object; "added the weighty caveat that …" reports the noun's clause.
t!(
    en_noun_content_clause,
    "en",
    "Title\n\nThe PBO added a premium for the expansion. But the PBO added the weighty caveat that the valuation range assumes the pipeline will be built on time.",
    [(
        "that the valuation range assumes the pipeline will be built on time",
        Some("the PBO"),
        Some("The PBO"),
        Some("added")
    )]
);

// A company called by its first word once its full name is given.
t!(
    en_company_short_name,
    "en",
    "Title\n\nSamsung Electronics Co. reported a drop in profit.\n\nSamsung said it expects its earnings to decline.",
    [(
        "it expects its earnings to decline",
        Some("Samsung"),
        Some("Samsung Electronics Co"),
        Some("said")
    )]
);

// A company written as a modifier in a caption ("A Petrovan refinery") before its full name
// is the same company; written alone as a subject before, it would stay itself.
t!(
    en_company_short_name_after_a_caption,
    "en",
    "Title\n\nFILE PHOTO: A Petrovan refinery is seen near Edmonton.\n\nThe government paid Petrovan Energy as much as $600-million.\n\nPetrovan said it received the payments.",
    [(
        "it received the payments",
        Some("Petrovan"),
        Some("Petrovan Energy"),
        Some("said")
    )]
);

t!(
    en_company_short_name_written_alone_first,
    "en",
    "Title\n\nPetrovan bought a mine.\n\nThe government paid Petrovan Energy as much as $600-million.\n\nPetrovan said it received the payments.",
    [(
        "it received the payments",
        Some("Petrovan"),
        Some("Petrovan"),
        Some("said")
    )]
);

// A description whose head ends a name given before ("the railway", "Northern Plains
// Railway") is that name, even with other organisations named between.
t!(
    en_description_head_ends_an_earlier_name,
    "en",
    "Title\n\nThree workers with Northern Plains Railway died in 2019. The Transportation Safety Board said the train was not secured. The Winnipeg-based railway said it has changed its rules.",
    [
        (
            "the train was not secured",
            Some("The Transportation Safety Board"),
            Some("The Transportation Safety Board"),
            Some("said")
        ),
        (
            "it has changed its rules",
            Some("The Winnipeg-based railway"),
            Some("Northern Plains Railway"),
            Some("said")
        )
    ]
);

// A participle phrase in commas is no subject; a document noun after a determiner is a noun,
// and a document is nobody who spoke before.
t!(
    en_document_subject_past_a_participle,
    "en",
    "Title\n\nKudlow said both sides are working toward the talks. The reports, citing unnamed sources close to the matter, said the discussions were meant to pave the way for meetings.",
    [
        (
            "both sides are working toward the talks",
            Some("Kudlow"),
            Some("Kudlow"),
            Some("said")
        ),
        (
            "the discussions were meant to pave the way for meetings",
            Some("The reports"),
            Some("The reports"),
            Some("said")
        )
    ]
);

// A document the article gave an author before speaks for that author.
t!(
    en_document_author_link,
    "en",
    "Title\n\nThree employees with Canadian Pacific Railway were killed.\n\nA report by the railway company details how hard winter is. The report said cold increases air leakage.",
    [(
        "cold increases air leakage",
        Some("The report"),
        Some("Canadian Pacific Railway"),
        Some("said")
    )]
);

// A cue verb's form after a figure is a noun ("added 10 points"); a surname opening its
// sentence is the topic for the next "he" even when that sentence reports nothing.
t!(
    en_figure_object_and_surname_topic,
    "en",
    "Title\n\nThe index added 10 points, or 0.7 per cent, to 1,467.\n\nMatt Danison spoke first. Ben Myers spoke next.\n\nMyers also cited an idea from a colleague.\n\n“We need more supply,” he said.",
    [(
        "“We need more supply,”",
        Some("he"),
        Some("Ben Myers"),
        Some("said")
    )]
);

// Abbreviations inside an apposition ("D-Mich.") do not cut the name off its role.
t!(
    en_apposition_with_abbreviations,
    "en",
    "Title\n\nSen. Debbie Stabenow, D-Mich., a member of the leadership team, said Schumer knows his colleagues.",
    [(
        "Schumer knows his colleagues",
        Some("Sen. Debbie Stabenow"),
        Some("Debbie Stabenow"),
        Some("said")
    )]
);

// A fronted phrase, then a name with its apposition: the name is the topic for "she".
t!(
    en_fronted_phrase_name_apposition_topic,
    "en",
    "Title\n\nJody Wilson-Raybould said little.\n\nGiven his stated views, Shanaaz Gokool, president of Dying with Dignity Canada, is hopeful.\n\n“Our hope is that the minister will follow through,” she said.",
    // "said little" reports nothing: one word after the verb is no clause.
    [
        (
            "“Our hope is that the minister will follow through,”",
            Some("she"),
            Some("Shanaaz Gokool"),
            Some("said")
        )
    ]
);

t!(
    fr_straight_quotes_with_spaces_inside,
    "fr",
    "Le ministre Paul Durand a pris la parole lundi.\n\n\" Nous ne reculerons pas \", a-t-il déclaré.",
    [(
        "\" Nous ne reculerons pas \"",
        Some("il"),
        Some("Paul Durand"),
        Some("déclaré")
    ),]
);

t!(
    fr_cue_inside_one_pair_of_marks_splits_into_attributed_and_floating_parts,
    "fr",
    "Le port rouvre\n\nLe port de Sète rouvre lundi.\n\n« Les quais sont réparés, assure la directrice Claire Morel. Les bateaux reviendront dès mardi. »",
    [
        (
            "« Les quais sont réparés",
            Some("Claire Morel"),
            Some("Claire Morel"),
            Some("assure")
        ),
        (
            "Les bateaux reviendront dès mardi. »",
            None,
            Some("Claire Morel"),
            None
        ),
    ]
);

t!(
    en_cue_inside_one_pair_of_marks_splits_the_quotation,
    "en",
    "Port reopens\n\nThe port reopens on Monday.\n\n“The docks are repaired, said harbour master Tom Reed. Ships return Tuesday.”",
    [
        (
            "“The docks are repaired",
            Some("Tom Reed"),
            Some("Tom Reed"),
            Some("said")
        ),
        ("Ships return Tuesday.”", None, Some("Tom Reed"), None),
    ]
);

t!(
    en_coordinated_subject_with_a_noun_that_is_also_a_verb,
    "en",
    "Bridge closes\n\nThe bridge closed on Friday.\n\nLocal and state inspectors said the cables had rusted through.",
    [(
        "the cables had rusted through",
        Some("Local and state inspectors"),
        Some("Local and state inspectors"),
        Some("said")
    )]
);

t!(
    en_dotted_acronym_as_subject,
    "en",
    "Rules tighten\n\nBrokers face new rules.\n\nThe F.T.C. staff said it would review every merger.",
    [(
        "it would review every merger",
        Some("The F.T.C. staff"),
        Some("The F.T.C. staff"),
        Some("said")
    )]
);

t!(
    en_party_and_state_in_parentheses_after_the_name,
    "en",
    "Vote delayed\n\nThe vote was delayed.\n\nState senator Ann Marsh (R-Ohio) said the bill lacked support.",
    [(
        "the bill lacked support",
        Some("Ann Marsh"),
        Some("Ann Marsh"),
        Some("said")
    )]
);

t!(
    fr_description_given_in_apposition_after_the_name_refers_to_it,
    "fr",
    "Grève à l'usine\n\nAnne Roy, présidente du syndicat, a annoncé que la grève continuerait.\n\nLa présidente du syndicat a ajouté que les salariés voteraient lundi.",
    [
        (
            "que la grève continuerait",
            Some("Anne Roy"),
            Some("Anne Roy"),
            Some("annoncé")
        ),
        (
            "que les salariés voteraient lundi",
            Some("La présidente du syndicat"),
            Some("Anne Roy"),
            Some("ajouté")
        ),
    ]
);

t!(
    fr_a_name_governed_by_a_preposition_is_no_referent_for_a_role,
    "fr",
    "Municipales\n\nPierre Roy, soutien de Paul Martin à la présidentielle, a annoncé qu'il serait candidat.\n\nLe maire de Lille a répondu que la liste était prête.",
    [
        (
            "qu'il serait candidat",
            Some("Pierre Roy"),
            Some("Pierre Roy"),
            Some("annoncé")
        ),
        (
            "que la liste était prête",
            Some("Le maire de Lille"),
            Some("Pierre Roy"),
            Some("répondu")
        ),
    ]
);

t!(
    fr_passive_speech_verb_is_no_cue_but_a_reflexive_one_is,
    "fr",
    "Pêche\n\nLa saison commence.\n\nLe cabillaud est menacé d'extinction, selon les chercheurs.\n\nLa ministre Anne Roy s'est dite satisfaite des quotas.",
    [
        (
            "Le cabillaud est menacé d'extinction",
            Some("les chercheurs"),
            None,
            Some("selon")
        ),
        (
            "satisfaite des quotas",
            Some("Anne Roy"),
            Some("Anne Roy"),
            Some("dite")
        ),
    ]
);

t!(
    fr_organisation_name_with_a_coordinated_adjective_is_one_subject,
    "fr",
    "Inondations\n\nLa rivière a débordé.\n\nL'Association des familles sinistrées et relogées a indiqué que les aides tardaient.",
    [(
        "que les aides tardaient",
        Some("L'Association des familles sinistrées et relogées"),
        Some("Association des familles sinistrées et relogées"),
        Some("indiqué")
    )]
);

t!(
    en_quote_then_name_with_party_and_state_then_cue,
    "en",
    "Vote\n\nThe vote was held.\n\n“It is a setback,” Tom Hale (R-Ind.) said Friday.",
    [(
        "“It is a setback,”",
        Some("Tom Hale"),
        Some("Tom Hale"),
        Some("said")
    )]
);

t!(
    en_quotation_signed_with_a_dash_and_a_name,
    "en",
    "Readers respond\n\nWe asked readers about the new bridge.\n\n“It saves me an hour every day and I love it.” ― Maria Okafor\n\n“The tolls are far too high for families.” — Dev Patel, a teacher",
    [
        (
            "“It saves me an hour every day and I love it.”",
            Some("Maria Okafor"),
            Some("Maria Okafor"),
            None
        ),
        (
            "“The tolls are far too high for families.”",
            Some("Dev Patel"),
            Some("Dev Patel"),
            None
        ),
    ]
);

t!(
    en_transcript_speaker_label_inside_a_quotation,
    "en",
    "Interview\n\nHost Ann Lee spoke with Senator Bob Kerr on Sunday.\n\n\"KERR: We will pass the budget before the recess, and we have the votes.\"",
    [(
        "\"KERR: We will pass the budget before the recess, and we have the votes.\"",
        Some("KERR"),
        Some("Bob Kerr"),
        None
    )]
);

t!(
    en_subject_after_a_copula_before_the_cue,
    "en",
    "Strike\n\nTeachers walked out again.\n\nIt was the second time ACTU said it had called a strike this year.",
    [(
        "it had called a strike this year",
        Some("ACTU"),
        Some("ACTU"),
        Some("said")
    )]
);

t!(
    en_adverb_of_time_between_auxiliary_and_cue,
    "en",
    "Borders\n\nThe dispute is old.\n\nLena Grant has long argued that the border was drawn badly.",
    [(
        "that the border was drawn badly",
        Some("Lena Grant"),
        Some("Lena Grant"),
        Some("argued")
    )]
);

t!(
    en_phrasal_cue_with_its_particle_before_the_clause,
    "en",
    "Budget\n\nThe vote is near.\n\nCouncillor Rita Moss pointed out that the deficit had shrunk.",
    [(
        "that the deficit had shrunk",
        Some("Rita Moss"),
        Some("Rita Moss"),
        Some("pointed")
    )]
);

t!(
    en_comma_phrase_inside_the_clause_is_not_the_subject,
    "en",
    "Markets\n\nTrading was slow.\n\nRents, in turn, would climb, said Nora Vance.",
    [(
        "Rents, in turn, would climb",
        Some("Nora Vance"),
        Some("Nora Vance"),
        Some("said")
    )]
);

t!(
    en_time_phrase_after_the_cue_is_not_the_statement,
    "en",
    "Talks\n\nThe talks resumed.\n\nThe union said Monday that a deal was close. Its leader told reporters this week that members would vote.",
    [
        (
            "that a deal was close",
            Some("The union"),
            Some("The union"),
            Some("said")
        ),
        (
            "that members would vote",
            Some("Its leader"),
            Some("Its leader"),
            Some("told")
        ),
    ]
);

t!(
    en_the_person_not_their_state_or_employer_speaks,
    "en",
    "Rates\n\nRates are rising.\n\nSen. Rosa Diaz of Nevada said the bill was dead. Omar Hale of Delta Bank said rates would rise.",
    [
        (
            "the bill was dead",
            Some("Rosa Diaz"),
            Some("Rosa Diaz"),
            Some("said")
        ),
        (
            "rates would rise",
            Some("Omar Hale"),
            Some("Omar Hale"),
            Some("said")
        ),
    ]
);

t!(
    en_apposition_after_an_inverted_speaker_is_not_a_statement,
    "en",
    "Courts\n\nThe ruling came on Friday.\n\nThe appeal will fail, said Ivo Sand, a professor of law at Leeds.",
    [(
        "The appeal will fail",
        Some("Ivo Sand"),
        Some("Ivo Sand"),
        Some("said")
    )]
);

t!(
    fr_quotation_then_pour_and_a_name,
    "fr",
    "Réforme des retraites\n\nLe texte a été présenté mardi.\n\n« Brutal » pour Marie Lenoir, « nécessaire » pour Paul Brun : le projet divise la majorité.",
    [
        (
            "« Brutal »",
            Some("Marie Lenoir"),
            Some("Marie Lenoir"),
            Some("pour")
        ),
        (
            "« nécessaire »",
            Some("Paul Brun"),
            Some("Paul Brun"),
            Some("pour")
        ),
    ]
);

t!(
    fr_relative_pronoun_after_selon_stands_for_the_name_before,
    "fr",
    "Cyclisme\n\nLa course a été annulée.\n\nLes coureurs soutiennent Lucie Marchal, selon qui la sécurité n'était pas assurée.",
    [(
        "la sécurité n'était pas assurée",
        Some("Lucie Marchal"),
        Some("Lucie Marchal"),
        Some("selon")
    )]
);

t!(
    en_question_verb_with_its_reported_question,
    "en",
    "Hearing\n\nThe hearing ran late.\n\nSenator Ruth Ames asked whether the contract had been signed.",
    [(
        "whether the contract had been signed",
        Some("Ruth Ames"),
        Some("Ruth Ames"),
        Some("asked")
    )]
);

t!(
    fr_question_verb_with_its_reported_question,
    "fr",
    "Audition\n\nL'audition a duré.\n\nLa députée Claire Morel a demandé si le contrat avait été signé.",
    [(
        "si le contrat avait été signé",
        Some("Claire Morel"),
        Some("Claire Morel"),
        Some("demandé")
    )]
);

t!(
    en_plural_determiner_alone_as_subject,
    "en",
    "Tax plan\n\nEconomists reviewed the plan.\n\nTo varying degrees, all agreed that the plan would raise taxes.",
    [(
        "that the plan would raise taxes",
        Some("all"),
        Some("all"),
        Some("agreed")
    )]
);

t!(
    en_progressive_speech_verb_is_no_passive,
    "en",
    "Title\n\nThe ministry is saying that the new rules will cut waiting times.",
    [(
        "that the new rules will cut waiting times",
        Some("The ministry"),
        Some("The ministry"),
        Some("saying")
    ),]
);

t!(
    fr_past_participle_without_auxiliary_is_an_adjective,
    "fr",
    "Titre\n\nLes parcelles ont été semées, soit avec des graines ordinaires, soit avec des graines récoltées sur des terres traitées avec un pesticide.",
    []
);

t!(
    fr_past_participle_sharing_the_auxiliary_of_a_coordinated_verb,
    "fr",
    "Titre\n\nLa syndicaliste avait jugé « injuste » la décision et appelé les élus à revoir leur copie.",
    [
        ("« injuste »", Some("La syndicaliste"), None, Some("jugé")),
        (
            "les élus à revoir leur copie",
            Some("La syndicaliste"),
            None,
            Some("appelé")
        ),
    ]
);

t!(
    fr_stressed_pronoun_between_auxiliary_and_participle,
    "fr",
    "Titre\n\nLe délégué syndical a lui rappelé que l'usine tourne à moitié.",
    [(
        "que l'usine tourne à moitié",
        Some("Le délégué syndical"),
        None,
        Some("rappelé")
    ),]
);

t!(
    fr_adverbs_and_manner_between_verb_and_que,
    "fr",
    "Titre\n\nLa directrice explique donc qu'elle n'avait pas le choix. Son adjoint confesse avec regret qu'il a signé trop vite.",
    [
        (
            "qu'elle n'avait pas le choix",
            Some("La directrice"),
            None,
            Some("explique")
        ),
        (
            "qu'il a signé trop vite",
            Some("Son adjoint"),
            None,
            Some("confesse")
        ),
    ]
);

t!(
    en_participle_after_a_comma_hangs_on_the_main_clause_subject,
    "en",
    "Title\n\nA county judge has rejected a request from the mayor's wife, Ann Lee, saying the file should stay sealed.\n\nTwo local activists wrote to the council in Leeds, Yorkshire, arguing that the vote was rushed.",
    [
        (
            "the file should stay sealed",
            Some("A county judge"),
            Some("A county judge"),
            Some("saying")
        ),
        (
            "that the vote was rushed",
            Some("Two local activists"),
            Some("Two local activists"),
            Some("arguing")
        ),
    ]
);

t!(
    en_a_paragraph_in_quotation_marks_is_a_statement_even_without_a_cue,
    "en",
    "Title\n\nThe clinic opened in May in a former bank.\n\n\"We had no idea how many people would come. The line went around the block.\"",
    [(
        "\"We had no idea how many people would come. The line went around the block.\"",
        None,
        None,
        None
    ),]
);

t!(
    fr_quoted_words_in_a_section_heading_are_a_statement_of_the_section_speaker,
    "fr",
    "Titre\n\nLe conseil municipal a voté le budget lundi.\n\nUn budget \"responsable\"\n\n\"Nous avons tenu nos promesses\", a déclaré la maire Anne Roux.\n\nUn taux de \"6%\"\n\nLe \"poids\" de la dette",
    [
        ("\"responsable\"", None, Some("Anne Roux"), None),
        (
            "\"Nous avons tenu nos promesses\"",
            Some("Anne Roux"),
            Some("Anne Roux"),
            Some("déclaré")
        ),
    ]
);

t!(
    fr_source_set_off_inside_its_clause,
    "fr",
    "Titre\n\nLe barrage pourrait être, selon les ingénieurs, à l'origine de la crue.",
    [(
        "Le barrage pourrait être, selon les ingénieurs, à l'origine de la crue",
        Some("les ingénieurs"),
        None,
        Some("selon")
    ),]
);

t!(
    en_source_set_off_after_a_complete_clause_keeps_to_that_clause,
    "en",
    "Title\n\nThe top earners paid most of the tax in 2013, according to the budget office, and the bottom fifth paid little.\n\nThe harsh truth, according to nurses, is that the ward is full.",
    [
        (
            "The top earners paid most of the tax in 2013",
            Some("the budget office"),
            Some("the budget office"),
            Some("according to")
        ),
        (
            "The harsh truth, according to nurses, is that the ward is full",
            Some("nurses"),
            Some("nurses"),
            Some("according to")
        ),
    ]
);

t!(
    en_a_speech_noun_after_an_article_or_possessive_is_no_cue,
    "en",
    "Title\n\nThe mayor's remarks came after the vote. Her comments angered the council. His claims were false, and a report sparked debate. He's said the plan works.",
    // "He's said": the "'s" is "has", not part of the subject.
    [("the plan works", Some("He"), None, Some("said")),]
);

t!(
    en_a_quotation_without_speaker_does_not_hide_the_person_introduced_before_it,
    "en",
    "Title\n\n\"Rents will keep rising,\" said Okafor, an analyst with the city.\n\nMarta Lind runs a bakery on the corner.\n\nHer advice is simple: read the lease.\n\n\"Nobody warned us about any of this at all.\"\n\nLater she said the rent had doubled.",
    [
        (
            "\"Rents will keep rising,\"",
            Some("Okafor"),
            Some("Okafor"),
            Some("said")
        ),
        (
            "\"Nobody warned us about any of this at all.\"",
            None,
            Some("Okafor"),
            None
        ),
        (
            "the rent had doubled",
            Some("she"),
            Some("Marta Lind"),
            Some("said")
        ),
    ]
);

t!(
    en_a_pronoun_skips_a_speaker_of_the_other_gender,
    "en",
    "Title\n\n\"The rent doubled,\" said Siobhan Hale.\n\n\"Mine too,\" said Ernie Vance.\n\nShe said the landlord never called.",
    [
        (
            "\"The rent doubled,\"",
            Some("Siobhan Hale"),
            Some("Siobhan Hale"),
            Some("said")
        ),
        (
            "\"Mine too,\"",
            Some("Ernie Vance"),
            Some("Ernie Vance"),
            Some("said")
        ),
        (
            "the landlord never called",
            Some("She"),
            Some("Siobhan Hale"),
            Some("said")
        ),
    ]
);

t!(
    fr_a_description_refers_to_the_name_given_it_just_after,
    "fr",
    "Titre\n\nLa ministre de la Culture a déclaré que le budget serait maintenu. Rima Abdul, ministre de la Culture depuis mars, a ajouté que les musées resteraient ouverts.",
    [
        (
            "que le budget serait maintenu",
            Some("La ministre de la Culture"),
            Some("Rima Abdul"),
            Some("déclaré")
        ),
        (
            "que les musées resteraient ouverts",
            Some("Rima Abdul"),
            Some("Rima Abdul"),
            Some("ajouté")
        ),
    ]
);

t!(
    en_a_description_refers_to_the_name_given_it_just_after,
    "en",
    "Title\n\nThe chief executive said the plant would close. Ana Ortiz, the chief executive of Acme, took the job in 2019.",
    [(
        "the plant would close",
        Some("The chief executive"),
        Some("Ana Ortiz"),
        Some("said")
    ),]
);

t!(
    en_a_photo_caption_is_no_statement,
    "en",
    "Title\n\nMayor Ann Lee says the pier will reopen in May. (Jane Doe/The Daily Star)\n\nLee said the repairs would cost $2 million.",
    [(
        "the repairs would cost $2 million",
        Some("Lee"),
        Some("Ann Lee"),
        Some("said")
    ),]
);

t!(
    en_beliefs_and_feelings_are_no_statements,
    "en",
    "Title\n\nMost residents believe that the plan will fail. She thinks it is too late, and officials fear that costs will rise. The agency estimates that 40 homes are at risk.",
    []
);

t!(
    en_a_fronted_participle_phrase_is_no_statement,
    "en",
    "Title\n\nSpeaking to students in Leeds this week, the minister said the fees would stay. Being a mayor can be lonely, Ann Cole said.",
    [
        (
            "the fees would stay",
            Some("the minister"),
            Some("the minister"),
            Some("said")
        ),
        (
            "Being a mayor can be lonely",
            Some("Ann Cole"),
            Some("Ann Cole"),
            Some("said")
        ),
    ]
);

t!(
    fr_a_medium_between_verb_and_inverted_subject,
    "fr",
    "Titre\n\n\"C'est une faute\", a déclaré sur RTL l'ancien ministre Paul Brun. \"C'est grave\", a jugé sur France Info Marie Dufour, candidate.",
    [
        (
            "\"C'est une faute\"",
            Some("Paul Brun"),
            Some("Paul Brun"),
            Some("déclaré")
        ),
        (
            "\"C'est grave\"",
            Some("Marie Dufour"),
            Some("Marie Dufour"),
            Some("jugé")
        ),
    ]
);

t!(
    fr_a_role_qualified_by_a_party_and_a_place_is_the_last_speaker,
    "fr",
    "Titre\n\n« C'est grave », a déclaré Anne Roux au micro de la radio. « Ce n'est pas fini », a ajouté la députée UMP de l'Essonne.",
    [
        (
            "« C'est grave »",
            Some("Anne Roux"),
            Some("Anne Roux"),
            Some("déclaré")
        ),
        (
            "« Ce n'est pas fini »",
            Some("la députée UMP de l'Essonne"),
            Some("Anne Roux"),
            Some("ajouté")
        ),
    ]
);

t!(
    fr_narrative_infinitive_speaks_for_the_speaker_before,
    "fr",
    "Titre\n\n« Le vote est acquis », a déclaré Paul Brun, avant de poursuivre « Nous tiendrons parole ».\n\nEt de conclure : « Rien ne nous arrêtera. »",
    [
        (
            "« Le vote est acquis »",
            Some("Paul Brun"),
            Some("Paul Brun"),
            Some("déclaré")
        ),
        (
            "« Nous tiendrons parole »",
            Some("Paul Brun"),
            Some("Paul Brun"),
            Some("poursuivre")
        ),
        (
            "« Rien ne nous arrêtera. »",
            Some("Paul Brun"),
            Some("Paul Brun"),
            Some("conclure")
        ),
    ]
);

t!(
    a_phrase_between_auxiliary_and_participle,
    "fr",
    "Titre\n\nLa présidente a à plusieurs reprises estimé que le projet était prêt.",
    [(
        "que le projet était prêt",
        Some("La présidente"),
        None,
        Some("estimé")
    ),]
);

t!(
    fr_pour_and_a_role_in_the_plural_is_a_source,
    "fr",
    "Titre\n\nPour les enquêteurs, le suspect a agi seul.",
    [(
        "le suspect a agi seul",
        Some("les enquêteurs"),
        None,
        Some("Pour")
    ),]
);

t!(
    fr_a_participle_with_a_colon_speaks_for_the_main_subject,
    "fr",
    "Titre\n\nLe syndicat a publié un communiqué affirmant : « Nous ne céderons pas ».",
    [(
        "« Nous ne céderons pas »",
        Some("Le syndicat"),
        Some("Syndicat"),
        Some("affirmant")
    ),]
);

t!(
    en_a_participle_after_a_comma_inside_the_closing_quotation_mark,
    "en",
    "Title\n\nThe mayor said the vote was \"a long way off,\" noting that the council had not met.",
    [
        (
            "the vote was \"a long way off,\"",
            Some("The mayor"),
            Some("The mayor"),
            Some("said")
        ),
        (
            "that the council had not met",
            Some("The mayor"),
            Some("The mayor"),
            Some("noting")
        ),
    ]
);

t!(
    en_a_second_speaker_after_a_comma_starts_a_statement_of_their_own,
    "en",
    "Title\n\nWhile some critics say the city should not be paying consultants, Ann Lee says the program saves money.",
    [
        (
            "the city should not be paying consultants",
            Some("some critics"),
            Some("some critics"),
            Some("say")
        ),
        (
            "the program saves money",
            Some("Ann Lee"),
            Some("Ann Lee"),
            Some("says")
        ),
    ]
);

t!(
    fr_an_infinitive_after_pour_or_il_faut_reports_nothing,
    "fr",
    "Titre\n\nIl faut dire que les résultats allaient en ce sens. Elle a lutté pour défendre les droits des salariés. Le maire vient de déclarer que la route rouvrira.",
    [(
        "que la route rouvrira",
        Some("Le maire"),
        None,
        Some("déclarer")
    ),]
);

t!(
    a_long_fronted_phrase_without_verb_is_no_statement,
    "fr",
    "Titre\n\nAprès des mois de travaux sur la route du col durant tout l'été dernier, a expliqué le maire.",
    []
);

t!(
    fr_adverbial_phrase_between_inverted_verb_and_subject,
    "fr",
    "Titre\n\n« Nous ne prêtons pas aux partis », annonce pour sa part le Crédit Agricole. « Nous attendrons », a répondu de son côté la Banque Postale.",
    [
        (
            "« Nous ne prêtons pas aux partis »",
            Some("le Crédit Agricole"),
            Some("Crédit Agricole"),
            Some("annonce")
        ),
        (
            "« Nous attendrons »",
            Some("la Banque Postale"),
            Some("Banque Postale"),
            Some("répondu")
        ),
    ]
);

t!(
    en_adverbial_phrase_between_inverted_verb_and_subject,
    "en",
    "Title\n\n\"The fees will stay,\" said, for its part, the Harbour Authority.",
    [(
        "\"The fees will stay,\"",
        Some("the Harbour Authority"),
        Some("the Harbour Authority"),
        Some("said")
    )]
);

t!(
    fr_caption_credit_is_no_part_of_a_name,
    "fr",
    "Titre\n\nLa ministre Claire Vidal Crédit : Reuters\n\n« Le texte passera », a assuré Claire Vidal.",
    [(
        "« Le texte passera »",
        Some("Claire Vidal"),
        Some("Claire Vidal"),
        Some("assuré")
    )]
);

t!(
    fr_acronym_refers_to_the_name_spelled_out_earlier,
    "fr",
    "Titre\n\nLa Fédération nationale des transports routiers a averti mardi que les prix monteraient. Selon la FNTR, la grève coûtera cher.",
    [
        (
            "que les prix monteraient",
            Some("La Fédération nationale des transports routiers"),
            Some("Fédération nationale des transports routiers"),
            Some("averti")
        ),
        (
            "la grève coûtera cher",
            Some("la FNTR"),
            Some("Fédération nationale des transports routiers"),
            Some("Selon")
        ),
    ]
);

t!(
    en_acronym_refers_to_the_name_spelled_out_earlier_but_never_to_a_person_or_role,
    "en",
    "Title\n\nThe Canadian Union of Public Employees called a strike on Monday. Peter Sloane, the Acme Bank president, was not surprised.\n\n\"We are ready,\" CUPE said.\n\n\"We will talk,\" PS said.\n\n\"Rates hold,\" ABP said.",
    [
        (
            "\"We are ready,\"",
            Some("CUPE"),
            Some("The Canadian Union of Public Employees"),
            Some("said")
        ),
        ("\"We will talk,\"", Some("PS"), Some("PS"), Some("said")),
        ("\"Rates hold,\"", Some("ABP"), Some("ABP"), Some("said")),
    ]
);

t!(
    fr_party_acronym_after_a_role_is_no_name,
    "fr",
    "Titre\n\n« Je suis inquiète », a réagi Marie Dupont, mercredi soir. « C'est grave », a poursuivi la députée PS. « Il faut agir », a ajouté la députée PS de la Gironde.",
    [
        (
            "« Je suis inquiète »",
            Some("Marie Dupont"),
            Some("Marie Dupont"),
            Some("réagi")
        ),
        (
            "« C'est grave »",
            Some("la députée PS"),
            Some("Marie Dupont"),
            Some("poursuivi")
        ),
        (
            "« Il faut agir »",
            Some("la députée PS de la Gironde"),
            Some("Marie Dupont"),
            Some("ajouté")
        ),
    ]
);

t!(
    fr_gendered_pronoun_takes_the_person_of_that_gender_named_just_before,
    "fr",
    "Titre\n\nSelon Mediapart, le vote aura lieu lundi. Le texte reprend les déclarations de la ministre de la Santé Claire Martin. « Nous ne céderons pas », a-t-elle lancé.",
    [
        ("le vote aura lieu lundi", Some("Mediapart"), Some("Mediapart"), Some("Selon")),
        (
            "« Nous ne céderons pas »",
            Some("elle"),
            Some("Claire Martin"),
            Some("lancé")
        ),
    ]
);

t!(
    en_a_surname_used_as_a_modifier_is_no_antecedent,
    "en",
    "Title\n\nElizabeth Warren spoke on Monday.\n\n“We are worried,” said Lee Park, a pollster.\n\nPark thinks the Warren campaign needs help.\n\n“It is close,” she said.",
    [
        ("“We are worried,”", Some("Lee Park"), Some("Lee Park"), Some("said")),
        ("“It is close,”", Some("she"), Some("Lee Park"), Some("said")),
    ]
);

t!(
    fr_a_description_keeps_to_people_of_its_determiners_gender,
    "fr",
    "Titre\n\nClaire Dubois a présenté le texte mardi. « Le budget est prêt », a déclaré Paul Martin. « Nous voterons », a ajouté la députée.",
    [
        (
            "« Le budget est prêt »",
            Some("Paul Martin"),
            Some("Paul Martin"),
            Some("déclaré")
        ),
        (
            "« Nous voterons »",
            Some("la députée"),
            Some("Claire Dubois"),
            Some("ajouté")
        ),
    ]
);

t!(
    fr_a_heading_quotation_announces_the_speaker_the_section_quotes_next,
    "fr",
    "Titre\n\n« Avec Marc Lenoir, tout a changé », a expliqué Anne Roux.\n\n« Un pari réussi »\n\nLe club a retrouvé la première division cette saison.\n\n« Personne n'y croyait », a confié l'entraîneur Marc Lenoir.",
    [
        (
            "« Avec Marc Lenoir, tout a changé »",
            Some("Anne Roux"),
            Some("Anne Roux"),
            Some("expliqué")
        ),
        ("« Un pari réussi »", None, Some("Marc Lenoir"), None),
        (
            "« Personne n'y croyait »",
            Some("Marc Lenoir"),
            Some("Marc Lenoir"),
            Some("confié")
        ),
    ]
);

t!(
    en_two_apostrophes_closing_a_quotation_end_its_sentence,
    "en",
    "Title\n\nAnn Lee said that the plan was ''not in line with our policy.'' Bob Hart said he would resign.",
    [
        (
            "that the plan was ''not in line with our policy.''",
            Some("Ann Lee"),
            Some("Ann Lee"),
            Some("said")
        ),
        ("he would resign", Some("Bob Hart"), Some("Bob Hart"), Some("said")),
    ]
);

t!(
    en_a_plural_role_is_a_group_no_one_person_stands_for,
    "en",
    "Title\n\n\"We will wait,\" said Chief Justice Ann Roberts.\n\nThe plan, the senators said, was unfair.",
    [
        (
            "\"We will wait,\"",
            Some("Ann Roberts"),
            Some("Ann Roberts"),
            Some("said")
        ),
        (
            "was unfair",
            Some("the senators"),
            Some("the senators"),
            Some("said")
        ),
    ]
);

t!(
    en_future_and_modal_speech_verbs_report_nothing_yet,
    "en",
    "Title\n\nThe lawyers will argue that the contract is void. Critics may claim that the vote was rigged. The minister will say on Monday that taxes will rise. Prime Minister Theresa May said the talks would go on.",
    [(
        "the talks would go on",
        Some("Theresa May"),
        Some("Theresa May"),
        Some("said")
    )]
);

t!(
    fr_future_and_modal_speech_verbs_report_nothing_yet,
    "fr",
    "Titre\n\nLes avocats vont plaider que le contrat est nul. Le ministre devrait annoncer que les impôts augmenteront. Paul Roux a affirmé que le texte était mort.",
    [(
        "que le texte était mort",
        Some("Paul Roux"),
        Some("Paul Roux"),
        Some("affirmé")
    )]
);

t!(
    en_a_day_between_the_verb_and_its_content_preposition,
    "en",
    "Title\n\nMayor Ann Lee called Friday for an inquiry into the contract.",
    [(
        "an inquiry into the contract",
        Some("Ann Lee"),
        Some("Ann Lee"),
        Some("called")
    )]
);

t!(
    en_content_in_a_relative_clause_ends_at_its_closing_comma,
    "en",
    "Title\n\nAnn Lee, who has called for higher fuel taxes, spoke in Leeds on Monday.",
    [(
        "higher fuel taxes",
        Some("Ann Lee"),
        Some("Ann Lee"),
        Some("called")
    )]
);

t!(
    en_an_aspectual_verb_before_the_infinitive_still_reports,
    "en",
    "Title\n\nThe residents continued to call for a new bridge. The mayor declined to say whether one would be built.",
    [(
        "a new bridge",
        Some("The residents"),
        Some("The residents"),
        Some("call")
    )]
);

t!(
    en_a_noun_phrase_subject_carries_over_a_coordinated_predicate,
    "en",
    "Title\n\nThe residents gathered at city hall and said that the plan was unfair. The union went on strike and said that talks had failed.",
    [
        (
            "that the plan was unfair",
            Some("The residents"),
            Some("The residents"),
            Some("said")
        ),
        (
            "that talks had failed",
            Some("The union"),
            Some("The union"),
            Some("said")
        ),
    ]
);

/// Each statement's speaker reference and the kind of speaker it names.
fn speaker_kinds(lang: &str, text: &str) -> Vec<(Option<String>, Option<&'static str>)> {
    let engine = Engine::new().unwrap();
    engine
        .analyze(text, Some(lang))
        .unwrap()
        .statements
        .into_iter()
        .map(|s| (s.speaker_ref, s.speaker_kind.map(|k| k.as_str())))
        .collect()
}

#[test]
fn every_speaker_is_typed_person_organisation_group_description_or_anonymous() {
    let got = speaker_kinds(
        "en",
        "Title\n\n\"We will rebuild,\" said Mayor Jane Hill.\n\n\"Fares will rise,\" the Harbour Authority said.\n\n\"It is too late,\" residents said.\n\n\"The deal is done,\" said a source close to the talks.\n\n\"We were not told,\" a spokesperson for the port said.\n\n\"Nothing changes,\" South Korean officials said.",
    );
    let typed: Vec<Option<&str>> = got.iter().map(|(_, k)| *k).collect();
    assert_eq!(
        typed,
        [
            Some("person"),
            Some("organisation"),
            Some("group"),
            Some("anonymous"),
            Some("description"),
            Some("group")
        ],
        "{got:?}"
    );
    let got = speaker_kinds(
        "fr",
        "Titre\n\n« Nous tiendrons », a déclaré Marie Dupont. « Rien n'est décidé », selon une source judiciaire. « Le texte passera », a estimé le ministère de l'Intérieur. « C'est trop tard », disent les habitants.",
    );
    let typed: Vec<Option<&str>> = got.iter().map(|(_, k)| *k).collect();
    assert_eq!(
        typed,
        [
            Some("person"),
            Some("anonymous"),
            Some("organisation"),
            Some("group")
        ],
        "{got:?}"
    );
}

t!(
    en_an_adjective_keeps_its_complement_inside_the_subject,
    "en",
    "Title\n\n\"The deal is done,\" said a source familiar with the talks.",
    [(
        "\"The deal is done,\"",
        Some("a source familiar with the talks"),
        Some("a source familiar with the talks"),
        Some("said")
    )]
);

t!(
    fr_a_day_between_an_inverted_verb_and_its_subject,
    "fr",
    "Titre\n\nPaul Roux a parlé lundi. « C'est grave », a affirmé mardi ce responsable lors d'un débat.",
    [(
        "« C'est grave »",
        Some("ce responsable"),
        Some("Paul Roux"),
        Some("affirmé")
    )]
);

t!(
    fr_a_relayed_speaker_with_a_title_is_the_innermost_speaker,
    "fr",
    "Titre\n\nSelon l'AFP, le ministre Paul Roux a déclaré mardi que la réforme passerait.",
    [(
        "que la réforme passerait",
        Some("Paul Roux"),
        Some("Paul Roux"),
        Some("déclaré")
    )]
);

t!(
    fr_pour_source_after_a_colon,
    "fr",
    "Titre\n\nPaul Roux ne condamne pas le joueur : pour lui, le club a raison de protester.",
    [(
        "le club a raison de protester",
        Some("lui"),
        Some("Paul Roux"),
        Some("pour")
    )]
);

t!(
    fr_participle_with_a_hyphenated_lui_aussi,
    "fr",
    "Titre\n\nLa ministre Claire Vidal a dénoncé des propos injustes, jugeant elle-aussi qu'ils avaient été tenus par rancoeur.",
    [(
        "qu'ils avaient été tenus par rancoeur",
        Some("Claire Vidal"),
        Some("Claire Vidal"),
        Some("jugeant")
    )]
);

t!(
    en_a_title_case_furniture_label_opens_no_statement,
    "en",
    "Council approves budget\n\nOpen this photo in gallery:\n\nWatch: \"We will not back down,\" says the mayor\n\n\"The budget is balanced,\" Jane Hill said.",
    [(
        "\"The budget is balanced,\"",
        Some("Jane Hill"),
        Some("Jane Hill"),
        Some("said")
    )]
);

#[test]
fn a_number_an_unnamed_source_states_is_credited_to_its_words_not_the_article() {
    let engine = Engine::new().unwrap();
    let text = "Titre\n\nUn ancien ministre a affirmé que 300 soldats étaient partis.";
    let analysis = engine.analyze(text, Some("fr")).unwrap();
    let q = analysis
        .quantities
        .iter()
        .find(|q| q.span.slice(text).contains("300"))
        .expect("the figure is found");
    assert_eq!(q.statement, Some(0));
    assert_eq!(q.source_ref.as_deref(), Some("Un ancien ministre"));
}

t!(
    en_title_case_headline_words_never_fuse_into_a_name,
    "en",
    "Senator Ann Warren Hammers Bank Chief Over Fees\n\n\"It is gutless leadership,\" Warren said on Tuesday.",
    [(
        "\"It is gutless leadership,\"",
        Some("Warren"),
        Some("Ann Warren"),
        Some("said")
    )]
);
