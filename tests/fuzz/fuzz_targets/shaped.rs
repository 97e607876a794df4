//! Every other entry point (and lateFeesBatch) on generated inputs shaped like the real ones:
//! the first byte picks the entry point.
#![no_main]
use libfuzzer_sys::{arbitrary::Unstructured, fuzz_target};
use relance_fuzz::{run, Gen, ENTRIES};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let entry = ENTRIES[usize::from(selector) % ENTRIES.len()];
    let mut u = Unstructured::new(rest);
    if let Ok(value) = Gen(&mut u).input_for(entry) {
        run(entry, value);
    }
});
