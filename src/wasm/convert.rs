//! Conversions across the boundary: JS value → core input, core result → plain JS object,
//! core error → thrown `RelanceError`.

use crate::error::{Error, ErrorKind};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// Deserializes a JS input object with the path-tracking JS deserializer (see `de.rs`).
/// (`relance/einvoice` alone does not use it: `readInvoice` takes a string or bytes.)
#[cfg_attr(
    not(any(feature = "js-core", feature = "js-dunning", feature = "js-letters")),
    allow(dead_code)
)]
pub fn parse<T: DeserializeOwned>(value: JsValue) -> crate::Result<T> {
    if value.is_undefined() || value.is_null() {
        return Err(Error::new(
            ErrorKind::InvalidType,
            "expected an input object, got null or undefined",
        ));
    }
    T::deserialize(super::de::JsDeserializer::new(value))
        .map_err(|e| Error::from_serde(&e.path(), e.message()))
}

/// Serializes a core result as a plain object (maps as objects, `None` fields omitted).
#[cfg_attr(not(feature = "js-core"), allow(dead_code))]
pub fn output<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).map_err(|e| {
        to_js(Error::new(
            ErrorKind::Internal,
            format!("could not build the result object: {e}"),
        ))
    })
}

/// A JS `Error` with `name = "RelanceError"`, `code`, `field` (or undefined) and the message.
pub fn to_js(error: Error) -> JsValue {
    let js = js_sys::Error::new(error.message());
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
    I: DeserializeOwned,
    O: Serialize,
{
    let parsed = parse::<I>(value).map_err(to_js)?;
    let result = f(parsed).map_err(to_js)?;
    output(&result)
}

/// The error as a plain `{ code, field?, message }` object, for batch slots.
#[cfg_attr(not(feature = "js-core"), allow(dead_code))]
pub fn error_object(error: &Error) -> JsValue {
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"code".into(), &error.code().into());
    if let Some(field) = error.field() {
        let _ = js_sys::Reflect::set(&obj, &"field".into(), &field.into());
    }
    let _ = js_sys::Reflect::set(&obj, &"message".into(), &error.message().into());
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
    mut f: impl FnMut(usize, crate::Result<I>) -> Result<(), JsValue>,
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
    encode: impl FnOnce(&js_sys::Array) -> Option<String>,
    decode: impl Fn(&str) -> Option<I>,
) -> crate::Result<I> {
    let encoded = encode(&js_sys::Array::of1(&value)).unwrap_or_default();
    let record = super::fast::records(&encoded).next();
    decoded_or_parsed(record, decode, || value)
}

/// The input a slot's record stands for, or, when there is none or it does not decode, the
/// slot's value read with the generic deserializer.
#[cfg(feature = "js-core")]
fn decoded_or_parsed<I: DeserializeOwned>(
    record: Option<&str>,
    decode: impl Fn(&str) -> Option<I>,
    value: impl FnOnce() -> JsValue,
) -> crate::Result<I> {
    match record.and_then(decode) {
        Some(input) => Ok(input),
        None => parse(value()),
    }
}

/// The inputs as a real array (`Array.from`), or the RelanceError to throw.
#[cfg(feature = "js-core")]
fn input_array(values: JsValue) -> Result<js_sys::Array, JsValue> {
    let threw = || {
        to_js(Error::new(
            ErrorKind::InvalidType,
            "reading the array of inputs threw a JavaScript exception (getter, Proxy or iterator)",
        ))
    };
    match super::de::js_is_array(&values) {
        Ok(true) => {}
        Ok(false) => {
            return Err(to_js(Error::new(
                ErrorKind::InvalidType,
                "expected an array of input objects",
            )))
        }
        Err(()) => return Err(threw()),
    }
    super::de::js_array_items(&values).map_err(|()| threw())
}

/// `{ error: { code, field?, message } }`, a failed batch slot.
#[cfg_attr(not(feature = "js-core"), allow(dead_code))]
pub fn error_slot(error: &Error) -> JsValue {
    let wrapper = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&wrapper, &"error".into(), &error_object(error));
    wrapper.into()
}
