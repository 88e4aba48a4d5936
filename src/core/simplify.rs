//! Fewer vertices for lines and rings drawn at a zoom band: Douglas-Peucker in the map's layer units, with a
//! tolerance under a pixel at the band's deepest zoom, so that the shape stays within a pixel of itself.
//!
//! Neighbouring areas share borders; simplified one ring at a time they would part and leave slivers. So every
//! vertex where a shared border begins or ends (a junction: a vertex met with more than two different
//! neighbours) stays, the lines between junctions are simplified on their own, and each is simplified in one
//! direction whichever ring it belongs to: the same border gives the same vertices on both sides.

/// A position in layer units.
pub type Pt = (f64, f64);

type Key = (u64, u64);

fn key(p: Pt) -> Key {
    (p.0.to_bits(), p.1.to_bits())
}

/// The vertices that stay at every zoom: where shared borders begin and end, and the ends of lines; ordered by
/// `fold`, for lookup.
#[derive(Clone, Debug, Default)]
pub struct Junctions(Vec<Key>);

/// A vertex's key folded to 32 bits: vertices are grouped by it (equal vertices fold alike; the few unequal
/// ones that fold alike are told apart within their group). Sorting (fold, index) pairs uses the sort the
/// place list already has, which keeps the wasm small.
fn fold(k: Key) -> u32 {
    ((k.0 ^ k.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32
}

impl Junctions {
    /// The junctions of a set of lines and rings (a ring's last vertex repeats its first).
    pub fn of<'a>(parts: impl IntoIterator<Item = (&'a [Pt], bool)>) -> Junctions {
        // Every vertex where it occurs, with its neighbours there (a line's ends with themselves, which makes
        // them stay).
        let mut occurs: Vec<[Key; 3]> = Vec::new();
        for (part, closed) in parts {
            let n = if closed { part.len().saturating_sub(1) } else { part.len() };
            for i in 0..n {
                let at = key(part[i]);
                let next = if i + 1 < n || closed { key(part[(i + 1) % n]) } else { at };
                let before = if i > 0 || closed { key(part[(i + n - 1) % n]) } else { at };
                occurs.push([at, before, next]);
            }
        }
        let mut order: Vec<(u32, usize)> = occurs.iter().enumerate().map(|(i, o)| (fold(o[0]), i)).collect();
        order.sort_unstable();
        let mut fixed = Vec::new();
        for group in order.chunk_by(|a, b| a.0 == b.0) {
            for (i, &(_, first)) in group.iter().enumerate() {
                let at = occurs[first][0];
                if group[..i].iter().any(|&(_, j)| occurs[j][0] == at) {
                    continue; // this vertex was looked at already
                }
                // Its different neighbours, up to three (three make it a junction).
                let (mut seen, mut count) = ([at; 3], 0);
                for &(_, j) in group[i..].iter().filter(|&&(_, j)| occurs[j][0] == at) {
                    for next in [occurs[j][1], occurs[j][2]] {
                        if count < 3 && !seen[..count].contains(&next) {
                            seen[count] = next;
                            count += 1;
                        }
                    }
                }
                if count > 2 || seen[..count].contains(&at) {
                    fixed.push(at);
                }
            }
        }
        Junctions(fixed)
    }

    fn holds(&self, p: Pt) -> bool {
        let (k, f) = (key(p), fold(key(p)));
        let from = self.0.partition_point(|j| fold(*j) < f);
        self.0[from..].iter().take_while(|j| fold(**j) == f).any(|j| *j == k)
    }
}

/// A line (or ring, `closed`, its last vertex repeating its first) with the vertices that matter within
/// `tolerance`. A ring that shrinks below three corners comes back empty (it is under a pixel at this zoom).
pub fn simplify(part: &[Pt], closed: bool, junctions: &Junctions, tolerance: f64) -> Vec<Pt> {
    let n = if closed { part.len().saturating_sub(1) } else { part.len() };
    if n < 3 {
        return if closed { Vec::new() } else { part.to_vec() };
    }
    let mut stays: Vec<usize> = (0..n).filter(|&i| junctions.holds(part[i])).collect();
    if !closed {
        stays.retain(|&i| i != 0 && i != n - 1);
        stays.insert(0, 0);
        stays.push(n - 1);
    } else if stays.len() < 2 {
        // A ring on its own (or touching others at one vertex): split where it is widest.
        let from = stays.first().copied().unwrap_or(0);
        let d2 = |i: usize| (part[i].0 - part[from].0).powi(2) + (part[i].1 - part[from].1).powi(2);
        let far = (0..n).max_by(|&a, &b| d2(a).total_cmp(&d2(b))).unwrap_or(0);
        stays = vec![from.min(far), from.max(far)];
        stays.dedup();
    }
    let mut out = Vec::with_capacity(n);
    let arcs = if closed { stays.len() } else { stays.len() - 1 };
    for a in 0..arcs {
        let (from, to) = (stays[a], stays[(a + 1) % stays.len()]);
        let arc: Vec<Pt> = if to > from {
            part[from..=to].to_vec()
        } else {
            part[from..n].iter().chain(&part[..=to]).copied().collect()
        };
        // Each border is simplified in one direction, whichever ring draws it.
        let backwards = key(arc[0]) > key(arc[arc.len() - 1]);
        let mut kept = if backwards {
            let mut reversed = arc.clone();
            reversed.reverse();
            let mut kept = douglas_peucker(&reversed, tolerance);
            kept.reverse();
            kept
        } else {
            douglas_peucker(&arc, tolerance)
        };
        kept.pop();
        out.extend(kept);
    }
    if closed {
        if out.len() < 3 {
            return Vec::new();
        }
        out.push(out[0]);
    } else {
        out.push(part[n - 1]);
    }
    out
}

/// The vertices of a line that lie farther than `tolerance` from the line through the ones kept, and its ends.
fn douglas_peucker(line: &[Pt], tolerance: f64) -> Vec<Pt> {
    let last = line.len() - 1;
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[last] = true;
    let mut spans = vec![(0, last)];
    while let Some((a, b)) = spans.pop() {
        let far = (a + 1..b)
            .map(|i| (i, to_segment_squared(line[i], line[a], line[b])))
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
        if let Some((i, _)) = far.filter(|(_, d)| *d > tolerance * tolerance) {
            keep[i] = true;
            spans.push((a, i));
            spans.push((i, b));
        }
    }
    line.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// The squared distance from a point to a segment (compared squared: no square root for each of many).
pub fn to_segment_squared(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (ex, ey) = (p.0 - a.0 - t * dx, p.1 - a.1 - t * dy);
    ex * ex + ey * ey
}
