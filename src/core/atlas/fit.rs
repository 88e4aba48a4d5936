//! Fitting views to places: the room kept clear for the map's controls and the markers' names, and the first
//! view ("home") of a map of a given size.

use super::Atlas;
use crate::core::geo::{Insets, LonLat, Viewport};

/// Room kept clear when a view is fitted to places: on the right the zoom buttons' column (12 px from the edge,
/// 44 px wide on touch screens; CSS `.map__controls`) and the markers' names, which are written right of them;
/// at the bottom the scale bar and attribution; elsewhere a marker's radius and a margin.
pub const FIT_INSETS: Insets = Insets { top: 32.0, right: 96.0, bottom: 44.0, left: 32.0 };
/// The same on a phone-wide map (under 600 px, CSS's phone breakpoint), where every pixel of width counts and
/// the first view shows clusters more than names: the zoom buttons are cleared only where a place would be under
/// them (see [`Atlas::home_view`]).
pub const NARROW_FIT_INSETS: Insets = Insets { top: 24.0, right: 24.0, bottom: 40.0, left: 24.0 };
/// The zoom buttons' column, measured from the map's top-right corner: 12 px in, 44 px wide and four 44 px
/// buttons tall on touch screens (CSS `.map__controls`), plus a marker's radius around it.
pub const CONTROLS_PX: (f64, f64) = (12.0 + 44.0 + 16.0, 12.0 + 4.0 * 44.0 + 16.0);

/// The room kept clear when fitting places into a map this wide.
pub fn fit_insets(width: f64) -> Insets {
    if width < 600.0 {
        Insets { right: CONTROLS_PX.0, ..NARROW_FIT_INSETS }
    } else {
        FIT_INSETS
    }
}

impl Atlas {
    /// The view that fits home into a map of this size.
    pub fn home_view(&self, width: f64, height: f64) -> Viewport {
        match self.home {
            Some(b) if width < 600.0 => {
                // A phone's width is too dear to keep a column free for the zoom buttons when no place is there.
                let wide = Viewport::fit(b, width, height, NARROW_FIT_INSETS);
                let under_controls = self.places.iter().any(|p| {
                    let (x, y) = wide.to_screen(self.datum.from_wgs84(p.at));
                    x > width - CONTROLS_PX.0 && y < CONTROLS_PX.1
                });
                if under_controls {
                    Viewport::fit(b, width, height, fit_insets(width))
                } else {
                    wide
                }
            }
            Some(b) => Viewport::fit(b, width, height, FIT_INSETS),
            None => Viewport::new(LonLat::new(119.9, 31.79), 12.0, width, height),
        }
    }
}
