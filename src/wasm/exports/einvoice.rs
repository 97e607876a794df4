//! The `relance/einvoice` module: `readInvoice`, a Factur-X / ZUGFeRD PDF or a CII / UBL XML
//! invoice read into the inputs of `lateFees`, `dunningPlan` and `renderLetter`.

use super::super::convert::{output, to_js};
use crate::einvoice::{pdf::MAX_PDF_BYTES, ReadInvoiceInput, ReadInvoiceResult};
use crate::error::{Error, ErrorKind};
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads an e-invoice: the XML text (CII or UBL 2.1) as a string, or the bytes of the file
/// (a Factur-X / ZUGFeRD PDF, or an XML file) as a `Uint8Array` or `ArrayBuffer`. Returns the
/// invoice's fields, the inferred regime with its reason, and ready-made `lateFeesInput`,
/// `letterInvoice`, `dunningInvoice`, `creditor` and `debtor` objects. Throws a
/// `RelanceError` on bad input (never a DTD processed, never a network access).
#[wasm_bindgen(js_name = readInvoice)]
pub fn read_invoice(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
) -> Result<Ts<ReadInvoiceResult>, JsValue> {
    let result = if let Some(text) = input.as_string() {
        crate::einvoice::read_invoice(&ReadInvoiceInput {
            xml: Some(text),
            pdf: None,
        })
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        read_bytes(bytes)
    } else if let Some(buffer) = input.dyn_ref::<js_sys::ArrayBuffer>() {
        read_bytes(&js_sys::Uint8Array::new(buffer))
    } else {
        Err(Error::new(
            ErrorKind::InvalidType,
            "readInvoice takes the XML text (a string) or the file's bytes (a Uint8Array or \
             ArrayBuffer, e.g. new Uint8Array(await file.arrayBuffer()))",
        ))
    };
    let result = result.map_err(to_js)?;
    output(&result).map(Ts::new_unchecked)
}

fn read_bytes(bytes: &js_sys::Uint8Array) -> crate::Result<ReadInvoiceResult> {
    // Refuse before copying: the core would refuse it anyway.
    if bytes.length() as usize > MAX_PDF_BYTES {
        return Err(Error::new(
            ErrorKind::DocumentTooLarge,
            format!(
                "the file is {} bytes, more than the {MAX_PDF_BYTES} bytes accepted",
                bytes.length()
            ),
        ));
    }
    crate::einvoice::read_file(&bytes.to_vec())
}
