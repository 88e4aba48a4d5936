//! Reading typed or pasted coordinates in every form a person may have them in.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

mod common;

use common::*;
use zhonglou_map::core::coords::{read, to_wgs84, CoordError, Reading};
use zhonglou_map::core::datum::{bd09_to_gcj02, gcj02_to_wgs84, Datum};
use zhonglou_map::core::geo::LonLat;

fn point(text: &str) -> LonLat {
    match read(text) {
        Ok(Reading::Point(p)) => p,
        other => panic!("{text:?} gave {other:?}"),
    }
}

fn near(a: LonLat, b: LonLat, metres: f64) -> bool {
    a.distance_m(b) <= metres
}

#[test]
fn decimal_degrees_in_either_order_are_told_apart_by_range() {
    let expected = LonLat::new(119.94722, 31.78278);
    for text in [
        "31.78278, 119.94722",
        "119.94722, 31.78278",
        "31.78278,119.94722",
        "119.94722 31.78278",
        "31.78278；119.94722",
        "31.78278，119.94722",
    ] {
        assert_eq!(point(text), expected, "{text}");
    }
}

#[test]
fn hemisphere_letters_and_chinese_prefixes_decide_the_order() {
    let expected = LonLat::new(119.94722, 31.78278);
    for text in
        ["31.78278N 119.94722E", "119.94722E, 31.78278N", "北纬31.78278 东经119.94722", "东经119.94722，北纬31.78278"]
    {
        assert_eq!(point(text), expected, "{text}");
    }
    assert_eq!(point("33.9S 151.2E"), LonLat::new(151.2, -33.9));
    assert_eq!(point("51.5N, 0.12W"), LonLat::new(-0.12, 51.5));
}

#[test]
fn degrees_minutes_seconds_in_the_usual_spellings() {
    // 31°46'58.0"N 119°56'50.0"E
    let expected = LonLat::new(119.0 + 56.0 / 60.0 + 50.0 / 3600.0, 31.0 + 46.0 / 60.0 + 58.0 / 3600.0);
    for text in [
        "31°46'58\"N 119°56'50\"E",
        "31°46′58″N, 119°56′50″E",
        "31°46'58\" 119°56'50\"",
        "31 46 58, 119 56 50",
        "31 46 58 119 56 50",
        "北纬31°46′58″ 东经119°56′50″",
    ] {
        assert!(near(point(text), expected, 0.01), "{text}: {:?}", read(text));
    }
    assert!(near(point("31 46.9667, 119 56.8333"), expected, 1.0), "degrees and decimal minutes");
}

#[test]
fn two_numbers_that_could_both_be_latitudes_are_left_for_the_person_to_order() {
    match read("31.8, 80.5").unwrap() {
        Reading::Either { lat_first, lon_first } => {
            assert_eq!(lat_first, LonLat::new(80.5, 31.8));
            assert_eq!(lon_first, LonLat::new(31.8, 80.5));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_text_says_what_is_wrong() {
    assert_eq!(read("  "), Err(CoordError::Empty));
    assert_eq!(read("abc, 119.9"), Err(CoordError::NotANumber("abc".into())));
    assert_eq!(read("31.8"), Err(CoordError::Count(1)));
    assert_eq!(read("31.8, 119.9, 5"), Err(CoordError::Count(3)));
    assert_eq!(read("200, 300"), Err(CoordError::OutOfRange { a: 200.0, b: 300.0 }));
    assert_eq!(read("31 75 00, 119 56 50"), Err(CoordError::BadMinutes));
    assert_eq!(read("31.8N, 32.1S"), Err(CoordError::SameAxis));
    assert_eq!(read("95N, 119.9E"), Err(CoordError::OutOfRange { a: 95.0, b: 119.9 }));
}

#[test]
fn amap_and_baidu_coordinates_come_back_to_wgs84_as_the_facts_sheet_gives_them() {
    // Facts sheet P03: 荆川公园 from an Amap-based app, GCJ-02 (119.924571, 31.766385) -> WGS-84 (119.919896, 31.768522).
    let gcj = point("31.766385, 119.924571");
    assert!(near(to_wgs84(gcj, Datum::Gcj02), LonLat::new(119.919896, 31.768522), 0.1));
    // Facts sheet K01: 凌家塘 from a Baidu-based app, BD-09 (119.863694, 31.779899) -> WGS-84 (119.852468, 31.775871).
    let bd = point("119.863694,31.779899");
    assert!(near(to_wgs84(bd, Datum::Bd09), LINGJIATANG, 0.2), "{:?}", to_wgs84(bd, Datum::Bd09));
    assert_eq!(to_wgs84(QIUBAI, Datum::Wgs84), QIUBAI);
    assert!(near(to_wgs84(bd, Datum::Bd09), gcj02_to_wgs84(bd09_to_gcj02(bd)), 0.001));
}

#[test]
fn every_coordinate_problem_reads_in_each_language() {
    use zhonglou_map::core::i18n::Lang;
    for text in ["", "abc, 119.9", "31.8", "200, 300", "31 75 00, 119 56 50", "31.8N, 32.1S"] {
        let error = read(text).unwrap_err();
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let said = error.describe(lang);
            assert!(said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{text:?}: {said}");
            assert!(
                !said.split(' ').any(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_alphabetic())),
                "{text:?}: {said}"
            );
        }
        assert!(error.describe(Lang::En).is_ascii() || text.contains(','), "{text:?}");
    }
}

#[test]
fn a_word_that_is_not_a_number_is_named_whole() {
    assert_eq!(read("hello"), Err(CoordError::NotANumber("hello".into())));
    assert_eq!(read("31.78, hello"), Err(CoordError::NotANumber("hello".into())));
    assert_eq!(read("west 119.9"), Err(CoordError::NotANumber("west".into())));
    // Hemisphere letters after a number still read as such.
    assert_eq!(read("31.8 N 119.9 E"), Ok(Reading::Point(LonLat::new(119.9, 31.8))));
}
