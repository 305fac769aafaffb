//! WARC files, plain or gzip (one member per record, as Common Crawl writes them): every
//! response record that holds an HTML page becomes an article.
//!
//! The files are opened here and handed to `warc::WarcReader::new`: the crate's own
//! `from_path` asks for write access and fails on read-only files (jedireza/warc#47).

use std::io::{BufRead, BufReader, Read};

use warc::{RecordType, WarcHeader, WarcReader};

use super::{err, html, Document, InputError};

/// Every HTML response of a WARC stream; a truncated or corrupt file ends with an error
/// naming the record where reading stopped, after the records before it.
pub fn articles(item: &str, reader: impl Read, each: &mut dyn FnMut(Result<Document, InputError>)) {
    let mut buffered = BufReader::new(reader);
    let gzip = match buffered.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => return each(Err(err(item, e.to_string()))),
    };
    if gzip {
        let decoder = flate2::bufread::MultiGzDecoder::new(buffered);
        records(item, WarcReader::new(BufReader::new(decoder)), each);
    } else {
        records(item, WarcReader::new(buffered), each);
    }
}

/// Records are streamed: a record's declared length is checked before any of its body is read,
/// and a record larger than an HTML page may be is skipped with a message, its body read past
/// in fixed-size chunks, so that no length a file declares ever sizes an allocation.
fn records<R: BufRead>(
    item: &str,
    mut reader: WarcReader<R>,
    each: &mut dyn FnMut(Result<Document, InputError>),
) {
    let mut stream = reader.stream_records();
    let mut k = 0;
    while let Some(record) = stream.next_item() {
        k += 1;
        let name = format!("{item}#record{k}");
        let mut record = match record {
            Ok(r) => r,
            Err(e) => {
                // The stream cannot be resynchronised after a bad record.
                return each(Err(err(
                    name,
                    format!("unreadable WARC record ({e}); the rest of the file is skipped"),
                )));
            }
        };
        if *record.warc_type() != RecordType::Response {
            continue;
        }
        let url = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim().to_string());
        let declared = record.content_length();
        if declared > MAX_RECORD_BYTES {
            each(Err(err(
                name,
                format!(
                    "WARC record of {declared} bytes is over the {} MB limit for a page, skipped",
                    MAX_RECORD_BYTES >> 20
                ),
            )));
            continue;
        }
        let mut block = Vec::new();
        if let Err(e) = (&mut record).take(MAX_RECORD_BYTES).read_to_end(&mut block) {
            return each(Err(err(
                name,
                format!("unreadable WARC record ({e}); the rest of the file is skipped"),
            )));
        }
        let Some((content_type, body)) = http_body(&block) else {
            each(Err(err(
                name,
                "response record without an HTTP message, skipped",
            )));
            continue;
        };
        if !content_type.as_deref().is_some_and(|t| t.contains("html")) {
            continue;
        }
        let charset = content_type
            .as_deref()
            .and_then(|t| t.split(';').find_map(|p| p.trim().strip_prefix("charset=")))
            .map(|c| c.trim_matches('"').to_string());
        let page = html::decode(body, charset.as_deref());
        let id = url.clone().unwrap_or_else(|| name.clone());
        each(html::article(&name, id, &page, url.as_deref()));
    }
}

/// The largest WARC record read: an HTML page's limit plus room for its HTTP headers.
const MAX_RECORD_BYTES: u64 = html::MAX_HTML_BYTES as u64 + (1 << 20);

/// The Content-Type and body of an HTTP response (status line, headers, blank line, body).
fn http_body(message: &[u8]) -> Option<(Option<String>, &[u8])> {
    let end = message
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| {
            message
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|p| (p, p + 2))
        })?;
    let head = String::from_utf8_lossy(&message[..end.0]);
    if !head.starts_with("HTTP/") {
        return None;
    }
    let content_type = head.lines().skip(1).find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("content-type")
            .then(|| value.trim().to_ascii_lowercase())
    });
    Some((content_type, &message[end.1..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const PAGE: &str = "<html><head><title>Talks fail</title></head><body><article><p>The talks failed and would not resume before the spring, the minister said on Tuesday in the capital.</p><p>Officials said that the delegations had left the building without a statement after four hours.</p></article></body></html>";

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\nWARC-Date: 2022-10-04T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn response(body: &[u8], content_type: &str) -> Vec<u8> {
        let mut out =
            format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n").into_bytes();
        out.extend_from_slice(body);
        out
    }

    fn warc() -> Vec<Vec<u8>> {
        let french = PAGE.replace("Tuesday", "mardi à");
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&french);
        vec![
            record("request", "https://a.example/1", b"GET / HTTP/1.1\r\n\r\n"),
            record(
                "response",
                "https://a.example/1",
                &response(PAGE.as_bytes(), "text/html; charset=utf-8"),
            ),
            record(
                "response",
                "https://a.example/logo",
                &response(b"\x89PNG", "image/png"),
            ),
            record(
                "response",
                "https://a.example/2",
                &response(&latin, "text/html; charset=ISO-8859-1"),
            ),
        ]
    }

    fn collect(bytes: &[u8]) -> Vec<Result<Document, InputError>> {
        let mut got = Vec::new();
        articles("x.warc", bytes, &mut |r| got.push(r));
        got
    }

    #[test]
    fn plain_and_gzip_warc_give_the_html_responses() {
        let plain: Vec<u8> = warc().concat();
        let mut gz = Vec::new();
        for r in warc() {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&r).unwrap();
            gz.extend(e.finish().unwrap());
        }
        for bytes in [plain, gz] {
            let got = collect(&bytes);
            assert_eq!(
                got.len(),
                2,
                "{:?}",
                got.iter().map(|r| r.as_ref().err()).collect::<Vec<_>>()
            );
            let first = got[0].as_ref().unwrap();
            assert_eq!(first.url.as_deref(), Some("https://a.example/1"));
            assert!(first.text.starts_with("Talks fail\n\n"), "{}", first.text);
            assert!(got[1].as_ref().unwrap().text.contains("mardi à"));
        }
    }

    #[test]
    fn a_record_declaring_gigabytes_is_skipped_and_the_batch_goes_on() {
        // A response record that says it holds 8 GB (and a gzip member that would inflate to
        // it) must never size an allocation: it is skipped with a message naming it, and the
        // records after it are read.
        let huge = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:big>\r\nWARC-Date: 2022-10-04T10:00:00Z\r\nWARC-Target-URI: https://a.example/big\r\nContent-Length: 8589934592\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>";
        let mut plain = huge.to_vec();
        plain.extend(std::iter::repeat_n(b' ', 4096));
        let got = collect(&plain);
        let first = got[0].as_ref().unwrap_err();
        assert!(first.item.ends_with("#record1"), "{first}");
        assert!(first.message.contains("8589934592 bytes"), "{first}");
        // Before it, a good record is kept.
        let mut good_then_huge: Vec<u8> = warc()[1].clone();
        good_then_huge.extend_from_slice(&plain);
        let got = collect(&good_then_huge);
        assert!(got[0].is_ok(), "{:?}", got[0].as_ref().err());
        assert!(got[1].as_ref().unwrap_err().message.contains("limit"));
    }

    #[test]
    fn a_truncated_file_keeps_the_records_before_the_cut() {
        let plain: Vec<u8> = warc().concat();
        let cut = &plain[..plain.len() - 200];
        let got = collect(cut);
        assert!(got[0].is_ok());
        let last = got.last().unwrap().as_ref().unwrap_err();
        assert!(last.message.contains("unreadable WARC record"), "{last}");
        // A truncated gzip stream too.
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(&plain).unwrap();
        let gz = e.finish().unwrap();
        let got = collect(&gz[..gz.len() / 2]);
        assert!(got.last().unwrap().is_err());
    }
}
