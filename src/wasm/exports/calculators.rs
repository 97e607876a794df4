//! The `relance` module: late fees, deadlines, due dates, holidays, rates, payment plans,
//! invoice mentions and amounts in words.

use super::super::convert::{
    call, each_input_encoded, error_object, error_slot, output, parse_encoded, to_js,
};
use super::super::de::MAX_SAFE_INTEGER;
use super::super::{fast, result_text};
use crate::calendar::{
    DeadlineInput, DeadlineResult, DueDateInput, DueDateResult, HolidaysInput, HolidaysResult,
    WorkingDayInput, WorkingDayResult,
};
use crate::error::{Error, ErrorKind};
use crate::letters::{AmountInWordsInput, AmountInWordsResult, MentionsInput, MentionsResult};
use crate::plan::{PaymentPlanInput, PaymentPlanResult};
use crate::rates::RatesInfo;
use crate::regime::{LateFeesInput, LateFeesResult, LateFeesTotals};
use rust_decimal::Decimal;
use tsify::Ts;
use wasm_bindgen::prelude::*;

/// Late-payment penalties or interest and the 40 € indemnity for one invoice.
/// Throws a `RelanceError` on bad input.
#[wasm_bindgen(js_name = lateFees)]
pub fn late_fees(input: Ts<LateFeesInput>) -> Result<Ts<LateFeesResult>, JsValue> {
    let (encode, decode) = (fast::encode_late_fees_one, fast::late_fees_input);
    let parsed = parse_encoded(input.into(), encode, decode).map_err(|(e, l)| to_js(e, l))?;
    let lang = parsed.lang.unwrap_or_default();
    let result = crate::regime::late_fees(&parsed).map_err(|e| to_js(e, lang))?;
    let mut encoder = result_text::Encoder::new(1024);
    encoder.result(&result);
    let js = match encoder.finish() {
        Some(text) => result_text::result_object(&text),
        None => output(&result)?,
    };
    Ok(Ts::new_unchecked(js))
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
    let mut results = Vec::new();
    let (encode, decode) = (fast::encode_late_fees, fast::late_fees_input);
    each_input_encoded(inputs, encode, decode, |_, parsed| {
        results.push(parsed.and_then(|i| {
            let lang = i.lang.unwrap_or_default();
            crate::regime::late_fees(&i).map_err(|e| (e, lang))
        }));
        Ok(())
    })?;
    let mut encoder = result_text::Encoder::new(results.len() * 512);
    for slot in &results {
        match slot {
            Ok(r) => encoder.result(r),
            Err((e, lang)) => encoder.error(e, *lang),
        }
    }
    if let Some(text) = encoder.finish() {
        return Ok(result_text::batch_array(&text));
    }
    let out = js_sys::Array::new();
    for slot in &results {
        out.push(&match slot {
            Ok(r) => output(r)?,
            Err((e, lang)) => error_slot(e, *lang),
        });
    }
    Ok(out.into())
}

/// The figures of `lateFees` for many invoices, as columns (one typed array per figure,
/// amounts in integer cents): the fast path for a portfolio screen. The same computation as
/// `lateFees` (same rules, rounding and errors) without the statement lines and texts, and
/// without building one JS object per invoice, which is where `lateFeesBatch` spends most of
/// its time. A failed slot holds NaN in the amount columns and 0 elsewhere, and is listed in
/// `errors` with its index.
#[wasm_bindgen(js_name = lateFeesTotals, unchecked_return_type = "LateFeesTotals")]
pub fn late_fees_totals(
    #[wasm_bindgen(unchecked_param_type = "LateFeesInput[]")] inputs: JsValue,
) -> Result<JsValue, JsValue> {
    let mut columns = Columns::default();
    let errors = js_sys::Array::new();
    let (encode, decode) = (fast::encode_late_fees, fast::late_fees_input);
    each_input_encoded(inputs, encode, decode, |index, parsed| {
        match parsed.and_then(|i| {
            let lang = i.lang.unwrap_or_default();
            crate::regime::late_fees_totals(&i)
                .and_then(|t| columns.push(&t))
                .map_err(|e| (e, lang))
        }) {
            Ok(()) => {}
            Err((e, lang)) => {
                columns.push_failed();
                let slot = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&slot, &"index".into(), &(index as f64).into());
                let _ = js_sys::Reflect::set(&slot, &"error".into(), &error_object(&e, lang));
                errors.push(&slot);
            }
        }
        Ok(())
    })?;
    Ok(columns.into_js(errors))
}

/// The columns of `lateFeesTotals`, filled one invoice at a time.
#[derive(Default)]
struct Columns {
    days: Vec<i32>,
    /// interest, interestPaid, compensation, principalOutstanding, interestOutstanding,
    /// totalDue, in cents.
    cents: [Vec<f64>; 6],
    warnings: Vec<u16>,
    rate_assumed: Vec<u8>,
}

const CENT_COLUMNS: [&str; 6] = [
    "interestCents",
    "interestPaidCents",
    "compensationCents",
    "principalOutstandingCents",
    "interestOutstandingCents",
    "totalDueCents",
];

impl Columns {
    fn push(&mut self, t: &LateFeesTotals) -> crate::Result<()> {
        let figures = [
            t.interest,
            t.interest_paid,
            t.compensation,
            t.principal_outstanding,
            t.interest_outstanding,
            t.total_due,
        ];
        // Convert all first so that a slot is either complete or failed.
        let mut cents = [0.0; 6];
        for (out, figure) in cents.iter_mut().zip(figures) {
            *out = to_cents(figure)?;
        }
        for (column, value) in self.cents.iter_mut().zip(cents) {
            column.push(value);
        }
        self.days.push(t.days);
        self.warnings
            .push(u16::try_from(t.warnings).unwrap_or(u16::MAX));
        self.rate_assumed.push(u8::from(t.rate_assumed));
        Ok(())
    }

    fn push_failed(&mut self) {
        for column in &mut self.cents {
            column.push(f64::NAN);
        }
        self.days.push(0);
        self.warnings.push(0);
        self.rate_assumed.push(0);
    }

    fn into_js(self, errors: js_sys::Array) -> JsValue {
        let out = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            // A fresh plain object: Reflect.set cannot fail.
            let _ = js_sys::Reflect::set(&out, &key.into(), value);
        };
        set("count", &(self.days.len() as f64).into());
        set("days", &js_sys::Int32Array::from(&self.days[..]).into());
        for (key, column) in CENT_COLUMNS.iter().zip(&self.cents) {
            set(key, &js_sys::Float64Array::from(&column[..]).into());
        }
        set(
            "warnings",
            &js_sys::Uint16Array::from(&self.warnings[..]).into(),
        );
        set(
            "rateAssumed",
            &js_sys::Uint8Array::from(&self.rate_assumed[..]).into(),
        );
        set("errors", &errors.into());
        out.into()
    }
}

/// A figure already rounded to the cent, as a whole number of cents a JS number holds exactly.
fn to_cents(value: Decimal) -> crate::Result<f64> {
    let mut v = value;
    v.rescale(2);
    let cents = v.mantissa();
    if cents.abs() > i128::from(MAX_SAFE_INTEGER) {
        return Err(Error::new(
            ErrorKind::AmountOutOfRange,
            crate::messages::Text::of(&crate::messages::input::figure_too_large_for_js),
        ));
    }
    Ok(cents as f64)
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
    let info = crate::rates::rates_info().map_err(|e| to_js(e, crate::lang::Lang::Fr))?;
    output(&info).map(Ts::new_unchecked)
}
