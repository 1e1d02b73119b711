//! Matches that are numbers, not dates: a digit run glued to a name
//! (`Covid-19`, `F-16`), part of a longer number (`3,2024`, `2.024`), a
//! hashtag (`#2024`), an amount (`2024 €`, `2024 %`).

/// Whether the folded extent `start..end` of `f` stands as a date.
pub fn stands_alone(f: &str, start: usize, end: usize) -> bool {
    let b = f.as_bytes();
    let before = |k: usize| start.checked_sub(k).and_then(|i| b.get(i)).copied();
    let after = |k: usize| b.get(end + k - 1).copied();
    let first_digit = b.get(start).is_some_and(u8::is_ascii_digit);
    let last_digit = end > 0 && b.get(end - 1).is_some_and(u8::is_ascii_digit);
    if first_digit {
        let glued = matches!(before(1), Some(b'#' | b'$' | b'/' | b'+'))
            || (matches!(before(1), Some(b'.' | b',' | b':')) && before(2).is_some_and(|c| c.is_ascii_digit()))
            || (before(1) == Some(b'-') && before(2).is_some_and(|c| c.is_ascii_alphabetic()));
        // `2 000`: the match starts inside a number written in groups.
        let grouped = before(1) == Some(b' ')
            && before(2).is_some_and(|c| c.is_ascii_digit())
            && b[start..].iter().take_while(|c| c.is_ascii_digit()).count() == 3;
        if glued || grouped {
            return false;
        }
    }
    if last_digit {
        let glued = (matches!(after(1), Some(b'.' | b',' | b':' | b'/')) && after(2).is_some_and(|c| c.is_ascii_digit()))
            || matches!(after(1), Some(b'%' | b'$'))
            || (after(1) == Some(b' ') && matches!(after(2), Some(b'%' | b'$')))
            || f.get(end..).is_some_and(|s| s.starts_with("€") || s.starts_with(" €"));
        if glued {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::stands_alone;

    #[test]
    fn numbers_that_are_not_dates() {
        let table: &[(&str, &str, bool)] = &[
            ("en 2024 la", "2024", true),
            ("le covid-19 tue", "19", false),
            ("un f-16 abattu", "16", false),
            ("#2024 tendance", "2024", false),
            ("3,2024 points", "2024", false),
            ("2024 % de hausse", "2024", false),
            ("2024 € de plus", "2024", false),
            ("2 000 morts", "000", false),
            ("version 1.2024", "2024", false),
        ];
        for &(text, part, want) in table {
            let s = text.find(part).unwrap();
            assert_eq!(stands_alone(text, s, s + part.len()), want, "{text}");
        }
    }
}
