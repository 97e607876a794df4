//! Shared code of the fuzz targets: one dispatcher over every entry point the npm package
//! exports (plus the Rust-only `dunning_plan`), the checks every answer must pass, and a
//! generator of JSON values shaped like the real inputs.
//!
//! An input may be refused with any `relance::Error` except `internal` (documented as "a bug
//! in relance"); anything else that goes wrong — a panic, an overflow (overflow checks are on),
//! an `internal` error, a result that does not add up, a result that does not serialize — is a
//! crash.

use libfuzzer_sys::arbitrary::{Result as ArbResult, Unstructured};
use relance::Error;
use rust_decimal::Decimal;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Map, Value};

/// Entry points, in the order a selector byte picks them (new ones go at the end, so the
/// corpus keeps its meaning).
pub const ENTRIES: [&str; 15] = [
    "lateFees",
    "lateFeesBatch",
    "deadline",
    "dueDate",
    "publicHolidays",
    "workingDay",
    "paymentPlan",
    "invoiceMentions",
    "amountInWords",
    "dunningPlan",
    "rates",
    "version",
    "dunningPolicy",
    "agedBalance",
    "renderLetter",
];

/// Runs one entry point on a JSON value, the way the wasm export does: deserialize (with the
/// field path on failure), call the core, serialize the result.
pub fn run(entry: &str, value: Value) {
    if std::env::var_os("RELANCE_FUZZ_PRINT").is_some() {
        // Replaying an artifact: show the JSON input the bytes stand for.
        eprintln!("{entry}({value})");
    }
    match entry {
        "lateFees" => {
            if let Ok(input) = relance::error::deserialize(value.clone()) {
                check_totals(&input);
            }
            if let Some(r) = call(value, relance::regime::late_fees) {
                check_late_fees(&r);
            }
        }
        "lateFeesBatch" => match value {
            Value::Array(items) => {
                for item in items {
                    if let Some(r) = call(item, relance::regime::late_fees) {
                        check_late_fees(&r);
                    }
                }
            }
            other => run("lateFees", other),
        },
        "deadline" => {
            call(value, relance::calendar::deadline);
        }
        "dueDate" => {
            call(value, relance::calendar::due_date);
        }
        "publicHolidays" => {
            call(value, relance::calendar::public_holidays);
        }
        "workingDay" => {
            call(value, relance::calendar::working_day);
        }
        "paymentPlan" => {
            if let Some(r) = call(value, relance::plan::payment_plan) {
                let v = serde_json::to_value(&r).expect("plan serializes");
                let total = money(&v["total"]);
                let sum: Decimal = v["instalments"]
                    .as_array()
                    .expect("instalments")
                    .iter()
                    .map(|i| money(&i["amount"]))
                    .sum();
                assert_eq!(sum, total, "instalments do not add up to the total: {v}");
            }
        }
        "invoiceMentions" => {
            call(value, relance::letters::invoice_mentions);
        }
        "amountInWords" => {
            call(value, relance::letters::amount_in_words_of);
        }
        "dunningPlan" => {
            call(value, relance::dunning::dunning_plan);
        }
        "dunningPolicy" => {
            call(value, |i: &relance::dunning::PolicyRequest| {
                Ok(relance::dunning::default_policy(
                    i.regime,
                    i.lang.unwrap_or_default(),
                ))
            });
        }
        "agedBalance" => {
            call(value, relance::portfolio::aged_balance);
        }
        "renderLetter" => {
            call(value, relance::letters::render_letter);
        }
        "rates" => {
            let info = relance::rates::rates_info().expect("rates() never fails");
            serde_json::to_string(&info).expect("rates serialize");
        }
        "version" => assert!(!relance::VERSION.is_empty()),
        other => panic!("unknown entry {other}"),
    }
}

fn call<I, O>(value: Value, f: impl FnOnce(&I) -> relance::Result<O>) -> Option<O>
where
    I: DeserializeOwned,
    O: Serialize,
{
    let input: I = match relance::error::deserialize(value) {
        Ok(input) => input,
        Err(e) => {
            check_error(&e);
            return None;
        }
    };
    match f(&input) {
        Ok(out) => {
            serde_json::to_string(&out).expect("a result always serializes");
            Some(out)
        }
        Err(e) => {
            check_error(&e);
            None
        }
    }
}

/// A refusal must be a user error with a stable code and a message, never `internal`.
pub fn check_error(e: &Error) {
    let code = e.code();
    assert_ne!(
        code, "internal",
        "internal error (a bug by definition): {e}"
    );
    assert!(
        !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
        "bad code {code:?}"
    );
    assert!(!e.message().is_empty(), "empty message for {code}");
    let _ = e.to_string();
}

fn money(v: &Value) -> Decimal {
    let s = v
        .as_str()
        .unwrap_or_else(|| panic!("money is not a string: {v}"));
    let (_, frac) = s
        .split_once('.')
        .unwrap_or_else(|| panic!("money without decimals: {s}"));
    assert_eq!(frac.len(), 2, "money without two decimals: {s}");
    Decimal::from_str_exact(s).unwrap_or_else(|_| panic!("money does not parse: {s}"))
}

/// `late_fees_totals` (behind `lateFeesTotals`) gives exactly the figures, warning count and
/// error of `late_fees`.
fn check_totals(input: &relance::regime::LateFeesInput) {
    let full = relance::regime::late_fees(input);
    let totals = relance::regime::late_fees_totals(input);
    match (full, totals) {
        (Ok(r), Ok(t)) => {
            let figures = [
                (&r.interest, t.interest),
                (&r.interest_paid, t.interest_paid),
                (&r.compensation, t.compensation),
                (&r.principal_outstanding, t.principal_outstanding),
                (&r.interest_outstanding, t.interest_outstanding),
                (&r.total_due, t.total_due),
            ];
            for (money, decimal) in figures {
                assert_eq!(money.0, decimal, "totals differ from lateFees");
            }
            assert_eq!(r.days, t.days);
            assert_eq!(r.warnings.len(), t.warnings);
            let assumed = r.warnings.iter().any(|w| w.code == "rate-assumed");
            assert_eq!(assumed, t.rate_assumed);
        }
        (Err(a), Err(b)) => assert_eq!(
            (a.code(), a.field(), a.message()),
            (b.code(), b.field(), b.message())
        ),
        (a, b) => panic!("late_fees {:?} but late_fees_totals {:?}", a.is_ok(), b.is_ok()),
    }
}

/// The statement adds up: README "The rules, exactly" and the proptest invariants, checked
/// on whatever the fuzzer reaches.
pub fn check_late_fees(r: &relance::regime::LateFeesResult) {
    let v = serde_json::to_value(r).expect("result serializes");
    let periods = v["periods"].as_array().expect("periods");
    let mut interest = Decimal::ZERO;
    let mut days = 0i64;
    let mut previous_to: Option<relance::IsoDate> = None;
    for p in periods {
        let from = relance::IsoDate::parse(p["from"].as_str().expect("from")).expect("from date");
        let to = relance::IsoDate::parse(p["to"].as_str().expect("to")).expect("to date");
        let d = p["days"].as_i64().expect("days");
        assert!(from <= to, "period ends before it starts: {p}");
        assert_eq!(i64::from(from.days_until(to)) + 1, d, "period days: {p}");
        if let Some(prev) = previous_to {
            assert_eq!(prev.succ(), from, "periods are not contiguous: {v}");
        }
        previous_to = Some(to);
        assert!(
            money(&p["principal"]) > Decimal::ZERO,
            "period on a zero principal: {p}"
        );
        interest += money(&p["interest"]);
        days += d;
    }
    assert_eq!(
        interest,
        money(&v["interest"]),
        "interest is not the sum of the lines: {v}"
    );
    assert_eq!(days, v["days"].as_i64().expect("days"), "days: {v}");
    let principal = money(&v["principalOutstanding"]);
    let outstanding = money(&v["interestOutstanding"]);
    let compensation = money(&v["compensation"]);
    assert!(
        outstanding >= Decimal::ZERO,
        "negative interest outstanding: {v}"
    );
    assert_eq!(
        outstanding,
        money(&v["interest"]) - money(&v["interestPaid"]),
        "interestOutstanding: {v}"
    );
    assert!(
        compensation == Decimal::ZERO || compensation == Decimal::from(40),
        "compensation {compensation}"
    );
    assert_eq!(
        principal + outstanding + compensation,
        money(&v["totalDue"]),
        "totalDue does not add up: {v}"
    );
    for a in v["allocations"].as_array().expect("allocations") {
        assert_eq!(
            money(&a["toInterest"]) + money(&a["toPrincipal"]) + money(&a["unallocated"]),
            money(&a["amount"]),
            "allocation does not add up: {a}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Generators of JSON values shaped like the real inputs, with a share of wrong shapes.

/// A JSON value builder over the fuzzer's bytes.
pub struct Gen<'a, 'b>(pub &'a mut Unstructured<'b>);

impl Gen<'_, '_> {
    fn pick(&mut self, n: usize) -> ArbResult<usize> {
        Ok(usize::from(self.0.arbitrary::<u8>()?) % n)
    }

    fn int(&mut self, lo: i64, hi: i64) -> ArbResult<i64> {
        self.0.int_in_range(lo..=hi)
    }

    /// Mostly `likely`, sometimes something else entirely.
    pub fn maybe_wrong(&mut self, likely: Value) -> ArbResult<Value> {
        Ok(match self.pick(16)? {
            0 => self.garbage(2)?,
            _ => likely,
        })
    }

    /// Any JSON value, nested up to `depth`.
    pub fn garbage(&mut self, depth: u32) -> ArbResult<Value> {
        Ok(match self.pick(if depth == 0 { 6 } else { 8 })? {
            0 => Value::Null,
            1 => Value::Bool(self.0.arbitrary()?),
            2 => json!(self.0.arbitrary::<i64>()?),
            3 => serde_json::Number::from_f64(self.0.arbitrary::<f64>()?)
                .map_or(Value::Null, Value::Number),
            4 => Value::String(self.0.arbitrary::<String>()?),
            5 => json!(self.0.arbitrary::<u64>()?),
            6 => {
                let n = self.pick(4)?;
                let mut items = Vec::new();
                for _ in 0..n {
                    items.push(self.garbage(depth - 1)?);
                }
                Value::Array(items)
            }
            _ => {
                let n = self.pick(4)?;
                let mut map = Map::new();
                for _ in 0..n {
                    let key = self.0.arbitrary::<String>()?;
                    map.insert(key, self.garbage(depth - 1)?);
                }
                Value::Object(map)
            }
        })
    }

    /// A date string: mostly real dates of the years the law covers, sometimes the ends of
    /// the supported range, impossible days, other syntaxes or other types.
    pub fn date(&mut self) -> ArbResult<Value> {
        Ok(match self.pick(32)? {
            0 => json!("0001-01-01"),
            1 => json!("9999-12-31"),
            2 => json!("9999-12-30"),
            3 => json!(format!(
                "{:04}-{:02}-{:02}",
                self.int(0, 9999)?,
                self.int(0, 13)?,
                self.int(0, 32)?
            )),
            4 => json!(format!(
                "{}-{}-{}",
                self.int(-5, 99999)?,
                self.int(0, 99)?,
                self.int(0, 99)?
            )),
            5 => json!(self.0.arbitrary::<String>()?),
            6 => self.garbage(1)?,
            7 => json!(format!("{:04}-02-29", self.int(1995, 2040)?)),
            _ => json!(format!(
                "{:04}-{:02}-{:02}",
                self.int(1995, 2040)?,
                self.int(1, 12)?,
                self.int(1, 31)?
            )),
        })
    }

    /// A date near `base` (days away), so the dates of one input relate as real ones do.
    pub fn date_near(&mut self, base: &Value, spread: i64) -> ArbResult<Value> {
        // Rarely an unrelated date: a delay from 0001 to 9999 is valid but takes ~100 ms
        // (16 000 half-years of assumed rates), which would eat the fuzzing time.
        if self.pick(64)? == 0 {
            return self.date();
        }
        let Some(d) = base.as_str().and_then(|s| relance::IsoDate::parse(s).ok()) else {
            return self.date();
        };
        let offset = self.int(-spread / 8, spread)?;
        let offset = i32::try_from(offset).unwrap_or(0);
        Ok(match d.add_days(offset) {
            Ok(d) => json!(d.to_string()),
            Err(_) => self.date()?,
        })
    }

    /// An amount: decimal strings of every size and shape, finite numbers, and wrong ones.
    pub fn amount(&mut self) -> ArbResult<Value> {
        Ok(match self.pick(32)? {
            0 => json!("1000000000000"),
            1 => json!("999999999999.99"),
            2 => json!("1000000000000.01"),
            3 => json!("0"),
            4 => json!("0.01"),
            5 => json!(format!("-{}", self.int(0, 1_000_000)?)),
            6 => json!(
                [
                    "1e3", "12,50", " 1", "1.", ".5", "+5", "-0", "0.001", "٣", "1_000", "NaN",
                    "Infinity", "00012.30"
                ][self.pick(13)?]
            ),
            7 => json!(self.0.arbitrary::<String>()?),
            8 => json!(self.0.arbitrary::<u64>()?),
            9 => serde_json::Number::from_f64(self.0.arbitrary::<f64>()?)
                .map_or(Value::Null, Value::Number),
            10 => json!(self.int(0, 10_000_000)? as f64 / 100.0),
            11 => json!(format!(
                "{}{}",
                self.int(0, i64::MAX)?,
                "0".repeat(self.pick(30)?)
            )),
            12 => self.garbage(1)?,
            _ => {
                let cents = self.int(0, 10_000_000_000)?;
                json!(format!("{}.{:02}", cents / 100, cents % 100))
            }
        })
    }

    /// A percent rate.
    pub fn rate(&mut self) -> ArbResult<Value> {
        Ok(match self.pick(16)? {
            0 => json!("0"),
            1 => json!("100"),
            2 => json!("100.000001"),
            3 => json!("-1"),
            4 => json!("1.1234567"),
            5 => json!(self.0.arbitrary::<String>()?),
            6 => serde_json::Number::from_f64(self.0.arbitrary::<f64>()?)
                .map_or(Value::Null, Value::Number),
            7 => self.garbage(1)?,
            8 => json!(self.int(0, 100)?),
            _ => {
                let r = self.int(0, 100_000_000)?;
                json!(format!("{}.{:06}", r / 1_000_000, r % 1_000_000))
            }
        })
    }

    pub fn one_of(&mut self, values: &[&str]) -> ArbResult<Value> {
        Ok(match self.pick(values.len() + 2)? {
            i if i < values.len() => json!(values[i]),
            i if i == values.len() => json!(self.0.arbitrary::<String>()?),
            _ => self.garbage(1)?,
        })
    }

    pub fn small_int(&mut self, typical: i64) -> ArbResult<Value> {
        Ok(match self.pick(16)? {
            0 => json!(self.0.arbitrary::<i64>()?),
            1 => json!(self.0.arbitrary::<u32>()?),
            2 => json!(-1),
            3 => serde_json::Number::from_f64(self.0.arbitrary::<f64>()?)
                .map_or(Value::Null, Value::Number),
            4 => self.garbage(1)?,
            _ => json!(self.int(0, typical)?),
        })
    }

    /// Adds `key: value()` to `map` with probability 1/`odds`.
    pub fn optional(
        &mut self,
        map: &mut Map<String, Value>,
        key: &str,
        odds: usize,
        value: impl FnOnce(&mut Self) -> ArbResult<Value>,
    ) -> ArbResult<()> {
        if self.pick(odds)? == 0 {
            let v = value(self)?;
            map.insert(key.to_owned(), v);
        }
        Ok(())
    }

    /// Sometimes a misspelt or unknown key, sometimes a required one dropped.
    pub fn perturb(&mut self, map: &mut Map<String, Value>) -> ArbResult<()> {
        match self.pick(24)? {
            0 => {
                let key = self.0.arbitrary::<String>()?;
                let v = self.garbage(1)?;
                map.insert(key, v);
            }
            1 if !map.is_empty() => {
                let i = self.pick(map.len())?;
                if let Some(k) = map.keys().nth(i).cloned() {
                    map.remove(&k);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A `lateFees` input: the three regimes with their optional fields, payments, caller
    /// rate rows and options.
    pub fn late_fees_input(&mut self) -> ArbResult<Value> {
        let mut m = Map::new();
        let regime = self.one_of(&["fr-b2b", "fr-b2c", "fr-public"])?;
        m.insert("regime".into(), regime);
        let amount = self.amount()?;
        m.insert("amount".into(), amount);
        let due = self.date()?;
        let as_of = self.date_near(&due, 6000)?;
        m.insert("dueDate".into(), due.clone());
        m.insert("asOf".into(), as_of.clone());
        if self.pick(2)? == 0 {
            let n = self.pick(6)?;
            let mut payments = Vec::new();
            for _ in 0..n {
                let mut p = Map::new();
                let date = self.date_near(&due, 4000)?;
                p.insert("date".into(), date);
                let amount = self.amount()?;
                p.insert("amount".into(), amount);
                self.perturb(&mut p)?;
                let p = self.maybe_wrong(Value::Object(p))?;
                payments.push(p);
            }
            let payments = self.maybe_wrong(Value::Array(payments))?;
            m.insert("payments".into(), payments);
        }
        self.optional(&mut m, "contractRate", 4, |g| g.rate())?;
        self.optional(&mut m, "creditor", 4, |g| {
            g.one_of(&["professional", "individual"])
        })?;
        self.optional(&mut m, "noticeDate", 2, |g| g.date_near(&due, 400))?;
        self.optional(&mut m, "judgmentDate", 4, |g| g.date_near(&as_of, 800))?;
        self.optional(&mut m, "allocation", 6, |g| {
            g.one_of(&["interest-first", "principal-first"])
        })?;
        self.optional(&mut m, "dayCount", 6, |g| g.one_of(&["act/365", "act/act"]))?;
        self.optional(&mut m, "strictRates", 8, |g| {
            Ok(match g.pick(4)? {
                0 => g.garbage(1)?,
                i => json!(i % 2 == 0),
            })
        })?;
        if self.pick(6)? == 0 {
            let n = self.pick(5)?;
            let mut rows = Vec::new();
            for _ in 0..n {
                let mut r = Map::new();
                let table = self.one_of(&["ecb-mro", "legal-individual", "legal-professional"])?;
                r.insert("table".into(), table);
                let from = match self.pick(3)? {
                    0 => self.date()?,
                    _ => json!(format!(
                        "{:04}-{}",
                        self.int(1990, 2040)?,
                        ["01-01", "07-01"][self.pick(2)?]
                    )),
                };
                r.insert("from".into(), from);
                let rate = self.rate()?;
                r.insert("ratePercent".into(), rate);
                self.perturb(&mut r)?;
                rows.push(Value::Object(r));
            }
            m.insert("rates".into(), Value::Array(rows));
        }
        self.perturb(&mut m)?;
        self.maybe_wrong(Value::Object(m))
    }

    fn calendar_kind(&mut self) -> ArbResult<Value> {
        self.one_of(&[
            "fr",
            "fr-alsace-moselle",
            "fr-guadeloupe",
            "fr-martinique",
            "fr-guyane",
            "fr-reunion",
            "fr-mayotte",
            "fr-saint-barthelemy",
            "fr-saint-martin",
        ])
    }

    /// An input for one of the other entry points (by name).
    pub fn input_for(&mut self, entry: &str) -> ArbResult<Value> {
        let mut m = Map::new();
        match entry {
            "lateFees" => return self.late_fees_input(),
            "lateFeesBatch" => {
                let n = self.pick(4)?;
                let mut items = Vec::new();
                for _ in 0..n {
                    items.push(self.late_fees_input()?);
                }
                return Ok(Value::Array(items));
            }
            "deadline" => {
                let from = self.date()?;
                m.insert("from".into(), from);
                self.optional(&mut m, "days", 2, |g| g.small_int(40_000))?;
                self.optional(&mut m, "months", 2, |g| g.small_int(1300))?;
                self.optional(&mut m, "calendar", 3, |g| g.calendar_kind())?;
            }
            "dueDate" => {
                let issue = self.date()?;
                m.insert("issueDate".into(), issue);
                let mut t = Map::new();
                let kind = self.one_of(&[
                    "immediate",
                    "days",
                    "days-end-of-month",
                    "end-of-month-days",
                    "day-of-month",
                ])?;
                t.insert("kind".into(), kind);
                self.optional(&mut t, "days", 2, |g| g.small_int(40_000))?;
                self.optional(&mut t, "day", 2, |g| g.small_int(33))?;
                self.optional(&mut t, "months", 2, |g| g.small_int(1300))?;
                self.perturb(&mut t)?;
                let terms = self.maybe_wrong(Value::Object(t))?;
                m.insert("terms".into(), terms);
                self.optional(&mut m, "regime", 2, |g| {
                    g.one_of(&["fr-b2b", "fr-b2c", "fr-public"])
                })?;
                self.optional(&mut m, "publicBuyer", 3, |g| {
                    g.one_of(&[
                        "state",
                        "local-authority",
                        "public-health",
                        "public-enterprise",
                    ])
                })?;
            }
            "publicHolidays" => {
                let year = match self.pick(4)? {
                    0 => self.small_int(20_000)?,
                    _ => json!(self.int(-2, 10_001)?),
                };
                m.insert("year".into(), year);
                self.optional(&mut m, "calendar", 2, |g| g.calendar_kind())?;
            }
            "workingDay" => {
                let date = self.date()?;
                m.insert("date".into(), date);
                self.optional(&mut m, "calendar", 2, |g| g.calendar_kind())?;
            }
            "paymentPlan" => {
                let amount = self.amount()?;
                m.insert("amount".into(), amount);
                let first = self.date()?;
                m.insert("firstDate".into(), first);
                let count = self.small_int(400)?;
                m.insert("count".into(), count);
                let f = self.one_of(&["weekly", "biweekly", "monthly", "quarterly"])?;
                m.insert("frequency".into(), f);
                self.optional(&mut m, "firstAmount", 3, |g| g.amount())?;
                self.optional(&mut m, "roundTo", 3, |g| g.amount())?;
            }
            "invoiceMentions" => {
                let regime = self.one_of(&["fr-b2b", "fr-b2c", "fr-public"])?;
                m.insert("regime".into(), regime);
                self.optional(&mut m, "contractRate", 2, |g| g.rate())?;
                self.optional(&mut m, "lang", 2, |g| g.one_of(&["fr", "en"]))?;
                self.optional(&mut m, "asOf", 2, |g| g.date())?;
            }
            "amountInWords" => {
                let amount = self.amount()?;
                m.insert("amount".into(), amount);
                self.optional(&mut m, "lang", 2, |g| g.one_of(&["fr", "en"]))?;
            }
            "dunningPolicy" => {
                let regime = self.one_of(&["fr-b2b", "fr-b2c", "fr-public"])?;
                m.insert("regime".into(), regime);
            }
            "agedBalance" => {
                let as_of = self.date()?;
                m.insert("asOf".into(), as_of.clone());
                let n = self.pick(6)?;
                let mut invoices = Vec::new();
                for i in 0..n {
                    let mut inv = Map::new();
                    inv.insert("id".into(), json!(format!("I{i}")));
                    let debtor = self.one_of(&["A", "B", "C"])?;
                    inv.insert("debtorId".into(), debtor);
                    let due = self.date_near(&as_of, 400)?;
                    inv.insert("dueDate".into(), due.clone());
                    let amount = self.amount()?;
                    inv.insert("amount".into(), amount);
                    self.optional(&mut inv, "debtorKind", 3, |g| {
                        g.one_of(&["business", "consumer", "public"])
                    })?;
                    self.optional(&mut inv, "regime", 3, |g| {
                        g.one_of(&["fr-b2b", "fr-b2c", "fr-public"])
                    })?;
                    self.optional(&mut inv, "contractRate", 5, |g| g.rate())?;
                    self.optional(&mut inv, "payments", 3, |g| {
                        let date = g.date_near(&due, 300)?;
                        let amount = g.amount()?;
                        Ok(json!([{ "date": date, "amount": amount }]))
                    })?;
                    self.perturb(&mut inv)?;
                    invoices.push(Value::Object(inv));
                }
                m.insert("invoices".into(), Value::Array(invoices));
                self.optional(&mut m, "buckets", 3, |g| {
                    let n = g.pick(6)?;
                    let mut b = Vec::new();
                    for _ in 0..n {
                        b.push(g.small_int(400)?);
                    }
                    Ok(Value::Array(b))
                })?;
                self.optional(&mut m, "concentrationPercent", 3, |g| g.rate())?;
                self.optional(&mut m, "calendar", 4, |g| g.calendar_kind())?;
            }
            "dunningPlan" | "renderLetter" => {
                let regime = self.one_of(&["fr-b2b", "fr-b2c", "fr-public"])?;
                m.insert("regime".into(), regime);
                let as_of = self.date()?;
                m.insert("asOf".into(), as_of.clone());
                let kind = self.one_of(&["business", "consumer", "public"])?;
                let name = match self.pick(4)? {
                    0 => json!(self.0.arbitrary::<String>()?),
                    _ => json!("Dupont <SARL> & fils"),
                };
                let n = self.pick(4)?;
                let mut invoices = Vec::new();
                for i in 0..n {
                    let mut inv = Map::new();
                    inv.insert("number".into(), json!(format!("F-{i}")));
                    let due = self.date_near(&as_of, 300)?;
                    let issue = self.date_near(&due, 60)?;
                    inv.insert("issueDate".into(), issue);
                    inv.insert("dueDate".into(), due);
                    let amount = self.amount()?;
                    inv.insert("amount".into(), amount);
                    if entry == "dunningPlan" {
                        inv.insert("id".into(), json!(format!("I{i}")));
                    }
                    self.optional(&mut inv, "contractRate", 6, |g| g.rate())?;
                    self.perturb(&mut inv)?;
                    invoices.push(Value::Object(inv));
                }
                m.insert("invoices".into(), Value::Array(invoices));
                self.optional(&mut m, "calendar", 4, |g| g.calendar_kind())?;
                if entry == "dunningPlan" {
                    m.insert(
                        "debtor".into(),
                        json!({ "id": "D1", "name": name, "kind": kind }),
                    );
                    self.optional(&mut m, "history", 3, |g| {
                        let date = g.date_near(&as_of, 100)?;
                        let step = g.one_of(&[
                            "pre-reminder",
                            "reminder",
                            "phone-call",
                            "second-reminder",
                            "final-notice",
                            "formal-notice",
                            "recovery",
                        ])?;
                        Ok(json!([{ "date": date, "step": step }]))
                    })?;
                } else {
                    let kind_of_letter = self.one_of(&[
                        "pre-reminder",
                        "reminder",
                        "phone-script",
                        "second-reminder",
                        "final-notice",
                        "formal-notice",
                        "statement",
                        "payment-plan",
                        "handover",
                    ])?;
                    m.insert("kind".into(), kind_of_letter);
                    let channel = self.one_of(&["email", "letter", "sms"])?;
                    m.insert("channel".into(), channel);
                    self.optional(&mut m, "lang", 2, |g| g.one_of(&["fr", "en"]))?;
                    m.insert(
                        "creditor".into(),
                        json!({ "name": "Atelier", "address": "1 rue X\n75011 Paris" }),
                    );
                    m.insert("debtor".into(), json!({ "name": name, "kind": kind }));
                    self.optional(&mut m, "deadlineDays", 3, |g| g.small_int(400))?;
                    self.optional(&mut m, "deadline", 4, |g| g.date_near(&as_of, 60))?;
                    self.optional(&mut m, "contractRate", 5, |g| g.rate())?;
                    self.optional(&mut m, "noticeDate", 4, |g| g.date_near(&as_of, 200))?;
                    self.optional(&mut m, "instalments", 4, |g| {
                        let d = g.date_near(&as_of, 200)?;
                        let a = g.amount()?;
                        Ok(json!([{ "date": d, "amount": a }]))
                    })?;
                }
            }
            _ => return self.garbage(3),
        }
        self.perturb(&mut m)?;
        self.maybe_wrong(Value::Object(m))
    }
}
