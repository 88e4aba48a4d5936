//! Datum transforms against reference points from the project's facts sheet and round trips.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::datum::*;
use zhonglou_map::core::geo::LonLat;

fn close(a: LonLat, b: LonLat, degrees: f64) -> bool {
    (a.lon - b.lon).abs() <= degrees && (a.lat - b.lat).abs() <= degrees
}

#[test]
fn gcj02_reference_point_jingchuan_park_converts_to_its_wgs84_position() {
    // Facts sheet P03: an Amap-based app's 荆川公园 at GCJ-02 (119.924571, 31.766385) inverts to
    // WGS-84 (119.919896, 31.768522), given to six decimals.
    let wgs = gcj02_to_wgs84(LonLat::new(119.924571, 31.766385));
    assert!(close(wgs, LonLat::new(119.919896, 31.768522), 6e-7), "{wgs:?}");
}

#[test]
fn bd09_reference_points_convert_to_their_wgs84_positions() {
    // Facts sheet H08 (双桂坊) and K01 (凌家塘): BD-09 values from a Baidu-based app and their WGS-84 results,
    // computed there with the closed-form BD-09 inverse, which differs from the exact one by centimetres.
    for (bd, wgs) in [
        (LonLat::new(119.960722, 31.782186), LonLat::new(119.949471, 31.778551)),
        (LonLat::new(119.863694, 31.779899), LonLat::new(119.852468, 31.775871)),
    ] {
        let got = gcj02_to_wgs84(bd09_to_gcj02(bd));
        assert!(close(got, wgs, 1.5e-6), "{bd:?} gave {got:?}, expected {wgs:?}");
    }
}

#[test]
fn gcj02_is_about_half_a_kilometre_off_in_changzhou_and_bd09_about_a_kilometre() {
    let gcj = wgs84_to_gcj02(QIUBAI);
    let bd = Datum::Bd09.from_wgs84(QIUBAI);
    assert!((400.0..650.0).contains(&QIUBAI.distance_m(gcj)), "{}", QIUBAI.distance_m(gcj));
    assert!((900.0..1400.0).contains(&QIUBAI.distance_m(bd)), "{}", QIUBAI.distance_m(bd));
}

#[test]
fn gcj02_round_trip_is_within_a_millimetre_across_the_district() {
    for i in 0..=40 {
        for j in 0..=20 {
            let p = LonLat::new(119.78 + 0.18 * i as f64 / 40.0, 31.74 + 0.10 * j as f64 / 20.0);
            let back = gcj02_to_wgs84(wgs84_to_gcj02(p));
            assert!(p.distance_m(back) < 0.001, "{p:?} came back {} m away", p.distance_m(back));
        }
    }
}

#[test]
fn bd09_round_trip_is_within_a_millimetre() {
    for p in [QIUBAI, NANDAJIE_STATION, QINGFENG_STATION, LINGJIATANG] {
        let g = wgs84_to_gcj02(p);
        let back = bd09_to_gcj02(gcj02_to_bd09(g));
        assert!(g.distance_m(back) < 0.001, "{}", g.distance_m(back));
    }
}

#[test]
fn outside_mainland_china_the_transform_is_the_identity() {
    for p in [LonLat::new(-0.1276, 51.5072), LonLat::new(139.76, 35.68), LonLat::new(151.2, -33.87)] {
        assert_eq!(wgs84_to_gcj02(p), p);
        assert_eq!(gcj02_to_wgs84(p), p);
    }
    assert!(!outside_china(QIUBAI));
}

#[test]
fn map_app_links_carry_each_apps_datum() {
    use zhonglou_map::core::links;
    let number = |url: &str, key: &str| -> Vec<f64> {
        let start = url.find(key).unwrap() + key.len();
        url[start..].split('&').next().unwrap().split(',').map(|v| v.parse().unwrap()).collect()
    };
    let amap = number(&links::amap("瞿秋白同志纪念馆", QIUBAI), "position=");
    let gcj = wgs84_to_gcj02(QIUBAI);
    assert!(LonLat::new(amap[0], amap[1]).distance_m(gcj) < 1.0);
    let baidu = number(&links::baidu("瞿秋白同志纪念馆", QIUBAI), "location=");
    let bd = Datum::Bd09.from_wgs84(QIUBAI);
    assert!(LonLat::new(baidu[1], baidu[0]).distance_m(bd) < 1.0);
    let osm = links::osm(QIUBAI);
    assert!(osm.contains("mlat=31.782780&mlon=119.947220"));
}

#[test]
fn estimated_places_are_searched_by_name_in_other_apps_and_sourced_ones_pinned() {
    use zhonglou_map::core::links::{amap_for, baidu_for, pins};
    use zhonglou_map::core::places::{Basis, Position};
    let pos = |basis, precision_m| Position { basis, precision_m: Some(precision_m), source: None };
    let guess = pos(Basis::Estimated, 400.0);
    assert!(!pins(&guess));
    let amap = amap_for("青枫公园", QIUBAI, &guess);
    assert!(
        amap.starts_with("https://uri.amap.com/search?keyword=%E9%9D%92%E6%9E%AB%E5%85%AC%E5%9B%AD&city=320400"),
        "{amap}"
    );
    assert!(!amap.contains("position="), "no pin at our guess: {amap}");
    let baidu = baidu_for("青枫公园", QIUBAI, &guess);
    assert!(baidu.starts_with("https://api.map.baidu.com/place/search?query=%E9%9D%92%E6%9E%AB"), "{baidu}");
    assert!(baidu.contains("region=%E5%B8%B8%E5%B7%9E") && !baidu.contains("location="), "{baidu}");
    // Sourced positions, and approximate ones within 100 m, keep the pin.
    for position in [pos(Basis::Sourced, 250.0), pos(Basis::Derived, 100.0), pos(Basis::Estimated, 60.0)] {
        assert!(pins(&position), "{position:?}");
        assert!(amap_for("瞿秋白同志纪念馆", QIUBAI, &position).contains("marker?position="));
        assert!(baidu_for("瞿秋白同志纪念馆", QIUBAI, &position).contains("marker?location="));
    }
}

#[test]
fn amap_and_baidu_are_offered_only_for_places_in_china() {
    use zhonglou_map::core::links::chinese_apps_serve;
    assert!(chinese_apps_serve(QIUBAI));
    assert!(chinese_apps_serve(LonLat::new(87.6, 43.8)), "Ürümqi");
    assert!(!chinese_apps_serve(LonLat::new(2.35, 48.86)), "Paris");
    assert!(!chinese_apps_serve(LonLat::new(139.7, 35.7)), "Tokyo");
}

#[test]
fn a_datum_is_found_again_by_its_usual_name_and_nothing_else_is_a_datum() {
    for datum in Datum::ALL {
        assert_eq!(Datum::named(datum.name()), Some(datum));
    }
    assert_eq!(Datum::named("GCJ-02"), Some(Datum::Gcj02));
    assert_eq!(Datum::named("Gcj02"), None);
    assert_eq!(Datum::named(""), None);
}
