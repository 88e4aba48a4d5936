//! Where the map looks: the view (changing with every frame of a gesture), the view once a gesture has settled
//! (what large data is clustered around, and what the link writes), and whether the reader has moved the map (a
//! resize then keeps their view instead of fitting home again). A plain value with transitions named after what
//! the reader does; the state (src/state/view.rs) keeps it in three signals and applies each transition whole.

use crate::core::datum::Datum;
use crate::core::geo::{LonLat, ScreenRect, Viewport};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub view: Viewport,
    /// The view once a gesture has settled.
    pub settled: Viewport,
    /// Whether the reader (or a link, or a tour) has moved the map away from home.
    pub moved: bool,
}

/// A view no further out than `floor` (the district map's, or further for data that spans more), zoomed in
/// around its centre.
pub fn floored(view: Viewport, floor: f64) -> Viewport {
    if view.zoom < floor {
        view.zoom_around(floor, view.width / 2.0, view.height / 2.0)
    } else {
        view
    }
}

impl Camera {
    /// A camera at home, as new data first shows.
    pub fn at_home(home: Viewport) -> Camera {
        Camera { view: home, settled: home, moved: false }
    }

    /// A gesture's frame (a drag, the wheel, a pinch, a zoom step): the view moves, no further out than `floor`;
    /// it settles later, once the gesture is still.
    pub fn gesture(self, view: Viewport, floor: f64) -> Camera {
        Camera { view: floored(view, floor), moved: true, ..self }
    }

    /// Pans by a number of pixels (the arrow keys).
    pub fn pan_by(self, dx: f64, dy: f64, floor: f64) -> Camera {
        self.gesture(self.view.pan_by(dx, dy), floor)
    }

    /// Zooms by `delta` levels around a screen point, the map's centre when `None`.
    pub fn zoom_by(self, delta: f64, around: Option<(f64, f64)>, floor: f64) -> Camera {
        let v = self.view;
        let (x, y) = around.unwrap_or((v.width / 2.0, v.height / 2.0));
        self.gesture(v.zoom_around(v.zoom + delta, x, y), floor)
    }

    /// A view asked for at once (a link's `view=`): moved, and settled there, with nothing to wait for.
    pub fn jump(self, view: Viewport, floor: f64) -> Camera {
        let view = floored(view, floor);
        Camera { view, settled: view, moved: true }
    }

    /// Back home (reset): the view fitted to the data, settled, and no longer moved.
    pub fn home(self, home: Viewport) -> Camera {
        Camera::at_home(home)
    }

    /// The view has been still for a moment.
    pub fn settle(self, view: Viewport) -> Camera {
        Camera { settled: view, ..self }
    }

    /// Starts from a view drawn before (the prerendered first view's), settled, leaving `moved` as it is.
    pub fn start_at(self, view: Viewport) -> Camera {
        Camera { view, settled: view, ..self }
    }

    /// The map element's new size: a size that did not change keeps the view; a map the reader moved keeps its
    /// centre and zoom; else home is fitted again to the new size (`home` gives it for a size).
    pub fn resize(self, width: f64, height: f64, home: impl FnOnce(f64, f64) -> Viewport) -> Camera {
        let v = self.view;
        if width <= 0.0 || height <= 0.0 || ((v.width - width).abs() < 0.5 && (v.height - height).abs() < 0.5) {
            self
        } else if self.moved {
            Camera { view: v.resized(width, height), ..self }
        } else {
            Camera { view: home(width, height), ..self }
        }
    }

    /// A tour's step sets off: the map is moved away from home (a resize keeps the step's view), before the
    /// glide's view is known.
    pub fn set_off(self) -> Camera {
        Camera { moved: true, ..self }
    }

    /// A glide arrives (or jumps) at a view; it settles later, once the map is still.
    pub fn arrive(self, view: Viewport) -> Camera {
        Camera { view, moved: true, ..self }
    }

    /// The page is printing: the same ground in view, fitted to the paper's map (`width` × `height` px). What
    /// the screen showed is `self.view`, kept by the caller to come [`Camera::back`] to.
    pub fn on_paper(self, width: f64, height: f64) -> Camera {
        Camera { view: self.view.fitted_to(width, height), ..self }
    }

    /// Back to a view shown before (the screen's, after printing), as it was.
    pub fn back(self, view: Viewport) -> Camera {
        Camera { view, ..self }
    }

    /// The map is drawn in another datum (tiles in GCJ-02): the view and the settled view move with it, so
    /// that the same ground stays under the same pixels.
    pub fn redatum(self, from: Datum, to: Datum) -> Camera {
        Camera { view: from.recentre(&self.view, to), settled: from.recentre(&self.settled, to), ..self }
    }

    /// Moves the view as little as needed to show a position (in the map's datum) inside `free`, the part of
    /// the map a card leaves, `margin` px from its edges.
    pub fn reveal(self, at: LonLat, free: ScreenRect, margin: f64) -> Camera {
        Camera { view: self.view.reveal(at, free, margin), ..self }
    }
}
