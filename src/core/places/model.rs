//! The typed form of `assets/data/places.geojson` (schema: docs/DATA.md and docs/places.schema.json): places,
//! their categories, article sections, texts in three languages and how exact their positions are.

use crate::core::geo::LonLat;
use crate::core::i18n::{Lang, Text};
use crate::core::phrases;
/// What kind of place a marker is; each has its own icon and colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Park,
    School,
    Hospital,
    Market,
    Heritage,
    Culture,
    Innovation,
    Transport,
    /// User data without a category.
    Other,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Park,
        Category::School,
        Category::Hospital,
        Category::Market,
        Category::Heritage,
        Category::Culture,
        Category::Innovation,
        Category::Transport,
        Category::Other,
    ];

    /// The key used in the data, the URL and CSS class names.
    pub fn key(self) -> &'static str {
        match self {
            Category::Park => "park",
            Category::School => "school",
            Category::Hospital => "hospital",
            Category::Market => "market",
            Category::Heritage => "heritage",
            Category::Culture => "culture",
            Category::Innovation => "innovation",
            Category::Transport => "transport",
            Category::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Category::Park => ["公园", "公園", "Parks"],
            Category::School => ["学校", "學校", "Schools"],
            Category::Hospital => ["医院", "醫院", "Hospitals"],
            Category::Market => ["市场与商圈", "市場與商圈", "Markets"],
            Category::Heritage => ["历史遗迹", "歷史遺跡", "Heritage"],
            Category::Culture => ["文化", "文化", "Culture"],
            Category::Innovation => ["创新园区", "創新園區", "Innovation"],
            Category::Transport => ["交通", "交通", "Transport"],
            Category::Other => ["其他", "其他", "Other"],
        })
    }

    /// Position of the category in [`Category::ALL`], for bit sets.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The part of the article a place comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Intro,
    Culture,
    Innovation,
    Livelihood,
    Liveable,
    Business,
    Outlook,
    Footnote,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Intro,
        Section::Culture,
        Section::Innovation,
        Section::Livelihood,
        Section::Liveable,
        Section::Business,
        Section::Outlook,
        Section::Footnote,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Intro => "intro",
            Section::Culture => "culture",
            Section::Innovation => "innovation",
            Section::Livelihood => "livelihood",
            Section::Liveable => "liveable",
            Section::Business => "business",
            Section::Outlook => "outlook",
            Section::Footnote => "footnote",
        }
    }

    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The section's heading as the article words it (names are facts; the headings are four-character titles).
    pub fn label(self, lang: Lang) -> &'static str {
        lang.pick(match self {
            Section::Intro => ["开篇：钟楼概况", "開篇：鐘樓概況", "Opening: Zhonglou at a glance"],
            Section::Culture => ["人文传承 向美而行", "人文傳承 向美而行", "Culture and heritage"],
            Section::Innovation => ["创新驱动 活力涌现", "創新驅動 活力湧現", "Innovation and business"],
            Section::Livelihood => ["民生幸福 暖心赋能", "民生幸福 暖心賦能", "Public services"],
            Section::Liveable => ["宜居宜业 生态绿城", "宜居宜業 生態綠城", "Liveable green city"],
            Section::Business => ["安商亲商 事事周到", "安商親商 事事周到", "Business environment"],
            Section::Outlook => ["高质量发展永不止步", "高質量發展永不止步", "Outlook"],
            Section::Footnote => [
                "文末：外国友人品味双桂坊美食",
                "文末：外國友人品味雙桂坊美食",
                "Closing line: foreign friends taste Shuanggui Fang",
            ],
        })
    }
}

/// A text in the three languages. Data may give fewer; the loader fills gaps from the others.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Localized {
    pub zh_hans: String,
    pub zh_hant: String,
    pub en: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick([&self.zh_hans, &self.zh_hant, &self.en])
    }

    /// The same text in every language (a plain-string name in user data).
    pub fn same(text: &str) -> Self {
        Self { zh_hans: text.to_string(), zh_hant: text.to_string(), en: text.to_string() }
    }

    /// Whether all three languages are present (the built-in data's promise).
    pub fn is_complete(&self) -> bool {
        !(self.zh_hans.trim().is_empty() || self.zh_hant.trim().is_empty() || self.en.trim().is_empty())
    }

    /// A text from what is given in each language (blank for none); missing languages borrow from the others
    /// (Simplified ↔ Traditional first, English last). `None` when nothing is given.
    pub fn from_parts(hans: &str, hant: &str, en: &str) -> Option<Localized> {
        fn given(s: &str) -> Option<&str> {
            Some(s.trim()).filter(|s| !s.is_empty())
        }
        let (hans, hant, en) = (given(hans), given(hant), given(en));
        let any = hans.or(hant).or(en)?;
        Some(Localized {
            zh_hans: hans.or(hant).unwrap_or(any).to_string(),
            zh_hant: hant.or(hans).unwrap_or(any).to_string(),
            en: en.unwrap_or(any).to_string(),
        })
    }
}

/// How a place's coordinate was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// A coordinate from a named source.
    Sourced,
    /// Computed from sourced anchors and stated distances.
    Derived,
    /// Placed by hand from street-level hints.
    Estimated,
    /// The data did not say (user data).
    Unstated,
}

impl Basis {
    pub fn key(self) -> &'static str {
        match self {
            Basis::Sourced => "sourced",
            Basis::Derived => "derived",
            Basis::Estimated => "estimated",
            Basis::Unstated => "unstated",
        }
    }

    /// Whether the map should draw a precision halo and call the location approximate.
    pub fn is_approximate(self) -> bool {
        matches!(self, Basis::Derived | Basis::Estimated)
    }
}

/// Where a place's coordinate comes from and how far it may be off.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    pub basis: Basis,
    pub precision_m: Option<f64>,
    pub source: Option<Source>,
}

/// A background fact with its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub text: Localized,
    pub source: Source,
}

/// Where a position or a fact comes from, as the file gives it: written once for every reader (a user's file, a
/// correction made on this map), or in each language (the built-in data, so that every reader has it in theirs).
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Plain(String),
    Localized(Localized),
}

impl Source {
    /// The source in a language.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Source::Plain(text) => text,
            Source::Localized(text) => text.get(lang),
        }
    }

    /// Whether it says nothing in any language.
    pub fn is_blank(&self) -> bool {
        match self {
            Source::Plain(text) => text.trim().is_empty(),
            Source::Localized(text) => [&text.zh_hans, &text.zh_hant, &text.en].iter().all(|t| t.trim().is_empty()),
        }
    }
}

impl From<String> for Source {
    fn from(text: String) -> Self {
        Source::Plain(text)
    }
}

impl From<&str> for Source {
    fn from(text: &str) -> Self {
        Source::Plain(text.to_string())
    }
}

/// One place on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub at: LonLat,
    pub category: Category,
    pub name: Localized,
    pub aliases: Vec<String>,
    pub pinyin: Option<String>,
    pub summary: Option<Localized>,
    pub section: Option<Section>,
    pub facts: Vec<Fact>,
    pub address: Option<Localized>,
    pub position: Position,
    /// For a place outside this project's schema (a user's feature without a category): the feature as its file
    /// gave it, whose properties its card lists (`core::fields`).
    pub own_fields: Option<std::sync::Arc<str>>,
    /// A line or area (a user's feature that is more than a point), whose marker stands at `at`, a point on it.
    pub shape: Option<std::sync::Arc<crate::core::shape::Shape>>,
}

impl Place {
    /// What lists sort this place by in a language: the English name, or for Chinese its pinyin (the name
    /// itself when the data has none).
    pub fn sort_key(&self, lang: Lang) -> String {
        match (lang, &self.pinyin) {
            (Lang::En, _) => self.name.en.to_lowercase(),
            (_, Some(pinyin)) => pinyin.to_lowercase(),
            (_, None) => self.name.get(lang).to_lowercase(),
        }
    }
}

impl Position {
    /// How exact the position is, for the card: "Approximate location (±300 m) · Estimated position" for
    /// estimated and derived places, "Sourced coordinate · Accurate to about ±50 m" for sourced ones, and the
    /// basis alone where no precision is given.
    pub fn describe(&self, lang: Lang) -> String {
        let basis = match self.basis {
            Basis::Sourced => Text::BasisSourced,
            Basis::Derived => Text::BasisDerived,
            Basis::Estimated => Text::BasisEstimated,
            Basis::Unstated => Text::BasisUnstated,
        };
        match (self.basis, self.precision_m) {
            (b, Some(m)) if b.is_approximate() => format!("{} · {}", phrases::approximate(lang, m), basis.get(lang)),
            (Basis::Sourced, Some(m)) => format!("{} · {}", basis.get(lang), phrases::precise_to(lang, m)),
            _ => basis.get(lang).to_string(),
        }
    }
}

/// Names (and aliases, pinyin, addresses) longer than this are shortened on loading: a name has to fit on a
/// marker label, a list row and a screen reader's line, and a hostile file's megabyte "name" would stall the
/// page that lays it out.
pub const MAX_NAME_CHARS: usize = 120;
/// Card texts longer than this are shortened on loading.
pub const MAX_TEXT_CHARS: usize = 4000;
/// At most this many aliases per place are kept.
pub(super) const MAX_ALIASES: usize = 32;

/// `text` cut to at most `limit` characters, the last of them an ellipsis when anything was cut.
pub(crate) fn cut(mut text: String, limit: usize) -> String {
    if let Some((at, _)) = text.char_indices().nth(limit.saturating_sub(1)) {
        if text[at..].chars().nth(1).is_some() {
            text.truncate(at);
            text.push('…');
        }
    }
    text
}

/// Whether an id is a lowercase slug (a-z, 0-9, -), as ids in data and links must be.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty() && id.len() <= 80 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
