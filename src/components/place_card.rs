//! The place card: a non-modal dialog with what the article says about a place, where it comes from in the
//! article, and how sure its position is. A side panel on wide screens, a bottom sheet on phones.

use crate::components::icon::CategoryIcon;
use crate::components::move_form::MoveForm;
use crate::components::own_fields::OwnFields;
use crate::components::text_form::TextForm;
use crate::core::i18n::{Lang, Text};
use crate::core::links;
use crate::core::phrases;
use crate::core::places::Place;
use crate::interop;
use crate::state::{use_state, Texts};
use leptos::prelude::*;

/// The card of the selected place; nothing when no place is open.
#[component]
pub fn PlaceCard() -> impl IntoView {
    let state = use_state();
    let dialog = NodeRef::<leptos::html::Section>::new();
    // Focus moves into the card whenever another place opens, and the map moves the place out from under it.
    Effect::new(move |_| {
        if state.open_place().get().is_some() {
            if let Some(el) = dialog.get() {
                let _ = el.focus();
                if let Some(free) = interop::map_area_beside("map", &el) {
                    state.reveal_open(free);
                }
            }
        }
    });
    // A card that grows after it opened (its texts arriving, its background facts unfolded; a phone's bottom
    // sheet grows upwards) moves its place out from under it again. The first report checks too: the texts may
    // have arrived between the opening reveal and the observer's first look.
    let grown = StoredValue::new_local(None::<interop::SizeObserver>);
    Effect::new(move |_| {
        let observer = dialog.get().and_then(|el| {
            let target: web_sys::Element = (*el).clone();
            let last = std::cell::Cell::new(None::<f64>);
            interop::observe_size(&el, move |_, height| {
                if last.replace(Some(height)).is_none_or(|before| height > before + 1.0) {
                    if let Some(free) = interop::map_area_beside("map", &target) {
                        state.reveal_open(free);
                    }
                }
            })
        });
        grown.set_value(observer);
    });
    view! {
        // The card is drawn again when another place opens or the language changes; its body follows the
        // place's data (a correction moves it), and the move form keeps what is being typed.
        {move || {
            let open = state.open_place().get()?;
            let lang = state.lang().get();
            state
                .atlas()
                .with_untracked(|a| a.place(open).cloned())
                .map(|p| {
                    let category = p.category;
                    let name = p.name.get(lang).to_string();
                    view! {
                        <section
                            id="place-card"
                            class=format!("place-card place-card--{}", category.key())
                            role="dialog"
                            aria-modal="false"
                            aria-labelledby="place-card-title"
                            tabindex="-1"
                            node_ref=dialog
                        >
                            <header class="place-card__head">
                                <span class="place-card__icon">
                                    <CategoryIcon icon=state.atlas().with_untracked(|a| a.icon_of(category)) />
                                </span>
                                <div>
                                    // The name follows a correction (the rest of the head is redrawn on opening).
                                    <h2 id="place-card-title" class="place-card__title">
                                        {move || {
                                            state
                                                .atlas()
                                                .with(|a| a.place(open).map(|p| p.name.get(lang).to_string()))
                                                .unwrap_or_else(|| name.clone())
                                        }}
                                    </h2>
                                    <p class="place-card__category">
                                        {state.atlas().with_untracked(|a| a.category_label(category, lang))}
                                    </p>
                                </div>
                                <button
                                    type="button"
                                    class="place-card__close"
                                    aria-label=Text::Close.get(lang)
                                    title=Text::Close.get(lang)
                                    on:click=move |_| state.close_card()
                                >
                                    "×"
                                </button>
                            </header>
                            {move || {
                                state.atlas().with(|a| a.place(open).cloned()).map(|p| view! { <CardBody place=p lang=lang /> })
                            }}
                            <Show when=move || state.editing().get()>
                                <MoveForm place=open />
                                <TextForm place=open />
                            </Show>
                        </section>
                    }
                })
        }}
    }
}

/// Where a link's proposed correction puts a place, if it proposes one for it.
fn state_proposal(id: &str) -> Option<crate::core::geo::LonLat> {
    use_state().proposal().with_untracked(|p| p.as_ref().filter(|f| f.id == id).map(|f| f.to))
}

/// Everything under the card's title.
#[component]
fn CardBody(
    /// The place to describe.
    place: Place,
    /// The language to describe it in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    // A summary corrected before the texts arrived is there in its own language only.
    let summary_text = place.summary.as_ref().map(|s| s.get(lang).to_string()).filter(|t| !t.is_empty());
    let waiting_for_text = summary_text.is_none();
    let summary = summary_text.map(|s| view! { <p class="place-card__summary">{s}</p> });
    // The built-in places' texts come after the first view: say so while they are on their way.
    let waiting = waiting_for_text.then_some(move || match state.texts().get() {
        Texts::Later | Texts::Coming => Some(
            view! {
                <p class="place-card__summary place-card__summary--waiting" aria-busy="true">
                    {Text::TextsLoading.get(lang)}
                </p>
            }
            .into_any(),
        ),
        Texts::Failed => {
            Some(view! { <p class="place-card__summary">{Text::TextsUnavailable.get(lang)}</p> }.into_any())
        }
        Texts::Here => None,
    });
    let section = place.section.map(|s| row(Text::ArticleSection.get(lang), s.label(lang).to_string()));
    let address = place.address.as_ref().map(|a| row(Text::Address.get(lang), a.get(lang).to_string()));
    let coordinates = crate::core::coords::degrees(place.at);
    // A line or area says what it is and where its marker stands on it, before how exact its data is.
    let position = match &place.shape {
        Some(shape) => format!("{} · {}", phrases::shape(lang, shape), place.position.describe(lang)),
        None => place.position.describe(lang),
    };
    // A correction a link proposes for this place, for review: where, and how far from here.
    let proposed = state_proposal(&place.id).map(|to| {
        let text = format!("{} · {}", crate::core::coords::degrees(to), phrases::moved(lang, place.at.distance_m(to)));
        row(Text::ProposedPosition.get(lang), text)
    });
    let at = place.at;
    let distance = move || {
        state.me().get().map(|(me, _)| row(Text::DistanceFromYou.get(lang), phrases::distance(lang, me.distance_m(at))))
    };
    // Amap and Baidu find places by their Chinese names, whatever the page's language.
    let name = place.name.zh_hans.clone();
    // An approximate position is not pinned in other apps: they search the name instead, and say so.
    let search_hint = (!links::pins(&place.position)).then(|| Text::SearchesByName.get(lang));
    let links = view! {
        <p class="place-card__links">
            <span>{Text::OpenIn.get(lang)} ": "</span>
            {links::chinese_apps_serve(place.at)
                .then(|| {
                    view! {
                        <a href=links::amap_for(&name, place.at, &place.position) target="_blank" rel="noopener noreferrer" title=search_hint>
                            {Text::OpenAmap.get(lang)}
                        </a>
                        " · "
                        <a href=links::baidu_for(&name, place.at, &place.position) target="_blank" rel="noopener noreferrer" title=search_hint>
                            {Text::OpenBaidu.get(lang)}
                        </a>
                        " · "
                    }
                })}
            <a href=links::osm(place.at) target="_blank" rel="noopener noreferrer">
                {Text::Osm.get(lang)}
            </a>
        </p>
    };
    let facts = (!place.facts.is_empty()).then(|| {
        view! {
            <details class="place-card__facts">
                <summary>{Text::Background.get(lang)}</summary>
                <ul>
                    {place
                        .facts
                        .iter()
                        .map(|f| {
                            view! {
                                <li>
                                    {f.text.get(lang).to_string()}
                                    <span class="place-card__source">
                                        {format!(" ({}: {})", Text::Source.get(lang), f.source.get(lang))}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    });
    view! {
        {summary}
        {waiting}
        <dl class="place-card__rows">
            {section}
            {address}
            {row(Text::Position.get(lang), position)}
            {row(Text::Coordinates.get(lang), coordinates)}
            {proposed}
            {distance}
        </dl>
        {links}
        {place.position.source.as_ref().map(|s| {
            let said = format!("{}: {}", Text::Source.get(lang), s.get(lang));
            view! { <p class="place-card__source">{said}</p> }
        })}
        {facts}
        {place.own_fields.clone().map(|feature| view! { <OwnFields feature=feature lang=lang /> })}
    }
}

fn row(term: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="place-card__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
        </div>
    }
}
