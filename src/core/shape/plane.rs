//! A flat plane in metres around a position: where a shape's marker goes, how long a line is, whether a tap is on
//! a line.

use crate::core::geo::LonLat;
use crate::core::simplify::to_segment_squared;

/// A flat plane in metres around a position (east, north), exact enough across a city or a province for where a
/// marker goes and whether a tap is on a line.
pub(super) struct Plane {
    origin: LonLat,
    metres_per_lon: f64,
}

const METRES_PER_DEGREE: f64 = 111_195.0;

impl Plane {
    pub(super) fn at(origin: LonLat) -> Plane {
        Plane { origin, metres_per_lon: METRES_PER_DEGREE * origin.lat.to_radians().cos() }
    }

    pub(super) fn xy(&self, p: LonLat) -> (f64, f64) {
        ((p.lon - self.origin.lon) * self.metres_per_lon, (p.lat - self.origin.lat) * METRES_PER_DEGREE)
    }

    pub(super) fn back(&self, (x, y): (f64, f64)) -> LonLat {
        LonLat::new(self.origin.lon + x / self.metres_per_lon, self.origin.lat + y / METRES_PER_DEGREE)
    }

    pub(super) fn distance(&self, a: LonLat, b: LonLat) -> f64 {
        let ((ax, ay), (bx, by)) = (self.xy(a), self.xy(b));
        (ax - bx).hypot(ay - by)
    }

    /// The unsigned area of a ring.
    pub(super) fn area(&self, ring: &[LonLat]) -> f64 {
        let xy: Vec<_> = ring.iter().map(|p| self.xy(*p)).collect();
        (xy.windows(2).map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1).sum::<f64>() / 2.0).abs()
    }

    pub(super) fn length(&self, line: &[LonLat]) -> f64 {
        line.windows(2).map(|w| self.distance(w[0], w[1])).sum()
    }

    pub(super) fn halfway(&self, line: &[LonLat]) -> LonLat {
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

    pub(super) fn to_line(&self, p: LonLat, line: &[LonLat]) -> f64 {
        let p = self.xy(p);
        line.windows(2)
            .map(|w| to_segment_squared(p, self.xy(w[0]), self.xy(w[1])))
            .fold(f64::INFINITY, f64::min)
            .sqrt()
    }

    /// The point of a polygon (outer ring, holes) farthest from its edges, found by halving square cells that
    /// may still hold a farther point, to a 40th of the polygon's size or 600 cells (near its pole of inaccessibility;
    /// bounded work per area, so that a file of thousands loads without a long task).
    pub(super) fn inmost(&self, rings: &[Vec<LonLat>]) -> LonLat {
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
                .flat_map(|r| r.windows(2).map(move |w| to_segment_squared(p, w[0], w[1])))
                .fold(f64::INFINITY, f64::min)
                .sqrt();
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
        let precision = size / 40.0;
        let mut budget = 600;
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
