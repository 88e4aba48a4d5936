//! The state's store for what the reader is looking at ([`Reading`]: the ticked categories and the open place):
//! every change to either goes through [`MapState::read`], which applies a transition of the plain model.

use super::MapState;
use crate::core::ids::PlaceId;
use crate::core::places::Category;
use crate::core::reading::Reading;
use leptos::prelude::*;

impl MapState {
    /// What the reader is looking at now.
    pub(super) fn reading(&self) -> Reading {
        Reading { categories: self.cats.get_untracked(), open: self.open.get_untracked() }
    }

    /// Applies a transition of what the reader is looking at; each half is written only if it changed.
    pub(super) fn read(&self, change: impl FnOnce(Reading) -> Reading) {
        let now = self.reading();
        let next = change(now);
        if next.categories != now.categories {
            self.cats.set(next.categories);
        }
        if next.open != now.open {
            self.card_kept.set(None);
            self.open.set(next.open);
        }
    }

    /// Each place's category in the data shown, for the rules of [`Reading`].
    pub(super) fn category_of(&self) -> impl Fn(PlaceId) -> Option<Category> {
        let atlas = self.atlas.get_untracked();
        move |p| atlas.place(p).map(|p| p.category)
    }
}
