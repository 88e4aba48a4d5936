//! The loader: turns any GeoJSON text into places plus a list of the features it had to skip, never failing on
//! one bad feature. Each feature is read into its typed shape (`raw.rs`) on its own, so one broken feature cannot
//! hide the rest.

use super::model::{cut, is_slug, Basis, Category, Fact, Localized, Place, Position, Section, Source};
use super::model::{MAX_ALIASES, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use super::raw::{Loose, MaybeFeature, Precision, RawFeature, RawId, RawPosition, RawProperties, RawSource, RawText};
use crate::core::shape::{self, Coords, Shape, ShapeProblem};
use serde_json::value::RawValue;

/// Why one feature was skipped.
#[derive(Clone, Debug, PartialEq)]
pub enum FeatureError {
    /// Not an object whose `type` is `Feature` (the type it gave, if any).
    NotAFeature(Option<String>),
    /// A feature whose geometry or properties are not valid GeoJSON.
    Malformed,
    NoGeometry,
    /// A line or area that cannot be drawn.
    BadShape(ShapeProblem),
    BadCoordinates {
        lon: f64,
        lat: f64,
    },
    SwappedCoordinates {
        lon: f64,
        lat: f64,
    },
    NoProperties,
    Missing(&'static str),
    UnknownCategory(String),
    BadId(String),
    DuplicateId(String),
    UnknownBasis(String),
    BadPrecision(String),
}

/// A shape's problem as the feature's: a position off the Earth is said as a point's is, a collection member of
/// no GeoJSON type makes the feature malformed as a top geometry of no type does.
impl From<ShapeProblem> for FeatureError {
    fn from(problem: ShapeProblem) -> FeatureError {
        match problem {
            ShapeProblem::OffEarth { lon, lat, swapped: true } => FeatureError::SwappedCoordinates { lon, lat },
            ShapeProblem::OffEarth { lon, lat, .. } => FeatureError::BadCoordinates { lon, lat },
            ShapeProblem::UnknownMember => FeatureError::Malformed,
            other => FeatureError::BadShape(other),
        }
    }
}

/// A skipped feature: its index in the file's `features` array, its name where it gives one, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub index: usize,
    pub name: Option<String>,
    pub error: FeatureError,
}

/// Why a whole file could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotJson { line: usize, column: usize, fault: JsonFault },
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
    /// The collection's own `name` or `title`, if it gives one.
    pub name: Option<String>,
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
            #[serde(default)]
            name: Loose<String>,
            #[serde(default)]
            title: Loose<String>,
        }
        let root: Collection = serde_json::from_str(text).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => LoadError::NotACollection,
            _ => LoadError::from(e),
        })?;
        let name =
            root.name.0.or(root.title.0).map(|n| cut(n.trim().to_string(), MAX_NAME_CHARS)).filter(|n| !n.is_empty());
        let features = match root {
            Collection { kind: Some(kind), features: Some(features), .. } if kind == "FeatureCollection" => features,
            _ => return Err(LoadError::NotACollection),
        };
        Ok(Loader { name, features, next: 0, seen: Default::default(), loaded: Loaded::default() })
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
            let parsed = serde_json::from_str::<MaybeFeature>(raw.get()).map_err(|_| FeatureError::Malformed);
            let place = parsed
                .and_then(|Loose(f)| place_from_feature(f.ok_or(FeatureError::NotAFeature(None))?, index, raw.get()));
            let error = match place {
                Ok(place) if self.seen.insert(place.id.clone()) => {
                    self.loaded.places.push(place);
                    continue;
                }
                Ok(place) => FeatureError::DuplicateId(place.id),
                Err(error) => error,
            };
            let name = given_name(raw.get());
            self.loaded.skipped.push(Skipped { index, name, error });
        }
        self.next = end;
        self.next < self.features.len()
    }

    /// The places and skipped features so far, leaving the loader as it is.
    pub fn so_far(&self) -> Loaded {
        self.loaded.clone()
    }

    /// The places and skipped features so far.
    pub fn finish(self) -> Loaded {
        self.loaded
    }
}

/// The geometry types GeoJSON defines; any other name makes the feature malformed.
const GEOMETRY_TYPES: [&str; 7] =
    ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"];

/// A place from a feature (`text` is the feature as the file gives it, kept for a place outside this project's
/// schema, whose card lists the file's own fields).
fn place_from_feature(feature: RawFeature, index: usize, text: &str) -> Result<Place, FeatureError> {
    match feature.kind.0.as_deref() {
        Some("Feature") => {}
        Some(kind) => return Err(FeatureError::NotAFeature(Some(cut(kind.to_string(), 40)))),
        None => return Err(FeatureError::NotAFeature(None)),
    }
    let geometry = feature.geometry.ok_or(FeatureError::NoGeometry)?;
    let (at, shape) = match (geometry.kind.as_str(), &geometry.coordinates) {
        ("Point", Some(c @ Coords::List(numbers))) => {
            if numbers.iter().any(|n| matches!(n, Coords::List(_))) {
                return Err(FeatureError::Malformed);
            }
            match shape::position(c) {
                Ok(at) => (at, None),
                // Fewer than two numbers.
                Err(ShapeProblem::WrongNesting) => {
                    return Err(FeatureError::BadCoordinates { lon: f64::NAN, lat: f64::NAN })
                }
                Err(problem) => return Err(problem.into()),
            }
        }
        (kind, _) if kind != "Point" && GEOMETRY_TYPES.contains(&kind) => {
            let shape = Shape::from_given(geometry.given())?;
            (shape.anchor(), Some(std::sync::Arc::new(shape)))
        }
        _ => return Err(FeatureError::Malformed),
    };
    let mut props = feature.properties.ok_or(FeatureError::NoProperties)?;
    let id = feature.id.map(|RawId(id)| id).unwrap_or_else(|| format!("feature-{index}"));
    if !is_slug(&id) {
        return Err(FeatureError::BadId(id));
    }
    // User data often has no category: it still shows, under "other", with its own fields on its card.
    let (category, own_fields) = match props.category.0.take() {
        Some(key) => (Category::from_key(&key).ok_or(FeatureError::UnknownCategory(key))?, None),
        None => (Category::Other, Some(std::sync::Arc::from(text))),
    };
    let name = match (usual(&mut props), &own_fields) {
        (Some(name), _) => name,
        // A user's file may name its places otherwise: they still show (and the user can choose the label).
        (None, Some(feature)) => first_filled(feature, &id),
        (None, None) => return Err(FeatureError::Missing("name")),
    };
    let facts = props.facts.0.unwrap_or_default().into_iter().filter_map(|Loose(fact)| {
        let fact = fact?;
        let text = localized(fact.text.0?, MAX_TEXT_CHARS)?;
        Some(Fact { text, source: source(fact.source.0).unwrap_or(Source::Plain(String::new())) })
    });
    let aliases = props.aliases.0.unwrap_or_default().into_iter().filter_map(|Loose(a)| a);
    Ok(Place {
        id,
        at,
        category,
        name,
        aliases: aliases.take(MAX_ALIASES).map(|a| cut(a, MAX_NAME_CHARS)).collect(),
        pinyin: props.pinyin.0.map(|p| cut(p, MAX_NAME_CHARS)),
        summary: props.summary.0.and_then(|t| localized(t, MAX_TEXT_CHARS)),
        section: props.article_section.0.as_deref().and_then(Section::from_key),
        facts: facts.collect(),
        address: props.address.0.and_then(|t| localized(t, MAX_NAME_CHARS)),
        position: position(props.position.0)?,
        own_fields,
        shape,
    })
}

/// A skipped feature's name, where one of the usual name fields gives it.
fn given_name(feature: &str) -> Option<String> {
    usual_of(feature)?.map(|name| name.en)
}

/// The first of the usual name fields given: name, title, NAME, Name, 名称, 名稱.
fn usual(props: &mut RawProperties) -> Option<Localized> {
    [
        &mut props.name,
        &mut props.title,
        &mut props.upper_name,
        &mut props.capital_name,
        &mut props.zh_name,
        &mut props.zh_hant_name,
    ]
    .into_iter()
    .find_map(|n| n.0.take().and_then(|t| localized(t, MAX_NAME_CHARS)))
}

/// What the loader called a user's place (a feature's text as loaded, and its id): its usual name, else its
/// first field's value, else its id. `None` when the text is not a feature's.
pub fn usual_name(feature: &str, id: &str) -> Option<Localized> {
    Some(usual_of(feature)?.unwrap_or_else(|| first_filled(feature, id)))
}

/// A feature's usual name: `None` when the text is not a feature's, `Some(None)` when no usual field names it.
#[inline(never)]
fn usual_of(feature: &str) -> Option<Option<Localized>> {
    let mut props = serde_json::from_str::<RawFeature>(feature).ok()?.properties?;
    Some(usual(&mut props))
}

/// A name from a feature's own fields when none of the usual name fields gives one: its first filled field's
/// value, else its id.
fn first_filled(feature: &str, id: &str) -> Localized {
    let fields = crate::core::fields::fields_of(feature).map(|f| f.shown).unwrap_or_default();
    let first = fields.iter().find(|f| !f.blank).map_or(id, |f| f.value.as_str());
    Localized::same(&cut(first.trim().to_string(), MAX_NAME_CHARS))
}

/// A text in three languages, each cut to `limit`; missing languages borrow from the others.
fn localized(text: RawText, limit: usize) -> Option<Localized> {
    let l = Localized::from_parts(&text.hans, &text.hant, &text.en)?;
    Some(Localized { zh_hans: cut(l.zh_hans, limit), zh_hant: cut(l.zh_hant, limit), en: cut(l.en, limit) })
}

fn position(given: Option<RawPosition>) -> Result<Position, FeatureError> {
    let Some(pos) = given else {
        return Ok(Position { basis: Basis::Unstated, precision_m: None, source: None });
    };
    let basis = match pos.basis.0.as_deref() {
        Some("sourced") => Basis::Sourced,
        Some("derived") => Basis::Derived,
        Some("estimated") => Basis::Estimated,
        Some(other) => return Err(FeatureError::UnknownBasis(other.to_string())),
        None => Basis::Unstated,
    };
    let precision_m = match pos.precision_m.0 {
        None => None,
        Some(Precision::Number(m)) if m.is_finite() && m > 0.0 => Some(m),
        Some(Precision::Number(m)) => return Err(FeatureError::BadPrecision(m.to_string())),
        Some(Precision::Other(given)) => return Err(FeatureError::BadPrecision(given)),
    };
    Ok(Position { basis, precision_m, source: source(pos.source.0) })
}

/// A source as the model keeps it: one text, or one per language (missing languages borrow from the others).
fn source(given: Option<RawSource>) -> Option<Source> {
    match given? {
        RawSource::Plain(text) => Some(Source::Plain(cut(text, MAX_TEXT_CHARS))),
        RawSource::Localized(text) => localized(text, MAX_TEXT_CHARS).map(Source::Localized),
    }
}
