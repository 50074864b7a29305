//! The newsroom's own look: its accent colour and its logo, written by the
//! publish step into one small stylesheet (`site.css`, linked from every
//! page after the app's own) and, for the logo, the file beside it. The
//! app's code knows nothing of them: the header draws the logo before the
//! site's name, which stays its text, with the logo's size reserved so
//! nothing moves when it arrives.

use std::fs;
use std::path::Path;

/// The stylesheet the look is written into, at the site's root.
pub const STYLESHEET: &str = "site.css";

/// The height the header gives the logo, in CSS pixels; its width follows.
pub const LOGO_HEIGHT: u32 = 40;
/// The widest it may be drawn.
const LOGO_MAX_WIDTH: u32 = 240;

/// The page backgrounds of the light and dark schemes (style/tokens.css).
const LIGHT_BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
const DARK_BACKGROUND: Rgb = Rgb(0x12, 0x12, 0x12);
/// What text needs against its background (WCAG 2, AA for body text);
/// the accent is text on the page, and the page's colour is text on it.
const CONTRAST: f64 = 4.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, width: usize| u8::from_str_radix(&hex[i..i + width], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17)),
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2).
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour moved `amount` (0 to 1) of the way to `to`.
    fn toward(self, to: Rgb, amount: f64) -> Rgb {
        let mix =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(mix(self.0, to.0), mix(self.1, to.1), mix(self.2, to.2))
    }

    /// The nearest colour toward `to` (black or white) that reads against
    /// `background`: the colour itself when it already does.
    fn readable_on(self, background: Rgb, to: Rgb) -> Rgb {
        (0..=100)
            .map(|step| self.toward(to, f64::from(step) / 100.0))
            .find(|colour| colour.contrast(background) >= CONTRAST)
            .unwrap_or(to)
    }
}

/// The accent as each colour scheme shows it: the newsroom's colour, made
/// darker on the light page or lighter on the dark one where it would not
/// read there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    pub given: Rgb,
    pub light: Rgb,
    pub dark: Rgb,
}

impl Accent {
    pub fn new(given: Rgb) -> Accent {
        Accent {
            given,
            light: given.readable_on(LIGHT_BACKGROUND, Rgb(0, 0, 0)),
            dark: given.readable_on(DARK_BACKGROUND, Rgb(0xff, 0xff, 0xff)),
        }
    }
}

/// The logo as the header draws it: its file (copied beside the pages as
/// `site-logo.{ext}`), the size it is drawn at, and its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Logo {
    pub source: std::path::PathBuf,
    pub file: String,
    /// Its address beside the pages, named by its content (`?v=`), so a
    /// new logo under the same name is never read from a cache.
    pub href: String,
    pub width: u32,
    pub height: u32,
    /// A PNG's own width and height in pixels; none for a drawing (SVG).
    pub pixels: Option<(u32, u32)>,
}

/// A short name for `bytes`' content (FNV-1a), for `?v=` in an address.
pub fn version(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{:08x}", hash as u32)
}

impl Logo {
    /// The logo in `path` (an SVG or PNG, whose own size gives its shape).
    pub fn read(path: &Path) -> Result<Logo, String> {
        let named = path.display();
        let bytes = fs::read(path).map_err(|error| format!("the logo {named}: {error}"))?;
        let (ext, (width, height)) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            (
                "png",
                png_size(&bytes)
                    .ok_or_else(|| format!("the logo {named} is not a PNG that can be read"))?,
            )
        } else {
            let text = String::from_utf8_lossy(&bytes);
            let size = text
                .contains("<svg")
                .then(|| svg_size(&text))
                .flatten()
                .ok_or_else(|| {
                    format!("the logo {named} must be an SVG (with a viewBox or a width and height) or a PNG")
                })?;
            ("svg", size)
        };
        if width <= 0.0 || height <= 0.0 {
            return Err(format!("the logo {named} has no size"));
        }
        let drawn = (f64::from(LOGO_HEIGHT) * width / height).round() as u32;
        let file = format!("site-logo.{ext}");
        Ok(Logo {
            source: path.to_owned(),
            href: format!("{file}?v={}", version(&bytes)),
            file,
            width: drawn.clamp(1, LOGO_MAX_WIDTH),
            height: LOGO_HEIGHT,
            pixels: (ext == "png").then_some((width as u32, height as u32)),
        })
    }
}

/// A PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> Option<(f64, f64)> {
    let number = |at: usize| {
        Some(f64::from(u32::from_be_bytes(
            bytes.get(at..at + 4)?.try_into().ok()?,
        )))
    };
    (bytes.get(12..16)? == b"IHDR").then_some(())?;
    Some((number(16)?, number(20)?))
}

/// An SVG's shape: its `viewBox`, or its `width` and `height`.
fn svg_size(text: &str) -> Option<(f64, f64)> {
    let tag = &text[text.find("<svg")?..];
    let tag = &tag[..tag.find('>')?];
    let attribute = |name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    };
    if let Some(view) = attribute("viewBox") {
        let numbers: Vec<f64> = view
            .split([' ', ','])
            .filter(|part| !part.is_empty())
            .filter_map(|part| part.parse().ok())
            .collect();
        if let [_, _, width, height] = numbers[..] {
            return Some((width, height));
        }
    }
    let number = |name: &str| attribute(name)?.trim_end_matches("px").parse::<f64>().ok();
    Some((number("width")?, number("height")?))
}

/// `site.css`: the accent for each scheme, and the logo before the name.
pub fn stylesheet(accent: Option<&Accent>, logo: Option<&Logo>) -> String {
    let mut css = String::from("/* The newsroom's own look, written by the publish step. */\n");
    if let Some(accent) = accent {
        css.push_str(&format!(
            ":root {{ --accent: {}; }}\n@media (prefers-color-scheme: dark) {{ :root {{ --accent: {}; }} }}\n",
            accent.light.hex(),
            accent.dark.hex()
        ));
    }
    if let Some(logo) = logo {
        css.push_str(&format!(
            ".brand::before {{ content: \"\"; flex: none; align-self: center; inline-size: {}px; block-size: {}px; \
             background: url(\"{}\") center / contain no-repeat; }}\n",
            logo.width, logo.height, logo.href
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_and_kept_readable_in_both_schemes() {
        assert_eq!(Rgb::parse("#0b6e4f"), Some(Rgb(0x0b, 0x6e, 0x4f)));
        assert_eq!(Rgb::parse("#fc0"), Some(Rgb(0xff, 0xcc, 0x00)));
        for bad in ["red", "#12345", "#ggg", "0b6e4f", "", "#1234567"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        // A dark green reads on white as it is; on the dark page it is
        // lightened until it reads.
        let green = Accent::new(Rgb::parse("#0b6e4f").expect("colour"));
        assert_eq!(green.light, green.given);
        assert!(green.dark.contrast(DARK_BACKGROUND) >= CONTRAST);
        assert!(green.given.contrast(DARK_BACKGROUND) < CONTRAST);
        // A yellow is darkened for the light page.
        let yellow = Accent::new(Rgb::parse("#ffcc00").expect("colour"));
        assert_ne!(yellow.light, yellow.given);
        assert!(yellow.light.contrast(LIGHT_BACKGROUND) >= CONTRAST);
        assert_eq!(yellow.dark, yellow.given);
    }

    #[test]
    fn a_logo_is_drawn_at_the_headers_height_in_its_own_shape() {
        let dir = std::env::temp_dir().join(format!("dateline-logo-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("dir");
        let svg = dir.join("logo.svg");
        fs::write(&svg, r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100"/></svg>"#).expect("write");
        let logo = Logo::read(&svg).expect("reads");
        assert_eq!(
            (logo.width, logo.height, logo.file.as_str()),
            (120, 40, "site-logo.svg")
        );
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(80u32.to_be_bytes());
        png.extend(80u32.to_be_bytes());
        let square = dir.join("logo.png");
        fs::write(&square, &png).expect("write");
        let raster = Logo::read(&square).expect("reads");
        assert_eq!((raster.width, raster.pixels), (40, Some((80, 80))));
        assert_eq!(logo.pixels, None);
        // Named by its content: another logo under the same name is
        // another address.
        fs::write(&svg, r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><circle r="50"/></svg>"#).expect("write");
        let redrawn = Logo::read(&svg).expect("reads");
        assert!(logo.href.starts_with("site-logo.svg?v=") && redrawn.href != logo.href);
        let text = dir.join("logo.txt");
        fs::write(&text, "not a picture").expect("write");
        assert!(Logo::read(&text)
            .expect_err("refused")
            .contains("must be an SVG"));
        assert!(Logo::read(&dir.join("gone.svg")).is_err());
        let css = stylesheet(None, Some(&logo));
        assert!(
            css.contains("inline-size: 120px; block-size: 40px")
                && css.contains(&format!("url(\"{}\")", logo.href))
        );
    }
}
