//! The timex layer's invariants on odd input, its reference-date finder, its
//! values without a reference date, and its speed.

use std::time::Instant;

use annotator::{annotate, Date, DateSource, Lang, Options, TimexType};

fn opts(lang: Lang, reference: Option<&str>) -> Options {
    Options { lang: Some(lang), reference_date: reference.map(|d| d.parse::<Date>().unwrap()) }
}

#[test]
fn never_panics_and_spans_are_sorted_flat_and_on_boundaries() {
    let nasty = [
        "", " ", "\n\n", "é", "🙂 2024 🙂", "le 31 février 2023", "le 99 mai", "25:61", "à 24 heures",
        "l’année dernière’’’", "du 3 au", "il y a", "«lundi»", "2024-13-45 99:99:99", "0000-00-00",
        "mi-", "début de l’", "XXXXXXXXe siècle", "années 00", "the '00s", "every", "vingt-", "9999999999999 ans",
        "Ⅻ siècle", "ﬁn 2022", "ǅ 2022", "en 2022\u{301} et", "chaque 99999999999999999999 ans",
        "31-Feb-2023", "2/30/2015", "Q5 2019", "le 0e trimestre", "le 31 du mois prochain", "300000000000 fridays from now",
        "4294967295 days later", "the 99th Tuesday of March", "le 9e lundi de février", "la veille", "the day before",
        "10/31/74 14 avril 15", "vendredi 31", "Friday the 31st", "2099-12 et 2100-01", "dans 99999999999 ans",
        "a year ago in the third quarter of 1500", "Easter 1500", "Pâques 2099", "la nuit de samedi à",
    ];
    for lang in Lang::ALL {
        for text in nasty {
            for reference in [None, Some("2024-01-23"), Some("0001-01-01"), Some("9999-12-31")] {
                let found = annotate(text, &opts(lang, reference)).timexes;
                let mut last_end = 0;
                for t in &found {
                    assert!(t.start < t.end && t.end <= text.len(), "{text:?}: {t:?}");
                    assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end), "{text:?}: {t:?}");
                    assert!(t.start >= last_end, "{text:?}: overlapping or unsorted {found:?}");
                    assert_eq!(&text[t.start..t.end], t.text);
                    last_end = t.end;
                }
            }
        }
    }
}

#[test]
fn finds_the_articles_own_date() {
    let table: &[(Lang, &str, &str)] = &[
        (Lang::Fr, "Un titre\nPublié le 26 septembre 2019 à 10h12\nLe ministre a parlé lundi.", "2019-09-26"),
        (Lang::Fr, "Le texte du jour.\nIl a parlé le 3 mai 2020 à Lyon.\n2024-01-23 18:52:23", "2024-01-23"),
        (Lang::Fr, "Mis à jour le 5 mars 2021\nLe conseil s'est réuni le 2 février 2021.", "2021-03-05"),
        (Lang::En, "Headline\nUpdated March 3, 2021\nThe council met on Feb. 2, 2021.", "2021-03-03"),
        (Lang::En, "March 22, 2013\nThe minister spoke on Monday.", "2013-03-22"),
        (Lang::En, "Published 2020-05-04T10:00:00Z\nText.", "2020-05-04"),
        // A dateline: a place in capitals, the date, a dash.
        (Lang::En, "TENNIS - DALE WINS\n\nOSLO, March 14, 2025 — Ann Dale won on Friday.", "2025-03-14"),
        (Lang::Fr, "Un titre\n\nLYON, 12 mars 2024 (AFP) – Le conseil s'est réuni lundi.", "2024-03-12"),
        // A place written as in running text, and a date opening the line
        // after the title with a dash after it.
        (Lang::Fr, "Un titre\n\nSaint-Dié, le 12 mars 2024 – Le conseil s'est réuni lundi.", "2024-03-12"),
        (Lang::En, "A headline\nNew Haven, March 14, 2025 - The council met on Friday.", "2025-03-14"),
        (Lang::Fr, "Le pont rouvre\n7 décembre 2026. - Le maire a parlé lundi devant le conseil.", "2026-12-07"),
    ];
    for &(lang, text, want) in table {
        let a = annotate(text, &opts(lang, None));
        assert_eq!(a.reference_date.as_deref(), Some(want), "{text:?}");
        assert_eq!(a.reference_date_source, Some(DateSource::Article));
    }
}

#[test]
fn no_reference_date_in_running_text() {
    let text = "Le conseil s'est réuni le 2 février 2021 pour voter le budget de la ville.";
    assert_eq!(annotate(text, &opts(Lang::Fr, None)).reference_date, None);
    let text = "Le maire, Paul Roy, le 2 février 2021 – jour du vote – a quitté la salle.";
    assert_eq!(annotate(text, &opts(Lang::Fr, None)).reference_date, None);
    // A date opening a line deep in the text is a timeline's, not a dateline.
    let text = "Le maire a rappelé les étapes du projet devant le conseil.\nIl a cité plusieurs dates importantes pour la ville.\nLes travaux ont commencé au printemps.\n2 février 2021 - le conseil municipal adopte le budget de la ville et la hausse des tarifs.";
    assert_eq!(annotate(text, &opts(Lang::Fr, None)).reference_date, None);
}

#[test]
fn values_stay_relative_without_a_reference_date() {
    let table: &[(Lang, &str, TimexType, &str)] = &[
        (Lang::Fr, "le 26 octobre", TimexType::DATE, "XXXX-10-26"),
        (Lang::Fr, "lundi", TimexType::DATE, "XXXX-WXX-1"),
        (Lang::Fr, "hier", TimexType::DATE, "PAST_REF"),
        (Lang::Fr, "demain", TimexType::DATE, "FUTURE_REF"),
        (Lang::Fr, "la semaine dernière", TimexType::DATE, "PAST_REF"),
        (Lang::Fr, "cette semaine", TimexType::DATE, "PRESENT_REF"),
        (Lang::Fr, "le 26 octobre 2023", TimexType::DATE, "2023-10-26"),
        (Lang::En, "two weeks ago", TimexType::DATE, "PAST_REF"),
        (Lang::En, "March 22", TimexType::DATE, "XXXX-03-22"),
        (Lang::En, "three months", TimexType::DURATION, "P3M"),
        (Lang::En, "at 8:30 p.m.", TimexType::TIME, "XXXX-XX-XXT20:30"),
    ];
    for &(lang, text, kind, value) in table {
        let found = annotate(text, &Options { lang: Some(lang), reference_date: None }).timexes;
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!((found[0].kind, found[0].value.as_str()), (kind, value), "{text:?}");
    }
}

#[test]
fn a_clock_time_takes_the_day_before_it_and_is_one_time_with_it() {
    let text = "Le texte a été adopté le 26 octobre 2023 à 19h33, puis publié le 27 octobre ; le greffe l'a mis en ligne vers midi.";
    let found = annotate(text, &opts(Lang::Fr, Some("2024-01-23"))).timexes;
    let got: Vec<(&str, &str)> = found.iter().map(|t| (t.text.as_str(), t.value.as_str())).collect();
    assert_eq!(got, [("le 26 octobre 2023 à 19h33", "2023-10-26T19:33"), ("le 27 octobre", "2023-10-27"), ("midi", "2023-10-27T12:00")]);
}

#[test]
fn a_bare_clock_time_takes_the_day_its_paragraph_speaks_of() {
    let text = "La finale aura lieu samedi 24 mars. Le coup d'envoi sera donné à 15 h 30.\nLa mairie ouvrira à 9 heures.";
    let found = annotate(text, &opts(Lang::Fr, Some("2001-03-15"))).timexes;
    let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2001-03-24", "2001-03-24T15:30", "2001-03-15T09:00"]);
}

/// Throughput of the timex layer alone. A measurement, not a test to run on
/// a shared machine: `cargo test --release --test dates_invariants -- --ignored --nocapture`.
#[test]
#[ignore]
fn timex_layer_is_fast() {
    let paragraph = "Le ministre a déclaré lundi que la réforme, adoptée le 26 octobre 2023 après trois mois de \
        débats, entrerait en vigueur en 2025. Plus de 1 500 personnes ont manifesté hier soir à 20 heures. \
        The minister said on Monday that the bill, passed on March 22, 2013 after two weeks of talks, would \
        take effect next year. Prices rose 3.5% in the past year, according to the agency. ";
    let text = paragraph.repeat(2000);
    for lang in Lang::ALL {
        let data = annotator::lang::data(lang);
        let doc = annotator::text::Document::new(&text, &data.text);
        let reference = "2024-01-23".parse().ok();
        annotator::dates::find(&doc, data, reference); // compile once
        let start = Instant::now();
        let found = annotator::dates::find(&doc, data, reference);
        let secs = start.elapsed().as_secs_f64();
        let mb_per_s = text.len() as f64 / secs / 1e6;
        let floor = if cfg!(debug_assertions) { 0.5 } else { 20.0 };
        eprintln!("{lang}: {} timexes, {mb_per_s:.1} MB/s", found.len());
        assert!(mb_per_s > floor, "{lang}: {mb_per_s:.1} MB/s");
    }
}

/// A French conditional is a future seen from the past (`a annoncé que la
/// maternité fermerait en juin`); a past conditional (`se serait produit`)
/// and an imperfect written with an accent (`espérait`) are pasts.
#[test]
fn french_conditional_points_forward() {
    let table: &[(&str, &str)] = &[
        ("Le directeur a annoncé lundi que la maternité fermerait en juin.", "2027-06"),
        ("Selon lui, le chantier reprendrait en mars.", "2027-03"),
        ("L'accident se serait produit en juin.", "2026-06"),
        ("Il espérait partir en juin.", "2026-06"),
    ];
    for &(text, want) in table {
        let found = annotate(text, &opts(Lang::Fr, Some("2026-12-08"))).timexes;
        let month = found.iter().find(|t| t.text.contains("juin") || t.text.contains("mars")).map(|t| t.value.as_str());
        assert_eq!(month, Some(want), "{text:?}: {found:?}");
    }
}
