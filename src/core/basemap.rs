//! The offline base map (`assets/data/basemap.geojson`): the district outline, the canal and Metro Line 2, each
//! tagged with a `role`, turned into SVG path data in the map's layer units (see [`super::geo::Layer`]).

use super::datum::Datum;
use super::geo::{Bounds, Layer, LonLat};
use super::places::Localized;
use std::fmt::Write as _;

/// What a base-map line is, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Boundary,
    Water,
    Metro,
    Road,
}

impl Role {
    pub fn key(self) -> &'static str {
        match self {
            Role::Boundary => "boundary",
            Role::Water => "water",
            Role::Metro => "metro",
            Role::Road => "road",
        }
    }

    fn from_key(key: &str) -> Option<Role> {
        [Role::Boundary, Role::Water, Role::Metro, Role::Road].into_iter().find(|r| r.key() == key)
    }
}

/// One drawn feature: its role, name and lines (a polygon's rings are closed lines).
#[derive(Clone, Debug, PartialEq)]
pub struct BaseFeature {
    pub role: Role,
    pub name: Localized,
    pub lines: Vec<Vec<LonLat>>,
    pub closed: bool,
}

impl BaseFeature {
    /// SVG path data in layer units, to two decimals (a hundredth of a pixel at zoom 10), drawn in a datum.
    pub fn path(&self, layer: &Layer, datum: Datum) -> String {
        let mut d = String::new();
        for line in &self.lines {
            for (i, p) in line.iter().enumerate() {
                let (x, y) = layer.to_units(datum.from_wgs84(*p));
                let _ = write!(d, "{}{:.2} {:.2}", if i == 0 { "M" } else { "L" }, x, y);
            }
            if self.closed {
                d.push('Z');
            }
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
        let collection: geojson::FeatureCollection = text.parse().map_err(|e: geojson::Error| e.to_string())?;
        let features = collection
            .features
            .iter()
            .filter_map(|f| {
                let props = f.properties.as_ref()?;
                let role = Role::from_key(props.get("role")?.as_str()?)?;
                let name = props
                    .get("name")
                    .and_then(|n| serde_json::from_value::<NameJson>(n.clone()).ok())
                    .map(|n| Localized { zh_hans: n.hans, zh_hant: n.hant, en: n.en })
                    .unwrap_or_default();
                let (lines, closed) = lines_of(&f.geometry.as_ref()?.value)?;
                Some(BaseFeature { role, name, lines, closed })
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

#[derive(serde::Deserialize)]
struct NameJson {
    #[serde(rename = "zh-Hans")]
    hans: String,
    #[serde(rename = "zh-Hant")]
    hant: String,
    en: String,
}

fn lines_of(value: &geojson::GeometryValue) -> Option<(Vec<Vec<LonLat>>, bool)> {
    let line = |ps: &Vec<geojson::Position>| -> Vec<LonLat> {
        ps.iter().filter(|p| p.len() >= 2).map(|p| LonLat::new(p[0], p[1])).collect()
    };
    match value {
        geojson::GeometryValue::LineString { coordinates } => Some((vec![line(coordinates)], false)),
        geojson::GeometryValue::MultiLineString { coordinates } => {
            Some((coordinates.iter().map(line).collect(), false))
        }
        geojson::GeometryValue::Polygon { coordinates } => Some((coordinates.iter().map(line).collect(), true)),
        _ => None,
    }
}
