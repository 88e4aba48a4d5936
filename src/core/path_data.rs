//! SVG path data as the map writes its outlines: each line a move to its first point, then each step relative to
//! the point before (`l`), at a fixed number of decimals, with no digit the precision does not need. A step is
//! measured between the points as rounded, so rounding never adds up along a line. Relative steps are short
//! numbers: the first view's outlines weigh a sixth less than with absolute ones.

/// Appends one line (or ring, `closed`) to `d`, in the units given, to `decimals` places.
pub fn append(d: &mut String, line: impl IntoIterator<Item = (f64, f64)>, closed: bool, decimals: u32) {
    let scale = 10_f64.powi(decimals as i32);
    let mut last: Option<(i64, i64)> = None;
    for (x, y) in line {
        let at = ((x * scale).round() as i64, (y * scale).round() as i64);
        let (dx, dy) = match last {
            None => {
                d.push('M');
                at
            }
            Some(before) => {
                d.push('l');
                (at.0 - before.0, at.1 - before.1)
            }
        };
        number(d, dx, decimals);
        number(d, dy, decimals);
        last = Some(at);
    }
    if closed && last.is_some() {
        d.push('Z');
    }
}

/// A number given in units of 10^-`decimals`: "12", "-3.5", ".25", with a space before it only where it would
/// otherwise run into the number before.
fn number(d: &mut String, units: i64, decimals: u32) {
    let scale = 10_i64.pow(decimals);
    if units < 0 {
        d.push('-');
    } else if d.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
        d.push(' ');
    }
    let (whole, part) = (units.unsigned_abs() / scale as u64, units.unsigned_abs() % scale as u64);
    if whole > 0 || part == 0 {
        d.push_str(&whole.to_string());
    }
    if part > 0 {
        let digits = format!("{part:0width$}", width = decimals as usize);
        d.push('.');
        d.push_str(digits.trim_end_matches('0'));
    }
}
