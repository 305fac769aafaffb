//! `hearsay eval-quantities`: scores quantity recognition on the peer-written suites in
//! ../shared/quantities (README there): an expected item is found when a quantity overlaps
//! its span with an equal value (ranges: equal bounds; open ranges: the bound given).

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use hearsay_engine::quantity::{Bound, Quantity, QuantityKind};
use hearsay_engine::{units, CharOffsets, Engine};

#[derive(Deserialize)]
struct Case {
    id: String,
    lang: String,
    model: String,
    suite: String,
    input: String,
    expected: Vec<Item>,
    variant: String,
}

#[derive(Deserialize)]
struct Item {
    start: usize,
    end: usize,
    text: String,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<String>,
}

/// The unit symbol (as the engine writes it) of a suite's unit name, for the units whose
/// values the suites normalise: Duckling gives "0.002 kg" as 2 Gram and "7 feet and 10
/// inches" as 94 Inch, so a quantity counts when it is the same amount in the suite's unit.
fn suite_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "Kilometre" | "Kilometer" | "Kilomètres" => "km",
        "Metre" | "Meter" | "Mètres" => "m",
        "Decimeter" | "Décimètres" => "dm",
        "Centimetre" | "Centimeter" | "Centimètres" => "cm",
        "Millimetre" | "Millimeter" | "Millimètres" => "mm",
        "Mile" => "mi",
        "Yard" => "yd",
        "Foot" | "Pied" => "ft",
        "Inch" | "Pouce" => "in",
        "Metric ton" | "Tonne métrique" | "Tonne" => "t",
        "Kilogram" => "kg",
        "Gram" => "g",
        "Pound" | "Livre" => "lb",
        "Ounce" | "Onces" => "oz",
        "Hectolitre" => "hl",
        "Litre" => "l",
        "Centilitre" => "cl",
        "Millilitre" | "Milliliter" => "ml",
        "Gallon" => "gal",
        _ => return None,
    })
}

#[derive(Default, Clone, Copy)]
struct Tally {
    items: usize,
    found: usize,
    negatives: usize,
    negatives_empty: usize,
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn found(item: &Item, predicted: &[(usize, usize, &Quantity)]) -> bool {
    predicted
        .iter()
        .filter(|(s, e, _)| *s < item.end && item.start < *e)
        .any(|(_, _, q)| {
            // The quantity's values in the suite's unit, when both units are known sizes.
            let to = item.unit.as_deref().and_then(suite_unit);
            let scale = |x: Option<f64>| match (x, q.unit.as_deref(), to) {
                (Some(x), Some(from), Some(to)) => units::convert(x, from, to).or(Some(x)),
                _ => x,
            };
            let q = &Quantity {
                value: scale(q.value),
                low: scale(q.low),
                high: scale(q.high),
                ..(*q).clone()
            };
            match (item.value, item.min, item.max) {
                // A single expected value inside a predicted range ("40 - 50 years old") counts
                // when it is one of the bounds.
                (Some(v), _, _) => {
                    q.value.is_some_and(|x| same(x, v))
                        || (q.value.is_none()
                            && (q.low.is_some_and(|l| same(l, v))
                                || q.high.is_some_and(|h| same(h, v))))
                }
                (None, Some(lo), Some(hi)) => {
                    q.low.is_some_and(|l| same(l, lo)) && q.high.is_some_and(|h| same(h, hi))
                        // "equal to 20" is the range [20, 20]: an exact 20.
                        || same(lo, hi)
                            && q.bound == Bound::Exact
                            && q.value.is_some_and(|v| same(v, lo))
                }
                (None, Some(lo), None) => q.low.or(q.value).is_some_and(|l| same(l, lo)),
                (None, None, Some(hi)) => q.high.or(q.value).is_some_and(|h| same(h, hi)),
                _ => false,
            }
        })
}

/// True when a prediction is of the kind a model's negative case forbids.
fn of_model(model: &str, case_id: &str, q: &Quantity) -> bool {
    match model {
        "range" => q.low.is_some() && q.high.is_some(),
        "percent" => q.kind == QuantityKind::Percent,
        "currency" => q.kind == QuantityKind::Currency,
        // Recognizers-Text keeps temperatures out of its DimensionModel ("the temperature is
        // 24 degrees" is one of its negatives): hearsay's dimensions include them.
        // Its TemperatureModel negatives ("turn a 45 degrees angle") forbid temperatures only.
        "dimension" => {
            let temperature = q.unit.as_deref().is_some_and(|u| u.starts_with('°'));
            q.kind == QuantityKind::Dimension
                && !(temperature && case_id.contains("/DimensionModel#"))
                && (temperature || !case_id.contains("/TemperatureModel#"))
        }
        // "the 180ml liquid" holds no bare number: its 180 ml is a dimension.
        "number" => q.kind == QuantityKind::Number,
        _ => true,
    }
}

/// Scores every `*.jsonl` suite file in `dir` (ordinal files excluded: ordinals are out of
/// this scope) and prints the figures; `errors` lists the misses.
pub fn run(
    engine: &Engine,
    dir: &Path,
    json: bool,
    errors: bool,
    exclusions: Option<&Path>,
    ratchet: Option<&Path>,
) -> Result<bool> {
    let excluded: BTreeMap<String, String> = match exclusions {
        Some(p) => toml::from_str::<BTreeMap<String, String>>(
            &std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        )
        .with_context(|| format!("{}: expected `\"case id\" = \"reason\"` lines", p.display()))?,
        None => BTreeMap::new(),
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|e| e == "jsonl")
                && !p.to_string_lossy().contains("ordinal")
                && !p.to_string_lossy().contains(".quantity.")
        })
        .collect();
    files.sort();
    let mut by_suite: BTreeMap<(String, String, String), Tally> = BTreeMap::new();
    for path in files {
        for (n, line) in std::fs::read_to_string(&path)?.lines().enumerate() {
            let case: Case = serde_json::from_str(line)
                .with_context(|| format!("{}:{}", path.display(), n + 1))?;
            if !matches!(case.variant.as_str(), "default" | "negative")
                || excluded.contains_key(&case.id)
            {
                continue;
            }
            let Ok(analysis) = engine.analyze(&case.input, Some(&case.lang)) else {
                // An empty input: nothing predicted.
                let t = by_suite
                    .entry((case.lang.clone(), case.model.clone(), case.suite.clone()))
                    .or_default();
                if case.expected.is_empty() {
                    t.negatives += 1;
                    t.negatives_empty += 1;
                }
                continue;
            };
            let map = CharOffsets::new(&case.input);
            let predicted: Vec<(usize, usize, &Quantity)> = analysis
                .quantities
                .iter()
                .map(|q| {
                    let (s, e) = map.chars(q.span);
                    (s, e, q)
                })
                .collect();
            let t = by_suite
                .entry((case.lang.clone(), case.model.clone(), case.suite.clone()))
                .or_default();
            if case.expected.is_empty() {
                t.negatives += 1;
                let empty = !predicted
                    .iter()
                    .any(|(_, _, q)| of_model(&case.model, &case.id, q));
                t.negatives_empty += usize::from(empty);
                if !empty && errors {
                    eprintln!("FALSE {} {:?}", case.id, case.input);
                }
                continue;
            }
            for item in case
                .expected
                .iter()
                .filter(|i| i.value.is_some() || i.min.is_some() || i.max.is_some())
            {
                t.items += 1;
                if found(item, &predicted) {
                    t.found += 1;
                } else if errors {
                    let got: Vec<String> = predicted
                        .iter()
                        .map(|(s, e, q)| format!("{s}..{e} {:?}/{:?}/{:?}", q.value, q.low, q.high))
                        .collect();
                    eprintln!(
                        "MISS {} {:?} in {:?}: want {:?}/{:?}/{:?}, got {:?}",
                        case.id, item.text, case.input, item.value, item.min, item.max, got
                    );
                }
            }
        }
    }
    let mut totals: BTreeMap<(String, String), Tally> = BTreeMap::new();
    for ((lang, model, _), t) in &by_suite {
        let s = totals.entry((lang.clone(), model.clone())).or_default();
        s.items += t.items;
        s.found += t.found;
        s.negatives += t.negatives;
        s.negatives_empty += t.negatives_empty;
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    let figures: BTreeMap<String, serde_json::Value> = totals
        .iter()
        .map(|((l, m), t)| {
            (
                format!("{l}.{m}"),
                serde_json::json!({
                    "items": t.items,
                    "found": t.found,
                    "found_pct": pct(t.found, t.items),
                    "negatives": t.negatives,
                    "negatives_empty": t.negatives_empty,
                    "negatives_empty_pct": pct(t.negatives_empty, t.negatives),
                }),
            )
        })
        .collect();
    if json {
        out!("{}", serde_json::to_string(&figures)?);
    } else {
        out!("lang model      suite              items  found   found%  negatives empty%");
        let row = |lang: &str, model: &str, suite: &str, t: &Tally| -> std::io::Result<()> {
            out!(
                "{lang:<4} {model:<10} {suite:<18} {:>5}  {:>5}  {:>6.1}  {:>9} {:>6.1}",
                t.items,
                t.found,
                pct(t.found, t.items),
                t.negatives,
                pct(t.negatives_empty, t.negatives)
            );
            Ok(())
        };
        for ((lang, model, suite), t) in &by_suite {
            row(lang, model, suite, t)?;
        }
        for ((lang, model), t) in &totals {
            row(lang, model, "ALL", t)?;
        }
    }
    match ratchet {
        // Half a point of each percentage.
        Some(path) => crate::ratchet::check(&serde_json::to_value(&figures)?, path, 0.5),
        None => Ok(true),
    }
}
