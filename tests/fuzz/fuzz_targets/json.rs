//! Any bytes: the first byte picks the entry point, the rest must parse as JSON (the seed
//! corpus and `json.dict` steer it towards the real input shapes), then it goes through the
//! same deserialize → core → serialize path as the wasm exports.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relance_fuzz::{run, ENTRIES};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let entry = ENTRIES[usize::from(selector) % ENTRIES.len()];
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(rest) else {
        return;
    };
    run(entry, value);
});
