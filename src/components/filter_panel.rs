//! The category filter: a checkbox per category with its icon, name and count and an "only this" button,
//! plus all / none.

use crate::components::icon::CategoryIcon;
use crate::core::filter::{self, CategorySet};
use crate::core::i18n::{self, Text};
use crate::core::places::Category;
use crate::state::use_state;
use leptos::prelude::*;

/// The filter panel (a column in the sidebar on wide screens, a row of chips on phones).
#[component]
pub fn FilterPanel() -> impl IntoView {
    let state = use_state();
    let counts = Memo::new(move |_| state.atlas().with(|a| filter::counts(&a.places)));
    view! {
        <div class="filters">
            <fieldset class="filters__set">
                <legend class="filters__legend">{move || state.t(Text::Categories)}</legend>
                <div class="filters__bulk">
                    <button type="button" on:click=move |_| state.set_categories(CategorySet::ALL)>
                        {move || state.t(Text::ShowAll)}
                    </button>
                    <button type="button" on:click=move |_| state.set_categories(CategorySet::NONE)>
                        {move || state.t(Text::ShowNone)}
                    </button>
                </div>
                <ul class="filters__list">
                    {Category::ALL
                        .into_iter()
                        .map(|c| {
                            // "Other" exists only for user data without categories.
                            let hidden = move || c == Category::Other && counts.get()[c.index()] == 0;
                            view! {
                                <li class="filters__item" class:filters__item--hidden=hidden>
                                    <label class=format!("filter filter--{}", c.key())>
                                        <input
                                            type="checkbox"
                                            prop:checked=move || state.cats().get().contains(c)
                                            on:change=move |ev| state.set_category(c, event_target_checked(&ev))
                                        />
                                        <span class="filter__swatch">
                                            <CategoryIcon category=c />
                                        </span>
                                        <span class="filter__name">
                                            {move || {
                                                format!("{} ({})", c.label(state.lang().get()), counts.get()[c.index()])
                                            }}
                                        </span>
                                    </label>
                                    // Visible "只看 / Only", named "只看公园 / Only Parks" (the visible word begins the name).
                                    <button
                                        type="button"
                                        class="filter__only"
                                        aria-label=move || i18n::only_category(state.lang().get(), c.label(state.lang().get()))
                                        on:click=move |_| state.set_categories(CategorySet::only(c))
                                    >
                                        {move || state.t(Text::Only)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
        </div>
    }
}
