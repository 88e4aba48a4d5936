//! The page's state: what every component reads and how it may change. Fields are private; components read
//! through accessors (read-only signals and memos) and change the state only through named transitions
//! (open a place, set categories, set the language, replace the data, set the base map, located, …), each of
//! which keeps the state's rules in one place. The rules themselves live in `core`, where they are tested
//! natively; this module applies them to signals.
//!
//! - `reading.rs`: what the reader is looking at (the ticked categories and the open card), a plain model
//!   (`core::reading`) that every transition applies whole.
//! - `view.rs`: the view (pan, zoom, resize, reveal the open place: the plain `core::camera` applied whole),
//!   the base map and its datum.
//! - `link.rs`: the page's link, both ways (merge a link into the state, keep the address bar in step).
//! - `load.rs`: replacing the data with a user's file or `?data=` link.
//! - `texts.rs`: the built-in places' card texts, fetched after the first view.
//! - `tour.rs`: guided tours of the article.
//! - `backdrop.rs`: the offline backdrop beyond the district, for a user's data zoomed out.
//! - `print.rs`: the printed handout.

mod backdrop;
mod corrections;
mod edit;
mod escape;
mod link;
mod load;
mod print;
mod reading;
mod texts;
mod tour;
mod view;

pub use edit::{EditProblem, BUILT_IN_KEY};

pub use link::sync_url;
pub use load::{load_file, load_text, load_url};
pub use print::PAPER_MAP_PX;
pub use texts::Texts;

use crate::core::atlas::{Atlas, Marker, NEAR_VIEW_ONLY};
use crate::core::basemap::BaseMap;
use crate::core::filter::{self, CategorySet};
use crate::core::geo::{LonLat, Viewport};
use crate::core::i18n::{Lang, Text};
use crate::core::ids::PlaceId;
use crate::core::places;
use crate::core::problems::{DataProblem, LinkProblem, LocateError};
use crate::core::tour::{TourAt, Tours};
use crate::core::url_state::BaseKind;
use crate::interop;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the user's Tianditu key is kept in local storage.
pub const TIANDITU_KEY_STORAGE: &str = "zhonglou-map.tianditu-key";

/// What the page shares: the data, the filter, the open place, the language, the view and the notices.
#[derive(Clone, Copy)]
pub struct MapState {
    atlas: RwSignal<Arc<Atlas>>,
    cats: RwSignal<CategorySet>,
    open: RwSignal<Option<PlaceId>>,
    lang: RwSignal<Lang>,
    view: RwSignal<Viewport>,
    /// The view once a gesture has settled (large data re-clusters on this, not on every frame).
    settled: RwSignal<Viewport>,
    base: RwSignal<BaseKind>,
    /// The user's own Tianditu key (kept in local storage, never in links).
    tianditu_key: RwSignal<String>,
    /// How many tiles of the current base map failed to load.
    tile_failures: RwSignal<usize>,
    /// The user's position and its accuracy in metres, once they ask for it.
    me: RwSignal<Option<(LonLat, f64)>>,
    locate_error: RwSignal<Option<LocateError>>,
    /// Progress of a file being loaded: features done and in all.
    loading: RwSignal<Option<(usize, usize)>>,
    /// The address of the data shown, when it came from a `?data=` link.
    data_url: RwSignal<Option<String>>,
    /// What a user's data is called (its own name or title, or its file's name); `None` for the built-in map.
    data_name: RwSignal<Option<String>>,
    about: RwSignal<bool>,
    /// Whether the embed dialog is open.
    embed_dialog: RwSignal<bool>,
    /// Set once the user pans or zooms: a resize then keeps their view instead of re-fitting the district.
    moved: RwSignal<bool>,
    /// Why the last data could not be used at all, if so.
    data_problem: RwSignal<Option<DataProblem>>,
    /// The polite live region's text.
    announcement: RwSignal<String>,
    /// Parts of the page's link that could not be used.
    link_problems: RwSignal<Vec<LinkProblem>>,
    /// The browser's language: the one a link need not mention.
    browser_lang: Lang,
    /// The places whose category is ticked.
    visible: Memo<Vec<usize>>,
    /// The zoom alone, for what changes with zoom but not with panning.
    zoom: Memo<f64>,
    /// The markers drawn now.
    markers: Memo<Vec<Marker>>,
    /// Edit mode and the corrections made.
    edit: edit::EditState,
    /// Whether the page is the compact map another page frames (`?embed`).
    embedded: RwSignal<bool>,
    /// Where the card texts of the places shown are.
    texts: RwSignal<Texts>,
    /// The built-in places' card texts, once fetched (kept for when the built-in places come back).
    built_in_texts: StoredValue<Option<Arc<places::PlaceTexts>>>,
    /// The guided tour being walked and its step.
    tour: RwSignal<Option<TourAt>>,
    /// The guided tours, once fetched.
    tours: RwSignal<Option<Arc<Tours>>>,
    /// The number of the latest glide of the map (a gesture or a newer glide stops an older one).
    glide: StoredValue<u64>,
    /// The backdrop levels fetched so far (for a user's data zoomed out beyond the district).
    backdrops: RwSignal<Vec<Arc<crate::core::backdrop::Backdrop>>>,
    /// Whether the page is being printed, the screen's view meanwhile, and the markers' numbers on paper.
    printing: RwSignal<bool>,
    screen_view: StoredValue<Option<Viewport>>,
    /// A card the reader opened in the prerendered first view: the live app keeps it where they read it, and
    /// moves the map for it no more (until another card opens or it closes).
    card_kept: RwSignal<Option<PlaceId>>,
    numbering: Memo<crate::core::handout::Numbering>,
}

impl MapState {
    /// The state for a data set, in a language; the view fits home until the map knows its size.
    pub fn new(atlas: Atlas, data_problem: Option<DataProblem>, lang: Lang) -> Self {
        let edit = edit::EditState::new(atlas.places.clone());
        let atlas = RwSignal::new(Arc::new(atlas));
        let cats = RwSignal::new(CategorySet::ALL);
        let view = RwSignal::new(atlas.with_untracked(|a| a.home_view(1024.0, 768.0)));
        let settled = RwSignal::new(view.get_untracked());
        let visible = Memo::new(move |_| atlas.with(|a| filter::visible(&a.places, cats.get())));
        let zoom = Memo::new(move |_| view.with(|v| v.zoom));
        // Small data clusters on the zoom alone, never on panning; large data clusters only what is near the
        // settled view.
        let markers = Memo::new(move |_| {
            let cats = cats.get();
            atlas.with(|a| {
                if a.places.len() <= NEAR_VIEW_ONLY {
                    a.markers(cats, &Viewport { zoom: zoom.get(), ..view.get_untracked() })
                } else {
                    a.markers_near(cats, &settled.get())
                }
            })
        });
        let printing = RwSignal::new(false);
        let numbering = print::numbering_memo(printing, atlas, markers, view);
        Self {
            atlas,
            cats,
            open: RwSignal::new(None),
            lang: RwSignal::new(lang),
            view,
            settled,
            base: RwSignal::new(BaseKind::Schematic),
            tianditu_key: RwSignal::new(String::new()),
            tile_failures: RwSignal::new(0),
            me: RwSignal::new(None),
            locate_error: RwSignal::new(None),
            loading: RwSignal::new(None),
            data_url: RwSignal::new(None),
            data_name: RwSignal::new(None),
            about: RwSignal::new(false),
            embed_dialog: RwSignal::new(false),
            moved: RwSignal::new(false),
            data_problem: RwSignal::new(data_problem),
            announcement: RwSignal::new(String::new()),
            link_problems: RwSignal::new(Vec::new()),
            browser_lang: lang,
            visible,
            zoom,
            markers,
            edit,
            embedded: RwSignal::new(false),
            texts: RwSignal::new(Texts::Here),
            built_in_texts: StoredValue::new(None),
            tour: RwSignal::new(None),
            tours: RwSignal::new(None),
            glide: StoredValue::new(0),
            backdrops: RwSignal::new(Vec::new()),
            printing,
            screen_view: StoredValue::new(None),
            card_kept: RwSignal::new(None),
            numbering,
        }
    }

    /// The state for GeoJSON texts: skipped features become notices, an unusable file a data problem.
    pub fn from_geojson(places_geojson: &str, basemap_geojson: &str, lang: Lang) -> Self {
        let base = BaseMap::parse(basemap_geojson).unwrap_or_default();
        let (loaded, problem) = match places::load(places_geojson) {
            Ok(loaded) => (loaded, None),
            Err(e) => (Default::default(), Some(DataProblem::Unusable(e))),
        };
        Self::new(Atlas::new(base, loaded), problem, lang)
    }

    // ---- Reading ----

    /// The data shown.
    pub fn atlas(&self) -> ReadSignal<Arc<Atlas>> {
        self.atlas.read_only()
    }
    /// The ticked categories.
    pub fn cats(&self) -> ReadSignal<CategorySet> {
        self.cats.read_only()
    }
    /// The place whose card is open.
    pub fn open_place(&self) -> ReadSignal<Option<PlaceId>> {
        self.open.read_only()
    }
    pub fn lang(&self) -> ReadSignal<Lang> {
        self.lang.read_only()
    }
    /// The view, changing with every frame of a gesture.
    pub fn view(&self) -> ReadSignal<Viewport> {
        self.view.read_only()
    }
    /// The view once a gesture has settled.
    pub fn settled(&self) -> ReadSignal<Viewport> {
        self.settled.read_only()
    }
    pub fn zoom(&self) -> Memo<f64> {
        self.zoom
    }
    pub fn markers(&self) -> Memo<Vec<Marker>> {
        self.markers
    }
    /// The places of the ticked categories (indices in data order).
    pub fn visible(&self) -> Memo<Vec<usize>> {
        self.visible
    }
    pub fn base(&self) -> ReadSignal<BaseKind> {
        self.base.read_only()
    }
    pub fn tianditu_key(&self) -> ReadSignal<String> {
        self.tianditu_key.read_only()
    }
    pub fn tile_failures(&self) -> ReadSignal<usize> {
        self.tile_failures.read_only()
    }
    /// The user's position and its accuracy in metres, once located.
    pub fn me(&self) -> ReadSignal<Option<(LonLat, f64)>> {
        self.me.read_only()
    }
    pub fn locate_error(&self) -> ReadSignal<Option<LocateError>> {
        self.locate_error.read_only()
    }
    /// Features loaded and in all, while a file loads.
    pub fn loading(&self) -> ReadSignal<Option<(usize, usize)>> {
        self.loading.read_only()
    }
    /// Whether the page is the compact map another page frames.
    pub fn embedded(&self) -> ReadSignal<bool> {
        self.embedded.read_only()
    }
    pub fn about_open(&self) -> ReadSignal<bool> {
        self.about.read_only()
    }
    pub fn data_problem(&self) -> ReadSignal<Option<DataProblem>> {
        self.data_problem.read_only()
    }
    pub fn link_problems(&self) -> ReadSignal<Vec<LinkProblem>> {
        self.link_problems.read_only()
    }
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// A string of the interface in the current language.
    pub fn t(&self, text: Text) -> &'static str {
        text.get(self.lang.get())
    }

    /// The DOM id of the marker that currently shows a place (its own or its cluster's).
    pub fn marker_dom_id(&self, place: PlaceId) -> Option<String> {
        let atlas = self.atlas.get_untracked();
        self.markers.with_untracked(|ms| atlas.marker_of(ms, place).map(|m| atlas.dom_id(m)))
    }

    // ---- Transitions ----

    pub fn choose_language(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// Says something through the polite live region.
    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }

    /// Opens the about panel, or closes it if it is open (its header button).
    pub fn toggle_about(&self) {
        self.about.update(|open| *open = !*open);
    }

    pub fn close_about(&self) {
        self.about.set(false);
    }

    /// Keeps the user's Tianditu key on this device (never in links) and uses it for tiles.
    pub fn keep_tianditu_key(&self, key: &str) {
        let key = key.trim();
        interop::storage_set(TIANDITU_KEY_STORAGE, key);
        self.tianditu_key.set(key.to_string());
    }

    /// A tile of the current base map failed to load.
    pub fn tile_failed(&self) {
        self.tile_failures.update(|n| *n += 1);
    }

    /// The user's position arrived: it is shown with its accuracy and the map centres on it.
    pub fn located(&self, at: LonLat, accuracy_m: f64) {
        self.locate_error.set(None);
        self.me.set(Some((at, accuracy_m)));
        let shown = self.atlas.with_untracked(|a| a.datum.from_wgs84(at));
        self.move_to(self.view.get_untracked().centred_on(shown));
    }

    pub fn locating_failed(&self, error: LocateError) {
        self.locate_error.set(Some(error));
    }

    pub fn dismiss_locate_error(&self) {
        self.locate_error.set(None);
    }
}

/// Calls `act` with the view once it has been still for the time `delay` gives (at once when it gives none);
/// every change of view restarts the wait, and a wait still pending when the owner is cleaned up is dropped.
pub fn when_view_still(
    state: MapState,
    delay: impl Fn() -> Option<std::time::Duration> + 'static,
    act: impl Fn(Viewport) + Clone + 'static,
) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
    };
    Effect::new(move |_| {
        let view = state.view.get();
        cancel();
        match delay() {
            None => act(view),
            Some(wait) => {
                let act = act.clone();
                pending.set_value(set_timeout_with_handle(move || act(view), wait).ok());
            }
        }
    });
    on_cleanup(cancel);
}

/// The shared state, from any component under `<MapApp/>`.
pub fn use_state() -> MapState {
    use_context::<MapState>().expect("MapState is provided by <MapApp/>")
}
