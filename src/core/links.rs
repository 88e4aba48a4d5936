//! Links that open a place in other map apps, each in the datum that app expects. Plain links: nothing is
//! requested until the user follows one.

use super::datum::{wgs84_to_gcj02, Datum};
use super::geo::LonLat;
use super::url_state::encode;

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
