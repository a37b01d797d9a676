//! Drives Dockside with the real aws-sdk-rust crates over HTTP, as users' integration
//! tests do. It never reaches into Dockside's internals: only its public `app`.

mod cloudmap;
mod ecr;
mod ecr_registries;
mod ecs;
mod ecs_daemons;
mod ecs_deployments;
mod ecs_ec2;
mod ecs_errors;
mod ecs_express;
mod ecs_gateways;
mod ecs_provisioning;
mod ecs_settings;
mod eks;
mod eks_more;
mod eventbridge;
mod eventbridge_archives;
mod eventbridge_http;
mod eventbridge_services;
mod eventbridge_sources;
mod harness;
mod receiver;

use aws_sdk_sts::error::ProvideErrorMetadata;
use harness::Dockside;

#[tokio::test]
async fn sts_get_caller_identity_default_account() {
    let d = Dockside::start().await;
    let sts = aws_sdk_sts::Client::from_conf(d.sts_config("test"));
    let who = sts.get_caller_identity().send().await.unwrap();
    assert_eq!(who.account(), Some("000000000000"));
    assert_eq!(who.arn(), Some("arn:aws:iam::000000000000:root"));
}

#[tokio::test]
async fn sts_account_from_twelve_digit_key() {
    let d = Dockside::start().await;
    let sts = aws_sdk_sts::Client::from_conf(d.sts_config("111122223333"));
    let who = sts.get_caller_identity().send().await.unwrap();
    assert_eq!(who.account(), Some("111122223333"));
}

#[tokio::test]
async fn sts_assume_role_credentials_map_back_to_the_role_account() {
    let d = Dockside::start().await;
    let sts = aws_sdk_sts::Client::from_conf(d.sts_config("test"));
    let out = sts
        .assume_role()
        .role_arn("arn:aws:iam::444455556666:role/deploy")
        .role_session_name("ci-run")
        .duration_seconds(900)
        .send()
        .await
        .unwrap();
    let creds = out.credentials().unwrap();
    assert!(creds.access_key_id().starts_with("ASIA"));
    assert_eq!(creds.access_key_id().len(), 20);
    let user = out.assumed_role_user().unwrap();
    assert_eq!(
        user.arn(),
        "arn:aws:sts::444455556666:assumed-role/deploy/ci-run"
    );
    let expires = creds.expiration().secs();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((expires - now - 900).abs() <= 2, "expires in 900 s");

    let assumed = aws_sdk_sts::Client::from_conf(d.sts_config(creds.access_key_id()));
    let who = assumed.get_caller_identity().send().await.unwrap();
    assert_eq!(who.account(), Some("444455556666"));
    assert_eq!(who.arn(), Some(user.arn()));
    let info = sts
        .get_access_key_info()
        .access_key_id(creds.access_key_id())
        .send()
        .await
        .unwrap();
    assert_eq!(info.account(), Some("444455556666"));
}

#[tokio::test]
async fn sts_validation_errors_are_service_errors() {
    let d = Dockside::start().await;
    let sts = aws_sdk_sts::Client::from_conf(d.sts_config("test"));
    let err = sts
        .assume_role()
        .role_arn("arn:aws:iam::444455556666:role/deploy")
        .role_session_name("has spaces")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("ValidationError"));
    assert!(
        err.message()
            .unwrap()
            .contains("at 'roleSessionName' failed to satisfy constraint"),
        "{err:?}"
    );
}

type HttpResponse = aws_smithy_runtime_api::http::Response;

/// Asserts that an SDK error is the uniform not-implemented answer, parsed as a service error.
fn assert_not_implemented<E>(err: aws_smithy_runtime_api::client::result::SdkError<E, HttpResponse>)
where
    E: ProvideErrorMetadata + std::fmt::Debug,
{
    let status = err.raw_response().map(|r| r.status().as_u16());
    let service = err.as_service_error().expect("a service error");
    assert_eq!(service.code(), Some("NotImplemented"), "{service:?}");
    assert!(
        service
            .message()
            .unwrap()
            .starts_with("Dockside does not emulate ")
    );
    assert_eq!(status, Some(501));
}

#[tokio::test]
async fn unemulated_operations_answer_not_implemented_as_a_service_error() {
    let d = Dockside::start().await;
    let conf = d.sdk_config("test");
    // Every ECS, ECR, EKS, EventBridge and Cloud Map operation is emulated; STS's
    // DecodeAuthorizationMessage (awsQuery) is not yet.
    let sts = aws_sdk_sts::Client::new(&conf);
    assert_not_implemented(
        sts.decode_authorization_message()
            .encoded_message("opaque")
            .send()
            .await
            .unwrap_err(),
    );
}

#[tokio::test]
async fn model_validation_reaches_the_sdk() {
    let d = Dockside::start().await;
    let conf = d.sdk_config("test");
    let eks = aws_sdk_eks::Client::new(&conf);
    // maxResults must be 1..=100 in the EKS model.
    let err = eks
        .list_clusters()
        .max_results(1000)
        .send()
        .await
        .unwrap_err();
    let service = err.as_service_error().expect("a service error");
    assert_eq!(service.code(), Some("ValidationException"));
    assert!(
        service
            .message()
            .unwrap()
            .contains("Member must have value less than or equal to 100")
    );
}
