//! `readInvoice` on any bytes: XML (CII, UBL, hostile) and PDF (Factur-X), seeded with the
//! samples of tests/data/einvoice/. An input may be refused with any error except `internal`;
//! an accepted invoice's ready-made `lateFees` input must be accepted by `lateFees` (or refused
//! with a non-internal error), and its amounts must print with two decimals.
#![no_main]
use libfuzzer_sys::fuzz_target;
use relance::einvoice::read_file;
use relance::regime::{late_fees, LateFeesInput};
use relance::{ErrorKind, IsoDate};

fuzz_target!(|data: &[u8]| {
    let lang = if data.len() % 2 == 0 {
        relance::Lang::Fr
    } else {
        relance::Lang::En
    };
    match read_file(data, lang) {
        Err(e) => assert_ne!(e.kind(), ErrorKind::Internal, "{e}"),
        Ok(r) => {
            let due = r.amount_due.to_string();
            assert!(due.split_once('.').is_some_and(|(_, c)| c.len() == 2), "{due}");
            if let Some(f) = &r.late_fees_input {
                let input = LateFeesInput::for_invoice(
                    f.regime,
                    relance::Amount(f.amount.0),
                    f.due_date,
                    IsoDate::from_ymd(2026, 11, 22).unwrap_or(f.due_date),
                    None,
                    Default::default(),
                );
                if let Err(e) = late_fees(&input) {
                    assert_ne!(e.kind(), ErrorKind::Internal, "{e}");
                }
            }
        }
    }
});
