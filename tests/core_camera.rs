//! Where the map looks (core::camera): gestures, zoom steps, home, resizing, links and revealing a place.

mod common;

use common::QIUBAI;
use zhonglou_map::core::camera::{floored, Camera};
use zhonglou_map::core::geo::{ScreenRect, Viewport};

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
