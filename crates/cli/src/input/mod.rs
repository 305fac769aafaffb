//! Input reading: turns paths (files, directories, `-`) into a stream of documents, from plain
//! text, JSON and JSONL, HTML pages, RSS/Atom feeds and WARC files. Streams JSONL and WARC record by
//! record so memory stays flat; every bad item becomes an error naming it.

mod feed;
mod html;
mod warc;

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One article to analyse.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Its id: the file stem for `.txt` and `.html`, the `id` field for JSONL, the item id
    /// of a feed, the target URI of a WARC record.
    pub id: String,
    /// The full text; offsets point into it.
    pub text: String,
    /// A language code given with the document.
    pub lang: Option<String>,
    /// The headline, when the source gives it apart from the text.
    pub title: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// Publication date, as the source gives it.
    pub published: Option<String>,
    /// The author(s).
    pub author: Option<String>,
    /// The outlet: the site's name, else its host.
    pub outlet: Option<String>,
}

/// The formats an input file can hold, told by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Jsonl,
    Html,
    Feed,
    Warc,
}

impl Format {
    /// The format a file name announces; None for files a directory walk ignores.
    fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ext = name.rsplit_once('.')?.1;
        Some(match ext {
            "txt" => Format::Text,
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "html" | "htm" | "xhtml" => Format::Html,
            "rss" | "atom" | "xml" => Format::Feed,
            "warc" => Format::Warc,
            "gz" if name.ends_with(".warc.gz") => Format::Warc,
            _ => return None,
        })
    }

    /// The format of stdin, from its first bytes.
    fn sniff(head: &[u8]) -> Format {
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map_or(&[][..], |k| &head[k..]);
        let lower: Vec<u8> = start.iter().take(64).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"{") {
            Format::Jsonl
        } else if lower.starts_with(b"[") {
            Format::Json
        } else if lower.starts_with(b"warc/") || head.starts_with(&[0x1f, 0x8b]) {
            Format::Warc
        } else if lower.starts_with(b"<?xml")
            || lower.starts_with(b"<rss")
            || lower.starts_with(b"<feed")
        {
            Format::Feed
        } else if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// What a file in a format hearsay does not read is, and what to do with it, told by its
/// first bytes (the name can lie) or else its extension. None for anything that may be text.
fn foreign_format(path: &Path, head: &[u8]) -> Option<&'static str> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let office = matches!(
        ext.as_str(),
        "docx" | "odt" | "pptx" | "xlsx" | "ods" | "epub"
    );
    Some(if head.starts_with(b"%PDF") || ext == "pdf" {
        "a PDF document: hearsay reads text, not PDF; convert it first (`pdftotext FILE.pdf`) and give the .txt"
    } else if office {
        "an office document (Word, OpenDocument, EPUB): save it as plain text (.txt) or convert it (`pandoc -t plain FILE -o FILE.txt`)"
    } else if head.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) || ext == "doc" || ext == "rtf" {
        "an old Word or RTF document: save it as plain text (.txt) and give that"
    } else if head.starts_with(b"PK\x03\x04") || ext == "zip" {
        "a zip archive: unpack it and give the directory"
    } else if head.starts_with(&[0x1f, 0x8b]) {
        "a gzip file that is not a .warc.gz: decompress it (`gunzip`) and give what it holds"
    } else if head.starts_with(b"\x89PNG")
        || head.starts_with(&[0xff, 0xd8, 0xff])
        || head.starts_with(b"GIF8")
        || (head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
    {
        "an image: hearsay reads the text of articles, not pictures"
    } else {
        return None;
    })
}

/// Whether a command-line argument is a web address rather than a path.
fn is_url(arg: &Path) -> bool {
    let s = arg.to_string_lossy().to_ascii_lowercase();
    ["http://", "https://", "ftp://", "www."]
        .iter()
        .any(|p| s.starts_with(p))
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
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
}

/// The file kinds a directory walk reads, as a message names them. A `.json` file is read
/// only when named: beside articles it is more often annotations or settings than an article.
const KNOWN_KINDS: &str = ".txt, .jsonl, .html, .rss/.atom/.xml, .warc/.warc.gz";

/// Expands the command line's paths: directories become the files inside whose format is
/// known (`KNOWN_KINDS`), sorted; a directory with none of them is an error naming it.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf, InputError>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Ok(p.clone()));
        } else if p.is_dir() {
            let before = out.len();
            walk(p, &mut out);
            if out.len() == before {
                out.push(Err(err(
                    p.display().to_string(),
                    format!("a directory with no article files ({KNOWN_KINDS}) in it"),
                )));
            }
        } else if is_url(p) && !p.exists() {
            out.push(Err(err(
                p.display().to_string(),
                "a web address: hearsay reads files and does not fetch pages; download it first (`curl -o page.html URL`) and give the file",
            )));
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
        } else if Format::of(&p).is_some_and(|f| f != Format::Json) {
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
/// document until it returns false, and `bad` with each bad item.
pub fn for_each_document(
    paths: &[PathBuf],
    each: &mut dyn FnMut(&Path, Document) -> bool,
    bad: &mut dyn FnMut(InputError),
) {
    let mut stopped = false;
    for path in expand(paths) {
        if stopped {
            break;
        }
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                bad(e);
                continue;
            }
        };
        read(&path, &mut |item| match item {
            _ if stopped => {}
            Ok(doc) => stopped = !each(&path, doc),
            Err(e) => bad(e),
        });
    }
}

/// Reads every document of one input path, calling `each` per document or per bad item.
pub fn read(path: &Path, each: &mut dyn FnMut(Result<Document, InputError>)) {
    let name = path.display().to_string();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.clone());
    if path.as_os_str() == "-" {
        let mut stdin = BufReader::new(io::stdin().lock());
        let format = match stdin.fill_buf() {
            Ok(buf) if Format::sniff(buf) != Format::Warc => match foreign_format(path, buf) {
                Some(what) => return each(Err(err("-", format!("{what}; skipped")))),
                None => Format::sniff(buf),
            },
            Ok(buf) => Format::sniff(buf),
            Err(e) => return each(Err(err("-", e.to_string()))),
        };
        return read_stream("-", "-".into(), format, stdin, each);
    }
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return each(Err(err(name, e.to_string()))),
    };
    let mut reader = BufReader::new(file);
    let head = match reader.fill_buf() {
        Ok(head) => head,
        Err(e) => return each(Err(err(name, e.to_string()))),
    };
    let format = Format::of(path);
    if format != Some(Format::Warc) {
        if let Some(what) = foreign_format(path, head) {
            return each(Err(err(name, format!("{what}; skipped"))));
        }
    }
    // A file named on the command line in no known format is read as plain text.
    read_stream(&name, stem, format.unwrap_or(Format::Text), reader, each);
}

/// Reads one stream in a known format.
fn read_stream(
    name: &str,
    id: String,
    format: Format,
    mut reader: impl BufRead,
    each: &mut dyn FnMut(Result<Document, InputError>),
) {
    match format {
        Format::Jsonl => return read_jsonl(name, reader, each),
        Format::Warc => return warc::articles(name, reader, each),
        _ => {}
    }
    let mut bytes = Vec::new();
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return each(Err(err(name, e.to_string())));
    }
    match format {
        Format::Html => {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return each(Err(err(name, "empty file")));
            }
            let page = html::decode(&bytes, None);
            drop(bytes);
            each(html::article(name, id, &page, None));
        }
        Format::Feed => feed::articles(name, &bytes, each),
        Format::Json => read_json(name, &bytes, each),
        _ => each(decode(name, bytes).map(|text| Document {
            id,
            text,
            ..Default::default()
        })),
    }
}

/// A JSON file: one article object, or an array of them (each bad element named by its
/// index, the others read).
fn read_json(name: &str, bytes: &[u8], each: &mut dyn FnMut(Result<Document, InputError>)) {
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return each(Err(err(name, format!("invalid JSON: {e}")))),
    };
    let shape = "a JSON file must hold an article {\"id\": …, \"text\": …} or an array of them (one article per line is .jsonl)";
    match value {
        serde_json::Value::Array(items) => {
            for (k, item) in items.into_iter().enumerate() {
                each(json_document(&format!("{name}[{k}]"), item, shape));
            }
        }
        object @ serde_json::Value::Object(_) => each(json_document(name, object, shape)),
        _ => each(Err(err(name, shape))),
    }
}

/// One article from a JSON value, or an error naming `item` and what is wrong.
fn json_document(
    item: &str,
    value: serde_json::Value,
    shape: &str,
) -> Result<Document, InputError> {
    if !value.is_object() {
        return Err(err(item, shape));
    }
    let article: JsonArticle =
        serde_json::from_value(value).map_err(|e| err(item, format!("{e}; {shape}")))?;
    document(item, article)
}

/// The document a JSON article describes.
fn document(item: &str, a: JsonArticle) -> Result<Document, InputError> {
    let id = match a.id {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        other => {
            return Err(err(
                item,
                format!("\"id\" must be a string or a number, not {other}"),
            ))
        }
    };
    Ok(Document {
        id,
        text: a.text,
        lang: a.lang,
        title: a.title,
        outlet: a.outlet.or_else(|| a.url.as_deref().and_then(html::host)),
        url: a.url,
        published: a.published,
        author: a.author,
    })
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
                    Ok(a) => each(document(&item, a)),
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
