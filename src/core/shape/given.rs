//! A geometry as a file gives it, read before it is checked, and written back as it came.

use geojson::{Geometry, GeometryValue, Position};

/// GeoJSON coordinates as a file nests them: numbers, or lists of coordinates (text or null in them is read as
/// not a number; anything else makes the feature malformed).
#[derive(Clone, Debug, PartialEq)]
pub enum Coords {
    Number(f64),
    List(Vec<Coords>),
}

impl<'de> serde::Deserialize<'de> for Coords {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Coords, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Coords;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("numbers or lists of them")
            }
            fn visit_f64<E>(self, n: f64) -> Result<Coords, E> {
                Ok(Coords::Number(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Coords, E> {
                Ok(Coords::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Coords, E> {
                Ok(Coords::Number(n as f64))
            }
            // Text or null where a number should be: not a number (reported as a position that
            // needs two numbers), so that the rest of the feature, its name first, is still read.
            fn visit_str<E>(self, _: &str) -> Result<Coords, E> {
                Ok(Coords::Number(f64::NAN))
            }
            fn visit_unit<E>(self) -> Result<Coords, E> {
                Ok(Coords::Number(f64::NAN))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Coords, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Coords::List(items))
            }
        }
        d.deserialize_any(V)
    }
}

impl Coords {
    pub(super) fn as_f64(&self) -> Option<f64> {
        match self {
            Coords::Number(n) => Some(*n),
            Coords::List(_) => None,
        }
    }

    /// The items of a list (none for a number).
    fn items(&self) -> &[Coords] {
        match self {
            Coords::Number(_) => &[],
            Coords::List(items) => items,
        }
    }

    /// A position's numbers (text or null in them, kept from the file, as not a number).
    fn position(&self) -> Position {
        Position::from(self.items().iter().map(|n| n.as_f64().unwrap_or(f64::NAN)).collect::<Vec<f64>>())
    }

    fn positions(&self) -> Vec<Position> {
        self.items().iter().map(Coords::position).collect()
    }

    fn rings(&self) -> Vec<Vec<Position>> {
        self.items().iter().map(Coords::positions).collect()
    }
}

/// One geometry of a file as it gave it, not yet checked: its type, its coordinates (nested as the type says or
/// not) and, for a GeometryCollection, its members.
#[derive(Clone, Debug, PartialEq)]
pub struct GivenGeometry {
    pub kind: String,
    pub coordinates: Option<Coords>,
    pub geometries: Option<Vec<GivenGeometry>>,
}

impl GivenGeometry {
    /// The geometry as GeoJSON again (what exports write: a line or area as it came), once its shape was read
    /// (its coordinates nested as its type says); nothing for a type GeoJSON does not have.
    pub fn to_geometry(&self) -> Option<Geometry> {
        let coords = self.coordinates.as_ref().unwrap_or(&Coords::Number(f64::NAN));
        let value = match self.kind.as_str() {
            "Point" => GeometryValue::Point { coordinates: coords.position() },
            "MultiPoint" => GeometryValue::MultiPoint { coordinates: coords.positions() },
            "LineString" => GeometryValue::LineString { coordinates: coords.positions() },
            "MultiLineString" => GeometryValue::MultiLineString { coordinates: coords.rings() },
            "Polygon" => GeometryValue::Polygon { coordinates: coords.rings() },
            "MultiPolygon" => {
                GeometryValue::MultiPolygon { coordinates: coords.items().iter().map(Coords::rings).collect() }
            }
            "GeometryCollection" => GeometryValue::GeometryCollection {
                geometries: self.geometries.iter().flatten().filter_map(GivenGeometry::to_geometry).collect(),
            },
            _ => return None,
        };
        Some(Geometry::new(value))
    }
}
