//! The state a link carries, both ways:
//! `?place=<id>&cats=park,school&lang=en&view=<zoom>/<lat>/<lon>&base=schematic|tianditu|amap|osm&data=<url>`,
//! `embed` for the compact map another page frames, `tour=<key>&step=<n>` for a step of a guided tour, and
//! `by=<field>` for a user's places grouped by one of their fields, `label=<field>` for the field that names them.
//! Every parameter is optional; a value that cannot be used is dropped and reported, never fatal.

use super::filter::CategorySet;
use super::geo::{LonLat, MAX_LATITUDE, MAX_ZOOM, MIN_ZOOM};
use super::i18n::Lang;
use super::places::{is_slug, Category};
use super::tour::TourAt;
use std::fmt::Write as _;

/// The longest field name a link keeps for `by` and `label`.
const MAX_FIELD_CHARS: usize = 100;

/// Which base map is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BaseKind {
    #[default]
    Schematic,
    Tianditu,
    Amap,
    Osm,
}

impl BaseKind {
    pub const ALL: [BaseKind; 4] = [BaseKind::Schematic, BaseKind::Tianditu, BaseKind::Amap, BaseKind::Osm];

    pub fn key(self) -> &'static str {
        match self {
            BaseKind::Schematic => "schematic",
            BaseKind::Tianditu => "tianditu",
            BaseKind::Amap => "amap",
            BaseKind::Osm => "osm",
        }
    }

    pub fn from_key(key: &str) -> Option<BaseKind> {
        BaseKind::ALL.into_iter().find(|b| b.key() == key)
    }
}

/// A view as a link gives it: zoom and centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewParam {
    pub zoom: f64,
    pub center: LonLat,
}

impl ViewParam {
    /// Rounded the way links print it (a hundredth of a zoom level, about a metre), so that what a link says
    /// survives a round trip exactly.
    pub fn rounded(self) -> ViewParam {
        let r = |v: f64, scale: f64| (v * scale).round() / scale;
        ViewParam { zoom: r(self.zoom, 100.0), center: LonLat::new(r(self.center.lon, 1e5), r(self.center.lat, 1e5)) }
    }
}

/// A proposed correction a link shows: a place and where someone says it really is (WGS-84).
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    pub id: String,
    pub to: LonLat,
}

impl Fix {
    /// Rounded the way links print it (a millionth of a degree, about 10 cm).
    pub fn rounded(&self) -> Fix {
        let r = |v: f64| (v * 1e6).round() / 1e6;
        Fix { id: self.id.clone(), to: LonLat::new(r(self.to.lon), r(self.to.lat)) }
    }
}

/// Everything a link can say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    pub place: Option<String>,
    /// `None`: every category (the default, not printed).
    pub cats: Option<CategorySet>,
    pub lang: Option<Lang>,
    pub view: Option<ViewParam>,
    pub base: Option<BaseKind>,
    pub data: Option<String>,
    /// A proposed correction to show beside the place's position (`fix=<id>@<lat>,<lon>`).
    pub fix: Option<Fix>,
    /// The compact map for another page's frame (`embed`, no value).
    pub embed: bool,
    /// A step of a guided tour (`tour=<key>&step=<n>`; no step is step 1).
    pub tour: Option<TourAt>,
    /// The field a user's places are grouped by (`by=<field>`).
    pub by: Option<String>,
    /// The field a user's places are named by (`label=<field>`; none: their usual name).
    pub label: Option<String>,
}

/// A parameter value that was ignored, and why.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum UrlProblem {
    #[error("unknown category `{0}`")]
    UnknownCategory(String),
    #[error("unknown language `{0}`")]
    UnknownLanguage(String),
    #[error("view `{0}` is not zoom/latitude/longitude")]
    BadView(String),
    #[error("unknown base map `{0}`")]
    UnknownBase(String),
    #[error("place id `{0}` is not a valid id")]
    BadPlace(String),
    #[error("data address `{0}` is neither http(s) nor a path on this site")]
    BadData(String),
    #[error("correction `{0}` is not <id>@<latitude>,<longitude>")]
    BadFix(String),
    #[error("tour `{0}` is not a tour's key")]
    BadTour(String),
    #[error("step `{0}` is not a step number")]
    BadStep(String),
}

impl UrlState {
    /// Reads a query string (with or without the leading `?`). Unknown parameters are ignored silently (other
    /// software adds its own); known ones with bad values are dropped and reported.
    pub fn parse(query: &str) -> (UrlState, Vec<UrlProblem>) {
        let mut state = UrlState::default();
        let mut problems = Vec::new();
        let mut step = None;
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match decode(key).as_str() {
                "place" if value.is_empty() => {}
                "place" if is_slug(&value) => state.place = Some(value),
                "place" => problems.push(UrlProblem::BadPlace(value)),
                "cats" => {
                    let mut set = CategorySet::NONE;
                    for key in value.split(',').map(str::trim).filter(|k| !k.is_empty()) {
                        match Category::from_key(key) {
                            Some(c) => set = set.with(c, true),
                            None => problems.push(UrlProblem::UnknownCategory(key.to_string())),
                        }
                    }
                    state.cats = Some(set);
                }
                "lang" => match Lang::from_code(&value) {
                    Some(lang) => state.lang = Some(lang),
                    None => problems.push(UrlProblem::UnknownLanguage(value)),
                },
                "view" => match parse_view(&value) {
                    Some(view) => state.view = Some(view),
                    None => problems.push(UrlProblem::BadView(value)),
                },
                "base" => match BaseKind::from_key(&value) {
                    Some(base) => state.base = Some(base),
                    None => problems.push(UrlProblem::UnknownBase(value)),
                },
                "data" if value.trim().is_empty() => {}
                "data" if is_fetchable(&value) => state.data = Some(value),
                "data" => problems.push(UrlProblem::BadData(value)),
                "embed" => state.embed = value != "0" && value != "false",
                "by" if value.trim().is_empty() => {}
                "by" => state.by = Some(value.chars().take(MAX_FIELD_CHARS).collect()),
                "label" if value.trim().is_empty() => {}
                "label" => state.label = Some(value.chars().take(MAX_FIELD_CHARS).collect()),
                "tour" if value.is_empty() => {}
                "tour" if is_slug(&value) => state.tour = Some(TourAt::start(&value)),
                "tour" => problems.push(UrlProblem::BadTour(value)),
                "step" => match value.trim().parse::<usize>() {
                    Ok(n) if n >= 1 => step = Some(n),
                    _ => problems.push(UrlProblem::BadStep(value)),
                },
                "fix" if value.is_empty() => {}
                "fix" => match parse_fix(&value) {
                    Some(fix) => state.fix = Some(fix),
                    None => problems.push(UrlProblem::BadFix(value)),
                },
                _ => {}
            }
        }
        // A step means nothing without its tour.
        if let (Some(tour), Some(step)) = (&mut state.tour, step) {
            tour.step = step;
        }
        (state, problems)
    }

    /// The query string for this state, `?` included, or an empty string when everything is default.
    /// Parameters come in a fixed order so that equal states give equal links.
    pub fn to_query(&self) -> String {
        let mut q = String::new();
        let mut add = |key: &str, value: &str| {
            let _ = write!(q, "{}{key}={}", if q.is_empty() { '?' } else { '&' }, encode(value));
        };
        if let Some(place) = &self.place {
            add("place", place);
        }
        if let Some(cats) = self.cats.filter(|c| !c.is_all()) {
            add("cats", &cats.iter().map(Category::key).collect::<Vec<_>>().join(","));
        }
        if let Some(lang) = self.lang {
            add("lang", lang.code());
        }
        if let Some(view) = self.view {
            let v = view.rounded();
            add("view", &format!("{}/{}/{}", v.zoom, v.center.lat, v.center.lon));
        }
        if let Some(base) = self.base.filter(|b| *b != BaseKind::Schematic) {
            add("base", base.key());
        }
        if let Some(data) = &self.data {
            add("data", data);
        }
        if let Some(fix) = &self.fix {
            let f = fix.rounded();
            add("fix", &format!("{}@{},{}", f.id, f.to.lat, f.to.lon));
        }
        if let Some(by) = &self.by {
            add("by", by);
        }
        if let Some(label) = &self.label {
            add("label", label);
        }
        if let Some(tour) = &self.tour {
            add("tour", &tour.key);
            add("step", &tour.step.to_string());
        }
        if self.embed {
            q.push_str(if q.is_empty() { "?embed" } else { "&embed" });
        }
        q
    }

    /// The same state without its view: what decides between pushing a history entry and replacing one.
    pub fn without_view(&self) -> UrlState {
        UrlState { view: None, ..self.clone() }
    }
}

fn parse_fix(value: &str) -> Option<Fix> {
    let (id, at) = value.split_once('@')?;
    let (lat, lon) = at.split_once(',')?;
    let (lat, lon) = (lat.trim().parse::<f64>().ok()?, lon.trim().parse::<f64>().ok()?);
    let on_earth =
        lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
    (is_slug(id) && on_earth).then(|| Fix { id: id.to_string(), to: LonLat::new(lon, lat) }.rounded())
}

fn parse_view(value: &str) -> Option<ViewParam> {
    let mut parts = value.split('/').map(|p| p.trim().parse::<f64>().ok().filter(|v| v.is_finite()));
    let (zoom, lat, lon) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() || !(-MAX_LATITUDE..=MAX_LATITUDE).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return None;
    }
    Some(ViewParam { zoom: zoom.clamp(MIN_ZOOM, MAX_ZOOM), center: LonLat::new(lon, lat) })
}

/// Percent-decodes a query component (`+` is a space); invalid escapes are kept as written.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                match hex.and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query component, keeping the characters that are safe and readable in a link.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~,/:@".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The decoded value of one query parameter, for parameters that are not part of the shared state.
pub fn param(query: &str, name: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key) == name).then(|| decode(value))
    })
}

/// Whether a data address is one the map may fetch: http(s), or a path relative to this site. Any other scheme
/// (`javascript:`, `data:`, `file:` …) is refused.
pub fn is_fetchable(address: &str) -> bool {
    let address = address.trim();
    match address.split_once(':') {
        Some((scheme, _)) if is_scheme(scheme) => {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
        _ => true,
    }
}

/// Whether text before a colon is a URL scheme (a letter, then letters, digits, `+`, `-` or `.`).
fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The place a place's own page is for (`/place/<id>/`, prerendered for each built-in place), from its path.
pub fn place_page(path: &str) -> Option<String> {
    let id = path.strip_prefix("/place/")?.trim_end_matches('/');
    (!id.is_empty() && !id.contains('/')).then(|| decode(id))
}
