//! Where the map looks (core::camera): gestures, zoom steps, home, resizing, links, revealing a place, a
//! tour's glide, printing and another datum.

mod common;

use common::QIUBAI;
use zhonglou_map::core::camera::{floored, Camera};
use zhonglou_map::core::datum::Datum;
use zhonglou_map::core::geo::{unproject, ScreenRect, Viewport};

const FLOOR: f64 = 11.0;

fn home() -> Viewport {
    Viewport::new(QIUBAI, 12.0, 800.0, 600.0)
}

fn camera() -> Camera {
    Camera::at_home(home())
}

#[test]
fn a_gesture_moves_the_view_no_further_out_than_the_floor_and_settles_later() {
    let zoomed_out = Viewport { zoom: 8.0, ..home() };
    let after = camera().gesture(zoomed_out, FLOOR);
    assert_eq!(after.view.zoom, FLOOR);
    assert!(after.moved);
    assert_eq!(after.settled, home(), "not settled until the gesture is still");
    let still = after.settle(after.view);
    assert_eq!(still.settled, after.view);
    assert_eq!(floored(home(), FLOOR), home(), "a view inside the floor is left as it is");
}

#[test]
fn zoom_steps_and_arrow_keys_move_from_the_current_view() {
    let zoomed = camera().zoom_by(1.0, None, FLOOR);
    assert_eq!(zoomed.view.zoom, 13.0);
    assert!((zoomed.view.layer_scale() / home().layer_scale() - 2.0).abs() < 1e-9);
    assert_eq!(zoomed.view.center, home().center, "around the centre");
    // Around a corner: the point under it stays under it.
    let corner = camera().zoom_by(1.0, Some((0.0, 0.0)), FLOOR);
    let (x, y) = corner.view.to_screen(home().from_screen(0.0, 0.0));
    assert!(x.abs() < 1e-6 && y.abs() < 1e-6);
    let panned = camera().pan_by(100.0, 0.0, FLOOR);
    let (px, _) = panned.view.to_screen(QIUBAI);
    assert!((px - 500.0).abs() < 1e-6, "the centre moved 100 px right: {px}");
    assert!(panned.moved);
}

#[test]
fn home_fits_again_and_forgets_the_move() {
    let moved = camera().pan_by(50.0, 50.0, FLOOR).zoom_by(2.0, None, FLOOR);
    assert_eq!(moved.home(home()), camera());
}

#[test]
fn a_resize_refits_home_until_the_reader_moves_the_map_then_keeps_their_view() {
    let fitted = camera().resize(400.0, 300.0, |w, h| Viewport { zoom: 11.0, ..home().resized(w, h) });
    assert_eq!(fitted.view, Viewport { zoom: 11.0, ..home().resized(400.0, 300.0) });
    let moved = camera().pan_by(10.0, 0.0, FLOOR);
    let kept = moved.resize(400.0, 300.0, |_, _| panic!("a moved map is not fitted again"));
    assert_eq!(kept.view, moved.view.resized(400.0, 300.0));
    // The same size, or no size at all (a hidden map), changes nothing.
    assert_eq!(moved.resize(800.2, 600.0, |_, _| panic!("same size")), moved);
    assert_eq!(moved.resize(0.0, 0.0, |_, _| panic!("no size")), moved);
}

#[test]
fn a_link_jumps_to_its_view_settled_and_moved() {
    let asked = Viewport { zoom: 5.0, ..home() };
    let jumped = camera().jump(asked, FLOOR);
    assert_eq!(jumped.view.zoom, FLOOR);
    assert_eq!(jumped.settled, jumped.view);
    assert!(jumped.moved);
    // The prerendered first view's: settled, and not a move of the reader's.
    let started = camera().start_at(asked);
    assert_eq!((started.view, started.settled, started.moved), (asked, asked, false));
}

#[test]
fn revealing_a_place_moves_it_inside_the_part_of_the_map_a_card_leaves_free() {
    // A card over the right half: the place, at the centre, is under it.
    let free = ScreenRect { left: 0.0, top: 0.0, right: 400.0, bottom: 600.0 };
    let shown = camera().reveal(QIUBAI, free, 40.0);
    let (x, y) = shown.view.to_screen(QIUBAI);
    assert!(x <= 360.0 && (y - 300.0).abs() < 1e-6, "inside the free part: {x}, {y}");
    assert_eq!(shown.view.zoom, home().zoom);
}

#[test]
fn a_tour_sets_off_moved_and_arrives_at_its_step_settling_later() {
    let off = camera().set_off();
    assert!(off.moved, "a resize during the glide keeps the step's view");
    assert_eq!((off.view, off.settled), (home(), home()));
    let step = Viewport { zoom: 15.0, ..home() };
    let there = off.arrive(step);
    assert_eq!(there.view, step);
    assert_eq!(there.settled, home(), "not settled until the map is still");
    assert!(camera().arrive(step).moved, "a jump (less motion) is a move too");
}

#[test]
fn printing_shows_the_same_ground_on_paper_and_the_screen_comes_back_as_it_was() {
    let screen = camera().pan_by(30.0, -20.0, FLOOR);
    let paper = screen.on_paper(1600.0, 1200.0);
    assert_eq!((paper.view.width, paper.view.height), (1600.0, 1200.0));
    assert_eq!(paper.view.center, screen.view.center);
    // Twice as wide and high: one zoom level further in, the same ground across.
    assert!((paper.view.zoom - screen.view.zoom - 1.0).abs() < 1e-9);
    assert_eq!((paper.settled, paper.moved), (screen.settled, screen.moved));
    assert_eq!(paper.back(screen.view), screen);
}

#[test]
fn another_datum_moves_the_view_and_the_settled_view_with_the_ground() {
    // Panned, not yet settled: the view and the settled view differ, and both move.
    let moved = camera().pan_by(100.0, 0.0, FLOOR);
    let gcj = moved.redatum(Datum::Wgs84, Datum::Gcj02);
    // GCJ-02 moves Changzhou a few hundred metres; zoom, size and `moved` stay.
    let shift = |a: Viewport, b: Viewport| {
        let (a, b) = (unproject(a.center), unproject(b.center));
        (b.lon - a.lon, b.lat - a.lat)
    };
    for (before, after) in [(moved.view, gcj.view), (moved.settled, gcj.settled)] {
        let (dlon, dlat) = shift(before, after);
        assert!(dlon.abs() > 1e-4 && dlon.abs() < 1e-2 && dlat.abs() > 1e-4 && dlat.abs() < 1e-2, "{dlon} {dlat}");
        assert_eq!((after.zoom, after.width, after.height), (before.zoom, before.width, before.height));
    }
    assert_eq!(gcj.settled, Datum::Wgs84.recentre(&home(), Datum::Gcj02));
    assert!(gcj.moved);
    assert_eq!(moved.redatum(Datum::Gcj02, Datum::Gcj02), moved, "the same datum changes nothing");
}
