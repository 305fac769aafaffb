//! The engine's typed errors: every variant names the item it concerns.
//! The engine never panics on input; anything it cannot analyse comes back as one of these.

/// Why a text could not be analysed, or a language file could not be compiled.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum Error {
    /// The text is empty or only whitespace.
    #[error("the text is empty")]
    EmptyText,
    /// The text's language is not one the engine has resources for.
    #[error("unsupported language {detected:?} (the engine knows: {known})")]
    UnsupportedLanguage {
        /// What was asked for or detected (ISO 639 code).
        detected: String,
        /// The languages the engine has resources for, comma-separated.
        known: String,
    },
    /// A language file is malformed.
    #[error("language file {language:?}: {message}")]
    LanguageFile {
        /// The language code of the file.
        language: String,
        /// What is wrong in it.
        message: String,
    },
}
