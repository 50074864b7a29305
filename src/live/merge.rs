//! Folding a fresh copy of the Latest News feed into what the reader sees.

use std::collections::{HashSet, VecDeque};

/// How many shown slugs the list remembers. The feed holds at most 50
/// stories, so a slug this far back has long left it.
const SEEN_LIMIT: usize = 200;

use crate::api::ArticleSummary;

/// How many stories the Latest News list shows.
pub const SHOWN: usize = 10;

/// One story in the list, and whether it arrived while the page was open.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub story: ArticleSummary,
    pub fresh: bool,
}

/// The list as the reader sees it, and the slugs it showed lately (so a
/// story pushed out and back in is not announced twice).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeedState {
    pub entries: Vec<Entry>,
    /// The slugs shown lately, newest last, at most [`SEEN_LIMIT`]: a
    /// story is new when it is not among them. Bounded, so a page left open
    /// for days does not remember every story it ever listed.
    seen: VecDeque<String>,
    loaded: bool,
    /// The next copy is taken without marks or announcements: the list came
    /// from a pre-rendered page, and its first refresh only catches up.
    quiet: bool,
}

impl FeedState {
    /// The list a pre-rendered page showed; its first refresh is quiet.
    pub fn seeded(feed: Vec<ArticleSummary>) -> FeedState {
        let mut state = FeedState::default();
        state.merge(feed);
        state.quiet = true;
        state
    }

    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    /// Takes a new copy of the feed. Returns how many stories are new: none
    /// on the first load. Stories keep the feed's order, each slug once;
    /// changed stories are replaced in place, gone ones leave; only the
    /// latest arrivals are marked fresh.
    pub fn merge(&mut self, feed: Vec<ArticleSummary>) -> usize {
        let first = !self.loaded || std::mem::take(&mut self.quiet);
        let mut listed = HashSet::new();
        let incoming: Vec<ArticleSummary> = feed
            .into_iter()
            .filter(|story| listed.insert(story.slug.as_str().to_owned()))
            .take(SHOWN)
            .collect();
        let arrivals: HashSet<String> = if first {
            HashSet::new()
        } else {
            incoming
                .iter()
                .map(|story| story.slug.as_str().to_owned())
                .filter(|slug| !self.seen.contains(slug))
                .collect()
        };
        let keep_marks = arrivals.is_empty();
        let was_fresh: HashSet<String> = self
            .entries
            .iter()
            .filter(|entry| entry.fresh)
            .map(|entry| entry.story.slug.as_str().to_owned())
            .collect();
        self.entries = incoming
            .into_iter()
            .map(|story| {
                let slug = story.slug.as_str();
                let fresh = arrivals.contains(slug) || (keep_marks && was_fresh.contains(slug));
                Entry { story, fresh }
            })
            .collect();
        for entry in &self.entries {
            let slug = entry.story.slug.as_str();
            if !self.seen.iter().any(|seen| seen == slug) {
                self.seen.push_back(slug.to_owned());
            }
        }
        while self.seen.len() > SEEN_LIMIT {
            self.seen.pop_front();
        }
        self.loaded = true;
        arrivals.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::parse;

    fn story(slug: &str, title: &str) -> ArticleSummary {
        parse(&format!(
            r#"{{"slug":"{slug}","title":"{title}","summary":"s","category":{{"slug":"world","name":"World"}},"published_at":"2026-11-28T10:00:00Z"}}"#
        ))
        .expect("valid story")
    }

    fn slugs(state: &FeedState) -> Vec<&str> {
        state
            .entries
            .iter()
            .map(|e| e.story.slug.as_str())
            .collect()
    }

    #[test]
    fn first_load_announces_nothing() {
        let mut state = FeedState::default();
        assert_eq!(state.merge(vec![story("a", "A"), story("b", "B")]), 0);
        assert_eq!(slugs(&state), ["a", "b"]);
        assert!(state.entries.iter().all(|e| !e.fresh));
    }

    #[test]
    fn arrivals_go_on_top_marked_and_counted_once() {
        let mut state = FeedState::default();
        state.merge(vec![story("a", "A"), story("b", "B")]);
        assert_eq!(
            state.merge(vec![story("c", "C"), story("a", "A"), story("b", "B")]),
            1
        );
        assert_eq!(slugs(&state), ["c", "a", "b"]);
        assert_eq!(
            state.entries.iter().map(|e| e.fresh).collect::<Vec<_>>(),
            [true, false, false]
        );
        // The same feed again: nothing new, the mark stays.
        assert_eq!(
            state.merge(vec![story("c", "C"), story("a", "A"), story("b", "B")]),
            0
        );
        assert!(state.entries[0].fresh);
        // A later arrival takes the mark.
        assert_eq!(
            state.merge(vec![story("d", "D"), story("c", "C"), story("a", "A")]),
            1
        );
        assert_eq!(
            state.entries.iter().map(|e| e.fresh).collect::<Vec<_>>(),
            [true, false, false]
        );
    }

    #[test]
    fn changes_in_place_departures_and_duplicates() {
        let mut state = FeedState::default();
        state.merge(vec![story("a", "A"), story("b", "B"), story("c", "C")]);
        let count = state.merge(vec![story("a", "A2"), story("a", "again"), story("c", "C")]);
        assert_eq!(count, 0);
        assert_eq!(slugs(&state), ["a", "c"]);
        assert_eq!(state.entries[0].story.title, "A2");
        // A story that left and came back is not news.
        assert_eq!(state.merge(vec![story("b", "B"), story("a", "A2")]), 0);
    }

    #[test]
    fn a_seeded_list_catches_up_quietly_once() {
        let mut state = FeedState::seeded(vec![story("a", "A")]);
        assert!(state.is_loaded());
        assert_eq!(state.merge(vec![story("b", "B"), story("a", "A")]), 0);
        assert_eq!(slugs(&state), ["b", "a"]);
        assert!(state.entries.iter().all(|e| !e.fresh));
        assert_eq!(
            state.merge(vec![story("c", "C"), story("b", "B"), story("a", "A")]),
            1
        );
        assert!(state.entries[0].fresh);
    }

    #[test]
    fn shows_the_newest_ten() {
        let mut state = FeedState::default();
        let feed: Vec<_> = (0..15).map(|i| story(&format!("s{i}"), "t")).collect();
        state.merge(feed);
        assert_eq!(state.entries.len(), SHOWN);
        assert_eq!(state.entries[9].story.slug.as_str(), "s9");
    }

    #[test]
    fn a_page_open_for_days_remembers_a_bounded_number_of_stories() {
        let mut state = FeedState::default();
        state.merge(vec![story("first", "First")]);
        for n in 0..300 {
            let slug = format!("arrival-{n}");
            let mut feed = vec![story(&slug, "New")];
            feed.extend(state.entries.iter().map(|e| e.story.clone()));
            assert_eq!(state.merge(feed), 1, "{slug} is new once");
            assert_eq!(
                state.merge(state.entries.iter().map(|e| e.story.clone()).collect()),
                0
            );
        }
        assert_eq!(state.seen.len(), SEEN_LIMIT);
        assert_eq!(state.entries.len(), SHOWN);
    }
}
