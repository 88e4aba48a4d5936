//! The map's data as the view uses it: places, base map and each place's position in layer units, computed
//! once, with the questions the view asks of them (which markers to draw at a zoom, which labels fit, where
//! home is).

use crate::core::basemap::BaseMap;
use crate::core::cluster::{ClusterIndex, Group};
use crate::core::datum::Datum;
use crate::core::filter::CategorySet;
use crate::core::geo::{Bounds, Insets, Layer, LonLat, Viewport, DISTRICT_MIN_ZOOM, MAX_ZOOM, MIN_ZOOM};
use crate::core::groups::Groups;
use crate::core::i18n::Lang;
use crate::core::ids::{Generation, PlaceId};
use crate::core::places::{Loaded, Place, Section, Skipped};
use crate::core::search::SearchIndex;

mod draw;
mod fit;
mod grouping;
mod shapes;

pub use draw::{BaseLabel, ClusterPress, Halo, LabelSide};
pub use fit::{fit_insets, CONTROLS_PX, FIT_INSETS, NARROW_FIT_INSETS};
pub use grouping::Icon;
pub use shapes::{ShapeLayer, ShapePath, SIMPLIFY_PX};
use std::sync::OnceLock;

/// How close (in screen pixels) two markers may come before they are drawn as one cluster: a marker's width,
/// so that none hides another. CSS: `.marker` is 30 px plus a 1 px ring (assets/style.css, markers).
pub const MARKER_REACH_PX: f64 = 34.0;
/// The reach for large data: there clusters are most of what is drawn, and spacing them two markers apart keeps
/// the map readable (and the page light) instead of paving it with clusters.
pub const CROWDED_REACH_PX: f64 = 2.0 * MARKER_REACH_PX;
/// From this many places on, data counts as large: clusters keep [`CROWDED_REACH_PX`] apart.
pub const LARGE_DATA: usize = 5000;
/// From this many places on, only what is near the view is clustered and drawn, once a gesture settles (below
/// it, all the places' markers are drawn and panning never re-clusters).
pub const NEAR_VIEW_ONLY: usize = 1000;
/// Padding around the data when the zoom floor is worked out.
pub const FIT_PADDING_PX: f64 = 24.0;
/// Halos smaller than this radius (CSS px) would hide under the marker, so they are not drawn: a marker's radius
/// plus its ring (CSS: `.marker` is 30 px wide with a 1 px ring; assets/style.css, markers and halos).
pub const MIN_HALO_PX: f64 = 16.0;
/// Halos wider than this share of the map's shorter side say nothing about one place among others: only the
/// open place's is drawn then.
pub const MAX_HALO_SHARE: f64 = 0.3;

/// Places and base map, laid out for drawing.
#[derive(Clone, Debug, Default)]
pub struct Atlas {
    /// Which data set this is: markers and list rows are keyed by it, so that a place index in new data is
    /// never taken for the same place.
    pub generation: Generation,
    pub places: Vec<Place>,
    pub skipped: Vec<Skipped>,
    pub base: BaseMap,
    pub layer: Layer,
    /// The datum the map is drawn in: WGS-84, or GCJ-02 over Amap's tiles.
    pub datum: Datum,
    /// Each place's drawn position in layer units, in `places` order.
    pub units: Vec<(f64, f64)>,
    /// What "reset" and the first view show: the district, or the data if there is no outline.
    pub home: Option<Bounds>,
    /// The furthest out this map zooms: the district map's floor, or further for data that spans more.
    pub zoom_floor: f64,
    /// A user's places grouped by one of their fields: the categories then stand for its values.
    pub groups: Option<Groups>,
    /// The field a user's places are named by, when the user chose one (`core::naming`).
    pub naming_field: Option<String>,
    /// Clusters at every zoom, built once for `units` and reused by every filter.
    pub index: ClusterIndex,
    /// Each place's rank in list order, per language, computed on first use.
    ranks: [OnceLock<Vec<u32>>; 3],
    /// Search keys of every place, built on the first search.
    search: OnceLock<SearchIndex>,
    /// What a user's fields look like, read on first use; kept by a grouping or a label (same fields).
    survey: OnceLock<Option<std::sync::Arc<crate::core::fields::Survey>>>,
    /// The lines and areas laid out for drawing, on first use (again after a datum switch).
    shapes: OnceLock<std::sync::Arc<ShapeLayer>>,
}

impl Default for Layer {
    fn default() -> Self {
        Layer::new(LonLat::new(0.0, 0.0))
    }
}

/// A marker to draw: one place or a cluster of several, at the mean position of its members (layer units).
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Stays the same while the marker stands for the same spot: the place itself for a single place, the
    /// cluster's first cell for a cluster (its count may change with the filter).
    pub key: u64,
    /// Its places, in data order.
    pub members: Vec<PlaceId>,
    pub x: f64,
    pub y: f64,
}

impl Marker {
    pub fn is_cluster(&self) -> bool {
        self.members.len() > 1
    }

    /// Whether this marker shows a place (as itself or among its cluster's).
    pub fn shows(&self, place: PlaceId) -> bool {
        self.members.contains(&place)
    }
}

impl Atlas {
    pub fn new(base: BaseMap, loaded: Loaded) -> Self {
        let home = base.district_bounds().or_else(|| Bounds::around(loaded.places.iter().map(|p| p.at)));
        Self::with_home(base, loaded, home, DISTRICT_MIN_ZOOM)
    }

    /// User data: home is wherever the data is (it may not be in Zhonglou at all).
    pub fn for_user_data(base: BaseMap, loaded: Loaded) -> Self {
        // Home holds every place, lines and areas whole.
        let corners = loaded.places.iter().flat_map(|p| match &p.shape {
            Some(s) => [LonLat::new(s.bounds.west, s.bounds.south), LonLat::new(s.bounds.east, s.bounds.north)],
            None => [p.at, p.at],
        });
        let home = Bounds::around(corners).or_else(|| base.district_bounds());
        Self::with_home(base, loaded, home, floor_for(home))
    }

    fn with_home(base: BaseMap, loaded: Loaded, home: Option<Bounds>, zoom_floor: f64) -> Self {
        let origin = home.map(|b| LonLat::new(b.west, b.north)).unwrap_or(LonLat::new(0.0, 0.0));
        let layer = Layer::new(origin);
        let units: Vec<(f64, f64)> = loaded.places.iter().map(|p| layer.to_units(p.at)).collect();
        let index = index(&units, &loaded.places, zoom_floor);
        Atlas {
            generation: Generation::default(),
            places: loaded.places,
            skipped: loaded.skipped,
            base,
            layer,
            datum: Datum::Wgs84,
            units,
            home,
            zoom_floor,
            groups: None,
            naming_field: None,
            index,
            ranks: Default::default(),
            search: OnceLock::new(),
            survey: OnceLock::new(),
            shapes: OnceLock::new(),
        }
    }

    /// A user's data in place of this data: home is the new data's extent, and it is drawn in the same datum
    /// over the same base map, as the next generation.
    pub fn replaced_by(&self, loaded: Loaded) -> Atlas {
        let mut next = Atlas::for_user_data(self.base.clone(), loaded);
        next.set_datum(self.datum);
        next.generation = self.generation.next();
        next
    }

    /// The built-in data in place of this data (a user's file that could not be used), as the next generation.
    pub fn restored_to(&self, loaded: Loaded) -> Atlas {
        let mut next = Atlas::new(self.base.clone(), loaded);
        next.set_datum(self.datum);
        next.generation = self.generation.next();
        next
    }

    /// The same data with its places changed (a correction): drawn in the same datum, with the same home; the
    /// same generation while the places keep their ids in order (so markers stay), the next one otherwise.
    pub fn with_places(&self, places: Vec<Place>) -> Atlas {
        let places = self.keep_groups(self.keep_label(places));
        let same_ids = places.len() == self.places.len() && places.iter().zip(&self.places).all(|(a, b)| a.id == b.id);
        let units: Vec<(f64, f64)> = places.iter().map(|p| self.units_of(p.at)).collect();
        Atlas {
            generation: if same_ids { self.generation } else { self.generation.next() },
            index: index(&units, &places, self.zoom_floor),
            units,
            places,
            skipped: self.skipped.clone(),
            base: self.base.clone(),
            layer: self.layer,
            datum: self.datum,
            home: self.home,
            zoom_floor: self.zoom_floor,
            groups: self.groups.clone(),
            naming_field: self.naming_field.clone(),
            ranks: Default::default(),
            search: OnceLock::new(),
            survey: OnceLock::new(),
            shapes: OnceLock::new(),
        }
    }

    /// A place, if the id is of this data.
    pub fn place(&self, id: PlaceId) -> Option<&Place> {
        self.places.get(id.index())
    }

    /// Every place's id, in data order.
    pub fn ids(&self) -> impl Iterator<Item = PlaceId> {
        (0..self.places.len()).map(PlaceId::new)
    }

    /// Draws everything in another datum (the data itself stays WGS-84).
    pub fn set_datum(&mut self, datum: Datum) {
        if datum == self.datum {
            return;
        }
        self.datum = datum;
        self.units = self.places.iter().map(|p| self.units_of(p.at)).collect();
        self.index = index(&self.units, &self.places, self.zoom_floor);
        self.shapes = OnceLock::new();
    }

    /// Where a WGS-84 position is drawn, in layer units (through the map's current datum).
    pub fn units_of(&self, at: LonLat) -> (f64, f64) {
        self.layer.to_units(self.datum.from_wgs84(at))
    }

    /// Where a place is drawn: its position in the map's current datum.
    pub fn shown_at(&self, place: PlaceId) -> LonLat {
        self.place(place).map_or(LonLat::new(0.0, 0.0), |p| self.datum.from_wgs84(p.at))
    }

    /// The place with this id (as data and links write it).
    pub fn find(&self, id: &str) -> Option<PlaceId> {
        self.places.iter().position(|p| p.id == id).map(PlaceId::new)
    }

    /// How close (in screen pixels) markers of this data may come before they are clustered.
    pub fn reach_px(&self) -> f64 {
        reach_for(self.places.len())
    }

    /// The markers for the places of the ticked categories at a zoom: places closer than [`Atlas::reach_px`]
    /// are clustered.
    pub fn markers(&self, cats: CategorySet, view: &Viewport) -> Vec<Marker> {
        self.markers_in(cats, view.zoom, None)
    }

    fn markers_in(&self, cats: CategorySet, zoom: f64, rect: Option<(f64, f64, f64, f64)>) -> Vec<Marker> {
        let reach = self.reach_px() / Viewport::layer_scale_at(zoom);
        self.index
            .query(cats, zoom, reach, rect)
            .into_iter()
            .map(|Group { key, members, x, y }| Marker {
                key,
                members: members.into_iter().map(PlaceId::new).collect(),
                x,
                y,
            })
            .collect()
    }

    /// The shallowest zoom, no shallower than the view's, at which a place has a marker of its own.
    pub fn zoom_to_single_out(&self, place: PlaceId, cats: CategorySet, view: &Viewport) -> f64 {
        let Some(&(x, y)) = self.units.get(place.index()) else { return view.zoom };
        let mut zoom = view.zoom.floor().max(self.zoom_floor);
        while zoom < MAX_ZOOM {
            let at = zoom.max(view.zoom);
            // Groups within a few reaches of the place decide whether it stands alone.
            let r = 4.0 * self.reach_px() / Viewport::layer_scale_at(at);
            let near = self.markers_in(cats, at, Some((x - r, y - r, x + r, y + r)));
            if self.marker_of(&near, place).is_some_and(|m| !m.is_cluster()) {
                return at;
            }
            zoom += 1.0;
        }
        MAX_ZOOM
    }

    /// The places of the ticked categories on screen in a view, in list order for a language (by pinyin for
    /// Chinese, the order of a Chinese index; by English name for English), cut to at most `limit` places, with
    /// how many there were in all.
    pub fn in_view_limited(
        &self,
        cats: CategorySet,
        view: &Viewport,
        lang: Lang,
        limit: usize,
    ) -> (Vec<PlaceId>, usize) {
        let k = view.layer_scale();
        let (tx, ty) = view.layer_offset(&self.layer);
        let rank = self.ranks(lang);
        let mut shown: Vec<(u32, usize)> = self
            .units
            .iter()
            .enumerate()
            .filter(|&(i, &(ux, uy))| {
                let (x, y) = (ux * k + tx, uy * k + ty);
                x >= 0.0 && y >= 0.0 && x <= view.width && y <= view.height && cats.contains(self.places[i].category)
            })
            .map(|(i, _)| (rank[i], i))
            .collect();
        let total = shown.len();
        if total > limit {
            shown.select_nth_unstable(limit);
            shown.truncate(limit);
        }
        shown.sort_unstable();
        (shown.into_iter().map(|(_, i)| PlaceId::new(i)).collect(), total)
    }

    /// Each place's position in list order for a language (sorted once per language, on first use).
    fn ranks(&self, lang: Lang) -> &[u32] {
        let slot = match lang {
            Lang::ZhHans => 0,
            Lang::ZhHant => 1,
            Lang::En => 2,
        };
        self.ranks[slot].get_or_init(|| {
            let mut keyed: Vec<(String, usize)> =
                self.places.iter().enumerate().map(|(i, p)| (p.sort_key(lang), i)).collect();
            keyed.sort_unstable();
            let mut rank = vec![0; keyed.len()];
            for (r, (_, i)) in keyed.into_iter().enumerate() {
                rank[i] = r as u32;
            }
            rank
        })
    }

    /// The places whose name, alias or pinyin matches a query, best first (see `core::search`).
    pub fn search(&self, query: &str, limit: usize) -> Vec<PlaceId> {
        let index = self.search.get_or_init(|| SearchIndex::new(&self.places));
        index.search(query, limit).into_iter().map(PlaceId::new).collect()
    }

    /// Places from one section of the article, in data order.
    pub fn in_section(&self, section: Section) -> impl Iterator<Item = PlaceId> + '_ {
        self.places.iter().enumerate().filter(move |(_, p)| p.section == Some(section)).map(|(i, _)| PlaceId::new(i))
    }

    /// Markers for large data: only the places within a screen's width around the view are clustered (and so
    /// drawn), which keeps both the work and the DOM proportional to what can be seen.
    pub fn markers_near(&self, cats: CategorySet, view: &Viewport) -> Vec<Marker> {
        let k = view.layer_scale();
        let (tx, ty) = view.layer_offset(&self.layer);
        let (w, h) = (view.width, view.height);
        // The screen rectangle (-w, -h)..(2w, 2h) in layer units.
        let rect = ((-w - tx) / k, (-h - ty) / k, (2.0 * w - tx) / k, (2.0 * h - ty) / k);
        self.markers_in(cats, view.zoom, Some(rect))
    }

    /// A place's marker of its own, where its place is drawn, whatever the clusters (a place being moved keeps
    /// one).
    pub fn own_marker(&self, place: PlaceId) -> Option<Marker> {
        let &(x, y) = self.units.get(place.index())?;
        Some(Marker { key: crate::core::cluster::single_key(place.index()), members: vec![place], x, y })
    }

    /// The marker that shows a place (itself or the cluster holding it).
    pub fn marker_of<'m>(&self, markers: &'m [Marker], place: PlaceId) -> Option<&'m Marker> {
        markers.iter().find(|m| m.shows(place))
    }

    /// The DOM id of a marker's button: stable for as long as the marker shows the same places (a place's own
    /// marker is named after its id, a cluster after its key).
    pub fn dom_id(&self, marker: &Marker) -> String {
        match marker.members.first().and_then(|&p| self.place(p)) {
            Some(p) if !marker.is_cluster() => format!("marker-{}", p.id),
            _ => format!("cluster-{:x}", marker.key),
        }
    }
}

fn reach_for(places: usize) -> f64 {
    if places > LARGE_DATA {
        CROWDED_REACH_PX
    } else {
        MARKER_REACH_PX
    }
}

/// The cluster index for places drawn at `units`, over every zoom the map can show (from `floor` in).
fn index(units: &[(f64, f64)], places: &[Place], floor: f64) -> ClusterIndex {
    let categories: Vec<_> = places.iter().map(|p| p.category).collect();
    let reach = reach_for(places.len()) / Viewport::layer_scale_at(floor);
    ClusterIndex::new(units, &categories, reach, floor as u32, MAX_ZOOM as u32)
}

/// The furthest out a map of data spread over `home` needs to go: all of it on a phone-sized map, and never
/// less far than the district map.
pub fn floor_for(home: Option<Bounds>) -> f64 {
    let fitted = home.map_or(DISTRICT_MIN_ZOOM, |b| Viewport::fit(b, 300.0, 300.0, Insets::even(FIT_PADDING_PX)).zoom);
    fitted.floor().clamp(MIN_ZOOM, DISTRICT_MIN_ZOOM)
}
