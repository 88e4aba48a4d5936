//! A user's own data: its fields shown as text, its own name fields and title, and a zoom range that reaches it.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::atlas::{floor_for, Atlas, Icon};
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::fields::{fields_of, is_web_address, MAX_FIELDS, MAX_VALUE_CHARS};
use zhonglou_map::core::geo::{Bounds, DISTRICT_MIN_ZOOM, MIN_ZOOM};
use zhonglou_map::core::loading::DataLoad;
use zhonglou_map::core::places::{load, Category};

fn feature(props: &str) -> String {
    format!(r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[119.95,31.77]}},"properties":{props}}}"#)
}

#[test]
fn fields_are_text_in_the_files_order_with_nested_values_written_out() {
    let f = fields_of(&feature(r#"{"name":"Changzhou","pop":528000,"ok":true,"none":null,"tags":["a",{"b":2}],"site":"https://www.geonames.org/1815456"}"#)).unwrap();
    let shown: Vec<(&str, &str)> = f.shown.iter().map(|f| (f.key.as_str(), f.value.as_str())).collect();
    assert_eq!(
        shown,
        [
            ("name", "Changzhou"),
            ("pop", "528000"),
            ("ok", "true"),
            ("none", "—"),
            ("tags", "[a, {b: 2}]"),
            ("site", "https://www.geonames.org/1815456")
        ]
    );
    let links: Vec<_> = f.shown.iter().filter_map(|f| f.link.as_deref()).collect();
    assert_eq!(links, ["https://www.geonames.org/1815456"]);
}

#[test]
fn long_many_and_deep_fields_are_cut_and_hostile_addresses_are_not_links() {
    let huge = "x".repeat(1_000_000);
    let many: Vec<String> = (0..MAX_FIELDS + 5).map(|i| format!(r#""k{i}":{i}"#)).collect();
    let f = fields_of(&feature(&format!(r#"{{"huge":"{huge}",{}}}"#, many.join(",")))).unwrap();
    assert_eq!(f.shown[0].value.chars().count(), MAX_VALUE_CHARS);
    assert!(f.shown[0].value.ends_with('…'));
    assert_eq!((f.shown.len(), f.more), (MAX_FIELDS, 6));
    for bad in ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "http://", "https://a b", "ftp://x"]
    {
        assert!(!is_web_address(bad), "{bad}");
    }
    assert!(is_web_address("HTTPS://example.org"));
    // Nesting deeper than a parser allows: the loader keeps the place, the card says it cannot list the fields.
    let deep = format!("{}1{}", "[".repeat(5000), "]".repeat(5000));
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        feature(&format!(r#"{{"name":"Deep","d":{deep}}}"#))
    );
    let loaded = load(&text).unwrap();
    assert_eq!(loaded.places.len(), 1);
    assert_eq!(fields_of(loaded.places[0].own_fields.as_deref().unwrap()), None);
}

#[test]
fn a_user_feature_without_a_category_keeps_its_fields_and_finds_its_name_in_the_usual_fields() {
    let text = format!(
        r#"{{"type":"FeatureCollection","title":"Cities","features":[{},{},{},{}]}}"#,
        feature(r#"{"title":"A title"}"#),
        feature(r#"{"NAME":"UPPER","name":"lower"}"#),
        feature(r#"{"名称":"常州"}"#),
        feature(r#"{"category":"park","name":"A park"}"#)
    );
    let loaded = load(&text).unwrap();
    let names: Vec<&str> = loaded.places.iter().map(|p| p.name.en.as_str()).collect();
    assert_eq!(names, ["A title", "lower", "常州", "A park"]);
    assert!(loaded.places[..3].iter().all(|p| p.category == Category::Other && p.own_fields.is_some()));
    // A place in this project's schema (it has a category) is described by the schema, not a table.
    assert!(loaded.places[3].own_fields.is_none());
    assert_eq!(DataLoad::start(&text).ok().unwrap().name(), Some("Cities"));
}

#[test]
fn the_zoom_reaches_as_far_out_as_the_data_needs_and_the_district_map_keeps_its_floor() {
    let world = Bounds { west: -179.0, south: -54.0, east: 179.0, north: 78.0 };
    let jiangsu = Bounds { west: 116.4, south: 30.8, east: 121.9, north: 35.1 };
    let zhonglou = Bounds { west: 119.83, south: 31.75, east: 119.96, north: 31.83 };
    assert_eq!(floor_for(Some(world)), MIN_ZOOM);
    assert!(floor_for(Some(jiangsu)) < 7.0 && floor_for(Some(jiangsu)) > MIN_ZOOM);
    assert_eq!(floor_for(Some(zhonglou)), DISTRICT_MIN_ZOOM);
    let base = BaseMap::parse(zhonglou_map::data::BASEMAP).unwrap();
    assert_eq!(Atlas::new(base, load(zhonglou_map::data::PLACES).unwrap()).zoom_floor, DISTRICT_MIN_ZOOM);
}

fn cities() -> Vec<zhonglou_map::core::places::Place> {
    // Nine provinces' cities in unequal numbers, and a tenth value seen once; one city without the field.
    let mut features = Vec::new();
    for (province, n) in
        [("a", 9), ("b", 8), ("c", 7), ("d", 6), ("e", 5), ("f", 4), ("g", 3), ("h", 2), ("i", 2), ("j", 1)]
    {
        for k in 0..n {
            features.push(feature(&format!(r#"{{"name":"{province}{k}","admin1":"{province}","country":"CN"}}"#)));
        }
    }
    features.push(feature(r#"{"name":"nowhere","country":"CN"}"#));
    load(&format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))).unwrap().places
}

#[test]
fn fields_with_few_values_can_group_and_names_cannot() {
    let places = cities();
    // name: one value per place; country: a single value; admin1: ten values over 48 places.
    let features = places.iter().filter_map(|p| p.own_fields.as_deref());
    assert_eq!(zhonglou_map::core::fields::survey(features, places.len()).categorical(), ["admin1"]);
}

#[test]
fn grouping_gives_the_eight_most_common_values_their_own_category_and_the_rest_other() {
    use zhonglou_map::core::groups::from_field;
    use zhonglou_map::core::i18n::Lang;
    let places = cities();
    let (categories, groups) = from_field(&places, "admin1").unwrap();
    assert_eq!(groups.values, ["a", "b", "c", "d", "e", "f", "g", "h"]);
    let count = |c: Category| categories.iter().filter(|&&x| x == c).count();
    assert_eq!(count(Category::Park), 9);
    assert_eq!(count(Category::Transport), 2);
    // "i" (2), "j" (1) and the city without the field.
    assert_eq!(count(Category::Other), 4);
    assert_eq!(Category::ALL.into_iter().map(count).sum::<usize>(), places.len());
    assert_eq!(groups.label(Category::Park, Lang::En), "a");
    assert_eq!(groups.label(Category::Other, Lang::ZhHans), "其他");
    assert!(from_field(&places, "no-such-field").is_none());
}

#[test]
fn a_grouped_map_keeps_its_groups_through_a_correction_and_ungroups_back_to_other() {
    let base = BaseMap::default();
    let atlas = Atlas::for_user_data(base, zhonglou_map::core::places::Loaded { places: cities(), skipped: vec![] });
    let grouped = atlas.regrouped(Some("admin1")).unwrap();
    assert_ne!(grouped.generation, atlas.generation);
    assert_eq!(grouped.places[0].category, Category::Park);
    assert_eq!(grouped.category_label(Category::Park, zhonglou_map::core::i18n::Lang::En), "a");
    // Each group draws a shape of its own (not the park's tree), the rest the pin; ungrouped, a category's glyph.
    assert_eq!(grouped.icon_of(Category::Park), Icon::Shape(0));
    assert_eq!(grouped.icon_of(Category::School), Icon::Shape(1));
    assert_eq!(grouped.icon_of(Category::Other), Icon::Kind(Category::Other));
    assert_eq!(atlas.icon_of(Category::Park), Icon::Kind(Category::Park));
    // A correction rebuilds the places from the file's (ungrouped) ones: each keeps its group.
    let mut moved = atlas.places.clone();
    moved[0].at.lat += 0.001;
    let corrected = grouped.with_places(moved);
    assert_eq!(corrected.places[0].category, Category::Park);
    assert_eq!(corrected.groups, grouped.groups);
    let ungrouped = corrected.regrouped(None).unwrap();
    assert!(ungrouped.places.iter().all(|p| p.category == Category::Other));
    assert!(ungrouped.groups.is_none());
}

#[test]
fn a_users_feature_exports_with_its_own_fields_and_no_category() {
    use zhonglou_map::core::export::feature as exported;
    let places = cities();
    let atlas =
        Atlas::for_user_data(BaseMap::default(), zhonglou_map::core::places::Loaded { places, skipped: vec![] });
    let grouped = atlas.regrouped(Some("admin1")).unwrap();
    let out = exported(&grouped.places[0]);
    let props = out.properties.expect("a feature's properties");
    assert_eq!(props["name"], "a0");
    assert_eq!(props["admin1"], "a");
    assert_eq!(props["country"], "CN");
    assert!(props.get("category").is_none(), "{props:?}");
}

#[test]
fn grouped_by_a_field_with_one_place_per_value_the_places_stay_apart() {
    use zhonglou_map::core::filter::CategorySet;
    // Five places kilometres apart, each its own group: grouped, each keeps its own marker (the cluster index
    // stopped building levels once each category's places were alone, and five one-place groups became one
    // cluster of five).
    let points = [
        ("a", 119.93, 31.79),
        ("b", 119.90, 31.805),
        ("c", 119.91, 31.772),
        ("d", 119.9, 31.785),
        ("e", 119.93, 31.81),
    ];
    let features: Vec<String> = points
        .iter()
        .map(|(id, lon, lat)| {
            format!(r#"{{"type":"Feature","id":"{id}","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{"name":"{id}","kind":"{id}"}}}}"#)
        })
        .collect();
    let text = format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","));
    let atlas = Atlas::for_user_data(BaseMap::default(), load(&text).unwrap());
    let view = atlas.home_view(1030.0, 745.0);
    assert_eq!(atlas.markers(CategorySet::ALL, &view).len(), 5);
    let grouped = atlas.regrouped(Some("kind")).unwrap();
    assert_eq!(grouped.markers(CategorySet::ALL, &view).len(), 5, "each group's place keeps its own marker");
}
