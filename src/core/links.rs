//! Links that open a place in other map apps, each in the datum that app expects, with the place's Chinese name
//! (those apps find places by it). Plain links: nothing is requested until the user follows one.
//!
//! A position we only estimated (or derived) to worse than [`PIN_PRECISION_M`] is not pinned in Amap or Baidu:
//! their link searches the name in Changzhou instead, so a visitor is not walked to our guess. OpenStreetMap keeps
//! the point (it has no Chinese place search to speak of here), and the card keeps saying how exact it is.

use super::datum::{wgs84_to_gcj02, Datum};
use super::geo::LonLat;
use super::places::Position;
use super::url_state::encode;

/// The coarsest precision (metres) an approximate position may have and still be pinned in another app.
pub const PIN_PRECISION_M: f64 = 100.0;
/// Changzhou's administrative code (Amap's `city`) and name (Baidu's `region`).
const CHANGZHOU_ADCODE: &str = "320400";
const CHANGZHOU: &str = "常州";

/// Whether other apps should be given the point (sourced positions, and approximate ones within 100 m), or the
/// name to search for.
pub fn pins(position: &Position) -> bool {
    !position.basis.is_approximate() || position.precision_m.is_some_and(|m| m <= PIN_PRECISION_M)
}

/// Whether Amap and Baidu can show a place here: they map China only (outside it their links would land on
/// nothing, or on a Chinese place of the same name).
pub fn chinese_apps_serve(at: LonLat) -> bool {
    !crate::core::datum::outside_china(at)
}

/// Amap: a pin at the place's GCJ-02 position, or a search for its Chinese name in Changzhou.
pub fn amap_for(name_zh: &str, at: LonLat, position: &Position) -> String {
    if pins(position) {
        amap(name_zh, at)
    } else {
        format!("https://uri.amap.com/search?keyword={}&city={CHANGZHOU_ADCODE}&callnative=0", encode(name_zh))
    }
}

/// Baidu: a pin at the place's BD-09 position, or a search for its Chinese name in Changzhou.
pub fn baidu_for(name_zh: &str, at: LonLat, position: &Position) -> String {
    if pins(position) {
        baidu(name_zh, at)
    } else {
        format!(
            "https://api.map.baidu.com/place/search?query={}&region={}&output=html&src=zhonglou-map",
            encode(name_zh),
            encode(CHANGZHOU)
        )
    }
}

/// Amap (Gaode) marker page; Amap reads GCJ-02.
pub fn amap(name: &str, at: LonLat) -> String {
    let g = wgs84_to_gcj02(at);
    format!(
        "https://uri.amap.com/marker?position={:.6},{:.6}&name={}&coordinate=gaode&callnative=0",
        g.lon,
        g.lat,
        encode(name)
    )
}

/// Baidu Maps marker page; Baidu reads BD-09 when told `coord_type=bd09ll`.
pub fn baidu(name: &str, at: LonLat) -> String {
    let b = Datum::Bd09.from_wgs84(at);
    format!(
        "https://api.map.baidu.com/marker?location={:.6},{:.6}&title={}&content={}&output=html&coord_type=bd09ll",
        b.lat,
        b.lon,
        encode(name),
        encode(name)
    )
}

/// OpenStreetMap with a marker; OpenStreetMap reads WGS-84.
pub fn osm(at: LonLat) -> String {
    format!("https://www.openstreetmap.org/?mlat={:.6}&mlon={:.6}#map=17/{:.6}/{:.6}", at.lat, at.lon, at.lat, at.lon)
}
