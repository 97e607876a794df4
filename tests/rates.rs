//! The embedded rate tables against the reference data and the published figures.
//!
//! The reference files live in `../shared/reference/rates/` beside the repository (CI has them
//! there). The published values of `reference/worked-examples.md` §C are written out below
//! from that document, not from the tables.

use relance::rates::{rates_info, RatesInfo};
use std::path::PathBuf;

fn reference(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/reference/rates")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reference file {} is required: {e}", path.display()))
}

fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(|f| f.trim().to_owned()).collect())
        .collect()
}

fn info() -> RatesInfo {
    rates_info().expect("embedded tables")
}

fn semester(info: &RatesInfo, label: &str) -> serde_json::Value {
    let s = info
        .semesters
        .iter()
        .find(|s| s.semester == label)
        .unwrap_or_else(|| panic!("no semester {label}"));
    serde_json::to_value(s).expect("serializes")
}

fn pct(v: &serde_json::Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_owned()
}

#[test]
fn ecb_table_matches_reference_row_for_row() {
    let info = info();
    let embedded: Vec<(String, String)> = info
        .ecb_mro
        .iter()
        .map(|r| (r.from.to_string(), r.rate_percent.to_string()))
        .collect();
    let reference: Vec<(String, String)> = rows(&reference("ecb_mro.csv"))
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    assert_eq!(embedded, reference);
}

#[test]
fn legal_rates_match_reference_for_every_semester_and_year() {
    let info = info();
    for r in rows(&reference("fr_taux_legal.csv")) {
        let (y, m) = (&r[0][0..4], &r[0][5..7]);
        let label = format!("{y}H{}", if m == "01" { 1 } else { 2 });
        let s = semester(&info, &label);
        assert_eq!(
            pct(&s, "legalIndividualPercent"),
            r[1],
            "{label} individual"
        );
        assert_eq!(
            pct(&s, "legalProfessionalPercent"),
            r[2],
            "{label} professional"
        );
        assert_eq!(s["assumed"], false, "{label}");
    }
    for r in rows(&reference("fr_taux_legal_annual.csv")) {
        for half in ["H1", "H2"] {
            let s = semester(&info, &format!("{}{half}", r[0]));
            assert_eq!(pct(&s, "legalIndividualPercent"), r[1]);
            assert_eq!(pct(&s, "legalProfessionalPercent"), r[1]);
        }
    }
}

#[test]
fn derived_b2b_rates_match_the_reference_semester_table() {
    let info = info();
    for r in rows(&reference("fr_b2b_semester.csv")) {
        let (y, m) = (&r[0][0..4], &r[0][5..7]);
        let label = format!("{y}H{}", if m == "01" { 1 } else { 2 });
        let s = semester(&info, &label);
        assert_eq!(pct(&s, "ecbRatePercent"), r[1], "{label} ECB");
        assert_eq!(pct(&s, "b2bPenaltyPercent"), r[2], "{label} penalty");
    }
}

/// worked-examples.md §C: published rates (✔ rows), each written out from the source.
#[test]
fn published_rates_section_c() {
    let info = info();
    let check = |label: &str, key: &str, want: &str, case: &str| {
        assert_eq!(
            pct(&semester(&info, label), key),
            want,
            "{case} {label} {key}"
        );
    };
    // C1 2014 floor 3 × 0.04 = 0.12 %.
    check("2014H1", "b2bContractFloorPercent", "0.12", "C1");
    // C2 2011 floor 1.14 %, 2010 floor 1.95 %.
    check("2011H1", "b2bContractFloorPercent", "1.14", "C2");
    check("2010H2", "b2bContractFloorPercent", "1.95", "C2");
    // C3 2018H1 floor 2.67 %; C4 2019H1 2.58 %; C5 2022H1 2.28 %; C6 2023H2 12.66 %.
    check("2018H1", "b2bContractFloorPercent", "2.67", "C3");
    check("2019H1", "b2bContractFloorPercent", "2.58", "C4");
    check("2022H1", "b2bContractFloorPercent", "2.28", "C5");
    check("2023H2", "b2bContractFloorPercent", "12.66", "C6");
    // C7 2024H1 floor 15.21 %, 2024H2 floor 14.76 %, 2024H2 default 14.25 %.
    check("2024H1", "b2bContractFloorPercent", "15.21", "C7");
    check("2024H2", "b2bContractFloorPercent", "14.76", "C7");
    check("2024H2", "b2bPenaltyPercent", "14.25", "C7");
    // C8 2009H1 default 12.5 %; C9 2013H2 10.50 %; C10 2014H2 10.15 %; C11 2017H2 10.00 %.
    check("2009H1", "b2bPenaltyPercent", "12.50", "C8");
    check("2013H2", "b2bPenaltyPercent", "10.50", "C9");
    check("2014H2", "b2bPenaltyPercent", "10.15", "C10");
    check("2017H2", "b2bPenaltyPercent", "10.00", "C11");
    // C12 2024H2 public procurement 12.25 %; C13 2025H1 default 13.15 % (2025H2 12.15 %).
    check("2024H2", "publicProcurementPercent", "12.25", "C12");
    check("2025H1", "b2bPenaltyPercent", "13.15", "C13");
    check("2025H2", "b2bPenaltyPercent", "12.15", "C13");
    // C14/C15 are known-wrong publications: 13.65 % (2024H2) and 15.07 % (2024H1).
    assert_ne!(
        pct(&semester(&info, "2024H2"), "b2bPenaltyPercent"),
        "13.65"
    );
    assert_ne!(
        pct(&semester(&info, "2024H1"), "b2bPenaltyPercent"),
        "15.07"
    );
    // C16 public procurement 2014: 0.25 + 8 = 8.25 %; C17 from 1 Jul 2023: 12 %.
    check("2014H1", "publicProcurementPercent", "8.25", "C16");
    check("2023H2", "publicProcurementPercent", "12.00", "C17");
    // Pre-LME default: December 2008 was 2.5 + 7 = 9.5 % under the old rule (C8's note) —
    // the 2008H2 value is ECB on 1 July 2008 (4.00) + 7.
    check("2008H2", "b2bPenaltyPercent", "11.00", "C8 note");
}

#[test]
fn coverage_is_stated_and_the_next_half_year_is_assumed() {
    let info = info();
    assert_eq!(info.known_through.to_string(), "2026-06-30");
    let next = semester(&info, "2026H2");
    assert_eq!(next["assumed"], true);
    // Carried forward from 2026H1: ECB 2.15 → 12.15 %, legal 6.67 / 2.62.
    assert_eq!(pct(&next, "b2bPenaltyPercent"), "12.15");
    assert_eq!(pct(&next, "legalIndividualPercent"), "6.67");
    assert_eq!(semester(&info, "2026H1")["assumed"], false);
}
