//! The shape of the source tree: no file over 400 lines, no import cycle between modules (a newcomer can read
//! any module without first reading the ones that use it), and components depend on the state, never on app.rs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's module path: src/core/geo.rs -> core::geo, src/state/mod.rs -> state.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src").with_extension("");
    let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let parts: Vec<&str> =
        parts.iter().map(String::as_str).filter(|p| *p != "mod" && *p != "lib" && *p != "main").collect();
    parts.join("::")
}

/// The modules a file's code names (`crate::a::b`, `super::x`), resolved to the longest known module path.
fn uses(module: &str, is_mod_file: bool, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let parent: Vec<&str> = {
        let mut p: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
        if !is_mod_file {
            p.pop();
        }
        p
    };
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    for (prefix, base) in [("crate::", Vec::new()), ("super::", parent)] {
        for (at, _) in code.match_indices(prefix) {
            let rest = &code[at + prefix.len()..];
            let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let mut segments: Vec<String> = base.iter().map(|s| s.to_string()).collect();
            segments.extend(path.split("::").filter(|s| !s.is_empty()).map(str::to_string));
            // The longest prefix that is a module.
            while !segments.is_empty() {
                let candidate = segments.join("::");
                if known.contains(&candidate) {
                    if candidate != module {
                        found.insert(candidate);
                    }
                    break;
                }
                segments.pop();
            }
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let known: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    files
        .iter()
        .map(|f| {
            let module = module_of(&src, f);
            let is_mod = f.file_name().is_some_and(|n| n == "mod.rs" || n == "lib.rs" || n == "main.rs");
            let text = std::fs::read_to_string(f).expect("readable");
            let mut deps = uses(&module, is_mod, &text, &known);
            // A parent naming its own submodules (`mod x;`, `pub use x::…`) is declaring them, not depending.
            deps.retain(|d| !d.starts_with(&format!("{module}::")) || module.is_empty());
            (module, deps)
        })
        .collect()
}

#[test]
fn no_source_file_is_longer_than_four_hundred_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).ok()?.lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

/// A cycle in the graph, as the path round it (`a -> b -> a`), if it has one: a depth-first search.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    if let Some(cycle) = find_cycle(&graph()) {
        panic!("import cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn components_and_the_state_never_depend_on_the_app_and_the_core_on_nothing_outside_it() {
    for (module, deps) in graph() {
        if module.starts_with("components") || module.starts_with("state") {
            assert!(!deps.contains("app"), "{module} uses app.rs: {deps:?}");
        }
        if module.starts_with("core") {
            let outside: Vec<&String> = deps.iter().filter(|d| !d.starts_with("core") && *d != "data").collect();
            assert!(outside.is_empty(), "{module} reaches outside the core: {outside:?}");
        }
    }
}

#[test]
fn the_cycle_check_finds_a_cycle_when_there_is_one() {
    let known: BTreeSet<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let module = |name: &str, code: &str| (name.to_string(), uses(name, false, code, &known));
    // a uses b, b uses c: no cycle.
    let mut graph: BTreeMap<String, BTreeSet<String>> =
        [module("a", "use crate::b::Thing;"), module("b", "fn f() { crate::c::g() }"), module("c", "")].into();
    assert_eq!(find_cycle(&graph), None);
    // c uses a: a -> b -> c -> a.
    graph.insert("c".to_string(), uses("c", false, "use crate::a::Other;", &known));
    assert_eq!(find_cycle(&graph), Some(["a", "b", "c", "a"].iter().map(|s| s.to_string()).collect()));
}
