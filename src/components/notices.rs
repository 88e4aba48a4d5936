//! Notices about data the map could not use: an alert naming each skipped feature and why.

use crate::core::i18n::Text;
use crate::core::problems;
use crate::core::url_state::BaseKind;
use crate::state::use_state;
use leptos::prelude::*;

/// The data alert; absent when everything loaded.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let dismissed = RwSignal::new(false);
    let problems = move || {
        let lang = state.lang().get();
        state.atlas().with(|a| problems::listed(&a.skipped, lang, |s| s.describe(lang)))
    };
    let has_any = move || {
        state.data_problem().with(Option::is_some)
            || state.atlas().with(|a| !a.skipped.is_empty())
            || state.link_problems().with(|p| !p.is_empty())
    };
    let tiles_failed = move || state.tile_failures().get() >= 3 && state.base().get() != BaseKind::Schematic;
    view! {
        <Show when=tiles_failed>
            <div class="notice" role="alert">
                <p>{move || state.t(Text::TilesFailed)}</p>
                <button class="notice__dismiss" on:click=move |_| state.choose_base(BaseKind::Schematic)>
                    {move || state.t(Text::UseSchematic)}
                </button>
            </div>
        </Show>
        <Show when=move || state.locate_error().with(Option::is_some)>
            <div class="notice" role="alert">
                <p>
                    {move || {
                        let why = state.locate_error().get().map(|e| e.describe(state.lang().get())).unwrap_or_default();
                        format!("{} {why}", state.t(Text::LocateFailed))
                    }}
                </p>
                <button class="notice__dismiss" on:click=move |_| state.dismiss_locate_error()>
                    {move || state.t(Text::Dismiss)}
                </button>
            </div>
        </Show>
        <Show when=move || has_any() && !dismissed.get()>
            <div class="notice" role="alert">
                {move || {
                    let lang = state.lang().get();
                    state
                        .data_problem()
                        .with(|p| p.as_ref().map(|p| p.describe(lang)))
                        .map(|e| view! { <p>{state.t(Text::DataUnusable)} " " {e}</p> })
                }}
                <Show when=move || !problems().is_empty()>
                    <p>{move || state.t(Text::SkippedFeatures)}</p>
                    <ul class="notice__list">
                        {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                </Show>
                <Show when=move || state.link_problems().with(|p| !p.is_empty())>
                    <p>{move || state.t(Text::LinkIgnored)}</p>
                    <ul class="notice__list">
                        {move || {
                            let lang = state.lang().get();
                            state
                                .link_problems()
                                .with(|found| problems::listed(found, lang, |p| p.describe(lang)))
                                .into_iter()
                                .map(|p| view! { <li>{p}</li> })
                                .collect_view()
                        }}
                    </ul>
                </Show>
                <button class="notice__dismiss" on:click=move |_| dismissed.set(true)>
                    {move || state.t(Text::Dismiss)}
                </button>
            </div>
        </Show>
    }
}
