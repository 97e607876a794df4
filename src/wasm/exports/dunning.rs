//! The `relance/dunning` module: the dunning planner, its default ladders and the aged balance.

use super::super::convert::call;
use crate::dunning::{DunningPlanInput, DunningPlanResult, Policy, PolicyRequest};
use crate::portfolio::{AgedBalanceInput, AgedBalanceResult};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// What to do next about one debtor's unpaid invoices: the escalation timeline, the actions due
/// now (one communication per date), the next one, the amounts and the recovery routes.
#[wasm_bindgen(js_name = dunningPlan)]
pub fn dunning_plan(input: Ts<DunningPlanInput>) -> Result<Ts<DunningPlanResult>, JsValue> {
    call(input.into(), |i: DunningPlanInput| {
        crate::dunning::dunning_plan(&i)
    })
    .map(Ts::new_unchecked)
}

/// The built-in French ladder of a regime, as data an app can edit and pass back as `policy`.
#[wasm_bindgen(js_name = dunningPolicy)]
pub fn dunning_policy(input: Ts<PolicyRequest>) -> Result<Ts<Policy>, JsValue> {
    call(input.into(), |i: PolicyRequest| {
        Ok(crate::dunning::default_policy(
            i.regime,
            i.lang.unwrap_or_default(),
        ))
    })
    .map(Ts::new_unchecked)
}

/// The balance âgée of a portfolio: buckets by days past due, per debtor, shares, penalties and
/// the next dunning action.
#[wasm_bindgen(js_name = agedBalance)]
pub fn aged_balance(input: Ts<AgedBalanceInput>) -> Result<Ts<AgedBalanceResult>, JsValue> {
    call(input.into(), |i: AgedBalanceInput| {
        crate::portfolio::aged_balance(&i)
    })
    .map(Ts::new_unchecked)
}
