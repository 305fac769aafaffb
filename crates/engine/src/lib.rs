//! hearsay-engine: who said what in news text. Text in, typed statements out; no I/O, no
//! global state.
//!
//! The pipeline runs in one direction: segment ([`doc`]) → find quotations ([`quotes`]) and
//! split them at the cues written inside them (`incise`) →
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
mod incise;
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
// (SpeakerKind is defined below, beside Statement.)

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
    /// What kind of speaker `speaker_ref` names: a person, an organisation, a group …
    pub speaker_kind: Option<SpeakerKind>,
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

/// What kind of speaker a statement's reference names. Only named speakers (persons,
/// organisations, other names) are the same speaker across articles; a description ("the
/// company"), a group ("residents") or an anonymous source is only itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person ("Ann Lee").
    Person,
    /// A named organisation or institution ("Acme Bank", "Ministère de l'Intérieur").
    Organisation,
    /// A name of no known kind ("Mediapart", "Ukraine").
    Named,
    /// A plural or generic group ("residents", "the senators", "les élus").
    Group,
    /// An unnamed individual or body described ("a spokesperson for the police").
    Description,
    /// An anonymous source ("a source close to the inquiry", "une source judiciaire").
    Anonymous,
}

impl SpeakerKind {
    /// True for the kinds that name one speaker, who may be quoted in other articles too.
    pub fn is_named(self) -> bool {
        matches!(
            self,
            SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Named
        )
    }

    /// The kind as the output writes it ("person", "organisation" …).
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Named => "named",
            SpeakerKind::Group => "group",
            SpeakerKind::Description => "description",
            SpeakerKind::Anonymous => "anonymous",
        }
    }
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
    /// Every language's marker words, lower case, each with a bit per language that lists it.
    markers: rustc_hash::FxHashMap<Vec<u8>, u32>,
}

impl Engine {
    /// An engine with every built-in language.
    pub fn new() -> Result<Engine, Error> {
        let languages = lang::BUILTIN
            .iter()
            .map(|(_, src)| Language::from_toml(src))
            .collect::<Result<Vec<_>, _>>()?;
        let mut markers = rustc_hash::FxHashMap::<Vec<u8>, u32>::default();
        for (k, language) in languages.iter().enumerate().take(32) {
            for word in &language.detect_markers {
                *markers.entry(word.as_bytes().to_vec()).or_default() |= 1 << k;
            }
        }
        Ok(Engine { languages, markers })
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
        if let Some(language) = self.detect_by_markers(text) {
            return Ok(language);
        }
        // Language identification on a bounded prefix keeps the cost flat on huge inputs.
        let detected = whichlang::detect_language(prefix(text, 400));
        self.language(detected.three_letter_code())
    }

    /// The language whose marker words (`[detect]` in its file) clearly outnumber every other
    /// language's at the start of `text`, if one does. Counting a few words costs a fraction
    /// of the statistical model; unclear texts, and every language the engine does not know,
    /// go to the model.
    fn detect_by_markers(&self, text: &str) -> Option<&Language> {
        // Enough markers to decide at the end of the prefix, or early on the way.
        const MIN_MARKERS: u32 = 8;
        const EARLY_MARKERS: u32 = 12;
        // Each other language may reach a quarter of the winner's count (names, quotes).
        const MARGIN: u32 = 4;
        let mut hits = [0u32; 32];
        let decided = |hits: &[u32; 32], min: u32| {
            let (best, &top) = hits.iter().enumerate().max_by_key(|(_, &n)| n)?;
            let clear = top >= min
                && hits
                    .iter()
                    .enumerate()
                    .all(|(k, &n)| k == best || n * MARGIN <= top);
            clear.then(|| self.languages.get(best)).flatten()
        };
        // Words are read as bytes: markers are short, and ASCII capitals are the only ones
        // that open a sentence often enough to matter.
        let mut word = [0u8; 16];
        let mut len = 0;
        let bytes = &text.as_bytes()[..text.len().min(1000)];
        for &b in bytes.iter().chain([b' '].iter()) {
            if b.is_ascii_alphabetic() || b >= 0x80 || b == b'-' {
                if let Some(slot) = word.get_mut(len) {
                    *slot = b.to_ascii_lowercase();
                }
                len += 1;
                continue;
            }
            let bits = (len > 0 && len <= word.len())
                .then(|| self.markers.get(&word[..len]))
                .flatten();
            len = 0;
            if let Some(&bits) = bits {
                for (k, count) in hits.iter_mut().enumerate() {
                    *count += (bits >> k) & 1;
                }
                if let Some(language) = decided(&hits, EARLY_MARKERS) {
                    return Some(language);
                }
            }
        }
        decided(&hits, MIN_MARKERS)
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

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut cut = text.len().min(max);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
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
        .map(|(f, (speaker_ref, speaker_kind))| Statement {
            quote: f.quote,
            direct: f.direct,
            speaker: f.speaker.as_ref().map(|m| m.span),
            role: f.speaker.as_ref().and_then(|m| m.role),
            speaker_ref,
            speaker_kind,
            verb: f.verb,
            cue: f.cue,
            addressee: f.addressee,
            method: f.method,
            paragraph: f.paragraph,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "The government announced on Monday that taxes will rise next year. \
        The minister said there was no other choice, and the opposition sharply criticised the plan.";
    const FRENCH: &str = "Le gouvernement a annoncé lundi que les impôts augmenteront l'an prochain. \
        Le ministre a dit qu'il n'y avait pas d'autre choix et l'opposition a vivement critiqué le plan. \
        Selon elle, les ménages sont déjà touchés par la hausse des prix, qui dure depuis des mois. \
        Une décision est attendue avant la fin du mois, a-t-il ajouté.";

    #[test]
    fn marker_words_identify_english_and_french() {
        let engine = Engine::new().unwrap();
        assert_eq!(
            engine.detect_by_markers(ENGLISH).map(|l| l.code.as_str()),
            Some("en")
        );
        assert_eq!(
            engine.detect_by_markers(FRENCH).map(|l| l.code.as_str()),
            Some("fr")
        );
        // Too few words to be sure: the statistical model decides.
        assert!(engine
            .detect_by_markers("Taxes to rise, minister says")
            .is_none());
        assert_eq!(
            engine.detect("Taxes to rise, minister says").unwrap().code,
            "en"
        );
    }

    #[test]
    fn languages_the_engine_does_not_know_go_to_the_model_and_are_refused() {
        let engine = Engine::new().unwrap();
        for (code, text) in [
            ("de", "Die Regierung hat am Montag angekündigt, dass die Steuern im nächsten Jahr steigen werden. Der Minister sagte, es gebe keine andere Wahl, und die Opposition kritisierte den Plan scharf. Viele Bürger sind besorgt, weil die Preise schon jetzt sehr hoch sind. Was die Regierung nun tun will, ist noch unklar, aber eine Entscheidung wird bis Ende des Monats erwartet."),
            ("es", "El gobierno anunció el lunes que los impuestos subirán el próximo año. El ministro dijo que no había otra opción y la oposición criticó duramente el plan. Muchos ciudadanos están preocupados porque los precios ya son muy altos. Lo que el gobierno hará ahora todavía no está claro, pero se espera una decisión antes de fin de mes."),
            ("it", "Il governo ha annunciato lunedì che le tasse aumenteranno il prossimo anno. Il ministro ha detto che non c'era altra scelta e l'opposizione ha criticato duramente il piano. Molti cittadini sono preoccupati perché i prezzi sono già molto alti. Cosa farà ora il governo non è ancora chiaro, ma una decisione è attesa entro la fine del mese."),
            ("pt", "O governo anunciou na segunda-feira que os impostos vão subir no próximo ano. O ministro disse que não havia outra opção e a oposição criticou duramente o plano. Muitos cidadãos estão preocupados porque os preços já são muito altos. O que o governo fará agora ainda não está claro, mas uma decisão é esperada até o fim do mês."),
            ("nl", "De regering heeft maandag aangekondigd dat de belastingen volgend jaar zullen stijgen. De minister zei dat er geen andere keuze was en de oppositie bekritiseerde het plan scherp. Veel burgers zijn bezorgd omdat de prijzen nu al erg hoog zijn. Wat de regering nu gaat doen is nog onduidelijk, maar een besluit wordt voor het einde van de maand verwacht."),
        ] {
            assert!(engine.detect_by_markers(text).is_none(), "{code} taken for a known language");
            assert!(
                matches!(engine.detect(text), Err(Error::UnsupportedLanguage { .. })),
                "{code} not refused"
            );
        }
    }
}
