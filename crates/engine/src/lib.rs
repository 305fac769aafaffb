//! hearsay-engine: who said what in news text. Text in, typed statements out; no I/O, no
//! global state.
//!
//! The pipeline runs in one direction: segment ([`doc`]) → find quotations ([`quotes`]) →
//! find names ([`names`]) → detect cues and attribute ([`attribute`]) → resolve speakers
//! ([`resolve`]). Per-language knowledge comes from the data files in `lang/` ([`lang`]).
//!
//! ```
//! let engine = hearsay_engine::Engine::new().unwrap();
//! let text = "« Nous voyons ces éléments », a déclaré Vadym Skibitsky.";
//! let analysis = engine.analyze(text, Some("fr")).unwrap();
//! let s = &analysis.statements[0];
//! assert_eq!(s.quote.slice(text), "« Nous voyons ces éléments »");
//! assert_eq!(s.speaker_ref.as_deref(), Some("Vadym Skibitsky"));
//! assert_eq!(s.verb.unwrap().slice(text), "déclaré");
//! ```
#![warn(missing_docs)]

pub mod attribute;
pub mod doc;
mod error;
pub mod lang;
pub mod names;
pub mod quantity;
pub mod quotes;
pub mod resolve;
mod span;
pub mod token;
pub mod units;

pub use attribute::Method;
pub use error::Error;
pub use lang::Language;
pub use span::{CharOffsets, Span};

use serde::Serialize;

/// One reported statement: what was said, by whom, with which cue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// The reported content: a quotation with its marks, or the reported clause.
    pub quote: Span,
    /// True when the content is given in quotation marks.
    pub direct: bool,
    /// The words naming the speaker nearest the cue, if any.
    pub speaker: Option<Span>,
    /// The speaker's fullest name in the article (or description), if known.
    pub speaker_ref: Option<String>,
    /// The cue's main word(s): "said", "déclaré", "selon", "according to".
    pub verb: Option<Span>,
    /// The whole cue with its auxiliaries: "a-t-il déclaré", "has said".
    pub cue: Option<Span>,
    /// The speaker's role or description beside the name ("un porte-parole de …").
    pub role: Option<Span>,
    /// Who was told or where: "à CNN", "to reporters".
    pub addressee: Option<Span>,
    /// Which rule found it.
    pub method: Method,
    /// Index of the paragraph the content starts in.
    pub paragraph: usize,
}

/// The result of analysing one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The language used (ISO 639-1 code).
    pub lang: String,
    /// Statements in text order.
    pub statements: Vec<Statement>,
    /// Quantities in text order, each tied to its statement.
    pub quantities: Vec<quantity::Quantity>,
}

/// The engine: the compiled language resources. Build once, share across threads.
#[derive(Debug)]
pub struct Engine {
    languages: Vec<Language>,
}

impl Engine {
    /// An engine with every built-in language.
    pub fn new() -> Result<Engine, Error> {
        let languages = lang::BUILTIN
            .iter()
            .map(|(_, src)| Language::from_toml(src))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Engine { languages })
    }

    /// The languages this engine knows.
    pub fn languages(&self) -> impl Iterator<Item = &Language> {
        self.languages.iter()
    }

    fn known(&self) -> String {
        self.languages
            .iter()
            .map(|l| l.code.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The language resources for an ISO 639-1 or 639-3 code.
    pub fn language(&self, code: &str) -> Result<&Language, Error> {
        let code = code.trim().to_ascii_lowercase();
        let code = code.split(['-', '_']).next().unwrap_or("");
        self.languages
            .iter()
            .find(|l| l.code == code || l.iso639_3 == code)
            .ok_or_else(|| Error::UnsupportedLanguage {
                detected: code.to_string(),
                known: self.known(),
            })
    }

    /// Detects the language of `text` among all languages, then returns its resources.
    pub fn detect(&self, text: &str) -> Result<&Language, Error> {
        // Language identification on a bounded prefix keeps the cost flat on huge inputs.
        let mut cut = text.len().min(400);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let detected = whichlang::detect_language(&text[..cut]);
        self.language(detected.three_letter_code())
    }

    /// Analyses `text`. `lang` is an ISO code; `None` detects the language.
    pub fn analyze(&self, text: &str, lang: Option<&str>) -> Result<Analysis, Error> {
        if text.trim().is_empty() {
            return Err(Error::EmptyText);
        }
        let language = match lang {
            Some(code) => self.language(code)?,
            None => self.detect(text)?,
        };
        let (statements, quantities) = analyze_full(text, language);
        Ok(Analysis {
            lang: language.code.clone(),
            statements,
            quantities,
        })
    }
}

/// Runs the pipeline on `text` with one language's resources: statements only.
pub fn analyze_with(text: &str, language: &Language) -> Vec<Statement> {
    let doc = doc::Document::new(text, language);
    statements_of(&doc, language)
}

/// Runs the whole pipeline: statements, then the quantities tied to them.
pub fn analyze_full(text: &str, language: &Language) -> (Vec<Statement>, Vec<quantity::Quantity>) {
    let doc = doc::Document::new(text, language);
    let statements = statements_of(&doc, language);
    let quantities = quantity::find(&doc, language, &statements);
    (statements, quantities)
}

fn statements_of(doc: &doc::Document, language: &Language) -> Vec<Statement> {
    let names = names::find(doc, language);
    let found = attribute::Attributor::new(doc, language, &names).run();
    let refs = resolve::Resolver::new(doc, language, &names).resolve(&found);
    found
        .into_iter()
        .zip(refs)
        .map(|(f, speaker_ref)| Statement {
            quote: f.quote,
            direct: f.direct,
            speaker: f.speaker.as_ref().map(|m| m.span),
            role: f.speaker.as_ref().and_then(|m| m.role),
            speaker_ref,
            verb: f.verb,
            cue: f.cue,
            addressee: f.addressee,
            method: f.method,
            paragraph: f.paragraph,
        })
        .collect()
}
