//! The hostile-input corpus: broken, hostile and odd GeoJSON, each with what loading it must give. Shared by the
//! native loader test (tests/hostile.rs) and the browser test, which gets it as files from
//! `cargo run --example hostile_corpus -- <dir>` (e2e/hostile.spec.mjs).
#![allow(dead_code)] // each user takes what it needs

pub const GOOD: &str = r#"{"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[119.9,31.79]},"properties":{"category":"park","name":"好"}}"#;

fn with_bad(bad: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{GOOD},{bad}]}}"#)
}

/// What a case must give: a file-level error saying this, or so many places with the features skipped (their
/// index and what the reason says).
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    FileError(&'static str),
    Loads { places: usize, skipped: &'static [(usize, &'static str)] },
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
        (
            "malformed JSON",
            r#"{"type":"FeatureCollection","features":[{"#.into(),
            FileError("not valid JSON: the file ends too early"),
        ),
        ("empty file", "".into(), FileError("not valid JSON: the file ends too early")),
        ("only whitespace", " \n\t ".into(), FileError("not valid JSON: the file ends too early")),
        ("top level is an array", "[]".into(), FileError("not a GeoJSON FeatureCollection")),
        ("top level is a number", "42".into(), FileError("not a GeoJSON FeatureCollection")),
        ("top level is a string", r#""FeatureCollection""#.into(), FileError("not a GeoJSON FeatureCollection")),
        ("a lone Feature", GOOD.into(), FileError("not a GeoJSON FeatureCollection")),
        (
            "features is an object",
            r#"{"type":"FeatureCollection","features":{}}"#.into(),
            FileError("not a GeoJSON FeatureCollection"),
        ),
        (
            "features is null",
            r#"{"type":"FeatureCollection","features":null}"#.into(),
            FileError("not a GeoJSON FeatureCollection"),
        ),
        ("features missing", r#"{"type":"FeatureCollection"}"#.into(), FileError("not a GeoJSON FeatureCollection")),
        (
            "NaN literal",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[NaN,31]},"properties":{}}"#),
            FileError("not valid JSON: a syntax error"),
        ),
        (
            "Infinity literal",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[Infinity,31]},"properties":{}}"#),
            FileError("not valid JSON: a syntax error"),
        ),
        (
            // Only the feature holding the number is unreadable: the rest of the file still loads.
            "number beyond f64",
            with_bad(r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,31]},"properties":{}}"#),
            Loads { places: 1, skipped: &[(1, "its geometry or properties are malformed")] },
        ),
        ("deeply nested JSON", deep, FileError("not a GeoJSON FeatureCollection")),
        (
            "strings as coordinates",
            with_bad(
                r#"{"type":"Feature","geometry":{"type":"Point","coordinates":["119.9","31.8"]},"properties":{"name":"x"}}"#,
            ),
            Loads {
                places: 1,
                skipped: &[(1, "Feature 2 (x): its coordinates need two numbers, longitude and latitude")],
            },
        ),
        (
            "swapped lat/lon",
            with_bad(
                r#"{"type":"Feature","id":"s","geometry":{"type":"Point","coordinates":[31.8,119.9]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "look swapped")] },
        ),
        (
            "longitude out of range",
            with_bad(
                r#"{"type":"Feature","id":"o","geometry":{"type":"Point","coordinates":[200,95]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "[200, 95] are not a position on Earth")] },
        ),
        (
            "one coordinate",
            with_bad(
                r#"{"type":"Feature","id":"c","geometry":{"type":"Point","coordinates":[119.9]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "need two numbers, longitude and latitude")] },
        ),
        (
            "empty coordinates",
            with_bad(
                r#"{"type":"Feature","id":"e","geometry":{"type":"Point","coordinates":[]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "need two numbers, longitude and latitude")] },
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
            Loads { places: 1, skipped: &[(1, "has no geometry")] },
        ),
        (
            "geometry collection",
            with_bad(
                r#"{"type":"Feature","id":"gc","geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[119.9,31.8]}]},"properties":{"name":"x"}}"#,
            ),
            both,
        ),
        (
            "a polygon",
            with_bad(
                r#"{"type":"Feature","id":"pg","geometry":{"type":"Polygon","coordinates":[[[119.9,31.8],[119.91,31.8],[119.9,31.81],[119.9,31.8]]]},"properties":{"name":"x"}}"#,
            ),
            both,
        ),
        (
            "an unclosed ring",
            with_bad(
                r#"{"type":"Feature","id":"uc","geometry":{"type":"Polygon","coordinates":[[[119.9,31.8],[119.91,31.8],[119.9,31.81],[119.91,31.81]]]},"properties":{"name":"Open field"}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "Feature 2 (Open field): an area's ring is not closed")] },
        ),
        (
            "a polygon nested as a line",
            with_bad(
                r#"{"type":"Feature","id":"pl","geometry":{"type":"Polygon","coordinates":[[119.9,31.8],[119.91,31.8]]},"properties":{"名称":"Canal"}}"#,
            ),
            Loads {
                places: 1,
                skipped: &[(1, "Feature 2 (Canal): its coordinates are not nested as its geometry type says")],
            },
        ),
        (
            "a line without coordinates",
            with_bad(
                r#"{"type":"Feature","id":"nc","geometry":{"type":"LineString","coordinates":[]},"properties":{}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "Feature 2: its geometry has no coordinates")] },
        ),
        (
            "no properties",
            with_bad(
                r#"{"type":"Feature","id":"np","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":null}"#,
            ),
            Loads { places: 1, skipped: &[(1, "has no properties")] },
        ),
        (
            "empty name",
            with_bad(
                r#"{"type":"Feature","id":"en","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"category":"park","name":"  "}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "property `name` is missing or empty")] },
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
        (
            "duplicate id",
            with_bad(GOOD),
            Loads { places: 1, skipped: &[(1, "id “good” is used by an earlier feature")] },
        ),
        (
            "id with spaces and capitals",
            with_bad(
                r#"{"type":"Feature","id":"Bad Id","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x"}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "id “Bad Id” must be a lowercase slug")] },
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
            Loads { places: 1, skipped: &[(1, "precision -5 is not a positive number")] },
        ),
        (
            "unknown position basis",
            with_bad(
                r#"{"type":"Feature","id":"ub","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x","position":{"basis":"guessed"}}}"#,
            ),
            Loads { places: 1, skipped: &[(1, "basis “guessed” is not sourced, derived or estimated")] },
        ),
        (
            "a feature that is a string",
            with_bad(r#""feature""#),
            Loads { places: 1, skipped: &[(1, "not a GeoJSON feature")] },
        ),
        (
            "a feature without a type",
            with_bad(r#"{"id":"nt","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"x"}}"#),
            Loads { places: 1, skipped: &[(1, "not a GeoJSON feature")] },
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
