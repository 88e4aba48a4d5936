//! Category icons: simple glyphs drawn for this map on a 24 × 24 grid, in white on the category's colour; and the
//! plain shapes that tell a user's groups apart (`Icon::Shape`), so that a group is told by its shape as well as
//! its colour.

use crate::core::atlas::Icon;
use crate::core::places::Category;
use leptos::prelude::*;

/// The outline of a category's glyph (filled, even-odd so that windows and gaps stay open).
fn glyph(category: Category) -> &'static str {
    match category {
        // A pine tree on a trunk.
        Category::Park => "M12 2 4.5 12.5h4L5 17.5h6V22h2v-4.5h6l-3.5-5h4Z",
        // A mortarboard.
        Category::School => "M12 4 1 9.5l11 5.5 9-4.5V17h2V9.5ZM5.5 13.3V17c0 1.6 2.9 3 6.5 3s6.5-1.4 6.5-3v-3.7L12 16.5Z",
        // A cross.
        Category::Hospital => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z",
        // A shopping bag with its handle.
        Category::Market => "M5 8h14l1 13H4ZM8.5 8V6.5a3.5 3.5 0 0 1 7 0V8h-2V6.5a1.5 1.5 0 0 0-3 0V8Z",
        // A memorial archway (paifang): roof, lintel and two posts.
        Category::Heritage => "M1.5 4.5 12 2l10.5 2.5V7h-21ZM4 9h16v2.5H4ZM5.5 11.5h2.5V22H5.5ZM16 11.5h2.5V22H16ZM10.8 11.5h2.4V15h-2.4Z",
        // An open book.
        Category::Culture => "M2.5 5c3.3-1.2 6.5-1 8.7 1v14c-2.2-1.8-5.4-2-8.7-1ZM21.5 5c-3.3-1.2-6.5-1-8.7 1v14c2.2-1.8 5.4-2 8.7-1Z",
        // A light bulb.
        Category::Innovation => "M12 2a7 7 0 0 0-4 12.7V17h8v-2.3A7 7 0 0 0 12 2ZM8.5 18.5h7V20.5h-7ZM10 21.5h4V23h-4Z",
        // A map pin.
        Category::Other => "M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7Zm0 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z",
        // The front of a metro train with windows and lamps.
        Category::Transport => "M7 2h10a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3l2 4h-2.5l-2-4h-5l-2 4H5l2-4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3ZM6.5 5.5v5h11v-5ZM8 13a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM16 13a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z",
    }
}

/// The groups' shapes, one per group in order; none of them is a kind of place's glyph.
const SHAPES: [&str; 8] = [
    // A disc.
    "M12 4a8 8 0 1 1 0 16 8 8 0 0 1 0-16Z",
    // A square.
    "M5 5h14v14H5Z",
    // A triangle, point up.
    "M12 3 21.5 20h-19Z",
    // A diamond.
    "M12 2 22 12 12 22 2 12Z",
    // A five-pointed star.
    "M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.8l-6.3 3.7 1.7-7.3L2 9.5l7.1-.6Z",
    // A hexagon.
    "M7 3.3h10l5 8.7-5 8.7H7l-5-8.7Z",
    // A triangle, point down.
    "M2.5 4h19L12 21Z",
    // A ring.
    "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18Zm0 5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z",
];

/// The outline an icon draws.
fn outline(icon: Icon) -> &'static str {
    match icon {
        Icon::Kind(category) => glyph(category),
        Icon::Shape(n) => SHAPES[n % SHAPES.len()],
    }
}

/// A category's icon; decorative, since every use sits beside the category or place name.
#[component]
pub fn CategoryIcon(
    /// Which glyph or shape to draw.
    #[prop(into)]
    icon: Icon,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=outline(icon) fill-rule="evenodd" />
        </svg>
    }
}
