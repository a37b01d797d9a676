//! ECR between registries, through aws-sdk-ecr and the registry's HTTP API: creation
//! templates (a docker-style push creating its repository), replication to another region
//! and another account (really copied, pullable there), backfills, and a pull-through cache
//! rule fetching from a second Dockside acting as the upstream registry.

use aws_sdk_ecr::Client;
use aws_sdk_ecr::error::ProvideErrorMetadata;
use aws_sdk_ecr::types::{
    ImageIdentifier, RctAppliedFor, ReplicationConfiguration, ReplicationDestination,
    ReplicationRule, RepositoryFilter, RepositoryFilterType,
};
use aws_types::region::Region;
use http_body_util::BodyExt;

use crate::ecr::push;
use crate::harness::Dockside;

/// One registry request with a token for the client's account and region.
async fn call(
    d: &Dockside,
    ecr: &Client,
    method: &str,
    path: &str,
    body: Vec<u8>,
    ctype: &str,
) -> (u16, Vec<u8>) {
    let token = ecr.get_authorization_token().send().await.unwrap();
    let auth = token.authorization_data()[0]
        .authorization_token()
        .unwrap()
        .to_string();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<axum::body::Body>();
    let req = http::Request::builder()
        .method(method)
        .uri(format!("{}{path}", d.endpoint))
        .header("authorization", format!("Basic {auth}"))
        .header("content-type", ctype)
        .header(
            "accept",
            "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json",
        )
        .body(axum::body::Body::from(body))
        .unwrap();
    let res = client.request(req).await.unwrap();
    let status = res.status().as_u16();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, bytes)
}

fn sha(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let h = sha2::Sha256::digest(bytes);
    format!(
        "sha256:{}",
        h.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// Pushes a one-layer image the way docker does (blob uploads, then the manifest).
async fn docker_push(d: &Dockside, ecr: &Client, repo: &str, tag: &str) -> (u16, String) {
    let config = br#"{"architecture":"amd64","os":"linux"}"#.to_vec();
    let layer = b"docker pushed these bytes".repeat(100);
    for blob in [&config, &layer] {
        let (st, body) = call(
            d,
            ecr,
            "POST",
            &format!("/v2/{repo}/blobs/uploads/?digest={}", sha(blob)),
            blob.to_vec(),
            "application/octet-stream",
        )
        .await;
        if st != 201 {
            return (st, String::from_utf8_lossy(&body).into_owned());
        }
    }
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": sha(&config), "size": config.len()},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": sha(&layer), "size": layer.len()}]
    })
    .to_string();
    let (st, _) = call(
        d,
        ecr,
        "PUT",
        &format!("/v2/{repo}/manifests/{tag}"),
        manifest.clone().into_bytes(),
        "application/vnd.oci.image.manifest.v1+json",
    )
    .await;
    (st, sha(manifest.as_bytes()))
}

#[tokio::test]
async fn creation_templates_create_repositories_on_push() {
    let d = Dockside::start().await;
    let ecr = Client::new(&d.sdk_config("test"));
    // Without a template, a push to a missing repository is refused as on ECR.
    let (st, body) = docker_push(&d, &ecr, "team/svc", "v1").await;
    assert_eq!(st, 404, "{body}");
    assert!(body.contains("NAME_UNKNOWN"), "{body}");

    let e = ecr
        .create_repository_creation_template()
        .prefix("team")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("ValidationException"),
        "appliedFor is required by the model"
    );
    ecr.create_repository_creation_template()
        .prefix("team")
        .applied_for(RctAppliedFor::CreateOnPush)
        .image_tag_mutability("IMMUTABLE".into())
        .resource_tags(
            aws_sdk_ecr::types::Tag::builder()
                .key("owner")
                .value("team")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let e = ecr
        .create_repository_creation_template()
        .prefix("team")
        .applied_for(RctAppliedFor::CreateOnPush)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("TemplateAlreadyExistsException"));

    let (st, digest) = docker_push(&d, &ecr, "team/svc", "v1").await;
    assert_eq!(st, 201, "{digest}");
    let repo = ecr
        .describe_repositories()
        .repository_names("team/svc")
        .send()
        .await
        .unwrap();
    let r = &repo.repositories()[0];
    assert_eq!(r.image_tag_mutability().unwrap().as_str(), "IMMUTABLE");
    let tags = ecr
        .list_tags_for_resource()
        .resource_arn(r.repository_arn().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(tags.tags()[0].key(), "owner");
    let imgs = ecr
        .describe_images()
        .repository_name("team/svc")
        .send()
        .await
        .unwrap();
    assert_eq!(
        imgs.image_details()[0].image_digest(),
        Some(digest.as_str())
    );

    // Other prefixes are still refused; the template can be updated and deleted.
    assert_eq!(docker_push(&d, &ecr, "other/svc", "v1").await.0, 404);
    let u = ecr
        .update_repository_creation_template()
        .prefix("team")
        .description("team repos")
        .send()
        .await
        .unwrap();
    let t = u.repository_creation_template().unwrap();
    assert_eq!(t.description(), Some("team repos"));
    assert_eq!(
        t.image_tag_mutability().unwrap().as_str(),
        "IMMUTABLE",
        "kept"
    );
    ecr.delete_repository_creation_template()
        .prefix("team")
        .send()
        .await
        .unwrap();
    let e = ecr
        .delete_repository_creation_template()
        .prefix("team")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("TemplateNotFoundException"));
}

fn rule(region: &str, account: &str, prefix: &str) -> ReplicationRule {
    ReplicationRule::builder()
        .destinations(
            ReplicationDestination::builder()
                .region(region)
                .registry_id(account)
                .build()
                .unwrap(),
        )
        .repository_filters(
            RepositoryFilter::builder()
                .filter(prefix)
                .filter_type(RepositoryFilterType::PrefixMatch)
                .build()
                .unwrap(),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn replication_copies_images_to_other_regions_and_permitted_accounts() {
    let d = Dockside::start().await;
    let conf = d.sdk_config("test");
    let ecr = Client::new(&conf);
    let eu = Client::from_conf(
        aws_sdk_ecr::config::Builder::from(&conf)
            .region(Region::new("eu-west-1"))
            .build(),
    );
    let other = Client::new(&d.sdk_config("111122223333"));

    let e = ecr
        .put_replication_configuration()
        .replication_configuration(
            ReplicationConfiguration::builder()
                .rules(rule("us-east-1", "000000000000", "app"))
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("InvalidParameterException"),
        "not into itself"
    );
    ecr.put_replication_configuration()
        .replication_configuration(
            ReplicationConfiguration::builder()
                .rules(rule("eu-west-1", "000000000000", "app"))
                .rules(rule("us-east-1", "111122223333", "app"))
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let reg = ecr.describe_registry().send().await.unwrap();
    assert_eq!(reg.replication_configuration().unwrap().rules().len(), 2);

    ecr.create_repository()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    ecr.create_repository()
        .repository_name("local")
        .send()
        .await
        .unwrap();
    let digest = push(&ecr, "app", Some("v1"), "replicated").await;
    push(&ecr, "local", Some("v1"), "stays").await;

    // Another region of the same account: copied, repository created, pullable there.
    let there = eu
        .describe_images()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    assert_eq!(
        there.image_details()[0].image_digest(),
        Some(digest.as_str())
    );
    assert_eq!(there.image_details()[0].image_tags(), ["v1".to_string()]);
    assert_eq!(
        call(&d, &eu, "GET", "/v2/app/manifests/v1", vec![], "")
            .await
            .0,
        200
    );
    let e = eu
        .describe_repositories()
        .repository_names("local")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("RepositoryNotFoundException"),
        "the filter keeps it home"
    );

    // The other account had no registry policy allowing it: FAILED there.
    let st = ecr
        .describe_image_replication_status()
        .repository_name("app")
        .image_id(ImageIdentifier::builder().image_tag("v1").build())
        .send()
        .await
        .unwrap();
    let mut statuses: Vec<(String, String)> = st
        .replication_statuses()
        .iter()
        .map(|s| {
            (
                s.registry_id().unwrap().to_string(),
                s.status().unwrap().as_str().to_string(),
            )
        })
        .collect();
    statuses.sort();
    assert_eq!(
        statuses,
        vec![
            ("000000000000".to_string(), "COMPLETE".to_string()),
            ("111122223333".to_string(), "FAILED".to_string())
        ]
    );
    assert!(
        other
            .describe_repositories()
            .repository_names("app")
            .send()
            .await
            .is_err()
    );

    // Once the destination allows it, a backfill copies what was pushed before.
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"*"}]}"#;
    other
        .put_registry_policy()
        .policy_text(policy)
        .send()
        .await
        .unwrap();
    let b = ecr
        .start_replication_backfill()
        .destination(
            ReplicationDestination::builder()
                .region("us-east-1")
                .registry_id("111122223333")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(b.status().unwrap().as_str(), "COMPLETE");
    let imgs = other
        .describe_images()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    assert_eq!(
        imgs.image_details()[0].image_digest(),
        Some(digest.as_str())
    );
    let res = ecr
        .describe_replication_backfill_results()
        .replication_backfill_id(b.replication_backfill_id().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.progress().unwrap().completed_replication_count(), 1);
    let listed = ecr.list_replication_backfills().send().await.unwrap();
    assert_eq!(listed.backfills().len(), 1);
    let e = ecr
        .stop_replication_backfill()
        .replication_backfill_id(b.replication_backfill_id().unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ReplicationBackfillInvalidStatusException"));
}

#[tokio::test]
async fn pull_through_cache_fetches_from_an_upstream_registry() {
    let mut up_config = dockside::Config::ephemeral();
    up_config.registry_anonymous = true;
    let upstream = Dockside::start_with(up_config).await;
    let up_ecr = Client::new(&upstream.sdk_config("test"));
    up_ecr
        .create_repository()
        .repository_name("library/tool")
        .send()
        .await
        .unwrap();
    let digest = push(&up_ecr, "library/tool", Some("1.0"), "upstream image").await;

    let d = Dockside::start().await;
    let ecr = Client::new(&d.sdk_config("test"));
    let url = upstream.endpoint.trim_start_matches("http://").to_string();
    ecr.create_pull_through_cache_rule()
        .ecr_repository_prefix("hub")
        .upstream_registry_url(&url)
        .send()
        .await
        .unwrap();
    let e = ecr
        .create_pull_through_cache_rule()
        .ecr_repository_prefix("hub")
        .upstream_registry_url(&url)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("PullThroughCacheRuleAlreadyExistsException"));
    let e = ecr
        .create_pull_through_cache_rule()
        .ecr_repository_prefix("dh")
        .upstream_registry_url("registry-1.docker.io")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("InvalidParameterException"),
        "Docker Hub needs a credential"
    );
    let v = ecr
        .validate_pull_through_cache_rule()
        .ecr_repository_prefix("hub")
        .send()
        .await
        .unwrap();
    assert!(v.is_valid(), "{:?}", v.failure());

    // The first pull fetches and caches; the repository now exists with the image.
    let (st, body) = call(
        &d,
        &ecr,
        "GET",
        "/v2/hub/library/tool/manifests/1.0",
        vec![],
        "",
    )
    .await;
    assert_eq!(st, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(sha(&body), digest);
    let imgs = ecr
        .describe_images()
        .repository_name("hub/library/tool")
        .send()
        .await
        .unwrap();
    assert_eq!(imgs.image_details()[0].image_tags(), ["1.0".to_string()]);
    assert!(imgs.image_details()[0].image_size_in_bytes().unwrap() > 0);
    // Its layers are served from the cache.
    let doc: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let layer = doc["layers"][0]["digest"].as_str().unwrap();
    let (st, _) = call(
        &d,
        &ecr,
        "GET",
        &format!("/v2/hub/library/tool/blobs/{layer}"),
        vec![],
        "",
    )
    .await;
    assert_eq!(st, 200);

    // Something upstream does not have is simply unknown.
    let (st, _) = call(
        &d,
        &ecr,
        "GET",
        "/v2/hub/library/tool/manifests/9.9",
        vec![],
        "",
    )
    .await;
    assert_eq!(st, 404);
    // Deleting the rule stops further fetches.
    ecr.delete_pull_through_cache_rule()
        .ecr_repository_prefix("hub")
        .send()
        .await
        .unwrap();
    let (st, _) = call(
        &d,
        &ecr,
        "GET",
        "/v2/hub/library/other/manifests/1.0",
        vec![],
        "",
    )
    .await;
    assert_eq!(st, 404);
    let e = ecr
        .describe_pull_through_cache_rules()
        .ecr_repository_prefixes("hub")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("PullThroughCacheRuleNotFoundException"));
}

#[tokio::test]
async fn pulls_by_excluded_principals_leave_the_pull_time_alone() {
    let d = Dockside::start().await;
    let ecr = Client::new(&d.sdk_config("test"));
    ecr.create_repository()
        .repository_name("pulled")
        .send()
        .await
        .unwrap();
    push(&ecr, "pulled", Some("v1"), "pulled").await;
    // A CI role's session: its registry token carries the role.
    let sts = aws_sdk_sts::Client::from_conf(d.sts_config("test"));
    let creds = sts
        .assume_role()
        .role_arn("arn:aws:iam::000000000000:role/ci")
        .role_session_name("build-1")
        .send()
        .await
        .unwrap()
        .credentials()
        .cloned()
        .unwrap();
    let ci_conf = aws_sdk_ecr::config::Builder::from(&d.sdk_config("test"))
        .credentials_provider(aws_credential_types::Credentials::new(
            creds.access_key_id(),
            creds.secret_access_key(),
            Some(creds.session_token().to_string()),
            None,
            "assumed",
        ))
        .build();
    let ci = Client::from_conf(ci_conf);
    let pull_time = async || {
        ecr.describe_images()
            .repository_name("pulled")
            .send()
            .await
            .unwrap()
            .image_details()[0]
            .last_recorded_pull_time()
            .cloned()
    };
    ecr.register_pull_time_update_exclusion()
        .principal_arn("arn:aws:iam::000000000000:role/ci")
        .send()
        .await
        .unwrap();
    assert_eq!(
        call(&d, &ci, "GET", "/v2/pulled/manifests/v1", vec![], "")
            .await
            .0,
        200
    );
    assert!(
        pull_time().await.is_none(),
        "the excluded role's pull is not recorded"
    );
    assert_eq!(
        call(&d, &ecr, "GET", "/v2/pulled/manifests/v1", vec![], "")
            .await
            .0,
        200
    );
    assert!(pull_time().await.is_some(), "another principal's pull is");
}
