//! Category filtering, counts and decluttering.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::atlas::Atlas;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::cluster::cluster;
use zhonglou_map::core::filter::*;
use zhonglou_map::core::geo::{Viewport, MAX_ZOOM};
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::places::*;

fn sample() -> Vec<Place> {
    let text = collection(&[
        feature("qingfeng-park", "park", 119.8905, 31.8010),
        feature("jingchuan-park", "park", 119.919896, 31.768522),
        feature("no2-high-school", "school", 119.9405, 31.7795),
        feature("nandajie-station", "transport", NANDAJIE_STATION.lon, NANDAJIE_STATION.lat),
    ]);
    load(&text).unwrap().places
}

#[test]
fn unchecking_parks_hides_only_parks() {
    let places = sample();
    let shown = visible(&places, CategorySet::ALL.with(Category::Park, false));
    let ids: Vec<&str> = shown.iter().map(|&i| places[i].id.as_str()).collect();
    assert_eq!(ids, ["no2-high-school", "nandajie-station"]);
}

#[test]
fn checking_parks_again_brings_them_back() {
    let places = sample();
    let set = CategorySet::ALL.with(Category::Park, false).toggled(Category::Park);
    assert!(set.is_all());
    assert_eq!(visible(&places, set).len(), 4);
}

#[test]
fn no_categories_shows_nothing() {
    assert!(visible(&sample(), CategorySet::NONE).is_empty());
}

#[test]
fn counts_are_per_category_in_filter_order() {
    let c = counts(&sample());
    assert_eq!(c[Category::Park.index()], 2);
    assert_eq!(c[Category::School.index()], 1);
    assert_eq!(c[Category::Transport.index()], 1);
    assert_eq!(c[Category::Hospital.index()], 0);
}

#[test]
fn points_apart_stay_single_and_points_together_cluster() {
    let groups = cluster(&[(0.0, 0.0), (100.0, 0.0), (101.0, 1.0), (300.0, 300.0)], 10.0);
    let members: Vec<Vec<usize>> = groups.iter().map(|g| g.members.clone()).collect();
    assert_eq!(members, vec![vec![0], vec![1, 2], vec![3]]);
    assert!((groups[1].x - 100.5).abs() < 1e-9);
}

#[test]
fn no_two_clusters_end_up_within_reach_of_each_other() {
    // A deterministic scatter (linear congruential generator) dense enough to force chains of merges.
    let mut seed: u64 = 7;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as f64 / (1u64 << 31) as f64
    };
    let points: Vec<(f64, f64)> = (0..2000).map(|_| (next() * 1000.0, next() * 1000.0)).collect();
    let groups = cluster(&points, 30.0);
    let total: usize = groups.iter().map(|g| g.members.len()).sum();
    assert_eq!(total, points.len(), "every point is in exactly one group");
    for (i, a) in groups.iter().enumerate() {
        for b in &groups[i + 1..] {
            assert!((a.x - b.x).hypot(a.y - b.y) >= 30.0, "{a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn at_the_deepest_zoom_every_sample_place_has_its_own_marker() {
    let atlas = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    let all: Vec<usize> = (0..4).collect();
    let deep = Viewport::new(QIUBAI, MAX_ZOOM, 800.0, 600.0);
    assert!(atlas.markers(&all, &deep).iter().all(|m| !m.is_cluster()));
    let wide = Viewport::new(QIUBAI, 9.0, 800.0, 600.0);
    assert_eq!(atlas.markers(&all, &wide).len(), 1, "at zoom 9 the district is one cluster");
}

#[test]
fn labels_are_shown_only_where_they_overlap_nothing() {
    let atlas = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    let all: Vec<usize> = (0..4).collect();
    let view = Viewport::new(QIUBAI, 16.0, 800.0, 600.0);
    let markers = atlas.markers(&all, &view);
    let flags = atlas.labels(&markers, &view, Lang::En);
    assert_eq!(flags.len(), markers.len());
    assert!(flags.iter().all(|f| *f), "places far apart at zoom 16 all get labels");
}
