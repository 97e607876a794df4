//! Between professionals: C. com. L441-10 II and D441-5.
//!
//! - Penalties are due from the day after the due date, with no reminder needed (L441-10 II:
//!   "exigibles le jour suivant la date de règlement", "sans qu'un rappel soit nécessaire").
//! - Default rate: the ECB main refinancing rate in force on 1 January (first half-year) or
//!   1 July (second) + 10 points, applied to the days of each half-year (the per-semester
//!   reading of "le taux applicable pendant le premier semestre", france-law.md §1.2). Before
//!   2009 (loi LME 2008-776) the default was ECB + 7 points and the floor 1.5 × the legal rate.
//! - A contractual rate may not be lower than 3 × the legal rate ("tous les autres cas"); in a
//!   half-year where it is, the floor applies instead.
//! - A 40 € recovery indemnity per late invoice (D441-5), owed by any professional debtor for
//!   a delay starting from 1 January 2013 (décret 2012-1115, in force that day).

use super::{ignored, merge, semesters, Basis, LateFeesInput, Resolution, Segment};
use crate::date::Semester;
use crate::error::Result;
use crate::messages::calc as msg;
use crate::money::Percent;
use crate::rates::{Creditor, RateTables};
use crate::warning::Warning;
use rust_decimal::Decimal;

use crate::date::IsoDate;
use crate::rates::LME_START;

/// D441-5 (décret 2012-1115 of 2 October 2012) is in force from this day.
const INDEMNITY_START: IsoDate = IsoDate::known(2013, 1, 1);

pub(super) fn resolve(input: &LateFeesInput, tables: &RateTables) -> Result<Resolution> {
    let lang = input.lang.unwrap_or_default();
    let mut warnings = Vec::new();
    for (field, present) in [
        ("creditor", input.creditor.is_some()),
        ("noticeDate", input.notice_date.is_some()),
        ("judgmentDate", input.judgment_date.is_some()),
    ] {
        if present {
            warnings.push(ignored(field, "fr-b2b", lang));
        }
    }
    let first_day = input.due_date.succ();
    let mut segments = Vec::new();
    let mut floored = Vec::new();
    if input.as_of >= first_day {
        for semester in semesters(first_day, input.as_of) {
            let mut seg = semester_rate(
                semester,
                input.contract_rate.map(|r| r.0),
                tables,
                &mut floored,
            );
            seg.from = semester.start().max(first_day);
            segments.push(seg);
        }
    }
    if let Some(contract) = input.contract_rate {
        if !floored.is_empty() {
            let list: Vec<String> = floored.iter().map(ToString::to_string).collect();
            warnings.push(Warning::new(
                "contract-rate-below-floor",
                msg::contract_rate_below_floor(lang, Percent(contract.0), &list.join(", ")),
            ));
        }
    }
    let indemnity = first_day >= INDEMNITY_START;
    if !indemnity && input.as_of >= first_day {
        warnings.push(Warning::new(
            "indemnity-not-applicable",
            msg::indemnity_before_2013(lang),
        ));
    }
    Ok(Resolution {
        rule: msg::rule_b2b,
        start: Some(input.due_date),
        segments: merge(segments),
        compensation_owed: indemnity,
        warnings,
    })
}

/// The penalty rate of one half-year (its `from` is set by the caller).
fn semester_rate(
    semester: Semester,
    contract: Option<Decimal>,
    tables: &RateTables,
    floored: &mut Vec<Semester>,
) -> Segment {
    let lme = semester.start() >= LME_START;
    let Some(contract) = contract else {
        let points = if lme { 10 } else { 7 };
        return match tables.ecb_on(semester.start()) {
            Ok(ecb) => Segment {
                from: semester.start(),
                rate: Ok(ecb.rate + Decimal::from(points)),
                assumed: ecb.assumed,
                basis: Basis::B2bEcb {
                    ecb: ecb.rate,
                    date: semester.start(),
                    points,
                },
                semester,
            },
            Err(e) => failed(semester, e),
        };
    };
    let (factor, factor_text) = if lme {
        (Decimal::from(3), "3")
    } else {
        (Decimal::new(15, 1), "1,5")
    };
    match tables.legal(semester, Creditor::Professional) {
        Ok(legal) => {
            let floor = legal.rate * factor;
            let (rate, basis) = if contract < floor {
                floored.push(semester);
                (
                    floor,
                    Basis::B2bFloor {
                        factor: factor_text,
                        legal: legal.rate,
                        semester,
                        contract,
                    },
                )
            } else {
                (contract, Basis::B2bContract)
            };
            Segment {
                from: semester.start(),
                rate: Ok(rate),
                assumed: legal.assumed,
                basis,
                semester,
            }
        }
        Err(e) => failed(semester, e),
    }
}

fn failed(semester: Semester, error: crate::error::Error) -> Segment {
    Segment {
        from: semester.start(),
        rate: Err(error),
        assumed: false,
        basis: Basis::Missing,
        semester,
    }
}
