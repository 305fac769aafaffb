//! Ratchet files: recorded figures that a scoring run must not fall below. Shared by
//! `hearsay eval` and `hearsay eval-quantities`; the file mirrors the run's JSON figures.

use std::path::Path;

use anyhow::{Context, Result};
use serde_json::Value;

/// Compares the run's `figures` with the floors in the JSON file at `path` (the same nesting,
/// numbers at the leaves): any figure more than `tolerance` below its floor, or missing,
/// fails. Prints each failure, or one line when every figure holds.
pub fn check(figures: &Value, path: &Path, tolerance: f64) -> Result<bool> {
    let recorded: Value = serde_json::from_str(
        &std::fs::read_to_string(path)
            .with_context(|| format!("reading ratchet {}", path.display()))?,
    )
    .with_context(|| format!("{}: not a ratchet file", path.display()))?;
    let mut floors = Vec::new();
    leaves(&recorded, &mut Vec::new(), &mut floors);
    let mut ok = true;
    for (keys, floor) in floors {
        let now = keys
            .iter()
            .try_fold(figures, |v, k| v.get(k))
            .and_then(Value::as_f64)
            .unwrap_or(f64::NAN);
        // NaN (a missing figure) fails too.
        if now.is_nan() || now < floor - tolerance {
            eprintln!(
                "ratchet: {} fell to {now:.3} (recorded {floor:.3})",
                keys.join(" ")
            );
            ok = false;
        }
    }
    if ok {
        eprintln!("ratchet: every figure holds ({})", path.display());
    }
    Ok(ok)
}

/// Every number in `v` with the keys leading to it.
fn leaves(v: &Value, keys: &mut Vec<String>, out: &mut Vec<(Vec<String>, f64)>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                keys.push(k.clone());
                leaves(child, keys, out);
                keys.pop();
            }
        }
        _ => out.push((keys.clone(), v.as_f64().unwrap_or(f64::NAN))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_below_its_floor_or_missing_fails() {
        let dir = std::env::temp_dir().join(format!("hearsay-ratchet-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("r.json");
        std::fs::write(&path, r#"{"en": {"0.3": {"f1": 0.80, "verb": 0.90}}}"#).unwrap();
        let held = serde_json::json!({"en": {"0.3": {"f1": 0.797, "verb": 0.95}}});
        assert!(check(&held, &path, 0.005).unwrap());
        let fell = serde_json::json!({"en": {"0.3": {"f1": 0.79, "verb": 0.95}}});
        assert!(!check(&fell, &path, 0.005).unwrap());
        let missing = serde_json::json!({"en": {"0.3": {"f1": 0.80}}});
        assert!(!check(&missing, &path, 0.005).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
