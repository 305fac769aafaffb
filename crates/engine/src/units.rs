//! Unit symbols and their sizes: which measure a unit symbol belongs to and how many base
//! units it holds, so "5 feet 2 inches" can be read as one length and values compared.

/// What a unit measures; only units of the same measure convert into each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Base unit: the metre.
    Length,
    /// Base unit: the kilogram.
    Mass,
    /// Base unit: the litre.
    Volume,
}

/// The language files name units by these symbols; a symbol missing here (°C, %, km/h)
/// does not convert. Factors are exact by definition (the inch is 2.54 cm, the pound
/// 0.45359237 kg, the US gallon 231 cubic inches).
const SIZES: &[(&str, Measure, f64)] = &[
    ("km", Measure::Length, 1000.0),
    ("m", Measure::Length, 1.0),
    ("dm", Measure::Length, 0.1),
    ("cm", Measure::Length, 0.01),
    ("mm", Measure::Length, 0.001),
    ("mi", Measure::Length, 1609.344),
    ("yd", Measure::Length, 0.9144),
    ("ft", Measure::Length, 0.3048),
    ("in", Measure::Length, 0.0254),
    ("t", Measure::Mass, 1000.0),
    ("kg", Measure::Mass, 1.0),
    ("g", Measure::Mass, 0.001),
    ("mg", Measure::Mass, 1e-6),
    ("lb", Measure::Mass, 0.45359237),
    ("oz", Measure::Mass, 0.028349523125),
    ("hl", Measure::Volume, 100.0),
    ("l", Measure::Volume, 1.0),
    ("cl", Measure::Volume, 0.01),
    ("ml", Measure::Volume, 0.001),
    ("gal", Measure::Volume, 3.785411784),
];

/// The measure of a unit symbol and its size in that measure's base unit.
pub fn size(symbol: &str) -> Option<(Measure, f64)> {
    SIZES
        .iter()
        .find(|(s, _, _)| *s == symbol)
        .map(|&(_, m, f)| (m, f))
}

/// `value` in unit `from` expressed in unit `to`, when both measure the same thing.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    let (m1, f1) = size(from)?;
    let (m2, f2) = size(to)?;
    (m1 == m2).then(|| value * f1 / f2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_within_a_measure_only() {
        assert!((convert(7.0 + 10.0 / 12.0, "ft", "in").unwrap() - 94.0).abs() < 1e-9);
        assert!((convert(0.002, "kg", "g").unwrap() - 2.0).abs() < 1e-12);
        assert_eq!(convert(1.0, "km", "kg"), None);
        assert_eq!(convert(1.0, "°C", "°F"), None);
    }
}
