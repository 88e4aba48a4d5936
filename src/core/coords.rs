//! Reading a coordinate a person types or pastes: `lat, lon` or `lon, lat` (decided by range where that is
//! certain, by hemisphere letters where given, and otherwise left for the person to choose), in decimal degrees
//! or degrees-minutes-seconds (`31°47′58″N`, `31 47 58`, `北纬31°47′58″`), separated by a comma (either width), a
//! semicolon or spaces; in WGS-84, GCJ-02 (Amap's coordinate picker and most Chinese apps) or BD-09 (Baidu), as
//! the person says. What is stored is always WGS-84.

use super::datum::Datum;
use super::geo::LonLat;

/// A coordinate read from text, before its datum is applied.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    /// The order is certain: this is the point (in the datum the person chose).
    Point(LonLat),
    /// Both numbers could be a latitude: the person must say which order they wrote.
    Either { lat_first: LonLat, lon_first: LonLat },
}

/// Why a text is not a coordinate.
#[derive(Clone, Debug, PartialEq)]
pub enum CoordError {
    /// Nothing was typed.
    Empty,
    /// A part that is not a number of degrees (the part as typed).
    NotANumber(String),
    /// Not two numbers (or two degree-minute-second groups): how many were found.
    Count(usize),
    /// Minutes or seconds of 60 or more.
    BadMinutes,
    /// Neither order gives a position on Earth.
    OutOfRange { a: f64, b: f64 },
    /// Two latitudes or two longitudes by their letters.
    SameAxis,
}

/// One axis value with what its letters said about it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Value {
    degrees: f64,
    /// `Some(true)` for a latitude (N, S, 北纬, 南纬), `Some(false)` for a longitude (E, W, 东经, 西经).
    is_lat: Option<bool>,
}

/// Reads a coordinate (see the module's doc).
pub fn read(text: &str) -> Result<Reading, CoordError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(CoordError::Empty);
    }
    let values = values(text)?;
    let [a, b] = values.as_slice() else { return Err(CoordError::Count(values.len())) };
    let (lat, lon) = match (a.is_lat, b.is_lat) {
        (Some(true), Some(true)) | (Some(false), Some(false)) => return Err(CoordError::SameAxis),
        (Some(true), _) | (_, Some(false)) => (a.degrees, b.degrees),
        (Some(false), _) | (_, Some(true)) => (b.degrees, a.degrees),
        (None, None) => {
            let lat_first = on_earth(a.degrees, b.degrees);
            let lon_first = on_earth(b.degrees, a.degrees);
            return match (lat_first, lon_first) {
                (true, true) if a.degrees == b.degrees => Ok(Reading::Point(LonLat::new(b.degrees, a.degrees))),
                (true, true) => Ok(Reading::Either {
                    lat_first: LonLat::new(b.degrees, a.degrees),
                    lon_first: LonLat::new(a.degrees, b.degrees),
                }),
                (true, false) => Ok(Reading::Point(LonLat::new(b.degrees, a.degrees))),
                (false, true) => Ok(Reading::Point(LonLat::new(a.degrees, b.degrees))),
                (false, false) => Err(CoordError::OutOfRange { a: a.degrees, b: b.degrees }),
            };
        }
    };
    if on_earth(lat, lon) {
        Ok(Reading::Point(LonLat::new(lon, lat)))
    } else {
        Err(CoordError::OutOfRange { a: lat, b: lon })
    }
}

/// A position as the card writes it: `31.78080° N, 119.93869° E` (S and W south and west of zero).
pub fn degrees(p: LonLat) -> String {
    let (ns, ew) = (if p.lat < 0.0 { 'S' } else { 'N' }, if p.lon < 0.0 { 'W' } else { 'E' });
    format!("{:.5}° {ns}, {:.5}° {ew}", p.lat.abs(), p.lon.abs())
}

/// A point typed in a datum, in WGS-84.
pub fn to_wgs84(point: LonLat, datum: Datum) -> LonLat {
    datum.to_wgs84(point)
}

fn on_earth(lat: f64, lon: f64) -> bool {
    lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

/// Splits the text into its axis values: on commas and semicolons when there are any, otherwise on the
/// hemisphere letters or into groups of numbers.
fn values(text: &str) -> Result<Vec<Value>, CoordError> {
    let normal: String = text
        .chars()
        .map(|c| match c {
            '，' | '；' | ';' => ',',
            '′' | '’' | '‘' => '\'',
            '″' | '”' | '“' => '"',
            'º' | '˚' => '°',
            '\u{3000}' => ' ',
            other => other,
        })
        .collect();
    let parts: Vec<String> =
        if normal.contains(',') { normal.split(',').map(str::to_string).collect() } else { split_unseparated(&normal) };
    parts.iter().map(|p| value(p)).collect()
}

/// Without commas: after each hemisphere letter (`31.8N 119.9E`), or, for plain numbers, one value per number
/// when there are two, and per three (degrees, minutes, seconds) when there are six.
fn split_unseparated(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        if is_hemisphere(&chars, i) {
            parts.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    if parts.len() == 2 && parts.iter().all(|p| has_letter(p)) || parts.len() != 1 {
        return parts;
    }
    // Chinese prefixes: 北纬31.8 东经119.9.
    for marker in ["东经", "西经", "北纬", "南纬"] {
        if let Some(at) = text.find(marker).filter(|&at| at > 0) {
            return vec![text[..at].to_string(), text[at..].to_string()];
        }
    }
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '°' || c == '\'' || c == '"')
        .filter(|t| !t.is_empty())
        .collect();
    // Degree marks split degrees-minutes-seconds groups: 31°47'58" 119°56'50".
    if text.contains('°') {
        let groups: Vec<String> =
            text.split_inclusive('"').map(str::to_string).filter(|g| !g.trim().is_empty()).collect();
        if groups.len() == 2 {
            return groups;
        }
    }
    match tokens.len() {
        2 => tokens.iter().map(|t| t.to_string()).collect(),
        4 => tokens.chunks(2).map(|c| c.join(" ")).collect(),
        6 => tokens.chunks(3).map(|c| c.join(" ")).collect(),
        _ => tokens.iter().map(|t| t.to_string()).collect(),
    }
}

fn has_letter(part: &str) -> bool {
    let chars: Vec<char> = part.chars().collect();
    (0..chars.len()).any(|i| is_hemisphere(&chars, i))
}

/// Whether the letter at `i` is a hemisphere (`31.8N`, `119°56'50" E`), not part of a word (`hello`): N, S, E
/// or W after a number or a degree mark, and not followed by another letter.
fn is_hemisphere(chars: &[char], i: usize) -> bool {
    let letter = matches!(chars[i].to_ascii_uppercase(), 'N' | 'S' | 'E' | 'W');
    let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
    let after_number = before.is_some_and(|c| c.is_ascii_digit() || matches!(c, '°' | '\'' | '"' | '.'));
    let word_goes_on = chars.get(i + 1).is_some_and(|c| c.is_alphabetic());
    letter && after_number && !word_goes_on
}

/// One axis value: decimal degrees or degrees, minutes and seconds, with an optional hemisphere letter or
/// Chinese prefix.
fn value(part: &str) -> Result<Value, CoordError> {
    let mut text = part.trim().to_string();
    let mut sign = 1.0;
    let mut is_lat = None;
    for (marker, lat, negative) in
        [("北纬", true, false), ("南纬", true, true), ("东经", false, false), ("西经", false, true)]
    {
        if let Some(rest) = text.strip_prefix(marker) {
            text = rest.trim().to_string();
            is_lat = Some(lat);
            if negative {
                sign = -1.0;
            }
        }
    }
    let chars: Vec<char> = text.chars().collect();
    if let Some(last) = chars.last().filter(|_| is_hemisphere(&chars, chars.len() - 1)) {
        let hemisphere = match last.to_ascii_uppercase() {
            'N' => Some((true, false)),
            'S' => Some((true, true)),
            'E' => Some((false, false)),
            'W' => Some((false, true)),
            _ => None,
        };
        if let Some((lat, negative)) = hemisphere {
            text.pop();
            is_lat = Some(lat);
            if negative {
                sign = -sign;
            }
        }
    }
    let numbers: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '°' || c == '\'' || c == '"')
        .filter(|t| !t.is_empty())
        .collect();
    let parsed: Vec<f64> = numbers
        .iter()
        // The word that is not a number is named whole (`hello`, not a piece of it).
        .map(|n| n.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| CoordError::NotANumber((*n).into())))
        .collect::<Result<_, _>>()?;
    let degrees = match parsed.as_slice() {
        [d] => *d,
        [d, m] | [d, m, _] if *m < 0.0 || *m >= 60.0 => return Err(CoordError::BadMinutes),
        [_, _, s] if *s < 0.0 || *s >= 60.0 => return Err(CoordError::BadMinutes),
        [d, m] => d.signum_or_one() * (d.abs() + m / 60.0),
        [d, m, s] => d.signum_or_one() * (d.abs() + m / 60.0 + s / 3600.0),
        _ => return Err(CoordError::NotANumber(part.trim().into())),
    };
    Ok(Value { degrees: sign * degrees, is_lat })
}

trait SignumOrOne {
    fn signum_or_one(self) -> f64;
}

impl SignumOrOne for f64 {
    /// -1 for negative degrees (including -0), 1 otherwise: `-31 30` is -31.5.
    fn signum_or_one(self) -> f64 {
        if self.is_sign_negative() {
            -1.0
        } else {
            1.0
        }
    }
}
