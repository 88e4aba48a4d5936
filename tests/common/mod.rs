//! Real places used as fixtures across the native tests (positions from the project's data sources).
#![allow(dead_code)]

use zhonglou_map::core::geo::LonLat;

/// 瞿秋白故居 / memorial hall, 延陵西路 (zh.wikipedia coordinate).
pub const QIUBAI: LonLat = LonLat::new(119.94722, 31.78278);
/// Metro Line 2 Nandajie station (© OpenStreetMap contributors).
pub const NANDAJIE_STATION: LonLat = LonLat::new(119.948601, 31.781909);
/// Metro Line 2 Qingfeng Park station, the line's western terminus (© OpenStreetMap contributors).
pub const QINGFENG_STATION: LonLat = LonLat::new(119.894829, 31.804445);
/// Lingjiatang market, Zouqu (far west of the district).
pub const LINGJIATANG: LonLat = LonLat::new(119.852468, 31.775871);
/// Cultural Palace station: in Tianning, just outside Zhonglou's eastern edge.
pub const WENHUAGONG_STATION: LonLat = LonLat::new(119.959412, 31.777038);

/// A feature as the data file writes it, with every language given.
pub fn feature(id: &str, category: &str, lon: f64, lat: f64) -> String {
    format!(
        r#"{{"type":"Feature","id":"{id}","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},
        "properties":{{"category":"{category}","name":{{"zh-Hans":"{id}简","zh-Hant":"{id}繁","en":"{id} en"}},
        "position":{{"basis":"sourced","precision_m":30,"source":"test"}}}}}}"#
    )
}

/// A FeatureCollection around raw feature texts.
pub fn collection(features: &[String]) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","))
}
