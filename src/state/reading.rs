//! The state's store for what the reader is looking at ([`Reading`]: the ticked categories and the open place):
//! the reader's transitions (tick a category, show all, none or one, open and close a card), each through
//! [`MapState::read`], which applies a transition of the plain model.

use super::MapState;
use crate::core::filter::CategorySet;
use crate::core::ids::PlaceId;
use crate::core::phrases;
use crate::core::places::Category;
use crate::core::reading::Reading;
use crate::interop;
use leptos::prelude::*;

impl MapState {
    /// Ticks or unticks one category and announces the result.
    pub fn tick(&self, category: Category, on: bool) {
        self.show_categories(self.reading().categories.with(category, on));
    }

    /// Every category (*All*, or the map's "show all" when nothing is shown).
    pub fn show_all(&self) {
        self.show_categories(CategorySet::ALL);
    }

    /// No category (*None*).
    pub fn show_none(&self) {
        self.show_categories(CategorySet::NONE);
    }

    /// This category alone (*Only*).
    pub fn show_only(&self, category: Category) {
        self.show_categories(CategorySet::only(category));
    }

    /// Replaces the ticked categories (closing the card of a place now hidden) and announces how many places
    /// are shown.
    pub(super) fn show_categories(&self, set: CategorySet) {
        self.read(|r| r.show(set, self.category_of()));
        let n = self.visible.with_untracked(Vec::len);
        self.announce(phrases::showing_places(self.lang.get_untracked(), n));
    }

    /// Opens a place's card. The card, once drawn, moves the map so that the place is not hidden under it.
    pub fn open(&self, place: PlaceId) {
        self.read(|r| r.open(place));
    }

    /// Closes the card and gives focus back to the marker of the place it showed.
    pub fn close_card(&self) {
        if let Some(place) = self.reading().open {
            self.read(Reading::close);
            if let Some(id) = self.marker_dom_id(place) {
                interop::focus_id(&id);
            }
        }
    }

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
