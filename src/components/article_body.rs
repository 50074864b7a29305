//! The body of an article: its blocks, each rendered as text. Rich text
//! is spans of text, with emphasis and links from the data kept only when
//! their address is safe (`api::rich::safe_link`); a link to another site
//! says so, to the eye and to a screen reader.

use leptos::prelude::*;

use crate::api::rich::{safe_link, Href, Span, Text};
use crate::api::Block;
use crate::components::embed::{embed_block, video_block};
use crate::components::picture::{picture, Slot};
use crate::routes::link;
use crate::text::{t, ANOTHER_SITE, EMAIL};

/// `leads`: the article has no picture of its own, so its first picture
/// in the text is the one loaded first.
#[component]
pub fn ArticleBody(blocks: Vec<Block>, leads: bool) -> impl IntoView {
    let mut leading = leads;
    let blocks = blocks
        .into_iter()
        .map(|shown| {
            let slot = match (&shown, leading) {
                (Block::Image(_), true) => {
                    leading = false;
                    Slot::Article
                }
                (Block::Embed(embed), true) if embed.thumbnail.is_some() => {
                    leading = false;
                    Slot::FirstCard
                }
                _ => Slot::Body,
            };
            block(shown, slot)
        })
        .collect_view();
    view! { <div class="article__body">{blocks}</div> }
}

fn block(block: Block, slot: Slot) -> AnyView {
    match block {
        Block::Paragraph { text } => view! { <p>{rich(text)}</p> }.into_any(),
        Block::Heading { text } => view! { <h2>{text}</h2> }.into_any(),
        Block::Quote { text, attribution } => view! {
            <figure class="quote">
                <blockquote><p>{rich(text)}</p></blockquote>
                {attribution.map(|who| view! { <figcaption>{who}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { items } => view! {
            <ul>{items.into_iter().map(|item| view! { <li>{rich(item)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Image(image) => picture(image, slot),
        Block::Video(video) => video_block(video),
        Block::Embed(embed) => embed_block(embed, slot),
    }
}

/// A block's text: a plain string, or its spans in order.
pub fn rich(text: Text) -> AnyView {
    match text {
        Text::Plain(text) => text.into_any(),
        Text::Spans(spans) => spans.into_iter().map(span).collect_view().into_any(),
    }
}

fn span(span: Span) -> AnyView {
    let Span {
        text,
        em,
        strong,
        link: address,
    } = span;
    let mut shown = text.into_any();
    if em {
        shown = view! { <em>{shown}</em> }.into_any();
    }
    if strong {
        shown = view! { <strong>{shown}</strong> }.into_any();
    }
    let (url, says) = match address.as_deref().and_then(safe_link) {
        // The router takes a click on a link under the site's base path.
        Some(Href::Site(path)) => return view! { <a href=link(path)>{shown}</a> }.into_any(),
        Some(Href::External(url)) => (url, ANOTHER_SITE),
        Some(Href::Mail(url)) => (url, EMAIL),
        None => return shown,
    };
    view! {
        <a href=url.to_owned() rel="noopener" class="link--external">
            {shown}
            <span class="visually-hidden">" "{t(says)}</span>
        </a>
    }
    .into_any()
}
