//! The printed handout: the header's Print button, and what prints with the map (a legend with the credits, and
//! the numbered list of the places on the map). It is drawn only while the page prints, however printing started.

use crate::components::base_maps;
use crate::components::icon::CategoryIcon;
use crate::core::handout::one_line;
use crate::core::i18n::Text;
use crate::core::phrases;
use crate::core::places::Category;
use crate::interop;
use crate::state::use_state;
use leptos::ev::Custom;
use leptos::prelude::*;

/// The longest one-line summary on paper, in characters.
const SUMMARY_CHARS: usize = 90;
/// The most places the printed list holds (large data would fill a book); the rest are counted.
const MOST_LISTED: usize = 300;

/// The header's Print button (wide screens; on a phone the browser's own menu prints the same handout).
#[component]
pub fn PrintButton() -> impl IntoView {
    let state = use_state();
    let print = move |_| {
        leptos::task::spawn_local(async move {
            // The list gives each place's summary: the texts first, then a moment for the page to draw.
            state.load_texts().await;
            state.start_printing();
            interop::yield_now().await;
            interop::print();
        });
    };
    view! {
        <button
            type="button"
            class="header__button header__print"
            title=move || state.t(Text::PrintHint)
            on:click=print
        >
            {move || state.t(Text::Print)}
        </button>
    }
}

/// What prints below the map; nothing on screen.
#[component]
pub fn Handout() -> impl IntoView {
    let state = use_state();
    let before = window_event_listener(Custom::<web_sys::Event>::new("beforeprint"), move |_| state.start_printing());
    let after = window_event_listener(Custom::<web_sys::Event>::new("afterprint"), move |_| state.done_printing());
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    // Drawn whole, once per printing (nothing on it changes while the page prints).
    let sheet = move || {
        if !state.printing().get() {
            return None;
        }
        let lang = state.lang().get();
        let atlas = state.atlas().get();
        let numbering = state.numbering().get();
        let places = &numbering.places;
        let legend = Category::ALL
            .into_iter()
            .filter_map(|c| {
                let count = places.iter().filter(|&&p| atlas.place(p).is_some_and(|p| p.category == c)).count();
                (count > 0).then(|| {
                    view! {
                        <li class=format!("handout__category handout__category--{}", c.key())>
                            <CategoryIcon icon=atlas.icon_of(c) />
                            {format!("{} ({count})", atlas.category_label(c, lang))}
                        </li>
                    }
                })
            })
            .collect_view();
        let entries = places
            .iter()
            .take(MOST_LISTED)
            .filter_map(|&id| {
                let p = atlas.place(id)?;
                let summary = p.summary.as_ref().map(|s| one_line(s.get(lang), SUMMARY_CHARS));
                let address = p.address.as_ref().map(|a| format!("{} · ", a.get(lang)));
                Some(view! {
                    <li>
                        <strong>{p.name.get(lang).to_string()}</strong>
                        {format!(" · {}", atlas.category_label(p.category, lang))}
                        {summary.map(|s| view! { <span class="handout__summary">{s}</span> })}
                        <span class="handout__meta">{address} {p.position.describe(lang)}</span>
                    </li>
                })
            })
            .collect_view();
        let list = if places.is_empty() {
            view! { <p>{Text::HandoutNone.get(lang)}</p> }.into_any()
        } else {
            view! { <ol class="handout__places">{entries}</ol> }.into_any()
        };
        let more = (places.len() > MOST_LISTED).then(|| phrases::more_places(lang, places.len() - MOST_LISTED));
        let credits = format!("{} · {}", Text::HandoutSource.get(lang), base_maps::attribution(state));
        Some(view! {
            <section class="handout" aria-labelledby="handout-title">
                <div class="handout__legend">
                    <h2>{Text::Legend.get(lang)}</h2>
                    <ul>{legend}</ul>
                    <p>
                        <span class="handout__range">"4–6"</span>
                        {Text::LegendRange.get(lang)}
                    </p>
                    <p>
                        <span class="handout__halo"></span>
                        {Text::LegendHalo.get(lang)}
                    </p>
                    <p class="handout__credits">{credits}</p>
                </div>
                <h2 id="handout-title">{format!("{} ({})", Text::HandoutPlaces.get(lang), places.len())}</h2>
                {list}
                {more.map(|m| view! { <p>{m}</p> })}
            </section>
        })
    };
    sheet
}
