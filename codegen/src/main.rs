//! Regenerates `src/services/<svc>/api.rs` from `fixtures/models/`; it never edits hand-written code.
//!
//! The generator itself lives in the server crate (`src/wire/codegen/`, where a test keeps
//! the committed output fresh); this crate compiles it on its own so it runs even while
//! the generated files are missing or stale.

#[path = "../../src/wire"]
#[allow(dead_code)]
mod wire {
    pub mod codegen;
    pub mod model;
}

use std::path::Path;

use wire::codegen::{GENERATED, generate};
use wire::model::Model;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let source: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("fixtures/models/SOURCE.json"))
            .expect("fixtures/models/SOURCE.json"),
    )
    .expect("SOURCE.json is JSON");
    let botocore = source["botocore"].as_str().expect("botocore version");
    for (name, module) in GENERATED {
        let json = std::fs::read_to_string(root.join(format!("fixtures/models/{name}.json")))
            .expect("model file");
        let model = Model::parse(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let dir = root.join(format!("src/services/{module}"));
        std::fs::create_dir_all(&dir).expect("service folder");
        let path = dir.join("api.rs");
        let code = generate(name, &model, botocore);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(code.as_str()) {
            std::fs::write(&path, code).expect("write api.rs");
            println!("wrote {}", path.display());
        }
    }
}
