//! The places in view as a plain list: the screen-reader alternative to the map, a sidebar section on wide
//! screens and a drawer on phones. Names match the markers'.

use crate::app::use_state;
use crate::components::icon::CategoryIcon;
use crate::core::i18n::{self, Text};
use leptos::prelude::*;

/// The list of visible places in the current view, with the phone's toggle for it.
#[component]
pub fn PlaceList() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let view = state.view.get();
        let lang = state.lang.get();
        state.atlas.with(|a| state.visible.with(|vis| a.in_view(vis, &view, lang)))
    });
    let title = move || format!("{} ({})", state.t(Text::PlacesInView), shown.with(Vec::len));
    view! {
        <button
            type="button"
            class="place-list__toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="place-list"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || format!("{} ({})", state.t(Text::ShowList), shown.with(Vec::len))}
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
        </section>
    }
}
