//! Text that is not valid Unicode, repaired before parsing. JavaScript's
//! `JSON.stringify` writes a string cut between the two halves of an emoji
//! as an unpaired surrogate escape (`"\ud83d"`), which no Rust string can
//! hold, so serde refuses the item. Each unpaired surrogate escape becomes
//! `\ufffd`, the replacement character, and the rest of the text stays.

use std::borrow::Cow;

const REPLACEMENT: &str = "\\ufffd";

/// `json` with every unpaired surrogate escape replaced; borrowed when there
/// is none.
pub fn repair_surrogates(json: &str) -> Cow<'_, str> {
    let bytes = json.as_bytes();
    let mut repaired = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(unit) = escaped_unit(bytes, i) else {
            // Any other escape, `\\` included: skip the escaped character.
            i += 2;
            continue;
        };
        let high = (0xD800..0xDC00).contains(&unit);
        let paired =
            high && escaped_unit(bytes, i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            i += 12;
        } else if high || (0xDC00..0xE000).contains(&unit) {
            repaired.push_str(&json[copied..i]);
            repaired.push_str(REPLACEMENT);
            i += 6;
            copied = i;
        } else {
            i += 6;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(json);
    }
    repaired.push_str(&json[copied..]);
    Cow::Owned(repaired)
}

/// The code unit of a `\uXXXX` escape starting at `at`, if there is one.
fn escaped_unit(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 6)?.strip_prefix(b"\\u")?;
    let text = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(text, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unpaired_surrogates_are_replaced() {
        assert_eq!(repair_surrogates(r#"{"a":"plain"}"#), r#"{"a":"plain"}"#);
        assert!(matches!(
            repair_surrogates(r#""\ud83d\ude00 \u00e9""#),
            Cow::Borrowed(_)
        ));
        assert_eq!(repair_surrogates(r#""x\ud83d""#), r#""x\ufffd""#);
        assert_eq!(
            repair_surrogates(r#""\ude00\ud83d\ude00""#),
            r#""\ufffd\ud83d\ude00""#
        );
        assert_eq!(
            repair_surrogates(r#""\ud83d\ud83d\ude00""#),
            r#""\ufffd\ud83d\ude00""#
        );
        assert_eq!(repair_surrogates(r#""\ud83d\n""#), r#""\ufffd\n""#);
        // An escaped backslash before "ud83d" is text, not an escape.
        assert_eq!(repair_surrogates(r#""\\ud83d""#), r#""\\ud83d""#);
        assert_eq!(repair_surrogates(r#""\\\ud83d""#), r#""\\\ufffd""#);
        assert_eq!(
            repair_surrogates(r#""cut at the end \"#),
            r#""cut at the end \"#
        );
    }
}
