//! Hostile and broken input through the loader: every case loads what it can, names what it cannot by
//! feature index, and never panics. (The browser runs the same loader for `?data=`, files and drops.)
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::places::{load, FeatureError, LoadError};

mod corpus;

use corpus::{Expect, GOOD};

fn with_bad(bad: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{GOOD},{bad}]}}"#)
}

fn check(name: &str, text: &str, expect: Expect) {
    let result = load(text);
    match (expect, result) {
        (Expect::FileError, Err(e)) => assert!(!e.to_string().is_empty(), "{name}: the error has a message"),
        (Expect::Loads { places, skipped }, Ok(loaded)) => {
            assert_eq!(loaded.places.len(), places, "{name}: places");
            let got: Vec<usize> = loaded.skipped.iter().map(|s| s.index).collect();
            assert_eq!(got, skipped, "{name}: skipped indices ({:?})", loaded.skipped);
            for s in &loaded.skipped {
                assert!(!s.error.to_string().is_empty(), "{name}: every skipped feature says why");
            }
        }
        (Expect::FileError, Ok(l)) => panic!("{name}: expected a file error, loaded {} places", l.places.len()),
        (Expect::Loads { .. }, Err(e)) => panic!("{name}: expected a partial load, got {e}"),
    }
}

#[test]
fn the_hostile_corpus_never_panics_and_keeps_what_it_can() {
    let cases = corpus::cases();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    for case in cases {
        check(case.name, &case.text(), case.expect);
    }
}

#[test]
fn swapped_coordinates_are_named_as_such() {
    let loaded = load(&with_bad(r#"{"type":"Feature","id":"s","geometry":{"type":"Point","coordinates":[31.8,119.9]},"properties":{"name":"x"}}"#)).unwrap();
    assert!(matches!(loaded.skipped[0].error, FeatureError::SwappedCoordinates { .. }), "{:?}", loaded.skipped);
    assert!(loaded.skipped[0].error.to_string().contains("swapped"));
}

#[test]
fn file_level_errors_say_what_is_wrong() {
    assert!(matches!(load("[]"), Err(LoadError::NotACollection)));
    assert!(load("{").unwrap_err().to_string().contains("not valid JSON"));
}
