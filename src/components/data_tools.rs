//! Bring your own data: `?data=<url>`, "Open GeoJSON file…" and drag and drop load a FeatureCollection in
//! place of the built-in places, a slice at a time with a progress bar; "Download GeoJSON" saves the places
//! currently shown.

use crate::app::{use_state, MapState};
use crate::core::atlas::Atlas;
use crate::core::export::to_geojson;
use crate::core::filter::CategorySet;
use crate::core::i18n::{self, Text};
use crate::core::places::{self, Loader};
use crate::core::url_state::UrlState;
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// Features converted between two paints while a file loads.
const FEATURES_PER_SLICE: usize = 4000;

/// Replaces the places with those of a GeoJSON text. A file that cannot be used leaves the current places and
/// says why; bad features are skipped and listed.
pub async fn load_text(state: MapState, text: String) {
    state.loading.set(Some((0, 0)));
    interop::yield_now().await;
    let mut loader = match Loader::new(&text) {
        Ok(loader) => loader,
        Err(e) => {
            state.load_error.set(Some(e.to_string()));
            state.loading.set(None);
            return;
        }
    };
    drop(text);
    let total = loader.total();
    while loader.step(FEATURES_PER_SLICE) {
        state.loading.set(Some((loader.done(), total)));
        interop::yield_now().await;
    }
    let (base, datum) = state.atlas.with_untracked(|a| (a.base.clone(), a.datum));
    let mut atlas = Atlas::for_user_data(base, loader.finish());
    atlas.set_datum(datum);
    let count = atlas.places.len();
    state.selected.set(None);
    state.load_error.set(None);
    state.cats.set(CategorySet::ALL);
    state.atlas.set(Arc::new(atlas));
    state.reset_view();
    state.loading.set(None);
    state.announcement.set(i18n::showing_places(state.lang.get_untracked(), count));
}

/// Loads the file a `?data=` link names, whose fetch has already started, then shows what the rest of the link
/// asks for (its place may be one of these places). If the file cannot be used, the built-in places are shown.
pub async fn load_url(state: MapState, url: String, fetch: Option<js_sys::Promise>, link: UrlState) {
    state.loading.set(Some((0, 0)));
    match interop::fetched_text(fetch).await {
        Ok(text) => load_text(state, text).await,
        Err(e) => {
            state.load_error.set(Some(format!("{url}: {e}")));
            state.loading.set(None);
        }
    }
    if state.load_error.with_untracked(Option::is_some) && state.atlas.with_untracked(|a| a.places.is_empty()) {
        let (base, datum) = state.atlas.with_untracked(|a| (a.base.clone(), a.datum));
        let mut atlas = Atlas::new(base, places::load(crate::data::PLACES).unwrap_or_default());
        atlas.set_datum(datum);
        state.atlas.set(Arc::new(atlas));
        state.reset_view();
    }
    let problems = state.apply_url(&link);
    state.link_problems.update(|p| p.extend(problems));
}

fn load_file(state: MapState, file: Option<web_sys::File>) {
    let Some(file) = file else { return };
    state.data_url.set(None);
    leptos::task::spawn_local(async move {
        match interop::read_file(file).await {
            Ok(text) => load_text(state, text).await,
            Err(e) => state.load_error.set(Some(e)),
        }
    });
}

/// The open, download and progress controls, and the page-wide drop target.
#[component]
pub fn DataTools() -> impl IntoView {
    let state = use_state();
    let input = NodeRef::<leptos::html::Input>::new();
    let over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        load_file(state, interop::dropped_file(&ev));
    });
    on_cleanup(move || {
        over.remove();
        dropped.remove();
    });
    let download = move |_| {
        let text = state.atlas.with_untracked(|a| state.visible.with_untracked(|v| to_geojson(&a.places, v)));
        interop::download("places.geojson", &text, "application/geo+json");
    };
    view! {
        <div class="data-tools">
            <button type="button" on:click=move |_| {
                if let Some(el) = input.get_untracked() {
                    el.click();
                }
            }>{move || state.t(Text::OpenFile)}</button>
            <input
                class="visually-hidden"
                type="file"
                accept=".geojson,.json,application/geo+json,application/json"
                tabindex="-1"
                aria-hidden="true"
                node_ref=input
                on:change=move |ev| load_file(state, interop::chosen_file(&ev))
            />
            <button type="button" on:click=download>
                {move || state.t(Text::DownloadGeojson)}
            </button>
            {move || {
                state
                    .loading
                    .get()
                    .map(|(done, total)| {
                        view! {
                            <label class="data-tools__progress">
                                <span>{format!("{} {done} / {total}", state.t(Text::Loading))}</span>
                                <progress max=total.max(1) value=done></progress>
                            </label>
                        }
                    })
            }}
        </div>
    }
}
