//! Hostile and broken input through the loader: every case loads what it can, names what it cannot by
//! feature index, and never panics. (The browser runs the same loader for `?data=`, files and drops.)
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::places::{load, FeatureError, LoadError};

mod corpus;

use corpus::{Expect, GOOD};

fn with_bad(bad: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{GOOD},{bad}]}}"#)
}

fn check(name: &str, text: &str, expect: Expect) {
    let result = load(text);
    match (expect, result) {
        (Expect::FileError(why), Err(e)) => assert!(e.to_string().contains(why), "{name}: the error says {why:?}: {e}"),
        (Expect::Loads { places, skipped }, Ok(loaded)) => {
            assert_eq!(loaded.places.len(), places, "{name}: places");
            let got: Vec<usize> = loaded.skipped.iter().map(|s| s.index).collect();
            let wanted: Vec<usize> = skipped.iter().map(|(index, _)| *index).collect();
            assert_eq!(got, wanted, "{name}: skipped indices ({:?})", loaded.skipped);
            for (s, (_, why)) in loaded.skipped.iter().zip(skipped) {
                let said = s.describe(zhonglou_map::core::i18n::Lang::En);
                assert!(said.contains(why), "{name}: feature {} is skipped because {why:?}: {said}", s.index);
            }
        }
        (Expect::FileError(_), Ok(l)) => panic!("{name}: expected a file error, loaded {} places", l.places.len()),
        (Expect::Loads { .. }, Err(e)) => panic!("{name}: expected a partial load, got {e}"),
    }
}

#[test]
fn the_hostile_corpus_never_panics_and_keeps_what_it_can() {
    let cases = corpus::cases();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    for case in cases {
        check(case.name, &case.text(), case.expect);
    }
}

#[test]
fn swapped_coordinates_are_named_as_such() {
    let loaded = load(&with_bad(r#"{"type":"Feature","id":"s","geometry":{"type":"Point","coordinates":[31.8,119.9]},"properties":{"name":"x"}}"#)).unwrap();
    assert!(matches!(loaded.skipped[0].error, FeatureError::SwappedCoordinates { .. }), "{:?}", loaded.skipped);
    assert!(loaded.skipped[0].error.to_string().contains("swapped"));
}

#[test]
fn file_level_errors_say_what_is_wrong() {
    assert!(matches!(load("[]"), Err(LoadError::NotACollection)));
    assert!(load("{").unwrap_err().to_string().contains("not valid JSON"));
}

/// Whether a text holds an English sentence: three or more Latin words in a row. Technical tokens (JSON,
/// GeoJSON, a key, an id, a value from the file) stand alone or in pairs.
fn has_english_sentence(text: &str) -> bool {
    let mut run = 0;
    for word in text.split(|c: char| c.is_whitespace()) {
        let latin = !word.is_empty() && word.chars().all(|c| c.is_ascii_alphabetic() || ",.:;'`()".contains(c));
        run = if latin { run + 1 } else { 0 };
        if run >= 3 {
            return true;
        }
    }
    false
}

#[test]
fn every_problem_in_the_corpus_reads_in_chinese_for_a_chinese_reader_and_counts_features_from_one() {
    use zhonglou_map::core::i18n::Lang;
    for case in corpus::cases() {
        let (lines, first_index) = match load(&case.text()) {
            Err(e) => (vec![zhonglou_map::core::problems::DataProblem::Unusable(e)], None),
            Ok(loaded) => {
                let lines: Vec<String> =
                    loaded.skipped.iter().flat_map(|s| [s.describe(Lang::ZhHans), s.describe(Lang::ZhHant)]).collect();
                for line in &lines {
                    assert!(!has_english_sentence(line), "{}: {line}", case.name);
                }
                (Vec::new(), loaded.skipped.first().map(|s| s.index))
            }
        };
        for problem in lines {
            for lang in [Lang::ZhHans, Lang::ZhHant] {
                let said = problem.describe(lang);
                assert!(!has_english_sentence(&said), "{}: {said}", case.name);
                assert!(said.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: {said}", case.name);
            }
            let en = problem.describe(Lang::En);
            assert!(!en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "the English wording: {en}");
        }
        if let Some(index) = first_index {
            let loaded = load(&case.text()).unwrap();
            let said = loaded.skipped[0].describe(Lang::ZhHans);
            assert!(said.starts_with(&format!("第 {} 号要素", index + 1)), "{}: {said}", case.name);
        }
    }
}

#[test]
fn every_link_problem_reads_in_chinese_for_a_chinese_reader() {
    use zhonglou_map::core::i18n::Lang;
    use zhonglou_map::core::problems::LinkProblem;
    use zhonglou_map::core::url_state::UrlState;
    let (_, problems) =
        UrlState::parse("?cats=zzz,park&lang=xx&view=a/b/c&base=google&place=Bad%20Id&data=javascript:alert(1)");
    assert_eq!(problems.len(), 6, "{problems:?}");
    let mut all: Vec<LinkProblem> = problems.into_iter().map(LinkProblem::from).collect();
    all.push(LinkProblem::UnknownPlace("no-such-place".into()));
    for problem in all {
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let said = problem.describe(lang);
            assert!(!has_english_sentence(&said), "{said}");
        }
        let en = problem.describe(Lang::En);
        assert!(!en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "the English wording: {en}");
    }
}
