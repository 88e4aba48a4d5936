//! Lines and areas: what a feature of a user's file is when it is more than a point. A shape keeps every part of
//! its geometry (a MultiPolygon's polygons with their holes, a collection's members part by part) in WGS-84, the
//! geometry's text as the file gave it (exports write it back unchanged), and answers what the map asks of it:
//! where its marker and printed number go, how far it reaches, and whether a tap is on it.

use crate::core::geo::{Bounds, LonLat};
use crate::core::simplify::to_segment;
use std::sync::Arc;

/// GeoJSON coordinates as a file nests them: numbers, or lists of coordinates.
#[derive(Clone, Debug, PartialEq)]
pub enum Coords {
    Number(f64),
    List(Vec<Coords>),
}

/// One geometry of a file, read but not yet checked: its type, its coordinates and (for a GeometryCollection)
/// its members.
#[derive(Clone, Debug, PartialEq)]
pub struct GivenGeometry {
    pub kind: String,
    pub coordinates: Option<Coords>,
    pub geometries: Option<Vec<GivenGeometry>>,
}

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
    /// A type GeoJSON does not define.
    UnknownType(String),
}

/// What a shape mostly is, for its drawing and its card: an area if it has any, else a line, else points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeKind {
    Area,
    Line,
    Points,
}

/// A feature's geometry beyond a single point.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// Single positions (a MultiPoint's, a collection's points).
    pub points: Vec<LonLat>,
    /// Lines, each of two positions or more.
    pub lines: Vec<Vec<LonLat>>,
    /// Polygons, each its outer ring then its holes; every ring closed (its last position is its first).
    pub areas: Vec<Vec<Vec<LonLat>>>,
    /// The smallest rectangle holding every position.
    pub bounds: Bounds,
    /// The geometry as its file wrote it (JSON).
    pub given: Arc<str>,
}

impl Shape {
    /// The shape of a checked geometry, or what is wrong with it. A Point is not a shape (`Ok(None)`): the
    /// loader reads it as a place's position.
    pub fn from_given(geometry: &GivenGeometry, given: Arc<str>) -> Result<Option<Shape>, ShapeProblem> {
        if geometry.kind == "Point" {
            return Ok(None);
        }
        let mut parts = Parts::default();
        parts.add(geometry, 0)?;
        let all = parts.points.iter().chain(parts.lines.iter().flatten()).chain(parts.areas.iter().flatten().flatten());
        let bounds = Bounds::around(all.copied()).ok_or(ShapeProblem::NoCoordinates)?;
        Ok(Some(Shape { points: parts.points, lines: parts.lines, areas: parts.areas, bounds, given }))
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

    /// The area the shape covers, in square metres (its areas' outer rings less their holes); 0 for lines.
    pub fn area_m2(&self) -> f64 {
        let plane = Plane::at(self.bounds.center());
        self.areas
            .iter()
            .map(|rings| plane.area(&rings[0]) - rings[1..].iter().map(|r| plane.area(r)).sum::<f64>())
            .sum()
    }
}

/// The parts of a geometry, gathered from a collection's members.
#[derive(Default)]
struct Parts {
    points: Vec<LonLat>,
    lines: Vec<Vec<LonLat>>,
    areas: Vec<Vec<Vec<LonLat>>>,
}

/// How deep collections may nest in collections (GeoJSON advises against nesting them at all).
const MAX_COLLECTION_DEPTH: usize = 4;

impl Parts {
    fn add(&mut self, g: &GivenGeometry, depth: usize) -> Result<(), ShapeProblem> {
        if g.kind == "GeometryCollection" {
            let members = g.geometries.as_deref().filter(|m| !m.is_empty()).ok_or(ShapeProblem::NoCoordinates)?;
            if depth >= MAX_COLLECTION_DEPTH {
                return Err(ShapeProblem::WrongNesting);
            }
            return members.iter().try_for_each(|m| self.add(m, depth + 1));
        }
        let coords = match &g.coordinates {
            Some(Coords::List(items)) if !items.is_empty() => items,
            Some(Coords::Number(_)) => return Err(ShapeProblem::WrongNesting),
            _ => return Err(ShapeProblem::NoCoordinates),
        };
        match g.kind.as_str() {
            "Point" => self.points.push(position(&Coords::List(coords.clone()))?),
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
            other => return Err(ShapeProblem::UnknownType(other.to_string())),
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
fn position(c: &Coords) -> Result<LonLat, ShapeProblem> {
    let numbers = list(c).map_err(|_| ShapeProblem::WrongNesting)?;
    let number = |i: usize| match numbers.get(i) {
        Some(Coords::Number(n)) => Ok(*n),
        _ => Err(ShapeProblem::WrongNesting),
    };
    let (lon, lat) = (number(0)?, number(1)?);
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

/// A flat plane in metres around a position (east, north), exact enough across a city or a province for where a
/// marker goes and whether a tap is on a line.
struct Plane {
    origin: LonLat,
    metres_per_lon: f64,
}

const METRES_PER_DEGREE: f64 = 111_195.0;

impl Plane {
    fn at(origin: LonLat) -> Plane {
        Plane { origin, metres_per_lon: METRES_PER_DEGREE * origin.lat.to_radians().cos() }
    }

    fn xy(&self, p: LonLat) -> (f64, f64) {
        ((p.lon - self.origin.lon) * self.metres_per_lon, (p.lat - self.origin.lat) * METRES_PER_DEGREE)
    }

    fn back(&self, (x, y): (f64, f64)) -> LonLat {
        LonLat::new(self.origin.lon + x / self.metres_per_lon, self.origin.lat + y / METRES_PER_DEGREE)
    }

    fn distance(&self, a: LonLat, b: LonLat) -> f64 {
        let ((ax, ay), (bx, by)) = (self.xy(a), self.xy(b));
        (ax - bx).hypot(ay - by)
    }

    /// The unsigned area of a ring.
    fn area(&self, ring: &[LonLat]) -> f64 {
        let xy: Vec<_> = ring.iter().map(|p| self.xy(*p)).collect();
        (xy.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum::<f64>() / 2.0).abs()
    }

    fn length(&self, line: &[LonLat]) -> f64 {
        line.windows(2).map(|w| self.distance(w[0], w[1])).sum()
    }

    fn halfway(&self, line: &[LonLat]) -> LonLat {
        let mut left = self.length(line) / 2.0;
        for w in line.windows(2) {
            let step = self.distance(w[0], w[1]);
            if step >= left && step > 0.0 {
                let (a, b) = (self.xy(w[0]), self.xy(w[1]));
                let t = left / step;
                return self.back((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t));
            }
            left -= step;
        }
        line[0]
    }

    fn to_line(&self, p: LonLat, line: &[LonLat]) -> f64 {
        let p = self.xy(p);
        line.windows(2).map(|w| to_segment(p, self.xy(w[0]), self.xy(w[1]))).fold(f64::INFINITY, f64::min)
    }

    /// The point of a polygon (outer ring, holes) farthest from its edges, found by halving square cells that
    /// may still hold a farther point, to a hundredth of the polygon's size (its pole of inaccessibility).
    fn inmost(&self, rings: &[Vec<LonLat>]) -> LonLat {
        let rings: Vec<Vec<(f64, f64)>> = rings.iter().map(|r| r.iter().map(|p| self.xy(*p)).collect()).collect();
        let outer = &rings[0];
        let (x0, x1) = outer.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| (a.min(p.0), b.max(p.0)));
        let (y0, y1) = outer.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), p| (a.min(p.1), b.max(p.1)));
        let size = (x1 - x0).min(y1 - y0);
        let middle = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        if size <= 0.0 {
            return self.back(middle);
        }
        // Distance from a point to the edges, negative outside.
        let depth = |p: (f64, f64)| {
            let edge = rings
                .iter()
                .flat_map(|r| r.windows(2).map(move |w| to_segment(p, w[0], w[1])))
                .fold(f64::INFINITY, f64::min);
            let inside = rings.iter().filter(|r| contains_xy(r, p)).count() % 2 == 1;
            if inside {
                edge
            } else {
                -edge
            }
        };
        let mut best = (depth(middle), middle);
        let mut cells = Vec::new();
        let mut y = y0;
        while y < y1 {
            let mut x = x0;
            while x < x1 {
                cells.push((x + size / 2.0, y + size / 2.0, size / 2.0));
                x += size;
            }
            y += size;
        }
        let precision = size / 100.0;
        let mut budget = 4000;
        while let Some((cx, cy, half)) = cells.pop() {
            let d = depth((cx, cy));
            if d > best.0 {
                best = (d, (cx, cy));
            }
            budget -= 1;
            // A cell can hold a point no deeper than its centre's depth plus its half-diagonal.
            if budget > 0 && d + half * std::f64::consts::SQRT_2 - best.0 > precision {
                let q = half / 2.0;
                for (dx, dy) in [(-q, -q), (q, -q), (-q, q), (q, q)] {
                    cells.push((cx + dx, cy + dy, q));
                }
            }
        }
        self.back(best.1)
    }
}

/// Whether a point is inside a ring (even-odd), in plane units.
fn contains_xy(ring: &[(f64, f64)], p: (f64, f64)) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < a.0 + (p.1 - a.1) / (b.1 - a.1) * (b.0 - a.0) {
            inside = !inside;
        }
    }
    inside
}
