//! The map inside another page: the `<iframe>` code the Embed dialog offers, at a size the user picks.

use super::i18n::Lang;

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
