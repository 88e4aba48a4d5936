//! The offline base map (`assets/data/basemap.geojson`): the districts around Zhonglou, its outline, the canal and
//! Metro Line 2, each tagged with a `role`, turned into SVG path data in the map's layer units (see
//! [`super::geo::Layer`]), with a point for each named feature's label.

use super::datum::Datum;
use super::geo::{Bounds, Layer, LonLat};
use super::path_data;
use super::places::Localized;

/// What a base-map line is, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A district around Zhonglou, drawn faintly for orientation.
    Neighbour,
    Boundary,
    Water,
    Metro,
    Road,
}

impl Role {
    pub fn key(self) -> &'static str {
        match self {
            Role::Neighbour => "neighbour",
            Role::Boundary => "boundary",
            Role::Water => "water",
            Role::Metro => "metro",
            Role::Road => "road",
        }
    }

    fn from_key(key: &str) -> Option<Role> {
        [Role::Neighbour, Role::Boundary, Role::Water, Role::Metro, Role::Road].into_iter().find(|r| r.key() == key)
    }
}

/// One drawn feature: its role, name and lines (a polygon's rings are closed lines).
#[derive(Clone, Debug, PartialEq)]
pub struct BaseFeature {
    pub role: Role,
    pub name: Localized,
    pub lines: Vec<Vec<LonLat>>,
    pub closed: bool,
    /// Where its name is written on the map, if it is.
    pub label: Option<LonLat>,
}

impl BaseFeature {
    /// SVG path data in layer units, to two decimals (a hundredth of a pixel at zoom 10), drawn in a datum.
    pub fn path(&self, layer: &Layer, datum: Datum) -> String {
        let mut d = String::new();
        for line in &self.lines {
            let points = line.iter().map(|p| layer.to_units(datum.from_wgs84(*p)));
            path_data::append(&mut d, points, self.closed, 2);
        }
        d
    }
}

/// The whole base map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BaseMap {
    pub features: Vec<BaseFeature>,
}

impl BaseMap {
    /// Reads the base map; features without a known role or a line geometry are left out.
    pub fn parse(text: &str) -> Result<BaseMap, String> {
        let collection: Collection = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let features = collection
            .features
            .into_iter()
            .filter_map(|f| {
                let role = Role::from_key(&f.properties.role?)?;
                let name = f
                    .properties
                    .name
                    .map(|n| Localized { zh_hans: n.hans, zh_hant: n.hant, en: n.en })
                    .unwrap_or_default();
                let line = |ps: Vec<Vec<f64>>| -> Vec<LonLat> {
                    ps.into_iter().filter(|p| p.len() >= 2).map(|p| LonLat::new(p[0], p[1])).collect()
                };
                let geometry = f.geometry?;
                let rings = || serde_json::from_str::<Vec<Vec<Vec<f64>>>>(geometry.coordinates.get()).ok();
                let (lines, closed) = match geometry.kind.as_str() {
                    "LineString" => (vec![line(serde_json::from_str(geometry.coordinates.get()).ok()?)], false),
                    "MultiLineString" => (rings()?.into_iter().map(line).collect(), false),
                    "Polygon" => (rings()?.into_iter().map(line).collect(), true),
                    _ => return None,
                };
                let label = f.properties.label.filter(|l| l.len() >= 2).map(|l| LonLat::new(l[0], l[1]));
                Some(BaseFeature { role, name, lines, closed, label })
            })
            .collect();
        Ok(BaseMap { features })
    }

    /// The outline of the district (the first boundary ring), for fitting the view and containment checks.
    pub fn district_ring(&self) -> Option<&[LonLat]> {
        self.features.iter().find(|f| f.role == Role::Boundary).and_then(|f| f.lines.first()).map(Vec::as_slice)
    }

    /// Bounds of the district outline.
    pub fn district_bounds(&self) -> Option<Bounds> {
        Bounds::around(self.district_ring()?.iter().copied())
    }
}

// The base map's GeoJSON as this file reads it (the project's own data: docs/DATA.md).
#[derive(serde::Deserialize)]
struct Collection {
    features: Vec<Feature>,
}

#[derive(serde::Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Option<Geometry>,
}

#[derive(serde::Deserialize)]
struct Properties {
    role: Option<String>,
    name: Option<NameJson>,
    label: Option<Vec<f64>>,
}

/// A geometry's coordinates are read once its type says what shape they have.
#[derive(serde::Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    coordinates: Box<serde_json::value::RawValue>,
}

#[derive(serde::Deserialize)]
struct NameJson {
    #[serde(rename = "zh-Hans")]
    hans: String,
    #[serde(rename = "zh-Hant")]
    hant: String,
    en: String,
}
