//! The services Dockside serves: their routing metadata (generated from the models) and
//! their parsed models, loaded on first use.
//!
//! It never decodes a request; `wire` does, with what it finds here.

use std::sync::OnceLock;

pub use crate::wire::model::{Model, Protocol};

/// What routing knows of a service before its model is parsed.
#[derive(Debug)]
pub struct ServiceMeta {
    /// The fixture name, also the storage namespace and the name in admin answers.
    pub name: &'static str,
    pub service_id: &'static str,
    pub signing_name: &'static str,
    pub endpoint_prefix: &'static str,
    pub target_prefix: Option<&'static str>,
    pub api_version: &'static str,
    pub protocols: &'static [Protocol],
    pub model_json: &'static str,
}

use crate::services::{
    application_autoscaling, ecr, ecs, eks, elbv2, events, logs, servicediscovery, sts,
};

/// Every service, in the order health reports them.
pub static SERVICES: [&ServiceMeta; 9] = [
    &ecs::api::SERVICE,
    &ecr::api::SERVICE,
    &eks::api::SERVICE,
    &events::api::SERVICE,
    &servicediscovery::api::SERVICE,
    &sts::api::SERVICE,
    &logs::api::SERVICE,
    &elbv2::api::SERVICE,
    &application_autoscaling::api::SERVICE,
];

static MODELS: [OnceLock<Model>; 9] = [const { OnceLock::new() }; 9];

pub fn by_name(name: &str) -> Option<&'static ServiceMeta> {
    SERVICES.iter().copied().find(|s| s.name == name)
}

pub fn by_signing_name(name: &str) -> Option<&'static ServiceMeta> {
    SERVICES.iter().copied().find(|s| s.signing_name == name)
}

pub fn by_target_prefix(prefix: &str) -> Option<&'static ServiceMeta> {
    SERVICES
        .iter()
        .copied()
        .find(|s| s.target_prefix == Some(prefix))
}

pub fn by_endpoint_prefix(prefix: &str) -> Option<&'static ServiceMeta> {
    SERVICES
        .iter()
        .copied()
        .find(|s| s.endpoint_prefix == prefix)
}

/// The parsed model of a service; the committed fixtures always parse (a test checks).
pub fn model(meta: &'static ServiceMeta) -> &'static Model {
    let index = SERVICES
        .iter()
        .position(|s| s.name == meta.name)
        .unwrap_or_else(|| unreachable!("services come from SERVICES"));
    MODELS[index].get_or_init(|| {
        Model::parse(meta.model_json)
            .unwrap_or_else(|e| panic!("fixtures/models/{}.json: {e}", meta.name))
    })
}

/// Parses every model, so that no request pays for it (run in the background at start-up).
pub fn warm_up() {
    for meta in SERVICES {
        model(meta);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_parses_and_matches_its_metadata() {
        for meta in SERVICES {
            let m = model(meta);
            assert_eq!(m.metadata.signing_name, meta.signing_name);
            assert_eq!(m.metadata.api_version, meta.api_version);
            assert_eq!(m.metadata.protocols, meta.protocols);
            assert!(!m.operations.is_empty());
        }
        assert_eq!(model(&ecs::api::SERVICE).operations.len(), 88);
        assert_eq!(model(&ecr::api::SERVICE).operations.len(), 62);
        assert_eq!(model(&eks::api::SERVICE).operations.len(), 70);
        assert_eq!(model(&events::api::SERVICE).operations.len(), 57);
        assert_eq!(model(&servicediscovery::api::SERVICE).operations.len(), 30);
    }

    #[test]
    fn lookups() {
        assert_eq!(
            by_signing_name("elasticloadbalancing").unwrap().name,
            "elbv2"
        );
        assert_eq!(by_endpoint_prefix("api.ecr").unwrap().name, "ecr");
        assert_eq!(
            by_target_prefix("AmazonEC2ContainerServiceV20141113")
                .unwrap()
                .name,
            "ecs"
        );
    }
}
