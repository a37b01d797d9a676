//! Each ACTIVE cluster's Kubernetes API endpoint: its own CA (made at CreateCluster, its
//! certificate in `certificateAuthority.data`), an HTTPS listener on 127.0.0.1 whose server
//! certificate that CA signs, and the read-only answers kubectl needs first: `/version`,
//! `/healthz`, `/livez`, `/readyz`, discovery (`/api`, `/api/v1`, `/apis`) and empty lists.
//! Requests need a bearer token from `aws eks get-token` (checked by `token`); anything else
//! gets 401.
//!
//! It never runs workloads: writes answer 405, and other reads 404, as a Status.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response, StatusCode};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use serde_json::{Value, json};

use crate::clock::Clock;

/// A new CA for a cluster: (certificate PEM, key PEM).
pub fn new_ca() -> Result<(String, String), String> {
    let key = KeyPair::generate().map_err(|e| e.to_string())?;
    let cert = ca_params().self_signed(&key).map_err(|e| e.to_string())?;
    Ok((cert.pem(), key.serialize_pem()))
}

fn ca_params() -> CertificateParams {
    let mut p = CertificateParams::default();
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.distinguished_name.push(DnType::CommonName, "kubernetes");
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p
}

/// A server certificate for 127.0.0.1 and localhost signed by the cluster's CA.
fn server_config(ca_key_pem: &str) -> Result<rustls::ServerConfig, String> {
    let ca_key = KeyPair::from_pem(ca_key_pem).map_err(|e| e.to_string())?;
    let issuer = Issuer::new(ca_params(), ca_key);
    let mut p = CertificateParams::new(vec![
        "localhost".to_string(),
        "kubernetes".to_string(),
        "kubernetes.default.svc".to_string(),
    ])
    .map_err(|e| e.to_string())?;
    p.subject_alt_names
        .push(SanType::IpAddress(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    p.distinguished_name
        .push(DnType::CommonName, "kube-apiserver");
    let key = KeyPair::generate().map_err(|e| e.to_string())?;
    let cert = p.signed_by(&key, &issuer).map_err(|e| e.to_string())?;
    let der_key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der())
        .map_err(|e| e.to_string())?;
    rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| e.to_string())?
    .with_no_client_auth()
    .with_single_cert(vec![cert.der().clone()], der_key)
    .map_err(|e| e.to_string())
}

/// What a cluster's endpoint answers with.
#[derive(Debug, Clone)]
pub struct ClusterInfo {
    pub name: String,
    pub version: String,
}

/// The TLS settings a listener serves with, swapped when the cluster's CA changes.
type Tls = Arc<Mutex<(String, Arc<rustls::ServerConfig>)>>;

/// The running endpoints, by `account|region|name`.
#[derive(Default)]
pub struct Servers {
    running: Mutex<HashMap<String, (u16, tokio::task::AbortHandle, Tls)>>,
}

impl Servers {
    /// Serves the cluster's endpoint (on `port` when it is free, else on a new one) unless it
    /// runs already; returns its port.
    pub fn ensure(
        &self,
        key: &str,
        ca_key_pem: &str,
        port: u16,
        info: ClusterInfo,
        clock: Clock,
    ) -> Result<u16, String> {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((p, _, tls)) = running.get(key) {
            let mut current = tls.lock().unwrap_or_else(|e| e.into_inner());
            if current.0 != ca_key_pem {
                // A new CA is in use: new connections get a certificate it signs.
                *current = (ca_key_pem.to_string(), Arc::new(server_config(ca_key_pem)?));
            }
            return Ok(*p);
        }
        if tokio::runtime::Handle::try_current().is_err() {
            return Err("no runtime to serve the cluster endpoint".into());
        }
        let tls: Tls = Arc::new(Mutex::new((
            ca_key_pem.to_string(),
            Arc::new(server_config(ca_key_pem)?),
        )));
        let std_listener = std::net::TcpListener::bind(("127.0.0.1", port))
            .or_else(|_| std::net::TcpListener::bind(("127.0.0.1", 0)))
            .map_err(|e| e.to_string())?;
        std_listener
            .set_nonblocking(true)
            .map_err(|e| e.to_string())?;
        let bound = std_listener.local_addr().map_err(|e| e.to_string())?.port();
        let listener =
            tokio::net::TcpListener::from_std(std_listener).map_err(|e| e.to_string())?;
        let info = Arc::new(info);
        let serving = tls.clone();
        let task = tokio::spawn(async move {
            while let Ok((tcp, _)) = listener.accept().await {
                let config = serving.lock().unwrap_or_else(|e| e.into_inner()).1.clone();
                let acceptor = tokio_rustls::TlsAcceptor::from(config);
                let (info, clock) = (info.clone(), clock.clone());
                tokio::spawn(async move {
                    let Ok(stream) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let svc = hyper::service::service_fn(move |req| {
                        let (info, clock) = (info.clone(), clock.clone());
                        async move { Ok::<_, std::convert::Infallible>(answer(&info, &clock, &req)) }
                    });
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(io, svc)
                        .await;
                });
            }
        });
        running.insert(key.to_string(), (bound, task.abort_handle(), tls));
        Ok(bound)
    }

    /// Stops a cluster's endpoint (it was deleted).
    pub fn stop(&self, key: &str) {
        if let Some((_, task, _)) = self
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key)
        {
            task.abort();
        }
    }
}

impl Drop for Servers {
    fn drop(&mut self) {
        for (_, (_, task, _)) in self
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain()
        {
            task.abort();
        }
    }
}

fn reply(status: StatusCode, body: Value) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap_or_default()
}

fn status(code: StatusCode, reason: &str, message: &str) -> Response<Full<Bytes>> {
    reply(
        code,
        json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
               "message": message, "reason": reason, "code": code.as_u16()}),
    )
}

fn resource(name: &str, kind: &str, namespaced: bool, short: &[&str]) -> Value {
    json!({"name": name, "singularName": kind.to_lowercase(), "namespaced": namespaced,
           "kind": kind, "verbs": ["get", "list", "watch"], "shortNames": short})
}

fn answer<B>(info: &ClusterInfo, clock: &Clock, req: &Request<B>) -> Response<Full<Bytes>> {
    let auth = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if let Err(why) = super::token::check(auth, &info.name, clock.now_millis()) {
        return status(
            StatusCode::UNAUTHORIZED,
            "Unauthorized",
            &format!("Unauthorized: {why}"),
        );
    }
    if req.method() != hyper::Method::GET {
        return status(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            "Dockside's EKS endpoint answers discovery and health only; it runs no workloads.",
        );
    }
    let minor = info.version.split('.').nth(1).unwrap_or_default();
    match req.uri().path() {
        "/healthz" | "/livez" | "/readyz" => Response::builder()
            .header("content-type", "text/plain; charset=utf-8")
            .body(Full::new(Bytes::from_static(b"ok")))
            .unwrap_or_default(),
        "/version" => reply(
            StatusCode::OK,
            json!({"major": "1", "minor": format!("{minor}+"),
                   "gitVersion": super::versions::git_version(&info.version),
                   "gitCommit": "4a1c5d2e9f0b8c7d6e5f4a3b2c1d0e9f8a7b6c5d", "gitTreeState": "clean",
                   "buildDate": "2026-06-10T00:00:00Z", "goVersion": "go1.25.3",
                   "compiler": "gc", "platform": "linux/amd64"}),
        ),
        "/api" => reply(
            StatusCode::OK,
            json!({"kind": "APIVersions", "versions": ["v1"],
                   "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:443"}]}),
        ),
        "/api/v1" => reply(
            StatusCode::OK,
            json!({"kind": "APIResourceList", "groupVersion": "v1", "resources": [
                resource("namespaces", "Namespace", false, &["ns"]),
                resource("nodes", "Node", false, &["no"]),
                resource("pods", "Pod", true, &["po"]),
                resource("services", "Service", true, &["svc"]),
                resource("configmaps", "ConfigMap", true, &["cm"]),
            ]}),
        ),
        "/apis" => reply(
            StatusCode::OK,
            json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": []}),
        ),
        p if p.starts_with("/api/v1/") => list(p),
        _ => status(
            StatusCode::NOT_FOUND,
            "NotFound",
            "the server could not find the requested resource",
        ),
    }
}

/// Lists of core resources: empty (no workloads run), `default` and `kube-system` namespaces.
fn list(path: &str) -> Response<Full<Bytes>> {
    let kind = path.rsplit('/').next().unwrap_or_default();
    let (list_kind, items) = match kind {
        "namespaces" => (
            "NamespaceList",
            ["default", "kube-system", "kube-public", "kube-node-lease"]
                .iter()
                .map(|n| json!({"metadata": {"name": n}, "status": {"phase": "Active"}}))
                .collect(),
        ),
        "services" => ("ServiceList", vec![]),
        "pods" => ("PodList", vec![]),
        "nodes" => ("NodeList", vec![]),
        "configmaps" => ("ConfigMapList", vec![]),
        _ => {
            return status(
                StatusCode::NOT_FOUND,
                "NotFound",
                "the server could not find the requested resource",
            );
        }
    };
    reply(
        StatusCode::OK,
        json!({"kind": list_kind, "apiVersion": "v1", "metadata": {"resourceVersion": "1"}, "items": items}),
    )
}
