//! SVG path data (core::path_data): relative steps, short numbers, rounding that does not add up.

#![allow(clippy::unwrap_used)] // a failed unwrap in a test is a failed test

use zhonglou_map::core::path_data::append;

fn path(lines: &[&[(f64, f64)]], closed: bool, decimals: u32) -> String {
    let mut d = String::new();
    for line in lines {
        append(&mut d, line.iter().copied(), closed, decimals);
    }
    d
}

/// The points a path's data draws, read back: each move absolute, each step added to the point before.
fn points(d: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut numbers = Vec::new();
    let mut command = ' ';
    let flush = |command: char, numbers: &mut Vec<f64>, out: &mut Vec<(f64, f64)>| {
        if numbers.len() == 2 {
            let (x, y) = (numbers[0], numbers[1]);
            let at = match (command, out.last()) {
                ('l', Some(&(px, py))) => (px + x, py + y),
                _ => (x, y),
            };
            out.push(at);
        }
        numbers.clear();
    };
    let mut token = String::new();
    for c in d.chars().chain([' ']) {
        let starts_number = c == '-' || (c == '.' && token.contains('.'));
        if (c.is_ascii_alphabetic() || c == ' ' || starts_number) && !token.is_empty() {
            numbers.push(token.parse().unwrap());
            token.clear();
        }
        if c.is_ascii_alphabetic() {
            flush(command, &mut numbers, &mut out);
            command = c;
        } else if c != ' ' {
            token.push(c);
        }
        if numbers.len() == 2 {
            flush(command, &mut numbers, &mut out);
        }
    }
    out
}

#[test]
fn a_line_is_a_move_then_relative_steps_in_short_numbers() {
    let d = path(&[&[(135.0, 80.97), (145.05, 77.63), (145.05, 77.88), (140.0, 77.88)]], false, 2);
    assert_eq!(d, "M135 80.97l10.05-3.34l0 .25l-5.05 0");
}

#[test]
fn a_ring_closes_and_each_line_starts_with_its_own_move() {
    let d = path(&[&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)], &[(5.0, 5.0), (6.0, 5.5)]], true, 1);
    assert_eq!(d, "M0 0l1 0l0 1ZM5 5l1 .5Z");
}

#[test]
fn negative_numbers_and_fractions_below_one_are_written_whole() {
    let d = path(&[&[(-0.25, -12.5), (-0.5, 0.05)]], false, 2);
    assert_eq!(d, "M-.25-12.5l-.25 12.55");
    let rounded: Vec<(f64, f64)> =
        points(&d).iter().map(|&(x, y)| ((x * 100.0).round(), (y * 100.0).round())).collect();
    assert_eq!(rounded, vec![(-25.0, -1250.0), (-50.0, 5.0)]);
}

#[test]
fn rounding_does_not_add_up_along_a_long_line() {
    // A thousand steps of a third of a unit: each rounded step alone would drift by a third of a hundredth.
    let line: Vec<(f64, f64)> = (0..1000).map(|i| (i as f64 / 3.0, 100.0 - i as f64 / 3.0)).collect();
    let d = path(&[&line], false, 2);
    let drawn = points(&d);
    assert_eq!(drawn.len(), line.len());
    for (drawn, wanted) in drawn.iter().zip(&line) {
        assert!(
            (drawn.0 - wanted.0).abs() <= 0.005 + 1e-9 && (drawn.1 - wanted.1).abs() <= 0.005 + 1e-9,
            "{drawn:?} {wanted:?}"
        );
    }
}

#[test]
fn an_empty_line_writes_nothing() {
    assert_eq!(path(&[&[]], true, 2), "");
}
