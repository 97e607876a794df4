// What a web team would write instead of relance: French late-payment penalties in plain
// JavaScript on decimal.js, written from README "The rules, exactly" (not from the Rust code),
// with the rate tables read from the package's `rates()`.
//
// Used by pkg-scripts/bench: it must give the same figures as the wasm module on the whole
// portfolio before it is timed. Compared (see `figures()`): regime, interestFrom, days, every
// period (from, to, days, principal, ratePercent, dayBasis, interest), interest, interestPaid,
// compensation, principalOutstanding, interestOutstanding, totalDue and every allocation line.
// Not reproduced: the texts (rule, ratesUsed bases, warnings), i.e. less work than relance does.
//
//   import { createLateFees } from "./decimaljs.mjs";
//   const lateFees = createLateFees(rates());   // rates() of the relance package
//   lateFees({ regime: "fr-b2b", amount: "1000", dueDate: "2025-01-31", asOf: "2025-03-31" });
import Decimal from "decimal.js";

// 34 significant digits: more than rust_decimal's 28, so the only rounding that matters is the
// explicit half-up to the cent of each period.
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
const ZERO = new D(0);
const FORTY = new D(40);

// ---- dates as day numbers (days since 1970-01-01), proleptic Gregorian ----
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y, m) => (m === 2 ? (isLeap(y) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(s, field) {
  const m = typeof s === "string" && DATE_RE.exec(s);
  if (!m) throw new Error(`${field}: not a YYYY-MM-DD date`);
  const y = +m[1], mo = +m[2], d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > monthDays(y, mo)) throw new Error(`${field}: no such day`);
  return daysFromCivil(y, mo, d);
}
const pad2 = (n) => (n < 10 ? "0" + n : "" + n);
function iso(day) {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}
/** Half-year index: 2 × year + (0 for January–June, 1 for July–December). */
function semesterOf(day) {
  const [y, m] = civilFromDays(day);
  return 2 * y + (m >= 7 ? 1 : 0);
}
const semesterStart = (s) => daysFromCivil(Math.floor(s / 2), s % 2 ? 7 : 1, 1);
function addMonths(day, n) {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12), nm = (total % 12) + 1;
  return daysFromCivil(ny, nm, Math.min(d, monthDays(ny, nm)));
}
const yearOf = (day) => civilFromDays(day)[0];

// ---- numbers ----
function amount(v, field) {
  if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`${field}: not finite`);
  const s = String(v);
  if (!/^\d+(\.\d{1,2})?$/.test(s)) throw new Error(`${field}: not an amount`);
  return new D(s);
}
function rate(v, field) {
  const d = new D(String(v));
  if (d.isNeg() || d.gt(100)) throw new Error(`${field}: rate out of range`);
  return d;
}
const money = (d) => d.toFixed(2);
function percent(d) {
  const s = d.toFixed();
  const dot = s.indexOf(".");
  if (dot < 0) return s + ".00";
  return s.length - dot === 2 ? s + "0" : s;
}
const cents = (d) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

const B2B_INDEMNITY_FROM = daysFromCivil(2013, 1, 1);
const PUBLIC_DECREE_2013 = daysFromCivil(2013, 3, 16);

/** `lateFees` built on the tables returned by the package's `rates()`. */
export function createLateFees(ratesInfo) {
  // One row per half-year; later half-years carry the last row forward (as relance does).
  const rows = new Map();
  let first = Infinity, last = -Infinity;
  for (const s of ratesInfo.semesters) {
    const idx = semesterOf(parseDate(s.from, "rates"));
    rows.set(idx, {
      ecb: new D(s.ecbRatePercent),
      b2b: new D(s.b2bPenaltyPercent),
      floor: new D(s.b2bContractFloorPercent),
      legal: { individual: new D(s.legalIndividualPercent), professional: new D(s.legalProfessionalPercent) },
    });
    first = Math.min(first, idx);
    last = Math.max(last, idx);
  }
  const row = (idx) => {
    if (idx < first) throw new Error("date before the rate tables");
    return rows.get(Math.min(idx, last));
  };

  return function lateFees(input) {
    const regime = input.regime;
    const principal0 = amount(input.amount, "amount");
    const due = parseDate(input.dueDate, "dueDate");
    const asOf = parseDate(input.asOf, "asOf");
    const dayCount = input.dayCount ?? "act/365";
    // Default imputation: interest first (C. civ. 1343-1), principal first for a public buyer
    // (it pays the interest apart, within 45 days of the principal: CCP R2192-36).
    const principalFirst = (input.allocation ?? (input.regime === "fr-public" ? "principal-first" : "interest-first")) === "principal-first";

    // Payments on or before asOf, one per day (same-day payments added), by date.
    const byDay = new Map();
    for (const [i, p] of (input.payments ?? []).entries()) {
      const date = parseDate(p.date, `payments[${i}].date`);
      const a = amount(p.amount, `payments[${i}].amount`);
      if (date <= asOf) byDay.set(date, (byDay.get(date) ?? ZERO).plus(a));
    }
    const payments = [...byDay.entries()].sort((x, y) => x[0] - y[0]);

    // Regime: when interest starts (the day after `start`), the rate of each day, the 40 €.
    let start = null;
    let changes = []; // [{ from, rate }] in date order
    let indemnity = false;
    if (regime === "fr-b2b") {
      start = due;
      const firstDay = due + 1;
      indemnity = firstDay >= B2B_INDEMNITY_FROM;
      const contract = input.contractRate != null ? rate(input.contractRate, "contractRate") : null;
      if (asOf >= firstDay) {
        for (let s = semesterOf(firstDay), end = semesterOf(asOf); s <= end; s++) {
          const r = row(s);
          const value = contract === null ? r.b2b : contract.lt(r.floor) ? r.floor : contract;
          changes.push({ from: Math.max(semesterStart(s), firstDay), rate: value });
        }
      }
    } else if (regime === "fr-public") {
      start = due;
      const firstDay = due + 1;
      const points = firstDay >= PUBLIC_DECREE_2013 ? 8 : 7;
      indemnity = points === 8;
      changes.push({ from: firstDay, rate: row(semesterOf(firstDay)).ecb.plus(points) });
    } else if (regime === "fr-b2c") {
      if (input.noticeDate != null) {
        const notice = parseDate(input.noticeDate, "noticeDate");
        start = Math.max(notice, due);
        const firstDay = start + 1;
        const who = input.creditor === "individual" ? "individual" : "professional";
        const majorated =
          input.judgmentDate != null ? addMonths(parseDate(input.judgmentDate, "judgmentDate"), 2) + 1 : Infinity;
        if (asOf >= firstDay) {
          const cuts = [];
          for (let s = semesterOf(firstDay), end = semesterOf(asOf); s <= end; s++) cuts.push(Math.max(semesterStart(s), firstDay));
          if (majorated > firstDay && majorated <= asOf && !cuts.includes(majorated)) {
            cuts.push(majorated);
            cuts.sort((a, b) => a - b);
          }
          for (const from of cuts) {
            const legal = row(semesterOf(from)).legal[who];
            changes.push({ from, rate: from >= majorated ? legal.plus(5) : legal });
          }
        }
      }
    } else {
      throw new Error(`unknown regime ${regime}`);
    }

    // The period engine.
    let principal = principal0;
    let interest = ZERO;
    let interestPaid = ZERO;
    const periods = [];
    const allocations = [];
    const apply = (date, amt) => {
      let unpaid = interest.minus(interestPaid);
      if (unpaid.isNeg()) unpaid = ZERO;
      let toInterest, toPrincipal;
      if (principalFirst) {
        toPrincipal = Decimal.min(amt, principal);
        toInterest = Decimal.min(amt.minus(toPrincipal), unpaid);
      } else {
        toInterest = Decimal.min(amt, unpaid);
        toPrincipal = Decimal.min(amt.minus(toInterest), principal);
      }
      interestPaid = interestPaid.plus(toInterest);
      principal = principal.minus(toPrincipal);
      allocations.push({
        date: iso(date),
        amount: money(amt),
        toInterest: money(toInterest),
        toPrincipal: money(toPrincipal),
        unallocated: money(amt.minus(toInterest).minus(toPrincipal)),
      });
    };
    const startDay = start ?? asOf; // no start: interest never runs, payments reduce principal
    let next = 0;
    while (next < payments.length && payments[next][0] <= startDay) {
      apply(payments[next][0], payments[next][1]);
      next++;
    }
    const rateOn = (day) => {
      let r = changes.length ? changes[0].rate : ZERO;
      for (const c of changes) if (c.from <= day) r = c.rate; else break;
      return r;
    };
    let totalDays = 0;
    for (let from = startDay + 1; from <= asOf && !principal.isZero(); ) {
      const r = rateOn(from);
      let to = asOf;
      for (const c of changes) {
        if (c.from > from && !c.rate.eq(r)) {
          to = Math.min(to, c.from - 1);
          break;
        }
      }
      if (next < payments.length) to = Math.min(to, payments[next][0]);
      let basis = 365;
      if (dayCount === "act/act") {
        const y = yearOf(from);
        to = Math.min(to, daysFromCivil(y, 12, 31));
        if (isLeap(y)) basis = 366;
      }
      const days = to - from + 1;
      const line = cents(principal.times(r).times(days).div(100 * basis));
      interest = interest.plus(line);
      totalDays += days;
      periods.push({
        from: iso(from),
        to: iso(to),
        days,
        principal: money(principal),
        ratePercent: percent(r),
        dayBasis: basis,
        interest: money(line),
      });
      if (next < payments.length && payments[next][0] === to) {
        apply(payments[next][0], payments[next][1]);
        next++;
      }
      from = to + 1;
    }
    for (; next < payments.length; next++) apply(payments[next][0], payments[next][1]);

    let paidByDue = ZERO;
    for (const [date, a] of payments) if (date <= due) paidByDue = paidByDue.plus(a);
    const compensation = indemnity && asOf > due && principal0.minus(paidByDue).gt(0) ? FORTY : ZERO;
    const interestOutstanding = interest.minus(interestPaid);
    const result = { regime };
    if (start !== null && start < asOf) result.interestFrom = iso(start + 1);
    result.days = totalDays;
    result.periods = periods;
    result.interest = money(interest);
    result.interestPaid = money(interestPaid);
    result.compensation = money(compensation);
    result.principalOutstanding = money(principal);
    result.interestOutstanding = money(interestOutstanding);
    result.totalDue = money(principal.plus(interestOutstanding).plus(compensation));
    result.allocations = allocations;
    return result;
  };
}

/** The part of a relance `lateFees` result this implementation reproduces, as a JSON string. */
export function figures(r) {
  if (r.error) return JSON.stringify({ error: r.error.code });
  return JSON.stringify({
    regime: r.regime,
    interestFrom: r.interestFrom,
    days: r.days,
    periods: r.periods.map((p) => [p.from, p.to, p.days, p.principal, p.ratePercent, p.dayBasis, p.interest]),
    interest: r.interest,
    interestPaid: r.interestPaid,
    compensation: r.compensation,
    principalOutstanding: r.principalOutstanding,
    interestOutstanding: r.interestOutstanding,
    totalDue: r.totalDue,
    allocations: r.allocations.map((a) => [a.date, a.amount, a.toInterest, a.toPrincipal, a.unallocated]),
  });
}
