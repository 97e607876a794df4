//! Embedded reference-rate tables and their lookup rules.
//!
//! - ECB main refinancing operations rate, one row per change since 1999 (`data/ecb_mro.csv`).
//!   Used by C. com. L441-10 II (B2B penalties) and CCP R2192-31 (public procurement).
//! - French legal interest rate (CMF L313-2, D313-1-A): one annual rate 2000–2014
//!   (`data/fr_taux_legal_annual.csv`), two rates per half-year since 2015
//!   (`data/fr_taux_legal.csv`): creditor an individual, and "tous les autres cas".
//!
//! Every value's source is in `data/SOURCES.md`. The tables are known through 2026-06-30; for a
//! later date the last known value is carried forward and the lookup says it was assumed.
//! Callers may extend or override rows ([`RateRow`]); the data stay pure input, no network.

use crate::date::{IsoDate, Semester};
use crate::error::{Error, ErrorKind, Result};
use crate::messages::{calc as msg, Text};
use crate::money::{Percent, Rate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const ECB_CSV: &str = include_str!("data/ecb_mro.csv");
const LEGAL_SEMESTER_CSV: &str = include_str!("data/fr_taux_legal.csv");
const LEGAL_ANNUAL_CSV: &str = include_str!("data/fr_taux_legal_annual.csv");

/// Last day the embedded tables are known to be right (ECB decisions and legal-rate arrêtés
/// read through the first half of 2026).
pub const KNOWN_THROUGH: &str = "2026-06-30";

/// Version of the embedded data, bumped whenever a row is added or corrected.
pub const TABLES_VERSION: &str = "2026H1";

/// Whose legal rate applies (CMF L313-2 since 2015 distinguishes by the creditor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Creditor {
    /// "Tous les autres cas": a company, a sole trader acting professionally, … (default).
    #[default]
    Professional,
    /// "Créances des personnes physiques n'agissant pas pour des besoins professionnels".
    Individual,
}

/// Which table a caller-supplied row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum RateTable {
    /// ECB main refinancing rate; `from` is the date the new rate took effect.
    #[serde(rename = "ecb-mro")]
    EcbMro,
    /// Legal rate for an individual creditor; `from` is 1 January or 1 July.
    #[serde(rename = "legal-individual")]
    LegalIndividual,
    /// Legal rate in all other cases; `from` is 1 January or 1 July.
    #[serde(rename = "legal-professional")]
    LegalProfessional,
}

/// A reference-rate row supplied by the caller to extend or correct the embedded tables.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RateRow {
    pub table: RateTable,
    /// For the ECB, the effective date of the change; for legal rates, the half-year start.
    pub from: IsoDate,
    /// Annual rate in percent.
    pub rate_percent: Rate,
}

/// A looked-up rate and whether it had to be assumed (carried forward past the known data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lookup {
    pub rate: Decimal,
    pub assumed: bool,
}

/// Rows sorted by key, at most one per key: a few dozen rows, so a sorted `Vec` with binary
/// search does what a `BTreeMap` would for a fraction of the wasm code.
#[derive(Debug, Clone)]
struct Table<K, V>(Vec<(K, V)>);

impl<K, V> Default for Table<K, V> {
    fn default() -> Self {
        Table(Vec::new())
    }
}

impl<K: Ord + Copy, V: Copy> Table<K, V> {
    /// Inserts or replaces the row for `key`.
    fn set(&mut self, key: K, value: V) {
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => {
                if let Some(row) = self.0.get_mut(i) {
                    row.1 = value;
                }
            }
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    /// The row with the greatest key on or before `key`.
    fn at_or_before(&self, key: K) -> Option<(K, V)> {
        let after = self.0.partition_point(|(k, _)| *k <= key);
        after.checked_sub(1).and_then(|i| self.0.get(i)).copied()
    }

    fn get(&self, key: K) -> Option<V> {
        self.0
            .binary_search_by(|(k, _)| k.cmp(&key))
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, v)| *v)
    }

    fn first_key(&self) -> Option<K> {
        self.0.first().map(|(k, _)| *k)
    }

    fn rows(&self) -> impl Iterator<Item = (K, V)> + '_ {
        self.0.iter().copied()
    }
}

/// The reference tables in force for one computation: embedded rows plus caller overrides.
#[derive(Debug, Clone)]
pub struct RateTables {
    ecb: Table<IsoDate, Decimal>,
    ecb_known_through: IsoDate,
    legal_annual: Table<i32, Decimal>,
    legal_individual: Table<Semester, Decimal>,
    legal_professional: Table<Semester, Decimal>,
    legal_known_through: IsoDate,
}

impl RateTables {
    /// The embedded tables, parsed once.
    pub fn embedded() -> Result<&'static RateTables> {
        static TABLES: OnceLock<Result<RateTables>> = OnceLock::new();
        TABLES
            .get_or_init(parse_embedded)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The embedded tables extended or overridden by `rows` (a row with the same table and
    /// date replaces the embedded one). A row dated after the known data extends coverage to
    /// that date (ECB) or to the end of that half-year (legal rates).
    pub fn with_overrides(rows: &[RateRow]) -> Result<RateTables> {
        let mut tables = RateTables::embedded()?.clone();
        for (i, row) in rows.iter().enumerate() {
            let rate = row.rate_percent.0;
            match row.table {
                RateTable::EcbMro => {
                    tables.ecb.set(row.from, rate);
                    tables.ecb_known_through = tables.ecb_known_through.max(row.from);
                }
                RateTable::LegalIndividual | RateTable::LegalProfessional => {
                    let semester = row.from.semester();
                    if semester.start() != row.from || row.from.year() < 2015 {
                        let from = row.from;
                        return Err(Error::at(
                            ErrorKind::InconsistentInput,
                            format!("rates[{i}].from"),
                            Text::of(&|l| msg::legal_rate_row_not_semester(l, from)),
                        ));
                    }
                    let map = if row.table == RateTable::LegalIndividual {
                        &mut tables.legal_individual
                    } else {
                        &mut tables.legal_professional
                    };
                    map.set(semester, rate);
                    tables.legal_known_through = tables.legal_known_through.max(semester.end());
                }
            }
        }
        Ok(tables)
    }

    /// The ECB main refinancing rate in force on `date` (the newest change on or before it).
    pub fn ecb_on(&self, date: IsoDate) -> Result<Lookup> {
        let rate = self
            .ecb
            .at_or_before(date)
            .map(|(_, rate)| rate)
            .ok_or_else(|| before_tables(MissingTable::Ecb, date, self.first_ecb()))?;
        Ok(Lookup {
            rate,
            assumed: date > self.ecb_known_through,
        })
    }

    /// The legal interest rate of a half-year for this kind of creditor: the annual rate
    /// before 2015 (same for everyone), the half-year rate since (CMF L313-2).
    pub fn legal(&self, semester: Semester, creditor: Creditor) -> Result<Lookup> {
        if semester.year < 2015 {
            let rate = self.legal_annual.get(semester.year).ok_or_else(|| {
                let first = self.legal_annual.first_key().unwrap_or(2000);
                before_tables(
                    MissingTable::Legal,
                    semester.start(),
                    IsoDate::from_ymd(first, 1, 1),
                )
            })?;
            return Ok(Lookup {
                rate,
                assumed: false,
            });
        }
        let map = match creditor {
            Creditor::Individual => &self.legal_individual,
            Creditor::Professional => &self.legal_professional,
        };
        let (found, rate) = map.at_or_before(semester).ok_or_else(|| {
            Error::new(
                ErrorKind::Internal,
                Text::of(&msg::legal_table_without_2015),
            )
        })?;
        Ok(Lookup {
            rate,
            assumed: found != semester || semester.start() > self.legal_known_through,
        })
    }

    pub fn ecb_known_through(&self) -> IsoDate {
        self.ecb_known_through
    }

    pub fn legal_known_through(&self) -> IsoDate {
        self.legal_known_through
    }

    /// ECB rows (effective date, rate), oldest first.
    pub fn ecb_rows(&self) -> impl Iterator<Item = (IsoDate, Decimal)> + '_ {
        self.ecb.rows()
    }

    /// Annual legal rates 2000–2014.
    pub fn legal_annual_rows(&self) -> impl Iterator<Item = (i32, Decimal)> + '_ {
        self.legal_annual.rows()
    }

    /// Half-year legal rates since 2015: (half-year, individual, professional).
    pub fn legal_semester_rows(&self) -> Vec<(Semester, Option<Decimal>, Option<Decimal>)> {
        let mut semesters: Vec<Semester> = self
            .legal_individual
            .rows()
            .chain(self.legal_professional.rows())
            .map(|(s, _)| s)
            .collect();
        crate::sort::stable_sort_by_key(&mut semesters, |s| *s);
        semesters.dedup();
        semesters
            .into_iter()
            .map(|s| {
                (
                    s,
                    self.legal_individual.get(s),
                    self.legal_professional.get(s),
                )
            })
            .collect()
    }

    fn first_ecb(&self) -> Option<IsoDate> {
        self.ecb.first_key()
    }
}

/// The table an early date is missing from (`date-before-rates`).
enum MissingTable {
    Ecb,
    Legal,
}

fn before_tables(table: MissingTable, date: IsoDate, first: Option<IsoDate>) -> Error {
    let text = match (table, first) {
        (MissingTable::Ecb, Some(first)) => Text::of(&|l| msg::ecb_rate_unknown(l, date, first)),
        (MissingTable::Legal, Some(first)) => {
            Text::of(&|l| msg::legal_rate_unknown(l, date, first))
        }
        (_, None) => Text::of(&|l| msg::rate_unknown(l, date)),
    };
    Error::new(ErrorKind::DateBeforeRates, text)
}

fn parse_embedded() -> Result<RateTables> {
    let bad = |what: &str| {
        Error::new(
            ErrorKind::Internal,
            Text::of(&|l| msg::embedded_table_malformed(l, what)),
        )
    };
    let mut ecb = Table::default();
    for fields in csv_rows(ECB_CSV) {
        let [date, rate] = fields.as_slice() else {
            return Err(bad("ECB"));
        };
        ecb.set(IsoDate::parse(date)?, decimal(rate)?);
    }
    let mut legal_individual = Table::default();
    let mut legal_professional = Table::default();
    for fields in csv_rows(LEGAL_SEMESTER_CSV) {
        let [start, individual, professional] = fields.as_slice() else {
            return Err(bad("legal-rate"));
        };
        let semester = IsoDate::parse(start)?.semester();
        legal_individual.set(semester, decimal(individual)?);
        legal_professional.set(semester, decimal(professional)?);
    }
    let mut legal_annual = Table::default();
    for fields in csv_rows(LEGAL_ANNUAL_CSV) {
        let [year, rate] = fields.as_slice() else {
            return Err(bad("annual legal-rate"));
        };
        let year: i32 = year.parse().map_err(|_| bad("annual legal-rate"))?;
        legal_annual.set(year, decimal(rate)?);
    }
    let known = IsoDate::parse(KNOWN_THROUGH)?;
    Ok(RateTables {
        ecb,
        ecb_known_through: known,
        legal_annual,
        legal_individual,
        legal_professional,
        legal_known_through: known,
    })
}

/// Data rows of a small header-first CSV, fields trimmed.
fn csv_rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(str::trim).collect())
}

fn decimal(s: &str) -> Result<Decimal> {
    Decimal::from_str_exact(s).map_err(|_| {
        Error::new(
            ErrorKind::Internal,
            Text::of(&|l| msg::embedded_rate_malformed(l, s)),
        )
    })
}

/// One ECB change row, as returned by `rates()`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct EcbRow {
    pub from: IsoDate,
    pub rate_percent: Percent,
}

/// One half-year of derived rates, as returned by `rates()`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct SemesterRates {
    /// `"2025H2"`.
    pub semester: String,
    pub from: IsoDate,
    pub to: IsoDate,
    /// ECB rate in force on the half-year's first day.
    pub ecb_rate_percent: Percent,
    /// Default B2B penalty rate (C. com. L441-10 II): ECB + 10 points (+ 7 before 2009).
    pub b2b_penalty_percent: Percent,
    /// Public-procurement rate for interest starting in this half-year (CCP R2192-31): ECB + 8.
    pub public_procurement_percent: Percent,
    /// Legal rate, creditor an individual (the single annual rate before 2015).
    pub legal_individual_percent: Percent,
    /// Legal rate, all other cases (the single annual rate before 2015).
    pub legal_professional_percent: Percent,
    /// Minimum contractual B2B rate: 3 × the "other cases" legal rate (1.5 × before 2009).
    pub b2b_contract_floor_percent: Percent,
    /// True when this half-year lies beyond the known data and its values are carried forward.
    pub assumed: bool,
}

/// What `rates()` returns: the embedded tables, their coverage and the derived half-year rates.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RatesInfo {
    /// Version label of the embedded data.
    pub version: String,
    /// Last day for which every table is known ("rates known through …").
    pub known_through: IsoDate,
    pub ecb_mro: Vec<EcbRow>,
    /// From 2000H1 through the half-year after the known data (marked `assumed`).
    pub semesters: Vec<SemesterRates>,
    pub sources: String,
}

/// First half-year under the LME rules (ECB + 10 points, floor 3 × legal rate).
pub(crate) const LME_START: IsoDate = IsoDate::known(2009, 1, 1);

/// The embedded tables, their coverage, and the rates derived for each half-year from 2000
/// through the half-year after the known data (whose values are carried forward, `assumed`).
pub fn rates_info() -> Result<RatesInfo> {
    let tables = RateTables::embedded()?;
    let known_through = IsoDate::parse(KNOWN_THROUGH)?;
    let first = Semester {
        year: 2000,
        second: false,
    };
    let last = known_through.semester().next();
    let mut semesters = Vec::new();
    let mut s = first;
    while s <= last {
        let ecb = tables.ecb_on(s.start())?;
        let individual = tables.legal(s, Creditor::Individual)?;
        let professional = tables.legal(s, Creditor::Professional)?;
        let lme = s.start() >= LME_START;
        let (points, factor) = if lme {
            (Decimal::from(10), Decimal::from(3))
        } else {
            (Decimal::from(7), Decimal::new(15, 1))
        };
        semesters.push(SemesterRates {
            semester: s.to_string(),
            from: s.start(),
            to: s.end(),
            ecb_rate_percent: Percent(ecb.rate),
            b2b_penalty_percent: Percent(ecb.rate + points),
            public_procurement_percent: Percent(ecb.rate + Decimal::from(8)),
            legal_individual_percent: Percent(individual.rate),
            legal_professional_percent: Percent(professional.rate),
            b2b_contract_floor_percent: Percent(professional.rate * factor),
            assumed: ecb.assumed || individual.assumed || professional.assumed,
        });
        s = s.next();
    }
    Ok(RatesInfo {
        version: TABLES_VERSION.to_owned(),
        known_through,
        ecb_mro: tables
            .ecb_rows()
            .map(|(from, rate)| EcbRow {
                from,
                rate_percent: Percent(rate),
            })
            .collect(),
        semesters,
        sources: "ECB main refinancing rate (ECB, Banque de France, Bank of Slovenia tables); French legal interest rate: annual decrees 2000–2014, half-yearly arrêtés since 2015 (CMF L313-2, D313-1-A). Details: src/rates/data/SOURCES.md".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lme_start_is_first_january_2009() {
        assert_eq!(Some(LME_START), IsoDate::from_ymd(2009, 1, 1));
    }

    #[test]
    fn embedded_tables_parse() {
        let t = RateTables::embedded().expect("embedded tables parse");
        assert_eq!(t.ecb_known_through().to_string(), KNOWN_THROUGH);
        // Spot values from data/SOURCES.md: first and last ECB rows, 2000 and 2026H1 legal rates.
        let ecb: Vec<_> = t.ecb_rows().collect();
        assert_eq!(
            ecb.first().map(|(d, r)| (d.to_string(), r.to_string())),
            Some(("1999-01-01".into(), "3.00".into()))
        );
        assert_eq!(
            ecb.last().map(|(d, r)| (d.to_string(), r.to_string())),
            Some(("2025-06-11".into(), "2.15".into()))
        );
        assert_eq!(
            t.legal_annual_rows()
                .next()
                .map(|(y, r)| (y, r.to_string())),
            Some((2000, "2.74".into()))
        );
        let last = t.legal_semester_rows().last().cloned();
        assert_eq!(
            last.map(|(s, i, p)| (
                s.to_string(),
                i.map(|r| r.to_string()),
                p.map(|r| r.to_string())
            )),
            Some(("2026H1".into(), Some("6.67".into()), Some("2.62".into())))
        );
    }
}
