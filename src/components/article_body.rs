//! The body of an article: its blocks, each rendered as text. Rich text
//! is spans of text, with emphasis and links from the data kept only when
//! their address is safe (`api::rich::safe_link`); a link to another site
//! says so, to the eye and to a screen reader.

use leptos::prelude::*;

use crate::api::rich::{safe_link, Href, Span, Text};
use crate::api::Block;
use crate::components::picture::Picture;
use crate::routes::link;
use crate::text::{ANOTHER_SITE, EMAIL};

#[component]
pub fn ArticleBody(blocks: Vec<Block>) -> impl IntoView {
    view! {
        <div class="article__body">
            {blocks.into_iter().map(block).collect_view()}
        </div>
    }
}

fn block(block: Block) -> AnyView {
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
        Block::Image(image) => view! { <Picture image captioned=true/> }.into_any(),
        Block::Unknown => ().into_any(),
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
            <span class="visually-hidden">{says}</span>
        </a>
    }
    .into_any()
}
