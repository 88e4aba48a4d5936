//! `<App/>`: loads the built-in data, provides the one shared [`MapState`] and lays out the page.

use crate::components::{
    about_panel::AboutPanel, base_maps::BaseMapPicker, filter_panel::FilterPanel, header::Header, map_view::MapView,
    notices::Notices, place_card::PlaceCard, place_list::PlaceList, search_box::SearchBox,
};
use crate::core::atlas::{Atlas, Marker, NEAR_VIEW_ONLY};
use crate::core::basemap::BaseMap;
use crate::core::datum::{gcj02_to_wgs84, Datum};
use crate::core::filter::{self, CategorySet};
use crate::core::geo::LonLat;
use crate::core::geo::{unproject, ScreenRect, Viewport};
use crate::core::i18n::{self, Lang, Text};
use crate::core::places::{self, Category};
use crate::core::tiles::Provider;
use crate::core::url_state::{self, BaseKind, UrlState, ViewParam};
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// What the page shares: the data, the filter, the open place, the language and the view.
#[derive(Clone, Copy)]
pub struct MapState {
    pub atlas: RwSignal<Arc<Atlas>>,
    pub cats: RwSignal<CategorySet>,
    pub selected: RwSignal<Option<usize>>,
    pub lang: RwSignal<Lang>,
    pub view: RwSignal<Viewport>,
    /// The base map under the places.
    pub base: RwSignal<BaseKind>,
    /// The user's own Tianditu key (kept in local storage, never in links).
    pub tianditu_key: RwSignal<String>,
    /// How many tiles of the current base map failed to load.
    pub tile_failures: RwSignal<usize>,
    /// The user's position and its accuracy in metres, once they ask for it.
    pub me: RwSignal<Option<(LonLat, f64)>>,
    /// Why locating the user failed, if it did.
    pub locate_error: RwSignal<Option<String>>,
    /// Progress of a file being loaded: features done and in all.
    pub loading: RwSignal<Option<(usize, usize)>>,
    /// The address of the data shown, when it came from a `?data=` link.
    pub data_url: RwSignal<Option<String>>,
    /// Whether the "About Zhonglou" panel is open.
    pub about: RwSignal<bool>,
    /// Set once the user pans or zooms: a resize then keeps their view instead of re-fitting the district.
    pub moved: RwSignal<bool>,
    /// Why the data could not be used at all, if so.
    pub load_error: RwSignal<Option<String>>,
    /// The polite live region's text.
    pub announcement: RwSignal<String>,
    /// Parts of the page's link that could not be used, already worded for the reader.
    pub link_problems: RwSignal<Vec<String>>,
    /// The browser's language: the one a link need not mention.
    pub browser_lang: Lang,
    /// Indices of the places whose category is ticked.
    pub visible: Memo<Vec<usize>>,
    /// The zoom alone, for what changes with zoom but not with panning.
    pub zoom: Memo<f64>,
    /// The view once a gesture has settled (large data re-clusters on this, not on every frame).
    pub settled: RwSignal<Viewport>,
    /// The markers drawn at the current zoom.
    pub markers: Memo<Vec<Marker>>,
}

impl MapState {
    pub fn new(atlas: Atlas, load_error: Option<String>, lang: Lang) -> Self {
        let atlas = RwSignal::new(Arc::new(atlas));
        let cats = RwSignal::new(CategorySet::ALL);
        let view = RwSignal::new(atlas.with_untracked(|a| a.home_view(1024.0, 768.0)));
        let visible = Memo::new(move |_| atlas.with(|a| filter::visible(&a.places, cats.get())));
        let zoom = Memo::new(move |_| view.with(|v| v.zoom));
        let settled = RwSignal::new(view.get_untracked());
        // Small data clusters on the zoom alone, never on panning; large data clusters only what is near the
        // settled view (see `settle_view`).
        let markers = Memo::new(move |_| {
            let cats = cats.get();
            atlas.with(|a| {
                if a.places.len() <= NEAR_VIEW_ONLY {
                    let v = Viewport { zoom: zoom.get(), ..view.get_untracked() };
                    a.markers(cats, &v)
                } else {
                    a.markers_near(cats, &settled.get())
                }
            })
        });
        Self {
            atlas,
            cats,
            selected: RwSignal::new(None),
            lang: RwSignal::new(lang),
            view,
            base: RwSignal::new(BaseKind::Schematic),
            tianditu_key: RwSignal::new(String::new()),
            tile_failures: RwSignal::new(0),
            me: RwSignal::new(None),
            locate_error: RwSignal::new(None),
            loading: RwSignal::new(None),
            data_url: RwSignal::new(None),
            about: RwSignal::new(false),
            moved: RwSignal::new(false),
            load_error: RwSignal::new(load_error),
            announcement: RwSignal::new(String::new()),
            link_problems: RwSignal::new(Vec::new()),
            browser_lang: lang,
            visible,
            zoom,
            settled,
            markers,
        }
    }

    /// A string of the interface in the current language.
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang.get())
    }

    /// Ticks or unticks one category and announces the result.
    pub fn set_category(&self, category: Category, on: bool) {
        self.set_categories(self.cats.get_untracked().with(category, on));
    }

    /// Replaces the ticked categories and announces how many places are shown.
    pub fn set_categories(&self, set: CategorySet) {
        self.cats.set(set);
        if let Some(i) = self.selected.get_untracked() {
            if self.atlas.with_untracked(|a| !set.contains(a.places[i].category)) {
                self.selected.set(None);
            }
        }
        let n = self.visible.with_untracked(Vec::len);
        self.announcement.set(i18n::showing_places(self.lang.get_untracked(), n));
    }

    /// Opens a place's card. The card, once drawn, moves the map so that the place is not hidden under it.
    pub fn open(&self, place: usize) {
        self.selected.set(Some(place));
    }

    /// Moves the map as little as needed to show the open place inside `free` (the map less the card).
    pub fn reveal_selected(&self, free: ScreenRect) {
        let Some(i) = self.selected.get_untracked() else { return };
        let at = self.atlas.with_untracked(|a| (i < a.places.len()).then(|| a.shown_at(i)));
        if let Some(at) = at {
            self.view.update(|v| *v = v.reveal(at, free, 40.0));
        }
    }

    /// What a link to the current state says (tracks place, categories and language; the view only if moved).
    pub fn url_state(&self) -> UrlState {
        let place =
            self.selected.get().and_then(|i| self.atlas.with_untracked(|a| a.places.get(i).map(|p| p.id.clone())));
        let lang = self.lang.get();
        let view = self.moved.get_untracked().then(|| {
            let v = self.view.get_untracked();
            ViewParam { zoom: v.zoom, center: unproject(v.center) }
        });
        let base = Some(self.base.get()).filter(|b| *b != BaseKind::Schematic);
        UrlState {
            place,
            cats: Some(self.cats.get()),
            lang: (lang != self.browser_lang).then_some(lang),
            view,
            base,
            data: self.data_url.get(),
        }
    }

    /// Shows what a link says; returns what in it could not be used, worded for the reader.
    pub fn apply_url(&self, url: &UrlState) -> Vec<String> {
        let lang = url.lang.unwrap_or(self.browser_lang);
        self.lang.set(lang);
        let mut cats = url.cats.unwrap_or(CategorySet::ALL);
        if let Some(view) = url.view {
            let current = self.view.get_untracked();
            self.moved.set(true);
            self.view.set(Viewport::new(view.center, view.zoom, current.width, current.height));
        }
        self.set_base(url.base.unwrap_or_default());
        let mut problems = Vec::new();
        let place = url.place.as_ref().and_then(|id| {
            let found = self.atlas.with_untracked(|a| a.find(id));
            if found.is_none() {
                problems.push(i18n::unknown_place(lang, id));
            }
            found
        });
        if let Some(i) = place {
            // A link to a place shows it, whatever categories it names.
            cats = cats.with(self.atlas.with_untracked(|a| a.places[i].category), true);
        }
        self.cats.set(cats);
        match place {
            Some(i) if url.view.is_none() => self.show_place(i),
            other => self.selected.set(other),
        }
        problems
    }

    /// Switches the base map. Over tiles in another datum (Amap's GCJ-02) everything is redrawn in that datum,
    /// and the view moves with it so that the same ground stays under the same pixels.
    pub fn set_base(&self, base: BaseKind) {
        if self.base.get_untracked() == base {
            return;
        }
        let datum = Provider::for_base(base).map(|p| p.datum()).unwrap_or_default();
        let before = self.atlas.with_untracked(|a| a.datum);
        if datum != before {
            self.atlas.update(|a| Arc::make_mut(a).set_datum(datum));
            self.view.update(|v| {
                let centre = unproject(v.center);
                let wgs = match before {
                    Datum::Gcj02 => gcj02_to_wgs84(centre),
                    _ => centre,
                };
                *v = v.centred_on(datum.from_wgs84(wgs));
            });
        }
        self.tile_failures.set(0);
        self.base.set(base);
    }

    /// Shows a place chosen from a list: ticks its category, zooms in until it has its own marker, opens its card.
    pub fn show_place(&self, place: usize) {
        let Some(category) = self.atlas.with_untracked(|a| a.places.get(place).map(|p| p.category)) else { return };
        if !self.cats.get_untracked().contains(category) {
            self.set_category(category, true);
        }
        let view = self.view.get_untracked();
        let cats = self.cats.get_untracked();
        let zoom = self.atlas.with_untracked(|a| a.zoom_to_single_out(place, cats, &view));
        if zoom > view.zoom {
            let at = self.atlas.with_untracked(|a| a.shown_at(place));
            self.move_to(Viewport { zoom, ..view.centred_on(at) });
        }
        self.open(place);
    }

    /// Closes the card and gives focus back to the marker of the place it showed.
    pub fn close(&self) {
        if let Some(place) = self.selected.get_untracked() {
            self.selected.set(None);
            if let Some(id) = self.marker_dom_id(place) {
                interop::focus_id(&id);
            }
        }
    }

    /// The DOM id of the marker that currently shows a place (its own or its cluster's).
    pub fn marker_dom_id(&self, place: usize) -> Option<String> {
        let atlas = self.atlas.get_untracked();
        self.markers.with_untracked(|ms| atlas.marker_of(ms, place).map(|m| marker_dom_id(&atlas, m)))
    }

    /// Replaces the view after a user gesture.
    pub fn move_to(&self, view: Viewport) {
        self.moved.set(true);
        self.view.set(view);
    }

    /// Zooms by `delta` levels around a screen point (the centre when `None`), at once: for the wheel and pinch,
    /// which move in small steps of their own.
    pub fn zoom_by(&self, delta: f64, around: Option<(f64, f64)>) {
        let v = self.view.get_untracked();
        let (x, y) = around.unwrap_or((v.width / 2.0, v.height / 2.0));
        self.move_to(v.zoom_around(v.zoom + delta, x, y));
    }

    /// A whole zoom step (buttons, keys, double click or tap), eased in unless the user prefers less motion.
    pub fn zoom_step(&self, delta: f64, around: Option<(f64, f64)>) {
        let v = self.view.get_untracked();
        let at = around.unwrap_or((v.width / 2.0, v.height / 2.0));
        self.zoom_by(delta, Some(at));
        let factor = Viewport::layer_scale_at(self.view.get_untracked().zoom) / v.layer_scale();
        interop::animate_zoom(factor, at);
    }

    /// Back to the whole district.
    pub fn reset_view(&self) {
        let v = self.view.get_untracked();
        self.moved.set(false);
        self.view.set(self.atlas.with_untracked(|a| a.home_view(v.width, v.height)));
    }

    /// The map element changed size.
    pub fn resize(&self, width: f64, height: f64) {
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        if self.moved.get_untracked() {
            self.view.update(|v| *v = v.resized(width, height));
        } else {
            self.view.set(self.atlas.with_untracked(|a| a.home_view(width, height)));
        }
        // A card opened before the map knew its size (a shared link) keeps its place in sight.
        if self.selected.get_untracked().is_some() {
            if let Some(free) = interop::area_beside_card() {
                self.reveal_selected(free);
            }
        }
    }
}

/// The DOM id of a marker button: stable for as long as the marker shows the same places.
pub fn marker_dom_id(atlas: &Atlas, marker: &Marker) -> String {
    let first = &atlas.places[marker.members[0]].id;
    if marker.is_cluster() {
        format!("cluster-{:x}", marker.key)
    } else {
        format!("marker-{first}")
    }
}

/// Builds the map's state from GeoJSON texts: skipped features become notices, an unusable file an error.
pub fn state_from(places_geojson: &str, basemap_geojson: &str, lang: Lang) -> MapState {
    let base = BaseMap::parse(basemap_geojson).unwrap_or_default();
    let (loaded, error) = match places::load(places_geojson) {
        Ok(loaded) => (loaded, None),
        Err(e) => (Default::default(), Some(e.to_string())),
    };
    MapState::new(Atlas::new(base, loaded), error, lang)
}

/// What the map holds while a link's own data is on its way.
const NO_PLACES: &str = r#"{"type":"FeatureCollection","features":[]}"#;

/// The whole page with the built-in data, in the browser's language.
#[component]
pub fn App() -> impl IntoView {
    let lang = interop::browser_language().map(|t| Lang::from_browser(&t)).unwrap_or_default();
    let query = interop::location_query();
    let (url, url_problems) = UrlState::parse(&query);
    // Data from a link: fetch it at once, and draw no built-in places in the meantime.
    let fetch = url.data.as_deref().map(interop::start_fetch);
    let places = if fetch.is_some() { NO_PLACES } else { crate::data::PLACES };
    let state = state_from(places, crate::data::BASEMAP, lang);
    // A Tianditu key given in the link is kept on this device only; links the map writes never carry it.
    if let Some(key) = url_state::param(&query, "tk").filter(|k| !k.trim().is_empty()) {
        interop::storage_set(TIANDITU_KEY_STORAGE, key.trim());
    }
    state.tianditu_key.set(interop::storage_get(TIANDITU_KEY_STORAGE).unwrap_or_default());
    let mut problems: Vec<String> = url_problems.iter().map(ToString::to_string).collect();
    match (url.data.clone(), fetch) {
        (Some(address), Some(fetch)) => {
            // The link's place is looked for once its data is in.
            problems.extend(state.apply_url(&UrlState { place: None, ..url.clone() }));
            state.data_url.set(Some(address.clone()));
            leptos::task::spawn_local(crate::components::data_tools::load_url(state, address, fetch, url));
        }
        _ => problems.extend(state.apply_url(&url)),
    }
    state.link_problems.set(problems);
    sync_url(state);
    view! { <MapApp state=state /> }
}

/// Copies the view into `settled` once it has been still for a moment (at once for small data).
fn settle_view(state: MapState) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let view = state.view.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        if state.atlas.with_untracked(|a| a.places.len()) <= NEAR_VIEW_ONLY {
            state.settled.set(view);
            return;
        }
        let settle = set_timeout_with_handle(move || state.settled.set(view), std::time::Duration::from_millis(150));
        pending.set_value(settle.ok());
    });
}

/// Where the user's Tianditu key is kept in local storage.
pub const TIANDITU_KEY_STORAGE: &str = "zhonglou-map.tianditu-key";

/// Keeps the address bar in step with the map: opening a place, filtering or switching language adds a history
/// entry; panning and zooming rewrite the current one once the movement settles; Back and Forward show the
/// state they return to.
fn sync_url(state: MapState) {
    Effect::new(move |previous: Option<()>| {
        let url = state.url_state();
        let (current, _) = UrlState::parse(&interop::location_query());
        // The first run only tidies the address the page was opened with.
        let push = previous.is_some() && current.without_view().to_query() != url.without_view().to_query();
        interop::set_query(&url.to_query(), push);
    });
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        state.view.track();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let settle = set_timeout_with_handle(
            move || interop::set_query(&untrack(|| state.url_state()).to_query(), false),
            std::time::Duration::from_millis(300),
        );
        pending.set_value(settle.ok());
    });
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        let (url, _) = UrlState::parse(&interop::location_query());
        state.apply_url(&url);
    });
    on_cleanup(move || popstate.remove());
}

/// The page around a given state (tests mount it with their own data).
#[component]
pub fn MapApp(
    /// The state to show and share with every component below.
    state: MapState,
) -> impl IntoView {
    provide_context(state);
    settle_view(state);
    Effect::new(move |_| {
        let lang = state.lang.get();
        interop::set_document_language(lang.code(), Text::AppTitle.get(lang));
    });
    view! {
        <a class="skip-link" href="#map">{move || state.t(Text::Skip)}</a>
        <Header />
        <Notices />
        <main class="layout">
            <aside class="sidebar">
                <SearchBox />
                <FilterPanel />
                <BaseMapPicker />
                <PlaceList />
            </aside>
            <MapView />
            <PlaceCard />
            <AboutPanel />
        </main>
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </div>
    }
}

/// The shared state, from any component under `<MapApp/>`.
pub fn use_state() -> MapState {
    use_context::<MapState>().expect("MapState is provided by <MapApp/>")
}
