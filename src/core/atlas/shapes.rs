//! Lines and areas as the map draws them: in layer units (through the map's datum), simplified once per zoom
//! band, only those near the view, one path per category and kind, so that a file of thousands of areas is a
//! handful of elements; and which of them a tap is on.

use super::Atlas;
use crate::core::filter::CategorySet;
use crate::core::geo::{LonLat, Viewport, MAX_ZOOM};
use crate::core::ids::PlaceId;
use crate::core::path_data;
use crate::core::places::Category;
use crate::core::shape::ShapeKind;
use crate::core::simplify::{simplify, Junctions, Pt};
use std::sync::OnceLock;

/// How far a simplified shape may stray from its data, in screen pixels at the deepest zoom of its band.
pub const SIMPLIFY_PX: f64 = 0.7;
/// Radius of a MultiPoint's dots (CSS px at the band's first zoom).
const DOT_PX: f64 = 4.0;
/// Zoom bands: one per whole zoom level.
const BANDS: usize = MAX_ZOOM as usize + 1;

/// The lines and areas of a data set in layer units, with their simplified forms per zoom band.
#[derive(Debug, Default)]
pub struct ShapeLayer {
    items: Vec<Projected>,
    junctions: Junctions,
    bands: [OnceLock<Vec<Simplified>>; BANDS],
}

#[derive(Debug)]
struct Projected {
    place: PlaceId,
    category: Category,
    /// Its extent in layer units: west, north, east, south.
    rect: (f64, f64, f64, f64),
    points: Vec<Pt>,
    lines: Vec<Vec<Pt>>,
    /// Rings wound one way for outer rings and the other for holes, so that overlapping areas both fill
    /// (non-zero rule) and holes stay open.
    areas: Vec<Vec<Vec<Pt>>>,
}

#[derive(Debug)]
struct Simplified {
    lines: Vec<Vec<Pt>>,
    areas: Vec<Vec<Vec<Pt>>>,
}

/// One path to draw: every shape of a category and kind near the view (the open place's on its own).
#[derive(Clone, Debug, PartialEq)]
pub struct ShapePath {
    pub category: Category,
    pub kind: ShapeKind,
    pub open: bool,
    pub d: String,
}

/// Twice the signed area of a ring (positive when it turns clockwise on screen, y pointing down).
fn winding(ring: &[Pt]) -> f64 {
    ring.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum()
}

impl ShapeLayer {
    fn new(atlas: &Atlas) -> ShapeLayer {
        let units = |line: &[LonLat]| line.iter().map(|p| atlas.units_of(*p)).collect::<Vec<Pt>>();
        let items: Vec<Projected> = atlas
            .places
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let shape = p.shape.as_ref()?;
                let areas = shape
                    .areas
                    .iter()
                    .map(|rings| {
                        rings
                            .iter()
                            .enumerate()
                            .map(|(r, ring)| {
                                let mut ring = units(ring);
                                if (winding(&ring) > 0.0) != (r == 0) {
                                    ring.reverse();
                                }
                                ring
                            })
                            .collect()
                    })
                    .collect();
                let (w, n) = atlas.units_of(LonLat::new(shape.bounds.west, shape.bounds.north));
                let (e, s) = atlas.units_of(LonLat::new(shape.bounds.east, shape.bounds.south));
                Some(Projected {
                    place: PlaceId::new(i),
                    category: p.category,
                    rect: (w, n, e, s),
                    points: units(&shape.points),
                    lines: shape.lines.iter().map(|l| units(l)).collect(),
                    areas,
                })
            })
            .collect();
        let parts = items.iter().flat_map(|it| {
            let lines = it.lines.iter().map(|l| (l.as_slice(), false));
            lines.chain(it.areas.iter().flatten().map(|r| (r.as_slice(), true)))
        });
        let junctions = if items.is_empty() { Junctions::default() } else { Junctions::of(parts) };
        ShapeLayer { items, junctions, bands: Default::default() }
    }

    fn band(&self, band: usize) -> &[Simplified] {
        self.bands[band].get_or_init(|| {
            let tolerance = SIMPLIFY_PX / Viewport::layer_scale_at(band as f64 + 1.0);
            let j = &self.junctions;
            self.items
                .iter()
                .map(|it| Simplified {
                    lines: it.lines.iter().map(|l| simplify(l, false, j, tolerance)).collect(),
                    areas: it
                        .areas
                        .iter()
                        .map(|rings| rings.iter().map(|r| simplify(r, true, j, tolerance)).collect())
                        .collect(),
                })
                .collect()
        })
    }
}

impl Atlas {
    /// The lines and areas of this data, laid out on first use.
    pub fn shape_layer(&self) -> &ShapeLayer {
        self.shapes.get_or_init(|| std::sync::Arc::new(ShapeLayer::new(self)))
    }

    /// Whether any place of this data is a line or an area.
    pub fn has_shapes(&self) -> bool {
        !self.shape_layer().items.is_empty()
    }

    /// The paths that draw the lines and areas of the ticked categories near a view (a screen around it each
    /// way), simplified for its zoom band, in layer units.
    pub fn shape_paths(&self, cats: CategorySet, view: &Viewport, open: Option<PlaceId>) -> Vec<ShapePath> {
        let layer = self.shape_layer();
        if layer.items.is_empty() {
            return Vec::new();
        }
        let band = (view.zoom.floor().max(0.0) as usize).min(BANDS - 1);
        let simplified = layer.band(band);
        let k = Viewport::layer_scale_at(band as f64);
        let decimals = match band {
            0..=10 => 1,
            11..=13 => 2,
            14..=16 => 3,
            _ => 4,
        };
        let (kv, (tx, ty)) = (view.layer_scale(), view.layer_offset(&self.layer));
        let (w, h) = (view.width, view.height);
        let near = ((-w - tx) / kv, (-h - ty) / kv, (2.0 * w - tx) / kv, (2.0 * h - ty) / kv);
        // One path per (open or not, category, kind), the open place's last so that it is drawn over the rest.
        let slot = |open: bool, c: usize, kind: usize| (open as usize * Category::ALL.len() + c) * 3 + kind;
        let mut paths = vec![String::new(); 2 * Category::ALL.len() * 3];
        for (it, s) in layer.items.iter().zip(simplified) {
            let (x0, y0, x1, y1) = it.rect;
            if !cats.contains(it.category) || x1 < near.0 || x0 > near.2 || y1 < near.1 || y0 > near.3 {
                continue;
            }
            let is_open = open == Some(it.place);
            let c = it.category.index();
            if !s.areas.is_empty() {
                let d = &mut paths[slot(is_open, c, 0)];
                for ring in s.areas.iter().flatten() {
                    path_data::append(d, ring.iter().copied(), true, decimals);
                }
            }
            if !s.lines.is_empty() {
                let d = &mut paths[slot(is_open, c, 1)];
                for line in &s.lines {
                    path_data::append(d, line.iter().copied(), false, decimals);
                }
            }
            if !it.points.is_empty() {
                let d = &mut paths[slot(is_open, c, 2)];
                let r = DOT_PX / k;
                for &(x, y) in &it.points {
                    d.push_str(&format!(
                        "M{:.2} {:.2}a{r:.3} {r:.3} 0 1 0 {:.3} 0a{r:.3} {r:.3} 0 1 0 {:.3} 0",
                        x - r,
                        y,
                        2.0 * r,
                        -2.0 * r
                    ));
                }
            }
        }
        let kinds = [ShapeKind::Area, ShapeKind::Line, ShapeKind::Points];
        let n = Category::ALL.len();
        paths
            .into_iter()
            .enumerate()
            .filter(|(_, d)| !d.is_empty())
            .map(|(i, d)| ShapePath { category: Category::ALL[i / 3 % n], kind: kinds[i % 3], open: i / 3 >= n, d })
            .collect()
    }

    /// The line or area of the ticked categories under a position as the map shows it (in its datum), within
    /// `reach_m` metres of a line: the smallest of them when several are (a pond in a park), lines and points
    /// before areas.
    pub fn shape_at(&self, cats: CategorySet, shown: LonLat, reach_m: f64) -> Option<PlaceId> {
        let at = self.datum.to_wgs84(shown);
        self.shape_layer()
            .items
            .iter()
            .filter(|it| cats.contains(it.category))
            .filter_map(|it| {
                let shape = self.places[it.place.index()].shape.as_ref()?;
                shape.is_hit(at, reach_m).then(|| (shape.kind() != ShapeKind::Area, shape.extent(), it.place))
            })
            .min_by(|a, b| b.0.cmp(&a.0).then(a.1.total_cmp(&b.1)))
            .map(|(_, _, place)| place)
    }
}
