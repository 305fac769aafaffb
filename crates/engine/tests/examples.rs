//! Snapshot tests: the whole-article output on the example articles the project ships,
//! reviewed once and kept in `tests/snapshots/`; any change in behaviour shows as a diff.

use hearsay_engine::Engine;

fn summary(name: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let engine = Engine::new().unwrap();
    let analysis = engine.analyze(&text, None).unwrap();
    let slice =
        |s: Option<hearsay_engine::Span>| s.map_or("-".to_string(), |s| s.slice(&text).to_string());
    let mut lines: Vec<String> = analysis
        .statements
        .iter()
        .map(|s| {
            format!(
                "statement [{}] {} | {} | {} | {}",
                slice(s.verb),
                slice(s.speaker),
                s.speaker_ref.as_deref().unwrap_or("-"),
                if s.direct { "direct" } else { "reported" },
                s.quote.slice(&text)
            )
        })
        .collect();
    lines.extend(analysis.quantities.iter().map(|q| {
        format!(
            "quantity {} = {:?}/{:?}/{:?} {:?} {} | {} | {:?}",
            q.span.slice(&text),
            q.value,
            q.low,
            q.high,
            q.bound,
            q.unit.as_deref().unwrap_or("-"),
            q.counted.as_ref().map_or("-", |c| c.span.slice(&text)),
            q.modality
        )
    }));
    lines
}

#[test]
fn harbour_bridge() {
    insta::assert_yaml_snapshot!(summary("harbour-bridge.txt"));
}

#[test]
fn pont_du_port() {
    insta::assert_yaml_snapshot!(summary("pont-du-port.txt"));
}
