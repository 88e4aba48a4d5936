//! The offline backdrop beyond the district (`core::backdrop`): while a user's data is shown, each level is
//! fetched the first time the map is at a zoom where it is drawn (counties a province at a time, for the
//! provinces in view once the view settles), and kept.

use super::MapState;
use crate::core::backdrop::{Backdrop, Level};
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

impl MapState {
    /// The backdrop files fetched so far.
    pub fn backdrops(&self) -> ReadSignal<Vec<Arc<Backdrop>>> {
        self.backdrops.read_only()
    }

    /// Fetches what the view needs whenever it settles, while a user's data is shown.
    pub fn fetch_backdrop_when_needed(&self) {
        let state = *self;
        // The files asked for (by address), so that none is fetched twice; a failed one may be asked again.
        let asked = StoredValue::new(Vec::<String>::new());
        let fetch = move |address: String| {
            if asked.with_value(|a| a.contains(&address)) {
                return;
            }
            asked.update_value(|a| a.push(address.clone()));
            leptos::task::spawn_local(async move {
                let text = interop::fetched_text(interop::start_fetch(&address)).await;
                match text.ok().and_then(|t| Backdrop::parse(&t).ok()) {
                    Some(backdrop) => state.backdrops.update(|b| b.push(Arc::new(backdrop))),
                    // Offline before it was ever fetched: the next move tries again.
                    None => asked.update_value(|a| a.retain(|x| *x != address)),
                }
            });
        };
        Effect::new(move |_| {
            let view = state.settled.get();
            if state.data_name.with(Option::is_none) {
                return;
            }
            // Counties are found through the provinces in view, so those come first.
            let counties = Level::Counties.drawn_at(view.zoom);
            for level in [Level::World, Level::Provinces, Level::Prefectures] {
                if level.drawn_at(view.zoom) || (counties && level == Level::Provinces) {
                    fetch(level.address(""));
                }
            }
            if counties {
                let provinces = state.backdrops.with(|b| {
                    b.iter().find(|b| b.level == Level::Provinces).map(|p| p.in_view(&view)).unwrap_or_default()
                });
                for code in provinces {
                    fetch(Level::Counties.address(&code));
                }
            }
        });
    }
}
