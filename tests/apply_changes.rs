//! The maintainer's command: a changes file merged into the data keeps the file's formatting (only changed
//! lines differ), and a refused file leaves the data byte for byte as it was.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::changes::Change;
use zhonglou_map::core::changes_file::to_geojson;
use zhonglou_map::core::geo::LonLat;
use zhonglou_map::core::merge::apply_to_data;
use zhonglou_map::core::placement::Placement;
use zhonglou_map::core::places::load;
use zhonglou_map::data::{BASEMAP, PLACES};

fn district() -> Vec<LonLat> {
    BaseMap::parse(BASEMAP).unwrap().district_ring().unwrap().to_vec()
}

fn move_change(id: &str, to: LonLat) -> String {
    let p = load(PLACES).unwrap().places.into_iter().find(|p| p.id == id).unwrap();
    let placed = Placement::Surveyed.position(20.0, "at the main gate", "2026-11-29");
    to_geojson(&[Change::Move { id: id.into(), from: (p.at, p.position), to: (to, placed) }], "2026-11-29")
}

#[test]
fn no_changes_rewrite_the_data_byte_for_byte() {
    let (text, summary) = apply_to_data(PLACES, r#"{"type":"FeatureCollection","features":[]}"#, &district()).unwrap();
    assert!(summary.is_empty());
    assert!(text == PLACES, "the rewritten file differs from the original");
}

#[test]
fn a_move_changes_only_the_lines_of_that_places_point_and_position() {
    let to = LonLat::new(119.8951, 31.8002);
    let (text, summary) = apply_to_data(PLACES, &move_change("qingfeng-park", to), &district()).unwrap();
    assert_eq!(summary.len(), 1);
    assert!(summary[0].starts_with("moved qingfeng-park by "), "{summary:?}");
    let before: Vec<&str> = PLACES.lines().collect();
    let after: Vec<&str> = text.lines().collect();
    assert_eq!(before.len(), after.len(), "same number of lines");
    let changed: Vec<(&str, &str)> = before.iter().zip(&after).filter(|(a, b)| a != b).map(|(a, b)| (*a, *b)).collect();
    // The two coordinates, the precision and the source in its three languages.
    assert!(changed.len() <= 6, "{changed:#?}");
    assert!(changed.iter().any(|(_, b)| b.contains("119.8951")));
    let moved = load(&text).unwrap().places.into_iter().find(|p| p.id == "qingfeng-park").unwrap();
    assert_eq!(moved.at, to);
    let source = moved.position.source.unwrap();
    assert_eq!(source.get(zhonglou_map::core::i18n::Lang::En), "surveyed on site, 2026-11-29: at the main gate");
}

#[test]
fn a_change_that_cannot_apply_or_leaves_the_district_is_refused_with_its_reason() {
    let unknown =
        move_change("qingfeng-park", LonLat::new(119.8951, 31.8002)).replace("qingfeng-park", "no-such-place");
    let refused = apply_to_data(PLACES, &unknown, &district()).unwrap_err();
    assert_eq!(refused, vec!["change 1: no place has the id “no-such-place”".to_string()]);
    let shanghai =
        apply_to_data(PLACES, &move_change("qingfeng-park", LonLat::new(121.47, 31.23)), &district()).unwrap_err();
    assert!(shanghai[0].contains("outside the district"), "{shanghai:?}");
    assert!(apply_to_data(PLACES, "{oops", &district()).unwrap_err()[0].contains("not valid JSON"));
}

#[test]
fn the_command_leaves_a_refused_data_file_byte_for_byte_unchanged_and_writes_an_accepted_one() {
    let exe = std::env::current_exe().unwrap();
    let command = exe.parent().unwrap().parent().unwrap().join("examples").join("apply_changes");
    assert!(command.exists(), "cargo test builds the example: {}", command.display());
    let dir = std::env::temp_dir().join(format!("apply-changes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("places.geojson");
    std::fs::write(&data, PLACES).unwrap();
    let bad = dir.join("bad.geojson");
    std::fs::write(&bad, move_change("qingfeng-park", LonLat::new(121.47, 31.23))).unwrap();
    let out = std::process::Command::new(&command).arg(&bad).arg(&data).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("left unchanged"));
    assert!(std::fs::read(&data).unwrap() == PLACES.as_bytes(), "the refused file changed the data");
    let good = dir.join("good.geojson");
    std::fs::write(&good, move_change("qingfeng-park", LonLat::new(119.8951, 31.8002))).unwrap();
    let out = std::process::Command::new(&command).arg(&good).arg(&data).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("moved qingfeng-park by "));
    assert!(std::fs::read_to_string(&data).unwrap().contains("119.8951"));
    std::fs::remove_dir_all(&dir).unwrap();
}
