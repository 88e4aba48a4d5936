//! The places in view as a plain list: the screen-reader alternative to the map, a sidebar section on wide
//! screens and a drawer on phones. Names match the markers'.

use crate::components::data_tools::DataTools;
use crate::components::icon::CategoryIcon;
use crate::core::i18n::Text;
use crate::core::ids::{Generation, PlaceId};
use crate::core::listing::Listing;
use crate::core::phrases;
use crate::core::places::Category;
use crate::state::use_state;
use leptos::prelude::*;

/// The list of visible places in the current view, with the phone's toggle for it.
#[component]
pub fn PlaceList() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let listing = RwSignal::new(Listing::default());
    let listed = Memo::new(move |_| {
        let view = state.settled().get();
        let lang = state.lang().get();
        let cats = state.cats().get();
        let limit = listing.get().limit();
        state.atlas().with(|a| a.in_view_limited(cats, &view, lang, limit))
    });
    let shown = Memo::new(move |_| listed.with(|(items, _)| items.clone()));
    let total = move || listed.with(|(_, total)| *total);
    let title = move || format!("{} ({})", state.t(Text::PlacesInView), total());
    let ul = NodeRef::<leptos::html::Ul>::new();
    // A page more, and the reader goes on at its first row once it is drawn.
    let show_more = move |_| {
        let Some(first) = listing.try_update(|l| l.show_more(total())).flatten() else { return };
        request_animation_frame(move || {
            if let Some(ul) = ul.get_untracked() {
                crate::interop::focus_in(&ul, &format!("li:nth-child({}) button", first + 1));
            }
        });
    };
    // One row per listed place; a row is drawn again only when what it says changes.
    let rows = move || {
        let lang = state.lang().get();
        let me = state.me().get();
        let atlas = state.atlas().get();
        let data = atlas.generation;
        shown.with(|items| {
            items
                .iter()
                .map(|&place| Row {
                    data,
                    place,
                    name: atlas.place(place).map(|p| p.name.get(lang).to_string()).unwrap_or_default(),
                    distance: me
                        .zip(atlas.place(place))
                        .map(|((me, _), p)| phrases::distance(lang, me.distance_m(p.at))),
                })
                .collect::<Vec<_>>()
        })
    };
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
            // Keyboard users past the list in one step (it can hold hundreds of places).
            <a class="place-list__skip" href="#map">
                {move || state.t(Text::SkipList)}
            </a>
            {rows_list(rows, open, ul)}
            {move || {
                let l = listing.get();
                let (next, rest) = (l.next_page(total()), l.left_out(total()));
                (rest > 0).then(|| {
                    view! {
                        <button type="button" class="place-list__more" on:click=show_more>
                            {phrases::show_more(state.lang().get(), next, rest)}
                        </button>
                    }
                })
            }}
        </section>
    }
}

/// What one row of the list says.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    /// The data set (a place id means another place in other data).
    data: Generation,
    place: PlaceId,
    name: String,
    /// How far the user is from it, once they asked to be located.
    distance: Option<String>,
}

/// One listed place: a button that shows it on the map and opens its card.
#[component]
fn ListRow(
    row: Row,
    /// The phone drawer's state (closed when a place is chosen).
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = use_state();
    let i = row.place;
    let category = state.atlas().with_untracked(|a| a.place(i).map(|p| p.category)).unwrap_or(Category::Other);
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
                <CategoryIcon icon=state.atlas().with_untracked(|a| a.icon_of(category)) />
                {row.name}
            </button>
            {row.distance.map(|d| view! { <span class="place-list__distance">{d}</span> })}
        </li>
    }
}

/// The list's rows. In the browser a change of rows changes only the rows that changed (`core::keyed`: rows that
/// stay keep their element; Leptos' own keyed list moves every row after one slipped in, hundreds when a category
/// is ticked in large data); the prerendered page renders them once, with the same row component.
fn rows_list(
    rows: impl Fn() -> Vec<Row> + Send + Sync + 'static,
    open: RwSignal<bool>,
    ul: NodeRef<leptos::html::Ul>,
) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! {
            <ul class="place-list__items" node_ref=ul>
                <For each=rows key=Row::clone children=move |row| view! { <ListRow row=row open=open /> } />
            </ul>
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        use crate::core::keyed::{plan, Step};
        use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
        let shown = StoredValue::new_local(Vec::<(Row, AnyViewState)>::new());
        Effect::new(move |_| {
            let next = rows();
            let Some(ul) = ul.get() else { return };
            shown.update_value(|shown| {
                let steps =
                    plan(&shown.iter().map(|(row, _)| row).collect::<Vec<_>>(), &next.iter().collect::<Vec<_>>());
                let mut old: Vec<Option<AnyViewState>> = shown.drain(..).map(|(_, state)| Some(state)).collect();
                let mut kept: Vec<Option<AnyViewState>> = steps
                    .iter()
                    .map(|step| match step {
                        Step::Stay(i) => old.get_mut(*i).and_then(Option::take),
                        Step::Place => None,
                    })
                    .collect();
                for mut gone in old.into_iter().flatten() {
                    gone.unmount();
                }
                // From the end: each placed row goes before the row that follows it.
                let mut before: Option<web_sys::Node> = None;
                let mut placed = Vec::with_capacity(next.len());
                for (row, state) in next.into_iter().zip(kept.drain(..)).rev() {
                    let state = state.unwrap_or_else(|| {
                        let mut state = view! { <ListRow row=row.clone() open=open /> }.into_any().build();
                        state.mount(&ul, before.as_ref());
                        state
                    });
                    before = state.elements().first().map(|el| el.clone().into());
                    placed.push((row, state));
                }
                placed.reverse();
                *shown = placed;
            });
        });
        view! { <ul class="place-list__items" node_ref=ul></ul> }
    }
}
