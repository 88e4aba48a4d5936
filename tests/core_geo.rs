//! Projection, viewport and scale-bar maths.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::basemap::BaseMap;
use zhonglou_map::core::geo::*;

#[test]
fn mercator_round_trip_returns_the_same_position() {
    for p in [QIUBAI, NANDAJIE_STATION, QINGFENG_STATION, LonLat::new(-122.4, 37.8), LonLat::new(0.0, 0.0)] {
        let back = unproject(project(p));
        assert!((back.lon - p.lon).abs() < 1e-9 && (back.lat - p.lat).abs() < 1e-9, "{p:?} came back as {back:?}");
    }
}

#[test]
fn screen_round_trip_returns_the_same_position() {
    let view = Viewport::new(QIUBAI, 15.3, 1280.0, 800.0);
    let (x, y) = view.to_screen(NANDAJIE_STATION);
    let back = view.from_screen(x, y);
    assert!(back.distance_m(NANDAJIE_STATION) < 0.01);
}

#[test]
fn the_view_centre_is_the_middle_of_the_screen() {
    let view = Viewport::new(QIUBAI, 16.0, 390.0, 700.0);
    let (x, y) = view.to_screen(QIUBAI);
    assert!((x - 195.0).abs() < 1e-6 && (y - 350.0).abs() < 1e-6);
}

#[test]
fn fitting_shows_every_corner_inside_the_padding_and_fills_one_side() {
    let bounds = Bounds::around([QINGFENG_STATION, LINGJIATANG, QIUBAI]).unwrap();
    for (w, h) in [(1280.0, 800.0), (390.0, 700.0)] {
        let view = Viewport::fit(bounds, w, h, Insets::even(24.0));
        let corners = [
            LonLat::new(bounds.west, bounds.north),
            LonLat::new(bounds.east, bounds.south),
            LonLat::new(bounds.west, bounds.south),
            LonLat::new(bounds.east, bounds.north),
        ];
        for c in corners {
            assert!(view.shows(c, 23.9), "{c:?} is off screen at {w}x{h}");
        }
        let (x0, y0) = view.to_screen(LonLat::new(bounds.west, bounds.north));
        let (x1, y1) = view.to_screen(LonLat::new(bounds.east, bounds.south));
        let fills_width = ((x1 - x0) - (w - 48.0)).abs() < 0.5;
        let fills_height = ((y1 - y0) - (h - 48.0)).abs() < 0.5;
        assert!(fills_width || fills_height, "the fit leaves room on both axes at {w}x{h}");
    }
}

#[test]
fn zooming_keeps_the_ground_under_the_cursor() {
    let view = Viewport::new(QIUBAI, 13.0, 1280.0, 800.0);
    let cursor = (200.0, 650.0);
    let under = view.from_screen(cursor.0, cursor.1);
    let zoomed = view.zoom_around(15.5, cursor.0, cursor.1);
    let (x, y) = zoomed.to_screen(under);
    assert!((x - cursor.0).abs() < 1e-6 && (y - cursor.1).abs() < 1e-6);
    assert_eq!(zoomed.zoom, 15.5);
}

#[test]
fn dragging_moves_the_content_with_the_pointer() {
    let view = Viewport::new(QIUBAI, 14.0, 800.0, 600.0);
    let before = view.to_screen(NANDAJIE_STATION);
    let after = view.pan_by(37.0, -12.0).to_screen(NANDAJIE_STATION);
    assert!((after.0 - before.0 - 37.0).abs() < 1e-6 && (after.1 - before.1 + 12.0).abs() < 1e-6);
}

#[test]
fn zoom_stays_within_the_maps_range() {
    let view = Viewport::new(QIUBAI, 14.0, 800.0, 600.0);
    assert_eq!(view.zoom_around(40.0, 0.0, 0.0).zoom, MAX_ZOOM);
    assert_eq!(view.zoom_around(-3.0, 0.0, 0.0).zoom, MIN_ZOOM);
    assert_eq!(clamp_zoom(f64::NAN), MIN_ZOOM);
}

#[test]
fn the_layer_scales_by_powers_of_two_around_zoom_ten() {
    let layer = Layer::new(LonLat::new(119.7, 31.9));
    let view = Viewport::new(QIUBAI, 13.0, 800.0, 600.0);
    assert_eq!(view.layer_scale(), 8.0);
    // A place's screen position is its layer units scaled plus the layer's offset.
    let (ux, uy) = layer.to_units(NANDAJIE_STATION);
    let (tx, ty) = view.layer_offset(&layer);
    let (x, y) = view.to_screen(NANDAJIE_STATION);
    assert!((ux * 8.0 + tx - x).abs() < 1e-6 && (uy * 8.0 + ty - y).abs() < 1e-6);
}

#[test]
fn scale_bar_shows_a_round_length_no_longer_than_asked() {
    let (m, px) = scale_bar(10.0, 110.0);
    assert_eq!(m, 1000.0);
    assert!((px - 100.0).abs() < 1e-9);
    let (m, px) = scale_bar(3.3, 110.0);
    assert_eq!(m, 200.0);
    assert!(px <= 110.0);
    assert_eq!(scale_bar(f64::NAN, 110.0), (0.0, 0.0));
}

#[test]
fn metres_per_pixel_matches_the_slippy_map_table() {
    // 156543.03 m/px at zoom 0 on the equator, halving with each level.
    assert!((metres_per_pixel(0.0, 0.0) - 156_543.034).abs() < 0.01);
    assert!((metres_per_pixel(0.0, 10.0) - 152.874).abs() < 0.001);
}

#[test]
fn the_district_outline_holds_its_own_places_but_not_tianning() {
    let base = BaseMap::parse(zhonglou_map::data::BASEMAP).unwrap();
    let ring = base.district_ring().expect("the base map has a district outline");
    for p in [QIUBAI, NANDAJIE_STATION, QINGFENG_STATION, LINGJIATANG] {
        assert!(ring_contains(ring, p), "{p:?} should be in Zhonglou");
    }
    assert!(!ring_contains(ring, WENHUAGONG_STATION), "Cultural Palace station is in Tianning");
}

#[test]
fn distances_are_great_circle_metres() {
    // Qu Qiubai's former residence is about 160 m from Nandajie station.
    let d = QIUBAI.distance_m(NANDAJIE_STATION);
    assert!((140.0..180.0).contains(&d), "{d}");
}

#[test]
fn revealing_a_place_moves_it_just_inside_the_free_part_of_the_map() {
    let view = Viewport::new(QIUBAI, 15.0, 390.0, 724.0);
    let free = ScreenRect { left: 0.0, top: 0.0, right: 390.0, bottom: 320.0 };
    // The centre (y = 362) is under the bottom sheet: the map moves up until it is 40 px above the sheet.
    let (x, y) = view.reveal(QIUBAI, free, 40.0).to_screen(QIUBAI);
    assert!((x - 195.0).abs() < 1e-6 && (y - 280.0).abs() < 1e-6, "({x}, {y})");
    // A place already in the free part leaves the view as it was.
    let shown = view.reveal(QIUBAI, ScreenRect { bottom: 724.0, ..free }, 40.0);
    assert_eq!(shown, view);
}

#[test]
fn the_glide_transform_makes_the_new_view_look_like_the_old_one() {
    let before = Viewport::new(QIUBAI, 13.0, 800.0, 600.0);
    let after = Viewport::new(QINGFENG_STATION, 16.0, 800.0, 600.0);
    let (dx, dy, scale) = after.as_seen_from(&before);
    assert!((scale - 0.125).abs() < 1e-12);
    for p in [QIUBAI, QINGFENG_STATION, NANDAJIE_STATION, LINGJIATANG] {
        let (x, y) = after.to_screen(p);
        // translate(dx, dy) scale(s) about the centre (400, 300).
        let (tx, ty) = (400.0 + dx + scale * (x - 400.0), 300.0 + dy + scale * (y - 300.0));
        let (bx, by) = before.to_screen(p);
        assert!((tx - bx).abs() < 1e-6 && (ty - by).abs() < 1e-6, "{p:?}: ({tx}, {ty}) vs ({bx}, {by})");
    }
}

#[test]
fn centring_in_the_part_a_card_leaves_puts_the_place_at_its_middle() {
    let view = Viewport::new(QIUBAI, 16.0, 1000.0, 600.0);
    let free = ScreenRect { left: 0.0, top: 0.0, right: 600.0, bottom: 600.0 };
    let (x, y) = view.centred_in(QINGFENG_STATION, free).to_screen(QINGFENG_STATION);
    assert!((x - 300.0).abs() < 1e-6 && (y - 300.0).abs() < 1e-6, "({x}, {y})");
}

#[test]
fn a_view_fitted_to_paper_shows_the_same_ground() {
    let screen = Viewport::new(QIUBAI, 15.0, 1030.0, 745.0);
    let paper = screen.fitted_to(680.0, 453.0);
    assert_eq!(paper.center, screen.center);
    // The screen's corners are on the paper, and one pair of its edges touches the paper's.
    for (x, y) in [(0.0, 0.0), (1030.0, 745.0)] {
        let (px, py) = paper.to_screen(screen.from_screen(x, y));
        assert!((-1e-6..=680.0 + 1e-6).contains(&px) && (-1e-6..=453.0 + 1e-6).contains(&py), "({px}, {py})");
    }
    let (px, py) = paper.to_screen(screen.from_screen(0.0, 0.0));
    assert!(px.abs() < 1e-6 || py.abs() < 1e-6);
}
