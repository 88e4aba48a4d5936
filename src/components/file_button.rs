//! A button that opens the browser's file chooser (the file input itself stays out of sight and out of the tab
//! order: the button is what people and screen readers meet).

use crate::core::i18n::Text;
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// "Open GeoJSON file…", "Open changes…": a button and its hidden file input; `on_file` gets the chosen file.
#[component]
pub fn FileButton(
    /// The button's text.
    label: Text,
    /// What to do with the chosen file.
    on_file: impl Fn(web_sys::File) + 'static,
) -> impl IntoView {
    let state = use_state();
    let input = NodeRef::<leptos::html::Input>::new();
    view! {
        <button type="button" on:click=move |_| {
            if let Some(el) = input.get_untracked() {
                el.click();
            }
        }>{move || state.t(label)}</button>
        <input
            class="visually-hidden"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            tabindex="-1"
            aria-hidden="true"
            node_ref=input
            on:change=move |ev| {
                if let Some(file) = interop::chosen_file(&ev) {
                    on_file(file);
                }
            }
        />
    }
}
