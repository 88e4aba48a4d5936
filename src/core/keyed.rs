//! How a keyed list on the page becomes another with the fewest changes: the longest run of items that both lists
//! hold in the same order stays where it is; everything else is placed (built, or moved). The place list uses it,
//! where ticking a category slips new rows in among the others: a generic keyed diff that moves every row after
//! the first new one would move hundreds of rows that did not change.

use std::collections::HashMap;
use std::hash::Hash;

/// What happens to each item of the new list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// It is the old list's item at this index, which stays where it is.
    Stay(usize),
    /// It is placed: new, or an old item that must move (the caller may build it afresh).
    Place,
}

/// For each item of `new`, whether it stays (as which item of `old`) or is placed; an old item that no step
/// names as staying leaves the page. Keys are unique within each list.
pub fn plan<K: Eq + Hash>(old: &[K], new: &[K]) -> Vec<Step> {
    let at_old: HashMap<&K, usize> = old.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let was: Vec<Option<usize>> = new.iter().map(|k| at_old.get(k).copied()).collect();
    let stays = longest_increasing(&was);
    was.iter()
        .zip(stays)
        .map(|(&was, stays)| if stays { Step::Stay(was.unwrap_or_default()) } else { Step::Place })
        .collect()
}

/// Which of the known values form the longest strictly increasing run (patience sorting, O(n log n)).
fn longest_increasing(values: &[Option<usize>]) -> Vec<bool> {
    // tails[l]: index (into values) of the smallest tail of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; values.len()];
    for (i, value) in values.iter().enumerate() {
        let Some(v) = *value else { continue };
        let l = tails.partition_point(|&t| values[t].is_some_and(|tv| tv < v));
        before[i] = l.checked_sub(1).map(|p| tails[p]);
        if l == tails.len() {
            tails.push(i);
        } else {
            tails[l] = i;
        }
    }
    let mut chosen = vec![false; values.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        chosen[i] = true;
        at = before[i];
    }
    chosen
}
