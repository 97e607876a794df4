//! Public buyers: CCP L2192-13 (interest and indemnity of right, no formality, from the day
//! after the payment deadline), R2192-31 (rate) and D2192-35 (40 € indemnity).
//!
//! The rate is the ECB main refinancing rate in force on the first day of the half-year in
//! which the interest started to run, + 8 points, fixed for the whole delay (unlike the B2B
//! per-semester rule). Before décret 2013-269 (contracts from 16 March 2013) it was ECB + 7
//! for the State and local authorities (the legal rate for public hospitals), and the 40 €
//! indemnity did not exist for public buyers.

use super::{ignored, Basis, LateFeesInput, Resolution, Segment};
use crate::date::IsoDate;
use crate::error::Result;
use crate::messages::calc as msg;
use crate::rates::RateTables;
use crate::warning::Warning;
use rust_decimal::Decimal;

/// Entry into force of décret 2013-269 (single rate ECB + 8 for every public buyer).
const DECREE_2013: IsoDate = IsoDate::known(2013, 3, 16);

pub(super) fn resolve(input: &LateFeesInput, tables: &RateTables) -> Result<Resolution> {
    let lang = input.lang.unwrap_or_default();
    let mut warnings = Vec::new();
    for (field, present) in [
        ("contractRate", input.contract_rate.is_some()),
        ("creditor", input.creditor.is_some()),
        ("noticeDate", input.notice_date.is_some()),
        ("judgmentDate", input.judgment_date.is_some()),
    ] {
        if present {
            warnings.push(ignored(field, "fr-public", lang));
        }
    }
    let first_day = input.due_date.succ();
    let semester = first_day.semester();
    let points = if first_day >= DECREE_2013 { 8 } else { 7 };
    if points == 7 && input.as_of >= first_day {
        warnings.push(Warning::new(
            "pre-2013-public-rate",
            msg::pre_2013_public_rate(lang),
        ));
        warnings.push(Warning::new(
            "indemnity-not-applicable",
            msg::public_indemnity_before_2013(lang),
        ));
    }
    let segment = match tables.ecb_on(semester.start()) {
        Ok(ecb) => Segment {
            from: first_day,
            rate: Ok(ecb.rate + Decimal::from(points)),
            assumed: ecb.assumed,
            basis: Basis::PublicEcb {
                ecb: ecb.rate,
                date: semester.start(),
                points,
            },
            semester,
        },
        Err(e) => Segment {
            from: first_day,
            rate: Err(e),
            assumed: false,
            basis: Basis::Missing,
            semester,
        },
    };
    Ok(Resolution {
        rule: msg::rule_public,
        start: Some(input.due_date),
        segments: vec![segment],
        compensation_owed: points == 8,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decree_date() {
        assert_eq!(Some(DECREE_2013), IsoDate::from_ymd(2013, 3, 16));
    }
}
