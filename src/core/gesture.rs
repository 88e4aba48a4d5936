//! Pointer gestures on the map as a pure state machine: mouse, pen and touch pointers go down, move and come
//! up; the machine says when a press becomes a drag (and the pointer should be captured), how the view moves
//! under one finger (pan) or two (pan and pinch zoom around their centre), and when two taps make a double tap.
//! The map component feeds it events in client pixels and applies what it returns. Which marker a touch is
//! for, where touch areas overlap, is [`nearest_within`].

use super::geo::Viewport;

/// How far a pointer may move before a press becomes a drag (CSS px): less is a tap or a click.
pub const DRAG_THRESHOLD_PX: f64 = 5.0;
/// Two taps this close in time (ms) and space (px) are a double tap.
pub const DOUBLE_TAP_MS: f64 = 350.0;
pub const DOUBLE_TAP_PX: f64 = 30.0;

/// The pointers on the map and what they are doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    /// Active pointers: id and last position (map px).
    pointers: Vec<(i32, f64, f64)>,
    /// Where the first pointer went down, until it moves far enough to be a drag or a second one joins.
    press: Option<(f64, f64)>,
    dragging: bool,
    /// The map's top-left corner in client coordinates when the gesture began.
    origin: (f64, f64),
    /// Time and place of the last tap, for double taps.
    last_tap: Option<(f64, f64, f64)>,
}

/// What the map should do after an event.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Step {
    /// Capture this pointer: the gesture is now a drag or pinch, and should follow it off the map.
    pub capture: bool,
    /// Show this view.
    pub view: Option<Viewport>,
    /// A double tap at this point (map px): zoom in a step around it.
    pub double_tap: Option<(f64, f64)>,
    /// A single tap at this point (map px): in edit mode, where a new place goes.
    pub tap: Option<(f64, f64)>,
}

impl Gesture {
    /// Whether a drag or pinch is under way (a press that moved, or two pointers).
    pub fn is_dragging(&self) -> bool {
        self.dragging
    }

    /// How many pointers are down.
    pub fn pointers(&self) -> usize {
        self.pointers.len()
    }

    /// A pointer went down at a client position; `origin` is the map's top-left corner in client px.
    pub fn down(&mut self, id: i32, client: (f64, f64), origin: (f64, f64)) -> Step {
        let mut step = Step::default();
        if self.pointers.is_empty() {
            self.origin = origin;
            let at = self.local(client);
            self.press = Some(at);
            self.dragging = false;
        } else {
            // A second finger: from now on this is a pinch, never a tap.
            self.press = None;
            self.dragging = true;
            step.capture = true;
        }
        let (x, y) = self.local(client);
        self.pointers.retain(|p| p.0 != id);
        self.pointers.push((id, x, y));
        step
    }

    /// A pointer moved: nothing until a press has moved past the threshold; then the view pans with the
    /// pointers' centre and, with two pointers, zooms by how much their spread changed.
    pub fn moved(&mut self, id: i32, client: (f64, f64), view: &Viewport) -> Step {
        let mut step = Step::default();
        let Some(slot) = self.pointers.iter().position(|p| p.0 == id) else { return step };
        let (x, y) = self.local(client);
        if let Some((px, py)) = self.press {
            if !self.dragging && (x - px).hypot(y - py) > DRAG_THRESHOLD_PX {
                self.dragging = true;
                // Captured only once it is a drag, so that a press on a marker still clicks it.
                step.capture = true;
            }
        }
        if !self.dragging {
            return step;
        }
        let (before, spread_before) = self.centroid_and_spread();
        self.pointers[slot] = (id, x, y);
        let (after, spread_after) = self.centroid_and_spread();
        let mut v = view.pan_by(after.0 - before.0, after.1 - before.1);
        if spread_before > 0.0 && spread_after > 0.0 {
            v = v.zoom_around(v.zoom + (spread_after / spread_before).log2(), after.0, after.1);
        }
        step.view = Some(v);
        step
    }

    /// A pointer came up (or was cancelled) at a client position, `time_ms` from the page's clock. A tap that
    /// started and ended on a control (a marker, a button) is the control's, not the map's.
    pub fn up(&mut self, id: i32, client: (f64, f64), time_ms: f64, cancelled: bool, on_control: bool) -> Step {
        let was_tap = self.pointers.len() == 1 && !self.dragging && self.press.is_some();
        self.pointers.retain(|p| p.0 != id);
        if self.pointers.is_empty() {
            self.dragging = false;
            self.press = None;
        }
        let mut step = Step::default();
        if !was_tap || cancelled || on_control {
            return step;
        }
        let (x, y) = self.local(client);
        match self.last_tap {
            Some((t, tx, ty)) if time_ms - t < DOUBLE_TAP_MS && (x - tx).hypot(y - ty) < DOUBLE_TAP_PX => {
                self.last_tap = None;
                step.double_tap = Some((x, y));
            }
            _ => {
                self.last_tap = Some((time_ms, x, y));
                step.tap = Some((x, y));
            }
        }
        step
    }

    fn local(&self, (cx, cy): (f64, f64)) -> (f64, f64) {
        (cx - self.origin.0, cy - self.origin.1)
    }

    fn centroid_and_spread(&self) -> ((f64, f64), f64) {
        let n = self.pointers.len().max(1) as f64;
        let (sx, sy) = self.pointers.iter().fold((0.0, 0.0), |(sx, sy), p| (sx + p.1, sy + p.2));
        let spread = match self.pointers.as_slice() {
            [a, b, ..] => (a.1 - b.1).hypot(a.2 - b.2),
            _ => 0.0,
        };
        ((sx / n, sy / n), spread)
    }
}

/// How far from its centre a marker takes a touch: half of 44 px, whatever the marker looks like.
pub const TOUCH_REACH_PX: f64 = 22.0;

/// The point nearest to `at` among `centres` and no farther than `reach`: where two markers' touch areas
/// overlap, the nearer centre wins, whichever is drawn on top.
pub fn nearest_within(at: (f64, f64), centres: &[(f64, f64)], reach: f64) -> Option<usize> {
    let distance = |c: &(f64, f64)| (c.0 - at.0).hypot(c.1 - at.1);
    centres
        .iter()
        .enumerate()
        .filter(|(_, c)| distance(c) <= reach)
        .min_by(|(_, a), (_, b)| distance(a).total_cmp(&distance(b)))
        .map(|(i, _)| i)
}
