//! Language resources: the per-language data files (`lang/*.toml`) compiled into lookup tables.
//! Adding a language means adding a file here and one line in [`BUILTIN`]; no engine code changes.

use std::borrow::Cow;
// FxHash: the tables are keyed by short words from our own data files, where SipHash's
// DoS resistance buys nothing and cost a quarter of the run time.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Deserialize;

use crate::error::Error;

/// The language files compiled into the binary: (code, TOML source).
pub const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../lang/en.toml")),
    ("fr", include_str!("../lang/fr.toml")),
];

/// A set of folded words.
pub type WordSet = HashSet<String>;

bitflags::bitflags! {
    /// The word lists a folded word belongs to, looked up once per token when the document
    /// is built (as spaCy keeps flags on its lexemes), so that later stages test a bit instead
    /// of hashing the word again for every rule that asks about it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub struct WordClass: u64 {
        /// In the language file's `prepositions` list.
        const PREPOSITIONS = 1 << 0;
        /// In the language file's `complementizers` list.
        const COMPLEMENTIZERS = 1 << 1;
        /// In the language file's `clause_openers` list.
        const CLAUSE_OPENERS = 1 << 2;
        /// In the language file's `adverbs` list.
        const ADVERBS = 1 << 3;
        /// In the language file's `auxiliaries` list.
        const AUXILIARIES = 1 << 4;
        /// In the language file's `definite` list.
        const DEFINITE = 1 << 5;
        /// In the language file's `subject_pronouns` list.
        const SUBJECT_PRONOUNS = 1 << 6;
        /// In the language file's `addressee_prepositions` list.
        const ADDRESSEE_PREPOSITIONS = 1 << 7;
        /// In the language file's `organisation_markers` list.
        const ORGANISATION_MARKERS = 1 << 8;
        /// In the language file's `name_connectors` list.
        const NAME_CONNECTORS = 1 << 9;
        /// In the language file's `modifier_openers` list.
        const MODIFIER_OPENERS = 1 << 10;
        /// In the language file's `honorifics` list.
        const HONORIFICS = 1 << 11;
        /// In the language file's `pronouns` list.
        const PRONOUNS = 1 << 12;
        /// In the language file's `function_words` list.
        const FUNCTION_WORDS = 1 << 13;
        /// A given name, also as the first part of a compound ("Jean-Pierre").
        const GIVEN_NAME = 1 << 14;
        /// A role word, also as the first part of a compound ("sergeant-at-arms").
        const ROLE = 1 << 15;
        /// Any determiner: definite, indefinite, plural or possessive.
        const DETERMINER = 1 << 16;
        /// In the language file's `coordinators` list.
        const COORDINATORS = 1 << 17;
        /// In the language file's `negations` list.
        const NEGATIONS = 1 << 18;
        /// The first word of a cue phrase.
        const CUE_START = 1 << 19;
        /// A word that can start or continue a number in words.
        const NUMBER_WORDS = 1 << 20;
        /// A number word or a lead word ("a", "minus") that starts a number before one.
        const NUMBER_STARTS = 1 << 21;
        /// The first word of a currency or unit name.
        const UNIT_FIRST_WORDS = 1 << 22;
        /// The last word of a currency name or of a bound phrase.
        const PREFIX_LAST_WORDS = 1 << 23;
        /// In the language file's `plural_determiners` list.
        const PLURAL_DETERMINERS = 1 << 24;
        /// In the language file's `possessives` list.
        const POSSESSIVES = 1 << 25;
        /// In the language file's `indefinite` list.
        const INDEFINITE = 1 << 26;
        /// In the language file's `relative_pronouns` list.
        const RELATIVE_PRONOUNS = 1 << 27;
        /// In the language file's `addressee_words` list.
        const ADDRESSEE_WORDS = 1 << 28;
        /// In the language file's `addressee_verbs` list.
        const ADDRESSEE_VERBS = 1 << 29;
        /// In the language file's `object_clitics` list.
        const OBJECT_CLITICS = 1 << 30;
        /// In the language file's `infinitive_markers` list.
        const INFINITIVE_MARKERS = 1 << 31;
        /// In the language file's `document_nouns` list.
        const DOCUMENT_NOUNS = 1 << 32;
        /// In the language file's `passive_auxiliaries` list.
        const PASSIVE_AUXILIARIES = 1 << 33;
        /// In the language file's `organisation_joiners` list.
        const ORGANISATION_JOINERS = 1 << 34;
        /// In the language file's `person_relatives` list.
        const PERSON_RELATIVES = 1 << 35;
        /// In the language file's `place_openers` list.
        const PLACE_OPENERS = 1 << 36;
        /// In the language file's `gerund_markers` list.
        const GERUND_MARKERS = 1 << 37;
        /// In the language file's `abbreviations` list.
        const ABBREVIATIONS = 1 << 38;
        /// A hedge or condition word (`numbers.hedges`, `numbers.conditionals`).
        const MODALITY = 1 << 39;
    }
}

/// Given names with the gender they tell, shared by every language.
pub const GIVEN_NAMES: &str = include_str!("../lang/given_names.toml");

#[derive(Deserialize)]
struct GivenNames {
    masculine: Vec<String>,
    feminine: Vec<String>,
}

/// Grammatical gender a pronoun or honorific tells about its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// he, il, Mr, M.
    Masculine,
    /// she, elle, Ms, Mme
    Feminine,
    /// they, ils
    Plural,
    /// it
    Neuter,
    /// nothing known
    Unknown,
}

/// How a speaker known only by description gets its reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DescriptiveReference {
    /// The description's own words ("a spokesperson for the ministry").
    Mention,
    /// Only institutions ("le ministère de la Défense") keep their description.
    Institution,
    /// No reference.
    None,
}

/// Where the head noun stands in a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HeadPosition {
    /// Modifiers come first: "the ruling party".
    Last,
    /// The noun comes first: "le parti au pouvoir".
    First,
}

/// What a matched cue phrase is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CueKind {
    /// A speech verb form; `weak` ones need a complementizer or an adjacent quote.
    Verb {
        /// The verb's lemma, as written in the language file.
        lemma: String,
        /// Verbs of thought or manner that count only before "that"/"que" or a quote.
        weak: bool,
    },
    /// "according to", "selon".
    Nominal,
    /// "pour X, ..." at the start of a sentence.
    SentenceInitial,
}

/// A language's knowledge, ready for lookups. Built once; shared read-only.
#[derive(Debug)]
pub struct Language {
    /// ISO 639-1 code ("en").
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// ISO 639-3 code, as language identification reports it.
    pub iso639_3: String,
    /// Frequent words of this language that the others rarely use (`[detect] markers`).
    pub(crate) detect_markers: HashSet<String>,
    pub(crate) descriptive_reference: DescriptiveReference,
    pub(crate) keep_determiner_in_reference: bool,
    pub(crate) head_position: HeadPosition,
    pub(crate) interrupted_quote_keeps_cue: bool,
    pub(crate) partial_quote_takes_sentence: bool,
    pub(crate) quote_pairs: Vec<(char, char)>,
    pub(crate) elisions: HashSet<String>,
    pub(crate) suffix_clitics: Vec<String>,
    pub(crate) prepositions: HashSet<String>,
    pub(crate) abbreviations: HashSet<String>,
    pub(crate) function_words: HashSet<String>,
    pub(crate) name_connectors: HashSet<String>,
    pub(crate) organisation_markers: HashSet<String>,
    /// First words of place names ("Nova Scotia", "United States", "Nouvelle-Écosse"): such
    /// a name is no antecedent for "he" or "she".
    pub(crate) place_openers: HashSet<String>,
    /// Prepositions that continue an organisation's name after one of its marker words
    /// ("Bank of Canada", "National Institute on Drug Abuse").
    pub(crate) organisation_joiners: HashSet<String>,
    /// Relative pronouns only a person takes ("Alfonso Espinos, who …").
    pub(crate) person_relatives: HashSet<String>,
    /// Lower-case second parts that make an adjective of a name ("Calgary-based").
    pub(crate) name_adjective_endings: HashSet<String>,
    /// Words that label a caption or credit when a colon follows ("Crédit : AP", "Photo:"):
    /// then they are no part of a name, while "Crédit Mutuel" still is one.
    pub(crate) caption_labels: HashSet<String>,
    /// Labels that open a line of page furniture before a colon, in any case ("Watch:",
    /// "Read more:", "À lire aussi :"): no statement stands on such a line. Each entry's words.
    pub(crate) furniture_labels: Vec<Vec<String>>,
    /// Nouns for a kind of organisation ("the company", "l'organisation"), which point back
    /// to a named one even with a complement.
    pub(crate) organisation_kinds: HashSet<String>,
    pub(crate) honorifics: HashMap<String, Gender>,
    pub(crate) roles: HashSet<String>,
    pub(crate) pronouns: HashMap<String, Gender>,
    pub(crate) subject_pronouns: HashSet<String>,
    pub(crate) definite: HashSet<String>,
    pub(crate) indefinite: HashSet<String>,
    pub(crate) plural_determiners: HashSet<String>,
    pub(crate) possessives: HashSet<String>,
    /// Determiners that mark the noun after them masculine or feminine ("le", "la"): a
    /// description keeps to people of its gender ("la députée" is no man).
    pub(crate) gendered_determiners: HashMap<String, Gender>,
    pub(crate) auxiliaries: HashSet<String>,
    pub(crate) adverbs: HashSet<String>,
    pub(crate) complementizers: HashSet<String>,
    pub(crate) clause_openers: HashSet<String>,
    pub(crate) coordinators: HashSet<String>,
    pub(crate) relative_pronouns: HashSet<String>,
    pub(crate) gerund_markers: HashSet<String>,
    pub(crate) addressee_prepositions: HashSet<String>,
    pub(crate) modifier_openers: HashSet<String>,
    pub(crate) addressee_words: HashSet<String>,
    pub(crate) addressee_verbs: HashSet<String>,
    /// Verbs that name an object with a quoted word ("called the conclusion “bold”"), by lemma.
    pub(crate) naming_verbs: HashSet<String>,
    /// Words between such an object and its quoted name ("as", "comme", "de").
    pub(crate) naming_links: HashSet<String>,
    /// Verbs that name their object only through a link word ("dismissed the report as
    /// partisan", "a désigné la finance comme son ennemi"), by lemma: an indefinite article
    /// after their object ("dismissed the coach a week later") names nothing.
    pub(crate) naming_verbs_with_link: HashSet<String>,
    /// Two-word prepositions that end on a link word ("such as"): (first word, link).
    pub(crate) link_prepositions: Vec<(String, String)>,
    /// Speech verbs whose content follows a preposition right after them ("called for a
    /// moratorium", "a appelé à manifester"): lemma → prepositions.
    pub(crate) content_after: HashMap<String, Vec<String>>,
    /// Speech verbs whose content is their object and what follows its preposition
    /// ("accused the mayor of lying", "a accusé X de mentir"): lemma → prepositions.
    pub(crate) content_after_object: HashMap<String, Vec<String>>,
    /// Whether the preposition right after the verb opens the content ("à manifester") or
    /// only links it ("for a moratorium").
    pub(crate) content_keeps_preposition: bool,
    /// Verbs whose bare complement is usually a noun phrase ("denied wrongdoing", "announced
    /// plans"), by lemma: without a complementizer, what follows must read as a clause.
    pub(crate) object_taking: HashSet<String>,
    pub(crate) inversion_suffixes: Vec<String>,
    /// True when every inversion suffix starts with a hyphen: a word without one has none.
    pub(crate) inversion_needs_hyphen: bool,
    pub(crate) object_clitics: HashSet<String>,
    pub(crate) negations: HashSet<String>,
    pub(crate) infinitive_markers: HashSet<String>,
    /// Prepositions that introduce a document's author ("a study by Civic Action").
    pub(crate) agent_prepositions: HashSet<String>,
    pub(crate) bare_form_needs_plural_subject: bool,
    /// Words after which a verb's infinitive reports nothing ("il faut dire que", "pour
    /// défendre les droits", "… et défendre"); empty where the lemma is no infinitive form.
    pub(crate) infinitive_blockers: HashSet<String>,
    /// Auxiliaries of what is not (yet) said: the future and modals ("will argue", "may
    /// claim", "va annoncer", "devrait dire"). A speech verb after one reports nothing.
    pub(crate) unrealised_auxiliaries: HashSet<String>,
    /// Verbs of continuing or starting before an infinitive marker ("continued to call for",
    /// "began to argue that"): the infinitive still reports what was said.
    pub(crate) aspectual_verbs: HashSet<String>,
    /// Head words of anonymous sources ("a source close to …", "des proches"): such a
    /// speaker is nobody the reader can name.
    pub(crate) anonymous_heads: HashSet<String>,
    /// Adjectives that take a complement after a noun ("a source familiar with the talks",
    /// "close to the minister"): the complement stays inside the noun phrase.
    pub(crate) complement_adjectives: HashSet<String>,
    pub(crate) document_nouns: HashSet<String>,
    pub(crate) passive_auxiliaries: HashSet<String>,
    /// Reflexive pronouns before an auxiliary that is then no passive one ("s'est dit").
    pub(crate) reflexive_clitics: HashSet<String>,
    /// Particles of phrasal speech verbs, between the verb and its clause ("pointed out that").
    pub(crate) verb_particles: HashSet<String>,
    /// Verbs that report a question, by lemma ("asked whether …"), and the words that open
    /// the question they report.
    pub(crate) question_verbs: HashSet<String>,
    pub(crate) question_openers: HashSet<String>,
    /// Words that open a parenthetical source clause ("as police have said", "comme l'indique
    /// l'AFP"): the rest of the sentence is what the source said.
    pub(crate) parenthetical_openers: HashSet<String>,
    /// Words before a narrative infinitive ("avant de poursuivre", "Et de conclure"): the
    /// infinitive speaks for the subject of the statement before it. Each entry's words.
    pub(crate) narrative_infinitive_openers: Vec<Vec<String>>,
    /// Fixed adverbial phrases that stand between an inverted verb and its subject ("annonce
    /// pour sa part le Crédit Mutuel", "said in turn the minister"). Each entry's words.
    pub(crate) adverbial_phrases: Vec<Vec<String>>,
    pub(crate) participle_endings: Vec<String>,
    /// Endings that only a past participle has ("annoncé", "annoncées"): such a verb speaks
    /// only after an auxiliary ("a annoncé"); alone it qualifies a noun ("des champs traités").
    pub(crate) past_participle_endings: Vec<String>,
    /// Endings of finite past verbs ("-ed"), which show a clause has its verb.
    pub(crate) past_endings: Vec<String>,
    /// Irregular past forms the endings miss ("met", "took"): a verb after a subject.
    pub(crate) irregular_past: HashSet<String>,
    /// Endings of regular plural nouns ("-s").
    pub(crate) plural_endings: Vec<String>,
    pub(crate) given_names: HashMap<String, Gender>,
    /// Number words and quantity phrases.
    pub numbers: Numbers,
    /// Currencies by name, as token sequences (folded), longest first.
    pub(crate) currency_names: PhraseTable,
    /// Units by name, as token sequences (folded), longest first.
    pub(crate) unit_names: PhraseTable,
    /// Bound phrases as token sequences with their bound name, longest first.
    pub(crate) bound_phrases: Vec<(Vec<String>, crate::quantity::Bound)>,
    /// Percent phrases as token sequences.
    pub(crate) percent_phrases: Vec<Vec<String>>,
    /// Phrases after a temperature that make it negative ("below zero"), as words.
    pub(crate) below_zero_phrases: Vec<Vec<String>>,
    /// Hedge and condition words with the modality they give a sentence, in one table so
    /// that each word of a sentence is looked up once.
    pub(crate) modality_words: HashMap<String, crate::quantity::Modality>,
    /// Month names, lower case, each with whether it counts only when capitalised ("May").
    pub(crate) month_words: HashMap<String, bool>,
    /// Every word that can start or continue a number in words: a cheap first filter.
    pub(crate) number_words: HashSet<String>,
    /// `number_words` plus the lead words ("a", "minus") that start a number only before one.
    pub(crate) number_starts: HashSet<String>,
    /// First words of currency and unit names: a cheap first filter.
    pub(crate) unit_first_words: HashSet<String>,
    /// Last words of currency names and of bound phrases: cheap filters for what stands
    /// before a number.
    pub(crate) prefix_last_words: HashSet<String>,
    /// Cue phrases keyed by their first folded word; longer phrases first.
    pub(crate) cues: HashMap<String, Vec<(Vec<String>, CueKind)>>,
    /// Every listed word with the lists it is in: see [`WordClass`].
    lexicon: HashMap<String, WordClass>,
    /// The classes of the one-byte marks (",", "-", "$"), read without hashing.
    ascii_mark_classes: [WordClass; 128],
}

#[derive(Deserialize)]
struct File {
    code: String,
    name: String,
    iso639_3: String,
    #[serde(default)]
    detect: Detect,
    descriptive_reference: DescriptiveReference,
    keep_determiner_in_reference: bool,
    head_position: HeadPosition,
    interrupted_quote_keeps_cue: bool,
    partial_quote_takes_sentence: bool,
    quotes: Quotes,
    words: Words,
    titles: Titles,
    pronouns: Pronouns,
    determiners: Determiners,
    syntax: Syntax,
    cues: Cues,
    #[serde(default)]
    verb_classes: Vec<VerbClass>,
    verbs: Verbs,
    numbers: Numbers,
    #[serde(default)]
    currencies: Vec<NamedUnit>,
    #[serde(default)]
    units: Vec<NamedUnit>,
}

/// Number words and quantity phrases of a language (`[numbers]` in its file).
#[derive(Deserialize, Debug)]
pub struct Numbers {
    /// The decimal mark: "." in English, "," in French.
    pub decimal_mark: String,
    /// Characters that group thousands ("9,000", "9 000").
    pub group_marks: Vec<String>,
    /// Word values: "seven" = 7, "vingt" = 20.
    pub words: HashMap<String, f64>,
    /// Words that multiply what precedes them inside a group: "hundred", "cent".
    pub hundreds: HashMap<String, f64>,
    /// Words that close a group: "thousand", "million", "milliard".
    pub scales: HashMap<String, f64>,
    /// Collective multipliers: "dozen", "douzaine".
    pub multipliers: HashMap<String, f64>,
    /// Multipliers that count only as a whole after "a"/"une" ("a couple of days", "a pair
    /// of boots"): alone they are nouns ("the couple said"), after a number they are what is
    /// counted ("three pairs").
    #[serde(default)]
    pub article_multipliers: HashSet<String>,
    /// Fractions with a fixed value.
    pub fractions: HashMap<String, f64>,
    /// Denominators: "thirds" = 3, "cinquième" = 5, "half" = 2.
    #[serde(default)]
    pub denominators: HashMap<String, f64>,
    /// Ordinals of units that end a compound denominator only after tens or hundreds:
    /// "twenty-firsts", "vingt et unième" (alone, "second" is time, "first" a rank).
    #[serde(default)]
    pub ordinal_units: HashMap<String, f64>,
    /// Denominators that are a number with no numerator before them ("half the troops",
    /// "moitié"); the others are ordinals alone ("his fifth birthday", "la troisième fois").
    #[serde(default)]
    pub lone_fractions: HashSet<String>,
    /// The decimal point in words: "point", "virgule".
    #[serde(default)]
    pub decimal_words: Vec<String>,
    /// Ratio words between two numbers: "un sur trois".
    #[serde(default)]
    pub ratio_words: Vec<String>,
    /// Month names: a day number beside one is a date, not a claim ("le 4 mai", "May 4th").
    #[serde(default)]
    pub months: Vec<String>,
    /// Hundredths of a currency after its amount: "20 dollars 43 cents".
    #[serde(default)]
    pub minor_units: Vec<String>,
    /// Words that stand for one before a scale: "a hundred".
    pub one_words: HashSet<String>,
    /// Scale words that start a number alone: "mille soldats" (English needs "a thousand").
    #[serde(default)]
    pub bare_scales: HashSet<String>,
    /// Numbers that are also articles and count nothing alone: "un", "une".
    #[serde(default)]
    pub article_numbers: Vec<String>,
    /// Numbers that are pronouns after a determiner: "the one", "which one".
    #[serde(default)]
    pub pronoun_numbers: Vec<String>,
    /// Words joining parts of one number: "and", "et".
    pub joiners: HashSet<String>,
    /// Words making a number negative.
    pub negatives: HashSet<String>,
    /// Letters glued to digits that scale them: "70k", "1.5m".
    pub suffix_scales: HashMap<String, f64>,
    /// Percent signs and words.
    pub percent: Vec<String>,
    /// Phrases after a temperature that make it negative: "below zero", "sous zéro".
    #[serde(default)]
    pub below_zero: Vec<String>,
    /// Words that make plain degrees an angle rather than a temperature when they stand just
    /// before the number or right after it: "a 45 degrees angle", "Rotate 90°".
    #[serde(default)]
    pub angle_words: HashSet<String>,
    /// Bound and approximation phrases before a number, with the bound they set.
    pub bounds: HashMap<String, crate::quantity::Bound>,
    /// Words between the two numbers of a range.
    pub range_joiners: HashSet<String>,
    /// Words opening a range before its first number.
    pub range_openers: HashSet<String>,
    /// Words of change before an opener: "rose from 5 to 7", "est passé de 200 à 300" give a
    /// value before and one after, not a range.
    #[serde(default)]
    pub change_words: HashSet<String>,
    /// Words joining a lower and an upper bound into a range.
    #[serde(default)]
    pub bound_joiners: Vec<String>,
    /// Words that hedge a sentence's claims.
    pub hedges: HashSet<String>,
    /// Words that open a condition.
    pub conditionals: HashSet<String>,
    /// Words after a number that are not what it counts.
    pub not_counted: HashSet<String>,
    /// Links between a number and what it counts: "of", "de".
    pub count_links: HashSet<String>,
}

/// A currency or a unit and the names it goes by.
#[derive(Deserialize, Debug, Clone)]
pub struct NamedUnit {
    /// ISO 4217 code, for currencies.
    #[serde(default)]
    pub iso: Option<String>,
    /// Canonical unit symbol, for units.
    #[serde(default)]
    pub unit: Option<String>,
    /// Every name, symbol or code, lower case.
    pub names: Vec<String>,
}

/// Words that identify the language quickly (`[detect]`).
#[derive(Deserialize, Default)]
struct Detect {
    #[serde(default)]
    markers: Vec<String>,
}

#[derive(Deserialize)]
struct Quotes {
    pairs: Vec<[String; 2]>,
}

#[derive(Deserialize)]
struct Words {
    elisions: Vec<String>,
    suffix_clitics: Vec<String>,
    abbreviations: Vec<String>,
    function_words: Vec<String>,
    name_connectors: Vec<String>,
    organisation_markers: Vec<String>,
    #[serde(default)]
    place_openers: Vec<String>,
    #[serde(default)]
    organisation_joiners: Vec<String>,
    #[serde(default)]
    person_relatives: Vec<String>,
    #[serde(default)]
    name_adjective_endings: Vec<String>,
    #[serde(default)]
    caption_labels: Vec<String>,
    #[serde(default)]
    furniture_labels: Vec<String>,
    #[serde(default)]
    organisation_kinds: Vec<String>,
}

#[derive(Deserialize)]
struct Titles {
    masculine: Vec<String>,
    feminine: Vec<String>,
    neutral: Vec<String>,
    roles: Vec<String>,
}

#[derive(Deserialize)]
struct Pronouns {
    masculine: Vec<String>,
    feminine: Vec<String>,
    plural: Vec<String>,
    neuter: Vec<String>,
    subjects: Vec<String>,
}

#[derive(Deserialize)]
struct Determiners {
    definite: Vec<String>,
    indefinite: Vec<String>,
    plural: Vec<String>,
    possessive: Vec<String>,
    #[serde(default)]
    masculine: Vec<String>,
    #[serde(default)]
    feminine: Vec<String>,
}

#[derive(Deserialize)]
struct Syntax {
    auxiliaries: Vec<String>,
    adverbs: Vec<String>,
    complementizers: Vec<String>,
    clause_openers: Vec<String>,
    coordinators: Vec<String>,
    #[serde(default)]
    relative_pronouns: Vec<String>,
    #[serde(default)]
    gerund_markers: Vec<String>,
    addressee_prepositions: Vec<String>,
    prepositions: Vec<String>,
    modifier_openers: Vec<String>,
    addressee_words: Vec<String>,
    addressee_verbs: Vec<String>,
    #[serde(default)]
    naming_verbs: Vec<String>,
    #[serde(default)]
    naming_links: Vec<String>,
    #[serde(default)]
    naming_verbs_with_link: Vec<String>,
    #[serde(default)]
    link_prepositions: Vec<String>,
    /// "lemma preposition" pairs; see `Language::content_after`.
    #[serde(default)]
    content_after: Vec<String>,
    #[serde(default)]
    content_after_object: Vec<String>,
    #[serde(default)]
    content_keeps_preposition: bool,
    inversion_suffixes: Vec<String>,
    object_clitics: Vec<String>,
    document_nouns: Vec<String>,
    negations: Vec<String>,
    infinitive_markers: Vec<String>,
    #[serde(default)]
    agent_prepositions: Vec<String>,
    bare_form_needs_plural_subject: bool,
    #[serde(default)]
    infinitive_blockers: Vec<String>,
    #[serde(default)]
    unrealised_auxiliaries: Vec<String>,
    #[serde(default)]
    aspectual_verbs: Vec<String>,
    #[serde(default)]
    anonymous_heads: Vec<String>,
    #[serde(default)]
    complement_adjectives: Vec<String>,
    passive_auxiliaries: Vec<String>,
    #[serde(default)]
    reflexive_clitics: Vec<String>,
    #[serde(default)]
    verb_particles: Vec<String>,
    #[serde(default)]
    question_verbs: Vec<String>,
    #[serde(default)]
    question_openers: Vec<String>,
    #[serde(default)]
    parenthetical_openers: Vec<String>,
    #[serde(default)]
    narrative_infinitive_openers: Vec<String>,
    #[serde(default)]
    adverbial_phrases: Vec<String>,
    participle_endings: Vec<String>,
    #[serde(default)]
    past_participle_endings: Vec<String>,
    #[serde(default)]
    past_endings: Vec<String>,
    #[serde(default)]
    irregular_past: Vec<String>,
    #[serde(default)]
    plural_endings: Vec<String>,
}

#[derive(Deserialize)]
struct Cues {
    nominal: Vec<String>,
    sentence_initial: Vec<String>,
}

#[derive(Deserialize)]
struct VerbClass {
    name: String,
    ending: String,
    suffixes: Vec<String>,
}

#[derive(Deserialize)]
struct Verbs {
    /// One line per verb: the lemma then its forms; `_` joins the words of a multi-word cue.
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
    #[serde(default)]
    object_taking: Vec<String>,
    /// Lemmas per regular class, keyed by the class name.
    #[serde(flatten)]
    by_class: HashMap<String, Vec<String>>,
}

/// Lower-cases a word and unifies apostrophes, the form every lookup uses.
pub fn fold(word: &str) -> Cow<'_, str> {
    let bytes = word.as_bytes();
    // One pass decides the common cases: lower-case ASCII (borrowed) and ASCII with capitals.
    let (mut upper, mut ascii) = (false, true);
    for &b in bytes {
        upper |= b.is_ascii_uppercase();
        ascii &= b.is_ascii();
    }
    if ascii {
        return if upper {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        };
    }
    let unchanged = word.chars().all(|c| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            c != '’' && !c.is_uppercase()
        }
    });
    if unchanged {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    Cow::Owned(out)
}

/// Splits a phrase the way the tokenizer splits text: words, single punctuation marks, and
/// elided articles ("d'après" → "d'", "après").
/// Each phrase as its folded words, for matching against token norms.
fn words_of_each(phrases: &[String]) -> Vec<Vec<String>> {
    phrases
        .iter()
        .map(|p| p.split_whitespace().map(|w| fold(w).into_owned()).collect())
        .collect()
}

pub(crate) fn phrase_words(phrase: &str, elisions: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for word in phrase.split_whitespace() {
        let word = fold(word).into_owned();
        let mut current = String::new();
        for c in word.chars() {
            if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '.') && !current.is_empty()) {
                current.push(c);
                if c == '\'' && elisions.iter().any(|e| format!("{e}'") == current) {
                    out.push(std::mem::take(&mut current));
                }
            } else {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                out.push(c.to_string());
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

fn phrase_table(
    units: &[NamedUnit],
    key: impl Fn(&NamedUnit) -> Option<String>,
    elisions: &[String],
) -> PhraseTable {
    let mut phrases: Vec<(Vec<String>, String)> = units
        .iter()
        .flat_map(|u| {
            let k = key(u).unwrap_or_default();
            u.names.iter().map(move |n| (n.clone(), k.clone()))
        })
        .map(|(n, k)| (phrase_words(&n, elisions), k))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
    for (k, (words, _)) in phrases.iter().enumerate() {
        by_first.entry(words[0].clone()).or_default().push(k);
        by_last
            .entry(words[words.len() - 1].clone())
            .or_default()
            .push(k);
    }
    PhraseTable {
        phrases,
        by_first,
        by_last,
    }
}

/// Names of units or currencies (folded token sequences, longest first, each with its
/// symbol), indexed by first and last word: a number looks here at every side, so a lookup
/// must not walk the whole table.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseTable {
    phrases: Vec<(Vec<String>, String)>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
}

impl PhraseTable {
    /// The phrases whose first word is `word`, longest first.
    pub(crate) fn starting_with<'a>(
        &'a self,
        word: &str,
    ) -> impl Iterator<Item = &'a (Vec<String>, String)> + 'a {
        self.by_first
            .get(word)
            .into_iter()
            .flatten()
            .map(|&k| &self.phrases[k])
    }

    /// The phrases whose last word is `word`, longest first.
    pub(crate) fn ending_with<'a>(
        &'a self,
        word: &str,
    ) -> impl Iterator<Item = &'a (Vec<String>, String)> + 'a {
        self.by_last
            .get(word)
            .into_iter()
            .flatten()
            .map(|&k| &self.phrases[k])
    }

    /// The symbol of a one-word name.
    pub(crate) fn of_word(&self, word: &str) -> Option<&str> {
        self.starting_with(word)
            .find(|(w, _)| w.len() == 1)
            .map(|(_, k)| k.as_str())
    }
}

/// "lemma preposition" lines as lemma → prepositions.
fn verb_prepositions(lines: &[String]) -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::default();
    for line in lines {
        if let Some((lemma, preposition)) = line.split_once(' ') {
            map.entry(fold(lemma).into_owned())
                .or_default()
                .push(fold(preposition.trim()).into_owned());
        }
    }
    map
}

fn set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| fold(w).into_owned()).collect()
}

impl Language {
    /// Parses and compiles one language file.
    pub fn from_toml(source: &str) -> Result<Language, Error> {
        let file: File = toml::from_str(source).map_err(|e| Error::LanguageFile {
            language: source
                .lines()
                .find_map(|l| l.strip_prefix("code = "))
                .unwrap_or("?")
                .trim_matches('"')
                .to_string(),
            message: e.to_string(),
        })?;
        let bad = |message: String| Error::LanguageFile {
            language: file.code.clone(),
            message,
        };
        let mut quote_pairs = Vec::new();
        for [open, close] in &file.quotes.pairs {
            // Two apostrophes typed for a double quotation mark ('' … '') stand for one mark.
            let as_mark = |s: &str| {
                if s == "''" {
                    crate::quotes::DOUBLED_APOSTROPHE.to_string()
                } else {
                    s.to_string()
                }
            };
            let (open, close) = (as_mark(open), as_mark(close));
            let (mut o, mut c) = (open.chars(), close.chars());
            match (o.next(), o.next(), c.next(), c.next()) {
                (Some(o), None, Some(c), None) => quote_pairs.push((o, c)),
                _ => {
                    return Err(bad(format!(
                        "quote pair {open:?} {close:?} is not two single characters (or '' for two apostrophes)"
                    )))
                }
            }
        }
        let mut honorifics = HashMap::default();
        for (list, g) in [
            (&file.titles.masculine, Gender::Masculine),
            (&file.titles.feminine, Gender::Feminine),
            (&file.titles.neutral, Gender::Unknown),
        ] {
            for w in list {
                honorifics.insert(fold(w).into_owned(), g);
            }
        }
        let mut pronouns = HashMap::default();
        for (list, g) in [
            (&file.pronouns.masculine, Gender::Masculine),
            (&file.pronouns.feminine, Gender::Feminine),
            (&file.pronouns.plural, Gender::Plural),
            (&file.pronouns.neuter, Gender::Neuter),
        ] {
            for w in list {
                pronouns.insert(fold(w).into_owned(), g);
            }
        }
        for w in &file.pronouns.subjects {
            pronouns
                .entry(fold(w).into_owned())
                .or_insert(Gender::Unknown);
        }

        let given: GivenNames =
            toml::from_str(GIVEN_NAMES).map_err(|e| bad(format!("given_names.toml: {e}")))?;
        let mut given_names = HashMap::default();
        for (list, g) in [
            (&given.masculine, Gender::Masculine),
            (&given.feminine, Gender::Feminine),
        ] {
            for w in list {
                given_names.insert(fold(w).into_owned(), g);
            }
        }
        let weak = set(&file.verbs.weak);
        let mut cues: HashMap<String, Vec<(Vec<String>, CueKind)>> = HashMap::default();
        let elisions = set(&file.words.elisions);
        let mut add = |phrase: &str, kind: CueKind| {
            // Split like the tokenizer does: "d'après" is "d'" + "après".
            let mut words: Vec<String> = Vec::new();
            for w in phrase.split(['_', ' ']).filter(|w| !w.is_empty()) {
                let w = fold(w).into_owned();
                match w.find('\'') {
                    Some(p) if p + 1 < w.len() && elisions.contains(&w[..p]) => {
                        words.push(w[..=p].to_string());
                        words.push(w[p + 1..].to_string());
                    }
                    _ => words.push(w),
                }
            }
            if let Some((first, rest)) = words.split_first() {
                let entry = cues.entry(first.clone()).or_default();
                if !entry.iter().any(|(r, _)| r == rest) {
                    entry.push((rest.to_vec(), kind));
                }
            }
        };
        for line in &file.verbs.forms {
            let mut forms = line.split_whitespace();
            let Some(lemma) = forms.next() else {
                return Err(bad("an empty line in verbs.forms".into()));
            };
            let kind = CueKind::Verb {
                lemma: lemma.replace('_', " "),
                weak: weak.contains(&*fold(lemma)),
            };
            add(lemma, kind.clone());
            for form in forms {
                add(form, kind.clone());
            }
        }
        for (class_name, lemmas) in &file.verbs.by_class {
            let Some(class) = file.verb_classes.iter().find(|c| &c.name == class_name) else {
                return Err(bad(format!("verbs.{class_name} names no verb class")));
            };
            for lemma in lemmas {
                let Some(stem) = lemma.strip_suffix(&class.ending) else {
                    return Err(bad(format!(
                        "verb {lemma:?} does not end in {:?} as class {class_name:?} requires",
                        class.ending
                    )));
                };
                let kind = CueKind::Verb {
                    lemma: lemma.clone(),
                    weak: weak.contains(&*fold(lemma)),
                };
                for suffix in &class.suffixes {
                    add(&format!("{stem}{suffix}"), kind.clone());
                }
            }
        }
        // A lemma the verb lists do not know would silently do nothing: name it instead.
        let lemmas: HashSet<String> = file
            .verbs
            .forms
            .iter()
            .filter_map(|line| line.split_whitespace().next())
            .chain(file.verbs.by_class.values().flatten().map(String::as_str))
            .map(|l| fold(l).into_owned())
            .collect();
        for (list, names) in [
            ("verbs.object_taking", &file.verbs.object_taking),
            ("syntax.naming_verbs", &file.syntax.naming_verbs),
            (
                "syntax.naming_verbs_with_link",
                &file.syntax.naming_verbs_with_link,
            ),
        ] {
            if let Some(unknown) = names.iter().find(|l| !lemmas.contains(&*fold(l))) {
                return Err(bad(format!(
                    "{list} names {unknown:?}, which no verb list holds"
                )));
            }
        }
        for (list, lines) in [
            ("content_after", &file.syntax.content_after),
            ("content_after_object", &file.syntax.content_after_object),
        ] {
            for line in lines {
                let words: Vec<&str> = line.split_whitespace().collect();
                if words.len() != 2 || !lemmas.contains(&*fold(words[0])) {
                    return Err(bad(format!(
                        "syntax.{list}: {line:?} is not a known verb's lemma and one preposition"
                    )));
                }
            }
        }
        for phrase in &file.cues.nominal {
            add(phrase, CueKind::Nominal);
        }
        for phrase in &file.cues.sentence_initial {
            add(phrase, CueKind::SentenceInitial);
        }
        for list in cues.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }

        let number_words: HashSet<String> = {
            let n = &file.numbers;
            let mut set: HashSet<String> = HashSet::default();
            for m in [
                &n.words,
                &n.hundreds,
                &n.scales,
                &n.multipliers,
                &n.fractions,
                &n.denominators,
            ] {
                set.extend(m.keys().map(|k| fold(k).into_owned()));
            }
            set
        };
        let mut number_starts = number_words.clone();
        number_starts.extend(
            file.numbers
                .one_words
                .iter()
                .chain(file.numbers.negatives.iter())
                .map(|w| fold(w).into_owned()),
        );

        let mut language = Language {
            lexicon: HashMap::default(),
            ascii_mark_classes: [WordClass::empty(); 128],
            descriptive_reference: file.descriptive_reference,
            keep_determiner_in_reference: file.keep_determiner_in_reference,
            head_position: file.head_position,
            interrupted_quote_keeps_cue: file.interrupted_quote_keeps_cue,
            partial_quote_takes_sentence: file.partial_quote_takes_sentence,
            quote_pairs,
            elisions: set(&file.words.elisions),
            suffix_clitics: file.words.suffix_clitics.clone(),
            prepositions: set(&file.syntax.prepositions),
            abbreviations: set(&file.words.abbreviations),
            function_words: set(&file.words.function_words),
            name_connectors: set(&file.words.name_connectors),
            organisation_markers: set(&file.words.organisation_markers),
            place_openers: set(&file.words.place_openers),
            organisation_joiners: set(&file.words.organisation_joiners),
            person_relatives: set(&file.words.person_relatives),
            name_adjective_endings: set(&file.words.name_adjective_endings),
            caption_labels: set(&file.words.caption_labels),
            furniture_labels: words_of_each(&file.words.furniture_labels),
            organisation_kinds: set(&file.words.organisation_kinds),
            honorifics,
            roles: set(&file.titles.roles),
            pronouns,
            subject_pronouns: set(&file.pronouns.subjects),
            definite: set(&file.determiners.definite),
            indefinite: set(&file.determiners.indefinite),
            plural_determiners: set(&file.determiners.plural),
            possessives: set(&file.determiners.possessive),
            gendered_determiners: file
                .determiners
                .masculine
                .iter()
                .map(|w| (fold(w).into_owned(), Gender::Masculine))
                .chain(
                    file.determiners
                        .feminine
                        .iter()
                        .map(|w| (fold(w).into_owned(), Gender::Feminine)),
                )
                .collect(),
            auxiliaries: set(&file.syntax.auxiliaries),
            adverbs: set(&file.syntax.adverbs),
            complementizers: set(&file.syntax.complementizers),
            clause_openers: set(&file.syntax.clause_openers),
            coordinators: set(&file.syntax.coordinators),
            relative_pronouns: set(&file.syntax.relative_pronouns),
            gerund_markers: set(&file.syntax.gerund_markers),
            addressee_prepositions: set(&file.syntax.addressee_prepositions),
            modifier_openers: set(&file.syntax.modifier_openers),
            addressee_words: set(&file.syntax.addressee_words),
            addressee_verbs: set(&file.syntax.addressee_verbs),
            naming_verbs: set(&file.syntax.naming_verbs),
            object_taking: set(&file.verbs.object_taking),
            naming_links: set(&file.syntax.naming_links),
            naming_verbs_with_link: set(&file.syntax.naming_verbs_with_link),
            link_prepositions: file
                .syntax
                .link_prepositions
                .iter()
                .filter_map(|p| p.split_once(' '))
                .map(|(a, b)| (fold(a).into_owned(), fold(b).into_owned()))
                .collect(),
            content_after: verb_prepositions(&file.syntax.content_after),
            content_after_object: verb_prepositions(&file.syntax.content_after_object),
            content_keeps_preposition: file.syntax.content_keeps_preposition,
            inversion_suffixes: {
                // Longest first, so "-t-il" wins over "-il".
                let mut v: Vec<String> = file
                    .syntax
                    .inversion_suffixes
                    .iter()
                    .map(|s| fold(s).into_owned())
                    .collect();
                v.sort_by_key(|s| std::cmp::Reverse(s.len()));
                v
            },
            inversion_needs_hyphen: file
                .syntax
                .inversion_suffixes
                .iter()
                .all(|s| s.starts_with('-')),
            passive_auxiliaries: set(&file.syntax.passive_auxiliaries),
            reflexive_clitics: set(&file.syntax.reflexive_clitics),
            verb_particles: set(&file.syntax.verb_particles),
            question_verbs: set(&file.syntax.question_verbs),
            question_openers: set(&file.syntax.question_openers),
            parenthetical_openers: set(&file.syntax.parenthetical_openers),
            narrative_infinitive_openers: words_of_each(&file.syntax.narrative_infinitive_openers),
            adverbial_phrases: words_of_each(&file.syntax.adverbial_phrases),
            object_clitics: set(&file.syntax.object_clitics),
            negations: set(&file.syntax.negations),
            infinitive_markers: set(&file.syntax.infinitive_markers),
            agent_prepositions: set(&file.syntax.agent_prepositions),
            bare_form_needs_plural_subject: file.syntax.bare_form_needs_plural_subject,
            infinitive_blockers: set(&file.syntax.infinitive_blockers),
            unrealised_auxiliaries: set(&file.syntax.unrealised_auxiliaries),
            aspectual_verbs: set(&file.syntax.aspectual_verbs),
            anonymous_heads: set(&file.syntax.anonymous_heads),
            complement_adjectives: set(&file.syntax.complement_adjectives),
            document_nouns: set(&file.syntax.document_nouns),
            participle_endings: file.syntax.participle_endings.clone(),
            past_participle_endings: file.syntax.past_participle_endings.clone(),
            past_endings: file.syntax.past_endings.clone(),
            irregular_past: set(&file.syntax.irregular_past),
            plural_endings: file.syntax.plural_endings.clone(),
            currency_names: phrase_table(&file.currencies, |u| u.iso.clone(), &file.words.elisions),
            unit_names: phrase_table(&file.units, |u| u.unit.clone(), &file.words.elisions),
            bound_phrases: {
                let mut v: Vec<(Vec<String>, crate::quantity::Bound)> = file
                    .numbers
                    .bounds
                    .iter()
                    .map(|(p, b)| (phrase_words(p, &file.words.elisions), *b))
                    .collect();
                v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
                v
            },
            percent_phrases: file
                .numbers
                .percent
                .iter()
                .map(|p| phrase_words(p, &file.words.elisions))
                .collect(),
            modality_words: file
                .numbers
                .hedges
                .iter()
                .map(|w| (fold(w).into_owned(), crate::quantity::Modality::Hedged))
                .chain(
                    file.numbers
                        .conditionals
                        .iter()
                        .map(|w| (fold(w).into_owned(), crate::quantity::Modality::Conditional)),
                )
                .collect(),
            month_words: file
                .numbers
                .months
                .iter()
                .map(|m| (fold(m).into_owned(), m.starts_with(char::is_uppercase)))
                .collect(),
            below_zero_phrases: file
                .numbers
                .below_zero
                .iter()
                .map(|p| phrase_words(p, &file.words.elisions))
                .collect(),
            number_words,
            number_starts,
            prefix_last_words: file
                .currencies
                .iter()
                .flat_map(|u| u.names.iter())
                .chain(file.numbers.bounds.keys())
                .chain(file.numbers.range_openers.iter())
                .filter_map(|name| phrase_words(name, &file.words.elisions).pop())
                .collect(),
            unit_first_words: file
                .currencies
                .iter()
                .chain(&file.units)
                .flat_map(|u| u.names.iter())
                .filter_map(|name| phrase_words(name, &file.words.elisions).into_iter().next())
                .collect(),
            numbers: file.numbers,
            cues,
            given_names,
            code: file.code,
            name: file.name,
            iso639_3: file.iso639_3,
            detect_markers: file
                .detect
                .markers
                .iter()
                .map(|w| fold(w).into_owned())
                .collect(),
        };
        language.lexicon = language.build_lexicon();
        for b in 0..128u8 {
            let mark = [b];
            if let Ok(mark) = std::str::from_utf8(&mark) {
                language.ascii_mark_classes[usize::from(b)] = language.class_of(mark);
            }
        }
        Ok(language)
    }

    fn build_lexicon(&self) -> HashMap<String, WordClass> {
        let mut lexicon: HashMap<String, WordClass> = HashMap::default();
        let sets: [(&HashSet<String>, WordClass); 38] = [
            (&self.prepositions, WordClass::PREPOSITIONS),
            (&self.complementizers, WordClass::COMPLEMENTIZERS),
            (&self.clause_openers, WordClass::CLAUSE_OPENERS),
            (&self.adverbs, WordClass::ADVERBS),
            (&self.auxiliaries, WordClass::AUXILIARIES),
            (&self.definite, WordClass::DEFINITE),
            (&self.subject_pronouns, WordClass::SUBJECT_PRONOUNS),
            (
                &self.addressee_prepositions,
                WordClass::ADDRESSEE_PREPOSITIONS,
            ),
            (&self.organisation_markers, WordClass::ORGANISATION_MARKERS),
            (&self.name_connectors, WordClass::NAME_CONNECTORS),
            (&self.modifier_openers, WordClass::MODIFIER_OPENERS),
            (&self.function_words, WordClass::FUNCTION_WORDS),
            (&self.roles, WordClass::ROLE),
            (&self.coordinators, WordClass::COORDINATORS),
            (&self.negations, WordClass::NEGATIONS),
            (&self.number_words, WordClass::NUMBER_WORDS),
            (&self.number_starts, WordClass::NUMBER_STARTS),
            (&self.unit_first_words, WordClass::UNIT_FIRST_WORDS),
            (&self.prefix_last_words, WordClass::PREFIX_LAST_WORDS),
            (&self.plural_determiners, WordClass::PLURAL_DETERMINERS),
            (&self.possessives, WordClass::POSSESSIVES),
            (&self.indefinite, WordClass::INDEFINITE),
            (&self.relative_pronouns, WordClass::RELATIVE_PRONOUNS),
            (&self.addressee_words, WordClass::ADDRESSEE_WORDS),
            (&self.addressee_verbs, WordClass::ADDRESSEE_VERBS),
            (&self.object_clitics, WordClass::OBJECT_CLITICS),
            (&self.infinitive_markers, WordClass::INFINITIVE_MARKERS),
            (&self.document_nouns, WordClass::DOCUMENT_NOUNS),
            (&self.passive_auxiliaries, WordClass::PASSIVE_AUXILIARIES),
            (&self.organisation_joiners, WordClass::ORGANISATION_JOINERS),
            (&self.person_relatives, WordClass::PERSON_RELATIVES),
            (&self.place_openers, WordClass::PLACE_OPENERS),
            (&self.gerund_markers, WordClass::GERUND_MARKERS),
            (&self.abbreviations, WordClass::ABBREVIATIONS),
            // Every determiner also counts as one.
            (&self.definite, WordClass::DETERMINER),
            (&self.indefinite, WordClass::DETERMINER),
            (&self.plural_determiners, WordClass::DETERMINER),
            (&self.possessives, WordClass::DETERMINER),
        ];
        for (set, class) in sets {
            for w in set {
                *lexicon.entry(w.clone()).or_default() |= class;
            }
        }
        let keyed = [
            (
                self.honorifics.keys().collect::<Vec<_>>(),
                WordClass::HONORIFICS,
            ),
            (self.pronouns.keys().collect(), WordClass::PRONOUNS),
            (self.given_names.keys().collect(), WordClass::GIVEN_NAME),
            (self.cues.keys().collect(), WordClass::CUE_START),
            (self.modality_words.keys().collect(), WordClass::MODALITY),
        ];
        for (words, class) in keyed {
            for w in words {
                *lexicon.entry(w.clone()).or_default() |= class;
            }
        }
        lexicon
    }

    /// [`Language::class_of`] for a punctuation mark: one-byte marks come from a table.
    /// The single-word speech verb `word` is a form of, by lemma.
    pub(crate) fn verb_lemma(&self, word: &str) -> Option<&str> {
        self.cues
            .get(word)?
            .iter()
            .find_map(|(rest, kind)| match kind {
                CueKind::Verb { lemma, .. } if rest.is_empty() => Some(lemma.as_str()),
                _ => None,
            })
    }

    /// A word split into its base and the subject pronoun glued to it ("déclare-t-il" →
    /// "déclare", "il"), the longest inversion suffix first.
    pub(crate) fn strip_inversion<'w>(&'w self, word: &'w str) -> Option<(&'w str, &'w str)> {
        if self.inversion_needs_hyphen && !word.contains('-') {
            return None;
        }
        self.inversion_suffixes.iter().find_map(|suffix| {
            let base = word
                .strip_suffix(suffix.as_str())
                .filter(|b| !b.is_empty())?;
            Some((base, suffix.rsplit('-').next().unwrap_or(suffix)))
        })
    }

    pub(crate) fn class_of_mark(&self, mark: &str) -> WordClass {
        match mark.as_bytes() {
            &[b] if b.is_ascii() => self.ascii_mark_classes[usize::from(b)],
            _ => self.class_of(mark),
        }
    }

    /// The lists `word` (folded) belongs to. A compound counts as a role, a given name or a
    /// number word by its first part ("sergeant-at-arms", "Jean-Pierre", "vingt-cinq"), as [`Language::is_role`] and
    /// [`Language::given_name`] read it.
    pub fn class_of(&self, word: &str) -> WordClass {
        let mut class = self.lexicon.get(word).copied().unwrap_or_default();
        // A byte loop: words are short, and `split_once` costs more than the lookup here.
        if let Some(hyphen) = word.bytes().position(|b| b == b'-') {
            let head_class = self.lexicon.get(&word[..hyphen]).copied();
            class |= head_class.unwrap_or_default()
                & (WordClass::ROLE
                    | WordClass::GIVEN_NAME
                    | WordClass::NUMBER_WORDS
                    | WordClass::NUMBER_STARTS);
        }
        class
    }

    /// The gender of a given name (lower case), also of a compound one by its first part
    /// ("gilles-éric" as "gilles").
    pub(crate) fn given_name(&self, w: &str) -> Option<Gender> {
        self.given_names.get(w).copied().or_else(|| {
            w.split_once('-')
                .and_then(|(first, _)| self.given_names.get(first).copied())
        })
    }

    /// True for a role word, also as the first part of a compound ("sergeant-at-arms").
    pub(crate) fn is_role(&self, w: &str) -> bool {
        self.roles.contains(w)
            || (w.contains('-')
                && w.split('-')
                    .next()
                    .is_some_and(|head| self.roles.contains(head)))
    }

    /// True for the plural of a role ("senators", "officials"): a group, never one person.
    pub(crate) fn is_plural_role(&self, w: &str) -> bool {
        !self.is_role(w)
            && self.plural_endings.iter().any(|e| {
                w.strip_suffix(e.as_str())
                    .is_some_and(|stem| self.is_role(stem))
            })
    }

    /// True for any determiner of the language.
    pub(crate) fn is_determiner(&self, w: &str) -> bool {
        self.definite.contains(w)
            || self.indefinite.contains(w)
            || self.plural_determiners.contains(w)
            || self.possessives.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Language {
        let src = BUILTIN.iter().find(|(c, _)| *c == code).unwrap().1;
        Language::from_toml(src).unwrap()
    }

    fn verb(l: &Language, w: &str) -> Option<String> {
        l.verb_lemma(w).map(str::to_string)
    }

    #[test]
    fn word_classes_agree_with_the_lists() {
        let en = lang("en");
        assert!(en
            .class_of("the")
            .contains(WordClass::DEFINITE | WordClass::DETERMINER));
        assert!(en.class_of("a").contains(WordClass::DETERMINER));
        assert!(!en.class_of("a").contains(WordClass::DEFINITE));
        // A compound is a role or a given name by its first part, as `is_role` reads it.
        assert_eq!(
            en.class_of("spokesperson").contains(WordClass::ROLE),
            en.is_role("spokesperson")
        );
        assert!(en.class_of("minister-designate").contains(WordClass::ROLE));
        assert!(!en
            .class_of("minister-designate")
            .contains(WordClass::DEFINITE));
        assert!(en.class_of("said").contains(WordClass::CUE_START));
        assert_eq!(en.class_of("zzyzx"), WordClass::empty());
        let fr = lang("fr");
        assert!(fr.class_of("jean-pierre").contains(WordClass::GIVEN_NAME));
        assert!(fr.class_of("selon").contains(WordClass::CUE_START));
    }

    #[test]
    fn builtin_files_compile() {
        for (code, src) in BUILTIN {
            let l = Language::from_toml(src).unwrap();
            assert_eq!(&l.code, code);
        }
    }

    #[test]
    fn french_regular_verbs_are_inflected() {
        let fr = lang("fr");
        for form in [
            "déclaré",
            "déclare",
            "déclarent",
            "affirmant",
            "averti",
            "ajouta",
            "précise",
        ] {
            assert!(verb(&fr, form).is_some(), "{form}");
        }
        assert_eq!(verb(&fr, "dit").as_deref(), Some("dire"));
        assert!(fr.cues["fait"]
            .iter()
            .any(|(rest, _)| rest == &["savoir".to_string()]));
    }

    #[test]
    fn english_irregular_forms_are_listed() {
        let en = lang("en");
        assert_eq!(verb(&en, "said").as_deref(), Some("say"));
        assert_eq!(verb(&en, "told").as_deref(), Some("tell"));
        assert_eq!(verb(&en, "testified").as_deref(), Some("testify"));
        assert!(en.cues["according"]
            .iter()
            .any(|(rest, k)| rest == &["to".to_string()] && *k == CueKind::Nominal));
    }

    /// Every single-word verb cue of a language with the lemma it reports.
    fn verb_forms(code: &str) -> Vec<(String, String)> {
        let l = lang(code);
        let mut forms = Vec::new();
        for (word, list) in &l.cues {
            for (rest, kind) in list {
                if let CueKind::Verb { lemma, .. } = kind {
                    if rest.is_empty() && !lemma.contains(' ') {
                        forms.push((word.clone(), lemma.clone()));
                    }
                }
            }
        }
        forms
    }

    #[test]
    fn english_verb_forms_are_spelled_as_english_spells_them() {
        let vowel = |c: char| "aeiou".contains(c);
        let mut wrong = Vec::new();
        for (form, lemma) in verb_forms("en") {
            let chars: Vec<char> = lemma.chars().collect();
            let n = chars.len();
            let silent_e = lemma.ends_with('e') && !lemma.ends_with("ee");
            let sibilant = ["s", "sh", "ch", "x", "z"]
                .iter()
                .any(|s| lemma.ends_with(s));
            let consonant_y = n >= 2 && chars[n - 1] == 'y' && !vowel(chars[n - 2]);
            // One syllable ending consonant-vowel-consonant doubles it: slam → slammed.
            let syllables = chars
                .windows(2)
                .filter(|w| vowel(w[1]) && !vowel(w[0]))
                .count()
                + usize::from(vowel(chars[0]));
            let cvc = n >= 3
                && !vowel(chars[n - 3])
                && vowel(chars[n - 2])
                && !vowel(chars[n - 1])
                && !"wxy".contains(chars[n - 1]);
            let regular = |suffix: &str| form == format!("{lemma}{suffix}");
            let bad = silent_e && (form.ends_with("eed") || form.ends_with("eing"))
                || sibilant && regular("s")
                || consonant_y && (regular("s") || regular("ed"))
                || cvc && syllables == 1 && (regular("ed") || regular("ing"));
            if bad {
                wrong.push(format!("{form} (of {lemma})"));
            }
        }
        wrong.sort();
        assert!(wrong.is_empty(), "not English words: {wrong:?}");
    }

    #[test]
    fn french_verb_forms_are_spelled_as_french_spells_them() {
        // -ger and -cer verbs keep their sound before a and o: "jugeant", "annonçait".
        let mut wrong = Vec::new();
        for (form, lemma) in verb_forms("fr") {
            for (ending, hard) in [("ger", "g"), ("cer", "c")] {
                let Some(stem) = lemma.strip_suffix(ending) else {
                    continue;
                };
                let Some(rest) = form.strip_prefix(&format!("{stem}{hard}")) else {
                    continue;
                };
                if rest.starts_with('a') || rest.starts_with('o') {
                    wrong.push(format!("{form} (of {lemma})"));
                }
            }
        }
        wrong.sort();
        assert!(wrong.is_empty(), "not French words: {wrong:?}");
        let fr = lang("fr");
        for (form, lemma) in [
            ("jugeant", "juger"),
            ("exigeaient", "exiger"),
            ("exprimé", "exprimer"),
            ("arguant", "arguer"),
            ("préconise", "préconiser"),
        ] {
            assert_eq!(verb(&fr, form).as_deref(), Some(lemma), "{form}");
        }
    }

    #[test]
    fn english_regular_verbs_are_inflected_by_their_spelling() {
        let en = lang("en");
        for (form, lemma) in [
            ("assured", "assure"),
            ("assuring", "assure"),
            ("voiced", "voice"),
            ("pledged", "pledge"),
            ("slammed", "slam"),
            ("slamming", "slam"),
            ("praised", "praise"),
            ("agreeing", "agree"),
            ("fretted", "fret"),
            ("gushes", "gush"),
            ("denies", "deny"),
            ("denied", "deny"),
            ("admitted", "admit"),
            ("warned", "warn"),
        ] {
            assert_eq!(verb(&en, form).as_deref(), Some(lemma), "{form}");
        }
        for not_a_word in [
            "assureed", "voiceed", "pledgeed", "slamed", "praiseed", "agreing",
        ] {
            assert!(verb(&en, not_a_word).is_none(), "{not_a_word}");
        }
    }

    #[test]
    fn an_unknown_bound_name_is_reported_with_its_language() {
        let src = BUILTIN[0]
            .1
            .replace("\"up to\" = \"at_most\"", "\"up to\" = \"at_mots\"");
        let err = Language::from_toml(&src).unwrap_err().to_string();
        assert!(err.contains("en") && err.contains("at_mots"), "{err}");
    }

    #[test]
    fn a_bad_class_is_reported_with_its_language() {
        let src = BUILTIN[1].1.replace("er = [\"déclarer\"", "er = [\"dire\"");
        let err = Language::from_toml(&src).unwrap_err().to_string();
        assert!(err.contains("fr") && err.contains("dire"), "{err}");
    }

    #[test]
    fn a_content_preposition_of_no_known_verb_is_reported() {
        let src = BUILTIN[0].1.replace(
            "content_after = [\"call for\"",
            "content_after = [\"cal for\"",
        );
        let err = Language::from_toml(&src).unwrap_err().to_string();
        assert!(err.contains("en") && err.contains("cal for"), "{err}");
    }

    #[test]
    fn an_object_taking_lemma_that_is_no_verb_is_reported() {
        let src = BUILTIN[0]
            .1
            .replace("object_taking = [\"deny\"", "object_taking = [\"denny\"");
        let err = Language::from_toml(&src).unwrap_err().to_string();
        assert!(err.contains("en") && err.contains("denny"), "{err}");
    }
}
