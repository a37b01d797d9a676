//! Runs every event pattern case in `fixtures/events/*.json`: each pattern against the
//! events that must match and the ones that must not, and the patterns that must be refused
//! with the reason given. It never invents a case of its own.

use serde_json::Value;

use super::pattern::parse;

#[test]
fn fixture_cases() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/events");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let (mut cases, mut failures) = (0, Vec::new());
    for file in files {
        let groups: Vec<Value> = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let fname = file.file_name().unwrap().to_string_lossy().into_owned();
        for g in groups {
            let name = format!("{fname}: {}", g["name"].as_str().unwrap_or_default());
            if g.get("invalid").is_some() || g.get("invalid_text").is_some() {
                cases += 1;
                let text = match g.get("invalid_text") {
                    Some(t) => t.as_str().unwrap().to_string(),
                    None => g["invalid"].to_string(),
                };
                match parse(&text) {
                    Ok(_) => failures.push(format!("{name}: accepted")),
                    Err(e) => {
                        let want = g["reason"].as_str().unwrap_or_default();
                        if !e.starts_with("Event pattern is not valid. Reason: ")
                            || !e.contains(want)
                        {
                            failures.push(format!("{name}: {e:?} lacks {want:?}"));
                        }
                    }
                }
                continue;
            }
            let p = match parse(&g["pattern"].to_string()) {
                Ok(p) => p,
                Err(e) => {
                    failures.push(format!("{name}: refused: {e}"));
                    continue;
                }
            };
            for (key, want) in [("match", true), ("nomatch", false)] {
                for (i, event) in g[key].as_array().into_iter().flatten().enumerate() {
                    cases += 1;
                    if p.matches(event) != want {
                        failures.push(format!("{name}: {key}[{i}] {}", event["detail"]));
                    }
                }
            }
        }
    }
    assert!(cases >= 150, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
