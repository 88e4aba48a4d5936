//! The page header: the title and the language switch.

use crate::components::embed_dialog::EmbedButton;
use crate::components::share_button::ShareButton;
use crate::core::i18n::{Lang, Text};
use crate::state::use_state;
use leptos::prelude::*;

/// Title bar with the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    view! {
        <header class="header">
            <div class="header__titles">
                <h1 class="header__title">{move || state.t(Text::AppTitle)}</h1>
                <p class="header__subtitle">{move || state.t(Text::AppSubtitle)}</p>
            </div>
            <button
                type="button"
                id=ABOUT_BUTTON_ID
                class="header__button header__about"
                aria-expanded=move || state.about_open().get().to_string()
                on:click=move |_| state.set_about(!state.about_open().get_untracked())
            >
                {move || state.t(Text::About)}
            </button>
            <button
                type="button"
                class="header__button header__edit"
                aria-pressed=move || state.editing().get().to_string()
                on:click=move |_| state.set_editing(!state.editing().get_untracked())
            >
                {move || state.t(Text::Edit)}
            </button>
            <ShareButton />
            <EmbedButton />
            <label class="header__lang">
                <span class="visually-hidden">{move || state.t(Text::Language)}</span>
                <select
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                            state.set_language(lang);
                        }
                    }
                    prop:value=move || state.lang().get().code()
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() lang=l.code()>
                                    {l.endonym()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </header>
    }
}

/// The DOM id of the button that opens the overview (focus returns to it when the overview closes).
pub const ABOUT_BUTTON_ID: &str = "about-button";
