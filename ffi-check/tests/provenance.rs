//! The CHANGELOG's newest section names the CPython release each checked-in bindings file
//! was generated from: regenerating without recording it fails here.

use std::path::Path;

use libpython_sys_build::targets::{Origin, STABLE_TARGETS, TARGETS};

#[test]
fn changelog_records_the_provenance_of_every_bindings_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap();
    // The first section's table: `| 3.13, 3.13t | 3.13.15 |`, `| abi3-py39, … | 3.15.0rc2 |`.
    let newest = changelog.split("\n## ").nth(1).expect("a release section");
    let mut recorded = std::collections::BTreeMap::new();
    for row in newest
        .lines()
        .filter(|l| l.starts_with("| 3.") || l.starts_with("| abi3"))
    {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        for target in cells[1].split(',').map(str::trim) {
            recorded.insert(target.to_string(), cells[2].to_string());
        }
    }
    for target in TARGETS.iter().chain(STABLE_TARGETS.iter()) {
        let file = root.join(format!("src/bindings/{target}.rs"));
        let origin = Origin::of_file(&file).expect("a generated file names its origin");
        assert_eq!(
            recorded.get(*target).map(String::as_str),
            Some(origin.version.text.as_str()),
            "CHANGELOG.md's newest section must name CPython {} for target {target} \
             (scripts/regenerate-bindings prints it)",
            origin.version.text
        );
    }
}
