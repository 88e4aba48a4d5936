//! Lines and areas in a user's file: loaded as places with their whole geometry, a marker point inside them,
//! hit by a tap inside (not in a hole), written back as they came, and simplified per zoom within a pixel
//! without parting shared borders.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::geo::LonLat;
use zhonglou_map::core::places::load;
use zhonglou_map::core::shape::ShapeKind;
use zhonglou_map::core::simplify::{simplify, to_segment_squared, Junctions, Pt};

/// A square ring around (lon, lat) with half-side `r` degrees, counter-clockwise.
fn square(lon: f64, lat: f64, r: f64) -> String {
    format!(
        "[[{},{}],[{},{}],[{},{}],[{},{}],[{},{}]]",
        lon - r,
        lat - r,
        lon + r,
        lat - r,
        lon + r,
        lat + r,
        lon - r,
        lat + r,
        lon - r,
        lat - r
    )
}

fn file() -> String {
    let features = [
        // A square park with a square pond in it.
        format!(
            r#"{{"type":"Feature","id":"park","geometry":{{"type":"Polygon","coordinates":[{},{}]}},"properties":{{"name":"Park"}}}}"#,
            square(119.95, 31.78, 0.01),
            square(119.95, 31.78, 0.004)
        ),
        r#"{"type":"Feature","id":"walk","geometry":{"type":"LineString","coordinates":[[119.90,31.76],[119.92,31.76],[119.92,31.80]]},"properties":{"name":"Canal walk"}}"#.into(),
        r#"{"type":"Feature","id":"stops","geometry":{"type":"MultiPoint","coordinates":[[119.93,31.77],[119.94,31.77],[119.95,31.77]]},"properties":{"name":"Stops"}}"#.into(),
        format!(
            r#"{{"type":"Feature","id":"islands","geometry":{{"type":"MultiPolygon","coordinates":[[{}],[{}]]}},"properties":{{"name":"Islands"}}}}"#,
            square(119.80, 31.70, 0.001),
            square(119.85, 31.70, 0.01)
        ),
        r#"{"type":"Feature","id":"mixed","geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[119.97,31.75]},{"type":"LineString","coordinates":[[119.96,31.75],[119.98,31.75]]}]},"properties":{"name":"Mixed"}}"#.into(),
        r#"{"type":"Feature","id":"gate","geometry":{"type":"Point","coordinates":[119.91,31.79]},"properties":{"name":"Gate"}}"#.into(),
    ];
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
}

#[test]
fn every_geometry_type_loads_as_one_place_with_its_parts() {
    let loaded = load(&file()).unwrap();
    assert!(loaded.skipped.is_empty(), "{:?}", loaded.skipped);
    let kinds: Vec<Option<ShapeKind>> = loaded.places.iter().map(|p| p.shape.as_ref().map(|s| s.kind())).collect();
    use ShapeKind::*;
    assert_eq!(kinds, [Some(Area), Some(Line), Some(Points), Some(Area), Some(Line), None]);
    let park = loaded.places[0].shape.as_ref().unwrap();
    assert_eq!(park.areas.len(), 1);
    assert_eq!(park.areas[0].len(), 2, "the pond is the park's hole");
    assert_eq!(loaded.places[2].shape.as_ref().unwrap().points.len(), 3);
    assert_eq!(loaded.places[3].shape.as_ref().unwrap().areas.len(), 2, "a MultiPolygon is one place");
    let mixed = loaded.places[4].shape.as_ref().unwrap();
    assert_eq!((mixed.points.len(), mixed.lines.len()), (1, 1), "a collection keeps each member");
}

#[test]
fn the_marker_stands_on_the_shape_not_in_a_hole_or_off_a_bend() {
    let loaded = load(&file()).unwrap();
    let park = &loaded.places[0];
    let shape = park.shape.as_ref().unwrap();
    // Inside the park, outside its pond: the ring between them is 0.006° wide, its middle 0.007° from the centre.
    assert!(shape.is_hit(park.at, 0.0), "the park's marker is on the park: {:?}", park.at);
    let from_centre = (park.at.lon - 119.95).abs().max((park.at.lat - 31.78).abs());
    assert!(from_centre > 0.004, "not in the pond: {:?}", park.at);
    // The line's marker is halfway along it, on its northward leg
    let walk = &loaded.places[1];
    // (about 1.9 km east, 4.4 km north: halfway is 1.3 km up the northward leg).
    assert!((walk.at.lon - 119.92).abs() < 1e-6 && (walk.at.lat - 31.7715).abs() < 1e-3, "{:?}", walk.at);
    // The larger island holds the marker of the two.
    let islands = &loaded.places[3];
    assert!((islands.at.lon - 119.85).abs() < 0.01, "{:?}", islands.at);
}

#[test]
fn a_concave_area_keeps_its_marker_inside() {
    // A U: the centre of its bounds is in the gap between its arms.
    let u = "[[[0,0],[3,0],[3,3],[2,3],[2,1],[1,1],[1,3],[0,3],[0,0]]]";
    let text = format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":{u}}},"properties":{{"name":"U"}}}}]}}"#
    );
    let loaded = load(&text).unwrap();
    let place = &loaded.places[0];
    assert!(place.shape.as_ref().unwrap().is_hit(place.at, 0.0), "{:?}", place.at);
    assert!(!(1.0..2.0).contains(&place.at.lon) || place.at.lat < 1.0, "not in the gap: {:?}", place.at);
}

#[test]
fn a_tap_inside_an_area_is_on_it_and_inside_its_hole_is_not() {
    let loaded = load(&file()).unwrap();
    let park = loaded.places[0].shape.as_ref().unwrap();
    assert!(park.is_hit(LonLat::new(119.95 + 0.008, 31.78), 0.0), "in the park");
    assert!(!park.is_hit(LonLat::new(119.95, 31.78), 0.0), "in the pond");
    assert!(!park.is_hit(LonLat::new(119.95 + 0.012, 31.78), 0.0), "outside");
    let walk = loaded.places[1].shape.as_ref().unwrap();
    // 0.0001° of latitude is about 11 m.
    assert!(walk.is_hit(LonLat::new(119.91, 31.7601), 20.0), "beside the line");
    assert!(!walk.is_hit(LonLat::new(119.91, 31.7610), 20.0), "100 m away");
}

#[test]
fn export_writes_lines_and_areas_back_as_they_came() {
    let text = file();
    let loaded = load(&text).unwrap();
    let given: serde_json::Value = serde_json::from_str(&text).unwrap();
    let indices: Vec<usize> = (0..loaded.places.len()).collect();
    let out: serde_json::Value =
        serde_json::from_str(&zhonglou_map::core::export::to_geojson(&loaded.places, &indices)).unwrap();
    for i in 0..loaded.places.len() {
        assert_eq!(out["features"][i]["geometry"], given["features"][i]["geometry"], "feature {i}");
    }
    let again = load(&out.to_string()).unwrap();
    assert_eq!(again.places.len(), loaded.places.len());
}

/// A wiggly line from `a` to `b` in layer units: `n` steps, every other vertex up to `amp` to one side.
fn wiggle(a: Pt, b: Pt, n: usize, amp: f64) -> Vec<Pt> {
    let len = (b.0 - a.0).hypot(b.1 - a.1);
    let across = (-(b.1 - a.1) / len, (b.0 - a.0) / len);
    (0..=n)
        .map(|i| {
            let t = i as f64 / n as f64;
            let side = if i % 2 == 0 || i == n { 0.0 } else { amp * ((i * 7 % 5) as f64 - 2.0) / 2.0 };
            (a.0 + (b.0 - a.0) * t + across.0 * side, a.1 + (b.1 - a.1) * t + across.1 * side)
        })
        .collect()
}

fn distance_to(line: &[Pt], p: Pt) -> f64 {
    line.windows(2).map(|w| to_segment_squared(p, w[0], w[1])).fold(f64::INFINITY, f64::min).sqrt()
}

#[test]
fn simplification_keeps_a_shape_within_its_tolerance_and_drops_vertices() {
    let mut ring = wiggle((0.0, 0.0), (100.0, 0.0), 60, 3.0);
    ring.extend(wiggle((100.0, 0.0), (100.0, 80.0), 40, 2.0).into_iter().skip(1));
    ring.extend(wiggle((100.0, 80.0), (0.0, 0.0), 50, 1.0).into_iter().skip(1));
    let junctions = Junctions::of([(ring.as_slice(), true)]);
    for tolerance in [0.05, 0.5, 2.0, 8.0] {
        let kept = simplify(&ring, true, &junctions, tolerance);
        assert_eq!(kept.first(), kept.last(), "still a ring");
        for &p in &ring {
            assert!(
                distance_to(&kept, p) <= tolerance + 1e-9,
                "tolerance {tolerance}: {p:?} is {} off",
                distance_to(&kept, p)
            );
        }
        if tolerance >= 8.0 {
            assert!(kept.len() < ring.len() / 10, "tolerance {tolerance}: {} of {} vertices", kept.len(), ring.len());
        }
    }
    // A ring under the tolerance is gone at that zoom.
    let speck = vec![(0.0, 0.0), (0.1, 0.0), (0.1, 0.1), (0.0, 0.0)];
    assert!(simplify(&speck, true, &Junctions::of([(speck.as_slice(), true)]), 1.0).is_empty());
}

#[test]
fn neighbours_keep_their_shared_border_shared() {
    // Two areas side by side, the border between them wiggly; each ring starts elsewhere and runs its own way.
    let border = wiggle((50.0, 0.0), (50.0, 100.0), 80, 4.0);
    let mut west = vec![(0.0, 0.0)];
    west.extend(border.iter().copied());
    west.extend([(0.0, 100.0), (0.0, 0.0)]);
    let mut east: Vec<Pt> = vec![(100.0, 100.0)];
    east.extend(border.iter().rev().copied());
    east.extend([(100.0, 0.0), (100.0, 100.0)]);
    let junctions = Junctions::of([(west.as_slice(), true), (east.as_slice(), true)]);
    // The border's vertices each side keeps, from south to north.
    let on_border = |ring: Vec<Pt>| {
        let mut kept: Vec<Pt> = ring.into_iter().filter(|p| p.0 > 40.0 && p.0 < 60.0).collect();
        kept.sort_by(|a, b| a.1.total_cmp(&b.1));
        kept.dedup();
        kept
    };
    for tolerance in [0.5, 2.0, 6.0] {
        let w = on_border(simplify(&west, true, &junctions, tolerance));
        let e = on_border(simplify(&east, true, &junctions, tolerance));
        assert_eq!(w, e, "tolerance {tolerance}: both sides draw the same border");
        assert!(w.len() < border.len(), "tolerance {tolerance}: the border is simplified too");
    }
}

#[test]
fn the_atlas_draws_what_is_near_the_view_and_finds_what_a_tap_is_on() {
    use zhonglou_map::core::atlas::Atlas;
    use zhonglou_map::core::basemap::BaseMap;
    use zhonglou_map::core::filter::CategorySet;
    use zhonglou_map::core::geo::Viewport;
    use zhonglou_map::core::places::Category;
    let atlas = Atlas::for_user_data(BaseMap::default(), load(&file()).unwrap());
    // Home holds the park and the islands whole, not only their markers.
    let home = atlas.home.unwrap();
    assert!(home.east >= 119.96 && home.west <= 119.799 && home.south <= 31.699, "{home:?}");
    let all = CategorySet::ALL;
    let view = Viewport::new(LonLat::new(119.95, 31.78), 13.0, 400.0, 400.0);
    let paths = atlas.shape_paths(all, &view, None);
    let kinds: Vec<ShapeKind> = paths.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [ShapeKind::Area, ShapeKind::Line, ShapeKind::Points], "one path per kind (all are Other)");
    assert!(paths.iter().all(|p| p.category == Category::Other && !p.open));
    // Opened, the park is drawn on its own.
    let park = atlas.find("park").unwrap();
    let opened = atlas.shape_paths(all, &view, Some(park));
    assert_eq!(opened.iter().filter(|p| p.open).count(), 1);
    // Far away nothing is near the view; unticked, nothing is drawn.
    assert!(atlas.shape_paths(all, &Viewport::new(LonLat::new(121.0, 31.0), 13.0, 400.0, 400.0), None).is_empty());
    assert!(atlas.shape_paths(CategorySet::NONE, &view, None).is_empty());
    // A tap in the park (not the pond) opens the park; on the walk, the walk; in the pond, nothing.
    assert_eq!(atlas.shape_at(all, LonLat::new(119.958, 31.78), 10.0), Some(park));
    assert_eq!(atlas.shape_at(all, LonLat::new(119.95, 31.78), 10.0), None);
    assert_eq!(atlas.shape_at(all, LonLat::new(119.91, 31.76), 10.0), atlas.find("walk"));
}

#[test]
fn a_line_or_area_is_not_moved_in_edit_mode() {
    use zhonglou_map::core::draft::Draft;
    let loaded = load(&file()).unwrap();
    let park = zhonglou_map::core::ids::PlaceId::new(0);
    let gate = zhonglou_map::core::ids::PlaceId::new(5);
    let to = LonLat::new(119.9, 31.8);
    assert_eq!(Draft::moved(park, &loaded.places, to), None, "an area keeps its shape where its file put it");
    assert_eq!(Draft::nudged(None, park, &loaded.places, 10.0, 0.0), None);
    assert!(Draft::moved(gate, &loaded.places, to).is_some(), "a point still moves");
}
