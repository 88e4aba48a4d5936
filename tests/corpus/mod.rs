//! The hostile-input corpus: broken, hostile and odd GeoJSON, each with what loading it must give. Shared by the
//! native loader test (tests/hostile.rs) and the browser test, which gets it as files from
//! `cargo run --example hostile_corpus -- <dir>` (e2e/hostile.spec.mjs).
#![allow(dead_code)] // each user takes what it needs

pub const GOOD: &str = r#"{"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[119.9,31.79]},"properties":{"category":"park","name":"好"}}"#;

fn with_bad(bad: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{GOOD},{bad}]}}"#)
}

/// What a case must give: a file-level error, or so many places with these skipped indices.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    FileError,
    Loads { places: usize, skipped: &'static [usize] },
}

/// One case: a name, the file's bytes and what loading it must give.
pub struct Case {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

impl Case {
    /// The file as text, the way a browser's `Response.text()` reads it: invalid UTF-8 becomes U+FFFD.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// Every case.
pub fn cases() -> Vec<Case> {
    use Expect::*;
    let one_bad = Loads { places: 1, skipped: &[1] };
    let both = Loads { places: 2, skipped: &[] };
    let huge_name = format!(
        r#"{{"type":"Feature","id":"huge","geometry":{{"type":"Point","coordinates":[119.9,31.8]}},"properties":{{"name":"{}"}}}}"#,
        "长".repeat(3_400_000)
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep_props = format!(
        r#"{{"type":"Feature","id":"deep","geometry":{{"type":"Point","coordinates":[119.9,31.8]}},"properties":{{"name":"x","extra":{}{}}}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let invalid_utf8 = [
        br#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"u","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":""#.as_slice(),
        &[0xff, 0xfe, 0x41],
        br#""}}]}"#.as_slice(),
    ]
    .concat();
    // A 50 MB file: one feature carries 50 MB of notes nobody reads.
    let fifty_mb = format!(
        r#"{{"type":"Feature","id":"big","geometry":{{"type":"Point","coordinates":[119.95,31.8]}},"properties":{{"name":"大","notes":"{}"}}}}"#,
        "x".repeat(50 << 20)
    );
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
            // Only the feature holding the number is unreadable: the rest of the file still loads.
            "number beyond f64",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,31]},"properties":{}}"#),
            one_bad,
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
                r#"{"type":"Feature","id":"en","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"category":"park","name":"  "}}"#,
            ),
            Loads { places: 1, skipped: &[1] },
        ),
        (
            // A user's place (no category) with no name is still shown, named by its id.
            "empty name in a user's file",
            with_bad(
                r#"{"type":"Feature","id":"en","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"  "}}"#,
            ),
            Loads { places: 2, skipped: &[] },
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
        // Too deep to read as a feature: that feature is skipped, the rest of the file loads.
        // A property the map does not read is skipped over however deep it goes (no stack is spent on it): the
        // place loads.
        ("deeply nested property", with_bad(&deep_props), both),
        ("a 50 MB file", with_bad(&fifty_mb), both),
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
    let mut cases: Vec<Case> =
        cases.into_iter().map(|(name, text, expect)| Case { name, bytes: text.into_bytes(), expect }).collect();
    cases.push(Case {
        name: "invalid UTF-8 replaced on reading",
        bytes: invalid_utf8,
        expect: Loads { places: 1, skipped: &[] },
    });
    cases
}
