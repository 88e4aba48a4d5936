//! Printing the handout. While the page prints (the Print button, or the browser's own Print or Save as PDF),
//! the map is drawn at the printed map's size with the same ground in view, its markers are numbered, and the
//! list of the numbered places is drawn below it; afterwards the screen's view comes back.

use super::MapState;
use crate::core::geo::Viewport;
use crate::core::handout::{self, Numbering};
use leptos::prelude::*;

/// The printed map in CSS pixels: 180 × 120 mm at 96 px per inch, which fits A4 in either orientation with the
/// legend beside or below it (assets/style.css, `@media print`).
pub const PAPER_MAP_PX: (f64, f64) = (680.0, 453.0);

impl MapState {
    /// Whether the page is being printed.
    pub fn printing(&self) -> ReadSignal<bool> {
        self.printing.read_only()
    }

    /// The markers' numbers on paper and the places they number (empty unless printing).
    pub fn numbering(&self) -> Memo<Numbering> {
        self.numbering
    }

    /// The page is about to print: the map takes the printed size with the same ground in view.
    pub fn start_printing(&self) {
        if self.printing.get_untracked() {
            return;
        }
        let screen = self.view.get_untracked();
        self.screen_view.set_value(Some(screen));
        self.look(self.camera().on_paper(PAPER_MAP_PX.0, PAPER_MAP_PX.1));
        self.printing.set(true);
    }

    /// Printing is over: the screen's view comes back.
    pub fn done_printing(&self) {
        if !self.printing.get_untracked() {
            return;
        }
        self.printing.set(false);
        if let Some(screen) = self.screen_view.get_value() {
            self.screen_view.set_value(None);
            self.look(self.camera().back(screen));
        }
    }
}

/// The memo behind [`MapState::numbering`].
pub(super) fn numbering_memo(
    printing: RwSignal<bool>,
    atlas: RwSignal<std::sync::Arc<crate::core::atlas::Atlas>>,
    markers: Memo<Vec<crate::core::atlas::Marker>>,
    view: RwSignal<Viewport>,
) -> Memo<Numbering> {
    Memo::new(move |_| {
        if !printing.get() {
            return Numbering::default();
        }
        atlas.with(|a| markers.with(|ms| handout::number(a, ms, &view.get())))
    })
}
