//! Output records: the JSON Lines wire format and the terminal table.
//!
//! Every record is one JSON object with a `kind`. A statement record:
//! `{"kind": "statement", "doc", "index", "lang", "direct", "quote": {"start", "end", "text"},
//! "speaker": {...} | null, "speaker_ref": string | null, "speaker_kind": "person" |
//! "organisation" | "named" | "group" | "description" | "anonymous" | null, "verb": {...} | null,
//! "cue": {...} | null, "role": {...} | null, "addressee": {...} | null, "method"}`.
//! Offsets are Unicode code points into the document text, end exclusive; each span also
//! carries `byte_start`/`byte_end` for byte-oriented consumers.

use hearsay_engine::{Analysis, CharOffsets, Method, Span};
use serde::Serialize;

/// A span in the wire format.
#[derive(Serialize)]
pub struct TextSpan<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    byte_start: usize,
    byte_end: usize,
}

/// One statement in the wire format.
#[derive(Serialize)]
pub struct StatementRecord<'t> {
    kind: &'static str,
    pub doc: &'t str,
    index: usize,
    lang: &'t str,
    direct: bool,
    pub quote: TextSpan<'t>,
    pub speaker: Option<TextSpan<'t>>,
    pub speaker_ref: Option<&'t str>,
    speaker_kind: Option<hearsay_engine::SpeakerKind>,
    pub verb: Option<TextSpan<'t>>,
    cue: Option<TextSpan<'t>>,
    role: Option<TextSpan<'t>>,
    addressee: Option<TextSpan<'t>>,
    method: Method,
}

fn span<'t>(text: &'t str, map: &CharOffsets, s: Span) -> TextSpan<'t> {
    let (start, end) = map.chars(s);
    TextSpan {
        start,
        end,
        text: s.slice(text),
        byte_start: s.start,
        byte_end: s.end,
    }
}

/// The statement records of one analysed document; `map` converts its offsets.
pub fn records<'t>(
    doc: &'t str,
    text: &'t str,
    map: &CharOffsets,
    analysis: &'t Analysis,
) -> Vec<StatementRecord<'t>> {
    analysis
        .statements
        .iter()
        .enumerate()
        .map(|(index, s)| StatementRecord {
            kind: "statement",
            doc,
            index,
            lang: &analysis.lang,
            direct: s.direct,
            quote: span(text, map, s.quote),
            speaker: s.speaker.map(|x| span(text, map, x)),
            speaker_ref: s.speaker_ref.as_deref(),
            speaker_kind: s.speaker_kind,
            verb: s.verb.map(|x| span(text, map, x)),
            cue: s.cue.map(|x| span(text, map, x)),
            role: s.role.map(|x| span(text, map, x)),
            addressee: s.addressee.map(|x| span(text, map, x)),
            method: s.method,
        })
        .collect()
}

impl StatementRecord<'_> {
    /// The record's char offsets of its quote.
    pub fn quote_chars(&self) -> (usize, usize) {
        (self.quote.start, self.quote.end)
    }

    /// The speaker's char offsets.
    pub fn speaker_chars(&self) -> Option<(usize, usize)> {
        self.speaker.as_ref().map(|s| (s.start, s.end))
    }

    /// The cue's text.
    pub fn verb_text(&self) -> Option<&str> {
        self.verb.as_ref().map(|v| v.text)
    }

    /// The quote's text.
    pub fn quote_text(&self) -> &str {
        self.quote.text
    }
}

fn clip(s: &str, width: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= width {
        flat
    } else {
        let mut out: String = flat.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// One line of the terminal table.
pub fn table_row(r: &StatementRecord) -> String {
    let who = r
        .speaker_ref
        .or(r.speaker.as_ref().map(|s| s.text))
        .unwrap_or("?");
    let verb = r.verb.as_ref().map_or("—", |v| v.text);
    let mark = if r.direct { "“”" } else { "  " };
    format!(
        "{:<18} {:<24} {:<14} {} {}",
        clip(r.doc, 18),
        clip(who, 24),
        clip(verb, 14),
        mark,
        clip(r.quote.text, 90)
    )
}

/// The table's header line.
pub fn table_header() -> String {
    format!(
        "{:<18} {:<24} {:<14} {} {}",
        "DOC", "SPEAKER", "CUE", "  ", "STATEMENT"
    )
}

/// The counted noun phrase in the wire format.
#[derive(Serialize)]
pub struct CountedSpan<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    head: &'t str,
}

/// One quantity in the wire format:
/// `{"kind": "quantity", "doc", "span", "value", "low", "high", "bound", "unit", "type",
/// "counted": {"start", "end", "text", "head"} | null, "statement", "source_ref", "modality"}`.
#[derive(Serialize)]
pub struct QuantityRecord<'t> {
    kind: &'static str,
    pub doc: &'t str,
    pub span: TextSpan<'t>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    bound: hearsay_engine::quantity::Bound,
    unit: Option<&'t str>,
    #[serde(rename = "type")]
    quantity_type: hearsay_engine::quantity::QuantityKind,
    counted: Option<CountedSpan<'t>>,
    statement: Option<usize>,
    source_ref: Option<&'t str>,
    modality: hearsay_engine::quantity::Modality,
}

/// The quantity records of one analysed document; `map` converts its offsets.
pub fn quantity_records<'t>(
    doc: &'t str,
    text: &'t str,
    map: &CharOffsets,
    analysis: &'t Analysis,
) -> Vec<QuantityRecord<'t>> {
    analysis
        .quantities
        .iter()
        .map(|q| QuantityRecord {
            kind: "quantity",
            doc,
            span: span(text, map, q.span),
            value: q.value,
            low: q.low,
            high: q.high,
            bound: q.bound,
            unit: q.unit.as_deref(),
            quantity_type: q.kind,
            counted: q.counted.as_ref().map(|c| {
                let (start, end) = map.chars(c.span);
                CountedSpan {
                    start,
                    end,
                    text: c.span.slice(text),
                    head: &c.head,
                }
            }),
            statement: q.statement,
            source_ref: q.source_ref.as_deref(),
            modality: q.modality,
        })
        .collect()
}

/// One table line for a quantity.
pub fn quantity_row(q: &QuantityRecord) -> String {
    let amount = match (q.value, q.low, q.high) {
        (Some(v), _, _) => format!("{v}"),
        (None, Some(l), Some(h)) => format!("{l}–{h}"),
        (None, Some(l), None) => format!("≥{l}"),
        (None, None, Some(h)) => format!("≤{h}"),
        _ => "?".into(),
    };
    let what = q.counted.as_ref().map_or(q.unit.unwrap_or(""), |c| c.text);
    let who = q.source_ref.unwrap_or("(article)");
    format!(
        "{:<18} {:<24} {:<14} #  {} {} [{}; {}]",
        clip(q.doc, 18),
        clip(who, 24),
        format!("{:?}", q.modality).to_lowercase(),
        clip(&format!("{amount} {what}"), 50),
        clip(q.span.text, 40),
        format!("{:?}", q.bound).to_lowercase(),
        q.unit.unwrap_or("-")
    )
}
