//! The body of an article: its blocks, each rendered as text.

use leptos::prelude::*;

use crate::api::Block;
use crate::components::picture::Picture;

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
        Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
        Block::Heading { text } => view! { <h2>{text}</h2> }.into_any(),
        Block::Quote { text, attribution } => view! {
            <figure class="quote">
                <blockquote><p>{text}</p></blockquote>
                {attribution.map(|who| view! { <figcaption>{who}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { items } => view! {
            <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Image(image) => view! { <Picture image captioned=true/> }.into_any(),
        Block::Unknown => ().into_any(),
    }
}
