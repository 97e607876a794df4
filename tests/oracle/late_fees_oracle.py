#!/usr/bin/env python3
"""Independent test oracle for relance's `lateFees` (French late-payment penalties).

Written from the law notes and the spec only (shared/ARCHITECTURE.md "Numbers and dates",
shared/reference/france-law.md sections 1, 2, 3 and 8, shared/reference/worked-examples.md),
never from the Rust sources, so that the golden file tests/data/late_fees.json is a real
second opinion. Standard library only; exact decimal arithmetic; ROUND_HALF_UP to the cent.

Usage (from the repository root):

    python3 tests/oracle/late_fees_oracle.py --check tests/data/late_fees.json
        recompute every case of the golden file and compare with its "expected" subset;
        exit status 1 on any mismatch (prints each one).
    python3 tests/oracle/late_fees_oracle.py --generate tests/data/late_fees.json
        rewrite the golden file from the CASES list below (asserts the hand-computed values).
    echo '{"regime":"fr-b2b","amount":"1000","dueDate":"2025-01-31","asOf":"2025-03-02"}' \
        | python3 tests/oracle/late_fees_oracle.py --eval -
        print the full oracle result for one lateFees input.

Rate tables are read from ../shared/reference/rates/ relative to the repository root
(override with --rates-dir or the environment variable RELANCE_RATES_DIR).

The rules implemented (one function each, below):

* Late days run from the day after the start through asOf inclusive (days = asOf - start).
  Start = dueDate (fr-b2b, fr-public) or the later of dueDate and noticeDate (fr-b2c).
  A payment dated P counts day P as late; the reduced principal applies from P+1.
  Payments dated on or before the start only reduce the principal; after asOf they are ignored.
* fr-b2b: per half-year, ECB MRO rate in force on 1 Jan / 1 Jul + 10 points (semesters from
  2009; + 7 before). With contractRate: that rate, floored in each half-year at 3 x the legal
  rate "tous les autres cas" of the half-year (annual rate before 2015) -> warning
  "contract-rate-below-floor" where the floor is used.
* fr-public: ECB rate in force on the first day of the half-year in which interest started
  (start + 1 day) + 8 points, fixed for the whole delay.
* fr-b2c: legal rate of each half-year (individual -> particuliers, professional (default) ->
  professionnels; before 2015 the annual rate for both); no noticeDate -> no interest and warning
  "formal-notice-required"; judgmentDate -> + 5 points from the day after judgmentDate + 2 months
  (month arithmetic clamped to the month's last day).
* 40.00 compensation (fr-b2b, fr-public) if payments dated on or before the due date did not
  cover the amount and asOf > dueDate; never for fr-b2c.
* Periods: a new period at each rate change and on the day after each payment; adjacent days with
  the same rate and no payment in between stay in one period; act/act additionally cuts at every
  1 January. Interest per period = principal x rate/100 x days / 365 (act/365, even in leap years)
  or / (days in that calendar year) (act/act), rounded half-up to the cent; totals are sums of
  the rounded lines. Periods stop once the principal is 0.
* Allocation at a payment: interest-first (C. civ. 1343-1; default) pays the accrued, unpaid,
  rounded interest through that day first, then principal; principal-first pays principal first
  and the surplus to accrued interest. Anything beyond both is reported as "unallocated".
* Rates are known through 2026-06-30; a later half-year uses the last known value and the result
  carries warning "rate-assumed".
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext
from pathlib import Path

getcontext().prec = 50

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RATES_DIR = REPO_ROOT.parent / "shared" / "reference" / "rates"

CENT = Decimal("0.01")
ZERO = Decimal("0")
COMPENSATION = Decimal("40.00")
LAST_KNOWN_SEMESTER = dt.date(2026, 1, 1)  # tables known through 2026-06-30

INPUT_FIELDS = {
    "regime", "amount", "dueDate", "asOf", "payments", "contractRate", "creditor",
    "noticeDate", "judgmentDate", "allocation", "dayCount",
}
EXPECTED_FIELDS = {
    "days", "interest", "compensation", "principalOutstanding", "interestOutstanding",
    "totalDue", "periods", "warnings",
}


# --------------------------------------------------------------------------- dates

def parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def semester_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 1 if day.month <= 6 else 7, 1)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day number `months` later, or that month's last day if it has fewer days."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_first - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def year_length(year: int) -> int:
    return 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365


ONE_DAY = dt.timedelta(days=1)


# --------------------------------------------------------------------------- rate tables

class Rates:
    def __init__(self, rates_dir: Path):
        self.dir = rates_dir
        self.ecb = []  # (effective_date, rate), ascending
        with open(rates_dir / "ecb_mro.csv", newline="") as f:
            for row in csv.DictReader(f):
                self.ecb.append((parse_date(row["effective_date"]), Decimal(row["rate_percent"])))
        self.ecb.sort()
        self.b2b = {}
        with open(rates_dir / "fr_b2b_semester.csv", newline="") as f:
            for row in csv.DictReader(f):
                self.b2b[parse_date(row["semester_start"])] = (
                    Decimal(row["ecb_rate_applicable"]), Decimal(row["default_penalty_rate"]))
        self.legal = {}
        with open(rates_dir / "fr_taux_legal.csv", newline="") as f:
            for row in csv.DictReader(f):
                self.legal[parse_date(row["semester_start"])] = (
                    Decimal(row["rate_particuliers"]), Decimal(row["rate_professionnels"]))
        self.legal_annual = {}
        with open(rates_dir / "fr_taux_legal_annual.csv", newline="") as f:
            for row in csv.DictReader(f):
                self.legal_annual[int(row["year"])] = Decimal(row["rate_percent"])
        self._self_check()

    def _self_check(self) -> None:
        # The derived B2B table must agree with the ECB table (+10 points).
        for sem, (ecb, default) in self.b2b.items():
            assert self.ecb_on(sem) == ecb, f"ecb_mro.csv disagrees with fr_b2b_semester.csv at {sem}"
            assert ecb + 10 == default, f"fr_b2b_semester.csv: default != ecb + 10 at {sem}"
        assert max(self.b2b) == LAST_KNOWN_SEMESTER and max(self.legal) == LAST_KNOWN_SEMESTER

    def ecb_on(self, day: dt.date) -> Decimal:
        """MRO rate in force on `day`: the row with the greatest effective_date <= day."""
        found = None
        for effective, rate in self.ecb:
            if effective <= day:
                found = rate
            else:
                break
        if found is None:
            raise ValueError(f"no ECB rate known on {day}")
        return found

    # Each lookup returns (rate, assumed) where assumed means "past the known tables".

    def b2b_default(self, sem: dt.date):
        assumed = sem > LAST_KNOWN_SEMESTER
        if assumed:
            sem = LAST_KNOWN_SEMESTER
        if sem.year >= 2009:
            return self.b2b[sem][1], assumed
        return self.ecb_on(sem) + 7, assumed  # pre-LME rule: ECB + 7 points

    def legal_rate(self, sem: dt.date, creditor: str):
        assumed = sem > LAST_KNOWN_SEMESTER
        if assumed:
            sem = LAST_KNOWN_SEMESTER
        if sem.year >= 2015:
            particuliers, professionnels = self.legal[sem]
            return (particuliers if creditor == "individual" else professionnels), assumed
        return self.legal_annual[sem.year], assumed

    def public_rate(self, first_interest_day: dt.date):
        sem = semester_start(first_interest_day)
        assumed = sem > LAST_KNOWN_SEMESTER
        if assumed:
            sem = LAST_KNOWN_SEMESTER
        return self.ecb_on(sem) + 8, assumed


# --------------------------------------------------------------------------- formatting

def money(value: Decimal) -> str:
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):.2f}"


def rate_str(value: Decimal) -> str:
    """Percent with at least two decimals: 12.15 -> "12.15", 10 -> "10.00", 12.345 -> "12.345"."""
    normal = value.normalize()
    if normal.as_tuple().exponent > -2:
        normal = normal.quantize(CENT)
    return f"{normal:f}"


def round_cent(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- the computation

class InputError(ValueError):
    pass


def compute(inp: dict, rates: Rates) -> dict:
    unknown = set(inp) - INPUT_FIELDS
    if unknown:
        raise InputError(f"unknown input fields: {sorted(unknown)}")
    regime = inp["regime"]
    if regime not in ("fr-b2b", "fr-public", "fr-b2c"):
        raise InputError(f"unknown regime {regime!r}")
    amount = Decimal(inp["amount"])
    due = parse_date(inp["dueDate"])
    as_of = parse_date(inp["asOf"])
    # Default imputation: interest first (C. civ. 1343-1), except for a public buyer, whose
    # payment is the principal's and who pays interest apart, within 45 days (CCP R2192-36).
    allocation = inp.get("allocation", "principal-first" if regime == "fr-public" else "interest-first")
    if allocation not in ("interest-first", "principal-first"):
        raise InputError(f"unknown allocation {allocation!r}")
    day_count = inp.get("dayCount", "act/365")
    if day_count not in ("act/365", "act/act"):
        raise InputError(f"unknown dayCount {day_count!r}")
    creditor = inp.get("creditor", "professional")
    if creditor not in ("individual", "professional"):
        raise InputError(f"unknown creditor {creditor!r}")
    contract = Decimal(inp["contractRate"]) if "contractRate" in inp else None

    # Payments after asOf are ignored; the rest in date order (input order may be anything).
    payments = sorted(
        ((parse_date(p["date"]), Decimal(p["amount"])) for p in inp.get("payments", [])),
        key=lambda p: p[0])
    payments = [p for p in payments if p[0] <= as_of]

    warnings: list[str] = []

    def warn(code: str) -> None:
        if code not in warnings:
            warnings.append(code)

    # ---- start of the interest
    if regime == "fr-b2c":
        if "noticeDate" in inp:
            notice = parse_date(inp["noticeDate"])
            start = max(due, notice)
        else:
            start = None
            warn("formal-notice-required")
    else:
        start = due

    # ---- the 40 EUR flat compensation (fr-b2b, fr-public only)
    compensation = ZERO
    if regime in ("fr-b2b", "fr-public"):
        paid_by_due = sum((a for d, a in payments if d <= due), ZERO)
        if as_of > due and paid_by_due < amount:
            compensation = COMPENSATION

    # ---- the rate of one late day
    majoration_from = None
    if regime == "fr-b2c" and "judgmentDate" in inp:
        majoration_from = add_months(parse_date(inp["judgmentDate"]), 2) + ONE_DAY
    public_rate = None
    if regime == "fr-public":
        public_rate = rates.public_rate(due + ONE_DAY)

    def rate_of(day: dt.date):
        """(rate, set of warning codes) for one late day."""
        codes = set()
        sem = semester_start(day)
        if regime == "fr-b2b":
            if contract is None:
                rate, assumed = rates.b2b_default(sem)
            else:
                legal, assumed = rates.legal_rate(sem, "professional")
                floor = 3 * legal
                if contract < floor:
                    rate = floor
                    codes.add("contract-rate-below-floor")
                else:
                    rate = contract
        elif regime == "fr-public":
            rate, assumed = public_rate
        else:
            rate, assumed = rates.legal_rate(sem, creditor)
            if majoration_from is not None and day >= majoration_from:
                rate = rate + 5
        if assumed:
            codes.add("rate-assumed")
        return rate, codes

    # ---- ledger
    principal = amount
    interest_total = ZERO   # sum of rounded period lines
    interest_paid = ZERO    # interest settled by allocations
    unallocated = ZERO      # payment money beyond principal and accrued interest
    allocations = []        # for the explanation text
    periods = []
    events = []             # periods and payments in the order they happen (explanation)

    def apply_payment(day: dt.date, paid: Decimal) -> None:
        nonlocal principal, interest_paid, unallocated
        accrued = interest_total - interest_paid
        if allocation == "interest-first":
            to_interest = min(paid, accrued)
            to_principal = min(paid - to_interest, principal)
        else:
            to_principal = min(paid, principal)
            to_interest = min(paid - to_principal, accrued)
        interest_paid += to_interest
        principal -= to_principal
        unallocated += paid - to_interest - to_principal
        allocations.append({"date": day, "amount": paid, "toInterest": to_interest,
                            "toPrincipal": to_principal, "principalAfter": principal})
        events.append(("payment", allocations[-1]))

    def close_period(first: dt.date, last: dt.date, rate: Decimal) -> None:
        nonlocal interest_total
        days = (last - first).days + 1
        if day_count == "act/365":
            denominator = 365
        else:
            assert first.year == last.year  # act/act periods are cut at 1 January
            denominator = year_length(first.year)
        exact = principal * rate / 100 * days / denominator
        rounded = round_cent(exact)
        interest_total += rounded
        periods.append({"from": first, "to": last, "days": days, "principal": principal,
                        "rate": rate, "denominator": denominator, "exact": exact,
                        "interest": rounded})
        events.append(("period", periods[-1]))

    if start is None:
        for day, paid in payments:
            apply_payment(day, paid)
        days = 0
    else:
        days = max(0, (as_of - start).days)
        pending = list(payments)
        # Payments dated on or before the start only reduce the principal.
        while pending and pending[0][0] <= start:
            apply_payment(*pending.pop(0))
        # Day-by-day sweep from start + 1 through asOf.
        day = start + ONE_DAY
        period_first = None
        period_rate = None
        while day <= as_of and principal > 0:
            rate, codes = rate_of(day)
            for code in sorted(codes):
                warn(code)
            cut = (period_first is None or rate != period_rate
                   or (day_count == "act/act" and day.month == 1 and day.day == 1))
            if cut and period_first is not None:
                close_period(period_first, day - ONE_DAY, period_rate)
                period_first = None
            if period_first is None:
                period_first, period_rate = day, rate
            todays = [p for p in pending if p[0] == day]
            if todays:
                # Day `day` is late at the old principal; the payment acts from day + 1.
                close_period(period_first, day, period_rate)
                period_first = None
                for payment in todays:
                    pending.remove(payment)
                    apply_payment(*payment)
            day += ONE_DAY
        if period_first is not None:
            close_period(period_first, min(as_of, day - ONE_DAY), period_rate)
        # Payments after the principal reached 0 only settle interest.
        for payment in pending:
            apply_payment(*payment)

    interest_outstanding = interest_total - interest_paid
    total_due = principal + interest_outstanding + compensation
    return {
        "days": days,
        "interest": money(interest_total),
        "compensation": money(compensation),
        "principalOutstanding": money(principal),
        "interestOutstanding": money(interest_outstanding),
        "totalDue": money(total_due),
        "periods": [
            {"from": p["from"].isoformat(), "to": p["to"].isoformat(), "days": p["days"],
             "principal": money(p["principal"]), "ratePercent": rate_str(p["rate"]),
             "interest": money(p["interest"])}
            for p in periods
        ],
        "warnings": warnings,
        # extras, not part of the lateFees result shape (used for the explanation text)
        "_start": start.isoformat() if start else None,
        "_periods": periods,
        "_allocations": allocations,
        "_events": events,
        "_unallocated": money(unallocated),
        "_interestPaid": money(interest_paid),
    }


def explain(result: dict, inp: dict) -> str:
    """The computation as a human would write it (appended to each case's `source`)."""
    lines = []
    start = result["_start"]
    if start:
        lines.append(f"start {start}, late days {result['days']}")
    for kind, e in result["_events"]:
        if kind == "period":
            shown = e["exact"].quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)
            lines.append(
                f"{e['from']}..{e['to']} ({e['days']} d): {money(e['principal'])} x "
                f"{rate_str(e['rate'])}% x {e['days']}/{e['denominator']} = {shown} -> "
                f"{money(e['interest'])}")
        else:
            lines.append(
                f"payment {e['date']} {money(e['amount'])}: {money(e['toInterest'])} to "
                f"interest, {money(e['toPrincipal'])} to principal -> principal "
                f"{money(e['principalAfter'])}")
    if result["_unallocated"] != "0.00":
        lines.append(f"unallocated surplus {result['_unallocated']}")
    lines.append(
        f"interest {result['interest']} (sum of rounded lines), interest paid "
        f"{result['_interestPaid']}, interestOutstanding {result['interestOutstanding']}; "
        f"totalDue = {result['principalOutstanding']} + {result['interestOutstanding']} + "
        f"{result['compensation']} = {result['totalDue']}")
    return "Computation: " + "; ".join(lines) + "."


# --------------------------------------------------------------------------- the cases
#
# name, note (human-written: origin, rates chosen and why), input, fields (result fields put in
# "expected"; "warnings" lists codes that must be present), hand (values the oracle author
# computed by hand, asserted at generation; a case with `hand` is "hand-verified").

ALL = ["days", "interest", "compensation", "principalOutstanding", "interestOutstanding",
       "totalDue", "periods"]
NO_DAYS = [f for f in ALL if f != "days"]

CASES = [
    # ------------------------------------------------------------------ published examples
    dict(name="A1 worked example: 15000 EUR, contract 15 %, 30 days",
         note="worked-examples A1 (2m-consulting / Les Echos Publishing): invoice 15 000 EUR TTC "
              "due 2018-04-15 at 15 %, paid 2018-05-15, period 16 Apr..15 May = 30 days, "
              "15000 x 15 % x 30/365 = 184.93. Modelled as asOf = payment day, no payment "
              "recorded. 2018H1 floor 3 x 0.89 = 2.67 % << 15 %.",
         input={"regime": "fr-b2b", "amount": "15000", "dueDate": "2018-04-15",
                "asOf": "2018-05-15", "contractRate": "15"},
         fields=ALL,
         hand={"days": 30, "interest": "184.93", "totalDue": "15224.93"}),
    dict(name="A2 worked example: 5000 EUR, contract 10 %, 30 days",
         note="worked-examples A2 (lesjooristes): 5000 x 10 % x 30/365 = 41.10. Dates chosen in "
              "2018H1 (floor 2.67 %, far below 10 %): due 2018-03-01, asOf 2018-03-31 = 30 days.",
         input={"regime": "fr-b2b", "amount": "5000", "dueDate": "2018-03-01",
                "asOf": "2018-03-31", "contractRate": "10"},
         fields=ALL,
         hand={"days": 30, "interest": "41.10", "totalDue": "5081.10"}),
    dict(name="A3 worked example: 1000 EUR, contract 14.5 %, 30 days",
         note="worked-examples A3 (heropay): 1000 x 14.5 % x 30/365 = 11.92. Dates chosen in "
              "2018H2 (floor 3 x 0.88 = 2.64 %, far below): due 2018-09-01, asOf 2018-10-01 "
              "= 29 + 1 = 30 days. Rate printed \"14.50\".",
         input={"regime": "fr-b2b", "amount": "1000", "dueDate": "2018-09-01",
                "asOf": "2018-10-01", "contractRate": "14.5"},
         fields=ALL,
         hand={"days": 30, "interest": "11.92", "totalDue": "1051.92"}),
    dict(name="A1 paid in full on the last day, principal-first",
         note="A1 with the 15000 payment recorded on 2018-05-15 and allocation principal-first: "
              "the whole payment extinguishes the principal, the 184.93 of penalties stay due, "
              "periods stop at the payment, 40 EUR still due (principal unpaid after the due "
              "date). days omitted (principal is 0 before asOf).",
         input={"regime": "fr-b2b", "amount": "15000", "dueDate": "2018-04-15",
                "asOf": "2018-06-30", "contractRate": "15", "allocation": "principal-first",
                "payments": [{"date": "2018-05-15", "amount": "15000"}]},
         fields=NO_DAYS,
         hand={"interest": "184.93", "principalOutstanding": "0.00",
               "interestOutstanding": "184.93", "totalDue": "224.93"}),
    dict(name="A1 paid 15000 on the last day, interest-first (C. civ. 1343-1)",
         note="A1 with the 15000 payment on 2018-05-15 and the default allocation: the payment "
              "first settles the 184.93 accrued, only 14815.07 reaches principal, so 184.93 of "
              "principal keeps bearing 15 % from 2018-05-16: 30 days to 2018-06-14, "
              "184.93 x 15 % x 30/365 = 2.27996 -> 2.28.",
         input={"regime": "fr-b2b", "amount": "15000", "dueDate": "2018-04-15",
                "asOf": "2018-06-14", "contractRate": "15",
                "payments": [{"date": "2018-05-15", "amount": "15000"}]},
         fields=ALL,
         hand={"days": 60, "interest": "187.21", "principalOutstanding": "184.93",
               "interestOutstanding": "2.28", "totalDue": "227.21"}),
    dict(name="B1 worked example: b2c individual creditor 2000 EUR at 3.11 %, 30 days",
         note="worked-examples B1 (service-public F20688): 2000 x 30 x 3.11 / 36500 = 5.11 "
              "(36500 even in 2020, a leap year). The official example counts 30 days from "
              "1 Sept; modelled as notice 2020-08-31 so the late days are 2020-09-01..2020-09-30 "
              "= 30 under the asOf - start convention. 2020H2 particuliers rate 3.11. No 40 EUR.",
         input={"regime": "fr-b2c", "amount": "2000", "dueDate": "2020-08-01",
                "noticeDate": "2020-08-31", "asOf": "2020-09-30", "creditor": "individual"},
         fields=ALL,
         hand={"days": 30, "interest": "5.11", "compensation": "0.00", "totalDue": "2005.11"}),
    dict(name="B4-style imputation: 20000 debt, 3000 interest, 18000 payment",
         note="worked-examples B4 (cours-de-droit): debt 20 000, interest 3 000, payment 18 000 "
              "-> 3 000 to interest, 15 000 to capital, 5 000 capital keeps bearing interest. "
              "Reproduced with contract 15 % for exactly 365 days (2019-01-01..2019-12-31, one "
              "period: floors 2.58 %/2.61 % << 15 %): 20000 x 15 % x 365/365 = 3000.00. Then "
              "5000 x 15 % x 30/365 = 61.64 for 2020-01-01..2020-01-30 (2020H1 floor 2.61 %).",
         input={"regime": "fr-b2b", "amount": "20000", "dueDate": "2018-12-31",
                "asOf": "2020-01-30", "contractRate": "15",
                "payments": [{"date": "2019-12-31", "amount": "18000"}]},
         fields=ALL,
         hand={"days": 395, "interest": "3061.64", "principalOutstanding": "5000.00",
               "interestOutstanding": "61.64", "totalDue": "5101.64"}),

    # ------------------------------------------------------------------ fr-b2b default rate
    dict(name="b2b default rate over three semesters 2023-2024",
         note="hand computation: ECB on 2023-01-01 = 2.50 -> 12.50; on 2023-07-01 = 4.00 -> "
              "14.00; on 2024-01-01 = 4.50 -> 14.50. Lines: 112 d x 12.50 % = 383.56; "
              "184 d x 14.00 % = 705.75; 46 d (2024 is leap: 31 + 15) x 14.50 % = 182.74; "
              "total 1272.05, all /365.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2023-03-10",
                "asOf": "2024-02-15"},
         fields=ALL,
         hand={"days": 342, "interest": "1272.05", "totalDue": "11312.05"}),
    dict(name="b2b default rate: 2019-2021 all 10.00 % merge into one period",
         note="hand computation: ECB 0.00 on every 1 Jan / 1 Jul from 2016-07-01 to 2022-07-01 "
              "-> six consecutive semesters at 10.00 % form ONE period 2019-02-01..2021-12-31 = "
              "1065 days (2019-01-31 -> 2021-01-31 = 731, + 334). 8000 x 10 % x 1065/365 = "
              "2334.2466 -> 2334.25.",
         input={"regime": "fr-b2b", "amount": "8000", "dueDate": "2019-01-31",
                "asOf": "2021-12-31"},
         fields=ALL,
         hand={"days": 1065, "interest": "2334.25", "totalDue": "10374.25"}),
    dict(name="b2b default rate fixed at the semester start (ECB change of 2022-07-27 ignored)",
         note="hand computation: ECB on 2022-07-01 is still 0.00 (raised to 0.50 only on "
              "2022-07-27) -> 10.00 % for all of 2022H2; 2023H1 12.50 %. "
              "1000 x 10 % x 184/365 = 50.41; 1000 x 12.5 % x 31/365 = 10.62.",
         input={"regime": "fr-b2b", "amount": "1000", "dueDate": "2022-06-30",
                "asOf": "2023-01-31"},
         fields=ALL,
         hand={"days": 215, "interest": "61.03"}),
    dict(name="b2b pre-2009 semester uses ECB + 7 (old rule), then 2009H1 ECB + 10",
         note="hand computation: 2008H2: ECB in force on 2008-07-01 = 4.00 (4.25 only from "
              "2008-07-09) + 7 = 11.00 %; 2009H1: 2.50 + 10 = 12.50 %. 10000 x 11 % x 31/365 = "
              "93.42; 10000 x 12.5 % x 31/365 = 106.16. compensation/totalDue deliberately not "
              "asserted: the 40 EUR indemnity exists only since 1 Jan 2013 (decree 2012-1115), "
              "which the spec does not address.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2008-11-30",
                "asOf": "2009-01-31"},
         fields=["days", "interest", "principalOutstanding", "interestOutstanding", "periods"],
         hand={"days": 62, "interest": "199.58"}),
    dict(name="b2b leap year 2024 still divides by 365 (act/365 default)",
         note="hand computation: 2024-02-01..2024-06-30 = 29 + 31 + 30 + 31 + 30 = 151 days "
              "(29 Feb counted) at 14.50 %: 36600 x 0.145 = 5307; x 151 / 365 = 2195.4986 -> "
              "2195.50 (act/act would give 2189.50, see the act/act case).",
         input={"regime": "fr-b2b", "amount": "36600", "dueDate": "2024-01-31",
                "asOf": "2024-06-30"},
         fields=ALL,
         hand={"days": 151, "interest": "2195.50", "totalDue": "38835.50"}),
    dict(name="b2b act/act inside 2024 divides by 366",
         note="hand computation, dayCount act/act (assumption: an act/act period is cut at each "
              "1 January and each part divided by that year's length): 151 days in 2024 at "
              "14.50 %: 36600 x 0.145 x 151 / 366 = 100 x 14.5 x 151 / 100 = 2189.50 exactly.",
         input={"regime": "fr-b2b", "amount": "36600", "dueDate": "2024-01-31",
                "asOf": "2024-06-30", "dayCount": "act/act"},
         fields=ALL,
         hand={"days": 151, "interest": "2189.50"}),
    dict(name="b2b act/act across 1 January 2020 with an unchanged 10 % rate",
         note="hand computation, dayCount act/act, ASSUMPTION: the period is cut at 1 January "
              "and each part is rounded: 2019-12-01..12-31 31 d: 10000 x 10 % x 31/365 = "
              "84.9315 -> 84.93; 2020-01-01..02-29 60 d: 10000 x 10 % x 60/366 = 163.9344 -> "
              "163.93; total 248.86. (One rounding of the whole 91-day period would give "
              "84.9315 + 163.9344 = 248.8659 -> 248.87 in a single line.)",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2019-11-30",
                "asOf": "2020-02-29", "dayCount": "act/act"},
         fields=ALL,
         hand={"days": 91, "interest": "248.86"}),
    dict(name="b2b act/365 companion: same 91 days in one merged period",
         note="hand computation: 2019H2 and 2020H1 are both 10.00 % -> one period "
              "2019-12-01..2020-02-29 = 91 days: 10000 x 10 % x 91/365 = 249.3151 -> 249.32.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2019-11-30",
                "asOf": "2020-02-29"},
         fields=ALL,
         hand={"days": 91, "interest": "249.32"}),
    dict(name="b2b act/act across 1 January 2024 with a rate change",
         note="hand computation, act/act: 2023-12-16..12-31 16 d at 14.00 %: 1400 x 16 / 365 = "
              "61.3699 -> 61.37; 2024-01-01..01-14 14 d at 14.50 %: 1450 x 14 / 366 = 55.4645 "
              "-> 55.46; total 116.83 (same under either act/act rounding reading).",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2023-12-15",
                "asOf": "2024-01-14", "dayCount": "act/act"},
         fields=ALL,
         hand={"days": 30, "interest": "116.83"}),
    dict(name="b2b delay reaching 2026H2: rate assumed, 12.15 carried, one merged period",
         note="hand computation: 2025H2 and 2026H1 are 12.15 % (ECB 2.15 + 10); 2026H2 is past "
              "the known tables, so the 2026H1 value 12.15 is carried and warning rate-assumed "
              "is required. Same rate, no payment -> one period 2025-07-01..2026-08-31 = 184 + "
              "181 + 62 = 427 days: 5000 x 12.15 % x 427/365 = 710.6918 -> 710.69.",
         input={"regime": "fr-b2b", "amount": "5000", "dueDate": "2025-06-30",
                "asOf": "2026-08-31"},
         fields=ALL + ["warnings"], warnings=["rate-assumed"],
         hand={"days": 427, "interest": "710.69", "totalDue": "5750.69"}),

    # ------------------------------------------------------------------ fr-b2b contract rate
    dict(name="b2b contract 12 % below the 2024 floors (15.21 / 14.76)",
         note="hand computation: floor 2024H1 = 3 x 5.07 = 15.21 %, 2024H2 = 3 x 4.92 = "
              "14.76 %; 12 % is below both -> floors used, warning contract-rate-below-floor. "
              "10000 x 15.21 % x 30/365 = 125.0137 -> 125.01; 10000 x 14.76 % x 62/365 = "
              "250.7178 -> 250.72; total 375.73.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2024-05-31",
                "asOf": "2024-08-31", "contractRate": "12"},
         fields=ALL + ["warnings"], warnings=["contract-rate-below-floor"],
         hand={"days": 92, "interest": "375.73", "totalDue": "10415.73"}),
    dict(name="b2b contract 15 %: floor in 2024H1 (15.21), contract in 2024H2 (floor 14.76)",
         note="hand computation: 2024-06-16..06-30 15 d at 15.21 % (floor, 15 < 15.21): "
              "1521 x 15/365 = 62.5068 -> 62.51; 2024-07-01..07-15 15 d at 15.00 % (15 >= "
              "14.76): 1500 x 15/365 = 61.6438 -> 61.64; total 124.15; warning "
              "contract-rate-below-floor.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2024-06-15",
                "asOf": "2024-07-15", "contractRate": "15"},
         fields=ALL + ["warnings"], warnings=["contract-rate-below-floor"],
         hand={"days": 30, "interest": "124.15"}),
    dict(name="b2b contract 20 % above every floor across four semesters: one period",
         note="hand computation: floors 2023H1 6.18, 2023H2 12.66, 2024H1 15.21, 2024H2 14.76 "
              "all < 20 %, so 20 % throughout, one period 2023-06-01..2024-11-30 = 366 + 183 = "
              "549 days: 3000 x 20 % x 549/365 = 902.4658 -> 902.47.",
         input={"regime": "fr-b2b", "amount": "3000", "dueDate": "2023-05-31",
                "asOf": "2024-11-30", "contractRate": "20"},
         fields=ALL,
         hand={"days": 549, "interest": "902.47", "totalDue": "3942.47"}),

    # ------------------------------------------------------------------ fr-b2b payments
    dict(name="b2b partial payment mid-delay, interest-first",
         note="hand computation at 2025H1 13.15 %: 2025-02-01..03-31 59 d: 1315 x 59/365 = "
              "212.5616 -> 212.56; payment 4000 on 03-31: 212.56 to interest, 3787.44 to "
              "principal -> 6212.56; 2025-04-01..05-31 61 d: 6212.56 x 13.15 % x 61/365 = "
              "136.5317 -> 136.53. interest 349.09, outstanding 136.53.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2025-01-31",
                "asOf": "2025-05-31", "allocation": "interest-first",
                "payments": [{"date": "2025-03-31", "amount": "4000"}]},
         fields=ALL,
         hand={"days": 120, "interest": "349.09", "principalOutstanding": "6212.56",
               "interestOutstanding": "136.53", "totalDue": "6389.09"}),
    dict(name="b2b partial payment mid-delay, principal-first",
         note="hand computation, same facts as the interest-first case: 212.56 for the first "
              "59 days; payment 4000 all to principal -> 6000; 6000 x 13.15 % x 61/365 = "
              "131.8603 -> 131.86; interest 344.42, none paid.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2025-01-31",
                "asOf": "2025-05-31", "allocation": "principal-first",
                "payments": [{"date": "2025-03-31", "amount": "4000"}]},
         fields=ALL,
         hand={"days": 120, "interest": "344.42", "principalOutstanding": "6000.00",
               "interestOutstanding": "344.42", "totalDue": "6384.42"}),
    dict(name="b2b payment on the due date reduces principal only; 40 EUR still due",
         note="hand computation: 2000 paid on the due date 2025-09-30 -> principal 3000 from "
              "the start, nothing accrued yet; 2025-10-01..10-30 30 d at 12.15 %: 3000 x "
              "12.15 % x 30/365 = 29.9589 -> 29.96; principal remained unpaid after the due "
              "date -> compensation 40.00.",
         input={"regime": "fr-b2b", "amount": "5000", "dueDate": "2025-09-30",
                "asOf": "2025-10-30",
                "payments": [{"date": "2025-09-30", "amount": "2000"}]},
         fields=ALL,
         hand={"days": 30, "interest": "29.96", "compensation": "40.00",
               "principalOutstanding": "3000.00", "totalDue": "3069.96"}),
    dict(name="b2b full payment before the due date: nothing due",
         note="paid 1200 on 2025-03-20, due 2025-03-31: principal 0 before any late day -> no "
              "period, interest 0, no compensation, totalDue 0. days omitted (no delay; the "
              "spec's asOf - start would be 91).",
         input={"regime": "fr-b2b", "amount": "1200", "dueDate": "2025-03-31",
                "asOf": "2025-06-30",
                "payments": [{"date": "2025-03-20", "amount": "1200"}]},
         fields=NO_DAYS,
         hand={"interest": "0.00", "compensation": "0.00", "principalOutstanding": "0.00",
               "totalDue": "0.00", "periods": []}),
    dict(name="b2b full payment on the due date: nothing due",
         note="paid 1200 on the due date itself (on time): no late day, no compensation.",
         input={"regime": "fr-b2b", "amount": "1200", "dueDate": "2025-03-31",
                "asOf": "2025-06-30",
                "payments": [{"date": "2025-03-31", "amount": "1200"}]},
         fields=NO_DAYS,
         hand={"interest": "0.00", "compensation": "0.00", "totalDue": "0.00"}),
    dict(name="b2b payment after asOf is ignored",
         note="hand computation: the 2025-09-15 payment is after asOf 2025-08-30 and ignored. "
              "2025-08-01..08-30 30 d at 12.15 %: 2500 x 12.15 % x 30/365 = 24.9658 -> 24.97.",
         input={"regime": "fr-b2b", "amount": "2500", "dueDate": "2025-07-31",
                "asOf": "2025-08-30",
                "payments": [{"date": "2025-09-15", "amount": "2500"}]},
         fields=ALL,
         hand={"days": 30, "interest": "24.97", "principalOutstanding": "2500.00",
               "totalDue": "2564.97"}),
    dict(name="b2b late full settlement of principal and interest: only the 40 EUR remains",
         note="hand computation: 2025-02-01..03-02 30 d at 13.15 %: 1000 x 13.15 % x 30/365 = "
              "10.8082 -> 10.81; payment 1010.81 on 03-02 pays 10.81 interest + 1000 principal; "
              "periods stop; totalDue = 0 + 0 + 40. days omitted (principal 0 before asOf).",
         input={"regime": "fr-b2b", "amount": "1000", "dueDate": "2025-01-31",
                "asOf": "2025-04-30",
                "payments": [{"date": "2025-03-02", "amount": "1010.81"}]},
         fields=NO_DAYS,
         hand={"interest": "10.81", "principalOutstanding": "0.00",
               "interestOutstanding": "0.00", "totalDue": "40.00"}),
    dict(name="b2b payment on the last day of a semester",
         note="hand computation: 2024-06-01..06-30 30 d at 14.50 %: 1450 x 30/365 = 119.1781 -> "
              "119.18; payment 5000 on 06-30: 119.18 interest, 4880.82 principal -> 5119.18; "
              "2024-07-01..07-31 31 d at 14.25 %: 5119.18 x 14.25 % x 31/365 = 61.9561 -> 61.96.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2024-05-31",
                "asOf": "2024-07-31",
                "payments": [{"date": "2024-06-30", "amount": "5000"}]},
         fields=ALL,
         hand={"days": 61, "interest": "181.14", "principalOutstanding": "5119.18",
               "interestOutstanding": "61.96", "totalDue": "5221.14"}),
    dict(name="b2b payment on the first day of a semester (one-day period)",
         note="hand computation: 119.18 for June at 14.50 %; 2024-07-01 is late at the old "
              "principal and the new 14.25 % rate: 1425/365 = 3.9041 -> 3.90; payment 5000 on "
              "07-01 pays 123.08 interest, 4876.92 principal -> 5123.08; 2024-07-02..07-31 "
              "30 d: 5123.08 x 14.25 % x 30/365 = 60.0031 -> 60.00.",
         input={"regime": "fr-b2b", "amount": "10000", "dueDate": "2024-05-31",
                "asOf": "2024-07-31",
                "payments": [{"date": "2024-07-01", "amount": "5000"}]},
         fields=ALL,
         hand={"days": 61, "interest": "183.08", "principalOutstanding": "5123.08",
               "interestOutstanding": "60.00"}),
    dict(name="b2b two payments on the same date",
         note="hand computation: 2025-09-01..09-30 30 d at 12.15 %: 6000 x 12.15 % x 30/365 = "
              "59.9178 -> 59.92; payments 500 + 1500 on 09-30 (same effect as one of 2000): "
              "59.92 interest, 1940.08 principal -> 4059.92; 2025-10-01..10-31 31 d: 4059.92 x "
              "12.15 % x 31/365 = 41.8950 -> 41.90; interest 101.82.",
         input={"regime": "fr-b2b", "amount": "6000", "dueDate": "2025-08-31",
                "asOf": "2025-10-31",
                "payments": [{"date": "2025-09-30", "amount": "500"},
                             {"date": "2025-09-30", "amount": "1500"}]},
         fields=ALL,
         hand={"days": 61, "interest": "101.82", "principalOutstanding": "4059.92",
               "interestOutstanding": "41.90", "totalDue": "4141.82"}),
    dict(name="b2b three payments given out of date order, interest-first, 3 semesters",
         note="payments listed 2024-03-31, 2023-12-31, 2024-09-15 must be applied in date order. "
              "Hand computation: 2023-10-01..12-31 92 d at 14.00 % on 12000 = 423.45; pay 2000: "
              "423.45 interest, 1576.55 principal -> 10423.45; 2024-01-01..03-31 91 d at 14.50 % "
              "= 376.81; pay 3000: 376.81 + 2623.19 -> 7800.26; 2024-04-01..06-30 91 d at "
              "14.50 % = 281.98 (same rate as before but a payment cuts); 2024-07-01..09-15 77 d "
              "at 14.25 % = 234.49; pay 1000: 516.47 interest + 483.53 -> 7316.73; "
              "2024-09-16..10-31 46 d at 14.25 % = 131.40. interest 1448.13, paid 1316.73.",
         input={"regime": "fr-b2b", "amount": "12000", "dueDate": "2023-09-30",
                "asOf": "2024-10-31",
                "payments": [{"date": "2024-03-31", "amount": "3000"},
                             {"date": "2023-12-31", "amount": "2000"},
                             {"date": "2024-09-15", "amount": "1000"}]},
         fields=ALL,
         hand={"days": 397, "interest": "1448.13", "principalOutstanding": "7316.73",
               "interestOutstanding": "131.40", "totalDue": "7488.13"}),
    dict(name="b2b asOf before the due date: nothing yet",
         note="asOf 2025-06-15 < due 2025-06-30: 0 late days, no interest, no compensation.",
         input={"regime": "fr-b2b", "amount": "1000", "dueDate": "2025-06-30",
                "asOf": "2025-06-15"},
         fields=ALL,
         hand={"days": 0, "interest": "0.00", "compensation": "0.00", "totalDue": "1000.00",
               "periods": []}),
    dict(name="b2b asOf equal to the due date: nothing yet",
         note="asOf = due date: the due date itself is not late (days = asOf - due = 0), no "
              "compensation (asOf > dueDate is false).",
         input={"regime": "fr-b2b", "amount": "1000", "dueDate": "2025-06-30",
                "asOf": "2025-06-30"},
         fields=ALL,
         hand={"days": 0, "interest": "0.00", "compensation": "0.00", "totalDue": "1000.00"}),

    # ------------------------------------------------------------------ fr-public
    dict(name="public procurement: start in 2024H2 fixes 12.25 % into 2025",
         note="R2192-31 CCP (france-law 3): interest starts 2024-10-01 (2024H2); ECB in force on "
              "2024-07-01 = 4.25 + 8 = 12.25 % for the whole delay although b2b rates change in "
              "2025 -> one period 2024-10-01..2025-03-31 = 92 + 90 = 182 days: 20000 x 12.25 % "
              "x 182/365 = 1221.6438 -> 1221.64. Matches the published 12.25 % (C12).",
         input={"regime": "fr-public", "amount": "20000", "dueDate": "2024-09-30",
                "asOf": "2025-03-31"},
         fields=ALL,
         hand={"days": 182, "interest": "1221.64", "compensation": "40.00",
               "totalDue": "21261.64"}),
    dict(name="public procurement: interest starting on 30 June uses the H1 rate",
         note="hand computation: due 2024-06-29, interest starts 2024-06-30 (2024H1): ECB on "
              "2024-01-01 = 4.50 + 8 = 12.50 % fixed, also for July (one period): 10000 x "
              "12.5 % x 30/365 = 102.7397 -> 102.74.",
         input={"regime": "fr-public", "amount": "10000", "dueDate": "2024-06-29",
                "asOf": "2024-07-29"},
         fields=ALL,
         hand={"days": 30, "interest": "102.74"}),
    dict(name="public procurement with a partial payment (rate stays fixed)",
         note="hand computation: start 2023-07-01 -> ECB 4.00 + 8 = 12.00 % (C17) for the whole "
              "delay; 2023-07-01..12-31 184 d: 1200 x 184/365 = 604.9315 -> 604.93; payment "
              "4000 on 12-31: 604.93 interest, 3395.07 principal -> 6604.93; 2024-01-01..03-31 "
              "91 d: 6604.93 x 12 % x 91/365 = 197.6050 -> 197.61.",
         input={"regime": "fr-public", "amount": "10000", "dueDate": "2023-06-30",
                "asOf": "2024-03-31",
                "payments": [{"date": "2023-12-31", "amount": "4000"}]},
         fields=ALL,
         hand={"days": 275, "interest": "802.54", "principalOutstanding": "6604.93",
               "interestOutstanding": "197.61", "totalDue": "6842.54"}),
    dict(name="public procurement starting in 2026H2: rate assumed",
         note="hand computation: interest starts 2026-07-01, past the tables; the last known "
              "ECB value 2.15 + 8 = 10.15 % is used with warning rate-assumed: 10000 x 10.15 % "
              "x 30/365 = 83.4247 -> 83.42.",
         input={"regime": "fr-public", "amount": "10000", "dueDate": "2026-06-30",
                "asOf": "2026-07-30"},
         fields=ALL + ["warnings"], warnings=["rate-assumed"],
         hand={"days": 30, "interest": "83.42"}),

    # ------------------------------------------------------------------ fr-b2c
    dict(name="b2c without notice: no interest, warning formal-notice-required",
         note="C. civ. 1231-6/1344-1: legal interest runs from the mise en demeure; no "
              "noticeDate -> interest 0.00, compensation 0.00 (never for b2c). days not "
              "asserted (undefined without a start).",
         input={"regime": "fr-b2c", "amount": "1500", "dueDate": "2025-02-15",
                "asOf": "2025-06-15", "creditor": "individual"},
         fields=["interest", "compensation", "principalOutstanding", "interestOutstanding",
                 "totalDue", "warnings"],
         warnings=["formal-notice-required"],
         hand={"interest": "0.00", "compensation": "0.00", "totalDue": "1500.00"}),
    dict(name="b2c individual creditor 2025 (7.21 % then 6.65 %)",
         note="hand computation: start = notice 2025-02-28 (later than due) -> from 2025-03-01; "
              "particuliers rates 2025H1 7.21, 2025H2 6.65: 5000 x 7.21 % x 122/365 = 120.4959 "
              "-> 120.50; 5000 x 6.65 % x 62/365 = 56.4795 -> 56.48; total 176.98, no 40 EUR.",
         input={"regime": "fr-b2c", "amount": "5000", "dueDate": "2025-01-10",
                "noticeDate": "2025-02-28", "asOf": "2025-08-31", "creditor": "individual"},
         fields=ALL,
         hand={"days": 184, "interest": "176.98", "compensation": "0.00",
               "totalDue": "5176.98"}),
    dict(name="b2c professional creditor 2025 (3.71 % then 2.76 %)",
         note="hand computation, same facts, 'tous les autres cas' rates 3.71 and 2.76: 5000 x "
              "3.71 % x 122/365 = 62.0027 -> 62.00; 5000 x 2.76 % x 62/365 = 23.4411 -> 23.44; "
              "total 85.44.",
         input={"regime": "fr-b2c", "amount": "5000", "dueDate": "2025-01-10",
                "noticeDate": "2025-02-28", "asOf": "2025-08-31", "creditor": "professional"},
         fields=ALL,
         hand={"days": 184, "interest": "85.44", "totalDue": "5085.44"}),
    dict(name="b2c default creditor (professional), notice before the due date",
         note="hand computation: notice 2025-07-01 precedes due 2025-07-20, so interest runs "
              "from 2025-07-21 (later of the two); creditor omitted = professional, 2025H2 2.76 %"
              ": 4000 x 2.76 % x 60/365 = 18.1479 -> 18.15.",
         input={"regime": "fr-b2c", "amount": "4000", "dueDate": "2025-07-20",
                "noticeDate": "2025-07-01", "asOf": "2025-09-18"},
         fields=ALL,
         hand={"days": 60, "interest": "18.15", "totalDue": "4018.15"}),
    dict(name="b2c pre-2015 annual legal rate 0.04 % over 2013-2014 (one period)",
         note="hand computation: annual rate 2013 = 2014 = 0.04 % for all creditors, so "
              "2013-04-01..2014-12-31 is one period of 275 + 365 = 640 days: 10000 x 0.04 % x "
              "640/365 = 7.0137 -> 7.01.",
         input={"regime": "fr-b2c", "amount": "10000", "dueDate": "2013-03-01",
                "noticeDate": "2013-03-31", "asOf": "2014-12-31", "creditor": "individual"},
         fields=ALL,
         hand={"days": 640, "interest": "7.01"}),
    dict(name="b2c individual creditor across 2014 -> 2015 (annual 0.04 %, then 4.06 %)",
         note="hand computation: 2014-11-01..12-31 61 d at 0.04 %: 4 x 61/365 = 0.6685 -> 0.67; "
              "2015-01-01..02-28 59 d at the 2015H1 particuliers rate 4.06 %: 406 x 59/365 = "
              "65.6274 -> 65.63; total 66.30.",
         input={"regime": "fr-b2c", "amount": "10000", "dueDate": "2014-10-15",
                "noticeDate": "2014-10-31", "asOf": "2015-02-28", "creditor": "individual"},
         fields=ALL,
         hand={"days": 120, "interest": "66.30"}),
    dict(name="b2c judgment majoration +5 points two months after the judgment",
         note="L313-3 CMF: judgment 2024-03-15 + 2 months = 2024-05-15, majorated from "
              "2024-05-16. Hand computation (particuliers): 2024-02-16..05-15 90 d at 8.01 %: "
              "160.2 x 90/365 = 39.5014 -> 39.50; 2024-05-16..06-30 46 d at 13.01 %: 260.2 x "
              "46/365 = 32.7923 -> 32.79; 2024-07-01..09-30 92 d at 8.16 + 5 = 13.16 %: 263.2 x "
              "92/365 = 66.3408 -> 66.34; total 138.63.",
         input={"regime": "fr-b2c", "amount": "2000", "dueDate": "2024-01-15",
                "noticeDate": "2024-02-15", "judgmentDate": "2024-03-15",
                "asOf": "2024-09-30", "creditor": "individual"},
         fields=ALL,
         hand={"days": 228, "interest": "138.63", "totalDue": "2138.63"}),
    dict(name="b2c judgment on 31 December: +2 months clamps to 29 February 2024",
         note="hand computation: 2023-12-31 + 2 months = 2024-02-29 (no 31 Feb), majorated from "
              "2024-03-01. Professional creditor: 2023-12-01..12-31 31 d at 4.22 %: 42.2 x "
              "31/365 = 3.5841 -> 3.58; 2024-01-01..02-29 60 d at 5.07 %: 50.7 x 60/365 = "
              "8.3342 -> 8.33; 2024-03-01..03-31 31 d at 10.07 %: 100.7 x 31/365 = 8.5526 -> "
              "8.55; total 20.46.",
         input={"regime": "fr-b2c", "amount": "1000", "dueDate": "2023-10-31",
                "noticeDate": "2023-11-30", "judgmentDate": "2023-12-31",
                "asOf": "2024-03-31", "creditor": "professional"},
         fields=ALL,
         hand={"days": 122, "interest": "20.46"}),
    dict(name="b2c payments before and on the notice date only reduce principal",
         note="hand computation: start = notice 2025-03-15; payments 500 (2025-02-10, after due "
              "but before the start) and 1000 (on the start day) reduce the principal to 1500 "
              "before any interest; 2025-03-16..04-14 30 d at 7.21 %: 1500 x 7.21 % x 30/365 = "
              "8.8890 -> 8.89; no compensation for b2c.",
         input={"regime": "fr-b2c", "amount": "3000", "dueDate": "2025-01-31",
                "noticeDate": "2025-03-15", "asOf": "2025-04-14", "creditor": "individual",
                "payments": [{"date": "2025-03-15", "amount": "1000"},
                             {"date": "2025-02-10", "amount": "500"}]},
         fields=ALL,
         hand={"days": 30, "interest": "8.89", "compensation": "0.00",
               "principalOutstanding": "1500.00", "totalDue": "1508.89"}),
    dict(name="b2c partial payment interest-first",
         note="hand computation (individual creditor, 2025H2 6.65 %): 2025-09-01..10-15 45 d: "
              "3000 x 6.65 % x 45/365 = 24.5959 -> 24.60; payment 1000 on 10-15: 24.60 interest, "
              "975.40 principal -> 2024.60; 2025-10-16..11-30 46 d: 2024.60 x 6.65 % x 46/365 "
              "= 16.9675 -> 16.97.",
         input={"regime": "fr-b2c", "amount": "3000", "dueDate": "2025-08-01",
                "noticeDate": "2025-08-31", "asOf": "2025-11-30", "creditor": "individual",
                "payments": [{"date": "2025-10-15", "amount": "1000"}]},
         fields=ALL,
         hand={"days": 91, "interest": "41.57", "principalOutstanding": "2024.60",
               "interestOutstanding": "16.97", "totalDue": "2041.57"}),
    dict(name="b2c delay reaching 2026H2: legal rate assumed",
         note="hand computation: 2026H1 particuliers 6.67 %; 2026H2 unknown -> 6.67 carried with "
              "warning rate-assumed; same rate so one period 2026-06-01..07-30 = 60 days: "
              "10000 x 6.67 % x 60/365 = 109.6438 -> 109.64.",
         input={"regime": "fr-b2c", "amount": "10000", "dueDate": "2026-05-31",
                "noticeDate": "2026-05-31", "asOf": "2026-07-30", "creditor": "individual"},
         fields=ALL + ["warnings"], warnings=["rate-assumed"],
         hand={"days": 60, "interest": "109.64"}),
]


# --------------------------------------------------------------------------- generate / check

def expected_subset(result: dict, fields: list[str], warnings: list[str]) -> dict:
    out = {}
    for field in fields:
        out[field] = list(warnings) if field == "warnings" else result[field]
    return out


def generate(path: Path, rates: Rates) -> int:
    cases = []
    errors = 0
    for spec in CASES:
        result = compute(spec["input"], rates)
        for key, value in spec.get("hand", {}).items():
            if result[key] != value:
                print(f"HAND MISMATCH {spec['name']}: {key} hand={value!r} "
                      f"oracle={result[key]!r}", file=sys.stderr)
                errors += 1
        for code in spec.get("warnings", []):
            if code not in result["warnings"]:
                print(f"WARNING MISSING {spec['name']}: {code}", file=sys.stderr)
                errors += 1
        hand = " [hand-verified]" if spec.get("hand") else ""
        cases.append({
            "name": spec["name"],
            "source": spec["note"] + hand + " " + explain(result, spec["input"]),
            "input": spec["input"],
            "expected": expected_subset(result, spec["fields"], spec.get("warnings", [])),
        })
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    if errors:
        print(f"{errors} hand/oracle disagreement(s); file not written", file=sys.stderr)
        return 1
    # Format: { "cases": [ { name, source, input, expected } ] }. "expected" is a subset of
    # the lateFees result compared exactly; "warnings" lists codes that must all be present
    # (the implementation may add more); periods are inclusive date ranges.
    doc = {"cases": cases}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {path}")
    return 0


def check(path: Path, rates: Rates) -> int:
    doc = json.loads(path.read_text(encoding="utf-8"))
    failures = 0
    for case in doc["cases"]:
        name = case["name"]
        expected = case["expected"]
        unknown = set(expected) - EXPECTED_FIELDS
        if unknown:
            print(f"FAIL {name}: unknown expected fields {sorted(unknown)}")
            failures += 1
            continue
        try:
            result = compute(case["input"], rates)
        except Exception as exc:  # noqa: BLE001 - report and continue
            print(f"FAIL {name}: oracle raised {exc!r}")
            failures += 1
            continue
        for field, want in expected.items():
            if field == "warnings":
                missing = [c for c in want if c not in result["warnings"]]
                if missing:
                    print(f"FAIL {name}: warnings missing {missing} (got {result['warnings']})")
                    failures += 1
            elif result[field] != want:
                print(f"FAIL {name}: {field}\n  expected {json.dumps(want)}\n  "
                      f"oracle   {json.dumps(result[field])}")
                failures += 1
    total = len(doc["cases"])
    if failures:
        print(f"{failures} mismatch(es) in {total} cases")
        return 1
    print(f"all {total} cases agree with the oracle")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", metavar="JSON", type=Path,
                      help="verify a golden file against the oracle")
    mode.add_argument("--generate", metavar="JSON", type=Path,
                      help="write the golden file from the CASES list")
    mode.add_argument("--eval", metavar="INPUT", help="compute one input JSON file ('-' = stdin)")
    parser.add_argument("--rates-dir", type=Path,
                        default=Path(os.environ.get("RELANCE_RATES_DIR", DEFAULT_RATES_DIR)))
    args = parser.parse_args(argv)
    rates = Rates(args.rates_dir)
    if args.check:
        return check(args.check, rates)
    if args.generate:
        return generate(args.generate, rates)
    text = sys.stdin.read() if args.eval == "-" else Path(args.eval).read_text(encoding="utf-8")
    inp = json.loads(text)
    result = compute(inp, rates)
    public = {k: v for k, v in result.items() if not k.startswith("_")}
    print(json.dumps(public, indent=2))
    print(explain(result, inp), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
