//! An image from the feed, in every size it comes in: the browser picks
//! the file for the slot's width on the reader's screen (`srcset` and
//! `sizes`, and `<source type>` for other formats), with its size reserved
//! so nothing jumps.

use leptos::prelude::*;

use crate::api::{image_url, Image};
use crate::config::with_config;

/// Where a picture sits in the layout, which says how wide it is shown
/// (the stylesheets' columns, `style/layout.css`) and how soon it is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The front page's lead story: two thirds of the main column.
    Lead,
    /// A story card: half the main column from 40rem.
    Card,
    /// The first card of a list, or an article's first picture when it is
    /// a card's (an embed's): on screen at once, so loaded first.
    FirstCard,
    /// An article's own picture, the first thing it shows: the text's
    /// measure, loaded first.
    Article,
    /// A picture inside an article's text: the same measure, lazily.
    Body,
}

impl Slot {
    /// The `sizes` for the slot's width at each step of the layout: the
    /// page is at most 72rem wide with 1rem of padding each side, Latest
    /// News takes 20rem (and a 2.5rem gap) from 60rem, a story grid has two
    /// columns from 40rem with a 1.5rem gap, the lead story two thirds of
    /// its row, and an article's text is at most 40rem wide.
    pub fn sizes(self) -> &'static str {
        match self {
            Slot::Lead => "(min-width: 72rem) 31rem, (min-width: 60rem) calc(67vw - 17rem), (min-width: 40rem) calc(67vw - 2rem), calc(100vw - 2rem)",
            Slot::Card | Slot::FirstCard => "(min-width: 72rem) 23rem, (min-width: 60rem) calc(50vw - 13rem), (min-width: 40rem) calc(50vw - 1.75rem), calc(100vw - 2rem)",
            Slot::Article | Slot::Body => "(min-width: 42rem) 40rem, calc(100vw - 2rem)",
        }
    }

    /// Whether the picture is among the first things on screen.
    fn eager(self) -> bool {
        matches!(self, Slot::Lead | Slot::Article | Slot::FirstCard)
    }
}

/// An image's files, as the browser is told them: the `srcset` of its own
/// type, and one `srcset` per other type, in the order the data gives them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sources {
    pub src: String,
    pub srcset: Option<String>,
    /// `(type, srcset)`, to be offered before the image's own type.
    pub typed: Vec<(String, String)>,
}

/// The files of an image whose `src` is one the contract allows; a
/// rendition whose `src` is not (or that a `srcset` cannot carry: a comma
/// or white space in it) is left out.
pub fn sources(api_base: &str, image: &Image) -> Option<Sources> {
    let src = image_url(api_base, &image.src)?;
    let mut own = Vec::new();
    let mut typed: Vec<(String, String)> = Vec::new();
    for rendition in &image.renditions {
        let Some(url) = image_url(api_base, &rendition.src)
            .filter(|url| !url.contains(|c: char| c == ',' || c.is_whitespace()))
        else {
            continue;
        };
        let candidate = format!("{url} {}w", rendition.width);
        match &rendition.kind {
            None => own.push(candidate),
            Some(kind) => match typed.iter_mut().find(|(known, _)| known == kind) {
                Some((_, set)) => {
                    set.push_str(", ");
                    set.push_str(&candidate);
                }
                None => typed.push((kind.clone(), candidate)),
            },
        }
    }
    Some(Sources {
        src,
        srcset: (!own.is_empty()).then(|| own.join(", ")),
        typed,
    })
}

/// The image, or nothing when its `src` is not one the contract allows.
/// Captions and credits are shown in an article's own slots.
pub fn picture(image: Image, slot: Slot) -> AnyView {
    let files = with_config(|config| sources(&config.api_base, &image));
    let captioned = matches!(slot, Slot::Article | Slot::Body);
    let caption = (captioned && (image.caption.is_some() || image.credit.is_some())).then(|| {
        let credit = image
            .credit
            .map(|credit| view! { " " <span class="picture__credit">{credit}</span> });
        view! { <figcaption>{image.caption}{credit}</figcaption> }
    });
    let sizes = slot.sizes();
    files
        .map(|files| {
            let others = files
                .typed
                .into_iter()
                .map(|(kind, srcset)| view! { <source type=kind srcset=srcset sizes=sizes/> })
                .collect_view();
            view! {
                <figure class="picture">
                    <picture>
                        {others}
                        <img
                            src=files.src
                            srcset=files.srcset.clone()
                            sizes=files.srcset.is_some().then_some(sizes)
                            alt=image.alt
                            width=image.width
                            height=image.height
                            loading=if slot.eager() { "eager" } else { "lazy" }
                            fetchpriority=slot.eager().then_some("high")
                            decoding="async"
                        />
                    </picture>
                    {caption}
                </figure>
            }
        })
        .into_any()
}
