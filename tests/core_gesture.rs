//! The gesture state machine: what a press, a drag, a double tap, a pinch and a cancelled pointer do.

use zhonglou_map::core::geo::{LonLat, Viewport};
use zhonglou_map::core::gesture::*;

const ORIGIN: (f64, f64) = (100.0, 50.0);

fn view() -> Viewport {
    Viewport::new(LonLat::new(119.93, 31.78), 14.0, 800.0, 600.0)
}

#[test]
fn a_press_that_moves_less_than_the_threshold_is_a_tap_not_a_drag() {
    let mut g = Gesture::default();
    assert!(!g.down(1, (300.0, 300.0), ORIGIN).capture);
    let step = g.moved(1, (303.0, 302.0), &view());
    assert_eq!(step, Step::default(), "a jitter neither captures nor moves the map");
    assert!(!g.is_dragging());
}

#[test]
fn a_press_that_moves_past_the_threshold_captures_and_pans_by_the_movement() {
    let mut g = Gesture::default();
    g.down(1, (300.0, 300.0), ORIGIN);
    let step = g.moved(1, (300.0 + DRAG_THRESHOLD_PX + 1.0, 300.0), &view());
    assert!(step.capture, "the pointer is captured once it is a drag");
    assert!(g.is_dragging());
    let moved = g.moved(1, (340.0, 320.0), &view()).view.expect("a drag moves the map");
    let expected = view().pan_by(340.0 - 306.0, 20.0);
    assert!((moved.center.x - expected.center.x).abs() < 1e-9 && (moved.center.y - expected.center.y).abs() < 1e-9);
    assert_eq!(moved.zoom, view().zoom, "one finger never zooms");
    // Lifting after a drag is no tap.
    assert_eq!(g.up(1, (340.0, 320.0), 1000.0, false, false), Step::default());
}

#[test]
fn two_quick_taps_close_together_are_a_double_tap_at_the_second_one_in_map_pixels() {
    let mut g = Gesture::default();
    g.down(1, (300.0, 300.0), ORIGIN);
    let first = g.up(1, (300.0, 300.0), 1000.0, false, false);
    assert_eq!((first.double_tap, first.tap), (None, Some((200.0, 250.0))), "a single tap, in map pixels");
    g.down(1, (310.0, 305.0), ORIGIN);
    let step = g.up(1, (310.0, 305.0), 1000.0 + DOUBLE_TAP_MS - 50.0, false, false);
    assert_eq!(step.double_tap, Some((210.0, 255.0)));
    // A third tap starts over.
    g.down(1, (310.0, 305.0), ORIGIN);
    assert_eq!(g.up(1, (310.0, 305.0), 1400.0, false, false).double_tap, None);
}

#[test]
fn taps_too_slow_or_too_far_apart_are_two_single_taps() {
    let mut g = Gesture::default();
    g.down(1, (300.0, 300.0), ORIGIN);
    g.up(1, (300.0, 300.0), 1000.0, false, false);
    g.down(1, (300.0, 300.0), ORIGIN);
    assert_eq!(g.up(1, (300.0, 300.0), 1000.0 + DOUBLE_TAP_MS + 1.0, false, false).double_tap, None);
    g.down(1, (300.0 + DOUBLE_TAP_PX + 5.0, 300.0), ORIGIN);
    assert_eq!(g.up(1, (300.0 + DOUBLE_TAP_PX + 5.0, 300.0), 1500.0, false, false).double_tap, None);
}

#[test]
fn a_cancelled_pointer_or_a_tap_on_a_control_is_never_the_maps_tap() {
    let mut g = Gesture::default();
    g.down(1, (300.0, 300.0), ORIGIN);
    g.up(1, (300.0, 300.0), 1000.0, true, false);
    g.down(1, (300.0, 300.0), ORIGIN);
    assert_eq!(g.up(1, (300.0, 300.0), 1100.0, false, false).double_tap, None, "the cancelled one did not count");
    g.down(1, (300.0, 300.0), ORIGIN);
    assert_eq!(g.up(1, (300.0, 300.0), 1200.0, false, true).double_tap, None, "a marker's tap is the marker's");
    assert_eq!(g.pointers(), 0);
}

#[test]
fn a_second_finger_turns_a_tap_into_a_pinch_that_zooms_around_the_fingers() {
    let mut g = Gesture::default();
    g.down(1, (300.0, 300.0), ORIGIN);
    assert!(g.down(2, (400.0, 300.0), ORIGIN).capture, "the second finger is captured at once");
    assert!(g.is_dragging());
    // The fingers spread to twice their distance: one zoom level in.
    let step = g.moved(2, (500.0, 300.0), &view());
    let v = step.view.expect("a pinch moves the map");
    assert!((v.zoom - (view().zoom + 1.0)).abs() < 1e-9, "zoom {}", v.zoom);
    // Lifting both fingers is no tap, whatever the timing.
    assert_eq!(g.up(2, (500.0, 300.0), 100.0, false, false), Step::default());
    assert_eq!(g.up(1, (300.0, 300.0), 110.0, false, false), Step::default());
    assert_eq!(g.pointers(), 0);
    assert!(!g.is_dragging());
}

#[test]
fn pinching_in_zooms_out() {
    let mut g = Gesture::default();
    g.down(1, (300.0, 300.0), ORIGIN);
    g.down(2, (500.0, 300.0), ORIGIN);
    let v = g.moved(2, (400.0, 300.0), &view()).view.unwrap();
    assert!((v.zoom - (view().zoom - 1.0)).abs() < 1e-9, "zoom {}", v.zoom);
}

#[test]
fn moves_of_a_pointer_that_is_not_down_are_ignored() {
    let mut g = Gesture::default();
    assert_eq!(g.moved(7, (10.0, 10.0), &view()), Step::default());
}

#[test]
fn where_two_touch_areas_overlap_the_nearer_centre_wins() {
    use zhonglou_map::core::gesture::{nearest_within, TOUCH_REACH_PX};
    // Two markers 38 px apart: a touch 17 px from the first is 21 px from the second, inside both areas.
    let centres = [(100.0, 100.0), (138.0, 100.0)];
    assert_eq!(nearest_within((117.0, 100.0), &centres, TOUCH_REACH_PX), Some(0));
    assert_eq!(nearest_within((121.0, 100.0), &centres, TOUCH_REACH_PX), Some(1));
    // Drawn order does not matter.
    assert_eq!(nearest_within((117.0, 100.0), &[centres[1], centres[0]], TOUCH_REACH_PX), Some(1));
    // Beyond 22 px of every centre, no marker takes it.
    assert_eq!(nearest_within((100.0, 123.0), &centres, TOUCH_REACH_PX), None);
    assert_eq!(nearest_within((0.0, 0.0), &[], TOUCH_REACH_PX), None);
}
