//! Connections: how API destinations authorize (BASIC, API_KEY, OAUTH_CLIENT_CREDENTIALS with
//! its token fetched by the delivery worker), with the extra header, query and body
//! parameters of each call; Create, Describe (secrets never shown), Update, Deauthorize,
//! Delete, List.
//!
//! It never calls an endpoint; `http` does.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::bus::Tables;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConnectionRec {
    pub name: String,
    pub id: String,
    pub description: Option<String>,
    pub authorization_type: String,
    /// With the secrets, as given (the part AWS keeps in Secrets Manager).
    pub auth: CreateConnectionAuthRequestParameters,
    pub connectivity: Option<ConnectivityResourceParameters>,
    pub kms_key_identifier: Option<String>,
    pub state: String,
    pub state_reason: Option<String>,
    pub created_ms: i64,
    pub modified_ms: i64,
    pub authorized_ms: Option<i64>,
    /// The OAuth access token and when it expires.
    pub token: Option<(String, Option<i64>)>,
}

impl ConnectionRec {
    pub fn arn(&self, t: &Tables<'_>) -> String {
        t.arn(&format!("connection/{}/{}", self.name, self.id))
    }
}

pub fn load(t: &Tables<'_>, name: &str) -> AwsResult<ConnectionRec> {
    t.get("connection", name)?.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with(format!(
            "Failed to describe the connection(s). Connection '{name}' does not exist."
        ))
    })
}

/// The connection an ARN names, in its own account and region.
pub fn by_arn(store: &Store, arn: &str) -> Option<(String, String, ConnectionRec)> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let (region, account, rest) = (parts.get(3)?, parts.get(4)?, parts.get(5)?);
    let name = rest.strip_prefix("connection/")?.split('/').next()?;
    let t = Tables::scoped(store, account, region);
    let c: ConnectionRec = t.get("connection", name).ok()??;
    (c.arn(&t) == arn).then(|| (account.to_string(), region.to_string(), c))
}

pub fn save(t: &Tables<'_>, c: &ConnectionRec) -> AwsResult<()> {
    t.put("connection", &c.name, c)?;
    // Connections waiting for an OAuth token are in the `auth` index the worker walks.
    t.index("auth", &c.name, c.state == "AUTHORIZING")
}

fn check_name(name: &str) -> AwsResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c));
    if ok {
        return Ok(());
    }
    Err(super::validation(format!(
        "1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+"
    )))
}

/// The auth parameters must be those of the authorization type, complete.
fn check_auth(kind: &str, a: &CreateConnectionAuthRequestParameters) -> AwsResult<()> {
    let complete = match kind {
        "BASIC" => a
            .basic_auth_parameters
            .as_ref()
            .is_some_and(|b| b.username.is_some() && b.password.is_some()),
        "API_KEY" => a
            .api_key_auth_parameters
            .as_ref()
            .is_some_and(|k| k.api_key_name.is_some() && k.api_key_value.is_some()),
        "OAUTH_CLIENT_CREDENTIALS" => a.o_auth_parameters.as_ref().is_some_and(|o| {
            o.authorization_endpoint.is_some()
                && o.http_method.is_some()
                && o.client_parameters
                    .as_ref()
                    .is_some_and(|c| c.client_id.is_some() && c.client_secret.is_some())
        }),
        _ => false,
    };
    let others = [
        ("BASIC", a.basic_auth_parameters.is_some()),
        ("API_KEY", a.api_key_auth_parameters.is_some()),
        ("OAUTH_CLIENT_CREDENTIALS", a.o_auth_parameters.is_some()),
    ]
    .iter()
    .any(|(k, given)| *k != kind && *given);
    if complete && !others {
        return Ok(());
    }
    let which = match kind {
        "BASIC" => "BasicAuthParameters",
        "API_KEY" => "ApiKeyAuthParameters",
        _ => "OAuthParameters",
    };
    Err(super::validation(format!(
        "Parameter AuthParameters is not valid. Reason: Only {which}, complete, must be specified for authorization type {kind}."
    )))
}

fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

/// The state a connection with complete parameters starts in.
fn authorizing(c: &mut ConnectionRec, now: i64) {
    c.token = None;
    c.state_reason = None;
    if c.authorization_type == "OAUTH_CLIENT_CREDENTIALS" {
        c.state = "AUTHORIZING".into();
    } else {
        c.state = "AUTHORIZED".into();
        c.authorized_ms = Some(now);
    }
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreateConnectionRequest,
) -> AwsResult<CreateConnectionResponse> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    check_name(&name)?;
    if t.get::<ConnectionRec>("connection", &name)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("Connection {name} already exists.")));
    }
    let kind = i.authorization_type.unwrap_or_default();
    let auth = i.auth_parameters.unwrap_or_default();
    check_auth(&kind, &auth)?;
    let now = ctx.clock.now_millis();
    let mut c = ConnectionRec {
        name,
        id: super::uuid(),
        description: i.description,
        authorization_type: kind,
        auth,
        connectivity: i.invocation_connectivity_parameters,
        kms_key_identifier: i.kms_key_identifier,
        created_ms: now,
        modified_ms: now,
        ..Default::default()
    };
    authorizing(&mut c, now);
    save(&t, &c)?;
    Ok(CreateConnectionResponse {
        connection_arn: Some(c.arn(&t)),
        connection_state: Some(c.state),
        creation_time: ts(now),
        last_modified_time: ts(now),
    })
}

/// Leaves out the values marked secret.
macro_rules! hide {
    ($v:expr) => {
        $v.map(|v| {
            v.into_iter()
                .map(|mut x| {
                    if x.is_value_secret.unwrap_or(false) {
                        x.value = None;
                    }
                    x
                })
                .collect()
        })
    };
}

/// HTTP parameters without the values marked secret.
fn public(p: &Option<ConnectionHttpParameters>) -> Option<ConnectionHttpParameters> {
    let p = p.clone()?;
    Some(ConnectionHttpParameters {
        header_parameters: hide!(p.header_parameters),
        query_string_parameters: hide!(p.query_string_parameters),
        body_parameters: hide!(p.body_parameters),
    })
}

fn connectivity(
    c: &Option<ConnectivityResourceParameters>,
) -> Option<DescribeConnectionConnectivityParameters> {
    let arn = c
        .as_ref()?
        .resource_parameters
        .as_ref()?
        .resource_configuration_arn
        .clone();
    Some(DescribeConnectionConnectivityParameters {
        resource_parameters: Some(DescribeConnectionResourceParameters {
            resource_configuration_arn: arn,
            resource_association_arn: None,
        }),
    })
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeConnectionRequest,
) -> AwsResult<DescribeConnectionResponse> {
    let t = Tables::new(store, ctx);
    let c = load(&t, i.name.as_deref().unwrap_or_default())?;
    let a = &c.auth;
    let auth = ConnectionAuthResponseParameters {
        basic_auth_parameters: a.basic_auth_parameters.as_ref().map(|b| {
            ConnectionBasicAuthResponseParameters {
                username: b.username.clone(),
            }
        }),
        o_auth_parameters: a.o_auth_parameters.as_ref().map(|o| {
            ConnectionOAuthResponseParameters {
                client_parameters: Some(ConnectionOAuthClientResponseParameters {
                    client_id: o
                        .client_parameters
                        .as_ref()
                        .and_then(|c| c.client_id.clone()),
                }),
                authorization_endpoint: o.authorization_endpoint.clone(),
                http_method: o.http_method.clone(),
                o_auth_http_parameters: public(&o.o_auth_http_parameters),
            }
        }),
        api_key_auth_parameters: a.api_key_auth_parameters.as_ref().map(|k| {
            ConnectionApiKeyAuthResponseParameters {
                api_key_name: k.api_key_name.clone(),
            }
        }),
        invocation_http_parameters: public(&a.invocation_http_parameters),
        connectivity_parameters: connectivity(&a.connectivity_parameters),
    };
    Ok(DescribeConnectionResponse {
        connection_arn: Some(c.arn(&t)),
        secret_arn: Some(format!(
            "arn:aws:secretsmanager:{}:{}:secret:events!connection/{}/{}",
            t.region, t.account, c.name, c.id
        )),
        name: Some(c.name),
        description: c.description,
        invocation_connectivity_parameters: connectivity(&c.connectivity),
        connection_state: Some(c.state),
        state_reason: c.state_reason,
        authorization_type: Some(c.authorization_type),
        kms_key_identifier: c.kms_key_identifier,
        auth_parameters: Some(auth),
        creation_time: ts(c.created_ms),
        last_modified_time: ts(c.modified_ms),
        last_authorized_time: c.authorized_ms.and_then(ts),
    })
}

/// Merges an update's auth parameters over the stored ones.
fn merge(a: &mut CreateConnectionAuthRequestParameters, u: UpdateConnectionAuthRequestParameters) {
    if let Some(b) = u.basic_auth_parameters {
        let cur = a.basic_auth_parameters.get_or_insert_with(Default::default);
        cur.username = b.username.or(cur.username.take());
        cur.password = b.password.or(cur.password.take());
    }
    if let Some(k) = u.api_key_auth_parameters {
        let cur = a
            .api_key_auth_parameters
            .get_or_insert_with(Default::default);
        cur.api_key_name = k.api_key_name.or(cur.api_key_name.take());
        cur.api_key_value = k.api_key_value.or(cur.api_key_value.take());
    }
    if let Some(o) = u.o_auth_parameters {
        let cur = a.o_auth_parameters.get_or_insert_with(Default::default);
        cur.authorization_endpoint = o
            .authorization_endpoint
            .or(cur.authorization_endpoint.take());
        cur.http_method = o.http_method.or(cur.http_method.take());
        if o.o_auth_http_parameters.is_some() {
            cur.o_auth_http_parameters = o.o_auth_http_parameters;
        }
        if let Some(c) = o.client_parameters {
            let cp = cur.client_parameters.get_or_insert_with(Default::default);
            cp.client_id = c.client_id.or(cp.client_id.take());
            cp.client_secret = c.client_secret.or(cp.client_secret.take());
        }
    }
    if u.invocation_http_parameters.is_some() {
        a.invocation_http_parameters = u.invocation_http_parameters;
    }
    if u.connectivity_parameters.is_some() {
        a.connectivity_parameters = u.connectivity_parameters;
    }
}

pub fn update(
    store: &Store,
    ctx: &Context,
    i: UpdateConnectionRequest,
) -> AwsResult<UpdateConnectionResponse> {
    let t = Tables::new(store, ctx);
    let mut c = load(&t, i.name.as_deref().unwrap_or_default())?;
    if let Some(d) = i.description {
        c.description = Some(d);
    }
    if let Some(kind) = i.authorization_type {
        if kind != c.authorization_type {
            c.auth.basic_auth_parameters = None;
            c.auth.api_key_auth_parameters = None;
            c.auth.o_auth_parameters = None;
        }
        c.authorization_type = kind;
    }
    if let Some(a) = i.auth_parameters {
        merge(&mut c.auth, a);
    }
    if i.invocation_connectivity_parameters.is_some() {
        c.connectivity = i.invocation_connectivity_parameters;
    }
    if i.kms_key_identifier.is_some() {
        c.kms_key_identifier = i.kms_key_identifier;
    }
    check_auth(&c.authorization_type, &c.auth)?;
    let now = ctx.clock.now_millis();
    c.modified_ms = now;
    authorizing(&mut c, now);
    save(&t, &c)?;
    Ok(UpdateConnectionResponse {
        connection_arn: Some(c.arn(&t)),
        connection_state: Some(c.state),
        creation_time: ts(c.created_ms),
        last_modified_time: ts(now),
        last_authorized_time: c.authorized_ms.and_then(ts),
    })
}

pub fn deauthorize(
    store: &Store,
    ctx: &Context,
    i: DeauthorizeConnectionRequest,
) -> AwsResult<DeauthorizeConnectionResponse> {
    let t = Tables::new(store, ctx);
    let mut c = load(&t, i.name.as_deref().unwrap_or_default())?;
    // The secrets go; what identifies them stays.
    if let Some(b) = c.auth.basic_auth_parameters.as_mut() {
        b.password = None;
    }
    if let Some(k) = c.auth.api_key_auth_parameters.as_mut() {
        k.api_key_value = None;
    }
    if let Some(cp) = c
        .auth
        .o_auth_parameters
        .as_mut()
        .and_then(|o| o.client_parameters.as_mut())
    {
        cp.client_secret = None;
    }
    c.token = None;
    c.state = "DEAUTHORIZED".into();
    c.state_reason = Some("Connection deauthorized by the user.".into());
    c.modified_ms = ctx.clock.now_millis();
    save(&t, &c)?;
    Ok(DeauthorizeConnectionResponse {
        connection_arn: Some(c.arn(&t)),
        connection_state: Some("DEAUTHORIZING".into()),
        creation_time: ts(c.created_ms),
        last_modified_time: ts(c.modified_ms),
        last_authorized_time: c.authorized_ms.and_then(ts),
    })
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteConnectionRequest,
) -> AwsResult<DeleteConnectionResponse> {
    let t = Tables::new(store, ctx);
    let c = load(&t, i.name.as_deref().unwrap_or_default())?;
    t.delete("connection", &c.name)?;
    t.index("auth", &c.name, false)?;
    Ok(DeleteConnectionResponse {
        connection_arn: Some(c.arn(&t)),
        connection_state: Some("DELETING".into()),
        creation_time: ts(c.created_ms),
        last_modified_time: ts(c.modified_ms),
        last_authorized_time: c.authorized_ms.and_then(ts),
    })
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListConnectionsRequest,
) -> AwsResult<ListConnectionsResponse> {
    let t = Tables::new(store, ctx);
    let prefix = i.name_prefix.unwrap_or_default();
    let rows = t
        .all::<ConnectionRec>("connection", &prefix)?
        .into_iter()
        .filter(|c| i.connection_state.as_ref().is_none_or(|s| *s == c.state))
        .map(|c| {
            (
                c.name.clone(),
                Connection {
                    connection_arn: Some(c.arn(&t)),
                    name: Some(c.name),
                    connection_state: Some(c.state),
                    state_reason: c.state_reason,
                    authorization_type: Some(c.authorization_type),
                    creation_time: ts(c.created_ms),
                    last_modified_time: ts(c.modified_ms),
                    last_authorized_time: c.authorized_ms.and_then(ts),
                },
            )
        })
        .collect();
    let (connections, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListConnectionsResponse {
        connections: Some(connections),
        next_token,
    })
}
