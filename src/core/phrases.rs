//! Interface phrases built from numbers and names, in the three languages: counts, distances, a cluster's name.
//! Re-exported by `i18n`, beside the fixed strings.

use super::i18n::{Lang, Text};

/// "Showing N places", for the polite live region.
pub fn showing_places(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhHans => format!("显示 {n} 个地点"),
        Lang::ZhHant => format!("顯示 {n} 個地點"),
        Lang::En if n == 1 => "Showing 1 place".to_string(),
        Lang::En => format!("Showing {n} places"),
    }
}

/// The name of a category's "only this" button: "只看公园", "Only Parks" (its visible word, then the category).
pub fn only_category(lang: Lang, category: &str) -> String {
    match lang {
        Lang::En => format!("{} {category}", Text::Only.get(lang)),
        _ => format!("{}{category}", Text::Only.get(lang)),
    }
}

/// How many of a cluster's places its name lists.
pub const CLUSTER_NAMES_SHOWN: usize = 4;

/// A cluster's accessible name: "N places: A, B, …" (the first few of its `n` places' names, then an ellipsis).
pub fn cluster_name(lang: Lang, n: usize, names: &[&str]) -> String {
    let shown = &names[..names.len().min(CLUSTER_NAMES_SHOWN)];
    let mut list = shown.join(lang.pick(["、", "、", ", "]));
    if n > shown.len() {
        list.push_str(lang.pick(["…", "…", ", …"]));
    }
    match lang {
        Lang::ZhHans => format!("{n} 个地点：{list}"),
        Lang::ZhHant => format!("{n} 個地點：{list}"),
        Lang::En => format!("{n} places: {list}"),
    }
}

/// "… and N more fields" below a card's fields cut short.
pub fn more_fields(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhHans => format!("……另有 {n} 个字段"),
        Lang::ZhHant => format!("……另有 {n} 個欄位"),
        Lang::En if n == 1 => "… and 1 more field".to_string(),
        Lang::En => format!("… and {n} more fields"),
    }
}

/// "… and N more places" below a printed list cut short.
pub fn more_places(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhHans => format!("……另有 {n} 个地点未列出"),
        Lang::ZhHant => format!("……另有 {n} 個地點未列出"),
        Lang::En if n == 1 => "… and 1 more place not listed".to_string(),
        Lang::En => format!("… and {n} more places not listed"),
    }
}

/// "Approximate location (±N m)" for places without a sourced coordinate.
pub fn approximate(lang: Lang, metres: f64) -> String {
    let m = metres.round();
    match lang {
        Lang::ZhHans => format!("大致位置（±{m} 米）"),
        Lang::ZhHant => format!("大致位置（±{m} 米）"),
        Lang::En => format!("Approximate location (±{m} m)"),
    }
}

/// "Precise to about N m" for sourced coordinates.
pub fn precise_to(lang: Lang, metres: f64) -> String {
    let m = metres.round();
    match lang {
        Lang::ZhHans => format!("精度约 ±{m} 米"),
        Lang::ZhHant => format!("精度約 ±{m} 米"),
        Lang::En => format!("Accurate to about ±{m} m"),
    }
}

/// A scale-bar label such as "500 m" or "2 公里".
pub fn distance_label(lang: Lang, metres: f64) -> String {
    if metres >= 1000.0 {
        format!("{} {}", metres / 1000.0, Text::Kilometres.get(lang))
    } else {
        format!("{} {}", metres, Text::Metres.get(lang))
    }
}

/// "N results" for the search box's live count.
pub fn results(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhHans => format!("{n} 个结果"),
        Lang::ZhHant => format!("{n} 個結果"),
        Lang::En if n == 1 => "1 result".to_string(),
        Lang::En => format!("{n} results"),
    }
}

/// A distance for cards and lists: metres below a kilometre, then kilometres to one decimal.
pub fn distance(lang: Lang, metres: f64) -> String {
    if metres < 1000.0 {
        format!("{:.0} {}", (metres / 10.0).round() * 10.0, Text::Metres.get(lang))
    } else {
        format!("{:.1} {}", metres / 1000.0, Text::Kilometres.get(lang))
    }
}

/// What a line or area is, where its marker stands on it, and that it is not moved on this map, for its card.
pub fn shape(lang: Lang, shape: &crate::core::shape::Shape) -> &'static str {
    use crate::core::shape::ShapeKind;
    lang.pick(match shape.kind() {
        ShapeKind::Area => [
            "面（标记在面内；不能在这里移动）",
            "面（標記在面內；不能在這裡移動）",
            "Area (its marker inside it; not moved here)",
        ],
        ShapeKind::Line => [
            "线（标记在线的中点；不能在这里移动）",
            "線（標記在線的中點；不能在這裡移動）",
            "Line (its marker halfway along it; not moved here)",
        ],
        ShapeKind::Points => [
            "多个点（标记在其中一点；不能在这里移动）",
            "多個點（標記在其中一點；不能在這裡移動）",
            "Points (its marker on one of them; not moved here)",
        ],
    })
}

/// "…and N more" after a cut list.
pub fn and_more(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhHans => format!("……另有 {n} 个"),
        Lang::ZhHant => format!("……另有 {n} 個"),
        Lang::En => format!("…and {n} more"),
    }
}

/// The place list's "show more" button: how many rows it adds, and how many are not listed yet.
pub fn show_more(lang: Lang, next: usize, rest: usize) -> String {
    match lang {
        Lang::ZhHans => format!("再列出 {next} 个（另有 {rest} 个）"),
        Lang::ZhHant => format!("再列出 {next} 個（另有 {rest} 個）"),
        Lang::En => format!("Show {next} more ({rest} not listed)"),
    }
}

/// "3 changes" for the corrections panel.
pub fn changes_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::ZhHans => format!("{n} 处修改"),
        Lang::ZhHant => format!("{n} 處修改"),
        Lang::En if n == 1 => "1 change".to_string(),
        Lang::En => format!("{n} changes"),
    }
}

/// "Moved 120 m" for a pending move or a preview.
pub fn moved(lang: Lang, metres: f64) -> String {
    let d = distance(lang, metres);
    lang.pick([format!("移动 {d}"), format!("移動 {d}"), format!("moved {d}")])
}
