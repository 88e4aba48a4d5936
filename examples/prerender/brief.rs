//! Each place's card in brief, in the page itself, for the time before the program (or without it): a marker,
//! a cluster's list entry or a list row is a link to `#card-<id>`, and the stylesheet shows the card whose id
//! the address names (`:target`), so a tap opens it at once, with no page to fetch. It carries what a popup
//! would (the name, its category, the card's summary and the article section it comes from) and a link to the
//! place's own page, which has the whole card (position, links into map apps, background). The live app opens
//! the place named by the address when it takes over (`core::takeover::card`). Written in Simplified Chinese,
//! like the rest of the first view.

use leptos::prelude::*;
use zhonglou_map::core::i18n::{Lang, Text};
use zhonglou_map::core::places::Place;
use zhonglou_map::core::takeover;

/// The link to the place's own page, with the rest of its card.
const IN_FULL: &str = "位置、地图链接与背景资料 →";

/// The brief card of one place, hidden until the address names it.
#[component]
fn BriefCard(place: Place) -> impl IntoView {
    let lang = Lang::ZhHans;
    let name = place.name.get(lang).to_string();
    let label = name.clone();
    let summary = place.summary.as_ref().map(|s| s.get(lang).to_string());
    let section = place.section.map(|s| s.label(lang));
    view! {
        <section
            id=takeover::card_anchor(&place.id)
            role="dialog"
            aria-label=label
            class=format!("brief place-card place-card--{}", place.category.key())
        >
            // A div, not a header: the cards sit outside `main`, where a header would be a second banner.
            <div class="place-card__head">
                <div>
                    <h2 class="place-card__title">{name}</h2>
                    <p class="place-card__category">{place.category.label(lang)}</p>
                </div>
                <a href="#" aria-label=Text::Close.get(lang) class="place-card__close">
                    "×"
                </a>
            </div>
            {summary.map(|text| view! { <p class="place-card__summary">{text}</p> })}
            {section.map(|label| {
                view! { <p class="place-card__source">{format!("{}: {label}", Text::ArticleSection.get(lang))}</p> }
            })}
            <p class="place-card__links">
                <a href=format!("/place/{}/", place.id)>{IN_FULL}</a>
            </p>
        </section>
    }
}

/// Every place's brief card, each hidden until the address names it.
pub fn cards(places: &[Place]) -> String {
    places.iter().map(|place| view! { <BriefCard place=place.clone() /> }.to_html()).collect()
}
