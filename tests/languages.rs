//! The languages of `lang/`: each file complete, with the plural forms its
//! language has, and the words each entry fills in; and a publish in one
//! written in its language, digits and direction.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use dateline::text::{Digits, Strings, KEYS, NEW_STORIES, NEW_UPDATES};
use serde_json::Value;

fn files() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lang");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("lang/")
        .flatten()
        .map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = fs::read_to_string(entry.path()).expect("read");
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, value)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The `{name}`s an entry's text fills in.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| Some(rest[..rest.find('}')?].to_owned()))
        .collect()
}

#[test]
fn english_turkish_and_arabic_are_shipped() {
    let names: Vec<String> = files().into_iter().map(|(name, _)| name).collect();
    for shipped in ["ar.json", "en.json", "tr.json"] {
        assert!(names.iter().any(|n| n == shipped), "lang/{shipped}");
    }
}

#[test]
fn every_strings_file_is_complete() {
    let all = files();
    let english = &all
        .iter()
        .find(|(name, _)| name == "en.json")
        .expect("en")
        .1["strings"];
    for (name, file) in &all {
        let code = name.trim_end_matches(".json");
        assert_eq!(file["language"], code, "{name}: its language is its name");
        assert!(
            file["name"].as_str().is_some_and(|n| !n.is_empty()),
            "{name}: its own name"
        );
        assert!(
            matches!(file["dir"].as_str(), Some("ltr" | "rtl")),
            "{name}: dir"
        );
        let forms: Vec<&str> = file["plural_forms"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: plural_forms"))
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert!(
            forms.contains(&"other"),
            "{name}: every language has `other`"
        );
        let words = file["strings"]
            .as_object()
            .unwrap_or_else(|| panic!("{name}: strings"));
        let keys: BTreeSet<&str> = words.keys().map(String::as_str).collect();
        let wanted: BTreeSet<&str> = KEYS.iter().copied().collect();
        assert_eq!(keys, wanted, "{name}: exactly the app's keys");
        for (key, value) in words {
            let english_text = |form: &str| {
                english[key]
                    .as_str()
                    .or_else(|| english[key][form].as_str())
                    .or_else(|| english[key]["other"].as_str())
                    .unwrap_or_default()
                    .to_owned()
            };
            match value {
                Value::String(text) => {
                    assert!(!text.trim().is_empty(), "{name}: {key} is empty");
                    assert_eq!(
                        placeholders(text),
                        placeholders(&english_text("")),
                        "{name}: {key}'s placeholders"
                    );
                }
                Value::Object(by_form) => {
                    let given: BTreeSet<&str> = by_form.keys().map(String::as_str).collect();
                    let wanted: BTreeSet<&str> = forms.iter().copied().collect();
                    assert_eq!(
                        given, wanted,
                        "{name}: {key} has each plural form of the language"
                    );
                    for (form, text) in by_form {
                        let text = text
                            .as_str()
                            .unwrap_or_else(|| panic!("{name}: {key}.{form}"));
                        assert!(!text.trim().is_empty(), "{name}: {key}.{form}");
                        // A form may leave the number out ("one new story").
                        assert!(
                            placeholders(text).is_subset(&placeholders(&english_text(form))),
                            "{name}: {key}.{form}"
                        );
                    }
                }
                _ => panic!("{name}: {key} is neither text nor plural forms"),
            }
        }
        // The app reads it as the page carries it.
        let strings = Strings::parse(&file.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(strings.language, code);
        assert_eq!(strings.rtl, file["dir"] == "rtl");
    }
}

#[test]
fn plural_forms_are_the_languages_own() {
    // The categories `Intl.PluralRules` has for each (CLDR).
    let expected = [
        ("en.json", vec!["one", "other"]),
        ("tr.json", vec!["one", "other"]),
        (
            "ar.json",
            vec!["zero", "one", "two", "few", "many", "other"],
        ),
    ];
    for (name, file) in files() {
        let Some((_, forms)) = expected.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let given: BTreeSet<&str> = file["plural_forms"]
            .as_array()
            .expect("forms")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(given, forms.iter().copied().collect(), "{name}");
        for key in [NEW_STORIES, NEW_UPDATES] {
            assert!(file["strings"][key].is_object(), "{name}: {key} is counted");
        }
    }
}

#[test]
fn numbers_are_written_in_the_editions_digits() {
    assert_eq!(
        Digits::ArabicIndic.write("28.11.2026 16:59 EET"),
        "٢٨.١١.٢٠٢٦ ١٦:٥٩ EET"
    );
    assert_eq!(Digits::Persian.write("page 12"), "page ۱۲");
    assert_eq!(Digits::Latin.write("12"), "12");
    assert_eq!(Digits::from_name("arab"), Some(Digits::ArabicIndic));
    assert_eq!(Digits::from_name("roman"), None);
}

#[test]
fn words_fill_in_their_values_isolated_in_a_right_to_left_edition() {
    let english = Strings::english();
    assert_eq!(
        english.fill("list_page", &[("name", "World"), ("n", "2")]),
        "World, page 2"
    );
    // The host tells one from many (the browser asks `Intl`).
    assert_eq!(english.count(NEW_STORIES, 1), "1 new story");
    assert_eq!(english.count(NEW_STORIES, 3), "3 new stories");
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("lang/ar.json")).expect("ar");
    let mut arabic = Strings::parse(&text).expect("reads");
    assert!(arabic.rtl);
    arabic.digits = Digits::ArabicIndic;
    let title = dateline::text::list_title(&arabic, "World", 2);
    assert!(title.contains("\u{2068}World\u{2069}"), "{title}");
    assert!(title.contains('٢'), "{title}");
    // A key the page lacks shows as itself, never a panic.
    assert_eq!(Strings::default().get("retry"), "retry");
}
