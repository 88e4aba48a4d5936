//! The shape of one GeoJSON feature as the loader reads it: typed (serde derive), with no tree of values in
//! between, and lenient where the data format is. A property of the wrong type is treated as absent, as it always
//! was (a numeric `summary` is no summary); only what breaks GeoJSON itself (a geometry or properties that are not
//! objects, an id that is neither text nor number) makes the feature malformed.

use crate::core::shape::{Coords, GivenGeometry};
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// A feature, or `None` for any other JSON value where a feature should be.
pub(super) type MaybeFeature = Loose<RawFeature>;

#[derive(Deserialize)]
pub(super) struct RawFeature {
    #[serde(rename = "type", default)]
    pub kind: Loose<String>,
    #[serde(default)]
    pub id: Option<RawId>,
    #[serde(default)]
    pub geometry: Option<RawGeometry>,
    #[serde(default)]
    pub properties: Option<RawProperties>,
}

/// A feature's id as GeoJSON allows it: a string or a number (kept as its text).
pub(super) struct RawId(pub String);

#[derive(Deserialize)]
pub(super) struct RawGeometry {
    #[serde(rename = "type")]
    pub kind: String,
    /// Numbers and lists of them, nested as the type says (or not).
    #[serde(default)]
    pub coordinates: Option<Coords>,
    /// A GeometryCollection's members (read strictly: one that is not a geometry makes the feature malformed).
    #[serde(default)]
    pub geometries: Option<Vec<RawGeometry>>,
}

impl RawGeometry {
    /// The geometry as the shape model reads it.
    pub fn given(self) -> GivenGeometry {
        GivenGeometry {
            kind: self.kind,
            coordinates: self.coordinates,
            geometries: self.geometries.map(|members| members.into_iter().map(RawGeometry::given).collect()),
        }
    }
}

#[derive(Deserialize)]
pub(super) struct RawProperties {
    #[serde(default)]
    pub category: Loose<String>,
    #[serde(default)]
    pub name: Loose<RawText>,
    // Other usual name fields, for a user's file: the first given of name, title, NAME, Name, 名称, 名稱.
    #[serde(default)]
    pub title: Loose<RawText>,
    #[serde(default, rename = "NAME")]
    pub upper_name: Loose<RawText>,
    #[serde(default, rename = "Name")]
    pub capital_name: Loose<RawText>,
    #[serde(default, rename = "名称")]
    pub zh_name: Loose<RawText>,
    #[serde(default, rename = "名稱")]
    pub zh_hant_name: Loose<RawText>,
    #[serde(default)]
    pub aliases: Loose<Vec<Loose<String>>>,
    #[serde(default)]
    pub pinyin: Loose<String>,
    #[serde(default)]
    pub summary: Loose<RawText>,
    #[serde(default)]
    pub article_section: Loose<String>,
    #[serde(default)]
    pub facts: Loose<Vec<Loose<RawFact>>>,
    #[serde(default)]
    pub address: Loose<RawText>,
    #[serde(default)]
    pub position: Loose<RawPosition>,
}

/// `"text"` or `{"zh-Hans": …, "zh-Hant": …, "en": …}` (blank where a language is not given as text).
pub(super) struct RawText {
    pub hans: String,
    pub hant: String,
    pub en: String,
}

#[derive(Deserialize)]
pub(super) struct RawFact {
    #[serde(default)]
    pub text: Loose<RawText>,
    #[serde(default)]
    pub source: Loose<RawSource>,
}

/// A source as given: one text, or one per language.
pub(super) enum RawSource {
    Plain(String),
    Localized(RawText),
}

#[derive(Deserialize)]
pub(super) struct RawPosition {
    #[serde(default)]
    pub basis: Loose<String>,
    #[serde(default)]
    pub precision_m: Loose<Precision>,
    #[serde(default)]
    pub source: Loose<RawSource>,
}

/// A precision as given: a number, or something else (kept as text for the message). Null is no precision.
pub(super) enum Precision {
    Number(f64),
    Other(String),
}

/// A value of the expected shape, or `None` when the data gave something else (which is read and dropped).
pub(super) struct Loose<T>(pub Option<T>);

impl<T> Default for Loose<T> {
    fn default() -> Self {
        Loose(None)
    }
}

/// What a type makes of each kind of JSON value; by default, nothing (the value is skipped).
pub(super) trait Lenient: Sized {
    fn from_str(_: &str) -> Option<Self> {
        None
    }
    fn from_number(_: f64) -> Option<Self> {
        None
    }
    fn from_bool(_: bool) -> Option<Self> {
        None
    }
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Self>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

impl<'de, T: Lenient> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Lenient> Visitor<'de> for V<T> {
            type Value = Loose<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Loose(T::from_str(s)))
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
                Ok(Loose(T::from_bool(b)))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
                Ok(Loose(T::from_number(n as f64)))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
                Ok(Loose(T::from_number(n as f64)))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
                Ok(Loose(T::from_number(n)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Loose(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                T::from_seq(seq).map(Loose)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::from_map(map).map(Loose)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// Objects read by their derived reader (whose fields are all lenient).
macro_rules! lenient_objects {
    ($($t:ty),*) => {$(
        impl Lenient for $t {
            fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
                <$t>::deserialize(MapAccessDeserializer::new(map)).map(Some)
            }
        }
    )*};
}
lenient_objects!(RawFeature, RawFact, RawPosition);

impl Lenient for String {
    fn from_str(s: &str) -> Option<Self> {
        Some(s.to_string())
    }
}

impl<T: Lenient> Lenient for Vec<Loose<T>> {
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Self>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Some(items))
    }
}

impl Lenient for f64 {
    fn from_number(n: f64) -> Option<Self> {
        Some(n)
    }
}

impl Lenient for RawText {
    fn from_str(s: &str) -> Option<Self> {
        (!s.trim().is_empty()).then(|| RawText { hans: s.to_string(), hant: s.to_string(), en: s.to_string() })
    }
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        let mut text = RawText { hans: String::new(), hant: String::new(), en: String::new() };
        while let Some(key) = map.next_key::<String>()? {
            let Loose(value) = map.next_value::<Loose<String>>()?;
            let slot = match key.as_str() {
                "zh-Hans" => &mut text.hans,
                "zh-Hant" => &mut text.hant,
                "en" => &mut text.en,
                _ => continue,
            };
            *slot = value.unwrap_or_default();
        }
        Ok(Some(text))
    }
}

impl Lenient for RawSource {
    fn from_str(s: &str) -> Option<Self> {
        Some(RawSource::Plain(s.to_string()))
    }
    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Option<Self>, A::Error> {
        Ok(RawText::from_map(map)?.map(RawSource::Localized))
    }
}

impl Lenient for Precision {
    fn from_number(n: f64) -> Option<Self> {
        Some(Precision::Number(n))
    }
    fn from_str(s: &str) -> Option<Self> {
        Some(Precision::Other(format!("{s:?}")))
    }
    fn from_bool(b: bool) -> Option<Self> {
        Some(Precision::Other(b.to_string()))
    }
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Self>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Some(Precision::Other("[…]".into())))
    }
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Some(Precision::Other("{…}".into())))
    }
}

impl<'de> Deserialize<'de> for RawId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = RawId;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawId, E> {
                Ok(RawId(s.to_string()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<RawId, E> {
                Ok(RawId(n.to_string()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<RawId, E> {
                Ok(RawId(n.to_string()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<RawId, E> {
                Ok(RawId(n.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}
