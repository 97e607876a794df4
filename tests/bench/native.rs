//! The native side of `pkg-scripts/bench` and of `tests/js/parity.test.mjs`: the same core the
//! wasm module runs, compiled for the host.
//!
//! ```text
//! bench_native bench FILE [--runs N]   time `late_fees` on every input of a JSONL file;
//!                                      prints one JSON object (µs per invoice for each run)
//! bench_native results FILE|-          one JSON line per input line: the result, or
//!                                      {"error":{"code","field"?,"message"}} like a
//!                                      lateFeesBatch slot
//! bench_native modules FILE [--runs N] time dunning_plan, aged_balance and render_letter on
//!                                      the inputs tests/bench/modules.mjs wrote to FILE
//! ```
//!
//! Inputs are built exactly as the wasm boundary builds them: JSON → `serde_json::Value` →
//! `relance::error::deserialize` (unknown fields refused, field paths on errors).

use relance::dunning::{dunning_plan, DunningPlanInput};
use relance::letters::{render_letter, LetterInput};
use relance::portfolio::{aged_balance, AgedBalanceInput};
use relance::regime::{late_fees, late_fees_totals, LateFeesInput};
use serde_json::{json, Value};
use std::hint::black_box;
use std::io::{BufRead, BufWriter, Write};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("bench") => bench(&args[1..]),
        Some("results") => results(&args[1..]),
        Some("modules") => modules(&args[1..]),
        _ => Err(usage()),
    };
    if let Err(message) = outcome {
        eprintln!("bench_native: {message}");
        std::process::exit(2);
    }
}

fn usage() -> String {
    "usage: bench_native bench FILE [--runs N] | bench_native results FILE|- | bench_native modules FILE [--runs N]"
        .to_owned()
}

fn read_lines(path: &str) -> Result<Vec<String>, String> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
        Box::new(std::io::BufReader::new(file))
    };
    let mut lines = Vec::new();
    for line in reader.lines() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if !line.trim().is_empty() {
            lines.push(line);
        }
    }
    Ok(lines)
}

fn parse_input(line: &str) -> relance::Result<LateFeesInput> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        let text = relance::Text {
            fr: format!("pas du JSON : {e}"),
            en: format!("not JSON: {e}"),
        };
        relance::Error::new(relance::ErrorKind::InvalidType, text)
    })?;
    if value.is_null() {
        return Err(relance::Error::input_missing());
    }
    relance::error::deserialize(value)
}

fn error_slot(e: &relance::Error) -> Value {
    let mut error = serde_json::Map::new();
    error.insert("code".into(), json!(e.code()));
    if let Some(field) = e.field() {
        error.insert("field".into(), json!(field));
    }
    error.insert("message".into(), json!(e.message()));
    json!({ "error": error })
}

/// One JSON line per input: what a `lateFeesBatch` slot holds.
fn results(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err(usage());
    };
    let lines = read_lines(path)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in &lines {
        let text = match parse_input(line).and_then(|input| late_fees(&input)) {
            Ok(result) => serde_json::to_string(&result).map_err(|e| e.to_string())?,
            Err(e) => error_slot(&e).to_string(),
        };
        writeln!(out, "{text}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// `FILE [--runs N]` of the `bench` and `modules` commands.
fn file_and_runs(args: &[String]) -> Result<(&String, usize), String> {
    match args {
        [path] => Ok((path, 5)),
        [path, flag, n] if flag == "--runs" => {
            Ok((path, n.parse::<usize>().map_err(|e| e.to_string())?))
        }
        _ => Err(usage()),
    }
}

/// The inputs of one function in the file of `tests/bench/modules.mjs`, read as the wasm
/// boundary reads them.
fn module_inputs<T: serde::de::DeserializeOwned>(
    all: &Value,
    name: &str,
) -> Result<Vec<T>, String> {
    let list = all
        .get(name)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("no `{name}` list in the modules file"))?;
    list.iter()
        .enumerate()
        .map(|(i, v)| {
            relance::error::deserialize(v.clone()).map_err(|e| format!("{name}[{i}]: {e}"))
        })
        .collect()
}

/// Times `dunning_plan` (µs per call), `aged_balance` (µs per invoice) and `render_letter`
/// (µs per call) on the inputs the Node side times, `runs` times each after one warm-up pass
/// that also checks every input is accepted.
fn modules(args: &[String]) -> Result<(), String> {
    let (path, runs) = file_and_runs(args)?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let all: Value = serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let plans: Vec<DunningPlanInput> = module_inputs(&all, "dunningPlan")?;
    let aged: Vec<AgedBalanceInput> = module_inputs(&all, "agedBalance")?;
    let letters: Vec<LetterInput> = module_inputs(&all, "renderLetter")?;
    let aged_invoices = all
        .get("agedInvoices")
        .and_then(Value::as_u64)
        .ok_or("no agedInvoices in the modules file")? as f64;

    // µs per item of one pass of `f` over `inputs`; an input the function refuses is an error.
    fn pass<T, R>(
        inputs: &[T],
        items: f64,
        f: impl Fn(&T) -> relance::Result<R>,
    ) -> Result<f64, String> {
        let start = Instant::now();
        for (i, input) in inputs.iter().enumerate() {
            black_box(f(black_box(input)).map_err(|e| format!("input {i} refused: {e}"))?);
        }
        Ok(start.elapsed().as_secs_f64() * 1e6 / items.max(1.0))
    }
    let mut report = serde_json::Map::new();
    let mut time = |name: &str, one: &dyn Fn() -> Result<f64, String>| -> Result<(), String> {
        one().map_err(|e| format!("{name}: {e}"))?;
        let times = (0..runs)
            .map(|_| one())
            .collect::<Result<Vec<f64>, String>>()?;
        report.insert(
            name.to_owned(),
            json!({ "usPerItem": times, "medianUs": median(&times) }),
        );
        Ok(())
    };
    time("dunningPlan", &|| {
        pass(&plans, plans.len() as f64, dunning_plan)
    })?;
    time("agedBalance", &|| pass(&aged, aged_invoices, aged_balance))?;
    time("renderLetter", &|| {
        pass(&letters, letters.len() as f64, render_letter)
    })?;
    report.insert(
        "optLevel".into(),
        json!(option_env!("RELANCE_BENCH_OPT_LEVEL").unwrap_or("release profile of Cargo.toml")),
    );
    println!("{}", Value::Object(report));
    Ok(())
}

/// Times the core alone (inputs already deserialized; full result, and figures only as
/// `lateFeesTotals` computes them) and the whole JSON round trip (text → input → result →
/// text), `runs` times each over the whole file, after one warm-up pass.
fn bench(args: &[String]) -> Result<(), String> {
    let (path, runs) = file_and_runs(args)?;
    let lines = read_lines(path)?;
    let mut inputs = Vec::with_capacity(lines.len());
    let mut errors = 0usize;
    for line in &lines {
        match parse_input(line) {
            Ok(input) => inputs.push(input),
            Err(_) => errors += 1,
        }
    }
    let n = lines.len().max(1) as f64;

    // Times `f` over every parsed input: µs per invoice and how many failed.
    let time_pass = |f: &dyn Fn(&LateFeesInput) -> bool| {
        let start = Instant::now();
        let failed = inputs.iter().filter(|i| !f(black_box(i))).count();
        (start.elapsed().as_secs_f64() * 1e6 / n, failed)
    };
    let core_pass = || time_pass(&|i| late_fees(i).map(black_box).is_ok());
    // What lateFeesTotals computes: the same core without the statement lines and texts.
    let totals_pass = || time_pass(&|i| late_fees_totals(i).map(black_box).is_ok());
    let json_pass = || {
        let start = Instant::now();
        let mut bytes = 0usize;
        for line in &lines {
            let text = match parse_input(black_box(line)).and_then(|i| late_fees(&i)) {
                Ok(result) => serde_json::to_string(&result).unwrap_or_default(),
                Err(e) => error_slot(&e).to_string(),
            };
            bytes += black_box(text).len();
        }
        (start.elapsed().as_secs_f64() * 1e6 / n, bytes)
    };

    let (_, failed) = core_pass();
    let _ = totals_pass();
    let _ = json_pass();
    let mut core = Vec::with_capacity(runs);
    let mut totals = Vec::with_capacity(runs);
    let mut round_trip = Vec::with_capacity(runs);
    for _ in 0..runs {
        core.push(core_pass().0);
        totals.push(totals_pass().0);
        round_trip.push(json_pass().0);
    }
    let report = json!({
        "invoices": lines.len(),
        "inputErrors": errors,
        "computeErrors": failed,
        "runs": runs,
        "coreUsPerInvoice": core,
        "coreMedianUs": median(&core),
        "totalsUsPerInvoice": totals,
        "totalsMedianUs": median(&totals),
        "jsonRoundTripUsPerInvoice": round_trip,
        "jsonRoundTripMedianUs": median(&round_trip),
        "optLevel": option_env!("RELANCE_BENCH_OPT_LEVEL").unwrap_or("release profile of Cargo.toml"),
    });
    println!("{report}");
    Ok(())
}
