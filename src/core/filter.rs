//! Which places are shown: the set of ticked categories, and the counts the filter shows beside each one.

use super::places::{Category, Place};

/// A set of categories, as a bit set (copyable, cheap to compare in signals).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CategorySet(u16);

impl CategorySet {
    pub const NONE: CategorySet = CategorySet(0);
    pub const ALL: CategorySet = CategorySet((1 << Category::ALL.len()) - 1);

    pub fn contains(self, c: Category) -> bool {
        self.0 & (1 << c.index()) != 0
    }

    pub fn with(self, c: Category, on: bool) -> CategorySet {
        if on {
            CategorySet(self.0 | (1 << c.index()))
        } else {
            CategorySet(self.0 & !(1 << c.index()))
        }
    }

    /// Just this category ("only this" beside each one in the filter).
    pub fn only(c: Category) -> CategorySet {
        CategorySet::NONE.with(c, true)
    }

    pub fn toggled(self, c: Category) -> CategorySet {
        self.with(c, !self.contains(c))
    }

    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }

    pub fn is_all(self) -> bool {
        self == CategorySet::ALL
    }
}

impl Default for CategorySet {
    fn default() -> Self {
        CategorySet::ALL
    }
}

impl FromIterator<Category> for CategorySet {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Self {
        iter.into_iter().fold(CategorySet::NONE, |set, c| set.with(c, true))
    }
}

/// How many places each category has, in [`Category::ALL`] order.
pub fn counts(places: &[Place]) -> [usize; Category::ALL.len()] {
    let mut counts = [0; Category::ALL.len()];
    for p in places {
        counts[p.category.index()] += 1;
    }
    counts
}

/// Indices of the places whose category is in the set, in data order.
pub fn visible(places: &[Place], set: CategorySet) -> Vec<usize> {
    places.iter().enumerate().filter(|(_, p)| set.contains(p.category)).map(|(i, _)| i).collect()
}
