//! A serde `Deserializer` over a JS value.
//!
//! Why not serde-wasm-bindgen's: its struct deserializer looks up only the declared field
//! names, so `deny_unknown_fields` never sees a misspelt key (`amout`) and a typo would
//! silently change a result. This one walks the object's own enumerable entries, so unknown
//! fields are reported with their path, and its messages are serde's plain wording, which
//! `Error::from_serde` classifies into stable codes.
//!
//! It also records the path of the failing field (`payments[1].amount`) itself, as the error
//! propagates out of each array slot and object entry: wrapping every visitor with
//! serde_path_to_error (what the native `error::deserialize` does) costs 55 KB of wasm.

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

// The JS operations that can run caller code (getters, Proxy traps, iterators) and so throw.
// Imported with `catch` so that an exception comes back as an `Err` in the JS shim: a JS
// exception unwinding through wasm frames skips their epilogues, so each one leaked the
// frames' shadow-stack space, and after about a thousand of them every call failed with
// "memory access out of bounds" (found by tests/fuzz/wasm.mjs).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(value: &JsValue) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_from(value: &JsValue) -> Result<js_sys::Array, JsValue>;
    // Throws on a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    // JS `String(n)` of a number: the shortest decimal digits that read back as `n`.
    #[wasm_bindgen(js_name = String)]
    fn js_number_string(n: f64) -> String;
}

/// The shortest decimal form of a finite number, exactly as Rust's `format!("{n}")` writes it
/// (`0.1` → `"0.1"`, `1e21` → `"1000000000000000000000"`, `1e-7` → `"0.0000001"`).
///
/// Why JS: Rust's float formatting (`core::num::flt2dec`, Grisu and Dragon) weighs about 13 KB
/// of wasm, and JS `String(n)` picks the same shortest digits; `money::plain_from_js_number`
/// writes its exponent forms out and settles the rare exact ties the way Rust does.
pub(crate) fn shortest_decimal(n: f64) -> String {
    crate::money::plain_from_js_number(n, &js_number_string(n))
}

/// What the caller is told when reading its value ran JS code that threw.
const THREW: &str =
    "a value whose reading threw a JavaScript exception (getter, Proxy or iterator)";

/// `Array.isArray`, with a throwing (revoked Proxy) value read as `Err`.
pub(crate) fn js_is_array(value: &JsValue) -> Result<bool, ()> {
    is_array(value).map_err(|_| ())
}

/// `Array.from`, with an exception from the value's getters or iterator read as `Err`.
pub(crate) fn js_array_items(value: &JsValue) -> Result<js_sys::Array, ()> {
    array_from(value).map_err(|_| ())
}

/// Largest integer a JS number holds exactly (2^53 − 1, `Number.MAX_SAFE_INTEGER`).
pub(crate) const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;

/// A deserialization failure: serde's message and the path to the failing value.
#[derive(Debug)]
pub struct DeError {
    message: String,
    /// Innermost segment first (pushed while the error travels outwards).
    segments: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

impl DeError {
    fn within(mut self, segment: Segment) -> Self {
        self.segments.push(segment);
        self
    }

    /// `payments[1].amount`, the same notation as serde_path_to_error; empty at the root.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for segment in self.segments.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError {
            message: msg.to_string(),
            segments: Vec::new(),
        }
    }

    // serde's own wording, with `unexpected_text` in place of `Unexpected`'s Display, whose
    // float arm would link Rust's float formatting (see `shortest_decimal`).
    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Self::custom(format_args!(
            "invalid type: {}, expected {}",
            unexpected_text(unexp),
            exp
        ))
    }

    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Self::custom(format_args!(
            "invalid value: {}, expected {}",
            unexpected_text(unexp),
            exp
        ))
    }
}

/// `Unexpected`'s Display text (serde_core 1.0), a float written as serde writes it: its
/// shortest decimal form, with `.0` when that has no decimal point (`1e21` → `1000…000.0`).
fn unexpected_text(unexp: de::Unexpected) -> String {
    use de::Unexpected as U;
    match unexp {
        U::Bool(b) => format!("boolean `{b}`"),
        U::Unsigned(i) => format!("integer `{i}`"),
        U::Signed(i) => format!("integer `{i}`"),
        U::Float(f) => {
            let mut text = if f.is_nan() {
                "NaN".to_owned()
            } else if f.is_infinite() {
                if f > 0.0 { "inf" } else { "-inf" }.to_owned()
            } else {
                let mut text = shortest_decimal(f);
                if !text.contains('.') {
                    text.push_str(".0");
                }
                text
            };
            text.insert_str(0, "floating point `");
            text.push('`');
            text
        }
        U::Char(c) => format!("character `{c}`"),
        U::Str(s) => format!("string {s:?}"),
        U::Bytes(_) => "byte array".to_owned(),
        U::Unit => "unit value".to_owned(),
        U::Option => "Option value".to_owned(),
        U::NewtypeStruct => "newtype struct".to_owned(),
        U::Seq => "sequence".to_owned(),
        U::Map => "map".to_owned(),
        U::Enum => "enum".to_owned(),
        U::UnitVariant => "unit variant".to_owned(),
        U::NewtypeVariant => "newtype variant".to_owned(),
        U::TupleVariant => "tuple variant".to_owned(),
        U::StructVariant => "struct variant".to_owned(),
        U::Other(other) => other.to_owned(),
    }
}

/// Deepest nesting of arrays and objects accepted (serde_json allows 128): recursion past it
/// would exhaust the wasm stack and leave the instance unusable.
const MAX_DEPTH: u32 = 64;

pub struct JsDeserializer {
    value: JsValue,
    depth: u32,
}

impl JsDeserializer {
    pub fn new(value: JsValue) -> Self {
        JsDeserializer { value, depth: 0 }
    }

    fn child(value: JsValue, depth: u32) -> Self {
        JsDeserializer { value, depth }
    }
}

impl<'de> de::Deserializer<'de> for JsDeserializer {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visit(classify(self.value, self.depth), visitor)
    }

    /// Only relance's decimal inputs (`Amount`, `Rate` in money.rs) ask for an f64, and they
    /// read a number through its shortest decimal form: a finite fractional number is visited
    /// as that string (`shortest_decimal`), so the wasm needs no float formatting code; any
    /// other value is visited as by `deserialize_any`.
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match classify(self.value, self.depth) {
            Value::Float(n) if n.is_finite() => visitor.visit_string(shortest_decimal(n)),
            other => visit(other, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.value.is_null() || self.value.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        // relance's enums are plain strings ("fr-b2b"); anything else is a type error.
        match classify(self.value, self.depth) {
            Value::Str(s) => visitor.visit_enum(s.into_deserializer()),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    // The shape-specific entry points below call only the one visit method that shape needs.
    // Going through `deserialize_any` instead would compile every visit method of every
    // visitor, e.g. serde's array form of each struct, which a JS object never uses.

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match classify(self.value, self.depth) {
            Value::Map(map) => visitor.visit_map(map),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match classify(self.value, self.depth) {
            Value::Seq(seq) => visitor.visit_seq(seq),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match classify(self.value, self.depth) {
            Value::Str(s) => visitor.visit_string(s),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match classify(self.value, self.depth) {
            Value::Bool(b) => visitor.visit_bool(b),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        // Whole numbers only: the integer visitors check the range themselves.
        match classify(self.value, self.depth) {
            Value::Unsigned(n) => visitor.visit_u64(n),
            Value::Signed(n) => visitor.visit_i64(n),
            other => Err(mismatch(&other, &visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i128 u8 u16 u128 f32 char
        bytes byte_buf unit unit_struct tuple tuple_struct
    }
}

/// Hands `value` to the visit method of its shape. Kept to a small dispatch: it is
/// instantiated once per Rust type read from JS, so the inspection of the JS value lives in
/// the non-generic `classify`.
fn visit<'de, V: Visitor<'de>>(value: Value, visitor: V) -> Result<V::Value, DeError> {
    match value {
        Value::Unit => visitor.visit_unit(),
        Value::Str(s) => visitor.visit_string(s),
        Value::Bool(b) => visitor.visit_bool(b),
        Value::Unsigned(n) => visitor.visit_u64(n),
        Value::Signed(n) => visitor.visit_i64(n),
        Value::Float(n) => visitor.visit_f64(n),
        Value::Seq(seq) => visitor.visit_seq(seq),
        Value::Map(map) => visitor.visit_map(map),
        Value::Other(what) => Err(de::Error::invalid_type(
            de::Unexpected::Other(what),
            &visitor,
        )),
    }
}

/// serde's "invalid type: …, expected …" error for a value of the wrong shape.
fn mismatch(value: &Value, expected: &dyn de::Expected) -> DeError {
    let unexpected = match value {
        Value::Unit => de::Unexpected::Unit,
        Value::Str(s) => de::Unexpected::Str(s),
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Unsigned(n) => de::Unexpected::Unsigned(*n),
        Value::Signed(n) => de::Unexpected::Signed(*n),
        Value::Float(n) => de::Unexpected::Float(*n),
        Value::Seq(_) => de::Unexpected::Seq,
        Value::Map(_) => de::Unexpected::Map,
        Value::Other(what) => de::Unexpected::Other(what),
    };
    de::Error::invalid_type(unexpected, expected)
}

/// A JS value sorted into the shapes serde visits.
enum Value {
    Unit,
    Str(String),
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Seq(Seq),
    Map(Map),
    Other(&'static str),
}

#[inline(never)]
fn classify(v: JsValue, depth: u32) -> Value {
    if v.is_null() || v.is_undefined() {
        return Value::Unit;
    }
    if let Some(s) = v.as_string() {
        return Value::Str(s);
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    if let Some(n) = v.as_f64() {
        // Whole numbers go through the integer visitors so `days: 8` fits a u32.
        if n.is_finite() && n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER as f64 {
            return if n < 0.0 {
                Value::Signed(n as i64)
            } else {
                Value::Unsigned(n as u64)
            };
        }
        return Value::Float(n);
    }
    if depth >= MAX_DEPTH && v.is_object() {
        return Value::Other("a value nested more than 64 levels deep");
    }
    let Ok(array) = js_is_array(&v) else {
        return Value::Other(THREW);
    };
    if array {
        let Ok(items) = js_array_items(&v) else {
            return Value::Other(THREW);
        };
        let items: Vec<JsValue> = items.iter().collect();
        return Value::Seq(Seq {
            items: items.into_iter(),
            index: 0,
            depth: depth + 1,
        });
    }
    if v.is_function() {
        return Value::Other("a function");
    }
    if v.is_object() {
        let Ok(entries) = object_entries(&v) else {
            return Value::Other(THREW);
        };
        let entries: Vec<(String, JsValue)> = entries
            .iter()
            .filter_map(|pair| {
                let pair: js_sys::Array = pair.unchecked_into();
                let value = pair.get(1);
                // `{ payments: undefined }` means "not given" in JS (JSON.stringify drops it):
                // a required field is then missing, an optional one takes its default.
                if value.is_undefined() {
                    return None;
                }
                Some((pair.get(0).as_string()?, value))
            })
            .collect();
        return Value::Map(Map {
            entries: entries.into_iter(),
            current: None,
            depth: depth + 1,
        });
    }
    if v.is_symbol() {
        Value::Other("a symbol")
    } else if v.is_bigint() {
        Value::Other("a bigint")
    } else {
        Value::Other("an unsupported JS value")
    }
}

struct Seq {
    items: std::vec::IntoIter<JsValue>,
    index: usize,
    depth: u32,
}

impl<'de> SeqAccess<'de> for Seq {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(value) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(JsDeserializer::child(value, self.depth))
            .map(Some)
            .map_err(|e| e.within(Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Map {
    entries: std::vec::IntoIter<(String, JsValue)>,
    /// The entry whose key was read and whose value comes next.
    current: Option<(String, JsValue)>,
    depth: u32,
}

impl<'de> MapAccess<'de> for Map {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let result = seed.deserialize(key.as_str().into_deserializer());
        // An unknown key's path names the key itself, as serde_path_to_error does.
        let result = result.map_err(|e: DeError| e.within(Segment::Key(key.clone())));
        self.current = Some((key, value));
        result.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let (key, value) = self
            .current
            .take()
            .unwrap_or_else(|| (String::new(), JsValue::UNDEFINED));
        seed.deserialize(JsDeserializer::child(value, self.depth))
            .map_err(|e| e.within(Segment::Key(key)))
    }
}
