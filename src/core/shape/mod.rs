//! Lines and areas: what a feature of a user's file is when it is more than a point. A shape keeps every part of
//! its geometry (a MultiPolygon's polygons with their holes, a collection's members part by part) in WGS-84, the
//! geometry's text as the file gave it (exports write it back unchanged), and answers what the map asks of it:
//! where its marker and printed number go, how far it reaches, and whether a tap is on it.

use crate::core::geo::{Bounds, LonLat};

mod given;
mod plane;

pub use given::{Coords, GivenGeometry};
use plane::Plane;

/// What is wrong with a geometry that cannot be drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum ShapeProblem {
    /// No coordinates, or an empty list of them (or a collection with no geometries).
    NoCoordinates,
    /// Lists nested deeper or shallower than the type says (a Polygon whose rings are positions).
    WrongNesting,
    /// A line of fewer than two positions.
    ShortLine,
    /// A ring of fewer than four positions.
    ShortRing,
    /// A ring whose last position is not its first.
    UnclosedRing,
    /// A position that is not on Earth (or, when `swapped`, would be with latitude and longitude exchanged).
    OffEarth { lon: f64, lat: f64, swapped: bool },
    /// A member of a GeometryCollection whose type GeoJSON does not define (the feature is malformed).
    UnknownMember,
}

/// What a shape mostly is, for its drawing and its card: an area if it has any, else a line, else points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeKind {
    Area,
    Line,
    Points,
}

/// A feature's geometry beyond a single point.
#[derive(Clone, Debug)]
pub struct Shape {
    /// Single positions (a MultiPoint's, a collection's points).
    pub points: Vec<LonLat>,
    /// Lines, each of two positions or more.
    pub lines: Vec<Vec<LonLat>>,
    /// Polygons, each its outer ring then its holes; every ring closed (its last position is its first).
    pub areas: Vec<Vec<Vec<LonLat>>>,
    /// The smallest rectangle holding every position.
    pub bounds: Bounds,
    /// The geometry as its file wrote it.
    pub given: GivenGeometry,
}

impl Shape {
    /// The shape of a checked geometry (any but a lone Point, which the loader reads as a place's position), or
    /// what is wrong with it.
    pub fn from_given(given: GivenGeometry) -> Result<Shape, ShapeProblem> {
        let mut parts = Parts::default();
        parts.add(&given)?;
        let all = parts.points.iter().chain(parts.lines.iter().flatten()).chain(parts.areas.iter().flatten().flatten());
        let bounds = Bounds::around(all.copied()).ok_or(ShapeProblem::NoCoordinates)?;
        Ok(Shape { points: parts.points, lines: parts.lines, areas: parts.areas, bounds, given })
    }

    pub fn kind(&self) -> ShapeKind {
        if !self.areas.is_empty() {
            ShapeKind::Area
        } else if !self.lines.is_empty() {
            ShapeKind::Line
        } else {
            ShapeKind::Points
        }
    }

    /// Where the shape's marker (and printed number) goes: inside its largest area, as far from its edges as
    /// can be (not a centroid, which may fall outside a concave area or in a hole); halfway along its longest
    /// line; or the point nearest the middle of its points.
    pub fn anchor(&self) -> LonLat {
        let plane = Plane::at(self.bounds.center());
        if let Some(area) = self.areas.iter().max_by(|a, b| plane.area(&a[0]).total_cmp(&plane.area(&b[0]))) {
            return plane.inmost(area);
        }
        if let Some(line) = self.lines.iter().max_by(|a, b| plane.length(a).total_cmp(&plane.length(b))) {
            return plane.halfway(line);
        }
        let c = self.bounds.center();
        let near = |p: &&LonLat| plane.distance(**p, c);
        self.points.iter().min_by(|a, b| near(a).total_cmp(&near(b))).copied().unwrap_or(c)
    }

    /// Whether a position is on the shape: inside one of its areas (not in a hole), or within `reach_m` metres
    /// of one of its lines or points.
    pub fn is_hit(&self, p: LonLat, reach_m: f64) -> bool {
        let (w, s) = (self.bounds.west, self.bounds.south);
        let margin = reach_m / 111_000.0 / p.lat.to_radians().cos().max(0.01);
        if p.lon < w - margin
            || p.lon > self.bounds.east + margin
            || p.lat < s - margin
            || p.lat > self.bounds.north + margin
        {
            return false;
        }
        let plane = Plane::at(p);
        self.areas.iter().any(|rings| rings.iter().filter(|r| crate::core::geo::ring_contains(r, p)).count() % 2 == 1)
            || self.lines.iter().any(|line| plane.to_line(p, line) <= reach_m)
            || self.points.iter().any(|q| plane.distance(p, *q) <= reach_m)
    }

    /// The size of its extent (square degrees): of two shapes under a tap, the smaller is meant.
    pub fn extent(&self) -> f64 {
        (self.bounds.east - self.bounds.west) * (self.bounds.north - self.bounds.south)
    }
}

/// Two shapes are the same when they draw the same (whatever the text of their geometries).
impl PartialEq for Shape {
    fn eq(&self, other: &Shape) -> bool {
        self.points == other.points && self.lines == other.lines && self.areas == other.areas
    }
}

/// The parts of a geometry, gathered from a collection's members.
#[derive(Default)]
struct Parts {
    points: Vec<LonLat>,
    lines: Vec<Vec<LonLat>>,
    areas: Vec<Vec<Vec<LonLat>>>,
}

impl Parts {
    /// Adds a geometry's parts (a collection's members' one by one; how deep collections nest is bounded by the
    /// JSON reader's depth limit).
    fn add(&mut self, g: &GivenGeometry) -> Result<(), ShapeProblem> {
        if g.kind == "GeometryCollection" {
            let members = g.geometries.as_deref().filter(|m| !m.is_empty()).ok_or(ShapeProblem::NoCoordinates)?;
            return members.iter().try_for_each(|m| self.add(m));
        }
        let coords = match &g.coordinates {
            Some(Coords::List(items)) if !items.is_empty() => items,
            None | Some(Coords::List(_)) => return Err(ShapeProblem::NoCoordinates),
            Some(Coords::Number(_)) => return Err(ShapeProblem::WrongNesting),
        };
        match g.kind.as_str() {
            "Point" => self.points.push(position(g.coordinates.as_ref().unwrap_or(&Coords::List(Vec::new())))?),
            "MultiPoint" => self.points.extend(coords.iter().map(position).collect::<Result<Vec<_>, _>>()?),
            "LineString" => self.lines.push(line(coords)?),
            "MultiLineString" => {
                for part in coords {
                    self.lines.push(line(list(part)?)?);
                }
            }
            "Polygon" => self.areas.push(polygon(coords)?),
            "MultiPolygon" => {
                for part in coords {
                    self.areas.push(polygon(list(part)?)?);
                }
            }
            _ => return Err(ShapeProblem::UnknownMember),
        }
        Ok(())
    }
}

/// The items of a list that must not be empty.
fn list(c: &Coords) -> Result<&[Coords], ShapeProblem> {
    match c {
        Coords::List(items) if items.is_empty() => Err(ShapeProblem::NoCoordinates),
        Coords::List(items) => Ok(items),
        Coords::Number(_) => Err(ShapeProblem::WrongNesting),
    }
}

/// A position: two numbers or more (an altitude is allowed and ignored), on Earth.
pub fn position(c: &Coords) -> Result<LonLat, ShapeProblem> {
    let numbers = list(c).map_err(|_| ShapeProblem::WrongNesting)?;
    let number = |i: usize| numbers.get(i).and_then(Coords::as_f64).ok_or(ShapeProblem::WrongNesting);
    let (lon, lat) = (number(0)?, number(1)?);
    // (Not a number is not on Earth either way.)
    let on_earth = |lon: f64, lat: f64| (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat);
    if !on_earth(lon, lat) {
        return Err(ShapeProblem::OffEarth { lon, lat, swapped: on_earth(lat, lon) });
    }
    Ok(LonLat::new(lon, lat))
}

fn line(items: &[Coords]) -> Result<Vec<LonLat>, ShapeProblem> {
    let line = items.iter().map(position).collect::<Result<Vec<_>, _>>()?;
    if line.len() < 2 {
        return Err(ShapeProblem::ShortLine);
    }
    Ok(line)
}

fn polygon(rings: &[Coords]) -> Result<Vec<Vec<LonLat>>, ShapeProblem> {
    rings
        .iter()
        .map(|ring| {
            let ring = list(ring)?.iter().map(position).collect::<Result<Vec<_>, _>>()?;
            match ring.len() {
                n if n < 4 => Err(ShapeProblem::ShortRing),
                n if ring[0] != ring[n - 1] => Err(ShapeProblem::UnclosedRing),
                _ => Ok(ring),
            }
        })
        .collect()
}
