//! The loader: turns any GeoJSON text into places plus a list of the features it had to skip, never failing on
//! one bad feature. Parsing uses the `geojson` crate feature by feature, so one broken feature cannot hide the
//! rest.

use super::model::{cut, is_slug, Basis, Category, Fact, Localized, Place, Position, Section};
use super::model::{MAX_ALIASES, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::core::geo::LonLat;
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use thiserror::Error;

/// Why one feature was skipped.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum FeatureError {
    /// Not an object whose `type` is `Feature` (the type it gave, if any).
    #[error("not a GeoJSON feature (type {0:?})")]
    NotAFeature(Option<String>),
    /// A feature whose geometry or properties are not valid GeoJSON.
    #[error("not valid GeoJSON: malformed geometry or properties")]
    Malformed,
    #[error("has no geometry")]
    NoGeometry,
    #[error("geometry is a {0}, not a Point")]
    NotAPoint(String),
    #[error("coordinates [{lon}, {lat}] are not a position on Earth")]
    BadCoordinates { lon: f64, lat: f64 },
    #[error("coordinates [{lon}, {lat}] look swapped: GeoJSON gives longitude first")]
    SwappedCoordinates { lon: f64, lat: f64 },
    #[error("has no properties")]
    NoProperties,
    #[error("property `{0}` is missing or empty")]
    Missing(&'static str),
    #[error("unknown category `{0}`")]
    UnknownCategory(String),
    #[error("id `{0}` must be a lowercase slug (a-z, 0-9, -)")]
    BadId(String),
    #[error("id `{0}` is used by an earlier feature")]
    DuplicateId(String),
    #[error("position basis `{0}` is not sourced, derived or estimated")]
    UnknownBasis(String),
    #[error("precision `{0}` is not a positive number of metres")]
    BadPrecision(String),
}

/// A skipped feature: its index in the file's `features` array and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub index: usize,
    pub error: FeatureError,
}

/// Why a whole file could not be used.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum LoadError {
    #[error("the file is not valid JSON: {fault:?} at line {line}, column {column}")]
    NotJson { line: usize, column: usize, fault: JsonFault },
    #[error("the file is not a GeoJSON FeatureCollection")]
    NotACollection,
}

/// What kind of fault made a text not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonFault {
    /// The text ends in the middle of a value (or is empty).
    UnexpectedEnd,
    /// A character where it cannot be.
    Syntax,
    /// Valid syntax with an impossible value (a number out of range, a bad escape).
    Data,
}

impl From<serde_json::Error> for LoadError {
    fn from(e: serde_json::Error) -> Self {
        use serde_json::error::Category as C;
        let fault = match e.classify() {
            C::Eof => JsonFault::UnexpectedEnd,
            C::Syntax | C::Io => JsonFault::Syntax,
            C::Data => JsonFault::Data,
        };
        LoadError::NotJson { line: e.line(), column: e.column(), fault }
    }
}

/// The result of loading: the places that passed and the features that did not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub places: Vec<Place>,
    pub skipped: Vec<Skipped>,
}

/// Loads a GeoJSON FeatureCollection of points. Bad features are skipped and reported with their index;
/// only a file that is not a FeatureCollection at all is an error.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new(text)?;
    loader.step(usize::MAX);
    Ok(loader.finish())
}

/// Loading in steps, so that a large file can be read a slice at a time while the page stays responsive. The
/// first step only finds where each feature's text is (no tree of values for the whole file, which would be one
/// long task for a large file); each later step parses and converts a slice of features.
#[derive(Debug)]
pub struct Loader {
    features: Vec<Box<RawValue>>,
    next: usize,
    seen: std::collections::HashSet<String>,
    loaded: Loaded,
}

impl Loader {
    /// Parses the file and finds its features; converts none yet.
    pub fn new(text: &str) -> Result<Loader, LoadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // A JSON object whose `type` and `features` are what a FeatureCollection has; any other valid JSON is not
        // a collection, and invalid JSON says where it breaks.
        #[derive(serde::Deserialize)]
        struct Collection {
            #[serde(rename = "type")]
            kind: Option<String>,
            features: Option<Vec<Box<RawValue>>>,
        }
        let root: Collection = serde_json::from_str(text).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => LoadError::NotACollection,
            _ => LoadError::from(e),
        })?;
        let features = match root {
            Collection { kind: Some(kind), features: Some(features) } if kind == "FeatureCollection" => features,
            _ => return Err(LoadError::NotACollection),
        };
        Ok(Loader { features, next: 0, seen: Default::default(), loaded: Loaded::default() })
    }

    /// How many features the file has.
    pub fn total(&self) -> usize {
        self.features.len()
    }

    /// How many have been converted so far.
    pub fn done(&self) -> usize {
        self.next
    }

    /// Converts up to `count` more features; returns whether any are left.
    pub fn step(&mut self, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(self.features.len());
        for index in self.next..end {
            let raw = std::mem::replace(&mut self.features[index], RawValue::NULL.to_owned());
            // The text is valid JSON (the first step checked), but a number beyond f64 still fails here.
            let parsed = serde_json::from_str::<Value>(raw.get()).map_err(|_| FeatureError::Malformed);
            match parsed.and_then(|value| place_from_feature(value, index)) {
                Ok(place) if !self.seen.insert(place.id.clone()) => {
                    self.loaded.skipped.push(Skipped { index, error: FeatureError::DuplicateId(place.id) })
                }
                Ok(place) => self.loaded.places.push(place),
                Err(error) => self.loaded.skipped.push(Skipped { index, error }),
            }
        }
        self.next = end;
        self.next < self.features.len()
    }

    /// The places and skipped features so far.
    pub fn finish(self) -> Loaded {
        self.loaded
    }
}

fn place_from_feature(value: Value, index: usize) -> Result<Place, FeatureError> {
    match value.get("type") {
        Some(Value::String(kind)) if kind == "Feature" => {}
        Some(Value::String(kind)) => return Err(FeatureError::NotAFeature(Some(cut(kind.clone(), 40)))),
        _ => return Err(FeatureError::NotAFeature(None)),
    }
    let feature: geojson::Feature = serde_json::from_value(value).map_err(|_| FeatureError::Malformed)?;
    let geometry = feature.geometry.as_ref().ok_or(FeatureError::NoGeometry)?;
    let at = match &geometry.value {
        geojson::GeometryValue::Point { coordinates } => {
            let c = coordinates.as_slice();
            let (lon, lat) = (c.first().copied().unwrap_or(f64::NAN), c.get(1).copied().unwrap_or(f64::NAN));
            let on_earth = |lon: f64, lat: f64| {
                lon.is_finite() && lat.is_finite() && (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)
            };
            if !on_earth(lon, lat) {
                return Err(if on_earth(lat, lon) {
                    FeatureError::SwappedCoordinates { lon, lat }
                } else {
                    FeatureError::BadCoordinates { lon, lat }
                });
            }
            LonLat::new(lon, lat)
        }
        other => return Err(FeatureError::NotAPoint(other.type_name().to_string())),
    };
    let props = feature.properties.as_ref().ok_or(FeatureError::NoProperties)?;
    let id = match &feature.id {
        Some(geojson::feature::Id::String(s)) => s.clone(),
        Some(geojson::feature::Id::Number(n)) => n.to_string(),
        None => format!("feature-{index}"),
    };
    if !is_slug(&id) {
        return Err(FeatureError::BadId(id));
    }
    let category = match props.get("category").and_then(Value::as_str) {
        Some(key) => Category::from_key(key).ok_or_else(|| FeatureError::UnknownCategory(key.to_string()))?,
        // User data often has no category: it still shows, under "other".
        None => Category::Other,
    };
    let name =
        props.get("name").and_then(|v| Localized::from_json(v, MAX_NAME_CHARS)).ok_or(FeatureError::Missing("name"))?;
    Ok(Place {
        id,
        at,
        category,
        name,
        aliases: string_list(props.get("aliases")),
        pinyin: props.get("pinyin").and_then(Value::as_str).map(|p| cut(p.to_string(), MAX_NAME_CHARS)),
        summary: props.get("summary").and_then(|v| Localized::from_json(v, MAX_TEXT_CHARS)),
        section: props.get("article_section").and_then(Value::as_str).and_then(Section::from_key),
        facts: facts(props.get("facts")),
        address: props.get("address").and_then(|v| Localized::from_json(v, MAX_NAME_CHARS)),
        position: position(props)?,
    })
}

fn position(props: &Map<String, Value>) -> Result<Position, FeatureError> {
    let Some(pos) = props.get("position").and_then(Value::as_object) else {
        return Ok(Position { basis: Basis::Unstated, precision_m: None, source: None });
    };
    let basis = match pos.get("basis").and_then(Value::as_str) {
        Some("sourced") => Basis::Sourced,
        Some("derived") => Basis::Derived,
        Some("estimated") => Basis::Estimated,
        Some(other) => return Err(FeatureError::UnknownBasis(other.to_string())),
        None => Basis::Unstated,
    };
    let precision_m = match pos.get("precision_m") {
        None | Some(Value::Null) => None,
        Some(v) => match v.as_f64() {
            Some(m) if m.is_finite() && m > 0.0 => Some(m),
            _ => return Err(FeatureError::BadPrecision(v.to_string())),
        },
    };
    let source = pos.get("source").and_then(Value::as_str).map(str::to_string);
    Ok(Position { basis, precision_m, source })
}

fn facts(value: Option<&Value>) -> Vec<Fact> {
    let Some(Value::Array(items)) = value else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let text = item.get("text").and_then(|v| Localized::from_json(v, MAX_TEXT_CHARS))?;
            let source = item.get("source").and_then(Value::as_str).unwrap_or_default().to_string();
            Some(Fact { text, source })
        })
        .collect()
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .take(MAX_ALIASES)
            .map(|a| cut(a.to_string(), MAX_NAME_CHARS))
            .collect(),
        _ => Vec::new(),
    }
}
