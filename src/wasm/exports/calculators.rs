//! The `relance` module: late fees, deadlines, due dates, holidays, rates, payment plans,
//! invoice mentions and amounts in words.

use super::super::convert::{batch, call, output, to_js};
use crate::calendar::{
    DeadlineInput, DeadlineResult, DueDateInput, DueDateResult, HolidaysInput, HolidaysResult,
    WorkingDayInput, WorkingDayResult,
};
use crate::letters::{AmountInWordsInput, AmountInWordsResult, MentionsInput, MentionsResult};
use crate::plan::{PaymentPlanInput, PaymentPlanResult};
use crate::rates::RatesInfo;
use crate::regime::{LateFeesInput, LateFeesResult};
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Late-payment penalties or interest and the 40 € indemnity for one invoice.
/// Throws a `RelanceError` on bad input.
#[wasm_bindgen(js_name = lateFees)]
pub fn late_fees(input: Ts<LateFeesInput>) -> Result<Ts<LateFeesResult>, JsValue> {
    call(input.into(), |i: LateFeesInput| {
        crate::regime::late_fees(&i)
    })
    .map(Ts::new_unchecked)
}

/// `lateFees` for many invoices in one call. A bad item yields
/// `{ error: { code, field, message } }` in its slot; the batch itself never throws for one
/// item (only when `inputs` is not an array).
#[wasm_bindgen(
    js_name = lateFeesBatch,
    unchecked_return_type = "Array<LateFeesResult | BatchError>"
)]
pub fn late_fees_batch(
    #[wasm_bindgen(unchecked_param_type = "LateFeesInput[]")] inputs: JsValue,
) -> Result<JsValue, JsValue> {
    batch(inputs, |i: LateFeesInput| crate::regime::late_fees(&i))
}

/// A legal deadline counted as in CPC art. 641 (days exclude the starting day; months land on
/// the same day number or the month's last day) and extended by art. 642 to the next working
/// day when it ends on a Saturday, Sunday or public holiday.
#[wasm_bindgen]
pub fn deadline(input: Ts<DeadlineInput>) -> Result<Ts<DeadlineResult>, JsValue> {
    call(input.into(), |i: DeadlineInput| {
        crate::calendar::deadline(&i)
    })
    .map(Ts::new_unchecked)
}

/// The due date of an invoice from its issue date and payment terms, with a warning when the
/// terms exceed the legal maximum (C. com. L441-10 I; CCP R2192-10/11).
#[wasm_bindgen(js_name = dueDate)]
pub fn due_date(input: Ts<DueDateInput>) -> Result<Ts<DueDateResult>, JsValue> {
    call(input.into(), |i: DueDateInput| {
        crate::calendar::due_date(&i)
    })
    .map(Ts::new_unchecked)
}

/// The public holidays of a year in a French calendar (metropolitan, Alsace-Moselle, overseas).
#[wasm_bindgen(js_name = publicHolidays)]
pub fn public_holidays(input: Ts<HolidaysInput>) -> Result<Ts<HolidaysResult>, JsValue> {
    call(input.into(), |i: HolidaysInput| {
        crate::calendar::public_holidays(&i)
    })
    .map(Ts::new_unchecked)
}

/// Whether a date is a working day, and the next working day on or after it.
#[wasm_bindgen(js_name = workingDay)]
pub fn working_day(input: Ts<WorkingDayInput>) -> Result<Ts<WorkingDayResult>, JsValue> {
    call(input.into(), |i: WorkingDayInput| {
        crate::calendar::working_day(&i)
    })
    .map(Ts::new_unchecked)
}

/// A payment plan (échéancier) whose instalments sum exactly to the amount.
#[wasm_bindgen(js_name = paymentPlan)]
pub fn payment_plan(input: Ts<PaymentPlanInput>) -> Result<Ts<PaymentPlanResult>, JsValue> {
    call(input.into(), |i: PaymentPlanInput| {
        crate::plan::payment_plan(&i)
    })
    .map(Ts::new_unchecked)
}

/// The late-payment wording a French invoice must carry (C. com. L441-9, L441-10; CCP; C. civ.).
#[wasm_bindgen(js_name = invoiceMentions)]
pub fn invoice_mentions(input: Ts<MentionsInput>) -> Result<Ts<MentionsResult>, JsValue> {
    call(input.into(), |i: MentionsInput| {
        crate::letters::invoice_mentions(&i)
    })
    .map(Ts::new_unchecked)
}

/// An amount written out in French or English words, and in figures.
#[wasm_bindgen(js_name = amountInWords)]
pub fn amount_in_words(input: Ts<AmountInWordsInput>) -> Result<Ts<AmountInWordsResult>, JsValue> {
    call(input.into(), |i: AmountInWordsInput| {
        crate::letters::amount_in_words_of(&i)
    })
    .map(Ts::new_unchecked)
}

/// The embedded reference-rate tables, their coverage ("known through") and the rates derived
/// for each half-year.
#[wasm_bindgen]
pub fn rates() -> Result<Ts<RatesInfo>, JsValue> {
    let info = crate::rates::rates_info().map_err(to_js)?;
    output(&info).map(Ts::new_unchecked)
}
