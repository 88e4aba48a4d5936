//! Share: copies the link to what is on screen, or shows it selected where the browser cannot copy.

use crate::core::i18n::Text;
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// The share button, with its copy-it-yourself fallback.
#[component]
pub fn ShareButton() -> impl IntoView {
    let state = use_state();
    let fallback = RwSignal::new(None::<String>);
    let share = move |_| {
        let link = interop::location_href();
        let shown = link.clone();
        interop::copy_text(&link, move |copied| {
            if copied {
                fallback.set(None);
                state.announce(state.t(Text::LinkCopied));
            } else {
                fallback.set(Some(shown.clone()));
                request_animation_frame(|| interop::select_input("share-link"));
            }
        });
    };
    view! {
        <button type="button" class="header__button" on:click=share>
            {move || state.t(Text::Share)}
        </button>
        {move || {
            fallback
                .get()
                .map(|link| {
                    view! {
                        <div class="share-fallback">
                            <label for="share-link">{state.t(Text::CopyThisLink)}</label>
                            <input id="share-link" type="text" readonly prop:value=link />
                            <button
                                type="button"
                                aria-label=state.t(Text::Close)
                                on:click=move |_| fallback.set(None)
                            >
                                "×"
                            </button>
                        </div>
                    }
                })
        }}
    }
}
