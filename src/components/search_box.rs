//! Search: type a name in any script, pinyin or another spelling; results list as you type, arrow keys move
//! through them, Enter opens the highlighted (or first) one, Escape clears.

use crate::components::icon::CategoryIcon;
use crate::core::i18n::Text;
use crate::core::ids::PlaceId;
use crate::core::phrases;
use crate::state::use_state;
use leptos::prelude::*;

/// How many results the list shows.
const MAX_RESULTS: usize = 8;

/// The search box and its result list.
#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_state();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    // The data's search index is built on its first search, once per data set.
    let results = Memo::new(move |_| query.with(|q| state.atlas().with(|a| a.search(q, MAX_RESULTS))));
    let open_list = move || !query.with(|q| q.trim().is_empty());

    let choose = move |place: PlaceId| {
        query.set(String::new());
        active.set(None);
        state.show_place(place);
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let n = results.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |k| (k + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                active.update(|a| *a = Some(a.map_or(n - 1, |k| (k + n - 1) % n)));
            }
            "Enter" => {
                ev.prevent_default();
                let pick = results.with_untracked(|r| r.get(active.get_untracked().unwrap_or(0)).copied());
                if let Some(place) = pick {
                    choose(place);
                }
            }
            "Escape" => {
                // Clearing the query is Escape's job here, not closing a card.
                ev.stop_propagation();
                query.set(String::new());
                active.set(None);
            }
            _ => {}
        }
    };

    view! {
        <div class="search" role="search">
            <label class="visually-hidden" for="search-input">
                {move || state.t(Text::SearchLabel)}
            </label>
            <svg class="icon search__glass" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z" />
            </svg>
            <input
                id="search-input"
                class="search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=move || state.t(Text::SearchHint)
                aria-controls=move || open_list().then_some("search-results")
                aria-autocomplete="list"
                aria-activedescendant=move || active.get().map(|k| format!("search-option-{k}"))
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(None);
                }
                on:keydown=on_key
            />
            <span class="visually-hidden" aria-live="polite">
                {move || open_list().then(|| phrases::results(state.lang().get(), results.with(Vec::len)))}
            </span>
            <Show when=open_list>
                <ul
                    id="search-results"
                    class="search__results"
                    role="listbox"
                    aria-label=move || state.t(Text::SearchLabel)
                >
                    {move || {
                        let lang = state.lang().get();
                        let atlas = state.atlas().get();
                        results
                            .get()
                            .into_iter()
                            .enumerate()
                            .filter_map(|(k, i)| {
                                let p = atlas.place(i)?;
                                let category = p.category;
                                Some(view! {
                                    <li
                                        id=format!("search-option-{k}")
                                        role="option"
                                        class=move || {
                                            if active.get() == Some(k) { "search__option search__option--active" } else { "search__option" }
                                        }
                                        aria-selected=move || (active.get() == Some(k)).to_string()
                                        on:click=move |_| choose(i)
                                    >
                                        <span class=format!("search__icon search__icon--{}", category.key())>
                                            <CategoryIcon icon=atlas.icon_of(category) />
                                        </span>
                                        {p.name.get(lang).to_string()}
                                    </li>
                                })
                            })
                            .collect_view()
                    }}
                </ul>
                <Show when=move || results.with(Vec::is_empty)>
                    <p class="search__empty">{move || state.t(Text::NoResults)}</p>
                </Show>
            </Show>
        </div>
    }
}
