//! What the view draws from the data: precision halos, what pressing a cluster does, which markers get a
//! name label, and which of the base map's names fit. Sizes here mirror the stylesheet's (assets/style.css: markers, labels, halos).

use super::{fit_insets, Atlas, Marker, CONTROLS_PX, MARKER_REACH_PX, MAX_HALO_SHARE, MIN_HALO_PX};
use crate::core::basemap::Role;
use crate::core::filter::CategorySet;
use crate::core::geo::{Bounds, Insets, Viewport, DISTRICT_MIN_ZOOM, MAX_ZOOM};
use crate::core::i18n::Lang;
use crate::core::ids::PlaceId;

/// A precision halo to draw: around a place whose position is approximate, in layer units.
#[derive(Clone, Debug, PartialEq)]
pub struct Halo {
    pub place: PlaceId,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// Whether it belongs to the open place.
    pub open: bool,
}

/// A name written on the base map, at a point in layer units.
#[derive(Clone, Debug, PartialEq)]
pub struct BaseLabel {
    pub role: Role,
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// What pressing a cluster does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClusterPress {
    /// Zoom to this view, where the cluster's places come apart (at least one level deeper, so every press
    /// makes progress).
    ZoomTo(Viewport),
    /// At the deepest zoom its places share a spot and cannot come apart: list them instead.
    List,
}

impl Atlas {
    /// Radius of a place's precision halo in layer units, for places whose position is approximate.
    pub fn halo_units(&self, place: PlaceId) -> Option<f64> {
        let p = self.place(place)?;
        let metres = p.position.precision_m.filter(|_| p.position.basis.is_approximate())?;
        Some(self.layer.metres_to_units(metres, p.at.lat))
    }

    /// The halos to draw around the single markers of a view: an approximate place's halo shows when it is
    /// wider than the marker ([`MIN_HALO_PX`]) and narrower than [`MAX_HALO_SHARE`] of the map; the open
    /// place's halo always shows, however large, since it is the one being read about.
    pub fn halos(&self, markers: &[Marker], view: &Viewport, open: Option<PlaceId>) -> Vec<Halo> {
        let k = view.layer_scale();
        let largest = view.width.min(view.height) * MAX_HALO_SHARE;
        markers
            .iter()
            .filter(|m| !m.is_cluster())
            .filter_map(|m| {
                let place = *m.members.first()?;
                let r = self.halo_units(place)?;
                let is_open = open == Some(place);
                let (x, y) = self.units[place.index()];
                ((MIN_HALO_PX..=largest).contains(&(r * k)) || is_open).then_some(Halo {
                    place,
                    x,
                    y,
                    r,
                    open: is_open,
                })
            })
            .collect()
    }

    /// What pressing a cluster of these places (drawn with the categories `cats`) does in this view: zoom in,
    /// a whole level at a time, only as far as it takes to split them apart, and never so far that some of them
    /// leave the screen or go under the controls; at the deepest zoom, list them.
    pub fn cluster_press(&self, members: &[PlaceId], cats: CategorySet, view: &Viewport) -> ClusterPress {
        if view.zoom >= MAX_ZOOM - 1e-6 {
            return ClusterPress::List;
        }
        let Some(bounds) = Bounds::around(members.iter().map(|&p| self.shown_at(p))) else {
            return ClusterPress::List;
        };
        let deepest = Viewport::fit(bounds, view.width, view.height, fit_insets(view.width))
            .zoom
            .max(view.zoom + 1.0)
            .min(MAX_ZOOM);
        let mut zoom = view.zoom + 1.0;
        while zoom < deepest && !self.splits(members, cats, zoom) {
            zoom += 1.0;
        }
        let centred = Viewport::fit(bounds, view.width, view.height, Insets::even(0.0));
        ClusterPress::ZoomTo(Viewport { zoom: zoom.min(deepest), ..centred })
    }

    /// Whether these places are drawn as more than one marker at a zoom.
    fn splits(&self, members: &[PlaceId], cats: CategorySet, zoom: f64) -> bool {
        let reach = self.reach_px() / Viewport::layer_scale_at(zoom);
        let units = members.iter().map(|p| self.units[p.index()]);
        let (l, t, r, b) = units.fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |(l, t, r, b), (x, y)| {
            (l.min(x), t.min(y), r.max(x), b.max(y))
        });
        let markers = self.markers_in(cats, zoom, Some((l - reach, t - reach, r + reach, b + reach)));
        let Some(first) = members.first() else { return false };
        let Some(together) = markers.iter().find(|m| m.members.contains(first)) else { return true };
        let together: std::collections::HashSet<PlaceId> = together.members.iter().copied().collect();
        !members.iter().all(|p| together.contains(p))
    }

    /// Which single markers get a name label, and on which side: greedily in marker order, a label is written
    /// right of its marker when its box there overlaps no marker and no label already shown and stays on the map
    /// clear of the zoom buttons, else left of it on the same terms, else not at all. One entry per marker.
    pub fn name_sides(&self, markers: &[Marker], view: &Viewport, lang: Lang) -> Vec<Option<LabelSide>> {
        self.name_boxes(markers, view, lang).1.iter().map(|b| b.map(|(side, _)| side)).collect()
    }

    /// The names of the base map (neighbouring districts, the canal, the metro line) that fit: each is written
    /// at its label point unless its box would cover a marker or a marker's name.
    pub fn base_labels(&self, markers: &[Marker], view: &Viewport, lang: Lang) -> Vec<BaseLabel> {
        // Further out than the district map goes (a user's data over a province or a country) the district's own
        // neighbours and canal would be written over a whole region: the backdrop's names take over there.
        if view.zoom < DISTRICT_MIN_ZOOM - 0.5 {
            return Vec::new();
        }
        let k = view.layer_scale();
        let (marker_boxes, name_boxes) = self.name_boxes(markers, view, lang);
        let taken: Vec<Rect> =
            marker_boxes.into_iter().chain(name_boxes.into_iter().flatten().map(|(_, r)| r)).collect();
        let mut shown: Vec<Rect> = Vec::new();
        let mut out = Vec::new();
        for f in &self.base.features {
            let (Some(at), text) = (f.label, f.name.get(lang)) else { continue };
            if text.is_empty() {
                continue;
            }
            let (x, y) = self.layer.to_units(self.datum.from_wgs84(at));
            // Centred on its point (CSS: `.base-label`); district names are set larger.
            let scale = if f.role == Role::Neighbour { 1.2 } else { 1.0 };
            let label = Rect::around(x * k, y * k, text_width(text) * scale / 2.0 + 2.0, 10.0 * scale);
            if taken.iter().chain(&shown).all(|r| !r.overlaps(&label)) {
                shown.push(label);
                out.push(BaseLabel { role: f.role, text: text.to_string(), x, y });
            }
        }
        out
    }

    /// The markers' boxes, and for each marker its name label's side and box when the label is shown (see
    /// [`Atlas::labels`]). In screen pixels from the layer's origin.
    fn name_boxes(
        &self,
        markers: &[Marker],
        view: &Viewport,
        lang: Lang,
    ) -> (Vec<Rect>, Vec<Option<(LabelSide, Rect)>>) {
        let k = view.layer_scale();
        // A marker's half-width, a little under the CSS marker's 15 px so that touching boxes do not count.
        let half = MARKER_REACH_PX / 2.0 - 4.0;
        let marker_boxes: Vec<Rect> = markers.iter().map(|m| Rect::around(m.x * k, m.y * k, half, half)).collect();
        // The map's box and the zoom buttons' column, in the same pixels (the layer's origin is off the map's
        // corner by its offset).
        let (tx, ty) = view.layer_offset(&self.layer);
        let map = Rect { left: -tx, top: -ty, right: view.width - tx, bottom: view.height - ty };
        let controls = Rect { left: map.right - CONTROLS_PX.0 + 16.0, top: map.top, ..map };
        let controls = Rect { bottom: map.top + CONTROLS_PX.1 - 16.0, ..controls };
        let mut shown: Vec<Rect> = Vec::new();
        let labels = markers
            .iter()
            .enumerate()
            .map(|(i, m)| {
                if m.is_cluster() {
                    return None;
                }
                let name = self.places[m.members[0].index()].name.get(lang);
                let (x, y) = (m.x * k, m.y * k);
                // The label's box: 18 px tall, beside the marker, as wide as its text plus padding (CSS:
                // `.marker__label` sits 17 px right of the centre, or left with `--left`, on a 20 px line).
                let width = 6.0 + text_width(name);
                let right = Rect { left: x + half + 2.0, top: y - 9.0, right: x + half + 2.0 + width, bottom: y + 9.0 };
                let left = Rect { left: x - half - 2.0 - width, right: x - half - 2.0, ..right };
                let fits = |label: &Rect| {
                    label.left >= map.left
                        && label.right <= map.right
                        && !controls.overlaps(label)
                        && shown.iter().all(|r| !r.overlaps(label))
                        && marker_boxes.iter().enumerate().all(|(j, r)| j == i || !r.overlaps(label))
                };
                let placed = [(LabelSide::Right, right), (LabelSide::Left, left)].into_iter().find(|(_, r)| fits(r));
                if let Some((_, r)) = placed {
                    shown.push(r);
                }
                placed
            })
            .collect();
        (marker_boxes, labels)
    }
}

/// Which side of its marker a name label is written on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelSide {
    Right,
    Left,
}

#[derive(Clone, Copy, Debug)]
struct Rect {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

impl Rect {
    fn around(x: f64, y: f64, hw: f64, hh: f64) -> Rect {
        Rect { left: x - hw, top: y - hh, right: x + hw, bottom: y + hh }
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right && other.left < self.right && self.top < other.bottom && other.top < self.bottom
    }
}

/// Rough rendered width of a label at the map's 12 px label font (CSS: `.marker__label`, assets/style.css): CJK glyphs are square, Latin about half.
fn text_width(text: &str) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 6.8 } else { 12.5 }).sum()
}
