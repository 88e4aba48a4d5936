//! Bring your own data: `?data=<url>`, "Open GeoJSON file…" and drag and drop load a FeatureCollection in
//! place of the built-in places, a slice at a time with a progress bar; "Download GeoJSON" saves the places
//! currently shown.

use crate::components::file_button::FileButton;
use crate::core::export::to_geojson;
use crate::core::i18n::Text;
use crate::interop;
use crate::state::{load_file, use_state};
use leptos::prelude::*;

/// The open, download and progress controls, and the page-wide drop target.
#[component]
pub fn DataTools() -> impl IntoView {
    let state = use_state();
    let over = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        load_file(state, interop::dropped_file(&ev));
    });
    on_cleanup(move || {
        over.remove();
        dropped.remove();
    });
    // Every text goes into the file: the built-in places' card texts are fetched first if need be.
    let download = move |_| {
        leptos::task::spawn_local(async move {
            state.load_texts().await;
            let text = state
                .atlas()
                .with_untracked(|a| state.visible().with_untracked(|v| to_geojson(&a.places_as_named(), v)));
            interop::download("places.geojson", &text, "application/geo+json");
        });
    };
    view! {
        <div class="data-tools">
            <FileButton label=Text::OpenFile on_file=move |file| load_file(state, Some(file)) />
            <button type="button" on:click=download>
                {move || state.t(Text::DownloadGeojson)}
            </button>
            {move || {
                state
                    .loading()
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
