//! Category icons: simple glyphs drawn for this map on a 24 × 24 grid, in white on the category's colour.

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

/// A category's icon; decorative, since every use sits beside the category or place name.
#[component]
pub fn CategoryIcon(
    /// Which glyph to draw.
    category: Category,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=glyph(category) fill-rule="evenodd" />
        </svg>
    }
}
