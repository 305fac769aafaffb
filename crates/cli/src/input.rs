//! Input reading: turns paths (files, directories, `-`) into a stream of documents.
//! Streams JSONL line by line so memory stays flat; every bad item becomes an error naming it.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One article to analyse.
#[derive(Debug, Clone)]
pub struct Document {
    /// Its id: the file stem for `.txt`, the `id` field for JSONL.
    pub id: String,
    /// The full text; offsets point into it.
    pub text: String,
    /// A language code given with the document.
    pub lang: Option<String>,
}

/// A bad input item: where it is and what is wrong.
#[derive(Debug, thiserror::Error)]
#[error("{item}: {message}")]
pub struct InputError {
    /// The file, file:line, or `-`.
    pub item: String,
    /// What is wrong with it.
    pub message: String,
}

fn err(item: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError {
        item: item.into(),
        message: message.into(),
    }
}

#[derive(Deserialize)]
struct JsonArticle {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    lang: Option<String>,
}

/// Expands the command line's paths: directories become their `.txt` and `.jsonl` files, sorted.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, InputError>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Ok(p.clone()));
        } else if p.is_dir() {
            walk(p, &mut out);
        } else if p.exists() {
            out.push(Ok(p.clone()));
        } else {
            out.push(Err(err(
                p.display().to_string(),
                "no such file or directory",
            )));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<PathBuf, InputError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return out.push(Err(err(dir.display().to_string(), e.to_string()))),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl")
        ) {
            out.push(Ok(p));
        }
    }
}

/// Decodes bytes as UTF-8 text, naming the first bad byte.
pub fn decode(item: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err(item, "empty file"));
    }
    if bytes.contains(&0) {
        let at = bytes.iter().position(|&b| b == 0).unwrap_or(0);
        return Err(err(
            item,
            format!("binary data (NUL byte at offset {at}), skipped"),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        err(
            item,
            format!(
                "invalid UTF-8 at byte offset {}, skipped",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// Reads every document under `paths`, calling `each` with the input path and each good
/// document until it returns false; every bad item is reported on stderr and counted.
/// Returns that count.
pub fn for_each_document(
    paths: &[PathBuf],
    each: &mut dyn FnMut(&Path, Document) -> bool,
) -> usize {
    let mut failed = 0;
    let mut stopped = false;
    for path in expand(paths) {
        if stopped {
            break;
        }
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                eprintln!("hearsay: {e}");
                failed += 1;
                continue;
            }
        };
        read(&path, &mut |item| match item {
            _ if stopped => {}
            Ok(doc) => stopped = !each(&path, doc),
            Err(e) => {
                eprintln!("hearsay: {e}");
                failed += 1;
            }
        });
    }
    failed
}

/// Reads every document of one input path, calling `each` per document or per bad item.
pub fn read(path: &Path, each: &mut dyn FnMut(Result<Document, InputError>)) {
    let name = path.display().to_string();
    if path.as_os_str() == "-" {
        let mut stdin = BufReader::new(io::stdin().lock());
        let starts_json = match stdin.fill_buf() {
            Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
            Err(e) => return each(Err(err("-", e.to_string()))),
        };
        if starts_json {
            return read_jsonl("-", stdin, each);
        }
        let mut bytes = Vec::new();
        if let Err(e) = stdin.read_to_end(&mut bytes) {
            return each(Err(err("-", e.to_string())));
        }
        return each(decode("-", bytes).map(|text| Document {
            id: "-".into(),
            text,
            lang: None,
        }));
    }
    let is_jsonl = path.extension().and_then(|e| e.to_str()) == Some("jsonl");
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return each(Err(err(name, e.to_string()))),
    };
    if is_jsonl {
        return read_jsonl(&name, BufReader::new(file), each);
    }
    let mut bytes = Vec::new();
    if let Err(e) = BufReader::new(file).read_to_end(&mut bytes) {
        return each(Err(err(name, e.to_string())));
    }
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.clone());
    each(decode(&name, bytes).map(|text| Document {
        id,
        text,
        lang: None,
    }));
}

fn read_jsonl(
    name: &str,
    mut reader: impl BufRead,
    each: &mut dyn FnMut(Result<Document, InputError>),
) {
    let mut line = Vec::new();
    let mut number = 0usize;
    let mut offset = 0usize;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return,
            Ok(n) => {
                number += 1;
                let item = format!("{name}:{number}");
                let start = offset;
                offset += n;
                if line.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                let text = match std::str::from_utf8(&line) {
                    Ok(t) => t,
                    Err(e) => {
                        each(Err(err(
                            item,
                            format!(
                                "invalid UTF-8 at byte offset {}, skipped",
                                start + e.valid_up_to()
                            ),
                        )));
                        continue;
                    }
                };
                match serde_json::from_str::<JsonArticle>(text) {
                    Ok(a) => {
                        let id = match a.id {
                            serde_json::Value::String(s) => s,
                            serde_json::Value::Number(n) => n.to_string(),
                            other => {
                                each(Err(err(
                                    item,
                                    format!("\"id\" must be a string or a number, not {other}"),
                                )));
                                continue;
                            }
                        };
                        each(Ok(Document {
                            id,
                            text: a.text,
                            lang: a.lang,
                        }));
                    }
                    Err(e) => each(Err(err(item, format!("invalid JSON: {e}")))),
                }
            }
            Err(e) => return each(Err(err(name, e.to_string()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let e = decode("a.txt", b"ab\xffcd".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt: invalid UTF-8 at byte offset 2, skipped"
        );
    }

    #[test]
    fn jsonl_bad_lines_do_not_stop_the_rest() {
        let data = "{\"id\": 1, \"text\": \"a\"}\nnot json\n{\"id\": \"x\", \"text\": \"b\", \"lang\": \"fr\"}\n";
        let mut got = Vec::new();
        read_jsonl("f.jsonl", data.as_bytes(), &mut |r| {
            got.push(r.map(|d| d.id).map_err(|e| e.item))
        });
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_deref().ok(), Some("1"));
        assert_eq!(got[1].as_ref().unwrap_err(), "f.jsonl:2");
        assert_eq!(got[2].as_deref().ok(), Some("x"));
    }
}
