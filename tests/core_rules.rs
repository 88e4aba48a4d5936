//! The map's decisions, natively: merging a link, re-centring on a datum switch, pressing a cluster, which
//! halos show, the part of the map a card leaves free, the card's position text, and the loading steps.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::atlas::{
    fit_insets, Atlas, ClusterPress, CONTROLS_PX, MAX_HALO_SHARE, MIN_HALO_PX, NARROW_FIT_INSETS,
};
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::datum::{gcj02_to_wgs84, Datum};
use zhonglou_map::core::filter::CategorySet;
use zhonglou_map::core::geo::{unproject, LonLat, ScreenRect, Viewport, MAX_ZOOM};
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::ids::{Generation, PlaceId};
use zhonglou_map::core::link_merge::merge;
use zhonglou_map::core::loading::{after_failure, DataLoad, FEATURES_PER_SLICE, FIRST_SLICE};
use zhonglou_map::core::places::{load, Basis, Category, Position};
use zhonglou_map::core::problems::{DataProblem, LinkProblem};
use zhonglou_map::core::url_state::{BaseKind, UrlState};

fn built_in() -> Atlas {
    let places = load(zhonglou_map::data::PLACES).unwrap();
    Atlas::new(BaseMap::parse(zhonglou_map::data::BASEMAP).unwrap(), places)
}

fn link(query: &str) -> UrlState {
    let (url, problems) = UrlState::parse(query);
    assert!(problems.is_empty(), "{problems:?}");
    url
}

// ---- Link merge ----

#[test]
fn an_empty_link_shows_every_category_in_the_browsers_language_on_the_schematic() {
    let m = merge(&UrlState::default(), &built_in(), Lang::ZhHant);
    assert_eq!(
        (m.lang, m.cats, m.base, m.place, m.view),
        (Lang::ZhHant, CategorySet::ALL, BaseKind::Schematic, None, None)
    );
    assert!(!m.zoom_to_place && m.problems.is_empty());
}

#[test]
fn a_link_to_a_place_ticks_its_category_and_zooms_to_it_unless_the_link_names_a_view() {
    let atlas = built_in();
    let m = merge(&link("?place=qingfeng-park&cats=school"), &atlas, Lang::ZhHans);
    assert_eq!(m.place, atlas.find("qingfeng-park"));
    assert!(m.cats.contains(Category::Park) && m.cats.contains(Category::School));
    assert!(!m.cats.contains(Category::Hospital));
    assert!(m.zoom_to_place);
    let m = merge(&link("?place=qingfeng-park&view=15/31.8/119.9"), &atlas, Lang::ZhHans);
    assert!(!m.zoom_to_place, "a link's own view wins");
    assert!(m.view.is_some());
}

#[test]
fn a_link_to_an_unknown_place_opens_nothing_and_says_so() {
    let m = merge(&link("?place=no-such-place&lang=en&base=amap"), &built_in(), Lang::ZhHans);
    assert_eq!(m.place, None);
    assert_eq!(m.problems, vec![LinkProblem::UnknownPlace("no-such-place".into())]);
    assert_eq!((m.lang, m.base), (Lang::En, BaseKind::Amap));
}

// ---- Datum re-centring ----

#[test]
fn switching_to_gcj02_keeps_the_same_ground_under_the_centre() {
    let view = Viewport::new(QIUBAI, 16.0, 800.0, 600.0);
    let over_amap = Datum::Wgs84.recentre(&view, Datum::Gcj02);
    let ground = gcj02_to_wgs84(unproject(over_amap.center));
    assert!(ground.distance_m(QIUBAI) < 0.01, "{} m", ground.distance_m(QIUBAI));
    // The centre itself moved by GCJ-02's offset, about half a kilometre here (were Amap taken as WGS-84, 0).
    assert!((400.0..650.0).contains(&unproject(over_amap.center).distance_m(QIUBAI)));
    let back = Datum::Gcj02.recentre(&over_amap, Datum::Wgs84);
    assert!(unproject(back.center).distance_m(QIUBAI) < 0.01);
    assert_eq!((back.zoom, back.width, back.height), (16.0, 800.0, 600.0));
    assert_eq!(Datum::Wgs84.recentre(&view, Datum::Wgs84), view);
}

// ---- Cluster press ----

#[test]
fn pressing_a_cluster_zooms_in_at_least_a_level_to_where_its_places_fit() {
    let atlas = built_in();
    let view = atlas.home_view(1024.0, 768.0);
    let markers = atlas.markers(CategorySet::ALL, &view);
    let cluster = markers.iter().find(|m| m.is_cluster()).expect("the district view has clusters");
    match atlas.cluster_press(&cluster.members, CategorySet::ALL, &view) {
        ClusterPress::ZoomTo(v) => {
            assert!(v.zoom >= view.zoom + 1.0, "{} -> {}", view.zoom, v.zoom);
            for &p in &cluster.members {
                assert!(v.shows(atlas.shown_at(p), 0.0), "every member is on screen after the press");
            }
        }
        ClusterPress::List => panic!("a cluster at the district zoom zooms in"),
    }
}

/// Two places `metres` apart east-west near Qiubai, in a file of their own.
fn two_places(metres: f64) -> Atlas {
    let east = QIUBAI.lon + metres / (111_320.0 * QIUBAI.lat.to_radians().cos());
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[
        {{"type":"Feature","id":"w","geometry":{{"type":"Point","coordinates":[{},{}]}},"properties":{{"name":"w"}}}},
        {{"type":"Feature","id":"e","geometry":{{"type":"Point","coordinates":[{east},{}]}},"properties":{{"name":"e"}}}}]}}"#,
        QIUBAI.lon, QIUBAI.lat, QIUBAI.lat
    );
    Atlas::new(BaseMap::default(), load(&text).unwrap())
}

#[test]
fn pressing_a_cluster_zooms_only_as_far_as_it_takes_to_split_it() {
    for metres in [20.0, 60.0, 300.0] {
        let atlas = two_places(metres);
        let view = Viewport::new(QIUBAI, 12.0, 390.0, 600.0);
        let members = atlas.markers(CategorySet::ALL, &view).remove(0).members;
        assert_eq!(members.len(), 2, "one cluster at zoom 12 ({metres} m)");
        let ClusterPress::ZoomTo(after) = atlas.cluster_press(&members, CategorySet::ALL, &view) else {
            panic!("zooms in ({metres} m)")
        };
        // Split at the new zoom, and still together a level out: no further than it takes.
        assert_eq!(atlas.markers(CategorySet::ALL, &after).len(), 2, "{metres} m at zoom {}", after.zoom);
        if after.zoom > view.zoom + 1.0 {
            let before = Viewport { zoom: after.zoom - 1.0, ..after };
            assert_eq!(atlas.markers(CategorySet::ALL, &before).len(), 1, "{metres} m at zoom {}", before.zoom);
        }
        // The two markers stay near the middle, clear of the edges and the controls.
        for p in &members {
            let (x, y) = after.to_screen(atlas.shown_at(*p));
            let clear = fit_insets(390.0);
            assert!(x > clear.left && x < 390.0 - clear.right && y > clear.top && y < 600.0 - clear.bottom);
        }
    }
}

#[test]
fn the_home_view_keeps_every_place_clear_of_the_controls_and_the_edges() {
    let atlas = built_in();
    for (w, h) in [(1030.0, 740.0), (390.0, 684.0), (360.0, 480.0)] {
        let view = atlas.home_view(w, h);
        // Phones keep the right side free only where the zoom buttons are.
        let clear = if w < 600.0 { NARROW_FIT_INSETS } else { fit_insets(w) };
        for (i, p) in atlas.places.iter().enumerate() {
            let (x, y) = view.to_screen(atlas.shown_at(PlaceId::new(i)));
            assert!(x >= clear.left - 0.5 && x <= w - clear.right + 0.5, "{} at x {x} in {w}", p.id);
            assert!(y >= clear.top - 0.5 && y <= h - clear.bottom + 0.5, "{} at y {y} in {h}", p.id);
            assert!(x < w - CONTROLS_PX.0 || y > CONTROLS_PX.1, "{} under the zoom buttons in {w}x{h}", p.id);
        }
    }
}

#[test]
fn pressing_a_cluster_at_the_deepest_zoom_lists_its_places() {
    let atlas = built_in();
    let members = [PlaceId::new(0), PlaceId::new(1)];
    let view = Viewport::new(QIUBAI, MAX_ZOOM, 800.0, 600.0);
    assert_eq!(atlas.cluster_press(&members, CategorySet::ALL, &view), ClusterPress::List);
}

// ---- Halo rule ----

fn one_place(basis: &str, precision_m: f64) -> Atlas {
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","id":"p","geometry":{{"type":"Point","coordinates":[{},{}]}},
        "properties":{{"category":"park","name":"p","position":{{"basis":"{basis}","precision_m":{precision_m}}}}}}}]}}"#,
        QIUBAI.lon, QIUBAI.lat
    );
    Atlas::new(BaseMap::default(), load(&text).unwrap())
}

fn halos_at(atlas: &Atlas, zoom: f64, open: Option<PlaceId>) -> usize {
    let view = Viewport::new(QIUBAI, zoom, 800.0, 600.0);
    atlas.halos(&atlas.markers(CategorySet::ALL, &view), &view, open).len()
}

#[test]
fn a_halo_shows_only_between_a_markers_size_and_a_share_of_the_map() {
    let atlas = one_place("estimated", 400.0);
    let px = |zoom: f64| 400.0 / Viewport::new(QIUBAI, zoom, 800.0, 600.0).metres_per_pixel();
    let (small, fits, huge) = (11.0, 15.0, 18.0);
    assert!(px(small) < MIN_HALO_PX && px(huge) > 600.0 * MAX_HALO_SHARE, "{} {}", px(small), px(huge));
    assert!((MIN_HALO_PX..=600.0 * MAX_HALO_SHARE).contains(&px(fits)), "{}", px(fits));
    assert_eq!(halos_at(&atlas, small, None), 0, "hidden under the marker");
    assert_eq!(halos_at(&atlas, fits, None), 1);
    assert_eq!(halos_at(&atlas, huge, None), 0, "too large to say anything");
    assert_eq!(halos_at(&atlas, huge, Some(PlaceId::new(0))), 1, "the open place's halo always shows");
    assert!(
        atlas.halos(
            &atlas.markers(CategorySet::ALL, &Viewport::new(QIUBAI, huge, 800.0, 600.0)),
            &Viewport::new(QIUBAI, huge, 800.0, 600.0),
            Some(PlaceId::new(0))
        )[0]
        .open
    );
}

#[test]
fn sourced_places_have_no_halo() {
    assert_eq!(halos_at(&one_place("sourced", 400.0), 15.0, Some(PlaceId::new(0))), 0);
}

// ---- Card area ----

#[test]
fn a_side_card_leaves_the_map_left_of_it_and_a_bottom_sheet_the_map_above_it() {
    let map = ScreenRect { left: 300.0, top: 60.0, right: 1280.0, bottom: 800.0 };
    let side = ScreenRect { left: 900.0, top: 80.0, right: 1270.0, bottom: 700.0 };
    assert_eq!(ScreenRect::beside(map, side), ScreenRect { left: 0.0, top: 0.0, right: 600.0, bottom: 740.0 });
    let sheet = ScreenRect { left: 300.0, top: 500.0, right: 1280.0, bottom: 800.0 };
    assert_eq!(ScreenRect::beside(map, sheet), ScreenRect { left: 0.0, top: 0.0, right: 980.0, bottom: 440.0 });
    let apart = ScreenRect { left: 0.0, top: 0.0, right: 290.0, bottom: 800.0 };
    assert_eq!(ScreenRect::beside(map, apart), ScreenRect { left: 0.0, top: 0.0, right: 980.0, bottom: 740.0 });
}

// ---- Position text ----

#[test]
fn the_card_says_how_exact_a_position_is_in_each_language() {
    let pos = |basis, precision_m| Position { basis, precision_m, source: None };
    assert_eq!(pos(Basis::Estimated, Some(400.0)).describe(Lang::ZhHans), "大致位置（±400 米） · 估计位置");
    assert_eq!(
        pos(Basis::Derived, Some(150.0)).describe(Lang::En),
        "Approximate location (±150 m) · Derived from known positions"
    );
    assert_eq!(pos(Basis::Sourced, Some(30.0)).describe(Lang::ZhHant), "有來源的座標 · 精度約 ±30 米");
    assert_eq!(pos(Basis::Sourced, None).describe(Lang::En), "Sourced coordinate");
    assert_eq!(pos(Basis::Unstated, Some(10.0)).describe(Lang::En), "Position basis not stated");
}

// ---- Loading steps ----

#[test]
fn loading_a_file_in_slices_reports_progress_and_replaces_the_data_as_the_next_generation() {
    let current = built_in();
    let features: Vec<String> =
        (0..9000).map(|i| feature(&format!("p{i}"), "park", 119.9 + i as f64 * 1e-5, 31.8)).collect();
    let mut load = DataLoad::start(&collection(&features)).unwrap();
    assert_eq!(load.progress(), (0, 9000));
    // A small first slice, shown at once while the rest is read; then larger ones.
    assert!(load.step());
    assert_eq!(load.progress(), (FIRST_SLICE, 9000));
    let preview = load.preview(&current);
    assert_eq!(preview.places.len(), FIRST_SLICE);
    assert_eq!(preview.places[0].id, "p0");
    assert_eq!(preview.generation, Generation(current.generation.0 + 1));
    assert!(load.step());
    assert_eq!(load.progress(), (FIRST_SLICE + FEATURES_PER_SLICE, 9000));
    let next = load.finish(&current);
    assert_eq!(next.places.len(), 9000);
    assert_eq!(next.generation, Generation(current.generation.0 + 1));
    assert_eq!(next.datum, current.datum);
    assert!(next.home.unwrap().contains(LonLat::new(119.95, 31.8)), "home is the new data's extent");
}

#[test]
fn a_file_that_cannot_be_used_keeps_the_places_shown_or_brings_the_built_in_ones_back_when_none_are() {
    assert!(matches!(DataLoad::start("{oops"), Err(DataProblem::Unusable(_))));
    let current = built_in();
    assert!(after_failure(&current, zhonglou_map::data::PLACES).is_none(), "the places shown stay");
    let empty = current.replaced_by(Default::default());
    let restored = after_failure(&empty, zhonglou_map::data::PLACES).expect("the built-in places come back");
    assert_eq!(restored.places.len(), current.places.len());
    assert!(restored.generation > empty.generation);
}

#[test]
fn a_corrected_data_set_keeps_its_generation_while_its_ids_stay_and_moves_its_marker() {
    let atlas = built_in();
    let mut places = atlas.places.clone();
    let moved = places[0].at.moved_by_m(100.0, -50.0);
    assert!((places[0].at.distance_m(moved) - 111.8).abs() < 0.5);
    places[0].at = moved;
    let corrected = atlas.with_places(places.clone());
    assert_eq!(corrected.generation, atlas.generation);
    assert_ne!(corrected.units[0], atlas.units[0]);
    assert_eq!(corrected.units[1], atlas.units[1]);
    places.remove(1);
    assert_eq!(atlas.with_places(places).generation, atlas.generation.next());
}
