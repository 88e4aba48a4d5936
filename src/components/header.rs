//! The page header: the title and the language switch.

use crate::app::use_state;
use crate::core::i18n::{Lang, Text};
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
            <label class="header__lang">
                <span class="visually-hidden">{move || state.t(Text::Language)}</span>
                <select
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                            state.lang.set(lang);
                        }
                    }
                    prop:value=move || state.lang.get().code()
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
