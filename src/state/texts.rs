//! The card texts of the built-in places: the first view is drawn without them (`build.rs`), and they are
//! fetched once, as soon as the live app has started (or when a card opens, if that comes first). The service
//! worker keeps the file, so a card never opened before still shows its text offline.

use super::MapState;
use crate::core::places::{self, PlaceTexts};
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the texts of the places shown are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Texts {
    /// In the data itself (a user's file, or the built-in texts once they arrived).
    Here,
    /// Not fetched yet.
    Later,
    /// On their way.
    Coming,
    /// The last fetch failed; the next card opened tries again.
    Failed,
}

/// How long after the live app starts the texts are fetched when no card asks for them first: at once, since
/// the page drawn before the program has already shown the map (it was a second when the live app drew the first
/// view; a place tapped right after the takeover then waited for the texts on a slow connection).
const PREFETCH_AFTER_MS: i32 = 0;

impl MapState {
    /// Where the texts of the places shown are.
    pub fn texts(&self) -> ReadSignal<Texts> {
        self.texts.read_only()
    }

    /// The built-in places are shown without their card texts (until [`MapState::load_texts`]).
    pub fn texts_later(&self) {
        self.texts.set(Texts::Later);
    }

    /// Whenever the places shown wait for their texts, fetches them when a card opens or after a moment.
    pub fn fetch_texts_when_needed(&self) {
        let state = *self;
        Effect::new(move |_| {
            let wanted = state.open.get().is_some();
            if wanted && matches!(state.texts.get_untracked(), Texts::Later | Texts::Failed) {
                leptos::task::spawn_local(state.load_texts());
            }
        });
        leptos::task::spawn_local(async move {
            interop::sleep(PREFETCH_AFTER_MS).await;
            state.load_texts().await;
        });
    }

    /// Fetches the built-in places' texts unless they are here, and fills them in; resolves once they are in
    /// (or could not be fetched). What needs every text (a download, a changes file) awaits this first.
    pub async fn load_texts(self) {
        while self.texts.get_untracked() == Texts::Coming {
            interop::sleep(20).await;
        }
        if !matches!(self.texts.get_untracked(), Texts::Later | Texts::Failed) {
            return;
        }
        self.texts.set(Texts::Coming);
        let fetched = interop::fetched_text(interop::start_fetch(crate::data::PLACE_TEXTS)).await;
        match fetched.ok().and_then(|text| places::load(&text).ok()) {
            Some(loaded) => {
                self.built_in_texts.set_value(Some(Arc::new(PlaceTexts::of(loaded.places))));
                // Unless other data replaced the built-in places meanwhile.
                if self.texts.get_untracked() == Texts::Coming {
                    self.fill_built_in_texts();
                }
            }
            // Still shown while built-in: the card goes without its texts and the next one opened tries again.
            None if self.texts.get_untracked() == Texts::Coming => self.texts.set(Texts::Failed),
            None => {}
        }
    }

    /// Gives the built-in places their card texts, if they arrived: the places as loaded (what changes apply
    /// to), then the places shown, made again from those and the corrections (a text corrected here stays).
    pub(super) fn fill_built_in_texts(&self) {
        let Some(texts) = self.built_in_texts.get_value() else {
            return self.texts.set(Texts::Later);
        };
        self.fill_pristine(|places| texts.fill(places));
        self.corrections_get_texts(&texts);
        self.texts.set(Texts::Here);
    }
}
