//! Corrections beyond moving a place: editing its texts, deleting it, adding a new one, and opening a changes
//! file (applied whole, each change undoable, or not at all with every reason listed).

use super::edit::EditProblem;
use super::MapState;
use crate::core::changes::{text_changes, Change, TextField};
use crate::core::changes_file;
use crate::core::i18n::Lang;
use crate::core::ids::PlaceId;
use crate::core::places::Place;
use leptos::prelude::*;

impl MapState {
    /// Replaces a place's texts with these (field, language, text); each text that differs is one change.
    pub fn edit_texts(&self, place: PlaceId, texts: &[(TextField, Lang, String)]) -> bool {
        let Some(current) = self.atlas.with_untracked(|a| a.place_as_named(place)) else { return false };
        text_changes(&current, texts).into_iter().all(|change| self.make_change(change))
    }

    /// Deletes a place (undo brings it back where it was); its card closes.
    pub fn delete_place(&self, place: PlaceId) -> bool {
        let Some(p) = self.atlas.with_untracked(|a| a.place_as_named(place)) else { return false };
        self.read(crate::core::reading::Reading::close);
        self.make_change(Change::Delete { place: p, index: place.index() })
    }

    /// Adds a new place and opens its card.
    pub fn add_place(&self, place: Place) -> bool {
        let id = place.id.clone();
        if !self.make_change(Change::Add { place }) {
            return false;
        }
        if let Some(p) = self.atlas.with_untracked(|a| a.find(&id)) {
            self.show_place(p);
        }
        true
    }

    /// Applies a changes file: all of its changes, each one undoable, or none with each reason.
    pub fn open_changes(&self, text: &str) -> bool {
        let changes = match changes_file::parse(text) {
            Ok(changes) => changes,
            Err(e) => {
                self.set_edit_problem(EditProblem::File(e));
                return false;
            }
        };
        // One pass and one save: a tab that dies meanwhile keeps what was saved before.
        self.put_back();
        let made = self.with_edits(|edits, places| edits.make_all(places, changes));
        if let Err(errors) = made {
            self.set_edit_problem(EditProblem::Refused(errors));
            return false;
        }
        true
    }
}
