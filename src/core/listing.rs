//! How much of the list of places in view is listed: a page of rows at first, a page more each time the reader
//! asks. A long list costs the page on every change below the fold (each row after a removed one moves and is
//! painted again) and helps nobody past its first rows; zooming in, searching or asking for more does.

/// Rows listed at first, and added by each "show more" (the built-in places all fit in the first page).
pub const PAGE: usize = 50;

/// The list's length as the reader chose it: a page at first, longer after each "show more". It holds however
/// the view or the filters change, until the page is left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listing {
    limit: usize,
}

impl Default for Listing {
    fn default() -> Self {
        Listing { limit: PAGE }
    }
}

impl Listing {
    /// At most this many places are listed.
    pub fn limit(self) -> usize {
        self.limit
    }

    /// How many of the `total` places in view are not listed.
    pub fn left_out(self, total: usize) -> usize {
        total.saturating_sub(self.limit)
    }

    /// How many rows "show more" adds to a list of `total` places in view (none when all are listed).
    pub fn next_page(self, total: usize) -> usize {
        self.left_out(total).min(PAGE)
    }

    /// The reader asks for more of a list of `total` places: a page more is listed. Returns the position of the
    /// first row added, where the reader goes on reading (`None` when every place was listed already).
    pub fn show_more(&mut self, total: usize) -> Option<usize> {
        if self.left_out(total) == 0 {
            return None;
        }
        let first = self.limit;
        self.limit += PAGE;
        Some(first)
    }
}
