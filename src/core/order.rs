//! Sorting in one copy. Each `sort_by` with its own closure is another copy of the standard library's sort in the
//! wasm (the stable sort about 3 KB apiece before compression); the map's orders are all found here, by two integer
//! keys, with ties left in their given order.

/// Where each item goes: indices of the items, smallest key first, equal keys in their given order.
pub fn order(keys: impl IntoIterator<Item = (u64, u64)>) -> Vec<usize> {
    let mut keyed: Vec<(u64, u64, usize)> = keys.into_iter().enumerate().map(|(i, (a, b))| (a, b, i)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// A number as a key that sorts as `f64::total_cmp` does (-0 before +0, NaN last).
pub fn number_key(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// The items in the given order (as `order` returns it: each index once).
pub fn arrange<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)).collect()
}
