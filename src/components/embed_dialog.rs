//! Embed: the header button that gives the `<iframe>` code for the map as it is now (view, categories, language),
//! at a size the user picks; and the bar the framed map shows instead of the header.

use crate::components::filter_panel::FilterPanel;
use crate::core::embed::{self, EmbedSize};
use crate::core::i18n::Text;
use crate::interop;
use crate::state::use_state;
use leptos::prelude::*;

/// The DOM id of the Embed button (focus returns to it when the dialog closes).
use crate::core::escape::EMBED_BUTTON as EMBED_BUTTON_ID;

/// The header's Embed button and its dialog.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let state = use_state();
    let open = state.embed_dialog();
    let size = RwSignal::new(EmbedSize::Medium);
    let close = move || {
        state.close_embed_dialog();
        interop::focus_id(EMBED_BUTTON_ID);
    };
    // The code follows the map while the dialog is open (a pan, a filter, the language).
    let code = move || {
        state.view().track();
        state.cats().track();
        let size = size.get();
        embed::iframe(&state.embed_link(size), size, state.t(Text::AppTitle))
    };
    let copy = move |_| {
        interop::copy_text(&untrack(code), move |copied| {
            if copied {
                state.announce(state.t(Text::CodeCopied));
            } else {
                interop::select_input("embed-code");
            }
        });
    };
    view! {
        <button
            type="button"
            id=EMBED_BUTTON_ID
            class="header__button header__embed"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| state.toggle_embed_dialog()
        >
            {move || state.t(Text::Embed)}
        </button>
        <Show when=move || open.get()>
            <section class="embed-dialog" role="dialog" aria-labelledby="embed-title">
                <h2 id="embed-title" class="embed-dialog__title">{move || state.t(Text::EmbedTitle)}</h2>
                <button type="button" class="embed-dialog__close" aria-label=move || state.t(Text::Close) on:click=move |_| close()>
                    "×"
                </button>
                <p class="embed-dialog__hint">{move || state.t(Text::EmbedHint)}</p>
                <fieldset class="embed-dialog__sizes">
                    <legend>{move || state.t(Text::EmbedSize)}</legend>
                    {EmbedSize::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <label>
                                    <input type="radio" name="embed-size" prop:checked=move || size.get() == s on:change=move |_| size.set(s) />
                                    {move || s.label(state.lang().get())}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <label class="embed-dialog__code" for="embed-code">{move || state.t(Text::EmbedCode)}</label>
                <textarea id="embed-code" readonly rows="4" prop:value=code></textarea>
                <button type="button" class="embed-dialog__copy" on:click=copy>
                    {move || state.t(Text::CopyCode)}
                </button>
            </section>
        </Show>
    }
}

/// What the framed map shows above it: the categories (folded) and a link to the full map in a new tab.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let state = use_state();
    view! {
        <header class="header embed-bar">
            <details class="embed-bar__filters">
                <summary>{move || state.t(Text::Categories)}</summary>
                <FilterPanel />
            </details>
            <a class="embed-bar__open" href=move || state.full_map_link() target="_blank" rel="noopener noreferrer">
                {move || state.t(Text::OpenFullMap)}
                " ↗"
            </a>
        </header>
    }
}
