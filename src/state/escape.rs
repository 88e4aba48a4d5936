//! What Escape does: the state's layers handed to the one rule (`core::escape`), which every part of the page
//! that takes an Escape asks.

use super::MapState;
use crate::core::escape::{Escape, Layers};
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
