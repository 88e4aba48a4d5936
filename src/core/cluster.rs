//! Decluttering: places closer on screen than a marker's reach are drawn as one cluster, so that no marker
//! hides another at any zoom.
//!
//! [`ClusterIndex`] is built once per data set (and datum) in O(n log n): each category's places are sorted
//! along a Z-order curve of fine cells, and every zoom level keeps the occupied cells of that level (a cell's
//! places are one contiguous run of the sorted places, so a cell needs no list of its own). Cells at zoom `z`
//! are the marker reach wide, and each holds four of the next level's. A query for a set of categories, a zoom
//! and a rectangle combines the cells of the ticked categories, then merges the few groups whose centres still
//! come within reach of each other (neighbours across a cell border). Filters reuse the index: nothing is
//! rebuilt when a category is ticked or unticked.

use super::filter::CategorySet;
use super::order::{arrange, number_key, order as by};
use super::places::Category;
use std::collections::HashMap;

/// Bits per axis of the finest cells' coordinates: 2^26 cells of 1/16 px at the deepest zoom span the world.
const AXIS_BITS: u32 = 26;
const AXIS_MAX: u64 = (1 << AXIS_BITS) - 1;

/// A group of places drawn as one marker, at the mean of its members' positions.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Stable while the group's first cell holds a ticked place: a place's own index for a single place.
    pub key: u64,
    /// Place indices, ascending.
    pub members: Vec<usize>,
    pub x: f64,
    pub y: f64,
}

/// The occupied cells of one level for one category, in Z-order.
#[derive(Clone, Debug, Default)]
struct Level {
    keys: Vec<u64>,
    /// Where each cell's run starts in the category's sorted places, and how long it is.
    runs: Vec<(u32, u32)>,
    /// Sum of the run's positions (the centre is the sum over the count).
    sums: Vec<(f64, f64)>,
}

/// Clusters for every zoom level from `min_zoom` to `max_zoom`, for places with a category each.
#[derive(Clone, Debug, Default)]
pub struct ClusterIndex {
    origin: (f64, f64),
    /// Width of a finest cell, in the points' unit.
    fine: f64,
    min_zoom: u32,
    /// Levels below `min_zoom` the index was asked for (`max_zoom - min_zoom`).
    depth: u32,
    /// Per category: place indices in Z-order.
    order: Vec<Vec<u32>>,
    /// Per level (`min_zoom` first), per category. Levels stop early once every cell holds one place: deeper
    /// levels would be the same.
    levels: Vec<Vec<Level>>,
}

impl ClusterIndex {
    /// Indexes `points` (planar; any unit) with their categories. `reach_at_min` is the reach in the points' unit
    /// at `min_zoom`; it halves at each level down to `max_zoom`.
    pub fn new(
        points: &[(f64, f64)],
        categories: &[Category],
        reach_at_min: f64,
        min_zoom: u32,
        max_zoom: u32,
    ) -> Self {
        let depth = max_zoom.saturating_sub(min_zoom);
        let fine = reach_at_min / f64::from(1u32 << depth) / 16.0;
        let origin = points.iter().fold((f64::INFINITY, f64::INFINITY), |(x, y), p| (x.min(p.0), y.min(p.1)));
        let origin = if origin.0.is_finite() { origin } else { (0.0, 0.0) };
        let cell_of = |(x, y): (f64, f64)| -> u64 {
            let axis = |v: f64| (((v / fine).floor()).max(0.0) as u64).min(AXIS_MAX);
            interleave(axis(x - origin.0), axis(y - origin.1))
        };
        let keys: Vec<u64> = points.iter().map(|&p| cell_of(p)).collect();
        let mut order: Vec<Vec<u32>> = vec![Vec::new(); Category::ALL.len()];
        for (i, c) in categories.iter().enumerate() {
            order[c.index()].push(i as u32);
        }
        for list in &mut order {
            let by_cell = by(list.iter().map(|&i| (keys[i as usize], 0)));
            *list = arrange(std::mem::take(list), &by_cell);
        }
        let mut levels = Vec::new();
        // Finest cells are 1/16 of the deepest level's: a level's cell is the finest key shifted right.
        for level in 0..=depth {
            let shift = 2 * (depth - level + 4);
            let row: Vec<Level> = order
                .iter()
                .map(|list| {
                    let mut out = Level::default();
                    for (at, &i) in list.iter().enumerate() {
                        let key = keys[i as usize] >> shift;
                        let p = points[i as usize];
                        if out.keys.last() == Some(&key) {
                            let (run, sum) = (out.runs.last_mut(), out.sums.last_mut());
                            if let (Some(run), Some(sum)) = (run, sum) {
                                run.1 += 1;
                                *sum = (sum.0 + p.0, sum.1 + p.1);
                            }
                        } else {
                            out.keys.push(key);
                            out.runs.push((at as u32, 1));
                            out.sums.push(p);
                        }
                    }
                    out
                })
                .collect();
            // (Across categories too: a query combines cells of different categories, so places of two
            // categories sharing a cell still make it a cluster; with more than one category every level is kept.)
            let categories_used = order.iter().filter(|list| !list.is_empty()).count();
            let all_single = categories_used <= 1 && row.iter().zip(&order).all(|(l, list)| l.keys.len() == list.len());
            levels.push(row);
            if all_single {
                break;
            }
        }
        ClusterIndex { origin, fine, min_zoom, depth, order, levels }
    }

    /// The groups of the places in `categories` whose cell centres fall inside `rect` (left, top, right, bottom;
    /// everything when `None`) at `zoom`, merged until no two are closer than `reach` (the reach at that exact,
    /// possibly fractional, zoom). Groups come back in reading order: in rows as tall as the reach, north to south,
    /// each row west to east.
    pub fn query(
        &self,
        categories: CategorySet,
        zoom: f64,
        reach: f64,
        rect: Option<(f64, f64, f64, f64)>,
    ) -> Vec<Group> {
        if self.levels.is_empty() {
            return Vec::new();
        }
        // The level whose cells are closest to the reach on screen (0.7 to 1.4 times it); merging does the rest.
        let wanted = (zoom.round() - f64::from(self.min_zoom)).max(0.0) as usize;
        let level = wanted.min(self.levels.len() - 1);
        let shift = 2 * (self.depth - level as u32 + 4);
        let (lo, hi) = match rect {
            Some((l, t, r, b)) => {
                let axis = |v: f64, o: f64| (((v - o) / self.fine).floor().max(0.0) as u64).min(AXIS_MAX);
                let lo = interleave(axis(l, self.origin.0), axis(t, self.origin.1)) >> shift;
                let hi = interleave(axis(r, self.origin.0), axis(b, self.origin.1)) >> shift;
                (lo, hi)
            }
            None => (0, u64::MAX),
        };
        let inside = |x: f64, y: f64| rect.is_none_or(|(l, t, r, b)| x >= l && x <= r && y >= t && y <= b);
        // Cells of the ticked categories in the rectangle, combined across categories by cell.
        let mut cells: HashMap<u64, Cell> = HashMap::new();
        for category in categories.iter() {
            let c = category.index();
            let l = &self.levels[level][c];
            let from = l.keys.partition_point(|&k| k < lo);
            for k in from..l.keys.len() {
                let key = l.keys[k];
                if key > hi {
                    break;
                }
                let (start, len) = l.runs[k];
                let (sx, sy) = l.sums[k];
                let cell = cells.entry(key).or_insert_with(|| Cell { key, runs: Vec::new(), n: 0, sx: 0.0, sy: 0.0 });
                cell.runs.push((c, start, len));
                cell.n += len;
                cell.sx += sx;
                cell.sy += sy;
            }
        }
        // A cell is in the rectangle when the mean of its ticked places is: the same cells, with the same
        // positions, as a query of everything would give there.
        let mut cells: Vec<Cell> =
            cells.into_values().filter(|c| inside(c.sx / f64::from(c.n), c.sy / f64::from(c.n))).collect();
        cells.sort_unstable_by_key(|c| c.key);
        let merged = if reach.is_finite() && reach > 0.0 { merge(cells, reach) } else { cells };
        let tag = (level as u64) << 56;
        let groups: Vec<Group> = merged
            .into_iter()
            .map(|cell| {
                let mut members: Vec<usize> = cell
                    .runs
                    .iter()
                    .flat_map(|&(c, start, len)| {
                        self.order[c][start as usize..(start + len) as usize].iter().map(|&i| i as usize)
                    })
                    .collect();
                // Input order: names and "first place" follow the data's own order, whatever the cells were.
                members.sort_unstable();
                let n = f64::from(cell.n);
                let key = if members.len() == 1 { single_key(members[0]) } else { tag | cell.key };
                Group { key, members, x: cell.sx / n, y: cell.sy / n }
            })
            .collect();
        // Rows as tall as the reach, read west to east: a cluster whose centre moves a little when a filter
        // changes keeps its place in the order (and its element its place on the page) unless it changes rows.
        let row = |y: f64| if reach.is_finite() && reach > 0.0 { (y / reach).floor() } else { y };
        let top_down = by(groups.iter().map(|g| (number_key(row(g.y)), number_key(g.x))));
        arrange(groups, &top_down)
    }
}

/// Cells being combined into groups: runs of sorted places (category, start, length) and their summed position.
#[derive(Clone, Debug)]
struct Cell {
    key: u64,
    runs: Vec<(usize, u32, u32)>,
    n: u32,
    sx: f64,
    sy: f64,
}

/// Merges cells whose centres are closer than `reach`, in key order, until none are.
fn merge(mut cells: Vec<Cell>, reach: f64) -> Vec<Cell> {
    loop {
        let centre = |c: &Cell| (c.sx / f64::from(c.n), c.sy / f64::from(c.n));
        let grid = Grid::new(cells.iter().map(centre), reach);
        let mut gone = vec![false; cells.len()];
        let mut merged = false;
        let mut next = Vec::with_capacity(cells.len());
        for i in 0..cells.len() {
            if gone[i] {
                continue;
            }
            let (x, y) = centre(&cells[i]);
            let mut cell = cells[i].clone();
            for j in grid.near(x, y) {
                if j > i && !gone[j] {
                    let (px, py) = centre(&cells[j]);
                    if (px - x).hypot(py - y) < reach {
                        gone[j] = true;
                        merged = true;
                        cell.runs.extend_from_slice(&cells[j].runs);
                        cell.n += cells[j].n;
                        cell.sx += cells[j].sx;
                        cell.sy += cells[j].sy;
                    }
                }
            }
            next.push(cell);
        }
        cells = next;
        if !merged {
            return cells;
        }
    }
}

/// Interleaves the bits of two axis coordinates (x in the even bits): the Z-order curve.
fn interleave(x: u64, y: u64) -> u64 {
    spread(x) | spread(y) << 1
}

fn spread(v: u64) -> u64 {
    let mut v = v & 0xFFFF_FFFF;
    v = (v | v << 16) & 0x0000_FFFF_0000_FFFF;
    v = (v | v << 8) & 0x00FF_00FF_00FF_00FF;
    v = (v | v << 4) & 0x0F0F_0F0F_0F0F_0F0F;
    v = (v | v << 2) & 0x3333_3333_3333_3333;
    (v | v << 1) & 0x5555_5555_5555_5555
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

/// The key of a group of one place (apart from every cluster's, whose top bit is clear).
pub fn single_key(place: usize) -> u64 {
    place as u64 | 1 << 63
}
