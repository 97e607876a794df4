//! `lateFees` on generated inputs shaped like real invoices (three regimes, payments, contract
//! rates, notices, judgments, caller rate rows, options), with a share of wrong values; every
//! accepted input's statement must add up.
#![no_main]
use libfuzzer_sys::{arbitrary::Unstructured, fuzz_target};
use relance_fuzz::{run, Gen};

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    if let Ok(value) = Gen(&mut u).late_fees_input() {
        run("lateFees", value);
    }
});
