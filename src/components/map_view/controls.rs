//! Controls on top of the map: zoom in, zoom out, reset and locate me (top right), and the scale bar.

use crate::core::geo::{self, LonLat, Viewport};
use crate::core::i18n::Text;
use crate::core::phrases;
use crate::interop;
use crate::state::{use_state, MapState};
use leptos::prelude::*;

/// The longest the scale bar may be (CSS px).
const SCALE_BAR_MAX_PX: f64 = 110.0;

/// Zoom in, zoom out, reset and locate me.
#[component]
pub fn ZoomControls() -> impl IntoView {
    let state = use_state();
    let at_max = move || state.view().with(|v| v.zoom >= geo::MAX_ZOOM);
    let at_min = move || state.view().with(|v| v.zoom <= state.atlas().with(|a| a.zoom_floor) + 1e-9);
    view! {
        <div class="map__controls">
            <button
                type="button"
                aria-label=move || state.t(Text::ZoomIn)
                title=move || state.t(Text::ZoomIn)
                prop:disabled=at_max
                on:click=move |_| state.zoom_step(1.0, None)
            >
                "+"
            </button>
            <button
                type="button"
                aria-label=move || state.t(Text::ZoomOut)
                title=move || state.t(Text::ZoomOut)
                prop:disabled=at_min
                on:click=move |_| state.zoom_step(-1.0, None)
            >
                "−"
            </button>
            <button
                type="button"
                aria-label=move || state.t(Text::ResetView)
                title=move || state.t(Text::ResetView)
                on:click=move |_| state.reset_view()
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 5V2L7 6l5 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7Z" />
                </svg>
            </button>
            <button
                type="button"
                aria-label=move || state.t(Text::LocateMe)
                title=move || state.t(Text::LocateMe)
                on:click=move |_| locate(state)
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M11 1h2v3.06A8 8 0 0 1 19.94 11H23v2h-3.06A8 8 0 0 1 13 19.94V23h-2v-3.06A8 8 0 0 1 4.06 13H1v-2h3.06A8 8 0 0 1 11 4.06Zm1 5a6 6 0 1 0 0 12 6 6 0 0 0 0-12Zm0 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z" />
                </svg>
            </button>
        </div>
    }
}

/// Asks for the user's position; the state shows it and centres the map on it, or says why not.
fn locate(state: MapState) {
    interop::locate(move |result| match result {
        Ok((lon, lat, accuracy)) => state.located(LonLat::new(lon, lat), accuracy),
        Err(error) => state.locating_failed(error),
    });
}

/// A metric scale bar, bottom left.
#[component]
pub fn ScaleBar() -> impl IntoView {
    let state = use_state();
    let bar = move || geo::scale_bar(state.view().with(Viewport::metres_per_pixel), SCALE_BAR_MAX_PX);
    view! {
        <div class="map__scale" aria-hidden="true">
            <div class="map__scale-bar" style=move || format!("width:{:.0}px", bar().1)></div>
            <span>{move || phrases::distance_label(state.lang().get(), bar().0)}</span>
        </div>
    }
}
