//! HTML pages: charset decoding and main-content extraction (title, body text without
//! navigation or ads, publication date, author, canonical URL, outlet) with dom_smoothie.

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::Encoding;

use super::{err, Document, InputError};

/// Largest page analysed: readability over a bigger DOM takes seconds and gigabytes, and no
/// news article is that long; such a page is skipped with a message.
pub const MAX_HTML_BYTES: usize = 16 << 20;

/// Decodes a page by its byte-order mark, else the charset its HTTP header declares, else the
/// one its `<meta>` declares, else UTF-8 when valid, else windows-1252 (what browsers assume).
pub fn decode(bytes: &[u8], declared: Option<&str>) -> String {
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| meta_charset(bytes));
    let encoding = match declared {
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    // `decode` honours a BOM over the declared encoding and replaces malformed bytes.
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The charset a page's first kilobytes declare (`<meta charset=...>` or http-equiv).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// The article a page holds: headline on the first line, then its paragraphs.
pub fn article(
    item: &str,
    id: String,
    html: &str,
    url: Option<&str>,
) -> Result<Document, InputError> {
    if html.len() > MAX_HTML_BYTES {
        return Err(err(
            item,
            format!(
                "HTML page of {} MB exceeds the {} MB limit, skipped",
                html.len() >> 20,
                MAX_HTML_BYTES >> 20
            ),
        ));
    }
    let dom = Dom::from(html);
    let attr = |selector: &str, name: &str| {
        let found = dom.select(selector);
        found
            .attr(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let canonical = attr("link[rel=canonical]", "href")
        .or_else(|| attr("meta[property='og:url']", "content"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        .or_else(|| url.map(str::to_string));
    let page_lang = attr("html", "lang");
    let base = canonical.as_deref().filter(|u| u.starts_with("http"));
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = Readability::with_document(dom, base, Some(config))
        .map_err(|e| err(item, format!("HTML: {e}")))?;
    let page = reader.parse().map_err(|e| {
        err(
            item,
            format!("no article text found in the HTML page ({e})"),
        )
    })?;
    let body = paragraphs(&page.text_content);
    if body.is_empty() {
        return Err(err(item, "no article text found in the HTML page"));
    }
    let title = page.title.trim().to_string();
    let text = if title.is_empty() {
        body
    } else {
        format!("{title}\n\n{body}")
    };
    let outlet = page
        .site_name
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| canonical.as_deref().and_then(host));
    Ok(Document {
        id,
        text,
        lang: page.lang.or(page_lang).and_then(|l| language_code(&l)),
        title: (!title.is_empty()).then_some(title),
        url: canonical,
        published: page.published_time,
        author: page
            .byline
            .map(|b| b.trim().to_string())
            .filter(|b| !b.is_empty()),
        outlet,
    })
}

/// Text of an HTML fragment (a feed item's content), one paragraph a line.
pub fn fragment_text(html: &str) -> String {
    paragraphs(&Dom::from(html).formatted_text())
}

/// Trimmed non-empty lines, separated by blank lines as in the project's .txt articles.
fn paragraphs(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The host of a web address, without "www.": the outlet when a page names none.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// "fr-FR" → "fr": the engine knows languages, not regions.
fn language_code(tag: &str) -> Option<String> {
    let code = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (code.len() == 2 || code.len() == 3).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="fr-FR"><head><meta charset="windows-1252">
<title>Loukachenko menace | Le Journal</title>
<link rel="canonical" href="https://www.lejournal.example/monde/loukachenko">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2022-10-14T08:00:00Z">
<meta name="author" content="Marie Curie">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<article><h1>Loukachenko menace</h1>
<p>« Nous voyons ces éléments », a déclaré Vadym Skibitsky, porte-parole du renseignement ukrainien, lors d'un entretien accordé mardi.</p>
<p>Selon le ministère britannique de la Défense, près de 170 chars de combat et 200 véhicules blindés sont arrivés dans le pays au cours des derniers jours.</p>
<p>Le ministre letton de la Défense, Artis Pabriks, a affirmé que la Biélorussie ne représentait pas une menace immédiate pour ses voisins baltes.</p>
</article><aside class="ad">Publicité : achetez maintenant</aside><footer>© Le Journal</footer></body></html>"#;

    #[test]
    fn a_windows_1252_page_gives_its_article_and_metadata() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(PAGE);
        let html = decode(&bytes, None);
        assert!(html.contains("éléments"));
        let doc = article("page.html", "page".into(), &html, None).unwrap();
        assert!(doc.text.starts_with("Loukachenko menace"), "{}", doc.text);
        assert!(doc
            .text
            .contains("« Nous voyons ces éléments », a déclaré Vadym Skibitsky"));
        assert!(
            !doc.text.contains("Accueil") && !doc.text.contains("Publicité"),
            "{}",
            doc.text
        );
        assert_eq!(
            doc.url.as_deref(),
            Some("https://www.lejournal.example/monde/loukachenko")
        );
        assert_eq!(doc.outlet.as_deref(), Some("Le Journal"));
        assert_eq!(doc.lang.as_deref(), Some("fr"));
        assert!(doc
            .published
            .as_deref()
            .is_some_and(|d| d.starts_with("2022-10-14")));
    }

    #[test]
    fn declared_and_sniffed_charsets() {
        let latin1 = b"<p>Caf\xe9 cr\xe8me</p>";
        assert_eq!(decode(latin1, Some("iso-8859-1")), "<p>Café crème</p>");
        assert_eq!(decode(latin1, None), "<p>Café crème</p>");
        assert_eq!(decode("<p>Café</p>".as_bytes(), None), "<p>Café</p>");
        let meta = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\xe9t\xe9</p>";
        assert!(decode(meta, None).ends_with("<p>été</p>"));
    }

    #[test]
    fn broken_and_empty_pages_are_errors_not_panics() {
        for html in [
            "",
            "<html><body></body></html>",
            "<script>while(1){}</script>",
        ] {
            assert!(
                article("x.html", "x".into(), html, None).is_err(),
                "{html:?}"
            );
        }
        // Whatever broken markup yields is text, never a panic.
        let garbage = article("z.html", "z".into(), "<<<>>><p</div></</>", None);
        assert!(garbage.map_or(true, |d| !d.text.contains("</div>")));
        let unclosed = "<html><body><p>The minister said the talks had failed and would not resume before the spring, according to two officials familiar with them.<p>More text about the talks follows here, long enough to count as an article paragraph";
        assert!(article("y.html", "y".into(), unclosed, None).is_ok());
    }

    #[test]
    fn hosts() {
        assert_eq!(host("https://www.cbc.ca/news/x").as_deref(), Some("cbc.ca"));
        assert_eq!(
            host("http://user@Example.org:8080/?q").as_deref(),
            Some("example.org")
        );
        assert_eq!(host("not a url"), None);
    }
}
