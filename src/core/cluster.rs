//! Decluttering: points closer on screen than a marker's reach are grouped into one cluster, so that no
//! marker hides another at any zoom. Greedy grid clustering (each point joins the first group within reach,
//! found through a hash grid with cells the size of the reach), then groups whose centres still come too close
//! are merged until none do. Linear in the number of points for well-spread data.

use std::collections::HashMap;

/// A group of points drawn as one marker, at the mean of its members' positions.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Indices into the input, ascending.
    pub members: Vec<usize>,
    pub x: f64,
    pub y: f64,
}

/// Groups `points` (in any planar unit) so that no two groups are closer than `reach` of that unit.
/// Groups come back in reading order: north to south (ascending y), then west to east.
pub fn cluster(points: &[(f64, f64)], reach: f64) -> Vec<Group> {
    if !(reach.is_finite() && reach > 0.0) {
        return points.iter().enumerate().map(|(i, &(x, y))| Group { members: vec![i], x, y }).collect();
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut taken = vec![false; points.len()];
    let grid = Grid::new(points.iter().copied(), reach);
    for (i, &(x, y)) in points.iter().enumerate() {
        if taken[i] {
            continue;
        }
        let mut members = vec![i];
        taken[i] = true;
        for j in grid.near(x, y) {
            let (px, py) = points[j];
            if !taken[j] && (px - x).hypot(py - y) < reach {
                taken[j] = true;
                members.push(j);
            }
        }
        groups.push(centred(members, points));
    }
    // Centres of neighbouring groups can still fall within reach of each other: merge until they don't.
    loop {
        let grid = Grid::new(groups.iter().map(|g| (g.x, g.y)), reach);
        let mut merged = false;
        let mut gone = vec![false; groups.len()];
        let mut next = Vec::with_capacity(groups.len());
        for i in 0..groups.len() {
            if gone[i] {
                continue;
            }
            let mut members = groups[i].members.clone();
            for j in grid.near(groups[i].x, groups[i].y) {
                if j != i && !gone[j] && (groups[j].x - groups[i].x).hypot(groups[j].y - groups[i].y) < reach {
                    gone[j] = true;
                    merged = true;
                    members.extend_from_slice(&groups[j].members);
                }
            }
            next.push(centred(members, points));
        }
        groups = next;
        if !merged {
            break;
        }
    }
    groups.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    groups
}

fn centred(mut members: Vec<usize>, points: &[(f64, f64)]) -> Group {
    members.sort_unstable();
    let n = members.len() as f64;
    let (sx, sy) = members.iter().fold((0.0, 0.0), |(sx, sy), &i| (sx + points[i].0, sy + points[i].1));
    Group { members, x: sx / n, y: sy / n }
}

/// A hash grid of points with square cells `cell` wide.
struct Grid {
    cell: f64,
    cells: HashMap<(i64, i64), Vec<usize>>,
}

impl Grid {
    fn new(points: impl Iterator<Item = (f64, f64)>, cell: f64) -> Self {
        let mut cells: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
        for (i, (x, y)) in points.enumerate() {
            cells.entry(Self::key(x, y, cell)).or_default().push(i);
        }
        Self { cell, cells }
    }

    fn key(x: f64, y: f64, cell: f64) -> (i64, i64) {
        ((x / cell).floor() as i64, (y / cell).floor() as i64)
    }

    /// Indices of the points in the 3 × 3 cells around `(x, y)`: every point within one cell width.
    fn near(&self, x: f64, y: f64) -> impl Iterator<Item = usize> + '_ {
        let (cx, cy) = Self::key(x, y, self.cell);
        (-1..=1)
            .flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|k| self.cells.get(&k))
            .flatten()
            .copied()
    }
}
