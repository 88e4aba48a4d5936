//! What a user's places are called: the usual name fields, else the file's first field, else the id; or a field
//! the user chooses, which the map, the search and later corrections follow.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::atlas::Atlas;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::places::{load, Place};

fn collection(props: &[&str]) -> String {
    let features: Vec<String> = props
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{},31.77]}},"properties":{p}}}"#,
                119.9 + i as f64 * 0.01
            )
        })
        .collect();
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
}

fn names(places: &[Place]) -> Vec<&str> {
    places.iter().map(|p| p.name.get(Lang::En)).collect()
}

fn stations() -> Atlas {
    let file = collection(&[
        r#"{"name":"Wenhuagong","name_en":"Culture Palace","line":"1"}"#,
        r#"{"name":"Nandajie","name_en":"South Street","line":"1"}"#,
        r#"{"name":"Qingfeng Park","line":"2"}"#,
    ]);
    Atlas::for_user_data(BaseMap::default(), load(&file).unwrap())
}

#[test]
fn a_file_without_the_usual_name_fields_still_shows_named_by_its_first_field_or_id() {
    let file = collection(&[r#"{"city":"Liyang","pop":"780000"}"#, r#"{"pop":""}"#, r#"{}"#]);
    let loaded = load(&file).unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    assert_eq!(names(&loaded.places), ["Liyang", "feature-1", "feature-2"]);
    // The project's own schema still needs a name.
    let built_in = collection(&[r#"{"category":"park"}"#]);
    assert_eq!(load(&built_in).unwrap().places.len(), 0);
}

#[test]
fn the_fields_a_label_can_come_from_are_those_most_places_have() {
    let atlas = stations();
    assert_eq!(atlas.field_survey().unwrap().label_candidates(), ["name", "name_en", "line"]);
    let with_one = collection(&[r#"{"name":"a","rare":"x"}"#, r#"{"name":"b"}"#, r#"{"name":"c"}"#]);
    let with_one = Atlas::for_user_data(BaseMap::default(), load(&with_one).unwrap());
    assert_eq!(with_one.field_survey().unwrap().label_candidates(), ["name"]);
}

#[test]
fn a_chosen_label_names_the_places_and_the_search_finds_them_by_it() {
    let atlas = stations();
    assert_eq!(names(&atlas.places), ["Wenhuagong", "Nandajie", "Qingfeng Park"]);
    let labelled = atlas.renamed(Some("name_en")).unwrap();
    assert_ne!(labelled.generation, atlas.generation);
    assert_eq!(labelled.naming_field.as_deref(), Some("name_en"));
    // The station without an English name keeps its usual one.
    assert_eq!(names(&labelled.places), ["Culture Palace", "South Street", "Qingfeng Park"]);
    let found: Vec<usize> = labelled.search("south street", 5).into_iter().map(|p| p.index()).collect();
    assert_eq!(found, [1]);
    // Another label, then the usual names back.
    assert_eq!(names(&labelled.renamed(Some("line")).unwrap().places), ["1", "1", "2"]);
    let back = labelled.renamed(None).unwrap();
    assert_eq!(names(&back.places), names(&atlas.places));
    assert!(back.naming_field.is_none());
    // A field no place has is refused.
    assert!(atlas.renamed(Some("colour")).is_none());
}

#[test]
fn a_place_renamed_in_the_editor_keeps_its_name_whatever_the_label_and_the_change_keeps_applying() {
    use zhonglou_map::core::changes::{text_changes, Edits, TextField};
    let atlas = stations();
    let labelled = atlas.renamed(Some("name_en")).unwrap();
    let first = zhonglou_map::core::ids::PlaceId::new(0);
    // The editor starts from the place as the file names it, whatever the label.
    let named = labelled.place_as_named(first).unwrap();
    assert_eq!(named.name.get(Lang::En), "Wenhuagong");
    let renames = text_changes(&named, &[(TextField::Name, Lang::En, "Renamed".into())]);
    assert_eq!(renames.len(), 1);
    // A correction applies to the file's names and the map shows the label again, but for the renamed place.
    let mut places = labelled.places_as_named().into_owned();
    let mut edits = Edits::default();
    edits.make(&mut places, renames[0].clone()).unwrap();
    let after = labelled.with_places(places);
    assert_eq!(names(&after.places), ["Renamed", "South Street", "Qingfeng Park"]);
    assert_eq!(names(&after.places_as_named()), ["Renamed", "Nandajie", "Qingfeng Park"]);
    assert_eq!(names(&after.renamed(None).unwrap().places), ["Renamed", "Nandajie", "Qingfeng Park"]);
    // The saved change applies to the file as loaded (a reload, another tab), labelled or not.
    let mut reloaded = atlas.places.clone();
    Edits::default().make(&mut reloaded, renames[0].clone()).unwrap();
    assert_eq!(names(&labelled.with_places(reloaded).places), ["Renamed", "South Street", "Qingfeng Park"]);
}

#[test]
fn a_null_or_blank_value_is_no_name() {
    let file = collection(&[
        r#"{"name":"Wenhuagong","name_en":null}"#,
        r#"{"name":"Nandajie","name_en":"  "}"#,
        r#"{"name":"Qingfeng Park","name_en":"Qingfeng Park Station"}"#,
        r#"{"code":null,"city":"Liyang"}"#,
    ]);
    let atlas = Atlas::for_user_data(BaseMap::default(), load(&file).unwrap());
    assert_eq!(names(&atlas.places)[3], "Liyang");
    // Only one place fills name_en in: not offered, but a link may still name it.
    assert_eq!(atlas.field_survey().unwrap().label_candidates(), ["name"]);
    let labelled = atlas.renamed(Some("name_en")).unwrap();
    assert_eq!(names(&labelled.places), ["Wenhuagong", "Nandajie", "Qingfeng Park Station", "Liyang"]);
}

#[test]
fn a_long_label_is_cut_with_an_ellipsis_like_any_name() {
    let long = "长".repeat(300);
    let atlas = Atlas::for_user_data(
        BaseMap::default(),
        load(&collection(&[&format!(r#"{{"name":"a","note":"{long}"}}"#)])).unwrap(),
    );
    let labelled = atlas.renamed(Some("note")).unwrap();
    let name = labelled.places[0].name.get(Lang::En);
    assert!(name.ends_with('…'), "{name}");
    assert_eq!(name.chars().count(), zhonglou_map::core::places::MAX_NAME_CHARS);
}

#[test]
fn a_download_writes_the_files_own_names_whatever_the_label() {
    let labelled = stations().renamed(Some("name_en")).unwrap();
    let text = zhonglou_map::core::export::to_geojson(&labelled.places_as_named(), &[0, 1, 2]);
    assert!(text.contains(r#""name":"Wenhuagong""#), "{text}");
    assert!(text.contains(r#""name_en":"Culture Palace""#), "{text}");
    assert!(!text.contains(r#""name":"Culture Palace""#), "{text}");
}

#[test]
fn grouping_and_labelling_go_together() {
    let atlas = stations().renamed(Some("name_en")).unwrap().regrouped(Some("line")).unwrap();
    assert_eq!(names(&atlas.places), ["Culture Palace", "South Street", "Qingfeng Park"]);
    assert_eq!(atlas.places[0].category, atlas.places[1].category);
    assert_ne!(atlas.places[0].category, atlas.places[2].category);
    let unlabelled = atlas.renamed(None).unwrap();
    assert!(unlabelled.groups.is_some());
    assert_eq!(unlabelled.places[2].category, atlas.places[2].category);
}
