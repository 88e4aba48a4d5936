//! The map's one sort: by two integer keys, ties kept in their given order; numbers as keys in `total_cmp` order.

use zhonglou_map::core::order::{arrange, number_key, order};

#[test]
fn smallest_key_first_by_the_first_key_then_the_second() {
    let keys = [(2, 0), (1, 5), (1, 2), (0, 9)];
    assert_eq!(order(keys), vec![3, 2, 1, 0]);
}

#[test]
fn equal_keys_stay_in_their_given_order() {
    // Stable, as the search's and the grouping's ties need: the first to appear comes first.
    let keys = [(1, 1), (0, 0), (1, 1), (0, 0), (1, 1)];
    assert_eq!(order(keys), vec![1, 3, 0, 2, 4]);
}

#[test]
fn numbers_as_keys_sort_as_total_cmp_does() {
    let numbers = [3.5, -0.0, f64::NAN, 0.0, -1e300, f64::INFINITY, -2.25, f64::NEG_INFINITY, 1e-300, -f64::NAN];
    let mut expected: Vec<usize> = (0..numbers.len()).collect();
    expected.sort_by(|&a, &b| numbers[a].total_cmp(&numbers[b]));
    assert_eq!(order(numbers.iter().map(|&n| (number_key(n), 0))), expected);
}

#[test]
fn arrange_puts_the_items_where_the_order_says() {
    let items = vec!["c", "a", "b"];
    let by_name = order(items.iter().map(|s| (s.as_bytes()[0] as u64, 0)));
    assert_eq!(arrange(items, &by_name), vec!["a", "b", "c"]);
}
