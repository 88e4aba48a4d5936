//! Category filtering, counts and decluttering.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::atlas::Atlas;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::cluster::{ClusterIndex, Group};
use zhonglou_map::core::filter::*;
use zhonglou_map::core::geo::{LonLat, Viewport, MAX_ZOOM};
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::phrases;
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
fn unchecking_parks_hides_only_parks_and_checking_them_again_brings_each_back() {
    let places = sample();
    let ids =
        |set: CategorySet| -> Vec<&str> { visible(&places, set).iter().map(|&i| places[i].id.as_str()).collect() };
    let without = CategorySet::ALL.with(Category::Park, false);
    assert_eq!(ids(without), ["no2-high-school", "nandajie-station"]);
    let again = without.toggled(Category::Park);
    assert!(again.is_all());
    assert_eq!(ids(again), ["qingfeng-park", "jingchuan-park", "no2-high-school", "nandajie-station"]);
}

#[test]
fn only_a_category_shows_that_category_alone() {
    let places = sample();
    for c in Category::ALL {
        let set = CategorySet::only(c);
        assert_eq!(set.iter().collect::<Vec<_>>(), [c]);
        let shown = visible(&places, set);
        assert_eq!(shown.len(), places.iter().filter(|p| p.category == c).count());
        assert!(shown.iter().all(|&i| places[i].category == c));
    }
    assert_eq!(phrases::only_category(Lang::ZhHans, "公园"), "只看公园");
    assert_eq!(phrases::only_category(Lang::En, "Parks"), "Only Parks");
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

/// A deterministic scatter (linear congruential generator) over a 1000 × 1000 square, with categories.
fn scatter(n: usize, seed: u64) -> (Vec<(f64, f64)>, Vec<Category>) {
    let mut seed = seed;
    let mut next = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as f64 / (1u64 << 31) as f64
    };
    let points: Vec<(f64, f64)> = (0..n).map(|_| (next() * 1000.0, next() * 1000.0)).collect();
    let cats = (0..n).map(|i| Category::ALL[i * 7 % Category::ALL.len()]).collect();
    (points, cats)
}

/// Reach 80 at zoom 0 halving to 2.5 at zoom 5, as the map's 34 px reach does from zoom 9 to 19.
fn index(points: &[(f64, f64)], cats: &[Category]) -> ClusterIndex {
    ClusterIndex::new(points, cats, 80.0, 0, 5)
}

fn reach(zoom: f64) -> f64 {
    80.0 / 2f64.powf(zoom)
}

fn sorted_members(groups: &[Group]) -> Vec<Vec<usize>> {
    let mut all: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let mut m = g.members.clone();
            m.sort_unstable();
            m
        })
        .collect();
    all.sort();
    all
}

#[test]
fn points_apart_stay_single_and_points_together_cluster() {
    let points = [(0.0, 0.0), (100.0, 0.0), (101.0, 1.0), (300.0, 300.0)];
    let cats = [Category::Park; 4];
    let groups = index(&points, &cats).query(CategorySet::ALL, 3.0, 10.0, None);
    assert_eq!(sorted_members(&groups), vec![vec![0], vec![1, 2], vec![3]]);
    let pair = groups.iter().find(|g| g.members.len() == 2).unwrap();
    assert!((pair.x - 100.5).abs() < 1e-9 && (pair.y - 0.5).abs() < 1e-9, "a cluster sits at its members' mean");
}

#[test]
fn no_two_clusters_end_up_within_reach_of_each_other_at_any_zoom() {
    let (points, cats) = scatter(3000, 7);
    let idx = index(&points, &cats);
    for zoom in [0.0, 0.5, 1.0, 2.3, 3.0, 4.7, 5.0, 6.0] {
        let groups = idx.query(CategorySet::ALL, zoom, reach(zoom), None);
        let total: usize = groups.iter().map(|g| g.members.len()).sum();
        assert_eq!(total, points.len(), "every point is in exactly one group at zoom {zoom}");
        let mut seen = vec![false; points.len()];
        for g in &groups {
            for &m in &g.members {
                assert!(!seen[m], "point {m} is in two groups");
                seen[m] = true;
            }
        }
        for (i, a) in groups.iter().enumerate() {
            for b in &groups[i + 1..] {
                assert!((a.x - b.x).hypot(a.y - b.y) >= reach(zoom), "zoom {zoom}: {a:?} and {b:?} overlap");
            }
        }
    }
}

#[test]
fn a_filtered_query_of_the_one_index_equals_an_index_of_the_filtered_places() {
    let (points, cats) = scatter(2000, 11);
    let idx = index(&points, &cats);
    let set = CategorySet::ALL.with(Category::School, false).with(Category::Market, false);
    let kept: Vec<usize> = (0..points.len()).filter(|&i| set.contains(cats[i])).collect();
    let sub =
        index(&kept.iter().map(|&i| points[i]).collect::<Vec<_>>(), &kept.iter().map(|&i| cats[i]).collect::<Vec<_>>());
    for zoom in [0.0, 1.5, 3.0, 5.0] {
        let filtered = idx.query(set, zoom, reach(zoom), None);
        assert!(filtered.iter().flat_map(|g| &g.members).all(|&m| set.contains(cats[m])), "only ticked categories");
        let rebuilt: Vec<Group> = sub
            .query(CategorySet::ALL, zoom, reach(zoom), None)
            .into_iter()
            .map(|g| Group { members: g.members.iter().map(|&k| kept[k]).collect(), ..g })
            .collect();
        assert_eq!(sorted_members(&filtered), sorted_members(&rebuilt), "zoom {zoom}");
    }
}

#[test]
fn a_rectangle_query_holds_every_group_well_inside_it_as_the_whole_query_has_it_and_none_far_outside() {
    let (points, cats) = scatter(2000, 3);
    let idx = index(&points, &cats);
    let (x0, y0, x1, y1) = (200.0, 300.0, 450.0, 520.0);
    let r = reach(4.0);
    let inside = idx.query(CategorySet::ALL, 4.0, r, Some((x0, y0, x1, y1)));
    let everything = idx.query(CategorySet::ALL, 4.0, r, None);
    // Clusters near the edge may form differently (their neighbours outside are not asked for), but one whose
    // centre is more than a reach inside is the same cluster, with the same places.
    let well_inside: Vec<Group> =
        everything.into_iter().filter(|g| g.x > x0 + r && g.x < x1 - r && g.y > y0 + r && g.y < y1 - r).collect();
    assert!(!well_inside.is_empty());
    let found = sorted_members(&inside);
    for g in sorted_members(&well_inside) {
        assert!(found.contains(&g), "{g:?} is well inside but not in the rectangle's answer");
    }
    assert!(inside.iter().all(|g| g.x >= x0 - r && g.x <= x1 + r && g.y >= y0 - r && g.y <= y1 + r));
}

#[test]
fn unmerged_a_rectangle_query_is_exactly_the_cells_centred_inside_it() {
    let (points, cats) = scatter(3000, 11);
    let idx = index(&points, &cats);
    let rect = (200.0, 300.0, 450.0, 520.0);
    for zoom in [1.0, 3.0, 5.0] {
        let inside = idx.query(CategorySet::ALL, zoom, 0.0, Some(rect));
        let expected: Vec<Group> = idx
            .query(CategorySet::ALL, zoom, 0.0, None)
            .into_iter()
            .filter(|g| g.x >= rect.0 && g.x <= rect.2 && g.y >= rect.1 && g.y <= rect.3)
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(sorted_members(&inside), sorted_members(&expected), "zoom {zoom}");
    }
}

#[test]
fn cluster_keys_survive_a_filter_that_leaves_their_first_cell_ticked() {
    let (points, _) = scatter(1500, 5);
    let cats: Vec<Category> =
        (0..points.len()).map(|i| if i % 2 == 0 { Category::Park } else { Category::School }).collect();
    let idx = index(&points, &cats);
    let all = idx.query(CategorySet::ALL, 1.0, reach(1.0), None);
    let parks = idx.query(CategorySet::NONE.with(Category::Park, true), 1.0, reach(1.0), None);
    // A group with the same places under both filters is the same marker: it keeps its key, every one of them.
    let by_members: std::collections::HashMap<Vec<usize>, u64> =
        all.iter().map(|g| (g.members.clone(), g.key)).collect();
    let same: Vec<&Group> = parks.iter().filter(|g| by_members.contains_key(&g.members)).collect();
    assert!(same.iter().any(|g| g.members.len() > 1), "some clusters hold only parks under both filters");
    for g in same {
        assert_eq!(g.key, by_members[&g.members], "{:?}", &g.members[..g.members.len().min(4)]);
    }
    // A single place is keyed by itself, whatever the filter.
    for g in parks.iter().filter(|g| g.members.len() == 1) {
        assert_eq!(g.key, g.members[0] as u64 | 1 << 63);
    }
    // The same query again gives the same keys.
    let again = idx.query(CategorySet::NONE.with(Category::Park, true), 1.0, reach(1.0), None);
    assert_eq!(parks.iter().map(|g| g.key).collect::<Vec<_>>(), again.iter().map(|g| g.key).collect::<Vec<_>>());
}

#[test]
fn places_on_one_spot_stay_together_at_the_deepest_zoom_and_single_places_are_keyed_by_themselves() {
    let points = [(10.0, 10.0), (10.0, 10.0), (500.0, 500.0)];
    let cats = [Category::Park, Category::School, Category::Park];
    let groups = index(&points, &cats).query(CategorySet::ALL, 5.0, reach(5.0), None);
    assert_eq!(sorted_members(&groups), vec![vec![0, 1], vec![2]]);
    let single = groups.iter().find(|g| g.members == [2]).unwrap();
    assert_eq!(single.key, 2 | 1 << 63);
}

#[test]
fn an_empty_index_answers_with_nothing() {
    assert!(index(&[], &[]).query(CategorySet::ALL, 2.0, reach(2.0), None).is_empty());
}

#[test]
fn at_the_deepest_zoom_every_sample_place_has_its_own_marker() {
    let atlas = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    let deep = Viewport::new(QIUBAI, MAX_ZOOM, 800.0, 600.0);
    assert!(atlas.markers(CategorySet::ALL, &deep).iter().all(|m| !m.is_cluster()));
    let wide = Viewport::new(QIUBAI, 9.0, 800.0, 600.0);
    assert_eq!(atlas.markers(CategorySet::ALL, &wide).len(), 1, "at zoom 9 the district is one cluster");
}

#[test]
fn places_far_apart_in_sight_get_labels_and_places_out_of_sight_none() {
    let atlas = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    let home = atlas.home_view(1280.0, 800.0);
    let markers = atlas.markers(CategorySet::ALL, &home);
    let labels = atlas.name_sides(&markers, &home, Lang::En);
    assert_eq!(labels.len(), markers.len());
    assert!(labels.iter().all(Option::is_some), "the fitted district's four places all get labels: {labels:?}");
    let elsewhere = Viewport::new(LonLat::new(121.47, 31.23), 16.0, 1280.0, 800.0);
    assert!(atlas.name_sides(&markers, &elsewhere, Lang::En).iter().all(Option::is_none));
}

#[test]
fn the_list_holds_the_ticked_places_on_screen_in_name_order_cut_to_its_limit() {
    let atlas = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    let ids = |(list, total): (Vec<zhonglou_map::core::ids::PlaceId>, usize)| {
        (list.iter().map(|&i| atlas.place(i).unwrap().id.clone()).collect::<Vec<_>>(), total)
    };
    let district = atlas.home_view(1280.0, 800.0);
    let (all, total) = ids(atlas.in_view_limited(CategorySet::ALL, &district, Lang::En, 10));
    assert_eq!(all, ["jingchuan-park", "nandajie-station", "no2-high-school", "qingfeng-park"]);
    assert_eq!(total, 4);
    let no_parks = CategorySet::ALL.with(Category::Park, false);
    assert_eq!(ids(atlas.in_view_limited(no_parks, &district, Lang::En, 1)), (vec!["nandajie-station".into()], 2));
    let far = Viewport::new(LonLat::new(121.47, 31.23), 15.0, 1280.0, 800.0);
    assert_eq!(atlas.in_view_limited(CategorySet::ALL, &far, Lang::En, 10), (vec![], 0), "nothing off screen");
}

#[test]
fn large_data_keeps_its_clusters_two_markers_apart() {
    use zhonglou_map::core::atlas::{CROWDED_REACH_PX, LARGE_DATA, MARKER_REACH_PX};
    let features: Vec<String> = (0..LARGE_DATA + 1)
        .map(|i| feature(&format!("p{i}"), "park", 119.80 + (i % 97) as f64 * 0.0015, 31.75 + (i / 97) as f64 * 0.0012))
        .collect();
    let atlas = Atlas::new(BaseMap::default(), load(&collection(&features)).unwrap());
    assert_eq!(atlas.reach_px(), CROWDED_REACH_PX);
    let view = atlas.home_view(1280.0, 800.0);
    let markers = atlas.markers(CategorySet::ALL, &view);
    let k = view.layer_scale();
    for (i, a) in markers.iter().enumerate() {
        for b in &markers[i + 1..] {
            assert!((a.x - b.x).hypot(a.y - b.y) * k >= CROWDED_REACH_PX, "markers {a:?} and {b:?} crowd");
        }
    }
    let small = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    assert_eq!(small.reach_px(), MARKER_REACH_PX, "a few places keep markers as close as they can be");
}

#[test]
fn cluster_members_keep_the_data_order_whatever_their_categories_and_cells() {
    let (points, cats) = scatter(3000, 13);
    for g in index(&points, &cats).query(CategorySet::ALL, 1.0, reach(1.0), None) {
        assert!(
            g.members.windows(2).all(|w| w[0] < w[1]),
            "members ascending: {:?}",
            &g.members[..5.min(g.members.len())]
        );
    }
}

#[test]
fn a_label_goes_right_of_its_marker_else_left_else_nowhere_and_stays_on_the_map_clear_of_its_buttons() {
    use zhonglou_map::core::atlas::LabelSide::{Left, Right};
    use zhonglou_map::core::atlas::{Marker, CONTROLS_PX};
    use zhonglou_map::core::ids::PlaceId;
    let atlas = Atlas::new(BaseMap::default(), Loaded { places: sample(), skipped: vec![] });
    let view = Viewport::new(QIUBAI, 16.0, 800.0, 600.0);
    let (k, (tx, ty)) = (view.layer_scale(), view.layer_offset(&atlas.layer));
    // A marker of place i at a point of the screen (px from the map's top-left corner).
    let at = |i: usize, x: f64, y: f64| Marker {
        key: i as u64,
        members: vec![PlaceId::new(i)],
        x: (x - tx) / k,
        y: (y - ty) / k,
    };
    let shown = |markers: &[Marker]| atlas.name_sides(markers, &view, Lang::En);
    // Far apart, both labels go right.
    assert_eq!(shown(&[at(0, 100.0, 300.0), at(1, 500.0, 300.0)]), vec![Some(Right), Some(Right)]);
    // Two markers 40 px apart on one row: the first's label would run into the second marker, so it goes left.
    assert_eq!(shown(&[at(0, 300.0, 300.0), at(1, 340.0, 300.0)]), vec![Some(Left), Some(Right)]);
    // At the left edge there is no room on that side either: no label.
    assert_eq!(shown(&[at(0, 20.0, 300.0), at(1, 60.0, 300.0)]), vec![None, Some(Right)]);
    // Near the right edge, and beside the zoom buttons, the name is written left.
    assert_eq!(shown(&[at(0, 780.0, 400.0)]), vec![Some(Left)]);
    assert_eq!(shown(&[at(0, 800.0 - CONTROLS_PX.0 - 20.0, 60.0)]), vec![Some(Left)]);
    // A cluster never gets a label.
    let cluster = Marker { key: 9, members: vec![PlaceId::new(0), PlaceId::new(1)], x: 1.0, y: 1.0 };
    assert_eq!(shown(&[cluster]), vec![None]);
}

#[test]
fn the_chinese_list_is_in_pinyin_order_whatever_the_data_order_and_the_characters_code_points() {
    let text = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","id":"c","geometry":{"type":"Point","coordinates":[119.94,31.78]},"properties":{"name":{"zh-Hans":"长江","zh-Hant":"長江","en":"Yangtze"},"pinyin":"Changjiang"}},
      {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[119.941,31.781]},"properties":{"name":{"zh-Hans":"爱国","zh-Hant":"愛國","en":"Patriot"},"pinyin":"Aiguo"}},
      {"type":"Feature","id":"b","geometry":{"type":"Point","coordinates":[119.942,31.782]},"properties":{"name":{"zh-Hans":"北大","zh-Hant":"北大","en":"Beida"},"pinyin":"Beida"}}]}"#;
    let atlas = Atlas::new(BaseMap::default(), load(text).unwrap());
    let view = Viewport::new(LonLat::new(119.941, 31.781), 14.0, 800.0, 600.0);
    let order = |lang| {
        let (list, _) = atlas.in_view_limited(CategorySet::ALL, &view, lang, 10);
        list.into_iter().map(|p| atlas.place(p).unwrap().id.clone()).collect::<Vec<_>>()
    };
    // 爱 (U+7231) < 北 (U+5317) by pinyin but not by code point: the order is pinyin's.
    assert_eq!(order(Lang::ZhHans), ["a", "b", "c"]);
    assert_eq!(order(Lang::ZhHant), ["a", "b", "c"]);
    assert_eq!(order(Lang::En), ["b", "a", "c"], "English sorts by English name");
}

#[test]
fn the_base_map_names_the_neighbouring_districts_the_canal_and_the_metro_where_no_marker_is() {
    use zhonglou_map::core::atlas::Marker;
    use zhonglou_map::core::basemap::Role;
    use zhonglou_map::core::geo::ring_contains;
    use zhonglou_map::core::ids::PlaceId;
    let base = BaseMap::parse(zhonglou_map::data::BASEMAP).unwrap();
    let neighbours: Vec<_> = base.features.iter().filter(|f| f.role == Role::Neighbour).collect();
    let names: Vec<&str> = neighbours.iter().map(|f| f.name.zh_hans.as_str()).collect();
    assert_eq!(names, ["天宁区", "新北区", "武进区"]);
    let district = base.district_ring().unwrap();
    for n in &neighbours {
        let label = n.label.unwrap();
        assert!(ring_contains(&n.lines[0], label), "{}'s name inside it", n.name.en);
        assert!(!ring_contains(district, label), "{}'s name outside Zhonglou", n.name.en);
    }
    let atlas = Atlas::new(base, Loaded { places: sample(), skipped: vec![] });
    let view = atlas.home_view(1280.0, 800.0);
    let all: Vec<String> = atlas.base_labels(&[], &view, Lang::ZhHant).into_iter().map(|l| l.text).collect();
    assert_eq!(all, ["天寧區", "新北區", "武進區", "京杭大運河", "地鐵2號線"], "in the reader's script");
    // A user's data zoomed out over China: the district's names are not written over the country.
    let country = Viewport { zoom: 4.0, ..view };
    assert!(atlas.base_labels(&[], &country, Lang::En).is_empty());
    // A marker on the canal's name hides that name alone.
    let canal = atlas.base_labels(&[], &view, Lang::En).into_iter().find(|l| l.role == Role::Water).unwrap();
    let on_it = Marker { key: 0, members: vec![PlaceId::new(0)], x: canal.x, y: canal.y };
    let shown: Vec<Role> = atlas.base_labels(&[on_it], &view, Lang::En).into_iter().map(|l| l.role).collect();
    assert_eq!(shown, [Role::Neighbour, Role::Neighbour, Role::Neighbour, Role::Metro]);
}

#[test]
fn groups_read_in_rows_as_tall_as_the_reach_west_to_east() {
    // Reach 10 at zoom 3: rows 0-10, 10-20, 20-30…; the eastern place sits a little higher in the same row.
    let points = [(200.0, 14.0), (100.0, 16.0), (150.0, 35.0)];
    let cats = [Category::Park; 3];
    let groups = index(&points, &cats).query(CategorySet::ALL, 3.0, reach(3.0), None);
    let members: Vec<Vec<usize>> = groups.iter().map(|g| g.members.clone()).collect();
    assert_eq!(members, vec![vec![1], vec![0], vec![2]]);
}

#[test]
fn a_cluster_whose_centre_moves_with_the_filter_keeps_its_place_in_the_reading_order() {
    // A park and a school close together (a cluster centred at y 15) west of a park at y 14, in one row: the
    // cluster reads first, and still does once the school is hidden and its centre moves up to the park's (y 12).
    let points = [(100.0, 12.0), (102.0, 18.0), (200.0, 14.0)];
    let cats = [Category::Park, Category::School, Category::Park];
    let index = index(&points, &cats);
    let order = |set: CategorySet| -> Vec<Vec<usize>> {
        index.query(set, 3.0, reach(3.0), None).iter().map(|g| g.members.clone()).collect()
    };
    assert_eq!(order(CategorySet::ALL), vec![vec![0, 1], vec![2]]);
    assert_eq!(order(CategorySet::ALL.with(Category::School, false)), vec![vec![0], vec![2]]);
}
