//! Folding a fresh copy of a live page's first page into the posts the
//! reader sees: new posts go on top at once when the reader is at the top
//! of the stream, and otherwise wait for the "N new updates" button, so
//! nothing moves under their eyes; a changed post changes in place, a
//! deleted one leaves, and no post is ever shown twice.

use std::collections::HashSet;

use crate::api::live::{KeyEvent, LivePage, Post, PostId, Status};

/// The most posts the stream keeps on the page; older ones are reached by
/// its "Older updates" link. A page open all day holds no more.
pub const KEPT: usize = 60;

/// A live page as the reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stream {
    /// Shown, newest first.
    pub shown: Vec<Post>,
    /// Arrived while the reader was down the stream, newest first.
    pub waiting: Vec<Post>,
    pub status: Status,
    pub pinned: Option<Post>,
    pub key_events: Vec<KeyEvent>,
    /// The older page the first page names, as written.
    pub next: Option<String>,
}

impl Stream {
    /// The page as it was published or first fetched: all of it shown.
    pub fn new(page: LivePage) -> Stream {
        let mut stream = Stream {
            shown: Vec::new(),
            waiting: Vec::new(),
            status: page.status,
            pinned: None,
            key_events: Vec::new(),
            next: None,
        };
        stream.merge(page, true);
        stream
    }

    /// Takes a fresh copy of the first page. Returns how many posts are
    /// new; with `at_top` they are shown at once (with whatever was
    /// waiting), else they wait for [`Stream::reveal`].
    pub fn merge(&mut self, page: LivePage, at_top: bool) -> usize {
        let LivePage {
            status,
            pinned,
            key_events,
            posts,
            next,
            ..
        } = page;
        // A post missing from the page was deleted when the page reaches
        // back past it; one older than all it holds may only have moved to
        // an older page, and stays.
        let reach = match &next {
            None => None,
            Some(_) => posts.iter().map(|post| post.published_at).min(),
        };
        let listed: HashSet<String> = posts
            .iter()
            .map(|post| post.id.as_str().to_owned())
            .collect();
        let stays = |post: &Post| {
            listed.contains(post.id.as_str())
                || reach.is_some_and(|reach| post.published_at < reach)
        };
        let known: HashSet<String> = self
            .shown
            .iter()
            .chain(&self.waiting)
            .map(|post| post.id.as_str().to_owned())
            .collect();
        let was_waiting: HashSet<String> = self
            .waiting
            .iter()
            .map(|post| post.id.as_str().to_owned())
            .collect();
        let mut fresh = 0;
        let mut shown = Vec::new();
        let mut waiting = Vec::new();
        for post in posts {
            let id = post.id.as_str();
            let new = !known.contains(id);
            fresh += usize::from(new);
            if (new || was_waiting.contains(id)) && !at_top {
                waiting.push(post);
            } else {
                shown.push(post);
            }
        }
        // The older posts the page no longer holds, below the rest (a post
        // that waited and moved on to an older page still waits).
        let older = |posts: Vec<Post>| {
            posts
                .into_iter()
                .filter(|post| !listed.contains(post.id.as_str()) && stays(post))
        };
        shown.extend(older(std::mem::take(&mut self.shown)));
        waiting.extend(older(std::mem::take(&mut self.waiting)));
        shown.truncate(KEPT);
        self.shown = shown;
        self.waiting = waiting;
        self.status = status;
        self.pinned = pinned;
        self.key_events = key_events;
        self.next = next;
        fresh
    }

    /// Shows the waiting posts; returns the newest of them, which takes
    /// focus.
    pub fn reveal(&mut self) -> Option<PostId> {
        let newest = self.waiting.first().map(|post| post.id.clone());
        let mut shown = std::mem::take(&mut self.waiting);
        shown.append(&mut self.shown);
        shown.truncate(KEPT);
        self.shown = shown;
        newest
    }

    /// The stream below the pinned post, which is left out of it, so it
    /// is not shown twice.
    pub fn stream(&self) -> impl Iterator<Item = &Post> {
        let pinned = self.pinned.as_ref().map(|post| &post.id);
        self.shown
            .iter()
            .filter(move |post| pinned != Some(&post.id))
    }

    pub fn is_live(&self) -> bool {
        self.status == Status::Live
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::json::read;

    /// A first page of `posts` (id, minutes after noon, title), newest first.
    fn page(posts: &[(&str, u32, &str)], next: bool, extra: &str) -> LivePage {
        let posts: Vec<String> = posts
            .iter()
            .map(|(id, minute, title)| {
                let (hour, minute) = (12 + minute / 60, minute % 60);
                format!(
                    r#"{{"id":"{id}","published_at":"2026-12-01T{hour}:{minute:02}:00Z","title":"{title}","body":[{{"type":"paragraph","text":"{title} text"}}]}}"#
                )
            })
            .collect();
        let next = if next {
            r#","next":"live/storm/2.json""#
        } else {
            ""
        };
        read(&format!(
            r#"{{"slug":"storm","title":"Storm","summary":"s","category":{{"slug":"world","name":"World"}},"published_at":"2026-12-01T12:00:00Z","started_at":"2026-12-01T12:00:00Z","posts":[{}]{next}{extra}}}"#,
            posts.join(",")
        ))
        .expect("a live page")
    }

    fn ids<'a>(posts: impl IntoIterator<Item = &'a Post>) -> Vec<&'a str> {
        posts.into_iter().map(|post| post.id.as_str()).collect()
    }

    #[test]
    fn arrivals_show_at_once_at_the_top_and_wait_below_it() {
        let mut stream = Stream::new(page(&[("b", 2, "B"), ("a", 1, "A")], false, ""));
        assert_eq!(ids(&stream.shown), ["b", "a"]);
        let newer = page(&[("c", 3, "C"), ("b", 2, "B"), ("a", 1, "A")], false, "");
        assert_eq!(stream.merge(newer, true), 1);
        assert_eq!(ids(&stream.shown), ["c", "b", "a"]);
        assert!(stream.waiting.is_empty());
        // Down the stream, two more wait; the next poll still counts them
        // waiting, not new.
        let two = page(&[("e", 5, "E"), ("d", 4, "D"), ("c", 3, "C")], true, "");
        assert_eq!(stream.merge(two.clone(), false), 2);
        assert_eq!(ids(&stream.shown), ["c", "b", "a"]);
        assert_eq!(ids(&stream.waiting), ["e", "d"]);
        assert_eq!(stream.merge(two, false), 0);
        assert_eq!(ids(&stream.waiting), ["e", "d"]);
        assert_eq!(
            stream.reveal().map(|id| id.as_str().to_owned()).as_deref(),
            Some("e")
        );
        assert_eq!(ids(&stream.shown), ["e", "d", "c", "b", "a"]);
        assert!(stream.waiting.is_empty());
        assert!(stream.reveal().is_none());
    }

    #[test]
    fn at_the_top_again_what_waited_shows_with_what_arrived() {
        let mut stream = Stream::new(page(&[("a", 1, "A")], false, ""));
        stream.merge(page(&[("b", 2, "B"), ("a", 1, "A")], false, ""), false);
        assert_eq!(ids(&stream.waiting), ["b"]);
        let third = page(&[("c", 3, "C"), ("b", 2, "B"), ("a", 1, "A")], false, "");
        assert_eq!(stream.merge(third, true), 1);
        assert_eq!(ids(&stream.shown), ["c", "b", "a"]);
        assert!(stream.waiting.is_empty());
    }

    #[test]
    fn a_changed_post_changes_in_place_and_a_deleted_one_leaves() {
        let mut stream = Stream::new(page(
            &[("c", 3, "C"), ("b", 2, "B"), ("a", 1, "A")],
            false,
            "",
        ));
        let edited = page(
            &[("c", 3, "C"), ("b", 2, "B, corrected"), ("a", 1, "A")],
            false,
            "",
        );
        assert_eq!(stream.merge(edited, false), 0);
        assert_eq!(ids(&stream.shown), ["c", "b", "a"]);
        assert_eq!(stream.shown[1].title.as_deref(), Some("B, corrected"));
        assert_eq!(
            stream.merge(page(&[("c", 3, "C"), ("a", 1, "A")], false, ""), false),
            0
        );
        assert_eq!(ids(&stream.shown), ["c", "a"]);
        // A waiting post that is deleted before it is shown never is.
        stream.merge(
            page(&[("d", 4, "D"), ("c", 3, "C"), ("a", 1, "A")], false, ""),
            false,
        );
        stream.merge(page(&[("c", 3, "C"), ("a", 1, "A")], false, ""), false);
        assert!(stream.waiting.is_empty());
        assert!(stream.reveal().is_none());
    }

    #[test]
    fn a_post_that_moved_to_an_older_page_stays_and_none_is_shown_twice() {
        let mut stream = Stream::new(page(&[("b", 2, "B"), ("a", 1, "A")], true, ""));
        // "a" moved to page 2: older than all the first page holds.
        let moved = page(&[("c", 3, "C"), ("b", 2, "B")], true, "");
        assert_eq!(stream.merge(moved, true), 1);
        assert_eq!(ids(&stream.shown), ["c", "b", "a"]);
        // Listed twice in one page, or again after it was shown: once.
        let twice = page(
            &[("c", 3, "C"), ("c", 3, "C again"), ("b", 2, "B")],
            true,
            "",
        );
        assert_eq!(stream.merge(twice, true), 0);
        assert_eq!(ids(&stream.shown), ["c", "b", "a"]);
        assert_eq!(stream.shown[0].title.as_deref(), Some("C"));
    }

    #[test]
    fn the_pinned_post_and_key_events_follow_the_feed_and_the_pin_is_shown_once() {
        let pinned =
            r#","pinned":"a","key_events":["a",{"id":"b","title":"B happened"},"bad id!"]"#;
        let mut stream = Stream::new(page(&[("b", 2, "B"), ("a", 1, "A")], false, pinned));
        assert_eq!(
            stream.pinned.as_ref().map(|post| post.id.as_str()),
            Some("a")
        );
        assert_eq!(ids(stream.stream()), ["b"]);
        assert_eq!(stream.key_events.len(), 2);
        assert_eq!(stream.key_events[1].title.as_deref(), Some("B happened"));
        stream.merge(
            page(&[("b", 2, "B"), ("a", 1, "A")], false, r#","pinned":"b""#),
            true,
        );
        assert_eq!(
            stream.pinned.as_ref().map(|post| post.id.as_str()),
            Some("b")
        );
        assert_eq!(ids(stream.stream()), ["a"]);
        assert!(stream.key_events.is_empty());
        // Given whole, a pinned post from an older page is shown too; an
        // id of a post not in the file pins nothing.
        let whole = r#","pinned":{"id":"old","published_at":"2026-12-01T11:00:00Z","body":[]}"#;
        stream.merge(page(&[("b", 2, "B")], true, whole), true);
        assert_eq!(
            stream.pinned.as_ref().map(|post| post.id.as_str()),
            Some("old")
        );
        stream.merge(page(&[("b", 2, "B")], true, r#","pinned":"gone""#), true);
        assert_eq!(stream.pinned, None);
    }

    #[test]
    fn the_status_follows_and_an_unknown_one_is_live() {
        let mut stream = Stream::new(page(&[("a", 1, "A")], false, r#","status":"paused""#));
        assert!(stream.is_live());
        stream.merge(page(&[("a", 1, "A")], false, r#","status":"ended""#), true);
        assert!(!stream.is_live());
    }

    #[test]
    fn a_page_open_all_day_keeps_a_bounded_stream() {
        let mut stream = Stream::new(page(&[("p0", 0, "P")], false, ""));
        for n in 1..200u32 {
            let id = format!("p{n}");
            let previous = format!("p{}", n - 1);
            let first = page(
                &[(id.as_str(), n, "P"), (previous.as_str(), n - 1, "P")],
                true,
                "",
            );
            stream.merge(first, true);
        }
        assert_eq!(stream.shown.len(), KEPT);
        assert_eq!(stream.shown[0].id.as_str(), "p199");
    }
}
