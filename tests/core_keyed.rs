//! A keyed list becoming another with the fewest changes (core::keyed), as the place list uses it.

use zhonglou_map::core::keyed::{plan, Step};

/// The old items that stay, and how many new items are placed.
fn summary(old: &[&str], new: &[&str]) -> (Vec<&'static str>, usize) {
    let steps = plan(old, new);
    assert_eq!(steps.len(), new.len());
    let mut stay = Vec::new();
    for (step, key) in steps.iter().zip(new) {
        if let Step::Stay(i) = step {
            assert_eq!(old[*i], *key, "a staying item is the same item");
            stay.push(*i);
        }
    }
    assert!(stay.windows(2).all(|w| w[0] < w[1]), "staying items keep their order");
    let placed = steps.iter().filter(|s| **s == Step::Place).count();
    (stay.into_iter().map(|i| leak(old[i])).collect(), placed)
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

#[test]
fn new_items_slipped_in_among_the_old_ones_move_nothing() {
    // A category ticked: its places join the list in name order, and the list's last places fall off its end.
    let old = ["a", "c", "e", "g", "i"];
    let new = ["a", "b", "c", "d", "e", "f", "g"];
    assert_eq!(summary(&old, &new), (vec!["a", "c", "e", "g"], 3));
}

#[test]
fn items_taken_out_move_nothing_else() {
    let old = ["a", "b", "c", "d", "e"];
    let new = ["a", "c", "e", "x"];
    assert_eq!(summary(&old, &new), (vec!["a", "c", "e"], 1));
}

#[test]
fn a_reordered_list_keeps_the_longest_run_in_order_and_places_the_rest() {
    let old = ["a", "b", "c", "d", "e"];
    let new = ["e", "a", "b", "d", "c"];
    // a, b and one of c / d stay; e and the other are placed.
    let (stay, placed) = summary(&old, &new);
    assert_eq!(stay.len(), 3);
    assert_eq!(&stay[..2], &["a", "b"]);
    assert_eq!(placed, 2);
    let reversed = ["e", "d", "c", "b", "a"];
    assert_eq!(summary(&old, &reversed).0.len(), 1);
}

#[test]
fn an_unchanged_list_keeps_everything_and_an_empty_one_places_all() {
    let old = ["a", "b", "c"];
    assert_eq!(plan(&old, &old), vec![Step::Stay(0), Step::Stay(1), Step::Stay(2)]);
    assert_eq!(plan(&[] as &[&str], &old), vec![Step::Place; 3]);
    assert!(plan(&old, &[] as &[&str]).is_empty());
}
