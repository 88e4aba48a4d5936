//! Identity: which place of which data set. A place is named by its position in the loaded data ([`PlaceId`]);
//! a data set by the number of times the data was replaced ([`Generation`]), so that the same index in other
//! data is never mistaken for the same place (markers and list rows are keyed by both).
//! A new place added on this map gets its id from its name ([`new_id`]).

/// A place in the loaded data: its position in [`crate::core::atlas::Atlas::places`]. Only meaningful
/// together with the data set it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(u32);

impl PlaceId {
    /// The place at this position in the data (the data holds fewer than 2³² places: a loader limit).
    pub fn new(index: usize) -> Self {
        PlaceId(u32::try_from(index).unwrap_or(u32::MAX))
    }

    /// Its position in the data.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Which data set the map shows: 0 for the first, one more each time the data is replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Generation(pub u32);

impl Generation {
    /// The generation of the data that replaces this one.
    pub fn next(self) -> Self {
        Generation(self.0.wrapping_add(1))
    }
}

/// A new place's id: a slug of the first name given in Latin letters (English, else pinyin), or `place` for a
/// name in Chinese only, made unique among `taken` with a number.
pub fn new_id(english: &str, pinyin: &str, taken: &[&str]) -> String {
    let source = if english.trim().is_empty() { pinyin } else { english };
    let mut slug = String::new();
    for c in source.chars().flat_map(char::to_lowercase).map(without_tone) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    if slug.is_empty() {
        slug = "place".into();
    }
    let mut id = slug.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{slug}-{n}");
        n += 1;
    }
    id
}

/// A pinyin vowel without its tone mark (ā → a, ǚ → u), so that a slug keeps the letter.
fn without_tone(c: char) -> char {
    match c {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' | 'ö' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'u',
        other => other,
    }
}
