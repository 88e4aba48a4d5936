//! What the reader is looking at: the ticked categories and the open place, and the rules that keep the two
//! consistent (a card never stays open on a place its category hides). A plain value with transitions named
//! after what the reader does; the state (src/state) keeps it in two signals and applies each transition whole,
//! so that no component or other transition writes either half on its own.

use crate::core::filter::CategorySet;
use crate::core::ids::PlaceId;
use crate::core::places::Category;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The categories whose places are shown.
    pub categories: CategorySet,
    /// The place whose card is open.
    pub open: Option<PlaceId>,
}

impl Reading {
    /// A map as new data first shows it: every category, no card.
    pub const FRESH: Reading = Reading { categories: CategorySet::ALL, open: None };

    /// Shows exactly these categories; the card closes if its place is among those now hidden. `category_of`
    /// tells a place's category (`None` for a place the data no longer has, whose card closes too).
    pub fn show(self, categories: CategorySet, category_of: impl Fn(PlaceId) -> Option<Category>) -> Reading {
        let open = self.open.filter(|&p| category_of(p).is_some_and(|c| categories.contains(c)));
        Reading { categories, open }
    }

    /// Ticks or unticks one category (see [`Reading::show`]).
    pub fn tick(self, category: Category, on: bool, category_of: impl Fn(PlaceId) -> Option<Category>) -> Reading {
        self.show(self.categories.with(category, on), category_of)
    }

    /// Ticks every category among these (a tour's stops), leaving the reader's other choices as they are.
    pub fn include(self, categories: impl IntoIterator<Item = Category>) -> Reading {
        let categories = categories.into_iter().fold(self.categories, |set, c| set.with(c, true));
        Reading { categories, ..self }
    }

    /// Opens a place's card (one card at a time).
    pub fn open(self, place: PlaceId) -> Reading {
        Reading { open: Some(place), ..self }
    }

    /// Closes the card, if one is open.
    pub fn close(self) -> Reading {
        Reading { open: None, ..self }
    }
}
