//! A feature's own fields, for the card of a place that is not in this project's schema (a user's file): each
//! property as a key and a text value, long values shortened, nested values written out readably, and a value
//! that is an http(s) address marked as a link. Nothing here is markup: the card shows every value as text.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt::{self, Write as _};

/// The longest value shown, in characters (an ellipsis marks the cut).
pub const MAX_VALUE_CHARS: usize = 300;
/// The longest key shown.
pub const MAX_KEY_CHARS: usize = 60;
/// The most fields shown; the rest are counted.
pub const MAX_FIELDS: usize = 60;
/// The longest address linked.
const MAX_LINK_BYTES: usize = 2000;
/// How deep nested values are written out; deeper ones show as "…".
const MAX_DEPTH: usize = 4;

/// One field as the card shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub key: String,
    pub value: String,
    /// The whole value, when it is one http(s) address: the card links it (opening in a new tab).
    pub link: Option<String>,
    /// Null or blank text: shown ("—"), but no name and no value to count.
    pub blank: bool,
}

/// A feature's fields, in the file's order, and how many more it had than are shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields {
    pub shown: Vec<Field>,
    pub more: usize,
}

/// The fields of a feature's text (a GeoJSON feature object); `None` when its properties cannot be read (the
/// loader has read it already, so only values nested deeper than JSON parsers allow get here).
pub fn fields_of(feature: &str) -> Option<Fields> {
    #[derive(Deserialize)]
    struct Feature {
        #[serde(default)]
        properties: Option<Fields>,
    }
    serde_json::from_str::<Feature>(feature).ok().map(|f| f.properties.unwrap_or_default())
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Props;
        impl<'de> Visitor<'de> for Props {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of properties")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Fields::default();
                while let Some(key) = map.next_key::<String>()? {
                    let (value, blank) = match map.next_value::<Option<Shown>>()? {
                        Some(Shown(value)) => {
                            let blank = value.trim().is_empty();
                            (value, blank)
                        }
                        None => ("—".to_string(), true),
                    };
                    if fields.shown.len() == MAX_FIELDS {
                        fields.more += 1;
                        continue;
                    }
                    let link = is_web_address(&value).then(|| value.clone());
                    let (key, value) = (shorten(&key, MAX_KEY_CHARS), shorten(&value, MAX_VALUE_CHARS));
                    fields.shown.push(Field { key, value, link, blank });
                }
                Ok(fields)
            }
        }
        d.deserialize_map(Props)
    }
}

/// What a user's file's fields look like over its places, from one reading of each feature: what a choice of
/// field to group by (`categorical`) or to name by (`label_candidates`) offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Survey {
    places: usize,
    /// Each field in the order the places first give it.
    fields: Vec<FieldCount>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct FieldCount {
    key: String,
    /// How many places have the field at all, and with a value that is not blank.
    present: usize,
    filled: usize,
    /// Its distinct values, up to one more than a grouping can use (then it names places, not groups).
    distinct: std::collections::HashSet<String>,
}

/// Reads the fields of each feature (the texts of a user's features, of `places` places in all) once.
pub fn survey<'a>(features: impl IntoIterator<Item = &'a str>, places: usize) -> Survey {
    let most = most_groups(places);
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut fields: Vec<FieldCount> = Vec::new();
    for feature in features {
        for field in fields_of(feature).map(|f| f.shown).unwrap_or_default() {
            let i = *at.entry(field.key.clone()).or_insert_with(|| {
                fields.push(FieldCount { key: field.key.clone(), present: 0, filled: 0, distinct: Default::default() });
                fields.len() - 1
            });
            let count = &mut fields[i];
            count.present += 1;
            count.filled += usize::from(!field.blank);
            if count.distinct.len() <= most {
                count.distinct.insert(field.value);
            }
        }
    }
    Survey { places, fields }
}

/// The most distinct values a field may have and still group: a tenth of the places, or a dozen for small data.
fn most_groups(places: usize) -> usize {
    (places / 10).max(12)
}

impl Survey {
    /// The fields worth grouping by: present on at least half the places, with at least two values and few
    /// enough of them that they name groups rather than places.
    pub fn categorical(&self) -> Vec<String> {
        let most = most_groups(self.places);
        let fit = |f: &&FieldCount| f.present * 2 >= self.places && (2..=most).contains(&f.distinct.len());
        self.fields.iter().filter(fit).map(|f| f.key.clone()).collect()
    }

    /// The fields a label can come from: those at least half the places fill in.
    pub fn label_candidates(&self) -> Vec<String> {
        self.fields.iter().filter(|f| f.filled * 2 >= self.places).map(|f| f.key.clone()).collect()
    }
}

/// Whether a value is one http(s) address (and so safe to link: no other scheme, no spaces).
pub fn is_web_address(value: &str) -> bool {
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && (9..=MAX_LINK_BYTES).contains(&value.len())
        && !value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

/// A text cut to `max` characters, an ellipsis marking the cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Any JSON value written as text: strings as they are, numbers and booleans as JSON writes them, null as "—",
/// lists as `[a, b]` and objects as `{key: value}`, to a few levels deep.
struct Shown(String);

impl<'de> Deserialize<'de> for Shown {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Writer { depth: 0 }).map(Shown)
    }
}

/// Writes a value out; nested values are written by the same writer one level deeper.
struct Writer {
    depth: usize,
}

impl<'de> de::DeserializeSeed<'de> for Writer {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Writer {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        Ok("—".to_string())
    }
    fn visit_none<E: de::Error>(self) -> Result<String, E> {
        Ok("—".to_string())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<String, A::Error> {
        let mut out = String::from("[");
        let deeper = self.depth + 1;
        let mut first = true;
        while let Some(item) = seq.next_element_seed(Writer { depth: deeper })? {
            if deeper <= MAX_DEPTH && out.len() <= MAX_VALUE_CHARS * 4 {
                out.push_str(if first { "" } else { ", " });
                out.push_str(&item);
            }
            first = false;
        }
        out.push(']');
        Ok(if deeper > MAX_DEPTH { "[…]".to_string() } else { out })
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<String, A::Error> {
        let mut out = String::from("{");
        let deeper = self.depth + 1;
        let mut first = true;
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Writer { depth: deeper })?;
            if deeper <= MAX_DEPTH && out.len() <= MAX_VALUE_CHARS * 4 {
                let _ = write!(out, "{}{key}: {value}", if first { "" } else { ", " });
            }
            first = false;
        }
        out.push('}');
        Ok(if deeper > MAX_DEPTH { "{…}".to_string() } else { out })
    }
}
