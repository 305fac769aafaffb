//! End-to-end behaviour of `hearsay extract` and `hearsay eval`: inputs, formats, bad input,
//! and the founding article when ../shared is present.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn hearsay(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hearsay runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON record a line"))
        .collect()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("gold").is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared (gold data) is not beside the project");
        None
    }
}

#[test]
fn example_article_statements_carry_exact_char_offsets() {
    let path = examples().join("pont-du-port.txt");
    let out = hearsay(&["extract", path.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let all = records(&out);
    let recs: Vec<&serde_json::Value> = all.iter().filter(|r| r["kind"] == "statement").collect();
    assert!(recs.len() >= 5);
    // Quantities come in the same stream, with exact spans and values.
    let quantity = all
        .iter()
        .find(|r| r["kind"] == "quantity")
        .expect("a quantity record");
    assert_eq!(quantity["span"]["text"], "46,8 millions d'euros");
    assert_eq!(quantity["value"], 46_800_000.0);
    assert_eq!(quantity["unit"], "EUR");
    for r in &recs {
        assert_eq!(r["doc"], "pont-du-port");
        assert_eq!(r["lang"], "fr");
        for field in ["quote", "speaker", "verb"] {
            if r[field].is_null() {
                continue;
            }
            let (s, e) = (
                r[field]["start"].as_u64().unwrap() as usize,
                r[field]["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(slice, r[field]["text"].as_str().unwrap());
        }
    }
    let okafor = recs
        .iter()
        .copied()
        .find(|r| {
            r["quote"]["text"]
                .as_str()
                .unwrap()
                .starts_with("« Nous ne pouvons")
        })
        .unwrap();
    assert_eq!(okafor["speaker_ref"], "Hélène Okafor");
    assert_eq!(okafor["verb"]["text"], "déclaré");
    assert_eq!(okafor["direct"], true);
}

#[test]
fn jsonl_from_stdin_with_numeric_ids_and_a_bad_line() {
    let input = b"{\"id\": 7, \"text\": \"\\\"We will win,\\\" said Jane Doe.\", \"lang\": \"en\"}\n{broken\n";
    let out = hearsay(&["extract", "-"], Some(input));
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line fails the run but not the batch"
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["doc"], "7");
    assert_eq!(recs[0]["speaker_ref"], "Jane Doe");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-:2") && err.contains("invalid JSON"), "{err}");
}

#[test]
fn bad_files_are_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("b-latin1.txt"), b"Caf\xe9 \"ok,\" he said").unwrap();
    std::fs::write(dir.path().join("c-binary.txt"), b"\x00\x01\x02").unwrap();
    std::fs::write(
        dir.path().join("d-good.txt"),
        "Title\n\n\"We will stay,\" said Ann Lee.",
    )
    .unwrap();
    std::fs::write(dir.path().join("e-german.txt"), "Die Regierung hat heute beschlossen, dass die Steuern im nächsten Jahr steigen werden, sagte der Minister.").unwrap();
    std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
    let out = hearsay(&["extract", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a-empty.txt: empty file"), "{err}");
    assert!(
        err.contains("b-latin1.txt: invalid UTF-8 at byte offset 3"),
        "{err}"
    );
    assert!(err.contains("c-binary.txt: binary data"), "{err}");
    assert!(
        err.contains("e-german.txt") && err.contains("unsupported language"),
        "{err}"
    );
    assert!(!err.contains("notes.md"));
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["doc"], "d-good");
}

#[test]
fn table_and_json_formats() {
    let path = examples().join("harbour-bridge.txt");
    let out = hearsay(
        &["extract", "--format", "table", path.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.starts_with("DOC"));
    assert!(table.contains("Helen Okafor"));
    let out = hearsay(
        &["extract", "--format", "json", path.to_str().unwrap()],
        None,
    );
    let all: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("a JSON array");
    assert!(all.len() >= 5);
}

#[test]
fn founding_article_sources() {
    let Some(shared) = shared() else { return };
    let path = shared.join("gold/fr/seed-belarus.txt");
    let out = hearsay(&["extract", path.to_str().unwrap()], None);
    assert!(out.status.success());
    let recs = records(&out);
    let who = |start: &str| -> String {
        let r = recs
            .iter()
            .find(|r| r["quote"]["text"].as_str().unwrap().starts_with(start))
            .unwrap_or_else(|| panic!("no statement starting {start:?}"));
        r["speaker_ref"].as_str().unwrap_or("").to_string()
    };
    assert_eq!(who("“La menace de reprise"), "Oleksiy Gromov");
    assert_eq!(who("que lui et Poutine"), "Alexandre Loukachenko");
    assert_eq!(who("que l’ouverture d’un nouveau front"), "Mike Lyons");
    assert_eq!(who("qu’un nouveau front dans le nord"), "Mike Lyons");
    assert_eq!(who("“L’ouverture de ce deuxième front"), "Mike Lyons");
    assert_eq!(who("“Il est question"), "Mike Lyons");
    assert_eq!(who("“Ce que cela signifierait"), "Mike Lyons");
    assert_eq!(who("« Loukachenko est aligné"), "Mike Lyons");
    assert_eq!(who("“Ils pourraient avoir"), "Mike Lyons");
    assert_eq!(
        who("que la vague d’activités").to_lowercase(),
        "ministère britannique de la défense"
    );
    assert_eq!(who("“Ce serait suicidaire"), "Valery Kavaleuski");
    assert_eq!(who("« Loukachenko essaie"), "Artis Pabriks");
    assert_eq!(who("“De toute évidence"), "Artis Pabriks");
    assert_eq!(who("que plusieurs milliers"), "Vadym Skibitsky");
    assert_eq!(who("qu’ils ne disposaient"), "Vadym Skibitsky");
    assert_eq!(who("“Nous voyons ces éléments"), "Vadym Skibitsky");
    assert_eq!(
        who("avoir eu connaissance").to_lowercase(),
        "état-major ukrainien"
    );
    assert_eq!(
        who("que les affrontements").to_lowercase(),
        "état-major ukrainien"
    );
}

#[test]
fn eval_agrees_with_itself_on_gold_and_prints_both_languages() {
    let Some(shared) = shared() else { return };
    let out = hearsay(
        &[
            "eval",
            "--json",
            shared.join("gold/en").to_str().unwrap(),
            shared.join("gold/fr").to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["en"]["0.3"]["gold"], 739);
    assert_eq!(report["fr"]["0.3"]["gold"], 133);
}

#[test]
fn founding_article_numbers() {
    let Some(shared) = shared() else { return };
    let path = shared.join("gold/fr/seed-belarus.txt");
    let out = hearsay(&["extract", path.to_str().unwrap()], None);
    assert!(out.status.success());
    let all = records(&out);
    let quantity = |text: &str| -> serde_json::Value {
        all.iter()
            .find(|r| r["kind"] == "quantity" && r["span"]["text"].as_str().unwrap().contains(text))
            .unwrap_or_else(|| panic!("no quantity {text:?}"))
            .clone()
    };
    let q = quantity("9 000");
    assert_eq!(
        (q["value"].as_f64(), q["counted"]["head"].as_str()),
        (Some(9000.0), Some("soldats"))
    );
    let q = quantity("70 000");
    assert_eq!(q["counted"]["text"], "soldats biélorusses");
    assert_eq!(q["source_ref"], "Alexandre Loukachenko");
    let q = quantity("jusqu’à 15 000");
    assert_eq!(
        (
            q["bound"].as_str(),
            q["high"].as_f64(),
            q["counted"]["head"].as_str()
        ),
        (Some("at_most"), Some(15000.0), Some("russes"))
    );
    let q = quantity("170");
    assert_eq!(
        (q["bound"].as_str(), q["counted"]["text"].as_str()),
        (Some("approx"), Some("chars de combat"))
    );
    let q = quantity("200");
    assert_eq!(
        q["counted"]["text"],
        "véhicules blindés de transport de troupes"
    );
    let q = quantity("20 milles");
    assert_eq!(
        (q["unit"].as_str(), q["bound"].as_str(), q["high"].as_f64()),
        (Some("mi"), Some("at_most"), Some(20.0))
    );
    let q = quantity("15 000 à 20 000");
    assert_eq!(
        (
            q["low"].as_f64(),
            q["high"].as_f64(),
            q["source_ref"].as_str()
        ),
        (Some(15000.0), Some(20000.0), Some("Mike Lyons"))
    );
    let q = quantity("40 000");
    assert_eq!(
        (
            q["source_ref"].as_str(),
            q["modality"].as_str(),
            q["counted"]["head"].as_str()
        ),
        (Some("Mike Lyons"), Some("hedged"), Some("hommes"))
    );
}

#[test]
fn quantity_suites_beat_the_quantulum3_baseline() {
    let Some(shared) = shared() else { return };
    let out = hearsay(
        &[
            "eval-quantities",
            "--json",
            shared.join("quantities").to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // quantulum3's share of items found (../shared/quantities/README.md, valR on ALL).
    for (key, baseline) in [
        ("en.number", 55.0),
        ("fr.number", 14.4),
        ("en.dimension", 67.0),
        ("fr.dimension", 39.9),
    ] {
        let ours = report[key]["found_pct"].as_f64().unwrap();
        assert!(
            ours > baseline,
            "{key}: {ours:.1}% found, quantulum3 finds {baseline}%"
        );
    }
}

#[test]
fn ingest_search_and_people_on_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    let db = db.to_str().unwrap();
    let out = hearsay(&["ingest", "--db", db, examples().to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Two .txt articles, one HTML page and a feed of two items.
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("ingested 5, duplicates skipped 0, failed 0"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Ingesting again stores nothing twice.
    let out = hearsay(&["ingest", "--db", db, examples().to_str().unwrap()], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ingested 0, duplicates skipped 5"));
    // The page's metadata and main text are stored; its menu and footer are not.
    let out = hearsay(&["search", "--db", db, "--json", "négocier"], None);
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits["items"][0]["speaker_ref"], "Karim Benali");
    assert_eq!(hits["items"][0]["outlet"], "La Gazette du Littoral");
    assert!(hits["items"][0]["published"]
        .as_str()
        .unwrap()
        .starts_with("2026-11-20"));
    let out = hearsay(
        &[
            "search",
            "--db",
            db,
            "--json",
            "recette OR accueil OR publicité",
        ],
        None,
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits["total"], 0, "{hits}");
    // Feed items keep their outlet and date.
    let out = hearsay(&["person", "--db", db, "--json", "Priya Raman"], None);
    let view: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = &view["statements"]["items"];
    assert_eq!(hits.as_array().unwrap().len(), 2, "{view}");
    assert_eq!(hits[0]["outlet"], "Northern Wire");
    // Any spelling the store merged finds the person; a name it does not know is an error.
    let out = hearsay(&["person", "--db", db, "--json", "raman"], None);
    let view: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(view["person"]["name"], "Priya Raman", "{view}");
    // A surname two people bear lists both instead of picking one.
    let out = hearsay(&["person", "--db", db, "Okafor"], None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("2 people match")
            && stderr.contains("Helen Okafor")
            && stderr.contains("Hélène Okafor"),
        "{stderr}"
    );
    let out = hearsay(&["person", "--db", db, "Nobody Known"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no person called \"Nobody Known\""));
    let out = hearsay(&["search", "--db", db, "--json", "contribuables"], None);
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits["items"][0]["speaker_ref"], "Hélène Okafor");
    let out = hearsay(&["people", "--db", db, "--json"], None);
    let people: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(people["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Helen Okafor" && p["statements"].as_i64() >= Some(3)));
    // A malformed query is an error that names it, not a crash.
    let out = hearsay(&["search", "--db", db, "\"oops"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid search query"));
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_the_next_run_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    let db = db.to_str().unwrap();
    let corpus = dir.path().join("many.jsonl");
    let base = std::fs::read_to_string(examples().join("harbour-bridge.txt")).unwrap();
    let mut lines = String::new();
    for n in 0..3000 {
        let text = format!("{base}\n\nCopy {n}.");
        lines.push_str(&serde_json::json!({"id": format!("a{n}"), "text": text}).to_string());
        lines.push('\n');
    }
    std::fs::write(&corpus, lines).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(["ingest", "--db", db, corpus.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wherever the kill lands (even after the end), the store must stay consistent.
    std::thread::sleep(std::time::Duration::from_millis(700));
    let _ = child.kill();
    let _ = child.wait();
    let out = hearsay(&["ingest", "--db", db, corpus.to_str().unwrap()], None);
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{summary}");
    assert!(summary.contains("holds 3000 articles"), "{summary}");
    // Every stored article has all its statements: a third run adds nothing.
    let out = hearsay(&["ingest", "--db", db, corpus.to_str().unwrap()], None);
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(
        summary.contains("ingested 0, duplicates skipped 3000"),
        "{summary}"
    );
    let out = hearsay(
        &[
            "search",
            "--db",
            db,
            "--json",
            "--limit",
            "5000",
            "\"blank cheque\"",
        ],
        None,
    );
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(hits["total"], 3000);
    assert_eq!(hits["items"].as_array().unwrap().len(), 3000);
}

#[test]
fn a_closed_pipe_ends_report_commands_quietly() {
    // `hearsay bench | head -1`: the reader is gone before the report is written.
    let examples = examples();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(["bench", "--megabytes", "1"])
        .arg(&examples)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hearsay runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
}

#[test]
fn reading_commands_refuse_a_store_that_does_not_exist_and_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("typo.db");
    let db = missing.to_str().unwrap();
    for args in [
        vec!["search", "--db", db, "word"],
        vec!["people", "--db", db],
        vec!["person", "--db", db, "Jane Doe"],
        vec!["claims", "--db", db],
        vec!["serve", "--db", db, "--addr", "127.0.0.1:0"],
    ] {
        let out = hearsay(&args, None);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("no store at {db}")) && stderr.contains("hearsay ingest"),
            "{args:?}: {stderr}"
        );
        assert!(!missing.exists(), "{args:?} created {db}");
    }
}

#[test]
fn two_ingest_runs_into_one_new_store_both_complete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    let db = db.to_str().unwrap();
    let jsonl = |run: usize| {
        let path = dir.path().join(format!("run{run}.jsonl"));
        let lines: Vec<String> = (0..600)
            .map(|k| {
                serde_json::json!({
                    "id": format!("r{run}-{k}"),
                    "lang": "en",
                    "text": format!("Notice {run}-{k}\n\n\"The ferry runs at {k} past,\" said Lea Park."),
                })
                .to_string()
            })
            .collect();
        std::fs::write(&path, lines.join("\n")).unwrap();
        path
    };
    let (first, second) = (jsonl(1), jsonl(2));
    let spawn = |input: &Path| {
        Command::new(env!("CARGO_BIN_EXE_hearsay"))
            .args(["ingest", "--db", db, input.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(&first), spawn(&second));
    for run in [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()] {
        let stdout = String::from_utf8_lossy(&run.stdout);
        assert!(
            run.status.success() && stdout.contains("ingested 600, duplicates skipped 0, failed 0"),
            "{stdout}{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    let again = hearsay(
        &[
            "ingest",
            "--db",
            db,
            first.to_str().unwrap(),
            second.to_str().unwrap(),
        ],
        None,
    );
    assert!(String::from_utf8_lossy(&again.stdout).contains("ingested 0, duplicates skipped 1200"));
}

#[test]
fn json_files_are_articles_and_other_formats_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    std::fs::write(
        path("one.json"),
        r#"{"id": "solo", "lang": "en", "text": "Title\n\n\"We will stay,\" said Ann Lee."}"#,
    )
    .unwrap();
    std::fs::write(
        path("many.json"),
        r#"[{"id": 7, "lang": "en", "text": "Title\n\n\"We go,\" said Bo Park."}, {"text": "no id"}, 3]"#,
    )
    .unwrap();
    std::fs::write(path("config.json"), r#""just a string""#).unwrap();
    std::fs::write(path("report.pdf"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").unwrap();
    std::fs::write(path("memo.docx"), b"PK\x03\x04\x14\x00\x06\x00").unwrap();
    std::fs::write(path("photo.txt"), b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let out = hearsay(
        &[
            "extract",
            &path("one.json"),
            &path("many.json"),
            &path("config.json"),
            &path("report.pdf"),
            &path("memo.docx"),
            &path("photo.txt"),
            &path("empty"),
            "https://example.com/news/story.html",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "many.json[1]: missing field `id`",
        "many.json[2]: a JSON file must hold an article",
        "config.json: a JSON file must hold an article",
        "report.pdf: a PDF document",
        "memo.docx: an office document",
        "photo.txt: an image",
        "empty: a directory with no article files",
        "https://example.com/news/story.html: a web address",
    ] {
        assert!(err.contains(expected), "{expected:?} not in:\n{err}");
    }
    let docs: Vec<String> = records(&out)
        .iter()
        .map(|r| r["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, ["solo", "7"]);
    // A directory walk leaves .json files (annotations beside articles) alone.
    let walked = dir.path().join("walked");
    std::fs::create_dir(&walked).unwrap();
    std::fs::write(walked.join("a.txt"), "Title\n\n\"We stay,\" said Ann Lee.").unwrap();
    std::fs::write(walked.join("a.json"), r#"{"quotes": []}"#).unwrap();
    let out = hearsay(&["extract", walked.to_str().unwrap()], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(records(&out).len(), 1);
}

#[test]
fn extract_gives_the_same_output_in_the_same_order_on_any_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    // More articles than one window holds, a bad one among them.
    let lines: Vec<String> = (0..600)
        .map(|k| {
            let text = if k == 300 {
                "Die Regierung hat heute beschlossen, dass die Steuern steigen werden, sagte er.".to_string()
            } else {
                format!("Notice {k}\n\n\"The ferry runs {k} times,\" said Lea Park.\n\nBo Chan said that {k} boats were late.")
            };
            serde_json::json!({"id": format!("n{k}"), "text": text}).to_string()
        })
        .collect();
    let input = dir.path().join("many.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    for format in ["jsonl", "json", "table"] {
        let run = |threads: &str| {
            hearsay(
                &[
                    "extract",
                    "--format",
                    format,
                    "--threads",
                    threads,
                    input.to_str().unwrap(),
                    examples().to_str().unwrap(),
                ],
                None,
            )
        };
        let (one, three) = (run("1"), run("3"));
        assert_eq!(one.status.code(), Some(1), "the German article fails");
        assert_eq!(three.status.code(), Some(1));
        assert!(one.stdout.len() > 10_000);
        assert!(
            one.stdout == three.stdout,
            "{format}: output differs with 3 threads"
        );
        assert!(String::from_utf8_lossy(&three.stderr).contains("many.jsonl"));
    }
}
