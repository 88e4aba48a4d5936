//! `<App/>` reads the page's link, starts the state and lays out the page; `<MapApp/>` is the page around a
//! given state (tests mount it with their own data). Components depend on the state (`crate::state`), never on
//! this file.

use crate::components::{
    about_panel::AboutPanel, base_maps::BaseMapPicker, edit_panel::EditPanel, embed_dialog::EmbedBar,
    filter_panel::FilterPanel, handout::Handout, header::Header, map_view::MapView, notices::Notices,
    place_card::PlaceCard, place_list::PlaceList, search_box::SearchBox, tour_panel::TourPanel,
};
use crate::core::atlas::NEAR_VIEW_ONLY;
use crate::core::i18n::{Lang, Text};
use crate::core::problems::LinkProblem;
use crate::core::url_state::{self, UrlState};
use crate::interop;
use crate::state::{self, MapState, TIANDITU_KEY_STORAGE};
use leptos::prelude::*;
use std::time::Duration;

/// What the map holds while a link's own data is on its way.
const NO_PLACES: &str = r#"{"type":"FeatureCollection","features":[]}"#;
/// How long large data's view must be still before it is clustered again.
const SETTLE_LARGE_DATA: Duration = Duration::from_millis(150);

/// The whole page with the built-in data (or a link's), in the browser's language.
#[component]
pub fn App() -> impl IntoView {
    let lang = interop::browser_language().map(|t| Lang::from_browser(&t)).unwrap_or_default();
    let query = interop::location_query();
    let (mut url, url_problems) = UrlState::parse(&query);
    // A place's own page (`/place/<id>/`) is the map with that place open, at the map's own address.
    let place_page = url_state::place_page(&interop::location_path());
    if let Some(id) = place_page.clone() {
        url.place.get_or_insert(id);
    }
    // The prerendered first view gives way in this task (no frame shows neither or both), and what the reader
    // did in it stays: categories switched off there stay off, the card opened there is open, and the
    // keyboard's focus comes back to the same element once the app is drawn.
    let left = interop::take_first_view();
    url.cats = left.categories(url.cats);
    // A card the reader opened there is opened where they read it (below), in place of the link's.
    if left.card.is_some() {
        url.place = None;
    }
    if place_page.is_some() || left.card.is_some() {
        interop::move_to_root();
    }
    if let Some(focus) = left.focus.clone() {
        request_animation_frame(move || interop::focus_id(&focus));
    }
    let built_in = url.data.is_none();
    // Data from a link: fetch it at once, and draw no built-in places in the meantime.
    let fetch = url.data.as_deref().map(interop::start_fetch);
    let places = if fetch.is_some() { NO_PLACES } else { crate::data::FIRST_VIEW };
    let state = MapState::from_geojson(places, crate::data::BASEMAP, lang);
    // The first frame shows the view the reader was looking at, at the map's size on screen.
    if let Some(map) = left.map {
        state.keep_first_view(map);
    }
    // A Tianditu key given in the link is kept on this device only; links the map writes never carry it.
    if let Some(key) = url_state::param(&query, "tk").filter(|k| !k.trim().is_empty()) {
        state.keep_tianditu_key(&key);
    } else if let Some(key) = interop::storage_get(TIANDITU_KEY_STORAGE) {
        state.keep_tianditu_key(&key);
    }
    let mut problems: Vec<LinkProblem> = url_problems.into_iter().map(LinkProblem::from).collect();
    match (url.data.clone(), fetch) {
        (Some(address), Some(fetch)) => {
            // The link's place is looked for once its data is in.
            problems.extend(state.apply_link(&UrlState { place: None, by: None, label: None, ..url.clone() }));
            state.data_linked(address.clone());
            leptos::task::spawn_local(state::load_url(state, address, fetch, url));
        }
        _ => problems.extend(state.apply_link(&url)),
    }
    if let Some(id) = &left.card {
        state.keep_card(id);
    }
    state.link_problems_found(problems);
    // The built-in places' card texts come after the first view.
    if built_in {
        state.texts_later();
    }
    state.fetch_texts_when_needed();
    state.fetch_backdrop_when_needed();
    // Corrections saved in this browser come back before the first render, so that a corrected place is drawn
    // where it was corrected from the first frame (a link's data once its file is in).
    if built_in {
        state.restore_saved();
    }
    state.follow_other_tabs();
    state::sync_url(state);
    view! { <MapApp state=state /> }
}

/// Large data re-clusters around the view once it has been still for a moment; small data at once.
fn settle_view(state: MapState) {
    let delay =
        move || (state.atlas().with_untracked(|a| a.places.len()) > NEAR_VIEW_ONLY).then_some(SETTLE_LARGE_DATA);
    state::when_view_still(state, delay, move |view| state.settle(view));
}

/// The page around a given state.
#[component]
pub fn MapApp(
    /// The state to show and share with every component below.
    state: MapState,
) -> impl IntoView {
    provide_context(state);
    settle_view(state);
    // The page's one Escape: the innermost of what is open gives way, and the focus goes back to what opened it
    // (core::escape). A part that took this Escape for itself (the search box clearing, a marker being moved)
    // marks it.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() && state.escape() {
            ev.prevent_default();
        }
    });
    on_cleanup(move || escape.remove());
    Effect::new(move |_| {
        let lang = state.lang().get();
        interop::set_document_language(lang.code(), Text::AppTitle.get(lang));
    });
    // The polite live region every layout has.
    let status = move || {
        view! {
            <div class="visually-hidden" role="status" aria-live="polite">
                {move || state.announcement().get()}
            </div>
        }
    };
    // Framed by another page (`?embed`): the map, its card and the categories, with a way to the full map.
    if state.embedded().get_untracked() {
        return view! {
            <Notices />
            <EmbedBar />
            <main class="layout layout--embed">
                <MapView />
                <PlaceCard />
            </main>
            {status()}
        }
        .into_any();
    }
    view! {
        <a class="skip-link" href="#map">{move || state.t(Text::Skip)}</a>
        <Header />
        <Notices />
        <main
            class="layout"
            class:layout--touring=move || state.tour().with(Option::is_some)
            class:layout--editing=move || state.editing().get()
            class:layout--adding=move || state.editing().get() && state.adding().get()
        >
            <aside class="sidebar">
                <TourPanel />
                <EditPanel />
                <SearchBox />
                // One row of chips on phones, scrolled sideways: the categories, then the base maps.
                <div class="sidebar__chips">
                    <FilterPanel />
                    <BaseMapPicker />
                </div>
                <PlaceList />
            </aside>
            <MapView />
            <PlaceCard />
            <AboutPanel />
        </main>
        <Handout />
        {status()}
    }
    .into_any()
}
