//! Identity: which place of which data set. A place is named by its position in the loaded data ([`PlaceId`]);
//! a data set by the number of times the data was replaced ([`Generation`]), so that the same index in other
//! data is never mistaken for the same place (markers and list rows are keyed by both).

/// A place in the loaded data: its position in [`crate::core::atlas::Atlas::places`]. Only meaningful
/// together with the data set it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(u32);

impl PlaceId {
    /// The place at this position in the data (the data holds fewer than 2³² places: a loader limit).
    pub fn new(index: usize) -> Self {
        PlaceId(u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// Its position in the data.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Which data set the map shows: 0 for the first, one more each time the data is replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Generation(pub u32);

impl Generation {
    /// The generation of the data that replaces this one.
    pub fn next(self) -> Self {
        Generation(self.0.wrapping_add(1))
    }
}
