//! The `relance/einvoice` module: `readInvoice`, a Factur-X / ZUGFeRD PDF or a CII / UBL XML
//! invoice read into the inputs of `lateFees`, `dunningPlan` and `renderLetter`.

use super::super::convert::{output, to_js};
use crate::einvoice::{pdf::MAX_PDF_BYTES, ReadInvoiceInput, ReadInvoiceResult};
use crate::error::{Error, ErrorKind};
use crate::lang::Lang;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// The bytes of a genuine Uint8Array / typed array / DataView / ArrayBuffer, read through the
// intrinsic getters (never through the value's own properties, which a Proxy or a replaced
// prototype could fake), as a fresh Uint8Array view; null for anything else. Imported with
// `catch`, so whatever it throws becomes an error here instead of unwinding through wasm.
#[wasm_bindgen(inline_js = r#"
const viewBuffer = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "buffer").get;
const viewOffset = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "byteOffset").get;
const viewLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), "byteLength").get;
const dataBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, "buffer").get;
const dataOffset = Object.getOwnPropertyDescriptor(DataView.prototype, "byteOffset").get;
const dataLength = Object.getOwnPropertyDescriptor(DataView.prototype, "byteLength").get;
const bufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get;
export function relance_file_bytes(v) {
  if (typeof v !== "object" || v === null || !ArrayBuffer.isView(v) && !isBuffer(v)) return null;
  if (ArrayBuffer.isView(v)) {
    try {
      return new Uint8Array(viewBuffer.call(v), viewOffset.call(v), viewLength.call(v));
    } catch {
      return new Uint8Array(dataBuffer.call(v), dataOffset.call(v), dataLength.call(v));
    }
  }
  return new Uint8Array(v, 0, bufferLength.call(v));
}
function isBuffer(v) {
  try {
    bufferLength.call(v);
    return true;
  } catch {
    return false;
  }
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn relance_file_bytes(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// Reads an e-invoice: the XML text (CII or UBL 2.1) as a string, or the bytes of the file
/// (a Factur-X / ZUGFeRD PDF, or an XML file) as a `Uint8Array` or `ArrayBuffer`. Returns the
/// invoice's fields, the inferred regime with its reason, and ready-made `lateFeesInput`,
/// `letterInvoice`, `dunningInvoice`, `creditor` and `debtor` objects. Throws a
/// `RelanceError` on bad input (never a DTD processed, never a network access).
#[wasm_bindgen(js_name = readInvoice)]
pub fn read_invoice(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "{ lang?: \"fr\" | \"en\" }")] options: Option<
        JsValue,
    >,
) -> Result<Ts<ReadInvoiceResult>, JsValue> {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let lang = options_lang(&options).map_err(|e| to_js(e, Lang::Fr))?;
    let result = if let Some(text) = input.as_string() {
        crate::einvoice::read_invoice(&ReadInvoiceInput {
            xml: Some(text),
            pdf: None,
            lang: Some(lang),
        })
    } else {
        match relance_file_bytes(&input) {
            Ok(view) if !view.is_null() => {
                read_bytes(&view.unchecked_into::<js_sys::Uint8Array>(), lang)
            }
            Ok(_) => Err(Error::new(
                ErrorKind::InvalidType,
                crate::messages::Text::of(&crate::messages::input::read_invoice_input),
            )),
            Err(_) => Err(Error::new(
                ErrorKind::InvalidType,
                crate::messages::Text::of(&crate::messages::input::file_bytes_threw),
            )),
        }
    };
    let result = result.map_err(|e| to_js(e, lang))?;
    output(&result).map(Ts::new_unchecked)
}

/// The second argument of `readInvoice`, `{ lang?: "fr" | "en" }`, read by hand: the generic
/// JS reader (src/wasm/de.rs) would add about 10 KB to this module for one field. As strict as
/// it: an own enumerable key other than `lang`, or a `lang` that is not "fr"/"en", is an error.
fn options_lang(options: &JsValue) -> crate::Result<Lang> {
    if options.is_undefined() || options.is_null() {
        return Ok(Lang::Fr);
    }
    let bad = |text: fn(Lang) -> String| {
        Error::at(
            ErrorKind::InvalidType,
            "options",
            crate::messages::Text::of(&text),
        )
    };
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(bad(crate::messages::input::options_not_object));
    }
    let keys = js_sys::Reflect::own_keys(options)
        .map_err(|_| bad(crate::messages::input::options_threw))?;
    let mut lang = Lang::Fr;
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        if name != "lang" {
            let text = crate::messages::Text::of(&|l| {
                crate::messages::input::unknown_field(l, &name, "`lang`")
            });
            return Err(Error::at(
                ErrorKind::UnknownField,
                format!("options.{name}"),
                text,
            ));
        }
        let value = js_sys::Reflect::get(options, &key)
            .map_err(|_| bad(crate::messages::input::options_threw))?;
        lang = match value.as_string().as_deref() {
            Some("fr") => Lang::Fr,
            Some("en") => Lang::En,
            None if value.is_undefined() => Lang::Fr,
            _ => {
                let shown = value.as_string().unwrap_or_else(|| "?".to_owned());
                let text = crate::messages::Text::of(&|l| {
                    crate::messages::input::unknown_variant(l, &shown, "`fr`, `en`", "options.lang")
                });
                return Err(Error::at(ErrorKind::UnknownVariant, "options.lang", text));
            }
        };
    }
    Ok(lang)
}

fn read_bytes(bytes: &js_sys::Uint8Array, lang: Lang) -> crate::Result<ReadInvoiceResult> {
    // Refuse before copying: the core would refuse it anyway.
    if bytes.length() as usize > MAX_PDF_BYTES {
        let size = bytes.length() as usize;
        return Err(Error::new(
            ErrorKind::DocumentTooLarge,
            crate::messages::Text::of(&|l| {
                crate::messages::input::file_too_large(l, size, MAX_PDF_BYTES)
            }),
        ));
    }
    crate::einvoice::read_invoice(&ReadInvoiceInput {
        xml: None,
        pdf: Some(bytes.to_vec()),
        lang: Some(lang),
    })
}
