//! Video and posts from the newsroom and from other services. A video file
//! is the browser's own player, fetched only when played. A post on
//! another service is a card (its title, the service's name, a link to
//! it): nothing of the other service is requested until the reader presses
//! the card's button, and only services the app knows (YouTube, through
//! its no-cookie host) get a player; any other is the link alone.

use leptos::prelude::*;

use crate::api::rich::{safe_link, Href};
use crate::api::{image_url, Embed, Video};
use crate::components::picture::{picture, Slot};
use crate::config::with_config;
use crate::text::{t, t_fill, ANOTHER_SITE, EMBED_NOTE, PLAY_FROM, VIEW_ON};

/// Where YouTube's player is loaded from: its host that sets no cookie
/// until a video plays (and the publish's `frame-src` when a page needs it).
pub const YOUTUBE_PLAYER: &str = "https://www.youtube-nocookie.com";

/// The video's id in a YouTube address (`watch?v=`, `youtu.be/`,
/// `embed/`, `shorts/`), if the address is YouTube's and the id is one.
pub fn youtube_id(url: &str) -> Option<&str> {
    let rest = [
        "https://www.youtube.com/",
        "https://youtube.com/",
        "https://m.youtube.com/",
    ]
    .iter()
    .find_map(|host| url.strip_prefix(host));
    let id = match rest {
        Some(rest) => match rest.strip_prefix("watch?") {
            Some(query) => query.split('&').find_map(|pair| pair.strip_prefix("v="))?,
            None => ["embed/", "shorts/"]
                .iter()
                .find_map(|kind| rest.strip_prefix(kind))?,
        },
        None => url.strip_prefix("https://youtu.be/")?,
    };
    let id = id.split(['?', '&', '#', '/']).next()?;
    (id.len() == 11
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then_some(id)
}

/// The browser's own player for a video file, or nothing when its `src`
/// is not one the contract allows.
pub fn video_block(video: Video) -> AnyView {
    let api_base = with_config(|config| config.api_base.clone());
    let url = |src: &str| image_url(&api_base, src);
    let track = video.captions.and_then(|track| {
        let src = url(&track.src)?;
        Some(
            view! { <track kind="captions" src=src srclang=track.lang label=track.label default/> },
        )
    });
    let poster = video.poster.as_deref().and_then(url);
    url(&video.src)
        .map(|src| {
            view! {
                <figure class="video">
                    <video controls preload="none" src=src poster=poster width=video.width height=video.height>
                        {track}
                    </video>
                    {video.caption.map(|caption| view! { <figcaption>{caption}</figcaption> })}
                </figure>
            }
        })
        .into_any()
}

/// The card. Its button names the player's address (`data-player`):
/// `start.js` puts the player in the card's place when it is pressed, and
/// gives it focus, so it works before the app has started, and the app
/// carries no code for it.
/// `slot`: where its thumbnail sits (the first picture of an article
/// without one of its own is loaded first).
pub fn embed_block(embed: Embed, slot: Slot) -> AnyView {
    let Embed {
        provider,
        url,
        title,
        thumbnail,
    } = embed;
    let player = youtube_id(&url).map(|id| {
        let at = match slot {
            Slot::FirstCard => Slot::FirstCard,
            _ => Slot::Card,
        };
        let thumbnail = thumbnail.map(|image| picture(image, at));
        view! {
            <div class="embed__frame">
                {thumbnail}
                <button
                    type="button"
                    class="embed__load"
                    data-player=format!("{YOUTUBE_PLAYER}/embed/{id}?autoplay=1")
                    data-title=title.clone()
                >
                    {t_fill(PLAY_FROM, &[("provider", &provider)])}
                </button>
                <p class="embed__note">{t(EMBED_NOTE)}</p>
            </div>
        }
    });
    let link = matches!(safe_link(&url), Some(Href::External(_))).then(|| {
        view! {
            <a href=url.clone() rel="noopener" class="link--external">
                {t_fill(VIEW_ON, &[("provider", &provider)])}
                <span class="visually-hidden">" "{t(ANOTHER_SITE)}</span>
            </a>
        }
    });
    view! {
        <figure class="embed">
            <figcaption class="embed__about">
                <span class="embed__provider">{provider.clone()}</span>
                " "
                <span class="embed__title">{title}</span>
            </figcaption>
            {player}
            {link}
        </figure>
    }
    .into_any()
}
