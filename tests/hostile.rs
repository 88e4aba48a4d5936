//! Hostile and broken input through the loader: every case loads what it can, names what it cannot by
//! feature index, and never panics. (The browser runs the same loader for `?data=`, files and drops.)
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::places::{load, FeatureError, LoadError};

const GOOD: &str = r#"{"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[119.9,31.79]},"properties":{"category":"park","name":"好"}}"#;

fn with_bad(bad: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{GOOD},{bad}]}}"#)
}

/// What a case must give: a file-level error, or so many places with these skipped indices.
#[derive(Clone, Copy)]
enum Expect {
    FileError,
    Loads { places: usize, skipped: &'static [usize] },
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
    use Expect::*;
    let one_bad = Loads { places: 1, skipped: &[1] };
    let both = Loads { places: 2, skipped: &[] };
    let huge_name = format!(
        r#"{{"type":"Feature","id":"huge","geometry":{{"type":"Point","coordinates":[119.9,31.8]}},"properties":{{"name":"{}"}}}}"#,
        "长".repeat(3_500_000)
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_props = format!(
        r#"{{"type":"Feature","id":"deep","geometry":{{"type":"Point","coordinates":[119.9,31.8]}},"properties":{{"name":"x","extra":{}{}}}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let invalid_utf8 = String::from_utf8_lossy(
        &[br#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"u","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":""#.as_slice(), &[0xff, 0xfe, 0x41], br#""}}]}"#.as_slice()].concat(),
    )
    .into_owned();
    let many: Vec<String> = (0..2000).map(|i| GOOD.replace("\"good\"", &format!("\"g{i}\""))).collect();
    let cases: Vec<(&str, String, Expect)> = vec![
        ("malformed JSON", r#"{"type":"FeatureCollection","features":[{"#.into(), FileError),
        ("empty file", "".into(), FileError),
        ("only whitespace", " \n\t ".into(), FileError),
        ("top level is an array", "[]".into(), FileError),
        ("top level is a number", "42".into(), FileError),
        ("top level is a string", r#""FeatureCollection""#.into(), FileError),
        ("a lone Feature", GOOD.into(), FileError),
        ("features is an object", r#"{"type":"FeatureCollection","features":{}}"#.into(), FileError),
        ("features is null", r#"{"type":"FeatureCollection","features":null}"#.into(), FileError),
        ("features missing", r#"{"type":"FeatureCollection"}"#.into(), FileError),
        (
            "NaN literal",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[NaN,31]},"properties":{}}"#),
            FileError,
        ),
        (
            "Infinity literal",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[Infinity,31]},"properties":{}}"#),
            FileError,
        ),
        (
            "number beyond f64",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,31]},"properties":{}}"#),
            FileError,
        ),
        ("deeply nested JSON", deep, FileError),
        (
            "strings as coordinates",
            with_bad(
                r#"{"type":"Feature","geometry":{"type":"Point","coordinates":["119.9","31.8"]},"properties":{"name":"x"}}"#,
            ),
            one_bad,
        ),
        (
            "swapped lat/lon",
            with_bad(
                r#"{"type":"Feature","id":"s","geometry":{"type":"Point","coordinates":[31.8,119.9]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "longitude out of range",
            with_bad(
                r#"{"type":"Feature","id":"o","geometry":{"type":"Point","coordinates":[200,95]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "one coordinate",
            with_bad(
                r#"{"type":"Feature","id":"c","geometry":{"type":"Point","coordinates":[119.9]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "empty coordinates",
            with_bad(
                r#"{"type":"Feature","id":"e","geometry":{"type":"Point","coordinates":[]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "altitude is fine",
            with_bad(
                r#"{"type":"Feature","id":"alt","geometry":{"type":"Point","coordinates":[119.91,31.8,12]},"properties":{"name":"x"}}"#,
            ),
            both,
        ),
        (
            "null geometry",
            with_bad(r#"{"type":"Feature","id":"n","geometry":null,"properties":{"name":"x"}}"#),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "geometry collection",
            with_bad(
                r#"{"type":"Feature","id":"gc","geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[119.9,31.8]}]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "a polygon",
            with_bad(
                r#"{"type":"Feature","id":"pg","geometry":{"type":"Polygon","coordinates":[[[119.9,31.8],[119.91,31.8],[119.9,31.81],[119.9,31.8]]]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "no properties",
            with_bad(
                r#"{"type":"Feature","id":"np","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":null}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "empty name",
            with_bad(
                r#"{"type":"Feature","id":"en","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"  "}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "unknown properties are ignored",
            with_bad(
                r#"{"type":"Feature","id":"up","geometry":{"type":"Point","coordinates":[119.92,31.8]},"properties":{"name":"x","colour":"red","rank":[1,2]}}"#,
            ),
            both,
        ),
        ("duplicate id", with_bad(GOOD), Loads { places: 1, skipped: &[1] }),
        (
            "id with spaces and capitals",
            with_bad(
                r#"{"type":"Feature","id":"Bad Id","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "numeric id",
            with_bad(
                r#"{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[119.93,31.8]},"properties":{"name":"x"}}"#,
            ),
            both,
        ),
        (
            "negative precision",
            with_bad(
                r#"{"type":"Feature","id":"neg","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x","position":{"basis":"estimated","precision_m":-5}}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "unknown position basis",
            with_bad(
                r#"{"type":"Feature","id":"ub","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x","position":{"basis":"guessed"}}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        ("a feature that is a string", with_bad(r#""feature""#), Loads { places: 1, skipped: &[1] }),
        (
            "a feature without a type",
            with_bad(r#"{"id":"nt","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x"}}"#),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            "markup in a name is just text",
            with_bad(
                r#"{"type":"Feature","id":"xss","geometry":{"type":"Point","coordinates":[119.94,31.8]},"properties":{"name":"<img src=x onerror=alert(1)>"}}"#,
            ),
            both,
        ),
        ("a 10 MB name", with_bad(&huge_name), both),
        ("deeply nested property", with_bad(&deep_props), FileError),
        ("invalid UTF-8 replaced on reading", invalid_utf8, Loads { places: 1, skipped: &[] }),
        ("byte-order mark", format!("\u{feff}{}", with_bad(GOOD.replace("good", "other").as_str())), both),
        (
            "no features at all",
            r#"{"type":"FeatureCollection","features":[]}"#.into(),
            Loads { places: 0, skipped: &[] },
        ),
        (
            "two thousand features",
            format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, many.join(",")),
            Loads { places: 2000, skipped: &[] },
        ),
    ];
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    for (name, text, expect) in cases {
        check(name, &text, expect);
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
