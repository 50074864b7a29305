//! Which part of a publish a run is: the whole of it, one share of the
//! pages (`--shard K/N`, so that a full re-render can be spread over N
//! machines), or the site-wide files once every share is written
//! (`--shard-finish`). A page's share is fixed by its path alone.

/// A part of a publish.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Part {
    /// Every page and the site-wide files.
    #[default]
    Whole,
    /// The pages of share `index` (1 to `count`), and nothing site-wide.
    Shard { index: u64, count: u64 },
    /// The site-wide files alone (sitemaps, feed, host files, the shell,
    /// the JSON copy), and no page.
    Finish,
}

impl Part {
    /// `K/N`, with 1 ≤ K ≤ N.
    pub fn shard(text: &str) -> Option<Part> {
        let (index, count) = text.split_once('/')?;
        let (index, count) = (index.trim().parse().ok()?, count.trim().parse().ok()?);
        (1..=count)
            .contains(&index)
            .then_some(Part::Shard { index, count })
    }

    /// Whether this part renders the page at `path`.
    pub fn renders(self, path: &str) -> bool {
        match self {
            Part::Whole => true,
            Part::Shard { index, count } => share(path, count) == index - 1,
            Part::Finish => false,
        }
    }

    /// Whether this part writes the site-wide files.
    pub fn writes_site_files(self) -> bool {
        !matches!(self, Part::Shard { .. })
    }
}

/// The share of `count` that `path` falls in: FNV-1a of its bytes, the
/// same on every machine and every run (Rust's own hasher is seeded).
fn share(path: &str, count: u64) -> u64 {
    let hash = path.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    hash % count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_read_and_split_every_page_once() {
        assert_eq!(Part::shard("2/3"), Some(Part::Shard { index: 2, count: 3 }));
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", ""] {
            assert_eq!(Part::shard(bad), None, "{bad}");
        }
        let parts: Vec<Part> = (1..=3)
            .filter_map(|k| Part::shard(&format!("{k}/3")))
            .collect();
        let mut sizes = [0; 3];
        for n in 0..3000 {
            let path = format!("/news/story-{n}");
            let owners: Vec<usize> = (0..3).filter(|&k| parts[k].renders(&path)).collect();
            assert_eq!(owners.len(), 1, "{path} is in exactly one share");
            sizes[owners[0]] += 1;
        }
        // Near-even shares: within a tenth of a third each.
        assert!(
            sizes.iter().all(|&n| (900..=1100).contains(&n)),
            "{sizes:?}"
        );
        assert!(!Part::Finish.renders("/") && Part::Finish.writes_site_files());
        assert!(Part::Whole.renders("/") && Part::Whole.writes_site_files());
        assert!(!parts[0].writes_site_files());
    }
}
