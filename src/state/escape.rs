//! What Escape does: the state's layers handed to the one rule (`core::escape`), which the page's one Escape
//! listener asks, and the focus given back by the same rule.

use super::MapState;
use crate::core::escape::{Escape, FocusBack, Layers};
use crate::interop;
use leptos::prelude::*;

impl MapState {
    /// Whether the embed dialog is open.
    pub fn embed_dialog(&self) -> ReadSignal<bool> {
        self.embed_dialog.read_only()
    }

    /// Opens the embed dialog, or closes it if it is open (its header button).
    pub fn toggle_embed_dialog(&self) {
        self.embed_dialog.update(|open| *open = !*open);
    }

    pub fn close_embed_dialog(&self) {
        self.embed_dialog.set(false);
    }

    /// Does what an Escape pressed now does, if anything is open, and gives the focus back by the same rule;
    /// says whether it did anything.
    pub fn escape(&self) -> bool {
        let Some(escape) = self.escape_goes_to() else { return false };
        match escape {
            Escape::CloseDialog => self.close_embed_dialog(),
            Escape::PutBack => self.put_back(),
            Escape::EndTour => self.leave_tour(),
            // Closing a card gives the focus to its place's marker however it closes (its × too).
            Escape::CloseCard => self.close_card(),
            Escape::CloseAbout => self.close_about(),
        }
        match escape.focus_back() {
            FocusBack::Button(id) => interop::focus_id(id),
            FocusBack::PlaceMarker | FocusBack::Stays => {}
        }
        true
    }

    /// What an Escape pressed now does (the part of the page it names takes it; the others leave it).
    pub fn escape_goes_to(&self) -> Option<Escape> {
        Layers {
            dialog: self.embed_dialog.get_untracked(),
            draft: self.draft().with_untracked(Option::is_some),
            tour: self.tour.get_untracked().is_some(),
            card: self.open.get_untracked().is_some(),
            about: self.about.get_untracked(),
        }
        .escape()
    }
}
