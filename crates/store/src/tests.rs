//! The store's unit tests: ingest, search, people merging, listings and migrations, on
//! in-memory stores and temporary files.

use rusqlite::Connection;

use hearsay_engine::Engine;

use crate::schema::{day_number, recency_key, MIGRATIONS};
use crate::*;

fn article<'a>(id: &'a str, text: &'a str) -> NewArticle<'a> {
    NewArticle {
        doc_id: id,
        text,
        ..Default::default()
    }
}

#[test]
fn ingest_is_idempotent_and_searchable() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let text = "Titre\n\n« Nous voyons ces éléments », a déclaré Vadym Skibitsky.";
    assert!(matches!(
        store.ingest(&engine, &article("a", text)).unwrap(),
        Ingested::New { statements: 1, .. }
    ));
    assert!(matches!(
        store.ingest(&engine, &article("a-again", text)).unwrap(),
        Ingested::Duplicate { .. }
    ));
    assert_eq!(store.counts().unwrap().0, 1);
    // Accents do not matter in search.
    let hits = store
        .search("elements", Window::first(10))
        .map(|p| p.items)
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].speaker_ref.as_deref(), Some("Vadym Skibitsky"));
}

#[test]
fn bad_search_syntax_is_an_error_naming_the_query() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(
            &engine,
            &article("a", "Title\n\n\"We will win,\" said Jane Doe."),
        )
        .unwrap();
    let err = store.search("\"unbalanced", Window::first(10)).unwrap_err();
    assert!(matches!(err, StoreError::Query { .. }), "{err}");
    assert!(err.to_string().contains("unbalanced"));
}

#[test]
fn people_merge_across_articles_by_surname_and_accents() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(
            &engine,
            &article(
                "a",
                "Titre\n\nAlexandre Loukachenko a déclaré que tout allait bien.",
            ),
        )
        .unwrap();
    store
        .ingest(
            &engine,
            &article(
                "b",
                "Titre\n\nLoukachenko a déclaré que rien ne changerait.",
            ),
        )
        .unwrap();
    store
        .ingest(
            &engine,
            &article(
                "c",
                "Titre\n\nAlexandre LOUKACHENKO a déclaré que la paix viendrait.",
            ),
        )
        .unwrap();
    let people = store.people(Window::first(10)).map(|p| p.items).unwrap();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].statements, 3);
}

#[test]
fn person_and_claims() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store
        .ingest(
            &engine,
            &article(
                "a",
                "Titre\n\nMike Lyons a déclaré que 40 000 soldats pourraient venir.",
            ),
        )
        .unwrap();
    let found = store.find_people("lyons").unwrap();
    assert_eq!((found.len(), found[0].statements), (1, 1), "{found:?}");
    let claims = store
        .claims(Some("soldats"), Window::first(10))
        .map(|p| p.items)
        .unwrap();
    assert_eq!(claims.len(), 1);
    assert_eq!(
        (
            claims[0].value,
            claims[0].source_ref.as_deref(),
            claims[0].modality.as_str()
        ),
        (Some(40000.0), Some("Mike Lyons"), "hedged")
    );
}

#[test]
fn reopening_a_file_keeps_its_data_and_schema() {
    let dir = std::env::temp_dir().join(format!("hearsay-store-test-{}", std::process::id()));
    let path = dir.join("h.db");
    let engine = Engine::new().unwrap();
    {
        let mut store = Store::open(&path).unwrap();
        store
            .ingest(
                &engine,
                &article("a", "Title\n\n\"We will win,\" said Jane Doe."),
            )
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
    assert_eq!(store.counts().unwrap().1, 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn day_numbers_and_recency_keys() {
    assert_eq!(day_number("1970-01-01"), Some(1));
    assert_eq!(day_number("2000-03-01T10:00:00Z"), Some(11_018));
    assert_eq!(day_number("2022-10-14"), Some(19_280));
    for bad in [
        "",
        "2022",
        "Tue, 04 Oct 2022",
        "2022-13-01",
        "1969-12-31",
        "２０２２-10-01",
    ] {
        assert_eq!(day_number(bad), None, "{bad:?}");
    }
    assert!(recency_key(Some("2022-10-14"), 5) > recency_key(Some("2022-10-13"), 9));
    assert!(recency_key(Some("2022-10-14"), 9) > recency_key(Some("2022-10-14"), 5));
    assert!(recency_key(None, 1 << 40) < recency_key(Some("1970-01-01"), 0));
}

#[test]
fn search_gives_the_newest_first_and_undated_last() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    for (id, published) in [
        ("mid", Some("2021-05-01")),
        ("undated", None),
        ("new", Some("2023-01-09T08:00:00Z")),
        ("old", Some("2019-02-03")),
    ] {
        let text = format!("Title {id}\n\n\"The bridge will be built,\" said Jane Doe of {id}.");
        store
            .ingest(
                &engine,
                &NewArticle {
                    doc_id: id,
                    text: &text,
                    published,
                    ..Default::default()
                },
            )
            .unwrap();
    }
    let order: Vec<String> = store
        .search("bridge", Window::first(10))
        .map(|p| p.items)
        .unwrap()
        .into_iter()
        .map(|h| h.doc_id)
        .collect();
    assert_eq!(order, ["new", "mid", "old", "undated"]);
    assert_eq!(
        store
            .search("bridge", Window::first(2))
            .map(|p| p.items)
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn romanisations_merge_but_namesakes_do_not() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let texts = [
        "Titre\n\nAlexandre Loukachenko a déclaré que tout allait bien.",
        "Title\n\nAlexander Lukashenko said the talks had failed.",
        "Title\n\nLukaschenko said nothing would change.",
        "Title\n\nVolodymyr Zelenskyy said the army would hold.",
        "Titre\n\nVolodymyr Zelensky a affirmé que l'armée tiendrait.",
        "Title\n\nJohn Smith said the plant would close.",
        "Title\n\nJane Smith said the plant would stay open.",
    ];
    for (k, text) in texts.iter().enumerate() {
        store
            .ingest(&engine, &article(&format!("a{k}"), text))
            .unwrap();
    }
    let people = store.people(Window::first(10)).map(|p| p.items).unwrap();
    let count = |surname: &str| {
        people
            .iter()
            .filter(|p| p.name.contains(surname) || p.aliases.iter().any(|a| a.contains(surname)))
            .map(|p| p.statements)
            .collect::<Vec<_>>()
    };
    assert_eq!(count("ukas"), vec![3], "{people:?}");
    assert_eq!(count("Zelensk"), vec![2], "{people:?}");
    assert_eq!(count("Smith"), vec![1, 1], "{people:?}");
    // A lone "Smith" now names two people: it joins neither.
    store
        .ingest(&engine, &article("s", "Title\n\nSmith said it was over."))
        .unwrap();
    let people = store.people(Window::first(10)).map(|p| p.items).unwrap();
    let smiths: Vec<i64> = people
        .iter()
        .filter(|p| p.name.contains("Smith"))
        .map(|p| p.statements)
        .collect();
    assert_eq!(smiths, vec![1, 1, 1], "{people:?}");
}

#[test]
fn article_view_positions_statements_in_code_points() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let text = "Titre\n\n« Nous voyons ces éléments », a déclaré Vadym Skibitsky.";
    let Ingested::New { article: id, .. } = store.ingest(&engine, &article("a", text)).unwrap()
    else {
        panic!("not new")
    };
    let view = store.article(id).unwrap().unwrap();
    let s = &view.statements[0];
    let chars: Vec<char> = view.text.chars().collect();
    let quoted: String = chars[s.start as usize..s.end as usize].iter().collect();
    assert_eq!(quoted, s.quote);
    assert!(s.quote.contains("éléments"));
    let person = store
        .person_by_id(s.person.unwrap(), Window::first(100))
        .unwrap()
        .unwrap();
    assert_eq!(person.person.name, "Vadym Skibitsky");
    assert_eq!(
        (person.statements.total, person.statements.items.len()),
        (1, 1)
    );
    assert!(store.article(id + 1).unwrap().is_none());
    assert!(store.person_by_id(999, Window::first(1)).unwrap().is_none());
}

#[test]
fn a_version_1_file_is_migrated_forward() {
    let dir = std::env::temp_dir().join(format!("hearsay-store-v1-{}", std::process::id()));
    let path = dir.join("old.db");
    std::fs::create_dir_all(&dir).unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO people (name, key) VALUES ('Alexandre Loukachenko', 'alexandre loukachenko')",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO aliases (person_id, alias, key) VALUES (1, 'Alexandre Loukachenko', 'alexandre loukachenko')",
            [],
        )
        .unwrap();
        conn.execute_batch(
            "INSERT INTO articles (doc_id, lang, text, content_hash, published) VALUES ('old', 'fr', 'T\n\nIl a dit que la frontière restait fermée.', 'h', '2022-10-01');
             INSERT INTO statements (article_id, idx, quote_start, quote_end, quote, direct, speaker_ref, person_id)
               VALUES (1, 0, 14, 40, 'la frontière restait fermée', 0, 'Alexandre Loukachenko', 1);
             INSERT INTO statements_fts (rowid, quote, speaker_ref) VALUES (1, 'la frontière restait fermée', 'Alexandre Loukachenko');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
    let engine = Engine::new().unwrap();
    store
        .ingest(
            &engine,
            &article("b", "Title\n\nLukashenko said the talks had failed."),
        )
        .unwrap();
    let people = store.people(Window::first(10)).map(|p| p.items).unwrap();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].statements, 2);
    // Statements stored before the recency index are found through it.
    let hits = store
        .search("frontiere", Window::first(10))
        .map(|p| p.items)
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].doc_id, "old");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn two_writers_on_one_new_file_both_complete() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let engine = Engine::new().unwrap();
    let (batches, per_batch) = (12, 40);
    let run = |writer: usize| {
        let path = path.clone();
        let engine = &engine;
        move || -> Result<usize> {
            let mut store = Store::open(&path)?;
            let mut stored = 0;
            for b in 0..batches {
                let texts: Vec<String> = (0..per_batch)
                    .map(|k| format!("Report {writer}-{b}-{k}\n\n\"We counted {k} boats,\" said Ana Ortiz {writer}."))
                    .collect();
                let ids: Vec<String> = (0..per_batch)
                    .map(|k| format!("w{writer}-{b}-{k}"))
                    .collect();
                let articles: Vec<NewArticle> = texts
                    .iter()
                    .zip(&ids)
                    .map(|(text, id)| NewArticle {
                        lang: Some("en"),
                        ..article(id, text)
                    })
                    .collect();
                for outcome in store.ingest_batch(engine, &articles)? {
                    assert!(matches!(outcome?, Ingested::New { .. }));
                    stored += 1;
                }
            }
            Ok(stored)
        }
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(run(1));
        let b = s.spawn(run(2));
        (a.join().unwrap(), b.join().unwrap())
    });
    assert_eq!(a.unwrap(), batches * per_batch);
    assert_eq!(b.unwrap(), batches * per_batch);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap().0 as usize, 2 * batches * per_batch);
    assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
}

#[test]
fn a_person_is_found_by_any_spelling_and_an_ambiguous_surname_lists_everyone() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    for (id, text) in [
        (
            "a",
            "Titre\n\nAlexandre Loukachenko a déclaré que la frontière resterait ouverte.",
        ),
        (
            "b",
            "Headline\n\nJohn Smith said that the budget was sound.",
        ),
        (
            "c",
            "Headline\n\nAnn Smith said that the budget was not sound.",
        ),
        (
            "d",
            "Headline\n\nAnn Smith said that she would vote against it.",
        ),
    ] {
        store.ingest(&engine, &article(id, text)).unwrap();
    }
    for spelling in [
        "Loukachenko",
        "Lukashenko",
        "Alexander Lukashenko",
        "LOUKACHENKO",
    ] {
        let found = store.find_people(spelling).unwrap();
        let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Alexandre Loukachenko"], "{spelling}");
    }
    let found = store.find_people("Smith").unwrap();
    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ann Smith", "John Smith"], "most quoted first");
    assert!(store.find_people("Jones").unwrap().is_empty());
    assert!(store.find_people("  ").unwrap().is_empty());
}

#[test]
fn lists_page_through_every_row_and_say_how_many_there_are() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let texts: Vec<String> = (0..7)
        .map(|k| {
            format!(
                "Notice {k}\n\n\"The bridge opens in {} weeks,\" said Speaker{k} Doe.",
                k + 2
            )
        })
        .collect();
    for (k, text) in texts.iter().enumerate() {
        let id = format!("n{k}");
        store.ingest(&engine, &article(&id, text)).unwrap();
    }
    let mut seen = Vec::new();
    for offset in [0, 3, 6] {
        let page = store.search("bridge", Window { offset, limit: 3 }).unwrap();
        assert_eq!((page.total, page.offset), (7, offset));
        seen.extend(page.items.into_iter().map(|h| h.doc_id));
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 7, "every statement once: {seen:?}");
    let articles = store
        .articles(Window {
            offset: 5,
            limit: 10,
        })
        .unwrap();
    assert_eq!((articles.total, articles.items.len()), (7, 2));
    let people = store
        .people(Window {
            offset: 0,
            limit: 2,
        })
        .unwrap();
    assert_eq!((people.total, people.items.len()), (7, 2));
    let quantities = store.counts().unwrap().2;
    let claims = store
        .claims(
            None,
            Window {
                offset: 0,
                limit: 4,
            },
        )
        .unwrap();
    assert_eq!((claims.total, claims.items.len()), (quantities, 4));
    let claims = store
        .claims(
            Some("weeks"),
            Window {
                offset: 4,
                limit: 4,
            },
        )
        .unwrap();
    assert_eq!((claims.total, claims.items.len()), (7, 3));
}

#[test]
fn only_named_speakers_become_people_and_every_speaker_keeps_its_kind() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    for (id, text) in [
        ("a", "Notice\n\n\"We are worried,\" Officials said.\n\n\"Fares will rise,\" said Ann Lee."),
        ("b", "Notice\n\n\"Prices hold,\" South Korean officials said.\n\n\"Fares rise,\" the company said."),
        ("c", "Notice\n\n\"The deal is done,\" said a source familiar with the talks."),
    ] {
        let article = NewArticle {
            lang: Some("en"),
            ..article(id, text)
        };
        store.ingest(&engine, &article).unwrap();
    }
    let people = store.people(Window::first(10)).unwrap().items;
    let listed: Vec<(&str, Option<&str>)> = people
        .iter()
        .map(|p| (p.name.as_str(), p.kind.as_deref()))
        .collect();
    assert_eq!(listed, [("Ann Lee", Some("person"))]);
    let mut kinds: Vec<(String, Option<String>)> = ["worried", "prices", "fares", "deal"]
        .iter()
        .flat_map(|q| store.search(q, Window::first(5)).unwrap().items)
        .map(|h| (h.speaker_ref.unwrap_or_default(), h.speaker_kind))
        .collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(
        kinds,
        [
            ("Ann Lee".to_string(), Some("person".to_string())),
            ("Officials".to_string(), Some("group".to_string())),
            (
                "South Korean officials".to_string(),
                Some("group".to_string())
            ),
            (
                "a source familiar with the talks".to_string(),
                Some("anonymous".to_string())
            ),
            ("the company".to_string(), Some("description".to_string())),
        ]
    );
}

#[test]
fn a_search_for_a_name_finds_what_its_other_spellings_said() {
    let engine = Engine::new().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let text = "Titre\n\nAlexandre Loukachenko a déclaré que la frontière resterait fermée.";
    store.ingest(&engine, &article("a", text)).unwrap();
    for query in [
        "Lukashenko",
        "lukashenko frontiere",
        "Loukachenko",
        "Lukaschenko OR nobody",
    ] {
        let hits = store.search(query, Window::first(10)).unwrap();
        assert_eq!(hits.total, 1, "{query}");
        assert_eq!(
            hits.items[0].speaker_ref.as_deref(),
            Some("Alexandre Loukachenko")
        );
    }
    // Query syntax is kept: a phrase is only the words of the quote, a NOT still excludes.
    assert_eq!(
        store
            .search("\"Lukashenko\"", Window::first(10))
            .unwrap()
            .total,
        0
    );
    assert_eq!(
        store
            .search("frontiere NOT Lukashenko", Window::first(10))
            .unwrap()
            .total,
        0
    );
    assert!(store.search("\"Lukashenko", Window::first(10)).is_err());
}
