//! The hearsay web service: a read-only JSON API over the store, its OpenAPI document, and the
//! web page that shows who said what. Handlers are thin: each runs one store query.
//!
//! Store queries are blocking SQLite calls, so they run on tokio's blocking pool, each on one
//! of a fixed set of read connections (WAL lets them read while `hearsay ingest` writes).
#![warn(missing_docs)]

mod api;
mod page;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use hearsay_store::{Store, StoreError};

pub use api::ApiDoc;

/// Longest request target (path and query) accepted, in bytes: queries are short, and a
/// bound keeps a hostile client from making the server parse megabytes.
pub const MAX_URI_BYTES: usize = 4096;

/// What can stop the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The store could not be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The address could not be bound or the server failed while running.
    #[error("{addr}: {source}")]
    Io {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

/// A fixed set of read connections to the store, handed out round robin.
struct Readers {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl Readers {
    fn open(db: &Path, count: usize) -> Result<Readers, StoreError> {
        let stores = (0..count.max(1))
            .map(|_| Store::open_existing(db).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Readers {
            stores,
            next: AtomicUsize::new(0),
        })
    }

    /// Runs `query` on a free connection (else the next in turn) on the blocking pool.
    async fn run<T, F>(self: &Arc<Self>, query: F) -> Result<T, api::ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let readers = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let n = readers.stores.len();
            let start = readers.next.fetch_add(1, Ordering::Relaxed);
            let free = (0..n).find_map(|k| readers.stores[(start + k) % n].try_lock().ok());
            let guard = match free {
                Some(guard) => guard,
                // A poisoned lock only means another query panicked; the connection is fine.
                None => readers.stores[start % n]
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()),
            };
            query(&guard).map_err(api::ApiError::from)
        })
        .await
        .map_err(|e| api::ApiError::internal(format!("query task failed: {e}")))?
    }
}

/// The whole service: API, OpenAPI document and web page, over the store at `db`.
pub fn router(db: &Path, readers: usize) -> Result<Router, ServerError> {
    let readers = Arc::new(Readers::open(db, readers)?);
    Ok(Router::new()
        .merge(api::routes(readers))
        .merge(page::routes())
        .layer(axum::middleware::from_fn(guard)))
}

/// Bounds request targets and sets the headers that keep browsers from running anything the
/// page did not ship (article text is untrusted).
async fn guard(request: Request, next: Next) -> Response {
    let target = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if target > MAX_URI_BYTES {
        return api::ApiError::new(
            StatusCode::URI_TOO_LONG,
            format!("request target of {target} bytes exceeds {MAX_URI_BYTES}"),
        )
        .into_response();
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// Serves until Ctrl-C. `readers` read connections share the queries.
pub async fn serve(db: PathBuf, addr: SocketAddr, readers: usize) -> Result<(), ServerError> {
    let app = router(&db, readers)?;
    let io = |source| ServerError::Io { addr, source };
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(io)?;
    let bound = listener.local_addr().map_err(io)?;
    eprintln!(
        "hearsay: serving {} on http://{bound}/ (Ctrl-C stops)",
        db.display()
    );
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(io)
}

/// Serves until Ctrl-C on a runtime of its own: for callers that are not async.
pub fn serve_blocking(db: PathBuf, addr: SocketAddr, readers: usize) -> Result<(), ServerError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| ServerError::Io { addr, source })?;
    runtime.block_on(serve(db, addr, readers))
}
