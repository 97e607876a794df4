//! Conversions across the boundary: JS value → core input, core result → plain JS object,
//! core error → thrown `RelanceError`.

use crate::error::{Error, ErrorKind};
use crate::lang::Lang;
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// The `lang` of a read input: the language of the errors its computation raises.
pub trait InputLang {
    fn lang(&self) -> Lang;
}

#[allow(unused_macros)]
macro_rules! input_lang {
    ($($t:ty),* $(,)?) => {$(
        impl InputLang for $t {
            fn lang(&self) -> Lang {
                self.lang.unwrap_or_default()
            }
        }
    )*};
}
#[cfg(feature = "js-core")]
input_lang!(
    crate::regime::LateFeesInput,
    crate::calendar::DeadlineInput,
    crate::calendar::DueDateInput,
    crate::calendar::HolidaysInput,
    crate::calendar::WorkingDayInput,
    crate::plan::PaymentPlanInput,
    crate::letters::MentionsInput,
    crate::letters::AmountInWordsInput,
);
#[cfg(feature = "js-dunning")]
input_lang!(
    crate::dunning::DunningPlanInput,
    crate::dunning::PolicyRequest,
    crate::portfolio::AgedBalanceInput,
);
#[cfg(feature = "js-letters")]
input_lang!(crate::letters::LetterInput);
#[cfg(feature = "js-pdf")]
input_lang!(crate::pdf::PdfInput);

/// The language asked for by an input that could not be read: its `lang` property when it is
/// `"en"`, else French. Never throws (a throwing getter or Proxy gives French).
#[inline(never)]
pub fn peek_lang(value: &JsValue) -> Lang {
    if !value.is_object() {
        return Lang::Fr;
    }
    match js_sys::Reflect::get(value, &"lang".into()) {
        Ok(v) if v.as_string().as_deref() == Some("en") => Lang::En,
        _ => Lang::Fr,
    }
}

/// Deserializes a JS input object with the path-tracking JS deserializer (see `de.rs`).
/// (`relance/einvoice` alone does not use it: `readInvoice` takes a string or bytes.)
#[cfg_attr(
    not(any(
        feature = "js-core",
        feature = "js-dunning",
        feature = "js-letters",
        feature = "js-pdf"
    )),
    allow(dead_code)
)]
pub fn parse<T: DeserializeOwned>(value: JsValue) -> crate::Result<T> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::input_missing());
    }
    T::deserialize(super::de::JsDeserializer::new(value))
        .map_err(|e| Error::from_serde(&e.path(), e.message()))
}

/// Serializes a core result as a plain object (maps as objects, `None` fields omitted).
#[cfg_attr(not(feature = "js-core"), allow(dead_code))]
pub fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(|e| {
        let e = e.to_string();
        to_js(
            Error::new(
                ErrorKind::Internal,
                crate::messages::Text::of(&|l| crate::messages::input::output_failed(l, &e)),
            ),
            Lang::Fr,
        )
    })
}

/// The RelanceError for an input that could not be read, in the language it asked for.
/// (Not inlined: it is the cold path of every export.)
#[inline(never)]
pub fn unreadable(error: Error, value: &JsValue) -> JsValue {
    to_js(error, peek_lang(value))
}

/// A JS `Error` with `name = "RelanceError"`, `code`, `field` (or undefined) and the message
/// in `lang`.
#[inline(never)]
pub fn to_js(error: Error, lang: Lang) -> JsValue {
    let js = js_sys::Error::new(error.message_in(lang));
    js.set_name("RelanceError");
    let obj: &js_sys::Object = js.unchecked_ref();
    // Reflect::set only fails on frozen objects; a fresh Error is not one.
    let _ = js_sys::Reflect::set(obj, &"code".into(), &error.code().into());
    let field = error.field().map_or(JsValue::UNDEFINED, JsValue::from);
    let _ = js_sys::Reflect::set(obj, &"field".into(), &field);
    js.into()
}

/// Runs a core function on a deserialized input and returns its serialized result.
#[cfg_attr(
    not(any(feature = "js-core", feature = "js-dunning", feature = "js-letters")),
    allow(dead_code)
)]
pub fn call<I, O>(value: JsValue, f: impl FnOnce(I) -> crate::Result<O>) -> Result<JsValue, JsValue>
where
    I: DeserializeOwned + InputLang,
    O: Serialize,
{
    let parsed = parse::<I>(value.clone()).map_err(|e| unreadable(e, &value))?;
    let lang = parsed.lang();
    let result = f(parsed).map_err(|e| to_js(e, lang))?;
    output(&result)
}

/// The error as a plain `{ code, field?, message }` object, for batch slots.
#[cfg_attr(not(feature = "js-core"), allow(dead_code))]
pub fn error_object(error: &Error, lang: Lang) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"code".into(), &error.code().into());
    if let Some(field) = error.field() {
        let _ = js_sys::Reflect::set(&obj, &"field".into(), &field.into());
    }
    let _ = js_sys::Reflect::set(&obj, &"message".into(), &error.message_in(lang).into());
    obj.into()
}

/// Reads each element of a JS array of inputs and hands it, parsed or failed, to `f` with its
/// index; throws only when `values` is not an array (or reading it threw). `encode` turns the
/// whole array into one text whose records `decode` reads; a slot whose record does not decode
/// is read with the generic deserializer ([`parse`]), so results and errors are those of a
/// single call (see `fast.rs`).
#[cfg(feature = "js-core")]
pub fn each_input_encoded<I: DeserializeOwned>(
    values: JsValue,
    encode: impl FnOnce(&js_sys::Array) -> Option<String>,
    decode: impl Fn(&str) -> Option<I>,
    mut f: impl FnMut(usize, std::result::Result<I, (Error, Lang)>) -> Result<(), JsValue>,
) -> Result<(), JsValue> {
    let items = input_array(values)?;
    let encoded = encode(&items).unwrap_or_default();
    let mut records = super::fast::records(&encoded);
    for index in 0..items.length() {
        let parsed = decoded_or_parsed(records.next(), &decode, || items.get(index));
        f(index as usize, parsed)?;
    }
    Ok(())
}

/// One input read as [`each_input_encoded`] reads a slot (a batch of one): the same result or
/// error as [`parse`], with fewer crossings for a plain input.
#[cfg(feature = "js-core")]
pub fn parse_encoded<I: DeserializeOwned>(
    value: JsValue,
    encode: impl FnOnce(&JsValue) -> Option<String>,
    decode: impl Fn(&str) -> Option<I>,
) -> std::result::Result<I, (Error, Lang)> {
    let encoded = encode(&value).unwrap_or_default();
    let record = super::fast::records(&encoded).next();
    decoded_or_parsed(record, decode, || value)
}

/// The input a slot's record stands for, or, when there is none or it does not decode, the
/// slot's value read with the generic deserializer; a failure comes with the language the
/// slot asked for.
#[cfg(feature = "js-core")]
fn decoded_or_parsed<I: DeserializeOwned>(
    record: Option<&str>,
    decode: impl Fn(&str) -> Option<I>,
    value: impl FnOnce() -> JsValue,
) -> std::result::Result<I, (Error, Lang)> {
    match record.and_then(decode) {
        Some(input) => Ok(input),
        None => {
            let value = value();
            parse(value.clone()).map_err(|e| {
                let lang = peek_lang(&value);
                (e, lang)
            })
        }
    }
}

/// The inputs as a real array (`Array.from`), or the RelanceError to throw.
#[cfg(feature = "js-core")]
fn input_array(values: JsValue) -> Result<js_sys::Array, JsValue> {
    let threw = || {
        to_js(
            Error::new(
                ErrorKind::InvalidType,
                crate::messages::Text::of(&crate::messages::input::array_threw),
            ),
            Lang::Fr,
        )
    };
    match super::de::js_is_array(&values) {
        Ok(true) => {}
        Ok(false) => {
            return Err(to_js(
                Error::new(
                    ErrorKind::InvalidType,
                    crate::messages::Text::of(&crate::messages::input::array_expected),
                ),
                Lang::Fr,
            ))
        }
        Err(()) => return Err(threw()),
    }
    super::de::js_array_items(&values).map_err(|()| threw())
}

/// `{ error: { code, field?, message } }`, a failed batch slot.
#[cfg_attr(not(feature = "js-core"), allow(dead_code))]
pub fn error_slot(error: &Error, lang: Lang) -> JsValue {
    let wrapper = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&wrapper, &"error".into(), &error_object(error, lang));
    wrapper.into()
}
