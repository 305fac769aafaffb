//! Fuzz target: any text, in each language and with detection, gives an analysis whose every
//! span lies on character boundaries inside the text and whose numbers are finite — or a
//! typed error; never a panic. Covers segmentation, attribution, resolution and quantities.
#![no_main]

use std::sync::OnceLock;

use hearsay_engine::{Engine, Span};
use libfuzzer_sys::fuzz_target;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fn check(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?} outside the text");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?} splits a character");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let engine = ENGINE.get_or_init(|| Engine::new().expect("built-in languages load"));
    for lang in [Some("en"), Some("fr"), None] {
        let Ok(analysis) = engine.analyze(text, lang) else {
            continue;
        };
        for s in &analysis.statements {
            check(text, s.quote);
            for span in [s.speaker, s.verb, s.cue, s.role, s.addressee].into_iter().flatten() {
                check(text, span);
            }
        }
        for q in &analysis.quantities {
            check(text, q.span);
            if let Some(c) = &q.counted {
                check(text, c.span);
            }
            for v in [q.value, q.low, q.high].into_iter().flatten() {
                assert!(v.is_finite(), "{v} in {:?}", q.span.slice(text));
            }
        }
    }
});
