//! Corrections as a list of changes: apply, undo, redo, pending per place, revert one place, and a whole file
//! applied or nothing of it.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::changes::*;
use zhonglou_map::core::geo::LonLat;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::ids::new_id;
use zhonglou_map::core::placement::Placement;
use zhonglou_map::core::places::{load, Basis, Place};

fn places() -> Vec<Place> {
    load(&collection(&[
        feature("qingfeng-park", "park", 119.8943, 31.7994),
        feature("no2-high-school", "school", 119.9405, 31.7795),
        feature("nandajie-station", "transport", NANDAJIE_STATION.lon, NANDAJIE_STATION.lat),
    ]))
    .unwrap()
    .places
}

fn at(places: &[Place], id: &str) -> LonLat {
    places.iter().find(|p| p.id == id).unwrap().at
}

fn move_to(places: &[Place], id: &str, to: LonLat) -> Change {
    let p = places.iter().find(|p| p.id == id).unwrap();
    let placed = Placement::Surveyed.position(15.0, "at the gate", "2026-11-29");
    Change::Move { id: id.into(), from: (p.at, p.position.clone()), to: (to, placed) }
}

#[test]
fn a_move_records_how_the_place_was_placed_and_undo_and_redo_walk_it_back_and_forth() {
    let mut places = places();
    let before = places.clone();
    let mut edits = Edits::default();
    let gate = LonLat::new(119.8950, 31.8001);
    {
        let change = move_to(&places, "qingfeng-park", gate);
        edits.make(&mut places, change).unwrap();
    }
    assert_eq!(at(&places, "qingfeng-park"), gate);
    let p = places.iter().find(|p| p.id == "qingfeng-park").unwrap();
    assert_eq!(p.position.basis, Basis::Sourced);
    assert_eq!(p.position.precision_m, Some(15.0));
    let source = p.position.source.as_ref().unwrap();
    assert_eq!(source.get(Lang::En), "surveyed on site, 2026-11-29: at the gate");
    assert_eq!(source.get(Lang::ZhHans), "实地测量，2026-11-29：at the gate", "said in the reader's language");
    assert!(edits.can_undo() && !edits.can_redo());
    edits.undo(&mut places).unwrap();
    assert_eq!(places, before, "undo puts position and basis back");
    edits.redo(&mut places).unwrap();
    assert_eq!(at(&places, "qingfeng-park"), gate);
    assert!(edits.undo(&mut places).is_some() && edits.undo(&mut places).is_none());
}

#[test]
fn add_edit_and_delete_each_undo_exactly() {
    let mut places = places();
    let before = places.clone();
    let mut edits = Edits::default();
    let mut new = places[0].clone();
    new.id = "new-garden".into();
    new.at = LonLat::new(119.93, 31.79);
    edits.make(&mut places, Change::Add { place: new.clone() }).unwrap();
    let rename = Change::Text {
        id: "no2-high-school".into(),
        field: TextField::Name,
        lang: Lang::En,
        from: "no2-high-school en".into(),
        to: "No. 2 High School".into(),
    };
    edits.make(&mut places, rename).unwrap();
    assert_eq!(text_of(&places[1], TextField::Name, Lang::En), "No. 2 High School");
    let station = places[2].clone();
    edits.make(&mut places, Change::Delete { place: station, index: 2 }).unwrap();
    assert_eq!(places.len(), 3);
    assert!(places.iter().all(|p| p.id != "nandajie-station"));
    while edits.undo(&mut places).is_some() {}
    assert_eq!(places, before, "a deleted place comes back in its old slot");
}

#[test]
fn a_new_change_forgets_what_was_undone() {
    let mut places = places();
    let mut edits = Edits::default();
    {
        let change = move_to(&places, "qingfeng-park", LonLat::new(119.9, 31.8));
        edits.make(&mut places, change).unwrap();
    }
    edits.undo(&mut places);
    {
        let change = move_to(&places, "no2-high-school", LonLat::new(119.94, 31.78));
        edits.make(&mut places, change).unwrap();
    }
    assert!(!edits.can_redo());
}

#[test]
fn pending_changes_are_listed_per_place_and_one_place_reverts_alone() {
    let mut places = places();
    let original = places.clone();
    let mut edits = Edits::default();
    {
        let change = move_to(&places, "qingfeng-park", LonLat::new(119.8950, 31.8001));
        edits.make(&mut places, change).unwrap();
    }
    {
        let change = move_to(&places, "no2-high-school", LonLat::new(119.9410, 31.7800));
        edits.make(&mut places, change).unwrap();
    }
    {
        let change = move_to(&places, "qingfeng-park", LonLat::new(119.8960, 31.8002));
        edits.make(&mut places, change).unwrap();
    }
    let pending = edits.pending();
    assert_eq!(
        pending.iter().map(|(id, list)| (id.as_str(), list.len())).collect::<Vec<_>>(),
        [("qingfeng-park", 2), ("no2-high-school", 1)]
    );
    let (from, to, metres) = moved_by(pending[0].1[0]).unwrap();
    assert_eq!(from, original[0].at);
    assert!((metres - from.distance_m(to)).abs() < 1e-9 && metres > 50.0);
    assert!(edits.revert(&mut places, "qingfeng-park"));
    assert_eq!(places[0], original[0], "the park is back as it was");
    assert_eq!(at(&places, "no2-high-school"), LonLat::new(119.9410, 31.7800), "the school keeps its move");
    assert_eq!(edits.done().len(), 1);
}

#[test]
fn a_changes_file_applies_whole_or_not_at_all_naming_each_change_it_cannot_apply() {
    let places = places();
    let good = move_to(&places, "qingfeng-park", LonLat::new(119.8950, 31.8001));
    let unknown = move_to(&places, "qingfeng-park", LonLat::new(119.9, 31.8));
    let unknown = match unknown {
        Change::Move { from, to, .. } => Change::Move { id: "no-such-place".into(), from, to },
        _ => unreachable!(),
    };
    // Recorded against an older position: the place has moved more than a metre since.
    let stale = match move_to(&places, "no2-high-school", LonLat::new(119.95, 31.78)) {
        Change::Move { id, from, to } => Change::Move { id, from: (LonLat::new(119.93, 31.77), from.1), to },
        _ => unreachable!(),
    };
    let mut dup = places[0].clone();
    dup.name.en = "again".into();
    let errors = apply_all(&places, &[good.clone(), unknown, stale, Change::Add { place: dup }]).unwrap_err();
    assert_eq!(errors.len(), 3);
    assert_eq!(errors[0], (1, ChangeError::UnknownId("no-such-place".into())));
    assert!(
        matches!(errors[1], (2, ChangeError::MovedSince { ref id, metres }) if id == "no2-high-school" && metres > 1000.0)
    );
    assert_eq!(errors[2], (3, ChangeError::DuplicateId("qingfeng-park".into())));
    let applied = apply_all(&places, &[good]).unwrap();
    assert_eq!(applied[0].at, LonLat::new(119.8950, 31.8001));
}

#[test]
fn an_empty_name_or_a_point_off_the_earth_is_refused_and_changes_nothing() {
    let mut places = places();
    let before = places.clone();
    let mut edits = Edits::default();
    let blank = Change::Text {
        id: "qingfeng-park".into(),
        field: TextField::Name,
        lang: Lang::ZhHans,
        from: "qingfeng-park简".into(),
        to: "  ".into(),
    };
    assert_eq!(edits.make(&mut places, blank), Err(ChangeError::EmptyName("qingfeng-park".into())));
    let off = move_to(&places, "qingfeng-park", LonLat::new(200.0, 31.8));
    assert_eq!(edits.make(&mut places, off), Err(ChangeError::BadCoordinate("qingfeng-park".into())));
    let stale_text = Change::Text {
        id: "qingfeng-park".into(),
        field: TextField::Summary,
        lang: Lang::En,
        from: "old".into(),
        to: "new".into(),
    };
    assert!(matches!(edits.make(&mut places, stale_text), Err(ChangeError::TextChangedSince { .. })));
    assert_eq!(places, before);
    assert!(!edits.can_undo());
}

#[test]
fn a_place_placed_by_eye_is_an_estimate_and_one_taken_from_another_map_names_it() {
    let eye = Placement::ByEye.position(200.0, "", "2026-11-29");
    assert_eq!((eye.basis, eye.precision_m), (Basis::Estimated, Some(200.0)));
    let eye = eye.source.unwrap();
    assert_eq!(eye.get(Lang::En), "placed by eye on this map, 2026-11-29");
    assert_eq!(eye.get(Lang::ZhHant), "在本圖上目測，2026-11-29");
    let amap = Placement::FromMap("GCJ-02".into()).position(10.0, "entrance", "2026-11-29");
    assert_eq!(amap.basis, Basis::Sourced);
    let amap = amap.source.unwrap();
    assert_eq!(amap.get(Lang::En), "taken from another map (GCJ-02), 2026-11-29: entrance");
    assert_eq!(amap.get(Lang::ZhHans), "取自其他地图（GCJ-02），2026-11-29：entrance");
}

#[test]
fn a_changes_file_reads_back_as_the_same_changes() {
    use zhonglou_map::core::changes_file::{parse, to_geojson};
    let mut places = places();
    let mut edits = Edits::default();
    let change = move_to(&places, "qingfeng-park", LonLat::new(119.8950, 31.8001));
    edits.make(&mut places, change).unwrap();
    let mut new = places[0].clone();
    new.id = "new-garden".into();
    new.at = LonLat::new(119.93, 31.79);
    edits.make(&mut places, Change::Add { place: new }).unwrap();
    let edit = Change::Text {
        id: "no2-high-school".into(),
        field: TextField::Summary,
        lang: Lang::ZhHant,
        from: String::new(),
        to: "新的說明".into(),
    };
    edits.make(&mut places, edit).unwrap();
    let station = places[2].clone();
    edits.make(&mut places, Change::Delete { place: station, index: 2 }).unwrap();
    let file = to_geojson(edits.done(), "2026-11-29");
    assert!(file.contains(r#""change":"move""#) && file.contains(r#""date":"2026-11-29""#));
    let back = parse(&file).unwrap();
    assert_eq!(back, edits.done(), "{file}");
    // Valid GeoJSON to another reader too: a feature per change, the text edit's without a geometry.
    let collection: zhonglou_map::core::format::FeatureCollection = file.parse().unwrap();
    assert_eq!(collection.features.iter().map(|f| f.geometry.is_some()).collect::<Vec<_>>(), [true, true, false, true]);
    // Applied in a fresh copy of the data, the file reproduces the edits.
    assert_eq!(apply_all(&self::places(), &back).unwrap(), places);
}

#[test]
fn a_changes_file_that_is_not_one_says_why_in_each_language() {
    use zhonglou_map::core::changes_file::{parse, FileError, MAX_BYTES};
    assert_eq!(parse("{oops"), Err(FileError::NotJson));
    assert_eq!(parse("[]"), Err(FileError::NotACollection));
    assert_eq!(
        parse(r#"{"type":"FeatureCollection","features":[{"properties":{"change":"teleport"}}]}"#),
        Err(FileError::BadItem(0))
    );
    let huge = " ".repeat(MAX_BYTES + 1);
    assert_eq!(parse(&huge), Err(FileError::TooLarge(MAX_BYTES + 1)));
    assert_eq!(FileError::BadItem(0).describe(Lang::ZhHans), "第 1 项不是本地图能读的修改");
    assert_eq!(ChangeError::UnknownId("x".into()).describe(Lang::ZhHant), "沒有編號為「x」的地點");
}

#[test]
fn a_new_place_gets_a_unique_slug_from_its_latin_name() {
    assert_eq!(new_id("Tianning Temple Gate", "", &[]), "tianning-temple-gate");
    assert_eq!(new_id("", "Qīngguǒ Xiàng", &[]), "qingguo-xiang");
    assert_eq!(new_id("  ", "", &["place"]), "place-2");
    assert_eq!(new_id("Qingfeng Park", "", &["qingfeng-park", "qingfeng-park-2"]), "qingfeng-park-3");
    assert_eq!(new_id("Ü & Ö's café!", "", &[]), "u-o-s-cafe");
}

#[test]
fn only_texts_that_differ_become_changes() {
    let place = places()[0].clone();
    let texts = vec![
        (TextField::Name, Lang::En, "qingfeng-park en".to_string()),
        (TextField::Name, Lang::ZhHans, "青枫公园".to_string()),
        (TextField::Summary, Lang::En, " A park. ".to_string()),
    ];
    let changes = text_changes(&place, &texts);
    assert_eq!(changes.len(), 2);
    assert!(
        matches!(&changes[1], Change::Text { field: TextField::Summary, to, from, .. } if to == "A park." && from.is_empty())
    );
}

#[test]
fn a_changes_file_of_ten_thousand_moves_applies_in_one_pass_each_move_undoable() {
    let mut places = places();
    let start = at(&places, "qingfeng-park");
    let mut trial = places.clone();
    let changes: Vec<Change> = (1..=10_000)
        .map(|i| {
            let to = LonLat::new(start.lon + f64::from(i) * 1e-6, start.lat);
            let change = move_to(&trial, "qingfeng-park", to);
            apply(&mut trial, &change).unwrap();
            change
        })
        .collect();
    let mut edits = Edits::default();
    edits.make_all(&mut places, changes).unwrap();
    assert_eq!(edits.done().len(), 10_000);
    assert_eq!(at(&places, "qingfeng-park"), at(&trial, "qingfeng-park"));
    edits.undo(&mut places).unwrap();
    assert!((at(&places, "qingfeng-park").lon - (start.lon + 9_999.0 * 1e-6)).abs() < 1e-9);
}

#[test]
fn a_changes_file_with_one_change_that_does_not_fit_changes_nothing() {
    let mut places = places();
    let mut edits = Edits::default();
    let first = move_to(&places, "no2-high-school", LonLat::new(119.941, 31.78));
    edits.make(&mut places, first).unwrap();
    let (before, recorded) = (places.clone(), edits.clone());
    let good = move_to(&places, "qingfeng-park", LonLat::new(119.9, 31.8));
    let stale = move_to(&before, "no2-high-school", LonLat::new(119.95, 31.79));
    let mut stale_from_elsewhere = stale.clone();
    if let Change::Move { from, .. } = &mut stale_from_elsewhere {
        from.0 = LonLat::new(119.0, 31.0);
    }
    let refused = edits.make_all(&mut places, vec![good, stale_from_elsewhere]).unwrap_err();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].0, 1, "the second change is the one that does not fit");
    assert_eq!((places, edits), (before, recorded), "the places and the list are as they were");
}
