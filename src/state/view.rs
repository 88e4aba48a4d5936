//! Transitions of the view: gestures, zoom steps, home, resizing, keeping the open place in sight (each a
//! transition of the plain `core::camera::Camera`, applied whole by `look`), and the base map with its datum.

use super::MapState;
use crate::core::camera::Camera;
use crate::core::geo::{ScreenRect, Viewport};
use crate::core::ids::PlaceId;
use crate::core::takeover::FirstMap;
use crate::core::tiles::Provider;
use crate::core::url_state::BaseKind;
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// How far (px) the open place is kept from the edges of the part of the map its card leaves free.
const REVEAL_MARGIN_PX: f64 = 40.0;

impl MapState {
    /// Where the map looks now.
    pub(super) fn camera(&self) -> Camera {
        Camera {
            view: self.view.get_untracked(),
            settled: self.settled.get_untracked(),
            moved: self.moved.get_untracked(),
        }
    }

    /// Applies a camera transition's result whole: each of the view, the settled view and `moved` is written only
    /// when it changed.
    pub(super) fn look(&self, after: Camera) {
        let before = self.camera();
        if after.moved != before.moved {
            self.moved.set(after.moved);
        }
        if after.view != before.view {
            self.view.set(after.view);
        }
        if after.settled != before.settled {
            self.settled.set(after.settled);
        }
    }

    /// The furthest out this data's map zooms.
    pub(super) fn zoom_floor(&self) -> f64 {
        self.atlas.with_untracked(|a| a.zoom_floor)
    }

    /// Replaces the view after a user gesture.
    pub fn move_to(&self, view: Viewport) {
        self.stop_glide();
        let floor = self.zoom_floor();
        self.look(self.camera().gesture(view, floor));
    }

    /// Pans by a number of pixels (arrow keys).
    pub fn pan_by(&self, dx: f64, dy: f64) {
        self.stop_glide();
        let floor = self.zoom_floor();
        self.look(self.camera().pan_by(dx, dy, floor));
    }

    /// Zooms by `delta` levels around a screen point (the centre when `None`), at once: for the wheel and pinch,
    /// which move in small steps of their own.
    pub fn zoom_by(&self, delta: f64, around: Option<(f64, f64)>) {
        self.stop_glide();
        let floor = self.zoom_floor();
        self.look(self.camera().zoom_by(delta, around, floor));
    }

    /// A whole zoom step (buttons, keys, double click or tap), eased in unless the user prefers less motion.
    pub fn zoom_step(&self, delta: f64, around: Option<(f64, f64)>) {
        let v = self.view.get_untracked();
        let at = around.unwrap_or((v.width / 2.0, v.height / 2.0));
        self.zoom_by(delta, Some(at));
        let factor = Viewport::layer_scale_at(self.view.get_untracked().zoom) / v.layer_scale();
        interop::animate_zoom(factor, at);
    }

    /// Back to home: the whole district (or the user's data).
    pub fn reset_view(&self) {
        let v = self.view.get_untracked();
        // A jump, not a gesture: nothing to wait for before it counts as settled.
        let home = self.atlas.with_untracked(|a| a.home_view(v.width, v.height));
        self.look(self.camera().home(home));
    }

    /// The view has been still for a moment: large data re-clusters around it.
    pub fn settle(&self, view: Viewport) {
        self.look(self.camera().settle(view));
    }

    /// Starts from the view the prerendered first view showed (fitted at build time to the size it was drawn
    /// for, around the map's centre at its size on screen), so that the takeover moves nothing.
    pub fn keep_first_view(&self, map: FirstMap) {
        let ((fit_w, fit_h), (width, height)) = (map.drawn_for, map.on_screen);
        let view = self.atlas.with_untracked(|a| a.home_view(fit_w, fit_h)).resized(width, height);
        self.look(self.camera().start_at(view));
    }

    /// Opens the card the reader opened in the first view, as they saw it: the map does not move for it, even
    /// if the place is in a cluster or under the card (a takeover moves nothing). Not inlined: inside the
    /// app's start it cost 1 KB of wasm, apart 0.1 KB.
    #[inline(never)]
    pub fn keep_card(&self, id: &str) {
        if let Some(place) = self.atlas.with_untracked(|a| a.find(id)) {
            self.open(place);
            self.card_kept.set(Some(place));
        }
    }

    /// The map element changed size: home is fitted again until the user has moved the map (a size that did not
    /// change, as the first report after `keep_first_view`, keeps the view).
    pub fn resize(&self, width: f64, height: f64) {
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        let atlas = self.atlas.get_untracked();
        self.look(self.camera().resize(width, height, |w, h| atlas.home_view(w, h)));
        // A card opened before the map knew its size (a shared link) keeps its place in sight.
        if self.open.get_untracked().is_some() {
            if let Some(free) = interop::area_beside_card() {
                self.reveal_open(free);
            }
        }
    }

    /// Moves the map as little as needed to show the open place inside `free` (the map less the card).
    pub fn reveal_open(&self, free: ScreenRect) {
        let Some(place) = self.open.get_untracked() else { return };
        if self.card_kept.get_untracked() == Some(place) {
            return;
        }
        let at = self.atlas.with_untracked(|a| a.place(place).is_some().then(|| a.shown_at(place)));
        if let Some(at) = at {
            self.look(self.camera().reveal(at, free, REVEAL_MARGIN_PX));
        }
    }

    /// Shows a place chosen from a list: ticks its category, zooms in until it has its own marker, opens its card.
    pub fn show_place(&self, place: PlaceId) {
        let Some(category) = self.atlas.with_untracked(|a| a.place(place).map(|p| p.category)) else { return };
        if !self.cats.get_untracked().contains(category) {
            self.tick(category, true);
        }
        let view = self.view.get_untracked();
        let cats = self.cats.get_untracked();
        let zoom = self.atlas.with_untracked(|a| a.zoom_to_single_out(place, cats, &view));
        if zoom > view.zoom {
            let at = self.atlas.with_untracked(|a| a.shown_at(place));
            self.move_to(Viewport { zoom, ..view.centred_on(at) });
        }
        self.open(place);
    }

    /// Switches the base map. Over tiles in another datum (Amap's GCJ-02) everything is redrawn in that datum,
    /// and the view moves with it so that the same ground stays under the same pixels.
    pub fn choose_base(&self, base: BaseKind) {
        if self.base.get_untracked() == base {
            return;
        }
        let datum = Provider::for_base(base).map(|p| p.datum()).unwrap_or_default();
        let before = self.atlas.with_untracked(|a| a.datum);
        if datum != before {
            self.atlas.update(|a| Arc::make_mut(a).set_datum(datum));
            self.look(self.camera().redatum(before, datum));
        }
        self.tile_failures.set(0);
        self.base.set(base);
    }
}
