//! ECR through aws-sdk-ecr: images pushed with the layer operations and PutImage, then
//! lifecycle policies (validation, preview, expiry on the clock), scans, archive and restore,
//! referrers, registry settings; the registry answering for what the API did. It never
//! reaches into Dockside's store.

use std::time::Duration;

use aws_sdk_ecr::Client;
use aws_sdk_ecr::error::ProvideErrorMetadata;
use aws_sdk_ecr::primitives::Blob;
use aws_sdk_ecr::types::{ImageIdentifier, ImageStatusFilter, ListImagesFilter, TagStatus};
use http_body_util::BodyExt;
use sha2::Digest as _;

use crate::harness::Dockside;

fn digest(bytes: &[u8]) -> String {
    let h = sha2::Sha256::digest(bytes);
    format!(
        "sha256:{}",
        h.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// Uploads a blob with the layer operations, as the ECR API's own clients do.
async fn upload(ecr: &Client, repo: &str, bytes: &[u8]) -> String {
    let d = digest(bytes);
    let up = ecr
        .initiate_layer_upload()
        .repository_name(repo)
        .send()
        .await
        .unwrap();
    let id = up.upload_id().unwrap();
    ecr.upload_layer_part()
        .repository_name(repo)
        .upload_id(id)
        .part_first_byte(0)
        .part_last_byte(bytes.len() as i64 - 1)
        .layer_part_blob(Blob::new(bytes.to_vec()))
        .send()
        .await
        .unwrap();
    ecr.complete_layer_upload()
        .repository_name(repo)
        .upload_id(id)
        .layer_digests(&d)
        .send()
        .await
        .unwrap();
    d
}

/// Pushes a one-layer image (distinct by `seed`) and returns its manifest digest.
pub async fn push(ecr: &Client, repo: &str, tag: Option<&str>, seed: &str) -> String {
    let config = format!(r#"{{"architecture":"amd64","os":"linux","seed":"{seed}"}}"#);
    let layer = format!("layer bytes of {seed}").repeat(10);
    let cd = upload(ecr, repo, config.as_bytes()).await;
    let ld = upload(ecr, repo, layer.as_bytes()).await;
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": config.len()},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": ld, "size": layer.len()}]
    })
    .to_string();
    let mut put = ecr
        .put_image()
        .repository_name(repo)
        .image_manifest(&manifest)
        .image_manifest_media_type("application/vnd.oci.image.manifest.v1+json");
    if let Some(t) = tag {
        put = put.image_tag(t);
    }
    put.send().await.unwrap();
    digest(manifest.as_bytes())
}

async fn listed(ecr: &Client, repo: &str) -> Vec<String> {
    let mut out: Vec<String> = ecr
        .list_images()
        .repository_name(repo)
        .send()
        .await
        .unwrap()
        .image_ids()
        .iter()
        .map(|i| i.image_digest().unwrap().to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// GET of a registry path with a token from GetAuthorizationToken; returns the status.
async fn registry_get(d: &Dockside, ecr: &Client, path: &str) -> u16 {
    let token = ecr.get_authorization_token().send().await.unwrap();
    let auth = token.authorization_data()[0]
        .authorization_token()
        .unwrap()
        .to_string();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<axum::body::Body>();
    let req = http::Request::get(format!("{}{path}", d.endpoint))
        .header("authorization", format!("Basic {auth}"))
        .header("accept", "application/vnd.oci.image.manifest.v1+json")
        .body(axum::body::Body::empty())
        .unwrap();
    let res = client.request(req).await.unwrap();
    let status = res.status().as_u16();
    let _ = res.into_body().collect().await;
    status
}

async fn wait_for(mut check: impl AsyncFnMut() -> bool) {
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("condition not reached within 5 s");
}

const DAY: Duration = Duration::from_secs(24 * 3600);

#[tokio::test]
async fn lifecycle_policy_validates_previews_and_expires_on_the_clock() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecr = Client::new(&d.sdk_config("test"));
    ecr.create_repository()
        .repository_name("app")
        .send()
        .await
        .unwrap();

    // Bad policies answer ECR's InvalidParameterException shape.
    for (bad, detail) in [
        (r#"{"rules":[]}"#, "array is too short"),
        (
            r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
            "tagPrefixList or tagPatternList",
        ),
        ("not json", "not valid JSON"),
    ] {
        // The model wants at least 100 characters; whitespace pads to that.
        let e = ecr
            .put_lifecycle_policy()
            .repository_name("app")
            .lifecycle_policy_text(format!("{bad:<100}"))
            .send()
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some("InvalidParameterException"));
        let msg = e.message().unwrap();
        assert!(msg.starts_with("Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: "), "{msg}");
        assert!(msg.contains(detail), "{msg}");
    }
    let e = ecr
        .get_lifecycle_policy()
        .repository_name("app")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("LifecyclePolicyNotFoundException"));
    let short = ecr
        .put_lifecycle_policy()
        .repository_name("app")
        .lifecycle_policy_text(r#"{"rules":[]}"#)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        short.code(),
        Some("ValidationException"),
        "under the model's 100 characters"
    );
    let e = ecr
        .put_lifecycle_policy()
        .repository_name("nope")
        .lifecycle_policy_text(format!("{:<100}", r#"{"rules":[]}"#))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("RepositoryNotFoundException"));

    // Four release images a day apart, two untagged builds ten days old.
    let old1 = push(&ecr, "app", None, "old-1").await;
    let old2 = push(&ecr, "app", None, "old-2").await;
    d.advance(DAY * 10);
    let mut releases = Vec::new();
    for i in 0..4 {
        releases.push(push(&ecr, "app", Some(&format!("release-{i}")), &format!("r{i}")).await);
        d.advance(DAY);
    }
    let policy = r#"{"rules":[
        {"rulePriority":1,"description":"keep 2 releases","selection":{"tagStatus":"tagged","tagPrefixList":["release"],"countType":"imageCountMoreThan","countNumber":2},"action":{"type":"expire"}},
        {"rulePriority":2,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}]}"#;

    // The preview computes what would go, and deletes nothing.
    ecr.start_lifecycle_policy_preview()
        .repository_name("app")
        .lifecycle_policy_text(policy)
        .send()
        .await
        .unwrap();
    let p = ecr
        .get_lifecycle_policy_preview()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    assert_eq!(p.status().unwrap().as_str(), "COMPLETE");
    let mut previewed: Vec<(String, i32)> = p
        .preview_results()
        .iter()
        .map(|r| {
            (
                r.image_digest().unwrap().to_string(),
                r.applied_rule_priority().unwrap(),
            )
        })
        .collect();
    previewed.sort();
    let mut want = vec![
        (releases[0].clone(), 1),
        (releases[1].clone(), 1),
        (old1.clone(), 2),
        (old2.clone(), 2),
    ];
    want.sort();
    assert_eq!(previewed, want);
    assert_eq!(p.summary().unwrap().expiring_image_total_count(), Some(4));
    assert_eq!(
        listed(&ecr, "app").await.len(),
        6,
        "a preview deletes nothing"
    );

    // Put for real: the sweep applies it on the next second of clock time.
    ecr.put_lifecycle_policy()
        .repository_name("app")
        .lifecycle_policy_text(policy)
        .send()
        .await
        .unwrap();
    d.advance(Duration::from_secs(2));
    let mut keep = vec![releases[2].clone(), releases[3].clone()];
    keep.sort();
    wait_for(async || listed(&ecr, "app").await == keep).await;
    let got = ecr
        .get_lifecycle_policy()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    assert!(got.last_evaluated_at().is_some());
    // The expired images no longer pull.
    assert_eq!(
        registry_get(&d, &ecr, &format!("/v2/app/manifests/{}", releases[0])).await,
        404
    );
    assert_eq!(
        registry_get(&d, &ecr, "/v2/app/manifests/release-3").await,
        200
    );
    let del = ecr
        .delete_lifecycle_policy()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    assert!(
        del.lifecycle_policy_text()
            .unwrap()
            .contains("keep 2 releases")
    );
}

#[tokio::test]
async fn scans_run_on_the_clock_and_find_nothing() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecr = Client::new(&d.sdk_config("test"));
    ecr.create_repository()
        .repository_name("scanned")
        .image_scanning_configuration(
            aws_sdk_ecr::types::ImageScanningConfiguration::builder()
                .scan_on_push(true)
                .build(),
        )
        .send()
        .await
        .unwrap();
    ecr.create_repository()
        .repository_name("plain")
        .send()
        .await
        .unwrap();
    let pushed = push(&ecr, "scanned", Some("v1"), "s").await;
    let plain = push(&ecr, "plain", Some("v1"), "p").await;
    let id = |d: &str| ImageIdentifier::builder().image_digest(d).build();

    // Scan on push started it; it is in progress until the clock moves.
    let f = ecr
        .describe_image_scan_findings()
        .repository_name("scanned")
        .image_id(id(&pushed))
        .send()
        .await
        .unwrap();
    assert_eq!(
        f.image_scan_status().unwrap().status().unwrap().as_str(),
        "IN_PROGRESS"
    );
    assert!(f.image_scan_findings().is_none());
    d.advance(Duration::from_secs(3));
    let f = ecr
        .describe_image_scan_findings()
        .repository_name("scanned")
        .image_id(id(&pushed))
        .send()
        .await
        .unwrap();
    assert_eq!(
        f.image_scan_status().unwrap().status().unwrap().as_str(),
        "COMPLETE"
    );
    let findings = f.image_scan_findings().unwrap();
    assert!(findings.findings().is_empty());
    assert!(findings.image_scan_completed_at().is_some());

    // The other repository does not scan on push: no scan until asked.
    let e = ecr
        .describe_image_scan_findings()
        .repository_name("plain")
        .image_id(id(&plain))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ScanNotFoundException"));
    let s = ecr
        .start_image_scan()
        .repository_name("plain")
        .image_id(ImageIdentifier::builder().image_tag("v1").build())
        .send()
        .await
        .unwrap();
    assert_eq!(
        s.image_scan_status().unwrap().status().unwrap().as_str(),
        "IN_PROGRESS"
    );
    let e = ecr
        .start_image_scan()
        .repository_name("plain")
        .image_id(ImageIdentifier::builder().image_tag("v1").build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("LimitExceededException"));
    let e = ecr
        .start_image_scan()
        .repository_name("plain")
        .image_id(ImageIdentifier::builder().image_tag("nope").build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ImageNotFoundException"));
    d.advance(Duration::from_secs(3));
    let detail = ecr
        .describe_images()
        .repository_name("plain")
        .send()
        .await
        .unwrap();
    let img = &detail.image_details()[0];
    assert_eq!(
        img.image_scan_status().unwrap().status().unwrap().as_str(),
        "COMPLETE"
    );
    assert!(
        img.image_scan_findings_summary()
            .unwrap()
            .finding_severity_counts()
            .unwrap()
            .is_empty()
    );

    // Registry scanning rules: BASIC accepts SCAN_ON_PUSH and MANUAL only.
    let rule = |freq: &str| {
        aws_sdk_ecr::types::RegistryScanningRule::builder()
            .scan_frequency(freq.into())
            .repository_filters(
                aws_sdk_ecr::types::ScanningRepositoryFilter::builder()
                    .filter("pla*")
                    .filter_type("WILDCARD".into())
                    .build()
                    .unwrap(),
            )
            .build()
            .unwrap()
    };
    let e = ecr
        .put_registry_scanning_configuration()
        .scan_type("BASIC".into())
        .rules(rule("CONTINUOUS_SCAN"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));
    ecr.put_registry_scanning_configuration()
        .scan_type("BASIC".into())
        .rules(rule("SCAN_ON_PUSH"))
        .send()
        .await
        .unwrap();
    let got = ecr
        .batch_get_repository_scanning_configuration()
        .repository_names("plain")
        .repository_names("scanned")
        .repository_names("missing")
        .send()
        .await
        .unwrap();
    let freqs: Vec<&str> = got
        .scanning_configurations()
        .iter()
        .map(|c| c.scan_frequency().unwrap().as_str())
        .collect();
    assert_eq!(freqs, vec!["SCAN_ON_PUSH", "SCAN_ON_PUSH"]);
    assert_eq!(got.failures()[0].repository_name(), Some("missing"));
}

#[tokio::test]
async fn archived_images_are_listed_on_request_and_refused_to_pullers() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecr = Client::new(&d.sdk_config("test"));
    ecr.create_repository()
        .repository_name("cold")
        .send()
        .await
        .unwrap();
    let img = push(&ecr, "cold", Some("v1"), "c").await;
    let id = ImageIdentifier::builder().image_tag("v1").build();
    let out = ecr
        .update_image_storage_class()
        .repository_name("cold")
        .image_id(id.clone())
        .target_storage_class("ARCHIVE".into())
        .send()
        .await
        .unwrap();
    assert_eq!(out.image_status().unwrap().as_str(), "ARCHIVED");
    assert!(
        listed(&ecr, "cold").await.is_empty(),
        "ListImages shows ACTIVE images by default"
    );
    let any = ecr
        .list_images()
        .repository_name("cold")
        .filter(
            ListImagesFilter::builder()
                .image_status(ImageStatusFilter::Any)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(any.image_ids().len(), 1);
    assert_eq!(registry_get(&d, &ecr, "/v2/cold/manifests/v1").await, 403);
    let e = ecr
        .update_image_storage_class()
        .repository_name("cold")
        .image_id(id.clone())
        .target_storage_class("ARCHIVE".into())
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("ImageStorageClassUpdateNotSupportedException")
    );

    // Restore: ACTIVATING for a while on the clock, then pullable again.
    let out = ecr
        .update_image_storage_class()
        .repository_name("cold")
        .image_id(id.clone())
        .target_storage_class("STANDARD".into())
        .send()
        .await
        .unwrap();
    assert_eq!(out.image_status().unwrap().as_str(), "ACTIVATING");
    assert_eq!(registry_get(&d, &ecr, "/v2/cold/manifests/v1").await, 403);
    d.advance(Duration::from_secs(21 * 60));
    assert_eq!(registry_get(&d, &ecr, "/v2/cold/manifests/v1").await, 200);
    let detail = ecr
        .describe_images()
        .repository_name("cold")
        .send()
        .await
        .unwrap();
    let i = &detail.image_details()[0];
    assert_eq!(i.image_digest(), Some(img.as_str()));
    assert_eq!(i.image_status().unwrap().as_str(), "ACTIVE");
    assert!(i.last_archived_at().is_some() && i.last_activated_at().is_some());
    let _ = TagStatus::Any;
}

#[tokio::test]
async fn registry_settings_round_trip_with_ecr_errors() {
    let d = Dockside::start().await;
    let ecr = Client::new(&d.sdk_config("test"));

    let e = ecr.get_registry_policy().send().await.unwrap_err();
    assert_eq!(e.code(), Some("RegistryPolicyNotFoundException"));
    let e = ecr
        .put_registry_policy()
        .policy_text("{nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ecr:ReplicateImage"],"Resource":"*"}]}"#;
    ecr.put_registry_policy()
        .policy_text(policy)
        .send()
        .await
        .unwrap();
    assert_eq!(
        ecr.get_registry_policy()
            .send()
            .await
            .unwrap()
            .policy_text(),
        Some(policy)
    );
    ecr.delete_registry_policy().send().await.unwrap();

    let s = ecr
        .get_account_setting()
        .name("BASIC_SCAN_TYPE_VERSION")
        .send()
        .await
        .unwrap();
    assert_eq!(s.value(), Some("AWS_NATIVE"));
    let e = ecr
        .put_account_setting()
        .name("BLOB_MOUNTING")
        .value("MAYBE")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));
    ecr.put_account_setting()
        .name("BLOB_MOUNTING")
        .value("ENABLED")
        .send()
        .await
        .unwrap();
    assert_eq!(
        ecr.get_account_setting()
            .name("BLOB_MOUNTING")
            .send()
            .await
            .unwrap()
            .value(),
        Some("ENABLED")
    );

    let e = ecr.get_signing_configuration().send().await.unwrap_err();
    assert_eq!(e.code(), Some("SigningConfigurationNotFoundException"));

    let role = "arn:aws:iam::000000000000:role/ci";
    ecr.register_pull_time_update_exclusion()
        .principal_arn(role)
        .send()
        .await
        .unwrap();
    let e = ecr
        .register_pull_time_update_exclusion()
        .principal_arn(role)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ExclusionAlreadyExistsException"));
    let l = ecr.list_pull_time_update_exclusions().send().await.unwrap();
    assert_eq!(l.pull_time_update_exclusions(), [role.to_string()]);
    ecr.deregister_pull_time_update_exclusion()
        .principal_arn(role)
        .send()
        .await
        .unwrap();
    let e = ecr
        .deregister_pull_time_update_exclusion()
        .principal_arn(role)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ExclusionNotFoundException"));
}
