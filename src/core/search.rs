//! Finding places by what people type: names in Simplified, Traditional or English, pinyin with or without
//! spaces and tone marks, and aliases (the article's 篔簹巷 finds 篦箕巷). Both Chinese scripts are in the data,
//! so no script conversion is needed; matching is on normalised keys, ranked exact > prefix > substring >
//! a near miss. A near miss forgives typing in Latin letters (pinyin, English, aliases): a query a letter or two
//! away from the start of a key (Damerau-Levenshtein, a swap of neighbours counting as one edit: `prak` → `park`,
//! `zhongluo` → `zhonglou`, `qinfeng` → `qingfeng`).

use super::order::order;
use super::places::Place;

/// A query or a key reduced to what matters for matching: lowercase letters, digits and CJK characters, with
/// tone marks, spaces, punctuation and brackets removed (`Qīngfēng Gōngyuán` → `qingfenggongyuan`).
pub fn normalise(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).map(strip_tone).filter(|c| c.is_alphanumeric()).collect()
}

/// A pinyin vowel with its tone mark removed (ü is kept as u, the way people type it).
fn strip_tone(c: char) -> char {
    match c {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' | 'ü' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'u',
        other => other,
    }
}

/// How well a key matches a query; higher is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// Some edits away from the start of the key (fewer is better).
    Near(std::cmp::Reverse<usize>),
    Substring,
    Prefix,
    Exact,
}

impl Strength {
    /// Lower is better.
    fn badness(self) -> u64 {
        match self {
            Strength::Exact => 0,
            Strength::Prefix => 1,
            Strength::Substring => 2,
            Strength::Near(std::cmp::Reverse(edits)) => 3 + edits as u64,
        }
    }
}

/// Normalised search keys for every place, built once.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// (place index, normalised key), every name, alias and pinyin of every place.
    keys: Vec<(usize, String)>,
}

impl SearchIndex {
    pub fn new(places: &[Place]) -> Self {
        let mut keys = Vec::new();
        for (i, p) in places.iter().enumerate() {
            let texts = [&p.name.zh_hans, &p.name.zh_hant, &p.name.en]
                .into_iter()
                .chain(p.aliases.iter())
                .chain(p.pinyin.as_ref());
            for text in texts {
                let key = normalise(text);
                if !key.is_empty() && !keys.iter().rev().take_while(|(j, _)| *j == i).any(|(_, k)| *k == key) {
                    keys.push((i, key));
                }
            }
        }
        Self { keys }
    }

    /// Places matching the query, best first, at most `limit`. An empty query matches nothing.
    pub fn search(&self, query: &str, limit: usize) -> Vec<usize> {
        let q = normalise(query);
        if q.is_empty() {
            return Vec::new();
        }
        let near = typo_budget(&q).map(|max| (q.chars().collect::<Vec<char>>(), max));
        // Best match per place: strength, then the shorter key (a closer fit), then data order.
        let mut best: Vec<(Strength, usize, usize)> = Vec::new();
        for (place, key) in &self.keys {
            let strength = if *key == q {
                Strength::Exact
            } else if key.starts_with(&q) {
                Strength::Prefix
            } else if key.contains(&q) {
                Strength::Substring
            } else if let Some(edits) = near.as_ref().and_then(|(query, max)| prefix_edits(query, key, *max)) {
                Strength::Near(std::cmp::Reverse(edits))
            } else {
                continue;
            };
            let len = key.chars().count();
            // Keys are grouped by place, so a place's best so far is the last entry if it is there at all.
            match best.last_mut().filter(|(_, _, p)| p == place) {
                Some(entry) if (strength, std::cmp::Reverse(len)) > (entry.0, std::cmp::Reverse(entry.1)) => {
                    *entry = (strength, len, *place)
                }
                Some(_) => {}
                None => best.push((strength, len, *place)),
            }
        }
        // Best first: the strongest, then the shortest key, then (the order `best` is in) data order.
        let order = order(best.iter().map(|&(strength, len, _)| (strength.badness(), len as u64)));
        order.into_iter().take(limit).map(|i| best[i].2).collect()
    }
}

/// How many edits a query may be away from a key and still find it: none for short or non-Latin queries (a
/// wrong character in a Chinese name is another name), one from four letters, two from eight.
fn typo_budget(query: &str) -> Option<usize> {
    let latin = query.chars().all(|c| c.is_ascii_alphanumeric());
    match query.len() {
        _ if !latin => None,
        0..=3 => None,
        4..=7 => Some(1),
        _ => Some(2),
    }
}

/// The fewest edits (insert, delete or change a letter, or swap two neighbours) that turn the query into the
/// start of the key, if at most `max` (optimal string alignment over the key's prefixes, one table per key).
fn prefix_edits(query: &[char], key: &str, max: usize) -> Option<usize> {
    let key: Vec<char> = key.chars().take(query.len() + max).collect();
    let (m, n) = (query.len(), key.len());
    if n + max < m {
        return None;
    }
    // rows[i][j]: edits between query[..i] and key[..j].
    let mut rows = vec![vec![0usize; n + 1]; m + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    rows[0] = (0..=n).collect();
    for i in 1..=m {
        for j in 1..=n {
            let change = usize::from(query[i - 1] != key[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + change);
            if i > 1 && j > 1 && query[i - 1] == key[j - 2] && query[i - 2] == key[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
        if rows[i].iter().min().is_some_and(|&least| least > max) {
            return None;
        }
    }
    rows[m].iter().skip(m.saturating_sub(max)).copied().min().filter(|&edits| edits <= max)
}
