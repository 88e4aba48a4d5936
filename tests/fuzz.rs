//! Property-based fuzzing of the two parsers that take input from strangers: the GeoJSON loader and the
//! link (URL state) parser. Each target runs for a time budget, `FUZZ_SECONDS` per target (3 s by default, so
//! `make test` stays quick; `make fuzz` runs each for 150 s, ten minutes in all), and prints how many inputs it tried.
//! A failure is shrunk by proptest to a minimal input and reported.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native dev-dependency
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};
use zhonglou_map::core::atlas::Atlas;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::places::{load, MAX_NAME_CHARS};
use zhonglou_map::core::url_state::UrlState;

fn budget() -> Duration {
    let seconds = std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(3.0);
    Duration::from_secs_f64(seconds)
}

/// Runs `test` on values from `strategy` in batches until the budget is spent; returns how many ran.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>) -> u64
where
    S::Value: std::fmt::Debug,
{
    let deadline = Instant::now() + budget();
    let mut runs = 0;
    let mut batch = 0u32;
    // At least one batch, whatever the budget: a run that tried nothing proves nothing.
    while batch == 0 || Instant::now() < deadline {
        batch += 1;
        let config = Config {
            cases: 256,
            failure_persistence: None,
            rng_seed: proptest::test_runner::RngSeed::Fixed(u64::from(batch)),
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("{name}: {e}");
        }
        runs += 256;
    }
    assert!(runs > 0, "{name}: no input was tried");
    println!("fuzz {name}: {runs} inputs in {:.0} s, no failure", budget().as_secs_f64());
    runs
}

/// JSON values of any shape, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter("JSON numbers are finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        (-200.0..200.0f64).prop_map(|f| json!(f)),
        any::<i64>().prop_map(|i| json!(i)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![Just("park"), Just("school"), Just("other"), Just("zoo"), Just(""), Just("<script>x</script>")]
            .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Keys the loader looks for, and some it does not.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("type"),
        Just("id"),
        Just("geometry"),
        Just("coordinates"),
        Just("properties"),
        Just("name"),
        Just("category"),
        Just("position"),
        Just("basis"),
        Just("precision_m"),
        Just("aliases"),
        Just("pinyin"),
        Just("summary"),
        Just("facts"),
        Just("zh-Hans"),
        Just("zh-Hant"),
        Just("en"),
        Just("features"),
        Just("x"),
    ]
    .prop_map(str::to_string)
}

/// Coordinates as data gets them wrong: plausible, swapped, out of range, too few, not numbers.
fn coordinates() -> impl Strategy<Value = Value> {
    prop_oneof![
        (119.7..120.1f64, 31.7..31.9f64).prop_map(|(lon, lat)| json!([lon, lat])),
        (31.7..31.9f64, 119.7..120.1f64).prop_map(|(lat, lon)| json!([lat, lon])),
        (any::<f64>(), any::<f64>())
            .prop_filter("finite", |(a, b)| a.is_finite() && b.is_finite())
            .prop_map(|(a, b)| json!([a, b])),
        prop::collection::vec(-500.0..500.0f64, 0..5).prop_map(|v| json!(v)),
        any_json(),
    ]
}

/// Features that are mostly right, with any part possibly wrong.
fn feature() -> impl Strategy<Value = Value> {
    let id = prop_oneof![Just(json!(null)), "[a-z0-9-]{1,8}".prop_map(Value::String), any_json()];
    let name = prop_oneof![
        ".{0,20}".prop_map(Value::String),
        (".{0,8}", ".{0,8}", ".{0,8}").prop_map(|(a, b, c)| json!({"zh-Hans": a, "zh-Hant": b, "en": c})),
        any_json(),
    ];
    let geometry_type = prop_oneof![Just("Point"), Just("LineString"), Just("Polygon"), Just("Nope")];
    let extra = prop::collection::vec((key(), any_json()), 0..3);
    (id, name, geometry_type, coordinates(), extra, any::<bool>()).prop_map(|(id, name, kind, coords, extra, typed)| {
        let mut props: Map<String, Value> = extra.into_iter().collect();
        props.insert("name".into(), name);
        let mut f = json!({"geometry": {"type": kind, "coordinates": coords}, "properties": props, "id": id});
        if typed {
            f["type"] = json!("Feature");
        }
        f
    })
}

/// What a loaded file must satisfy, whatever it was.
fn check_loaded(text: &str) -> Result<(), TestCaseError> {
    let Ok(loaded) = load(text) else { return Ok(()) };
    let mut ids = std::collections::HashSet::new();
    for p in &loaded.places {
        prop_assert!(p.at.lon.is_finite() && p.at.lat.is_finite() && p.at.lat.abs() <= 90.0 && p.at.lon.abs() <= 180.0);
        prop_assert!(ids.insert(p.id.clone()), "duplicate id {}", p.id);
        prop_assert!(!p.name.zh_hans.trim().is_empty() && p.name.en.chars().count() <= MAX_NAME_CHARS);
    }
    // Whatever loaded can be drawn.
    let atlas = Atlas::for_user_data(BaseMap::default(), loaded);
    let view = atlas.home_view(800.0, 600.0);
    let shown: usize = atlas.markers(CategorySet::ALL, &view).iter().map(|m| m.members.len()).sum();
    prop_assert_eq!(shown, atlas.places.len());
    Ok(())
}

#[test]
fn the_loader_survives_any_text() {
    fuzz("loader, any text", ".{0,200}", |text: String| check_loaded(&text));
}

#[test]
fn the_loader_survives_broken_feature_collections() {
    let file = (prop::collection::vec(feature(), 0..12), 0..3usize, any::<prop::sample::Index>());
    fuzz("loader, feature collections", file, |(features, damage, at)| {
        let count = features.len();
        let text = json!({"type": "FeatureCollection", "features": features}).to_string();
        // Sometimes cut the file short or put a stray byte in it.
        let text = match damage {
            0 => text,
            1 => text.chars().take(at.index(text.chars().count() + 1)).collect(),
            _ => {
                let mut chars: Vec<char> = text.chars().collect();
                chars.insert(at.index(chars.len() + 1), '"');
                chars.into_iter().collect()
            }
        };
        if damage == 0 {
            let loaded =
                load(&text).map_err(|e| TestCaseError::fail(format!("a well-formed collection is usable: {e}")))?;
            prop_assert_eq!(loaded.places.len() + loaded.skipped.len(), count, "every feature is shown or named");
        }
        check_loaded(&text)
    });
}

/// Query strings made of the link's own keys with any values, and stray pairs.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("place"),
        Just("cats"),
        Just("lang"),
        Just("view"),
        Just("base"),
        Just("data"),
        Just("tk"),
        Just("zz"),
    ];
    let value = prop_oneof![
        ".{0,16}",
        "[a-z,]{0,20}",
        (-90.0..90.0f64, -200.0..200.0f64, -5.0..30.0f64).prop_map(|(a, b, z)| format!("{z}/{a}/{b}")),
        "(%[0-9A-Fa-f]{0,2}|[a-z0-9+&=#])*",
    ];
    prop::collection::vec((key, value, any::<bool>()), 0..8).prop_map(|pairs| {
        let body: Vec<String> =
            pairs.into_iter().map(|(k, v, bare)| if bare { k.to_string() } else { format!("{k}={v}") }).collect();
        format!("?{}", body.join("&"))
    })
}

#[test]
fn the_link_parser_survives_any_query_and_prints_what_it_reads_back_the_same() {
    let check = |q: String| {
        let (state, _problems) = UrlState::parse(&q);
        let printed = state.to_query();
        let (again, problems) = UrlState::parse(&printed);
        prop_assert!(problems.is_empty(), "a printed link has no problems: {} ({:?})", printed, problems);
        prop_assert_eq!(again.to_query(), printed.clone(), "printing is a fixed point");
        // Everything reads back the same, the view to the printed precision (about a metre, a hundredth of a zoom).
        prop_assert_eq!(UrlState { view: None, ..again.clone() }, UrlState { view: None, ..state.clone() });
        match (again.view, state.view) {
            (None, None) => {}
            (Some(a), Some(b)) => prop_assert!(
                (a.zoom - b.zoom).abs() <= 0.005
                    && (a.center.lon - b.center.lon).abs() <= 1e-5
                    && (a.center.lat - b.center.lat).abs() <= 1e-5,
                "{} printed as {}",
                q,
                printed
            ),
            _ => prop_assert!(false, "the view was lost or invented: {} printed as {}", q, printed),
        }
        Ok(())
    };
    fuzz("link parser, structured", query(), check);
    fuzz("link parser, any text", ".{0,120}", check);
}
