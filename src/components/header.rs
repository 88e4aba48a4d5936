//! The page header: the title (a user's data's own name while it is shown, with the way back to the district
//! map), the buttons and the language switch.

use crate::components::embed_dialog::EmbedButton;
use crate::components::handout::PrintButton;
use crate::components::share_button::ShareButton;
use crate::components::tour_panel::TourButton;
use crate::core::i18n::{Lang, Text};
use crate::state::use_state;
use leptos::prelude::*;

/// Title bar with the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let article = Memo::new(move |_| state.has_tours());
    view! {
        <header class="header">
            // A user's data is named after itself; the district map is a link away.
            <div class="header__titles">
                <h1 class="header__title">
                    {move || state.data_name().get().unwrap_or_else(|| state.t(Text::AppTitle).to_string())}
                </h1>
                <p class="header__subtitle">
                    {move || {
                        if state.data_name().with(Option::is_some) { state.t(Text::AppTitle) } else { state.t(Text::AppSubtitle) }
                    }}
                </p>
            </div>
            {move || {
                state
                    .data_name()
                    .with(Option::is_some)
                    .then(|| {
                        let lang = state.lang().get();
                        view! {
                            <a
                                class="header__button header__back"
                                href=format!("/?lang={}", lang.code())
                                title=Text::BackToDistrictHint.get(lang)
                            >
                                {Text::BackToDistrict.get(lang)}
                            </a>
                        }
                    })
            }}
            <TourButton />
            // The overview lists the article's places: offered while the data has them.
            {move || {
                article
                    .get()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                id=ABOUT_BUTTON_ID
                                class="header__button header__about"
                                aria-expanded=move || state.about_open().get().to_string()
                                on:click=move |_| state.toggle_about()
                            >
                                // Narrow headers show the short label; the accessible name stays the whole one.
                                <span class="header__long">{move || state.t(Text::About)}</span>
                                <span class="header__short" aria-hidden="true">
                                    {move || state.t(Text::AboutShort)}
                                </span>
                            </button>
                        }
                    })
            }}
            <button
                type="button"
                class="header__button header__edit"
                aria-pressed=move || state.editing().get().to_string()
                on:click=move |_| state.toggle_editing()
            >
                {move || state.t(Text::Edit)}
            </button>
            <ShareButton />
            <EmbedButton />
            <PrintButton />
            <label class="header__lang">
                <span class="visually-hidden">{move || state.t(Text::Language)}</span>
                <select
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                            state.choose_language(lang);
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
pub use crate::core::escape::ABOUT_BUTTON as ABOUT_BUTTON_ID;
