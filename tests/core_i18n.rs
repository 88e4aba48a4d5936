//! The interface's strings and language choice.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::i18n::*;
use zhonglou_map::core::phrases::*;

#[test]
fn every_interface_string_exists_in_every_language() {
    for text in Text::ALL {
        for lang in Lang::ALL {
            assert!(!text.get(lang).trim().is_empty(), "{text:?} is empty in {}", lang.code());
        }
    }
}

#[test]
fn browser_languages_map_to_the_closest_script() {
    assert_eq!(Lang::from_browser("zh-CN"), Lang::ZhHans);
    assert_eq!(Lang::from_browser("zh-TW"), Lang::ZhHant);
    assert_eq!(Lang::from_browser("zh-HK"), Lang::ZhHant);
    assert_eq!(Lang::from_browser("zh-Hant-TW"), Lang::ZhHant);
    assert_eq!(Lang::from_browser("en-GB"), Lang::En);
    assert_eq!(Lang::from_browser("fr-FR"), Lang::ZhHans, "unknown languages fall back to Simplified Chinese");
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("klingon"), None);
}

#[test]
fn cluster_names_list_the_first_places() {
    assert_eq!(cluster_name(Lang::En, 2, &["A", "B"]), "2 places: A, B");
    assert_eq!(cluster_name(Lang::ZhHans, 5, &["甲", "乙", "丙", "丁", "戊"]), "5 个地点：甲、乙、丙、丁…");
}

#[test]
fn approximate_locations_say_their_precision() {
    assert_eq!(approximate(Lang::En, 300.0), "Approximate location (±300 m)");
    assert_eq!(approximate(Lang::ZhHans, 250.4), "大致位置（±250 米）");
}

#[test]
fn distances_switch_to_kilometres_from_a_thousand_metres() {
    assert_eq!(distance_label(Lang::En, 500.0), "500 m");
    assert_eq!(distance_label(Lang::En, 2000.0), "2 km");
    assert_eq!(distance_label(Lang::ZhHant, 1000.0), "1 公里");
}

#[test]
fn english_counts_are_singular_for_one_and_plural_otherwise() {
    assert_eq!(showing_places(Lang::En, 1), "Showing 1 place");
    assert_eq!(showing_places(Lang::En, 0), "Showing 0 places");
    assert_eq!(showing_places(Lang::En, 2), "Showing 2 places");
    assert_eq!(results(Lang::En, 1), "1 result");
    assert_eq!(results(Lang::En, 3), "3 results");
    assert_eq!(showing_places(Lang::ZhHans, 1), "显示 1 个地点");
    assert_eq!(showing_places(Lang::ZhHant, 2), "顯示 2 個地點");
}

#[test]
fn english_text_uses_english_punctuation() {
    let full_width = ['（', '）', '，', '：', '；', '。', '！', '？', '、'];
    for text in Text::ALL {
        let en = text.get(Lang::En);
        assert!(!en.contains(full_width), "{text:?}: {en}");
    }
    assert_eq!(Lang::En.parenthesised("may be slow"), " (may be slow)");
    assert_eq!(Lang::ZhHans.parenthesised("可能较慢"), "（可能较慢）");
    assert_eq!(Lang::En.labelled("Qiubai", &["moved", "renamed"].join(Lang::En.semicolon())), "Qiubai: moved; renamed");
    assert_eq!(Lang::ZhHant.labelled("秋白", &["移動", "改名"].join(Lang::ZhHant.semicolon())), "秋白：移動；改名");
}
