//! TypeScript aliases for the boundary scalar types the Rust types refer to by name.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(typescript_custom_section)]
const TS_SCALARS: &str = r#"
/** A date as "YYYY-MM-DD". */
export type IsoDate = string;
/** An input amount in euros: a decimal string ("1234.56") or a finite number. At most two decimals. */
export type Amount = string | number;
/** An output amount in euros, always with two decimals ("40.00"). */
export type Money = string;
/** An input annual rate in percent ("12.15" = 12.15 % a year) or a finite number. */
export type Rate = string | number;
/** An output annual rate in percent ("12.15"). */
export type Percent = string;
/** A failed item of a batch call: the error as data, in the item's slot. */
export interface BatchError {
  error: { code: string; field?: string; message: string };
}
/** A failed slot of `lateFeesTotals`: its index in the inputs and the error. */
export interface TotalsError {
  index: number;
  error: { code: string; field?: string; message: string };
}
/**
 * The result of `lateFeesTotals`: one column per figure, entry i for input i. Amounts are
 * whole numbers of cents (12345 = 123.45 €), exact as JS numbers. A failed slot holds NaN in
 * the amount columns and 0 in the others, and is listed in `errors`.
 */
export interface LateFeesTotals {
  /** Number of inputs: the length of every column. */
  count: number;
  /** Late days with interest accruing (`lateFees().days`). */
  days: Int32Array;
  interestCents: Float64Array;
  interestPaidCents: Float64Array;
  /** The 40 € indemnity (4000) or 0. */
  compensationCents: Float64Array;
  principalOutstandingCents: Float64Array;
  interestOutstandingCents: Float64Array;
  /** principalOutstanding + interestOutstanding + compensation. */
  totalDueCents: Float64Array;
  /** How many warnings `lateFees` gives for the invoice (call it to read them). */
  warnings: Uint16Array;
  /** 1 when a rate was carried forward past the known tables (warning `rate-assumed`). */
  rateAssumed: Uint8Array;
  /** The failed slots, in input order. */
  errors: TotalsError[];
}
/** The error thrown by every relance function. */
export interface RelanceError extends Error {
  name: "RelanceError";
  /** Stable kebab-case code, e.g. "invalid-date". */
  code: string;
  /** Path of the input field at fault ("payments[1].amount"), when one is. */
  field?: string;
}
"#;
