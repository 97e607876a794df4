//! After the ladder: prescription (when the claim becomes time-barred) and the recovery
//! routes, best first.

use super::*;

/// Last day before the claim is time-barred (see the module docs).
pub(super) fn prescription_date(
    input: &DunningPlanInput,
    inv: &DunningInvoice,
    last_written: Option<IsoDate>,
) -> Result<IsoDate> {
    let last_payment = inv
        .payments
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter(|p| p.date <= input.as_of)
        .map(|p| p.date)
        .max();
    let start = inv.due_date.max(last_payment.unwrap_or(inv.due_date));
    if input.regime == Regime::FrPublic || input.debtor.kind == DebtorKind::Public {
        let start = start.max(last_written.unwrap_or(start));
        // 31 December of the fourth year after the year of the right (loi 68-1250 art. 1).
        let (y, _, _) = start.ymd();
        return IsoDate::from_ymd(y.saturating_add(4), 12, 31).ok_or_else(|| {
            Error::new(
                ErrorKind::DateOutOfRange,
                Text::of(&msg::plan_prescription_out_of_range),
            )
        });
    }
    let consumer = input.regime == Regime::FrB2c || input.debtor.kind == DebtorKind::Consumer;
    let months = if consumer { 24 } else { 60 };
    start.add_months(months)
}

pub(super) fn prescription_warning(
    input: &DunningPlanInput,
    inv: &DunningInvoice,
    date: IsoDate,
    consumer: bool,
    lang: Lang,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let alert = date.add_months(-6)?;
    if input.as_of < alert {
        return Ok(());
    }
    let rule = if input.regime == Regime::FrPublic || input.debtor.kind == DebtorKind::Public {
        msg::prescription_rule_public(lang)
    } else if consumer {
        msg::prescription_rule_consumer(lang)
    } else {
        msg::prescription_rule_business(lang)
    };
    let (code, message) = if input.as_of > date {
        (
            "prescription-expired",
            msg::prescription_expired(lang, &inv.number, date, &rule),
        )
    } else {
        (
            "prescription-approaching",
            msg::prescription_approaching(lang, &inv.number, date, &rule),
        )
    };
    warnings.push(Warning::new(code, message));
    Ok(())
}

pub(super) fn route(code: &str, label: String, basis: String, recommended: bool) -> RecoveryRoute {
    RecoveryRoute {
        code: code.to_owned(),
        label,
        basis,
        recommended,
    }
}

/// Recovery routes for the outstanding principal and interest `total`, best first, their
/// labels and bases in `lang`.
pub(super) fn recovery_routes(
    regime: Regime,
    kind: DebtorKind,
    total: Decimal,
    disputed_ever: bool,
    lang: Lang,
) -> Vec<RecoveryRoute> {
    if total <= Decimal::ZERO {
        return Vec::new();
    }
    if regime == Regime::FrPublic || kind == DebtorKind::Public {
        return vec![
            route(
                "public-accountant",
                msg::route_public_accountant_label(lang),
                msg::route_public_accountant_basis(lang),
                true,
            ),
            route(
                "summary-provision",
                msg::route_administrative_provision_label(lang),
                msg::route_administrative_provision_basis(lang),
                !disputed_ever,
            ),
        ];
    }
    let small = total <= Decimal::from(5000);
    let consumer = regime == Regime::FrB2c || kind == DebtorKind::Consumer;
    let injunction = if consumer {
        msg::route_injunction_label_consumer(lang)
    } else {
        msg::route_injunction_label_business(lang)
    };
    let mut routes = vec![
        route(
            "simplified-procedure",
            msg::route_simplified_procedure_label(lang),
            msg::route_simplified_procedure_basis(lang),
            small,
        ),
        route(
            "injunction",
            injunction,
            msg::route_injunction_basis(lang),
            !small,
        ),
    ];
    routes.push(route(
        "summary-provision",
        msg::route_summary_provision_label(lang),
        if disputed_ever {
            msg::route_summary_provision_basis_disputed(lang)
        } else {
            msg::route_summary_provision_basis(lang)
        },
        false,
    ));
    routes.push(route(
        "collection-agency",
        msg::route_collection_agency_label(lang),
        if consumer {
            msg::route_collection_agency_basis_consumer(lang)
        } else {
            msg::route_collection_agency_basis(lang)
        },
        false,
    ));
    crate::sort::stable_sort_by_key(&mut routes, |r| !r.recommended);
    routes
}
