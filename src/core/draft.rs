//! A place being moved in edit mode, before the move is kept: an overlay over the places as the changes left
//! them. Only the place's own marker follows a draft; the places, their cluster index, the labels and the list
//! stay as they are until the move is kept (one change, one redraw) or put back (nothing to redraw).

use crate::core::changes::Change;
use crate::core::geo::LonLat;
use crate::core::ids::PlaceId;
use crate::core::places::{Place, Position};

/// Where a place being moved is now (WGS-84).
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The place, as an index into the places shown.
    pub place: PlaceId,
    /// Its id, which finds it again when the places change under the draft (another tab's addition or deletion).
    pub id: String,
    pub at: LonLat,
}

impl Draft {
    /// The draft after the place is moved to `to`: a draft of another place is dropped (that place stays where
    /// it was) and this one begins. `None` for a place the data does not have, and for a line or area.
    pub fn moved(place: PlaceId, places: &[Place], to: LonLat) -> Option<Draft> {
        // Lines and areas are shown and carded, not moved (their cards say so).
        let id = places.get(place.index()).filter(|p| p.shape.is_none())?.id.clone();
        Some(Draft { place, id, at: to })
    }

    /// The draft after the place is moved by metres east and north (the arrow keys), from where its draft is,
    /// or from where the place is when this draft is of another place or there is none.
    pub fn nudged(
        current: Option<&Draft>,
        place: PlaceId,
        places: &[Place],
        east_m: f64,
        north_m: f64,
    ) -> Option<Draft> {
        let from = match current {
            Some(draft) if draft.place == place => draft.at,
            _ => places.get(place.index())?.at,
        };
        Draft::moved(place, places, from.moved_by_m(east_m, north_m))
    }

    /// The same draft over places that changed under it: its place found again by id (it may have moved in the
    /// list), or `None` when the place is gone.
    pub fn follow(self, places: &[Place]) -> Option<Draft> {
        let index = places.iter().position(|p| p.id == self.id)?;
        Some(Draft { place: PlaceId::new(index), ..self })
    }

    /// Where a place is drawn while this draft is out: the draft's position for its own place.
    pub fn position_of(draft: Option<&Draft>, place: PlaceId) -> Option<LonLat> {
        draft.filter(|d| d.place == place).map(|d| d.at)
    }

    /// The change that keeps the draft: the place moves from where it is to the draft, placed as `position`
    /// says. `None` when the place is no longer there.
    pub fn keep(&self, places: &[Place], position: Position) -> Option<Change> {
        let original = places.get(self.place.index()).filter(|p| p.id == self.id)?;
        Some(Change::Move {
            id: original.id.clone(),
            from: (original.at, original.position.clone()),
            to: (self.at, position),
        })
    }
}
