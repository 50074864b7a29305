//! An image from the feed, with its size reserved so nothing jumps.

use leptos::prelude::*;

use crate::api::{image_url, Image};
use crate::config::with_config;

/// The image, or nothing when its `src` is not one the contract allows.
#[component]
pub fn Picture(
    image: Image,
    #[prop(optional)] eager: bool,
    #[prop(optional)] captioned: bool,
) -> impl IntoView {
    let api_base = with_config(|config| config.api_base.clone());
    let caption = captioned
        .then_some(image.caption)
        .flatten()
        .map(|caption| view! { <figcaption>{caption}</figcaption> });
    image_url(&api_base, &image.src).map(|src| {
        view! {
            <figure class="picture">
                <img
                    src=src
                    alt=image.alt
                    width=image.width
                    height=image.height
                    loading=if eager { "eager" } else { "lazy" }
                    decoding="async"
                />
                {caption}
            </figure>
        }
    })
}
