//! The offline backdrop beyond the district (`core::backdrop`): while a user's data is shown, each level is
//! fetched the first time the map is at a zoom where it is drawn, and kept.

use super::MapState;
use crate::core::backdrop::{Backdrop, Level};
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

impl MapState {
    /// The backdrop levels fetched so far.
    pub fn backdrops(&self) -> ReadSignal<Vec<Arc<Backdrop>>> {
        self.backdrops.read_only()
    }

    /// Fetches the levels the view needs, whenever the zoom changes, while a user's data is shown.
    pub fn fetch_backdrop_when_needed(&self) {
        let state = *self;
        let asked = StoredValue::new(Vec::<Level>::new());
        Effect::new(move |_| {
            let zoom = state.zoom.get();
            if state.data_name.with(Option::is_none) {
                return;
            }
            for level in Level::ALL.into_iter().filter(|l| l.drawn_at(zoom)) {
                if asked.with_value(|a| a.contains(&level)) {
                    continue;
                }
                asked.update_value(|a| a.push(level));
                leptos::task::spawn_local(async move {
                    let text = interop::fetched_text(interop::start_fetch(&level.address())).await;
                    match text.ok().and_then(|t| Backdrop::parse(&t).ok()) {
                        Some(backdrop) => state.backdrops.update(|b| b.push(Arc::new(backdrop))),
                        // Offline before it was ever fetched: the next zoom tries again.
                        None => asked.update_value(|a| a.retain(|l| *l != level)),
                    }
                });
            }
        });
    }
}
