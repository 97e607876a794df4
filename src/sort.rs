//! A compact stable sort for the small lists relance orders (payments, rate cuts, holidays).
//!
//! Why not `slice::sort_by_key`: std's driftsort is monomorphized per call site and weighs
//! about 9 KB of wasm each; this bottom-up merge sort is a few hundred bytes, O(n log n) and
//! stable, which is all these lists need.

use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub(crate) fn stable_sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    stable_sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by the comparator `cmp`, keeping equal elements in their original order.
///
/// The merge passes order indices, not the items, and the items are then moved into place
/// once: elements are never cloned (a dunning timeline entry holds several strings, and
/// cloning it at every pass made the sort the largest cost of `dunning_plan`).
pub(crate) fn stable_sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..n).collect();
    let mut buffer = order.clone();
    let before = |a: usize, b: usize| match (items.get(a), items.get(b)) {
        (Some(x), Some(y)) => cmp(x, y) != Ordering::Greater,
        _ => true,
    };
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(&order, &mut buffer, start, mid, end, &before);
            start = end;
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    permute(items, &mut order);
}

/// Merges the sorted runs `order[start..mid]` and `order[mid..end]` into `out[start..end]`;
/// `before(a, b)` says whether item `a` may come first (ties take the left run: stable).
fn merge(
    order: &[usize],
    out: &mut [usize],
    start: usize,
    mid: usize,
    end: usize,
    before: &impl Fn(usize, usize) -> bool,
) {
    let (mut i, mut j) = (start, mid);
    for slot in out.iter_mut().take(end).skip(start) {
        let take_left = match (
            order.get(i).filter(|_| i < mid),
            order.get(j).filter(|_| j < end),
        ) {
            (Some(&a), Some(&b)) => before(a, b),
            (Some(_), None) => true,
            _ => false,
        };
        let source = if take_left { &mut i } else { &mut j };
        if let Some(&index) = order.get(*source) {
            *slot = index;
        }
        *source += 1;
    }
}

/// Rearranges `items` so that position `k` holds the item that was at `order[k]`, by
/// following each cycle of the permutation with swaps (`order` is consumed as the marks).
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut k = start;
        while let Some(&source) = order.get(k) {
            if source == k {
                break;
            }
            if let Some(slot) = order.get_mut(k) {
                *slot = k;
            }
            if source == start {
                break;
            }
            items.swap(k, source);
            k = source;
        }
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
        fn moves_items_that_cannot_be_cloned(v in prop::collection::vec((0u8..10, any::<u16>()), 0..200)) {
            // Boxed pairs: no Clone or Copy is needed for the items themselves.
            let mut ours: Vec<Box<(u8, u16)>> = v.iter().map(|p| Box::new(*p)).collect();
            let mut std = v;
            stable_sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            let ours: Vec<(u8, u16)> = ours.into_iter().map(|b| *b).collect();
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
