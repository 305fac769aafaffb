//! RSS and Atom feeds (feed-rs): one article per item, with its full text where the feed
//! carries it (content:encoded, Atom content), else its summary.

use super::{err, html, Document, InputError};

/// Every item of a feed, or the error that made the feed unreadable.
pub fn articles(item: &str, bytes: &[u8], each: &mut dyn FnMut(Result<Document, InputError>)) {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => return each(Err(err(item, format!("invalid feed: {e}")))),
    };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty())
        .or_else(|| feed.links.first().and_then(|l| html::host(&l.href)));
    for (k, entry) in feed.entries.into_iter().enumerate() {
        let name = format!("{item}#{}", k + 1);
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .or(entry.summary.as_ref().map(|s| s.content.as_str()))
            .map(html::fragment_text)
            .unwrap_or_default();
        if body.is_empty() {
            each(Err(err(name, "feed item without text, skipped")));
            continue;
        }
        let title = entry
            .title
            .as_ref()
            .map(|t| html::fragment_text(&t.content))
            .filter(|t| !t.is_empty());
        let url = entry
            .links
            .iter()
            .map(|l| l.href.clone())
            .find(|h| h.starts_with("http"));
        let text = match &title {
            Some(t) => format!("{t}\n\n{body}"),
            None => body,
        };
        let id = if entry.id.is_empty() {
            name.clone()
        } else {
            entry.id.clone()
        };
        let authors: Vec<&str> = entry
            .authors
            .iter()
            .filter_map(|a| a.name.as_deref())
            .collect();
        each(Ok(Document {
            id,
            text,
            lang: entry
                .language
                .or_else(|| feed.language.clone())
                .and_then(|l| l.split(['-', '_']).next().map(str::to_ascii_lowercase)),
            title,
            outlet: outlet
                .clone()
                .or_else(|| url.as_deref().and_then(html::host)),
            url,
            published: entry.published.or(entry.updated).map(|d| d.to_rfc3339()),
            author: (!authors.is_empty()).then(|| authors.join(", ")),
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_with_full_text_and_atom_entries() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Daily Example</title><link>https://daily.example/</link>
<item><title>Mayor delays vote</title><link>https://daily.example/a</link><dc:creator>Ann Writer</dc:creator><pubDate>Tue, 04 Oct 2022 10:00:00 +0100</pubDate>
<description>Short summary.</description><content:encoded><![CDATA[<p>"We cannot sign a blank cheque," Mayor Helen Okafor said.</p><p>She said that the review would take six weeks.</p>]]></content:encoded></item>
<item><title>Empty</title></item></channel></rss>"#;
        let mut got = Vec::new();
        articles("f.rss", rss.as_bytes(), &mut |r| got.push(r));
        assert_eq!(got.len(), 2);
        let doc = got[0].as_ref().unwrap();
        assert!(
            doc.text
                .starts_with("Mayor delays vote\n\n\"We cannot sign"),
            "{}",
            doc.text
        );
        assert_eq!(doc.url.as_deref(), Some("https://daily.example/a"));
        assert_eq!(doc.outlet.as_deref(), Some("Daily Example"));
        assert_eq!(doc.author.as_deref(), Some("Ann Writer"));
        assert_eq!(doc.published.as_deref(), Some("2022-10-04T09:00:00+00:00"));
        assert!(got[1].as_ref().unwrap_err().item.ends_with("#2"));

        let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2022-10-05T00:00:00Z</updated>
<entry><title>Talks fail</title><id>urn:1</id><link href="https://atom.example/1"/><updated>2022-10-05T00:00:00Z</updated><author><name>Bo Reporter</name></author>
<content type="html">&lt;p&gt;The talks failed, the minister said.&lt;/p&gt;</content></entry></feed>"#;
        let mut got = Vec::new();
        articles("f.atom", atom.as_bytes(), &mut |r| got.push(r));
        let doc = got[0].as_ref().unwrap();
        assert_eq!(
            doc.text,
            "Talks fail\n\nThe talks failed, the minister said."
        );
        assert_eq!(doc.id, "urn:1");
    }

    #[test]
    fn invalid_xml_is_one_error_naming_the_feed() {
        let mut got = Vec::new();
        articles("bad.xml", b"<rss><channel><item><title>x</ti", &mut |r| {
            got.push(r)
        });
        assert_eq!(got.len(), 1);
        let e = got[0].as_ref().unwrap_err();
        assert_eq!(e.item, "bad.xml");
        assert!(e.message.starts_with("invalid feed"));
    }
}
