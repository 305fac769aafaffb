//! The JSON API: search, articles, people and claims, each one store query, and the OpenAPI
//! document that describes them. Errors are JSON `{"error": ...}` with a 4xx or 5xx status.

use std::sync::Arc;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use hearsay_store::{
    ArticleSummary, ArticleView, Claim, Hit, Page, Person, PersonView, Store, StoreError, Window,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::Readers;

/// Longest full-text query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 500;
/// Most rows one request returns.
pub const MAX_LIMIT: usize = 500;

/// An error as the API reports it.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

/// The body of every error response.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    error: String,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: String) -> ApiError {
        ApiError { status, message }
    }

    pub(crate) fn internal(message: String) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    fn bad_request(message: String) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    fn not_found(message: String) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Query { .. } => ApiError::bad_request(e.to_string()),
            other => ApiError::internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorBody {
                error: self.message,
            }),
        )
            .into_response()
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// A query string that does not parse ("limit=abc", no "q") is the client's error, in JSON.
fn bad_query(e: QueryRejection) -> ApiError {
    ApiError::bad_request(e.body_text())
}

/// The window a request asks for, checked: a limit in 1..=MAX_LIMIT (else `default`) from
/// an offset (else 0).
fn window(limit: Option<usize>, offset: Option<usize>, default: usize) -> Result<Window, ApiError> {
    let limit = match limit {
        None => default,
        Some(n) if (1..=MAX_LIMIT).contains(&n) => n,
        Some(n) => {
            return Err(ApiError::bad_request(format!(
                "limit {n} is outside 1..={MAX_LIMIT}"
            )))
        }
    };
    Ok(Window {
        offset: offset.unwrap_or(0),
        limit,
    })
}

/// Search parameters.
#[derive(Deserialize, IntoParams)]
pub struct SearchParams {
    /// Full-text query (SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*); accents
    /// and case do not matter; not blank.
    #[param(min_length = 1, max_length = 500, pattern = r"\S")]
    q: String,
    /// Most hits returned (1–500, default 50).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<usize>,
    /// Hits skipped, to page through all of them (default 0).
    #[param(minimum = 0)]
    offset: Option<usize>,
}

/// Statements that match a query, newest article first.
#[derive(Serialize, ToSchema)]
pub struct SearchResult {
    /// The query as given.
    query: String,
    /// How many statements match in all.
    total: i64,
    /// Hits skipped before these.
    offset: usize,
    /// The matching statements of this page.
    hits: Vec<Hit>,
}

#[utoipa::path(get, path = "/api/search", params(SearchParams),
    responses((status = 200, body = SearchResult), (status = 400, description = "empty, too long or malformed query", body = ErrorBody)))]
async fn search(
    State(readers): State<Arc<Readers>>,
    params: Result<Query<SearchParams>, QueryRejection>,
) -> ApiResult<SearchResult> {
    let Query(params) = params.map_err(bad_query)?;
    let query = params.q.trim().to_string();
    if query.is_empty() {
        return Err(ApiError::bad_request("the query q is empty".into()));
    }
    let chars = query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(ApiError::bad_request(format!(
            "the query has {chars} characters; at most {MAX_QUERY_CHARS} are accepted"
        )));
    }
    let window = window(params.limit, params.offset, 50)?;
    let q = query.clone();
    let page = readers.run(move |s: &Store| s.search(&q, window)).await?;
    Ok(Json(SearchResult {
        query,
        total: page.total,
        offset: page.offset,
        hits: page.items,
    }))
}

/// Listing parameters.
#[derive(Deserialize, IntoParams)]
pub struct ListParams {
    /// Most rows returned (1–500, default 100).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<usize>,
    /// Rows skipped, to page through all of them (default 0).
    #[param(minimum = 0)]
    offset: Option<usize>,
}

#[utoipa::path(get, path = "/api/articles", params(ListParams),
    responses((status = 200, body = Page<ArticleSummary>), (status = 400, body = ErrorBody)))]
async fn articles(
    State(readers): State<Arc<Readers>>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> ApiResult<Page<ArticleSummary>> {
    let Query(params) = params.map_err(bad_query)?;
    let window = window(params.limit, params.offset, 100)?;
    Ok(Json(readers.run(move |s| s.articles(window)).await?))
}

#[utoipa::path(get, path = "/api/articles/{id}", params(("id" = i64, Path, description = "article id")),
    responses((status = 200, body = ArticleView), (status = 400, description = "the id is no integer", body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn article(
    State(readers): State<Arc<Readers>>,
    id: Result<Path<i64>, PathRejection>,
) -> ApiResult<ArticleView> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(format!("article id: {e}")))?;
    readers
        .run(move |s| s.article(id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no article {id}")))
}

#[utoipa::path(get, path = "/api/people", params(ListParams),
    responses((status = 200, body = Page<Person>), (status = 400, body = ErrorBody)))]
async fn people(
    State(readers): State<Arc<Readers>>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> ApiResult<Page<Person>> {
    let Query(params) = params.map_err(bad_query)?;
    let window = window(params.limit, params.offset, 100)?;
    Ok(Json(readers.run(move |s| s.people(window)).await?))
}

#[utoipa::path(get, path = "/api/people/{id}", params(("id" = i64, Path, description = "person id"), ListParams),
    responses((status = 200, body = PersonView), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn person(
    State(readers): State<Arc<Readers>>,
    id: Result<Path<i64>, PathRejection>,
    params: Result<Query<ListParams>, QueryRejection>,
) -> ApiResult<PersonView> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(format!("person id: {e}")))?;
    let Query(params) = params.map_err(bad_query)?;
    let window = window(params.limit, params.offset, 100)?;
    readers
        .run(move |s| s.person_by_id(id, window))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no person {id}")))
}

/// Claims parameters.
#[derive(Deserialize, IntoParams)]
pub struct ClaimsParams {
    /// Only claims whose text or counted noun contains these words.
    #[param(max_length = 500)]
    about: Option<String>,
    /// Most rows returned (1–500, default 100).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<usize>,
    /// Rows skipped, to page through all of them (default 0).
    #[param(minimum = 0)]
    offset: Option<usize>,
}

#[utoipa::path(get, path = "/api/claims", params(ClaimsParams),
    responses((status = 200, body = Page<Claim>), (status = 400, body = ErrorBody)))]
async fn claims(
    State(readers): State<Arc<Readers>>,
    params: Result<Query<ClaimsParams>, QueryRejection>,
) -> ApiResult<Page<Claim>> {
    let Query(params) = params.map_err(bad_query)?;
    let window = window(params.limit, params.offset, 100)?;
    let about = params
        .about
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty());
    if let Some(a) = &about {
        if a.chars().count() > MAX_QUERY_CHARS {
            return Err(ApiError::bad_request(format!(
                "about is longer than {MAX_QUERY_CHARS} characters"
            )));
        }
    }
    Ok(Json(
        readers
            .run(move |s| s.claims(about.as_deref(), window))
            .await?,
    ))
}

/// The OpenAPI document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "hearsay",
        description = "Who said what in the news: statements, speakers and numeric claims."
    ),
    paths(search, articles, article, people, person, claims),
    modifiers(&CommonResponses),
    components(schemas(
        ErrorBody,
        SearchResult,
        Hit,
        ArticleSummary,
        ArticleView,
        Person,
        PersonView,
        Claim
    ))
)]
pub struct ApiDoc;

/// The responses any request may get whatever its route: the request target too long (414),
/// its headers too large (431, from the HTTP layer, without a body) and a failure of the
/// store (500).
struct CommonResponses;

impl utoipa::Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
        let json = || {
            ContentBuilder::new()
                .schema(Some(RefOr::Ref(Ref::from_schema_name("ErrorBody"))))
                .build()
        };
        let common = [
            ("414", "the request target is longer than 4 KB", true),
            ("431", "the request headers are too large", false),
            ("500", "the store failed", true),
        ];
        for item in openapi.paths.paths.values_mut() {
            for operation in item.get.iter_mut() {
                for (code, description, body) in common {
                    let mut response = ResponseBuilder::new().description(description);
                    if body {
                        response = response.content("application/json", json());
                    }
                    operation
                        .responses
                        .responses
                        .entry(code.to_string())
                        .or_insert_with(|| RefOr::T(response.build()));
                }
            }
        }
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

async fn unknown() -> ApiError {
    ApiError::not_found("no such API route".into())
}

pub(crate) fn routes(readers: Arc<Readers>) -> Router {
    Router::new()
        .route("/api/search", get(search))
        .route("/api/articles", get(articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/people", get(people))
        .route("/api/people/{id}", get(person))
        .route("/api/claims", get(claims))
        .route("/api/openapi.json", get(openapi))
        .route("/api/{*rest}", get(unknown))
        .with_state(readers)
}
