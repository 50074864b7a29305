//! The browser's own `Intl`: plural forms and relative times in any
//! language, with its local words, at no cost in the download. Each
//! formatter is made once per page (the locale never changes) and kept.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl)]
    type PluralRules;
    /// Throws on a locale it cannot read: caught, so a bad one costs
    /// only the words' forms.
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str) -> Result<PluralRules, JsValue>;
    #[wasm_bindgen(method)]
    fn select(this: &PluralRules, number: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl)]
    type RelativeTimeFormat;
    #[wasm_bindgen(constructor, js_namespace = Intl, catch)]
    fn new(locale: &str, options: &JsValue) -> Result<RelativeTimeFormat, JsValue>;
    #[wasm_bindgen(method)]
    fn format(this: &RelativeTimeFormat, value: f64, unit: &str) -> String;
}

thread_local! {
    static PLURALS: RefCell<Option<PluralRules>> = const { RefCell::new(None) };
    static RELATIVE: RefCell<Option<RelativeTimeFormat>> = const { RefCell::new(None) };
}

/// The plural form (`one`, `few`, `other`…) of `count` in `locale`.
pub fn plural(locale: &str, count: f64) -> String {
    PLURALS.with_borrow_mut(|rules| {
        if rules.is_none() {
            *rules = PluralRules::new(locale).ok();
        }
        rules
            .as_ref()
            .map_or_else(|| "other".to_owned(), |rules| rules.select(count))
    })
}

/// `value` of `unit` (`minute`, `hour`, `day`) from now, in words:
/// `-45, "minute"` is "45 minutes ago", `-1, "day"` "yesterday" (the
/// formatter's `numeric: "auto"`). None if the browser cannot say it.
pub fn relative(locale: &str, value: f64, unit: &str) -> Option<String> {
    RELATIVE.with_borrow_mut(|format| {
        if format.is_none() {
            let options = js_sys::Object::new();
            js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into()).ok()?;
            *format = RelativeTimeFormat::new(locale, &options).ok();
        }
        Some(format.as_ref()?.format(value, unit))
    })
}
