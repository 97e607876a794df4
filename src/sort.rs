//! A compact stable sort for the small lists relance orders (payments, rate cuts, holidays).
//!
//! Why not `slice::sort_by_key`: std's driftsort is monomorphized per call site and weighs
//! about 9 KB of wasm each; this bottom-up merge sort is a few hundred bytes, O(n log n) and
//! stable, which is all these lists need.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub(crate) fn stable_sort_by_key<T: Clone, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    stable_sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by the comparator `cmp`, keeping equal elements in their original order.
pub(crate) fn stable_sort_by<T: Clone>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut buffer: Vec<T> = items.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(items, &mut buffer, start, mid, end, &cmp);
            start = end;
        }
        items.clone_from_slice(&buffer);
        width *= 2;
    }
}

/// Merges the sorted runs `items[start..mid]` and `items[mid..end]` into `out[start..end]`.
fn merge<T: Clone>(
    items: &[T],
    out: &mut [T],
    start: usize,
    mid: usize,
    end: usize,
    cmp: &impl Fn(&T, &T) -> Ordering,
) {
    let (mut i, mut j) = (start, mid);
    for slot in out.iter_mut().take(end).skip(start) {
        // Taking from the left run on ties keeps the sort stable.
        let take_left = match (items.get(i), items.get(j).filter(|_| j < end)) {
            (Some(a), Some(b)) if i < mid => cmp(a, b) != Ordering::Greater,
            (Some(_), None) => i < mid,
            _ => false,
        };
        let source = if take_left { &mut i } else { &mut j };
        if let Some(value) = items.get(*source) {
            *slot = value.clone();
        }
        *source += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sorts_and_keeps_ties_in_order() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        stable_sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    proptest! {
        #[test]
        fn agrees_with_std_stable_sort(v in prop::collection::vec((0u8..10, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            stable_sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn by_comparator_agrees_with_std_sort_by(v in prop::collection::vec((0u8..10, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            stable_sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|p| std::cmp::Reverse(p.0));
            prop_assert_eq!(ours, std);
        }
    }
}
