//! The places in view as a plain list: the screen-reader alternative to the map, a sidebar section on wide
//! screens and a drawer on phones. Names match the markers'.

use crate::app::use_state;
use crate::components::data_tools::DataTools;
use crate::components::icon::CategoryIcon;
use crate::core::i18n::{self, Text};
use leptos::prelude::*;

/// The list stops here: beyond a few hundred entries a list helps nobody (zooming in does).
const MAX_LISTED: usize = 300;

/// The list of visible places in the current view, with the phone's toggle for it.
#[component]
pub fn PlaceList() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let listed = Memo::new(move |_| {
        let view = state.settled.get();
        let lang = state.lang.get();
        state.atlas.with(|a| state.visible.with(|vis| a.in_view_limited(vis, &view, lang, MAX_LISTED)))
    });
    let shown = Memo::new(move |_| listed.with(|(items, _)| items.clone()));
    let total = move || listed.with(|(_, total)| *total);
    let title = move || format!("{} ({})", state.t(Text::PlacesInView), total());
    view! {
        <button
            type="button"
            class="place-list__toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="place-list"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || format!("{} ({})", state.t(Text::ShowList), total())}
        </button>
        <section
            id="place-list"
            class=move || if open.get() { "place-list place-list--open" } else { "place-list" }
            aria-labelledby="place-list-title"
        >
            <div class="place-list__head">
                <h2 id="place-list-title" class="place-list__title">
                    {title}
                </h2>
                <button
                    type="button"
                    class="place-list__close"
                    aria-label=move || state.t(Text::Close)
                    on:click=move |_| open.set(false)
                >
                    "×"
                </button>
            </div>
            <DataTools />
            <Show when=move || shown.with(Vec::is_empty)>
                <p class="place-list__empty">{move || state.t(Text::NothingInView)}</p>
            </Show>
            <ul class="place-list__items">
                {move || {
                    let lang = state.lang.get();
                    let atlas = state.atlas.get();
                    shown
                        .get()
                        .into_iter()
                        .map(|i| {
                            let p = &atlas.places[i];
                            let category = p.category;
                            let at = p.at;
                            let distance = move || {
                                state
                                    .me
                                    .get()
                                    .map(|(me, _)| {
                                        view! {
                                            <span class="place-list__distance">
                                                {i18n::distance(lang, me.distance_m(at))}
                                            </span>
                                        }
                                    })
                            };
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class=format!("place-list__item place-list__item--{}", category.key())
                                        on:click=move |_| {
                                            open.set(false);
                                            state.show_place(i);
                                        }
                                    >
                                        <CategoryIcon category=category />
                                        {p.name.get(lang).to_string()}
                                    </button>
                                    {distance}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || { total() > MAX_LISTED }>
                <p class="place-list__empty">
                    {move || i18n::and_more(state.lang.get(), total() - MAX_LISTED)}
                </p>
            </Show>
        </section>
    }
}
