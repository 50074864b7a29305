//! Reading the contract's JSON: a file is parsed once into a generic value,
//! and each type reads itself from that value ([`FromJson`]) with the few
//! helpers here, which carry the contract's tolerance rules (contract.md,
//! "Bad data"). serde's derived readers would do the same with a reader of
//! their own for every type and field rule, which cost the browser build
//! kilobytes of code; these share one parser.

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value};

/// What a value of the contract's is read from; `Err` says why it is not
/// one (for the console and the publish report).
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Result<Self, String>;
}

/// Why a file or a value could not be read, in words for the console and
/// the publish report. The browser's release build keeps no words: it
/// tells readers only that the news could not be read, and the parsers'
/// messages would cost the download a kilobyte.
pub fn why(error: impl std::fmt::Display) -> String {
    if cfg!(all(target_arch = "wasm32", not(debug_assertions))) {
        String::new()
    } else {
        error.to_string()
    }
}

/// Parses `text` and reads it as `T`.
pub fn read<T: FromJson>(text: &str) -> Result<T, String> {
    let value: Value = serde_json::from_str(text).map_err(why)?;
    T::from_json(&value)
}

/// A JSON object of the contract's, read field by field.
#[derive(Clone, Copy)]
pub struct Obj<'a>(&'a Map<String, Value>);

impl<'a> Obj<'a> {
    pub fn of(value: &'a Value) -> Result<Self, String> {
        value
            .as_object()
            .map(Obj)
            .ok_or_else(|| "not an object".to_owned())
    }

    /// A field that is there and not `null` (the contract makes the two
    /// the same).
    pub fn get(self, key: &str) -> Option<&'a Value> {
        self.0.get(key).filter(|value| !value.is_null())
    }

    /// A field the type cannot do without.
    pub fn need<T: FromJson>(self, key: &str) -> Result<T, String> {
        let value = self.get(key).ok_or_else(|| format!("`{key}` is missing"))?;
        T::from_json(value).map_err(|why| format!("`{key}`: {why}"))
    }

    /// An optional field: one that cannot be read counts as missing.
    pub fn opt<T: FromJson>(self, key: &str) -> Option<T> {
        T::from_json(self.get(key)?).ok()
    }

    /// A list field whose items are read one by one; the broken ones cost
    /// only themselves. None when it is not a list.
    pub fn list<T: FromJson>(self, key: &str) -> Option<Vec<T>> {
        let items = self.get(key)?.as_array()?;
        Some(
            items
                .iter()
                .filter_map(|item| T::from_json(item).ok())
                .collect(),
        )
    }

    /// An optional list: one of the wrong shape counts as empty.
    pub fn items<T: FromJson>(self, key: &str) -> Vec<T> {
        self.list(key).unwrap_or_default()
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, String> {
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| "not a string".to_owned())
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value) -> Result<Self, String> {
        value
            .as_u64()
            .and_then(|number| u32::try_from(number).ok())
            .ok_or_else(|| "not a whole number".to_owned())
    }
}

/// A time as the contract writes it: RFC 3339, with its offset. (chrono's
/// own readers also take looser spellings, with a general parser that the
/// browser build would carry for nothing.)
impl FromJson for DateTime<FixedOffset> {
    fn from_json(value: &Value) -> Result<Self, String> {
        let text = value.as_str().ok_or("not a time")?;
        DateTime::parse_from_rfc3339(text).map_err(why)
    }
}
