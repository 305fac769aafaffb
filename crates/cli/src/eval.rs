//! `hearsay eval`: scores the engine on gold directories (shared/gold/FORMAT.md).
//! Matching and accuracies follow the format's rules exactly, like the reference scorer.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::output::records;
use hearsay_engine::Engine;

#[derive(Deserialize)]
struct GoldFile {
    lang: String,
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize, Clone)]
struct GoldSpan {
    start: usize,
    end: usize,
    text: String,
}

#[derive(Deserialize, Clone)]
struct GoldQuote {
    quote: GoldSpan,
    speaker: Option<GoldSpan>,
    verb: Option<GoldSpan>,
    reference: Option<String>,
}

/// A prediction, in char offsets.
#[derive(Clone)]
struct Pred {
    quote: (usize, usize),
    speaker: Option<(usize, usize)>,
    verb: Option<String>,
    speaker_ref: Option<String>,
    text: String,
}

/// One language's gold quotes per document, and the predictions per document.
type LangData = (Vec<(String, Vec<GoldQuote>)>, HashMap<String, Vec<Pred>>);

/// The figures at one threshold.
#[derive(Serialize, Deserialize, Clone, Debug, Default)]
pub struct Scores {
    theta: f64,
    gold: usize,
    predicted: usize,
    tp: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    speaker_mention_acc: f64,
    speaker_ref_acc: f64,
    verb_acc: f64,
}

/// A miss or a false alarm, for `--errors`.
pub struct Error {
    doc: String,
    kind: &'static str,
    text: String,
    detail: String,
}

fn norm_name(s: Option<&str>) -> String {
    let s = s.unwrap_or("");
    let folded: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
        .chars()
        .map(|c| {
            if matches!(c, '-' | '‐' | '‑' | '’' | '\'' | '.') {
                ' '
            } else {
                c
            }
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn last_word(s: Option<&str>) -> String {
    let s = s.unwrap_or("").trim().to_lowercase();
    s.split(|c: char| c.is_whitespace() || c == '-' || c == '’' || c == '\'')
        .next_back()
        .unwrap_or("")
        .to_string()
}

fn overlap(gold: (usize, usize), pred: (usize, usize)) -> f64 {
    if gold.1 <= gold.0 || pred.1 <= pred.0 {
        return 0.0;
    }
    let inter = gold.1.min(pred.1).saturating_sub(gold.0.max(pred.0));
    inter as f64 / (gold.1 - gold.0) as f64
}

fn score(
    golds: &[(String, Vec<GoldQuote>)],
    preds: &HashMap<String, Vec<Pred>>,
    theta: f64,
    errors: &mut Vec<Error>,
) -> Scores {
    let (mut tp, mut fp, mut fn_, mut sp_ok, mut ref_ok, mut verb_ok) = (0, 0, 0, 0, 0, 0);
    for (doc, gq) in golds {
        let mut remaining: Vec<Pred> = preds.get(doc).cloned().unwrap_or_default();
        for g in gq {
            let gs = (g.quote.start, g.quote.end);
            let mut best: Option<usize> = None;
            let mut best_s = 0.0;
            for (k, p) in remaining.iter().enumerate() {
                let s = overlap(gs, p.quote);
                if s > theta && s > best_s {
                    best = Some(k);
                    best_s = s;
                }
            }
            let Some(k) = best else {
                fn_ += 1;
                errors.push(Error {
                    doc: doc.clone(),
                    kind: "MISS",
                    text: g.quote.text.clone(),
                    detail: format!("speaker {:?}", g.reference),
                });
                continue;
            };
            let p = remaining.remove(k);
            tp += 1;
            let gsp = g.speaker.as_ref().map(|s| (s.start, s.end));
            let speaker_ok = match (gsp, p.speaker) {
                (None, None) => true,
                (Some(a), Some(b)) => overlap(a, b) > 0.0,
                _ => false,
            };
            let reference_ok =
                norm_name(g.reference.as_deref()) == norm_name(p.speaker_ref.as_deref());
            let v_ok =
                last_word(g.verb.as_ref().map(|v| v.text.as_str())) == last_word(p.verb.as_deref());
            sp_ok += usize::from(speaker_ok);
            ref_ok += usize::from(reference_ok);
            verb_ok += usize::from(v_ok);
            if !(speaker_ok && reference_ok && v_ok) {
                errors.push(Error {
                    doc: doc.clone(),
                    kind: "WRONG",
                    text: g.quote.text.clone(),
                    detail: format!(
                        "speaker {:?}/{:?} ref {:?}/{:?} verb {:?}/{:?} (gold/predicted)",
                        g.speaker.as_ref().map(|s| &s.text),
                        p.speaker.is_some(),
                        g.reference,
                        p.speaker_ref,
                        g.verb.as_ref().map(|v| &v.text),
                        p.verb
                    ),
                });
            }
        }
        fp += remaining.len();
        for p in remaining {
            errors.push(Error {
                doc: doc.clone(),
                kind: "EXTRA",
                text: p.text,
                detail: format!("speaker {:?}", p.speaker_ref),
            });
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fn_);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        theta,
        gold: tp + fn_,
        predicted: tp + fp,
        tp,
        precision,
        recall,
        f1,
        speaker_mention_acc: ratio(sp_ok, tp),
        speaker_ref_acc: ratio(ref_ok, tp),
        verb_acc: ratio(verb_ok, tp),
    }
}

/// Per language: the figures at θ = 0.3 and θ = 0.8.
pub type Report = BTreeMap<String, BTreeMap<String, Scores>>;

/// Options of `hearsay eval`.
pub struct Options<'a> {
    pub dirs: &'a [PathBuf],
    pub lang: Option<&'a str>,
    pub json: bool,
    pub errors: bool,
    pub ratchet: Option<&'a Path>,
}

/// Runs the evaluation; returns false when the ratchet failed.
pub fn run(engine: &Engine, opts: &Options) -> Result<bool> {
    let mut by_lang: BTreeMap<String, LangData> = BTreeMap::new();
    for dir in opts.dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("reading gold directory {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for gold_path in files {
            let id = gold_path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let gold: GoldFile = serde_json::from_str(&std::fs::read_to_string(&gold_path)?)
                .with_context(|| format!("{}: not a gold file", gold_path.display()))?;
            let text_path = gold_path.with_extension("txt");
            let text = std::fs::read_to_string(&text_path)
                .with_context(|| format!("reading {}", text_path.display()))?;
            let entry = by_lang.entry(gold.lang.clone()).or_default();
            let preds = match engine.analyze(&text, opts.lang) {
                Ok(analysis) => records(
                    &id,
                    &text,
                    &hearsay_engine::CharOffsets::new(&text),
                    &analysis,
                )
                .iter()
                .map(|r| Pred {
                    quote: r.quote_chars(),
                    speaker: r.speaker_chars(),
                    verb: r.verb_text().map(str::to_string),
                    speaker_ref: r.speaker_ref.map(str::to_string),
                    text: r.quote_text().to_string(),
                })
                .collect(),
                Err(e) => {
                    eprintln!("hearsay: {}: {e}", text_path.display());
                    Vec::new()
                }
            };
            entry.1.insert(id.clone(), preds);
            entry.0.push((id, gold.quotes));
        }
    }
    if by_lang.is_empty() {
        bail!("no gold files (*.json beside *.txt) in {:?}", opts.dirs);
    }
    let mut report = Report::new();
    for (lang, (golds, preds)) in &by_lang {
        let mut errors = Vec::new();
        for theta in [0.3, 0.8] {
            let mut errs = Vec::new();
            let s = score(golds, preds, theta, &mut errs);
            if theta == 0.3 {
                errors = errs;
            }
            report
                .entry(lang.clone())
                .or_default()
                .insert(format!("{theta}"), s);
        }
        if opts.errors {
            for e in &errors {
                eprintln!(
                    "{} {} {} | {}",
                    e.kind,
                    e.doc,
                    e.text.replace('\n', " ⏎ "),
                    e.detail
                );
            }
        }
    }
    if opts.json {
        out!("{}", serde_json::to_string(&report)?);
    } else {
        out!("lang θ    gold  pred    tp  precision recall  F1     speaker  reference verb");
        for (lang, by_theta) in &report {
            for s in by_theta.values() {
                out!(
                    "{lang:<4} {:<4} {:>4} {:>5} {:>5}  {:.3}     {:.3}   {:.3}  {:.3}    {:.3}     {:.3}",
                    s.theta, s.gold, s.predicted, s.tp, s.precision, s.recall, s.f1, s.speaker_mention_acc, s.speaker_ref_acc, s.verb_acc
                );
            }
        }
    }
    match opts.ratchet {
        // Half a point of each 0–1 figure.
        Some(path) => crate::ratchet::check(&serde_json::to_value(&report)?, path, 0.005),
        None => Ok(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_verbs_compare_like_the_reference_scorer() {
        assert_eq!(
            norm_name(Some("État-major ukrainien")),
            norm_name(Some("l'etat major Ukrainien")).replacen("l ", "", 1)
        );
        assert_eq!(last_word(Some("a-t-il déclaré")), "déclaré");
        assert_eq!(last_word(None), "");
    }

    #[test]
    fn overlap_is_relative_to_gold() {
        assert_eq!(overlap((0, 10), (5, 100)), 0.5);
        assert_eq!(overlap((0, 10), (10, 20)), 0.0);
    }
}
