//! Writing places back out as GeoJSON in the project's schema (what "Download GeoJSON" saves).

use super::format::{self, localized, source, Feature};
use super::places::{Basis, Place};
use serde_json::{json, Map, Value};

/// The properties a user's feature came with (a place outside this project's schema), as its file gave them.
fn own_properties(p: &Place) -> Option<Map<String, Value>> {
    let feature: Value = serde_json::from_str(p.own_fields.as_deref()?).ok()?;
    match feature.get("properties") {
        Some(Value::Object(props)) => Some(props.clone()),
        _ => Some(Map::new()),
    }
}

/// One place as a GeoJSON feature in the project's schema. A user's feature outside it keeps its own fields (and
/// no category: a grouping is a way of looking, not a change), with its name in its `name` field.
pub fn feature(p: &Place) -> Feature {
    let own = own_properties(p);
    let plain_name = p.name.zh_hans == p.name.zh_hant && p.name.zh_hans == p.name.en;
    let mut props = match own {
        Some(mut props) => {
            if props.contains_key("name") || !plain_name {
                props.insert("name".into(), if plain_name { json!(p.name.en) } else { localized(&p.name) });
            }
            props
        }
        None => {
            let mut props = Map::new();
            props.insert("category".into(), json!(p.category.key()));
            props.insert("name".into(), localized(&p.name));
            props
        }
    };
    if !p.aliases.is_empty() || p.own_fields.is_none() {
        props.insert("aliases".into(), json!(p.aliases));
    }
    if let Some(pinyin) = &p.pinyin {
        props.insert("pinyin".into(), json!(pinyin));
    }
    if let Some(summary) = &p.summary {
        props.insert("summary".into(), localized(summary));
    }
    if let Some(section) = p.section {
        props.insert("article_section".into(), json!(section.key()));
    }
    if !p.facts.is_empty() {
        let facts: Vec<Value> =
            p.facts.iter().map(|f| json!({ "text": localized(&f.text), "source": source(&f.source) })).collect();
        props.insert("facts".into(), Value::Array(facts));
    }
    if let Some(address) = &p.address {
        props.insert("address".into(), localized(address));
    }
    if p.position.basis != Basis::Unstated {
        props.insert("position".into(), format::position(&p.position));
    }
    // A line or area keeps its geometry as its file gave it (they are not moved on this map).
    let geometry = p.shape.as_ref().and_then(|shape| shape.given.to_geometry());
    format::feature(Some(&p.id), Some(geometry.unwrap_or_else(|| format::point(p.at))), props)
}

/// A FeatureCollection of the given places (by index), one feature per line.
pub fn to_geojson(places: &[Place], indices: &[usize]) -> String {
    let features: Vec<Feature> = indices.iter().filter_map(|&i| places.get(i)).map(feature).collect();
    format::collection_lines(&features)
}
