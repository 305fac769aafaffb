//! The HTTP API end to end, in process: status codes, JSON shapes, bounds and headers.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// A router over a fresh store holding two articles.
fn app() -> (axum::Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let engine = hearsay_engine::Engine::new().unwrap();
    let mut store = hearsay_store::Store::open(&db).unwrap();
    for (id, text) in [
        ("a", "Council delays vote\n\n\"We cannot sign a blank cheque,\" Mayor Helen Okafor said. She said that 9,000 residents had signed."),
        ("b", "Vote <b>today</b>\n\n« Nous voyons ces éléments », a déclaré Vadym Skibitsky."),
    ] {
        store
            .ingest(&engine, &hearsay_store::NewArticle { doc_id: id, text, ..Default::default() })
            .unwrap();
    }
    (hearsay_server::router(&db, 2).unwrap(), dir)
}

async fn get(
    app: &axum::Router,
    uri: &str,
) -> (StatusCode, serde_json::Value, axum::http::HeaderMap) {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    (status, json, headers)
}

#[tokio::test]
async fn search_finds_statements_with_speaker_and_article() {
    let (app, _dir) = app();
    let (status, body, headers) = get(&app, "/api/search?q=elements").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (body["total"].as_i64(), body["offset"].as_i64()),
        (Some(1), Some(0))
    );
    let hit = &body["hits"][0];
    assert_eq!(hit["speaker_ref"], "Vadym Skibitsky");
    assert_eq!(hit["title"], "Vote <b>today</b>");
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("script-src 'self'"));
}

#[tokio::test]
async fn bad_queries_are_400_with_a_message() {
    let (app, _dir) = app();
    for uri in [
        "/api/search?q=%22unbalanced",
        "/api/search?q=",
        "/api/search?q=a%20AND",
        "/api/search?q=x&limit=0",
        "/api/search?q=x&limit=100000",
        "/api/search?q=x&limit=abc",
        "/api/search?q=x&offset=-1",
        "/api/articles?offset=many",
        "/api/people/1?limit=0",
        "/api/search",
        "/api/articles/abc",
        "/api/people/1.5",
        &format!("/api/search?q={}", "word%20".repeat(200)),
    ] {
        let (status, body, _) = get(&app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
        assert!(
            body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{uri}: {body}"
        );
    }
    let (status, _, _) = get(&app, &format!("/api/search?q={}", "a".repeat(5000))).await;
    assert_eq!(status, StatusCode::URI_TOO_LONG);
}

#[tokio::test]
async fn articles_people_and_claims() {
    let (app, _dir) = app();
    let (_, list, _) = get(&app, "/api/articles").await;
    assert_eq!(
        (
            list["total"].as_i64(),
            list["items"].as_array().unwrap().len()
        ),
        (Some(2), 2)
    );
    let id = list["items"][0]["id"].as_i64().unwrap();
    let (status, article, _) = get(&app, &format!("/api/articles/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!article["statements"].as_array().unwrap().is_empty());
    let (status, body, _) = get(&app, "/api/articles/424242").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");

    let (_, people, _) = get(&app, "/api/people").await;
    let okafor = people["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Helen Okafor")
        .expect("Helen Okafor is listed");
    let (status, person, _) = get(&app, &format!("/api/people/{}", okafor["id"])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(person["statements"]["total"], 2);
    assert_eq!(person["statements"]["items"].as_array().unwrap().len(), 2);
    let uri = format!("/api/people/{}?limit=1&offset=1", okafor["id"]);
    let (_, second, _) = get(&app, &uri).await;
    assert_eq!(second["statements"]["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        second["statements"]["items"][0],
        person["statements"]["items"][1]
    );

    let (_, claims, _) = get(&app, "/api/claims?about=residents").await;
    assert_eq!(claims["items"][0]["value"], 9000.0);
    assert_eq!(claims["items"][0]["source_ref"], "Helen Okafor");
}

#[tokio::test]
async fn openapi_document_describes_every_route() {
    let (app, _dir) = app();
    let (status, doc, _) = get(&app, "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    for path in [
        "/api/search",
        "/api/articles",
        "/api/articles/{id}",
        "/api/people",
        "/api/people/{id}",
        "/api/claims",
    ] {
        let operation = &doc["paths"][path]["get"];
        assert!(operation.is_object(), "{path} missing");
        // Every status the server can answer is documented.
        for status in ["200", "400", "414", "431", "500"] {
            assert!(
                operation["responses"][status].is_object(),
                "{path} does not document {status}"
            );
        }
        // A limit says what the server accepts.
        if let Some(params) = operation["parameters"].as_array() {
            for p in params.iter().filter(|p| p["name"] == "limit") {
                assert_eq!(p["schema"]["maximum"], 500, "{path}: {p}");
                assert_eq!(p["schema"]["minimum"], 1, "{path}: {p}");
            }
        }
    }
    let (status, _, _) = get(&app, "/api/nothing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_page_and_its_assets_are_served() {
    let (app, _dir) = app();
    for (uri, kind) in [
        ("/", "text/html"),
        ("/app.js", "text/javascript"),
        ("/app.css", "text/css"),
    ] {
        let response = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        assert!(response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with(kind));
    }
}
