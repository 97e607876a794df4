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
/** The error thrown by every relance function. */
export interface RelanceError extends Error {
  name: "RelanceError";
  /** Stable kebab-case code, e.g. "invalid-date". */
  code: string;
  /** Path of the input field at fault ("payments[1].amount"), when one is. */
  field?: string;
}
"#;
