//! The OCI registry under `/v2/`, driven over HTTP through the router: auth, every upload
//! style, manifests and indexes, tags, catalog, referrers, and the spec's errors. Digests and
//! media types are checked on every answer.
//!
//! It never reaches into the store: what it checks is what a client sees.

use std::sync::Arc;

use axum::body::Body;
use base64::Engine as _;
use dockside::registry::digest::Digest;
use dockside::registry::store::Scope;
use dockside::{AppState, Config};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use sha2::Digest as _;
use tower::ServiceExt;

struct Reg {
    app: axum::Router,
    state: Arc<AppState>,
    auth: String,
}

struct Answer {
    status: u16,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap())
            .unwrap_or("")
    }
    fn code(&self) -> String {
        let v: Value = serde_json::from_slice(&self.body).unwrap_or(Value::Null);
        v["errors"][0]["code"].as_str().unwrap_or("").to_string()
    }
}

fn basic(password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("AWS:{password}"))
    )
}

impl Reg {
    async fn new() -> Reg {
        let state = AppState::open(Config::ephemeral()).unwrap();
        let scope = Scope {
            account: "000000000000".into(),
            region: "us-east-1".into(),
        };
        let (pw, _) = state.registry.mint(&scope, 3_600_000);
        let reg = Reg {
            app: dockside::app(state.clone()),
            state,
            auth: basic(&pw),
        };
        reg.create_repo("app", "MUTABLE").await;
        reg
    }

    async fn send(
        &self,
        method: &str,
        uri: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
        auth: Option<&str>,
    ) -> Answer {
        let mut req = http::Request::builder()
            .method(method)
            .uri(uri)
            .header("host", "localhost:4566");
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let resp = self
            .app
            .clone()
            .oneshot(req.body(Body::from(body)).unwrap())
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        Answer {
            status,
            headers,
            body,
        }
    }

    async fn call(
        &self,
        method: &str,
        uri: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Answer {
        let auth = self.auth.clone();
        self.send(method, uri, headers, body, Some(&auth)).await
    }

    async fn ecr(&self, op: &str, body: Value) -> (u16, Value) {
        let a = self
            .send(
                "POST",
                "/",
                &[
                    ("x-amz-target", &format!("AmazonEC2ContainerRegistry_V20150921.{op}")),
                    ("content-type", "application/x-amz-json-1.1"),
                ],
                body.to_string().into_bytes(),
                Some("AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=0"),
            )
            .await;
        (
            a.status,
            serde_json::from_slice(&a.body).unwrap_or(Value::Null),
        )
    }

    async fn create_repo(&self, name: &str, mutability: &str) {
        let (s, v) = self
            .ecr(
                "CreateRepository",
                json!({"repositoryName": name, "imageTagMutability": mutability}),
            )
            .await;
        assert_eq!(s, 200, "{v}");
    }

    /// Pushes a blob monolithically; returns its digest.
    async fn blob(&self, repo: &str, data: &[u8]) -> String {
        let d = Digest::of(data).to_string();
        let a = self
            .call(
                "POST",
                &format!("/v2/{repo}/blobs/uploads/?digest={d}"),
                &[],
                data.to_vec(),
            )
            .await;
        assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
        assert_eq!(a.header("docker-content-digest"), d);
        d
    }

    /// Pushes an image (config + one layer) under `tag`; returns the manifest and its digest.
    async fn image(&self, repo: &str, tag: &str, layer: &[u8]) -> (Vec<u8>, String) {
        let config = self
            .blob(repo, br#"{"architecture":"amd64","os":"linux"}"#)
            .await;
        let l = self.blob(repo, layer).await;
        let manifest = json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config, "size": 38},
            "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": l, "size": layer.len()}]
        })
        .to_string()
        .into_bytes();
        let a = self
            .call(
                "PUT",
                &format!("/v2/{repo}/manifests/{tag}"),
                &[("content-type", "application/vnd.oci.image.manifest.v1+json")],
                manifest.clone(),
            )
            .await;
        assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
        let d = Digest::of(&manifest).to_string();
        assert_eq!(a.header("docker-content-digest"), d);
        (manifest, d)
    }
}

#[tokio::test]
async fn auth_challenge_tokens_and_accounts() {
    let r = Reg::new().await;
    let a = r.send("GET", "/v2/", &[], vec![], None).await;
    assert_eq!(a.status, 401);
    assert_eq!(
        a.header("www-authenticate"),
        "Basic realm=\"http://localhost:4566/\",service=\"ecr.amazonaws.com\""
    );
    assert_eq!(a.header("docker-distribution-api-version"), "registry/2.0");
    assert_eq!(a.code(), "UNAUTHORIZED");
    assert_eq!(r.call("GET", "/v2/", &[], vec![]).await.status, 200);
    let scope = Scope {
        account: "000000000000".into(),
        region: "us-east-1".into(),
    };
    let (expired, _) = r.state.registry.mint(&scope, -1);
    let a = r
        .send("GET", "/v2/", &[], vec![], Some(&basic(&expired)))
        .await;
    assert_eq!((a.status, a.code()), (401, "UNAUTHORIZED".to_string()));
    let forged =
        basic("eyJhIjoiMDAwMDAwMDAwMDAwIiwiciI6InVzLWVhc3QtMSIsImUiOjk5OTk5OTk5OTk5OTl9.00");
    assert_eq!(
        r.send("GET", "/v2/", &[], vec![], Some(&forged))
            .await
            .status,
        401
    );
    // A token of one account on another account's host-style registry name.
    let req = http::Request::builder()
        .uri("/v2/_catalog")
        .header("host", "111122223333.dkr.ecr.us-east-1.localhost:4566")
        .header("authorization", &r.auth)
        .body(Body::empty())
        .unwrap();
    let resp = r.app.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), 403);
    let body = resp.into_body().collect().await.unwrap().to_bytes();
    assert!(String::from_utf8_lossy(&body).contains("\"DENIED\""));
}

#[tokio::test]
async fn upload_styles_and_their_errors() {
    let r = Reg::new().await;
    r.create_repo("other", "MUTABLE").await;
    // Unknown and invalid repositories.
    let a = r.call("POST", "/v2/nope/blobs/uploads/", &[], vec![]).await;
    assert_eq!((a.status, a.code()), (404, "NAME_UNKNOWN".to_string()));
    let a = r
        .call("POST", "/v2/Bad_Name/blobs/uploads/", &[], vec![])
        .await;
    assert_eq!((a.status, a.code()), (400, "NAME_INVALID".to_string()));

    // Monolithic, then read back with HEAD, GET and a range.
    let data: Vec<u8> = (0..700_000u32).map(|i| (i % 253) as u8).collect();
    let d = r.blob("app", &data).await;
    let h = r
        .call("HEAD", &format!("/v2/app/blobs/{d}"), &[], vec![])
        .await;
    assert_eq!((h.status, h.header("content-length")), (200, "700000"));
    let g = r
        .call("GET", &format!("/v2/app/blobs/{d}"), &[], vec![])
        .await;
    assert_eq!(g.body, data);
    let part = r
        .call(
            "GET",
            &format!("/v2/app/blobs/{d}"),
            &[("range", "bytes=262140-262149")],
            vec![],
        )
        .await;
    assert_eq!(
        (part.status, part.body.as_slice()),
        (206, &data[262_140..262_150])
    );

    // Chunked with Content-Range, an out-of-order chunk refused, status, then PUT.
    let a = r.call("POST", "/v2/app/blobs/uploads/", &[], vec![]).await;
    assert_eq!((a.status, a.header("range")), (202, "0-0"));
    let loc = a.header("location").to_string();
    let a = r
        .call(
            "PATCH",
            &loc,
            &[
                ("content-range", "0-9"),
                ("content-type", "application/octet-stream"),
            ],
            b"0123456789".to_vec(),
        )
        .await;
    assert_eq!((a.status, a.header("range")), (202, "0-9"));
    let a = r
        .call(
            "PATCH",
            &loc,
            &[("content-range", "20-29")],
            b"abcdefghij".to_vec(),
        )
        .await;
    assert_eq!(a.status, 416);
    let a = r.call("GET", &loc, &[], vec![]).await;
    assert_eq!((a.status, a.header("range")), (204, "0-9"));
    r.call(
        "PATCH",
        &loc,
        &[("content-range", "10-19")],
        b"abcdefghij".to_vec(),
    )
    .await;
    let whole = b"0123456789abcdefghijKLM".to_vec();
    let bad = r
        .call(
            "PUT",
            &format!("{loc}?digest={}", Digest::of(b"nope")),
            &[],
            b"KLM".to_vec(),
        )
        .await;
    assert_eq!(
        (bad.status, bad.code()),
        (400, "DIGEST_INVALID".to_string())
    );
    let gone = r.call("GET", &loc, &[], vec![]).await;
    assert_eq!(
        (gone.status, gone.code()),
        (404, "BLOB_UPLOAD_UNKNOWN".to_string()),
        "a failed upload is discarded"
    );
    let h = r
        .call(
            "HEAD",
            &format!("/v2/app/blobs/{}", Digest::of(&whole)),
            &[],
            vec![],
        )
        .await;
    assert_eq!(h.status, 404, "nothing stored half-way");

    // Streamed PATCH without a range (docker's way), then PUT with the digest: the retry works.
    let a = r.call("POST", "/v2/app/blobs/uploads/", &[], vec![]).await;
    let loc = a.header("location").to_string();
    r.call("PATCH", &loc, &[], whole[..20].to_vec()).await;
    let a = r
        .call(
            "PUT",
            &format!("{loc}?digest={}", Digest::of(&whole)),
            &[],
            whole[20..].to_vec(),
        )
        .await;
    assert_eq!(a.status, 201);
    assert_eq!(
        a.header("location"),
        format!("/v2/app/blobs/{}", Digest::of(&whole))
    );

    // Cancel.
    let a = r.call("POST", "/v2/app/blobs/uploads/", &[], vec![]).await;
    let loc = a.header("location").to_string();
    assert_eq!(r.call("DELETE", &loc, &[], vec![]).await.status, 204);
    assert_eq!(
        r.call("PATCH", &loc, &[], b"x".to_vec()).await.code(),
        "BLOB_UPLOAD_UNKNOWN"
    );

    // Mounting is off until the account enables BLOB_MOUNTING, as on ECR: a normal
    // upload starts instead.
    let a = r
        .call(
            "POST",
            &format!("/v2/other/blobs/uploads/?mount={d}&from=app"),
            &[],
            vec![],
        )
        .await;
    assert_eq!(a.status, 202, "BLOB_MOUNTING is DISABLED by default");
    let (st, v) = r
        .ecr(
            "PutAccountSetting",
            json!({"name": "BLOB_MOUNTING", "value": "ENABLED"}),
        )
        .await;
    assert_eq!(st, 200, "{v}");

    // Mount from a repository that has the blob, and from one that has not.
    let a = r
        .call(
            "POST",
            &format!("/v2/other/blobs/uploads/?mount={d}&from=app"),
            &[],
            vec![],
        )
        .await;
    assert_eq!(a.status, 201);
    assert_eq!(
        r.call("HEAD", &format!("/v2/other/blobs/{d}"), &[], vec![])
            .await
            .status,
        200
    );
    let fresh = Digest::of(b"unmounted").to_string();
    let a = r
        .call(
            "POST",
            &format!("/v2/other/blobs/uploads/?mount={fresh}&from=app"),
            &[],
            vec![],
        )
        .await;
    assert_eq!(
        a.status, 202,
        "no such blob to mount: a normal upload starts"
    );

    // sha512.
    let mut h = sha2::Sha512::new();
    h.update(b"five twelve");
    let d512 = format!("sha512:{}", dockside::registry::digest::hex(&h.finalize()));
    let a = r
        .call(
            "POST",
            &format!("/v2/app/blobs/uploads/?digest={d512}"),
            &[],
            b"five twelve".to_vec(),
        )
        .await;
    assert_eq!(a.status, 201);
    assert_eq!(
        r.call("GET", &format!("/v2/app/blobs/{d512}"), &[], vec![])
            .await
            .body,
        b"five twelve"
    );
    let a = r.call("GET", "/v2/app/blobs/sha256:xyz", &[], vec![]).await;
    assert_eq!(a.code(), "DIGEST_INVALID");
    assert_eq!(
        r.call("GET", &format!("/v2/app/blobs/{fresh}"), &[], vec![])
            .await
            .code(),
        "BLOB_UNKNOWN"
    );
}

#[tokio::test]
async fn manifests_tags_catalog_and_referrers() {
    let r = Reg::new().await;
    // Refusals first.
    let a = r
        .call(
            "PUT",
            "/v2/app/manifests/v1",
            &[("content-type", "application/vnd.oci.image.manifest.v1+json")],
            b"not json".to_vec(),
        )
        .await;
    assert_eq!((a.status, a.code()), (400, "MANIFEST_INVALID".to_string()));
    let missing = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": Digest::of(b"c").to_string(), "size": 1},
        "layers": []});
    let a = r
        .call(
            "PUT",
            "/v2/app/manifests/v1",
            &[],
            missing.to_string().into_bytes(),
        )
        .await;
    assert_eq!(
        (a.status, a.code()),
        (400, "MANIFEST_BLOB_UNKNOWN".to_string())
    );
    let big = vec![b' '; 4 * 1024 * 1024 + 1];
    assert_eq!(
        r.call("PUT", "/v2/app/manifests/big", &[], big)
            .await
            .status,
        413
    );
    assert_eq!(
        r.call("PUT", "/v2/app/manifests/.bad", &[], b"{}".to_vec())
            .await
            .code(),
        "TAG_INVALID"
    );

    let (m1, d1) = r.image("app", "v1", b"layer one").await;
    let g = r
        .call(
            "GET",
            "/v2/app/manifests/v1",
            &[("accept", "application/vnd.oci.image.manifest.v1+json")],
            vec![],
        )
        .await;
    assert_eq!(g.body, m1);
    assert_eq!(
        g.header("content-type"),
        "application/vnd.oci.image.manifest.v1+json"
    );
    assert_eq!(g.header("docker-content-digest"), d1);
    let h = r
        .call("HEAD", &format!("/v2/app/manifests/{d1}"), &[], vec![])
        .await;
    assert_eq!(
        (h.status, h.header("content-length")),
        (200, m1.len().to_string().as_str())
    );
    let wrong = r
        .call(
            "PUT",
            &format!("/v2/app/manifests/{}", Digest::of(b"x")),
            &[],
            m1.clone(),
        )
        .await;
    assert_eq!(wrong.code(), "DIGEST_INVALID");

    // An index over the image; its children must exist.
    let index = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": d1, "size": m1.len(),
                       "platform": {"architecture": "amd64", "os": "linux"}}]});
    let a = r
        .call(
            "PUT",
            "/v2/app/manifests/multi",
            &[("content-type", "application/vnd.oci.image.index.v1+json")],
            index.to_string().into_bytes(),
        )
        .await;
    assert_eq!(a.status, 201);
    let dangling = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
        "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": Digest::of(b"zz").to_string(), "size": 2}]});
    assert_eq!(
        r.call(
            "PUT",
            "/v2/app/manifests/dangling",
            &[],
            dangling.to_string().into_bytes()
        )
        .await
        .code(),
        "MANIFEST_BLOB_UNKNOWN"
    );

    // Tags with pagination, and the catalog.
    for t in ["v2", "v3"] {
        r.image("app", t, format!("layer {t}").as_bytes()).await;
    }
    let a = r.call("GET", "/v2/app/tags/list?n=2", &[], vec![]).await;
    let v: Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(v, json!({"name": "app", "tags": ["multi", "v1"]}));
    assert_eq!(
        a.header("link"),
        "</v2/app/tags/list?n=2&last=v1>; rel=\"next\""
    );
    let a = r
        .call("GET", "/v2/app/tags/list?n=2&last=v1", &[], vec![])
        .await;
    let v: Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(v["tags"], json!(["v2", "v3"]));
    assert_eq!(a.header("link"), "");
    r.create_repo("zeta/deep/name", "MUTABLE").await;
    let a = r.call("GET", "/v2/_catalog", &[], vec![]).await;
    let v: Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(v, json!({"repositories": ["app", "zeta/deep/name"]}));

    // An artifact referring to v1, found through the referrers API.
    let sig_config = r.blob("app", b"{}").await;
    let artifact = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "artifactType": "application/vnd.example.sbom",
        "config": {"mediaType": "application/vnd.oci.empty.v1+json", "digest": sig_config, "size": 2},
        "layers": [], "subject": {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": d1, "size": m1.len()},
        "annotations": {"org.example": "yes"}});
    let body = artifact.to_string().into_bytes();
    let a = r
        .call(
            "PUT",
            &format!("/v2/app/manifests/{}", Digest::of(&body)),
            &[],
            body.clone(),
        )
        .await;
    assert_eq!((a.status, a.header("oci-subject")), (201, d1.as_str()));
    let a = r
        .call("GET", &format!("/v2/app/referrers/{d1}"), &[], vec![])
        .await;
    let v: Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(
        v["manifests"][0]["artifactType"],
        "application/vnd.example.sbom"
    );
    assert_eq!(v["manifests"][0]["digest"], Digest::of(&body).to_string());
    assert_eq!(v["manifests"][0]["annotations"]["org.example"], "yes");
    let a = r
        .call(
            "GET",
            &format!("/v2/app/referrers/{d1}?artifactType=application/other"),
            &[],
            vec![],
        )
        .await;
    let v: Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(v["manifests"], json!([]));
    assert_eq!(a.header("oci-filters-applied"), "artifactType");

    // Delete by tag keeps the image; by digest removes it.
    assert_eq!(
        r.call("DELETE", "/v2/app/manifests/v3", &[], vec![])
            .await
            .status,
        202
    );
    assert_eq!(
        r.call("GET", "/v2/app/manifests/v3", &[], vec![])
            .await
            .code(),
        "MANIFEST_UNKNOWN"
    );
    assert_eq!(
        r.call("DELETE", &format!("/v2/app/manifests/{d1}"), &[], vec![])
            .await
            .status,
        202
    );
    assert_eq!(
        r.call("GET", "/v2/app/manifests/v1", &[], vec![])
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn immutable_tags_and_ecr_agreement() {
    let r = Reg::new().await;
    r.create_repo("locked", "IMMUTABLE").await;
    let (_, d1) = r.image("locked", "release", b"first").await;
    let config = r.blob("locked", b"{\"os\":\"linux\"}").await;
    let l2 = r.blob("locked", b"second layer").await;
    let other = json!({"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "digest": config, "size": 14},
        "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "digest": l2, "size": 12}]});
    let a = r
        .call(
            "PUT",
            "/v2/locked/manifests/release",
            &[(
                "content-type",
                "application/vnd.docker.distribution.manifest.v2+json",
            )],
            other.to_string().into_bytes(),
        )
        .await;
    assert_eq!((a.status, a.code()), (400, "TAG_INVALID".to_string()));
    let v: Value = serde_json::from_slice(&a.body).unwrap();
    assert_eq!(
        v["errors"][0]["message"],
        "The image tag 'release' already exists in the 'locked' repository and cannot be overwritten because the repository is immutable."
    );
    // What was pushed is what ECR reports: size from the layers, media types, tags.
    let (s, v) = r
        .ecr("DescribeImages", json!({"repositoryName": "locked"}))
        .await;
    assert_eq!(s, 200);
    let img = &v["imageDetails"][0];
    assert_eq!(img["imageDigest"], d1);
    assert_eq!(img["imageTags"], json!(["release"]));
    assert_eq!(
        img["imageSizeInBytes"], 5,
        "the layers' size, not the manifest's"
    );
    assert_eq!(
        img["imageManifestMediaType"],
        "application/vnd.oci.image.manifest.v1+json"
    );
    assert_eq!(
        img["artifactMediaType"],
        "application/vnd.oci.image.config.v1+json"
    );
    assert!(img.get("lastRecordedPullTime").is_none());
    r.call("GET", "/v2/locked/manifests/release", &[], vec![])
        .await;
    let (_, v) = r
        .ecr("DescribeImages", json!({"repositoryName": "locked"}))
        .await;
    assert!(
        v["imageDetails"][0]["lastRecordedPullTime"].is_number(),
        "pulls are recorded"
    );
    // And the other way: an image put through ECR's API pulls.
    let (s, v) = r.ecr("PutImage", json!({"repositoryName": "locked", "imageTag": "api", "imageManifest": other.to_string()})).await;
    assert_eq!(s, 200, "{v}");
    let g = r.call("GET", "/v2/locked/manifests/api", &[], vec![]).await;
    assert_eq!(g.body, other.to_string().into_bytes());
    assert_eq!(
        g.header("content-type"),
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    let (s, v) = r.ecr("PutImage", json!({"repositoryName": "locked", "imageTag": "api", "imageManifest": other.to_string()})).await;
    assert_eq!(
        (s, v["__type"].as_str()),
        (400, Some("ImageAlreadyExistsException"))
    );
}
