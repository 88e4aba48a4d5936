//! The changes file: corrections as a GeoJSON FeatureCollection that a person downloads and a maintainer (or
//! another browser) applies. One feature per change, each saying what changed and when:
//!
//! - `move`: the new point as geometry; `id`, `from` ([lon, lat]), `from_position` and `position` (how it was
//!   placed, in the data's schema);
//! - `add`: the new place as a feature in the data's schema;
//! - `edit`: `id`, `field` (name, summary, address), `lang`, `from` and `to`;
//! - `delete`: the place as it was, in the data's schema.

use super::changes::{Change, TextField};
use super::export;
use super::geo::LonLat;
use super::i18n::Lang;
use super::places::{self, Basis, Localized, Position, Source};
use serde_json::{json, Map, Value};

/// A changes file larger than this is refused unread: corrections are a few kilobytes.
pub const MAX_BYTES: usize = 5_000_000;

/// Why a changes file (or one of its items) cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    TooLarge(usize),
    NotJson,
    NotACollection,
    /// Item `index` (from 0) is not a change this map can read.
    BadItem(usize),
}

fn position_json(p: &Position) -> Value {
    let mut pos = Map::new();
    pos.insert("basis".into(), json!(p.basis.key()));
    if let Some(m) = p.precision_m {
        pos.insert("precision_m".into(), json!(m));
    }
    if let Some(s) = &p.source {
        pos.insert("source".into(), export::source(s));
    }
    Value::Object(pos)
}

fn position_from(v: Option<&Value>) -> Option<Position> {
    let v = v?.as_object()?;
    let basis = match v.get("basis")?.as_str()? {
        "sourced" => Basis::Sourced,
        "derived" => Basis::Derived,
        "estimated" => Basis::Estimated,
        "unstated" => Basis::Unstated,
        _ => return None,
    };
    let precision_m = v.get("precision_m").and_then(Value::as_f64).filter(|m| m.is_finite() && *m > 0.0);
    Some(Position { basis, precision_m, source: v.get("source").and_then(source_from) })
}

/// A source as a changes file writes it: one text, or one per language.
fn source_from(v: &Value) -> Option<Source> {
    if let Some(text) = v.as_str() {
        return Some(Source::Plain(text.to_string()));
    }
    let text = |lang: &str| v.get(lang).and_then(Value::as_str).unwrap_or_default();
    Localized::from_parts(text("zh-Hans"), text("zh-Hant"), text("en")).map(Source::Localized)
}

fn point(p: LonLat) -> Value {
    json!({ "type": "Point", "coordinates": [p.lon, p.lat] })
}

/// The changes as a file, dated (YYYY-MM-DD).
pub fn to_geojson(changes: &[Change], date: &str) -> String {
    let features: Vec<Value> = changes
        .iter()
        .map(|change| match change {
            Change::Move { id, from, to } => json!({
                "type": "Feature",
                "geometry": point(to.0),
                "properties": {
                    "change": "move", "id": id, "date": date,
                    "from": [from.0.lon, from.0.lat], "from_position": position_json(&from.1),
                    "position": position_json(&to.1),
                },
            }),
            Change::Add { place } => {
                let mut f = export::feature(place);
                if let Some(props) = f.get_mut("properties").and_then(Value::as_object_mut) {
                    props.insert("change".into(), json!("add"));
                    props.insert("date".into(), json!(date));
                }
                f
            }
            Change::Text { id, field, lang, from, to } => json!({
                "type": "Feature",
                "geometry": null,
                "properties": {
                    "change": "edit", "id": id, "date": date,
                    "field": field.key(), "lang": lang.code(), "from": from, "to": to,
                },
            }),
            Change::Delete { place, index } => {
                let mut f = export::feature(place);
                if let Some(props) = f.get_mut("properties").and_then(Value::as_object_mut) {
                    props.insert("change".into(), json!("delete"));
                    props.insert("date".into(), json!(date));
                    props.insert("index".into(), json!(index));
                }
                f
            }
        })
        .collect();
    let lines: Vec<String> = features.iter().map(Value::to_string).collect();
    format!("{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n", lines.join(",\n"))
}

/// Reads a changes file: every item, or the first that cannot be read.
pub fn parse(text: &str) -> Result<Vec<Change>, FileError> {
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge(text.len()));
    }
    let root: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| FileError::NotJson)?;
    let features = match root.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => root.get("features").and_then(Value::as_array).ok_or(FileError::NotACollection)?,
        _ => return Err(FileError::NotACollection),
    };
    features.iter().enumerate().map(|(i, f)| item(f).ok_or(FileError::BadItem(i))).collect()
}

fn item(f: &Value) -> Option<Change> {
    let props = f.get("properties")?.as_object()?;
    let text = |k: &str| props.get(k).and_then(Value::as_str).map(str::to_string);
    let lon_lat = |v: &Value| -> Option<LonLat> {
        let c = v.as_array()?;
        Some(LonLat::new(c.first()?.as_f64()?, c.get(1)?.as_f64()?))
    };
    let place_of = |f: &Value| -> Option<places::Place> {
        let collection = json!({ "type": "FeatureCollection", "features": [f] });
        places::load(&collection.to_string()).ok()?.places.into_iter().next()
    };
    match props.get("change")?.as_str()? {
        "move" => {
            let to = lon_lat(f.get("geometry")?.get("coordinates")?)?;
            let from = lon_lat(props.get("from")?)?;
            Some(Change::Move {
                id: text("id")?,
                from: (from, position_from(props.get("from_position"))?),
                to: (to, position_from(props.get("position"))?),
            })
        }
        "add" => Some(Change::Add { place: place_of(f)? }),
        "edit" => Some(Change::Text {
            id: text("id")?,
            field: TextField::from_key(&text("field")?)?,
            lang: Lang::from_code(&text("lang")?)?,
            from: text("from")?,
            to: text("to")?,
        }),
        "delete" => {
            let index = props.get("index").and_then(Value::as_u64).unwrap_or(u64::MAX) as usize;
            Some(Change::Delete { place: place_of(f)?, index })
        }
        _ => None,
    }
}
