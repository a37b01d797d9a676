//! The OCI Distribution API (v1.1) under `/v2/` on Dockside's port: uploads, blobs,
//! manifests, tags, the catalog and referrers, over the image store ECR's API shares.
//!
//! It is not an AWS protocol and has no AWS model; it never builds AWS error shapes.

pub mod auth;
mod blob;
mod copy;
pub mod digest;
pub mod errors;
pub mod manifest;
pub mod path;
pub mod store;
pub mod upload;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, Response, StatusCode};

use crate::AppState;
use crate::clock::Clock;
use crate::storage::{Batch, Store};
use errors::{Code, RegistryError, RegistryResult, err};
use path::Route;
use store::{Images, Scope};

/// The registry: the image store, the token secret and the uploads in progress.
pub struct Registry {
    pub images: Images,
    secret: Vec<u8>,
    uploads: Mutex<HashMap<String, upload::Upload>>,
    /// Serve requests without credentials (in the default account and region).
    pub anonymous: bool,
    default_scope: Scope,
    clock: Clock,
}

const SECRET_KEY: &[u8] = b"registry-secret";

/// The query parameter that carries a password in the URLs GetDownloadUrlForLayer hands out.
pub const TOKEN_PARAM: &str = "dockside-token";

impl Registry {
    /// Opens the registry, creating its token secret on first start.
    pub fn new(
        store: Store,
        clock: Clock,
        default_scope: Scope,
        anonymous: bool,
    ) -> crate::storage::StorageResult<Registry> {
        let secret = match store.kv.get(store::NS, SECRET_KEY)? {
            Some(s) => s,
            None => {
                let s: Vec<u8> = (0..32).map(|_| fastrand::u8(..)).collect();
                let mut b = Batch::default();
                b.put(SECRET_KEY.to_vec(), s.clone());
                store.kv.apply(store::NS, b)?;
                s
            }
        };
        Ok(Registry {
            images: Images::new(store),
            secret,
            uploads: Mutex::new(HashMap::new()),
            anonymous,
            default_scope,
            clock,
        })
    }

    /// A registry password for `scope`, valid `ttl_ms`; returns it with its expiry.
    pub fn mint(&self, scope: &Scope, ttl_ms: i64) -> (String, i64) {
        self.mint_for(scope, None, ttl_ms)
    }

    /// A registry password for `scope` issued to `principal` (an IAM ARN).
    pub fn mint_for(&self, scope: &Scope, principal: Option<&str>, ttl_ms: i64) -> (String, i64) {
        let expires = self.clock.now_millis() + ttl_ms;
        (auth::mint(&self.secret, scope, principal, expires), expires)
    }

    pub fn now(&self) -> i64 {
        self.clock.now_millis()
    }

    /// The clock the registry runs on (ECR's background work shares it).
    pub fn clock(&self) -> crate::clock::Clock {
        self.clock.clone()
    }

    /// Forgets uploads in progress (after a reset).
    pub fn reset(&self) {
        self.uploads
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// Who is asking: the grant of a valid token, the host's account and region when the
    /// host names them, or the default scope when anonymous access is on.
    fn authenticate(
        &self,
        headers: &HeaderMap,
        query: &HashMap<String, String>,
    ) -> RegistryResult<auth::Grant> {
        let host_scope = headers
            .get("host")
            .and_then(|h| h.to_str().ok())
            .and_then(host_scope);
        let header = headers.get("authorization").and_then(|h| h.to_str().ok());
        let from_query = query.get(TOKEN_PARAM).cloned();
        let grant = match (header, from_query) {
            (Some(_), _) | (None, Some(_)) => {
                let password = match (header, query.get(TOKEN_PARAM)) {
                    (Some(h), _) => auth::basic_password(h).ok_or_else(|| {
                        err(Code::Unauthorized, "Your authorization token is not valid: use the user AWS and a password from GetAuthorizationToken.")
                    })?,
                    (None, Some(t)) => t.clone(),
                    (None, None) => unreachable!(),
                };
                auth::verify(&self.secret, &password, self.now()).map_err(|r| match r {
                    auth::Refusal::Expired => err(
                        Code::Unauthorized,
                        "Your authorization token has expired. Reauthenticate and try again.",
                    ),
                    _ => err(Code::Unauthorized, "Your authorization token is invalid."),
                })?
            }
            (None, None) if self.anonymous => auth::Grant {
                scope: host_scope
                    .clone()
                    .unwrap_or_else(|| self.default_scope.clone()),
                principal: None,
            },
            (None, None) => return Err(err(Code::Unauthorized, "authentication required")),
        };
        if let Some(h) = host_scope
            && h != grant.scope
        {
            return Err(err(
                Code::Denied,
                format!(
                    "Your authorization token is for account {} in {}; this registry belongs to account {} in {}.",
                    grant.scope.account, grant.scope.region, h.account, h.region
                ),
            ));
        }
        Ok(grant)
    }
}

/// `<account>.dkr.ecr.<region>.<anything>[:port]` names its account and region.
fn host_scope(host: &str) -> Option<Scope> {
    let name = host.rsplit_once(':').map_or(host, |(n, _)| n);
    let parts: Vec<&str> = name.split('.').collect();
    match parts.as_slice() {
        [account, "dkr", "ecr", region, ..]
            if account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(Scope {
                account: (*account).to_string(),
                region: (*region).to_string(),
            })
        }
        _ => None,
    }
}

/// A response with the registry's standard headers.
pub fn reply(status: StatusCode, headers: &[(&str, String)], body: Body) -> Response<Body> {
    let mut r = Response::new(body);
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(
        "docker-distribution-api-version",
        HeaderValue::from_static("registry/2.0"),
    );
    for (k, v) in headers {
        if let (Ok(name), Ok(value)) = (
            axum::http::HeaderName::from_bytes(k.as_bytes()),
            HeaderValue::from_str(v),
        ) {
            h.insert(name, value);
        }
    }
    r
}

fn realm(headers: &HeaderMap) -> String {
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    format!("http://{host}/")
}

/// Every `/v2/` request.
pub async fn handle(
    State(state): State<Arc<AppState>>,
    req: axum::http::Request<Body>,
) -> Response<Body> {
    let (parts, body) = req.into_parts();
    let realm = realm(&parts.headers);
    match route(&state, &parts.method, &parts.uri, &parts.headers, body).await {
        Ok(r) => r,
        Err(e) => {
            if e.status.is_some_and(|s| s.is_server_error()) {
                tracing::error!(code = e.code.as_str(), "registry: {}", e.message);
            } else {
                tracing::debug!(code = e.code.as_str(), "registry: {}", e.message);
            }
            e.into_response(&realm)
        }
    }
}

async fn route(
    state: &Arc<AppState>,
    method: &Method,
    uri: &axum::http::Uri,
    headers: &HeaderMap,
    body: Body,
) -> RegistryResult<Response<Body>> {
    let reg = &state.registry;
    let route = path::parse(uri.path()).ok_or_else(|| {
        err(
            Code::Unsupported,
            format!("no registry endpoint at {}", uri.path()),
        )
        .with_status(StatusCode::NOT_FOUND)
    })?;
    let query: HashMap<String, String> =
        form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let auth::Grant { scope, principal } = reg.authenticate(headers, &query)?;
    if let Route::Manifest(n, r) = &route
        && matches!(*method, Method::GET | Method::HEAD)
        && path::valid_name(n)
    {
        state.services.ecr.pull_through(&scope, n, r).await;
    }
    let name = match &route {
        Route::Base | Route::Catalog => None,
        Route::Tags(n)
        | Route::Manifest(n, _)
        | Route::Blob(n, _)
        | Route::Uploads(n)
        | Route::Upload(n, _)
        | Route::Referrers(n, _) => Some(n.clone()),
    };
    let repo = match &name {
        Some(n) => {
            if !path::valid_name(n) {
                return Err(err(
                    Code::NameInvalid,
                    format!("invalid repository name {n:?}"),
                ));
            }
            let found = match reg.images.repo(&scope, n)? {
                Some(r) => Some(r),
                None => state
                    .services
                    .ecr
                    .missing_repo(&scope, n, pushing(&route, method)),
            };
            Some(found.ok_or_else(|| {
                err(
                    Code::NameUnknown,
                    format!("The repository with name '{n}' does not exist in the registry with id '{}'", scope.account),
                )
            })?)
        }
        None => None,
    };
    let ctx = Ctx {
        reg,
        state,
        scope,
        principal,
        query,
        headers,
    };
    let m = method.clone();
    match (route, m) {
        (Route::Base, Method::GET | Method::HEAD) => Ok(reply(
            StatusCode::OK,
            &[("content-type", "application/json".into())],
            Body::from("{}"),
        )),
        (Route::Catalog, Method::GET) => manifest::catalog(&ctx),
        (Route::Tags(n), Method::GET) => manifest::tags(&ctx, &n),
        (Route::Manifest(_, r), Method::GET) => {
            manifest::get(&ctx, repo.as_ref().unwrap(), &r, true)
        }
        (Route::Manifest(_, r), Method::HEAD) => {
            manifest::get(&ctx, repo.as_ref().unwrap(), &r, false)
        }
        (Route::Manifest(_, r), Method::PUT) => {
            manifest::put(&ctx, repo.as_ref().unwrap(), &r, body).await
        }
        (Route::Manifest(_, r), Method::DELETE) => {
            manifest::delete(&ctx, repo.as_ref().unwrap(), &r)
        }
        (Route::Referrers(n, d), Method::GET) => manifest::referrers(&ctx, &n, &d),
        (Route::Blob(n, d), Method::GET) => blob::get(&ctx, &n, &d, true),
        (Route::Blob(n, d), Method::HEAD) => blob::get(&ctx, &n, &d, false),
        (Route::Blob(..), Method::DELETE) => Err(err(
            Code::Unsupported,
            "ECR does not delete blobs directly: delete images, and unreferenced layers are collected.",
        )),
        (Route::Uploads(n), Method::POST) => upload::start(&ctx, &n, body).await,
        (Route::Upload(n, id), Method::PATCH) => upload::patch(&ctx, &n, &id, body).await,
        (Route::Upload(n, id), Method::PUT) => upload::finish(&ctx, &n, &id, body).await,
        (Route::Upload(n, id), Method::GET) => upload::status(&ctx, &n, &id),
        (Route::Upload(n, id), Method::DELETE) => upload::cancel(&ctx, &n, &id),
        (_, m) => Err(err(Code::Unsupported, format!("{m} is not supported here"))),
    }
}

/// True for the requests of a push (uploads and manifest writes).
fn pushing(route: &Route, method: &Method) -> bool {
    matches!(
        (route, method),
        (Route::Uploads(_), &Method::POST)
            | (Route::Manifest(..), &Method::PUT)
            | (Route::Upload(..), _)
    )
}

/// What a registry handler works with.
pub struct Ctx<'a> {
    pub reg: &'a Registry,
    pub state: &'a Arc<AppState>,
    pub scope: Scope,
    /// The IAM principal the token was issued to, when it says.
    pub principal: Option<String>,
    pub query: HashMap<String, String>,
    pub headers: &'a HeaderMap,
}

impl Ctx<'_> {
    /// Makes writes durable before the answer that acknowledges them.
    pub async fn persist(&self) -> RegistryResult<()> {
        crate::gateway::persist(self.state).await.map_err(|e| {
            err(Code::Unsupported, e.message).with_status(StatusCode::INTERNAL_SERVER_ERROR)
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

impl From<RegistryError> for crate::error::AwsError {
    fn from(e: RegistryError) -> Self {
        crate::error::AwsError::internal(e.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_style_names() {
        assert_eq!(
            host_scope("123456789012.dkr.ecr.eu-west-1.localhost:4566"),
            Some(Scope {
                account: "123456789012".into(),
                region: "eu-west-1".into()
            })
        );
        assert_eq!(host_scope("localhost:4566"), None);
        assert_eq!(host_scope("12.dkr.ecr.x.localhost"), None);
    }
}
