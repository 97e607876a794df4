//! Consumers and other civil debts: legal interest (C. civ. 1231-6, 1344, 1344-1; CMF L313-2,
//! L313-3).
//!
//! - Interest runs only from the mise en demeure (1231-6: "à compter de la mise en demeure";
//!   1344-1), so from the day after the later of the due date and the notice date. Without a
//!   notice date no interest is computed.
//! - The rate is the legal rate of each half-year; since 2015 it depends on the creditor
//!   (individual or "tous les autres cas"), before that one annual rate.
//! - Two months after a judgment became enforceable the rate is majorated by 5 points
//!   (L313-3), from the day after judgment date + 2 months (months counted as in CPC 641).
//! - No 40 € indemnity and no amicable recovery costs can be charged to a consumer
//!   (CPCE L111-8).

use super::{ignored, merge, Basis, LateFeesInput, Resolution, Segment};
use crate::date::IsoDate;
use crate::error::Result;
use crate::messages::calc as msg;
use crate::rates::{Creditor, RateTables};
use crate::warning::Warning;
use rust_decimal::Decimal;

const MAJORATION_POINTS: i64 = 5;

pub(super) fn resolve(input: &LateFeesInput, tables: &RateTables) -> Result<Resolution> {
    let lang = input.lang.unwrap_or_default();
    let mut warnings = Vec::new();
    if input.contract_rate.is_some() {
        warnings.push(ignored("contractRate", "fr-b2c", lang));
    }
    let creditor = input.creditor.unwrap_or_default();
    let majorated_from = match input.judgment_date {
        Some(j) => Some(
            j.add_months(2)
                .map_err(|e| e.or_field("judgmentDate"))?
                .succ(),
        ),
        None => None,
    };
    let Some(notice) = input.notice_date else {
        warnings.push(Warning::new(
            "formal-notice-required",
            msg::formal_notice_required(lang),
        ));
        return Ok(Resolution {
            rule: msg::rule_b2c,
            start: None,
            segments: Vec::new(),
            compensation_owed: false,
            warnings,
        });
    };
    if notice < input.due_date {
        warnings.push(Warning::new(
            "notice-before-due-date",
            msg::notice_before_due_date(lang, notice, input.due_date),
        ));
    }
    let start = notice.max(input.due_date);
    let first_day = start.succ();
    let mut segments = Vec::new();
    if input.as_of >= first_day {
        let mut cuts: Vec<IsoDate> = super::semesters(first_day, input.as_of)
            .into_iter()
            .map(|s| s.start().max(first_day))
            .collect();
        if let Some(m) = majorated_from.filter(|m| *m > first_day && *m <= input.as_of) {
            cuts.push(m);
            crate::sort::stable_sort_by_key(&mut cuts, |d| *d);
            cuts.dedup();
        }
        for from in cuts {
            segments.push(segment(from, creditor, majorated_from, tables));
        }
    }
    Ok(Resolution {
        rule: msg::rule_b2c,
        start: Some(start),
        segments: merge(segments),
        compensation_owed: false,
        warnings,
    })
}

fn segment(
    from: IsoDate,
    creditor: Creditor,
    majorated_from: Option<IsoDate>,
    tables: &RateTables,
) -> Segment {
    let semester = from.semester();
    let majorated = majorated_from.is_some_and(|m| from >= m);
    match tables.legal(semester, creditor) {
        Ok(legal) => {
            let rate = if majorated {
                legal.rate + Decimal::from(MAJORATION_POINTS)
            } else {
                legal.rate
            };
            Segment {
                from,
                rate: Ok(rate),
                assumed: legal.assumed,
                basis: Basis::Legal {
                    semester,
                    individual: creditor == Creditor::Individual,
                    legal: legal.rate,
                    majorated,
                },
                semester,
            }
        }
        Err(e) => Segment {
            from,
            rate: Err(e),
            assumed: false,
            basis: Basis::Missing,
            semester,
        },
    }
}
