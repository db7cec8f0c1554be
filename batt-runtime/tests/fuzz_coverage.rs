//! Every DSL primitive is fuzzed: each of arc-dsl's 160 primitives, and each function the
//! runtime's DSL module defines at its top level, is in the `COVERED` list of a `fuzz_*`
//! test file (each of which checks that its listed names are called in it).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// arc-dsl's primitives, from the table of `batt-dsl-names`.
fn arc_dsl() -> Vec<&'static str> {
    batt_dsl_names::ARC_DSL_PRIMITIVES.iter().map(|p| p.name).collect()
}

/// The quoted names of the `COVERED` list of a fuzz file's text.
fn covered_list(source: &str) -> Vec<String> {
    let Some(start) = source.find("const COVERED") else { return Vec::new() };
    let list = &source[start..];
    let list = &list[..list.find("];").expect("the list ends")];
    list.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The names of the functions defined at the top level of the runtime's DSL sources
/// (`pub fn name` at the start of a line; `r#` dropped).
fn runtime_primitives() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/dsl"), &mut files);
    let mut names = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("pub fn ") {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '#')
                    .collect();
                names.insert(name.trim_start_matches("r#").to_owned());
            }
        }
    }
    names
}

#[test]
fn every_primitive_has_fuzz_coverage() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut covered = BTreeSet::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&tests).expect("the tests directory") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with("fuzz_") && name.ends_with(".rs") {
            let list = covered_list(&std::fs::read_to_string(&path).expect("a readable file"));
            files += usize::from(!list.is_empty());
            covered.extend(list);
        }
    }
    assert!(files >= 3, "found {files} fuzz files with a `COVERED` list in {}", tests.display());
    let runtime = runtime_primitives();
    let arc_dsl = arc_dsl();
    assert_eq!(arc_dsl.len(), 160, "arc-dsl has 160 primitives");
    assert!(
        runtime.len() >= arc_dsl.len(),
        "found only {} DSL functions in src/dsl",
        runtime.len()
    );
    let missing: BTreeSet<&str> = arc_dsl
        .iter()
        .copied()
        .chain(runtime.iter().map(String::as_str))
        .filter(|n| !covered.contains(*n))
        .collect();
    assert!(missing.is_empty(), "DSL primitives without fuzz coverage: {missing:?}");
}

#[test]
fn arc_dsl_primitives_are_runtime_functions() {
    let runtime = runtime_primitives();
    let absent: Vec<&str> = arc_dsl().into_iter().filter(|n| !runtime.contains(*n)).collect();
    assert!(absent.is_empty(), "arc-dsl primitives not found in src/dsl: {absent:?}");
}
