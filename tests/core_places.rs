//! Loading GeoJSON into places: good features load, bad ones are skipped with their index and reason.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::places::*;
use zhonglou_map::core::shape::ShapeProblem;

#[test]
fn good_features_load_with_every_field() {
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"qu-qiubai-memorial",
      "geometry":{"type":"Point","coordinates":[119.94722,31.78278]},
      "properties":{"category":"heritage","name":{"zh-Hans":"瞿秋白同志纪念馆","zh-Hant":"瞿秋白同志紀念館","en":"Qu Qiubai Memorial Hall"},
      "aliases":["瞿秋白故居"],"pinyin":"Qu Qiubai Tongzhi Jinianguan",
      "summary":{"zh-Hans":"简","zh-Hant":"繁","en":"en"},"article_section":"culture",
      "facts":[{"text":{"zh-Hans":"事实","zh-Hant":"事實","en":"fact"},"source":"zh.wikipedia"}],
      "address":{"zh-Hans":"延陵西路188号","en":"188 Yanling West Road"},
      "position":{"basis":"sourced","precision_m":50,"source":"zh.wikipedia"}}}]}"#;
    let loaded = load(text).unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    let p = &loaded.places[0];
    assert_eq!(p.id, "qu-qiubai-memorial");
    assert_eq!(p.at, QIUBAI);
    assert_eq!(p.category, Category::Heritage);
    assert_eq!(p.name.en, "Qu Qiubai Memorial Hall");
    assert_eq!(p.aliases, vec!["瞿秋白故居"]);
    assert_eq!(p.section, Some(Section::Culture));
    assert_eq!(p.facts.len(), 1);
    assert_eq!(p.position.basis, Basis::Sourced);
    assert_eq!(p.position.precision_m, Some(50.0));
    // The address had no Traditional text: it borrows the Simplified one.
    assert_eq!(p.address.as_ref().unwrap().zh_hant, "延陵西路188号");
}

#[test]
fn bad_features_are_skipped_with_their_index_and_the_rest_load() {
    let features = vec![
        feature("good-one", "park", 119.9, 31.8),
        r#"{"type":"Feature","id":"no-name","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"category":"park"}}"#.to_string(),
        feature("far-away", "park", 200.0, 31.8),
        r#"{"type":"Feature","id":"a-ring","geometry":{"type":"Polygon","coordinates":[[[119.9,31.8],[119.91,31.81],[119.9,31.81]]]},"properties":{"category":"park","name":"Short ring"}}"#.to_string(),
        feature("zoo", "zoo", 119.9, 31.8),
        feature("good-one", "school", 119.91, 31.8),
        r#"{"type":"Feature","id":"Bad Id!","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"category":"park","name":"x"}}"#.to_string(),
        r#"{"type":"Feature","geometry":null,"properties":{"category":"park","name":"x"}}"#.to_string(),
        r#"{"type":"Feature","geometry":{"type":"Point","coordinates":["a","b"]},"properties":{}}"#.to_string(),
        r#"42"#.to_string(),
        feature("good-two", "school", 119.92, 31.79),
    ];
    let loaded = load(&collection(&features)).unwrap();
    let ids: Vec<&str> = loaded.places.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["good-one", "good-two"]);
    let skipped: Vec<usize> = loaded.skipped.iter().map(|s| s.index).collect();
    assert_eq!(skipped, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let reason = |i: usize| loaded.skipped.iter().find(|s| s.index == i).unwrap().error.clone();
    assert_eq!(reason(1), FeatureError::Missing("name"));
    assert!(matches!(reason(2), FeatureError::BadCoordinates { .. }));
    assert_eq!(reason(3), FeatureError::BadShape(ShapeProblem::ShortRing));
    // Skipped features are named where they give a name.
    let name = |i: usize| loaded.skipped.iter().find(|s| s.index == i).unwrap().name.clone();
    assert_eq!(name(3).as_deref(), Some("Short ring"));
    assert_eq!(name(8), None);
    assert_eq!(reason(4), FeatureError::UnknownCategory("zoo".into()));
    assert_eq!(reason(5), FeatureError::DuplicateId("good-one".into()));
    assert_eq!(reason(6), FeatureError::BadId("Bad Id!".into()));
    assert_eq!(reason(7), FeatureError::NoGeometry);
    // Text where numbers should be: a point that needs two numbers (the rest of the feature is still read).
    assert!(matches!(reason(8), FeatureError::BadCoordinates { lon, lat } if lon.is_nan() && lat.is_nan()));
    assert_eq!(reason(9), FeatureError::NotAFeature(None));
}

#[test]
fn a_file_that_is_not_a_feature_collection_is_an_error() {
    assert!(matches!(load("{not json"), Err(LoadError::NotJson { .. })));
    assert!(matches!(load(""), Err(LoadError::NotJson { .. })));
    assert_eq!(load("[1,2]"), Err(LoadError::NotACollection));
    assert_eq!(load(r#"{"type":"Feature"}"#), Err(LoadError::NotACollection));
    assert_eq!(load(r#"{"type":"FeatureCollection","features":{}}"#), Err(LoadError::NotACollection));
}

#[test]
fn a_feature_without_a_category_is_shown_as_other() {
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"name":"bus stop"}}]}"#;
    let loaded = load(text).unwrap();
    assert_eq!(loaded.places[0].category, Category::Other);
    assert_eq!(loaded.places[0].id, "feature-0");
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let text = format!("\u{feff}{}", collection(&[feature("x", "park", 119.9, 31.8)]));
    assert_eq!(load(&text).unwrap().places.len(), 1);
}

#[test]
fn a_plain_string_name_serves_every_language() {
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"shop","geometry":{"type":"Point","coordinates":[119.9,31.8]},"properties":{"category":"market","name":"南大街"}}]}"#;
    let p = &load(text).unwrap().places[0];
    assert_eq!(p.name.zh_hans, "南大街");
    assert_eq!(p.name.en, "南大街");
    assert_eq!(p.position.basis, Basis::Unstated);
}

#[test]
fn estimated_positions_are_approximate_and_sourced_ones_are_not() {
    assert!(Basis::Estimated.is_approximate());
    assert!(Basis::Derived.is_approximate());
    assert!(!Basis::Sourced.is_approximate());
}

#[test]
fn category_and_section_keys_round_trip() {
    for c in Category::ALL {
        assert_eq!(Category::from_key(c.key()), Some(c));
    }
    for s in Section::ALL {
        assert_eq!(Section::from_key(s.key()), Some(s));
    }
}

#[test]
fn exported_places_load_back_the_same() {
    use zhonglou_map::core::export::to_geojson;
    let places = load(zhonglou_map::data::PLACES).unwrap().places;
    let all: Vec<usize> = (0..places.len()).collect();
    let text = to_geojson(&places, &all);
    // Valid GeoJSON to another reader too (the geojson crate's), one feature per place.
    let collection: zhonglou_map::core::format::FeatureCollection = text.parse().unwrap();
    assert_eq!(collection.features.len(), places.len());
    let back = load(&text).unwrap();
    assert!(back.skipped.is_empty());
    assert_eq!(back.places, places);
    let some = load(&to_geojson(&places, &[3, 1])).unwrap().places;
    assert_eq!(some, vec![places[3].clone(), places[1].clone()]);
}

#[test]
fn a_large_file_loads_in_steps_with_the_same_result() {
    let features: Vec<String> =
        (0..2500).map(|i| feature(&format!("p{i}"), "park", 119.8 + i as f64 * 1e-4, 31.8)).collect();
    let text = collection(&features);
    let mut loader = Loader::new(&text).unwrap();
    assert_eq!(loader.total(), 2500);
    let mut steps = 0;
    while loader.step(1000) {
        steps += 1;
    }
    assert_eq!((steps, loader.done()), (2, 2500));
    assert_eq!(loader.finish(), load(&text).unwrap());
}

#[test]
fn overlong_names_are_shortened_on_loading_and_names_that_fit_are_kept_whole() {
    let long = "长".repeat(MAX_NAME_CHARS + 50);
    let exact = "x".repeat(MAX_NAME_CHARS);
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[
        {{"type":"Feature","id":"a","geometry":{{"type":"Point","coordinates":[119.9,31.8]}},"properties":{{"name":"{long}"}}}},
        {{"type":"Feature","id":"b","geometry":{{"type":"Point","coordinates":[119.91,31.8]}},"properties":{{"name":"{exact}"}}}}]}}"#
    );
    let places = load(&text).unwrap().places;
    let cut = &places[0].name.zh_hans;
    assert_eq!(cut.chars().count(), MAX_NAME_CHARS);
    assert!(cut.ends_with('…') && cut.starts_with("长长"), "{cut}");
    assert_eq!(places[1].name.en, exact);
}
