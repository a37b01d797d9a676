//! STS: who is calling (`GetCallerIdentity`), and temporary credentials (`AssumeRole`,
//! `AssumeRoleWithWebIdentity`, `GetSessionToken`, `GetFederationToken`) whose access
//! keys map back to the account they belong to.
//!
//! It never checks signatures or policies: any secret is accepted, as in every local emulator.

#[rustfmt::skip]
pub mod api;
pub mod keys;
mod sessions;

/// The ARN an access key Dockside issued stands for (None for any other key).
pub fn caller_arn(store: &crate::storage::Store, key: &str) -> Option<String> {
    sessions::load(store, key).ok().flatten().map(|i| i.arn)
}

/// The IAM principal behind a request, as policies and settings name it: the role of an
/// assumed-role session, the user an issued key stands for, else the account's root.
pub fn principal(store: &crate::storage::Store, ctx: &crate::context::Context) -> String {
    let arn = ctx
        .access_key
        .as_deref()
        .and_then(|k| caller_arn(store, k))
        .unwrap_or_else(|| format!("arn:aws:iam::{}:root", ctx.account));
    // arn:aws:sts::<account>:assumed-role/<role>/<session> → the role's IAM ARN.
    match arn.split_once(":assumed-role/") {
        Some((head, rest)) => format!(
            "{}:role/{}",
            head.replacen(":sts:", ":iam:", 1),
            rest.split('/').next().unwrap_or_default()
        ),
        None => arn,
    }
}

use api::*;

use crate::aws_error;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

pub use sessions::resolve_account;

pub struct Sts {
    pub store: Store,
    pub default_account: String,
}

impl Api for Sts {
    async fn get_caller_identity(
        &self,
        ctx: &Context,
        _input: GetCallerIdentityRequest,
    ) -> AwsResult<GetCallerIdentityResponse> {
        let session = match &ctx.access_key {
            Some(key) => sessions::load(&self.store, key)?,
            None => None,
        };
        Ok(match session {
            Some(s) => GetCallerIdentityResponse {
                user_id: Some(s.user_id),
                account: Some(s.account),
                arn: Some(s.arn),
            },
            None => GetCallerIdentityResponse {
                user_id: Some(ctx.account.clone()),
                account: Some(ctx.account.clone()),
                arn: Some(format!("arn:aws:iam::{}:root", ctx.account)),
            },
        })
    }

    async fn assume_role(
        &self,
        ctx: &Context,
        input: AssumeRoleRequest,
    ) -> AwsResult<AssumeRoleResponse> {
        let role_arn = input.role_arn.unwrap_or_default();
        let session_name = input.role_session_name.unwrap_or_default();
        let role = sessions::Role::parse(&role_arn)?;
        let issued = sessions::issue_for_role(
            &self.store,
            ctx,
            &role,
            &session_name,
            input.duration_seconds.unwrap_or(3600),
        )?;
        Ok(AssumeRoleResponse {
            credentials: Some(issued.credentials),
            assumed_role_user: Some(issued.user),
            packed_policy_size: input.policy.as_ref().map(|p| (p.len() * 100 / 2048) as i32),
            source_identity: input.source_identity,
            ..Default::default()
        })
    }

    async fn assume_role_with_web_identity(
        &self,
        ctx: &Context,
        input: AssumeRoleWithWebIdentityRequest,
    ) -> AwsResult<AssumeRoleWithWebIdentityResponse> {
        let role_arn = input.role_arn.unwrap_or_default();
        let session_name = input.role_session_name.unwrap_or_default();
        let role = sessions::Role::parse(&role_arn)?;
        let issued = sessions::issue_for_role(
            &self.store,
            ctx,
            &role,
            &session_name,
            input.duration_seconds.unwrap_or(3600),
        )?;
        Ok(AssumeRoleWithWebIdentityResponse {
            credentials: Some(issued.credentials),
            assumed_role_user: Some(issued.user),
            subject_from_web_identity_token: Some(session_name),
            provider: input.provider_id,
            audience: Some("sts.amazonaws.com".into()),
            ..Default::default()
        })
    }

    async fn get_session_token(
        &self,
        ctx: &Context,
        input: GetSessionTokenRequest,
    ) -> AwsResult<GetSessionTokenResponse> {
        let caller = self
            .get_caller_identity(ctx, GetCallerIdentityRequest::default())
            .await?;
        let credentials = sessions::issue(
            &self.store,
            ctx,
            sessions::Identity {
                account: ctx.account.clone(),
                arn: caller.arn.unwrap_or_default(),
                user_id: caller.user_id.unwrap_or_default(),
            },
            input.duration_seconds.unwrap_or(43_200),
        )?;
        Ok(GetSessionTokenResponse {
            credentials: Some(credentials),
            ..Default::default()
        })
    }

    async fn get_federation_token(
        &self,
        ctx: &Context,
        input: GetFederationTokenRequest,
    ) -> AwsResult<GetFederationTokenResponse> {
        let name = input.name.unwrap_or_default();
        let arn = format!("arn:aws:sts::{}:federated-user/{name}", ctx.account);
        let user_id = format!("{}:{name}", ctx.account);
        let credentials = sessions::issue(
            &self.store,
            ctx,
            sessions::Identity {
                account: ctx.account.clone(),
                arn: arn.clone(),
                user_id: user_id.clone(),
            },
            input.duration_seconds.unwrap_or(43_200),
        )?;
        Ok(GetFederationTokenResponse {
            credentials: Some(credentials),
            federated_user: Some(FederatedUser {
                federated_user_id: Some(user_id),
                arn: Some(arn),
            }),
            ..Default::default()
        })
    }

    async fn get_access_key_info(
        &self,
        _ctx: &Context,
        input: GetAccessKeyInfoRequest,
    ) -> AwsResult<GetAccessKeyInfoResponse> {
        let key = input.access_key_id.unwrap_or_default();
        let account = match sessions::load(&self.store, &key)? {
            Some(s) => s.account,
            None if keys::is_account_id(&key) => key,
            None => keys::account_of(&key).unwrap_or_else(|| self.default_account.clone()),
        };
        Ok(GetAccessKeyInfoResponse {
            account: Some(account),
        })
    }
}

/// A role ARN that is not one is refused the way STS refuses it.
fn invalid_role_arn(arn: &str) -> crate::error::AwsError {
    aws_error!(ValidationError, "{arn} is invalid").with_status(400)
}
