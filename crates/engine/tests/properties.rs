//! Property tests: on any text, extraction never panics and every span lies inside the text,
//! on char boundaries, non-empty where it must be.

use hearsay_engine::{analyze_full, analyze_with, Engine, Span};
use proptest::prelude::*;

fn check(text: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} splits a char"
    );
}

/// Text made of the pieces news text is made of, so the rules actually fire.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("«".to_string()),
        Just("»".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("-".to_string()),
        Just("a-t-il ".to_string()),
        Just("said ".to_string()),
        Just("a déclaré ".to_string()),
        Just("selon ".to_string()),
        Just("according to ".to_string()),
        Just("que ".to_string()),
        Just("that ".to_string()),
        Just("he ".to_string()),
        Just("il ".to_string()),
        Just("Mike Lyons ".to_string()),
        Just("Mr. ".to_string()),
        Just("M. ".to_string()),
        Just("l’".to_string()),
        Just("the ".to_string()),
        Just("le ministère ".to_string()),
        Just("Pour lui, ".to_string()),
        Just("9 000 ".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn spans_are_valid_on_newsy_text(text in newsy()) {
        let engine = Engine::new().unwrap();
        for code in ["en", "fr"] {
            let lang = engine.language(code).unwrap();
            let (statements, quantities) = analyze_full(&text, lang);
            for s in &statements {
                check(&text, s.quote);
                prop_assert!(!s.quote.is_empty());
                for span in [s.speaker, s.verb, s.cue, s.role, s.addressee].into_iter().flatten() {
                    check(&text, span);
                }
            }
            for q in &quantities {
                check(&text, q.span);
                if let Some(c) = &q.counted {
                    check(&text, c.span);
                }
                prop_assert!(q.statement.is_none_or(|k| k < statements.len()));
                for v in [q.value, q.low, q.high].into_iter().flatten() {
                    prop_assert!(v.is_finite());
                }
            }
        }
    }

    #[test]
    fn spans_are_valid_on_any_text(text in "\\PC{0,300}") {
        let engine = Engine::new().unwrap();
        let _ = engine.analyze(&text, None);
        for s in analyze_with(&text, engine.language("fr").unwrap()) {
            check(&text, s.quote);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The number parser gives a finite value or none on any digit soup, never a panic.
    #[test]
    fn numbers_are_finite_or_absent(text in "[-−0-9 ,./k%$€]{1,40}( (million|milliards|thousand|cent|mille))?") {
        let engine = Engine::new().unwrap();
        for code in ["en", "fr"] {
            let (_, quantities) = analyze_full(&text, engine.language(code).unwrap());
            for q in quantities {
                check(&text, q.span);
                for v in [q.value, q.low, q.high].into_iter().flatten() {
                    prop_assert!(v.is_finite());
                }
            }
        }
    }
}
