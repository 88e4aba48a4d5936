//! The offline backdrop: its files read, each level drawn at its zooms, names placed where they fit.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::backdrop::{names, Backdrop, Level};
use zhonglou_map::core::geo::{Layer, LonLat, Viewport};
use zhonglou_map::core::i18n::Lang;

fn read(level: &str) -> Backdrop {
    let path = format!("{}/assets/data/backdrop/{level}.json", env!("CARGO_MANIFEST_DIR"));
    Backdrop::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_files_hold_the_world_and_chinas_named_provinces_and_prefectures() {
    let world = read("world");
    assert_eq!(world.level, Level::World);
    assert!(world.shapes.len() > 150);
    let provinces = read("provinces");
    assert_eq!(provinces.shapes.len(), 34);
    let jiangsu = provinces.shapes.iter().find(|s| s.name.zh_hans == "江苏").unwrap();
    // Its outline surrounds Changzhou.
    let ring = jiangsu.rings.iter().max_by_key(|r| r.len()).unwrap();
    let (w, e) = ring.iter().fold((180.0_f64, -180.0_f64), |(w, e), p| (w.min(p.lon), e.max(p.lon)));
    let (s, n) = ring.iter().fold((90.0_f64, -90.0_f64), |(s, n), p| (s.min(p.lat), n.max(p.lat)));
    assert!(w < 119.95 && 119.95 < e && s < 31.77 && 31.77 < n, "{w} {e} {s} {n}");
    let prefectures = read("prefectures");
    assert!(prefectures.shapes.iter().any(|s| s.name.zh_hans == "常州"));
    assert!(Backdrop::parse(r#"{"level":"moon","shapes":[]}"#).is_err());
    // Counties, a province at a time: Jiangsu's holds Zhonglou.
    let counties = read(&format!("counties/{}", jiangsu.code));
    assert_eq!(counties.level, Level::Counties);
    assert!(
        counties.shapes.iter().any(|s| s.name.zh_hans == "钟楼区"),
        "{:?}",
        counties.shapes.iter().map(|s| &s.name.zh_hans).collect::<Vec<_>>()
    );
}

#[test]
fn the_counties_fetched_are_those_of_the_provinces_in_view() {
    let provinces = read("provinces");
    let code = |name: &str| provinces.shapes.iter().find(|s| s.name.zh_hans == name).unwrap().code.clone();
    // Over Changzhou at zoom 10: Jiangsu, and no province far away.
    let over_changzhou = provinces.in_view(&Viewport::new(LonLat::new(119.95, 31.78), 10.0, 800.0, 600.0));
    assert!(over_changzhou.contains(&code("江苏")));
    assert!(!over_changzhou.contains(&code("新疆")));
    assert!(Level::Counties.address("320000").ends_with("/counties/320000.json"));
}

#[test]
fn each_level_is_drawn_and_named_only_at_the_zooms_where_it_helps() {
    assert!(Level::World.drawn_at(3.0) && !Level::World.drawn_at(8.0));
    assert!(Level::Provinces.drawn_at(5.0) && !Level::Provinces.drawn_at(2.0) && !Level::Provinces.drawn_at(14.0));
    // Closer in, provinces are land without their coarse borders.
    assert!(
        Level::Provinces.outlined_at(9.0) && Level::Provinces.drawn_at(11.0) && !Level::Provinces.outlined_at(11.0)
    );
    assert!(Level::Prefectures.drawn_at(8.0) && !Level::Prefectures.drawn_at(4.0));
    assert!(Level::Counties.drawn_at(10.0) && !Level::Counties.drawn_at(7.0));
    // One level's names at a time; none at the district's own zooms.
    for zoom in [4.0, 5.0, 6.5, 7.5, 9.0, 10.5, 12.0] {
        let named = Level::ALL.into_iter().filter(|l| l.named_at(zoom)).count();
        assert!(named <= 1, "{zoom}");
    }
    assert!(!Level::Prefectures.named_at(12.0) && Level::Counties.named_at(12.0) && !Level::World.named_at(2.0));
}

#[test]
fn names_on_screen_are_placed_unless_they_would_overlap_one_already_placed() {
    let provinces = std::sync::Arc::new(read("provinces"));
    let layer = Layer::new(LonLat::new(100.0, 50.0));
    let view = Viewport::new(LonLat::new(112.0, 33.0), 4.5, 1000.0, 700.0);
    let placed = names(std::slice::from_ref(&provinces), &view, &layer, Lang::ZhHans);
    assert!(placed.iter().any(|n| n.text == "江苏"));
    assert!(placed.len() >= 20, "{}", placed.len());
    // Out at zoom 3.6 on a phone, the east's small provinces crowd: some names are left out, none overlap.
    let small = Viewport::new(LonLat::new(112.0, 33.0), 3.6, 390.0, 500.0);
    let fewer = names(&[provinces], &small, &layer, Lang::ZhHans);
    assert!(fewer.len() < placed.len());
    let k = small.layer_scale();
    for (i, a) in fewer.iter().enumerate() {
        for b in &fewer[i + 1..] {
            let (dx, dy) = ((a.x - b.x) * k, (a.y - b.y) * k);
            let half = (a.text.chars().count() + b.text.chars().count()) as f64 * 6.0;
            assert!(dx.abs() > half || dy.abs() > 16.0, "{} and {} overlap", a.text, b.text);
        }
    }
}

#[test]
fn provinces_and_prefectures_are_named_in_the_readers_language() {
    let provinces = std::sync::Arc::new(read("provinces"));
    let prefectures = std::sync::Arc::new(read("prefectures"));
    let layer = Layer::new(LonLat::new(100.0, 50.0));
    let china = Viewport::new(LonLat::new(112.0, 33.0), 4.5, 1000.0, 700.0);
    let texts = |b: &std::sync::Arc<Backdrop>, view: &Viewport, lang| {
        names(std::slice::from_ref(b), view, &layer, lang).into_iter().map(|n| n.text).collect::<Vec<_>>()
    };
    let english = texts(&provinces, &china, Lang::En);
    assert!(english.iter().any(|t| t == "Jiangsu") && english.iter().any(|t| t == "Inner Mongolia"), "{english:?}");
    assert!(english.iter().all(|t| t.is_ascii()), "{english:?}");
    assert!(texts(&provinces, &china, Lang::ZhHant).iter().any(|t| t == "江蘇"));
    // Every province and prefecture has all three.
    for shape in provinces.shapes.iter().chain(&prefectures.shapes) {
        assert!(shape.name.is_complete() && shape.name.en.chars().all(|c| c < '\u{2000}'), "{:?}", shape.name);
    }
    // Around Changzhou at zoom 8, the prefectures in English.
    let jiangnan = Viewport::new(LonLat::new(119.95, 31.78), 8.0, 1000.0, 700.0);
    let english = texts(&prefectures, &jiangnan, Lang::En);
    assert!(english.iter().any(|t| t == "Changzhou") && english.iter().any(|t| t == "Wuxi"), "{english:?}");
}
