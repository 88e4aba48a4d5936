//! Notices stay readable whatever a link or a file holds: at most twenty reasons listed, the rest counted, and
//! anything repeated from the input cut short.
#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::changes::ChangeError;
use zhonglou_map::core::i18n::Lang;
use zhonglou_map::core::problems::{echo, listed, LinkProblem, ECHO_CHARS, MAX_LISTED};
use zhonglou_map::core::url_state::UrlState;

#[test]
fn a_refusal_lists_twenty_reasons_and_counts_the_rest() {
    let errors: Vec<ChangeError> = (0..1_000).map(|i| ChangeError::UnknownId(format!("place-{i}"))).collect();
    let lines = listed(&errors, Lang::En, |e| e.describe(Lang::En));
    assert_eq!(lines.len(), MAX_LISTED + 1);
    assert_eq!(lines[0], "no place has the id “place-0”");
    assert_eq!(lines[MAX_LISTED], "…and 980 more");
    assert_eq!(listed(&errors[..3], Lang::ZhHans, |e| e.describe(Lang::ZhHans)).len(), 3, "a few are all listed");
}

#[test]
fn a_hundred_kilobyte_fix_in_a_link_is_repeated_only_in_part() {
    let fix = "x".repeat(100_000);
    let (_, problems) = UrlState::parse(&format!("?fix={fix}"));
    assert_eq!(problems.len(), 1);
    let said = LinkProblem::from(problems[0].clone()).describe(Lang::En);
    assert!(said.chars().count() < ECHO_CHARS + 60, "{} characters", said.chars().count());
    assert!(said.contains(&format!("“{}…”", "x".repeat(ECHO_CHARS))), "{said}");
    assert!(said.ends_with("(fix)"), "the notice still says which part of the link it is: {said}");
}

#[test]
fn an_id_from_a_changes_file_is_cut_in_every_language() {
    let long = "长".repeat(500);
    for lang in Lang::ALL {
        let said = ChangeError::UnknownId(long.clone()).describe(lang);
        assert!(said.chars().count() < ECHO_CHARS + 40, "{lang:?}: {said}");
    }
}

#[test]
fn echo_keeps_short_values_whole_and_cuts_on_a_character() {
    assert_eq!(echo("qingfeng"), "qingfeng");
    let cut = echo(&"钟".repeat(ECHO_CHARS + 1));
    assert_eq!(cut.chars().count(), ECHO_CHARS + 1);
    assert!(cut.ends_with('…'));
    assert_eq!(echo(&"a".repeat(ECHO_CHARS)), "a".repeat(ECHO_CHARS), "exactly the limit is not cut");
}
