//! The map inside another page: the `<iframe>` code the Embed dialog offers, at a size the user picks.

use super::atlas::{fit_insets, Atlas};
use super::filter::CategorySet;
use super::geo::{Bounds, Insets, Viewport};
use super::i18n::Lang;

/// The height of the framed map's bar (CSS `.embed-bar`: one line of 0.88 rem text with its padding), above the
/// map in the frame.
pub const BAR_PX: f64 = 33.0;

/// The sizes offered for an embedded map, in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedSize {
    Small,
    Medium,
    Large,
}

impl EmbedSize {
    pub const ALL: [EmbedSize; 3] = [EmbedSize::Small, EmbedSize::Medium, EmbedSize::Large];

    /// Width and height.
    pub fn pixels(self) -> (u32, u32) {
        match self {
            EmbedSize::Small => (400, 300),
            EmbedSize::Medium => (640, 480),
            EmbedSize::Large => (960, 640),
        }
    }

    pub fn label(self, lang: Lang) -> String {
        let (w, h) = self.pixels();
        let name = lang.pick(match self {
            EmbedSize::Small => ["小", "小", "Small"],
            EmbedSize::Medium => ["中", "中", "Medium"],
            EmbedSize::Large => ["大", "大", "Large"],
        });
        format!("{name} {w}×{h}")
    }
}

/// The view a framed map of this size opens on, to show what `view` shows in a map of another size: the places
/// of the ticked categories in sight, fitted into the frame's map (clear of its zoom buttons, like the first view);
/// with none in sight, the same ground. (The first view itself needs no view at all: the framed map fits its
/// own first view to its size.)
pub fn framed_view(atlas: &Atlas, cats: CategorySet, view: &Viewport, size: EmbedSize) -> Viewport {
    let (w, h) = size.pixels();
    let (width, height) = (f64::from(w), f64::from(h) - BAR_PX);
    let in_sight = atlas
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| cats.contains(p.category))
        .map(|(i, _)| atlas.shown_at(super::ids::PlaceId::new(i)))
        .filter(|&at| view.shows(at, 0.0));
    match Bounds::around(in_sight) {
        // One place, or places on one spot: the same zoom, on them.
        Some(b) if b.west == b.east && b.north == b.south => {
            Viewport { zoom: view.zoom, ..Viewport::fit(b, width, height, Insets::even(0.0)) }
        }
        Some(b) => {
            let fitted = Viewport::fit(b, width, height, fit_insets(width));
            // Never closer than the view shown: the frame shows what the reader saw, not more detail.
            Viewport { zoom: fitted.zoom.min(view.zoom), ..fitted }
        }
        None => view.fitted_to(width, height),
    }
}

/// The `<iframe>` element that shows the map at `src` (a link with `embed`), titled for screen readers.
pub fn iframe(src: &str, size: EmbedSize, title: &str) -> String {
    let (w, h) = size.pixels();
    format!(
        r#"<iframe src="{}" width="{w}" height="{h}" title="{}" style="border:0" loading="lazy"></iframe>"#,
        attribute(src),
        attribute(title)
    )
}

/// Text made safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}
