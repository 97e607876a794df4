//! The escalation policy: a ladder of steps as data, the three default French ladders, and
//! the checks run on a caller-supplied policy (errors for what cannot be planned, warnings for
//! what breaks the law or good practice).

use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::messages::{dunning as msg, Text};
use crate::regime::Regime;
use crate::warning::Warning;
use serde::{Deserialize, Serialize};

/// Default minimum number of days between two contacts with the same debtor.
pub const DEFAULT_MIN_GAP_DAYS: u32 = 3;
/// Default grace after a promised payment date before the promise counts as broken.
pub const DEFAULT_PROMISE_GRACE_DAYS: u32 = 3;
/// Default grace after an instalment date before the instalment counts as missed.
pub const DEFAULT_INSTALMENT_GRACE_DAYS: u32 = 3;
/// Default working days between sending a registered letter and its first presentation.
pub const DEFAULT_DELIVERY_DAYS: u32 = 3;
const MAX_DELIVERY_DAYS: u32 = 30;

const MAX_STEPS: usize = 30;
const MAX_OFFSET: i32 = 3650;
const MAX_DEADLINE_DAYS: u32 = 365;
const MAX_GAP_DAYS: u32 = 60;

/// How a message reaches the debtor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Channel {
    Email,
    /// An ordinary letter.
    Letter,
    /// Lettre recommandée avec accusé de réception (LRAR).
    RegisteredLetter,
    Phone,
    Sms,
}

/// What a step means. The engine gives special treatment to `formal-notice` (the mise en
/// demeure: starts consumer interest, linted for its deadline) and `recovery` (an internal
/// recommendation, not a message: it is not a contact and carries the recovery routes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum StepKind {
    /// Pré-relance: a courteous reminder before the due date.
    PreReminder,
    /// Relance: the first reminder after the due date.
    Reminder,
    /// Relance téléphonique: find the reason for non-payment.
    PhoneCall,
    /// Relance ferme: penalties and indemnity stated.
    SecondReminder,
    /// Dernier avertissement: pay within N days (date written out) or a mise en demeure follows.
    FinalNotice,
    /// Mise en demeure (C. civ. 1344), with its own deadline.
    FormalNotice,
    /// Hand-off: the engine recommends a recovery route.
    Recovery,
}

/// What to do when the engine finds steps whose dates have already passed and nothing was sent
/// for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum CatchUp {
    /// The next step in order is due now; the following ones keep their spacing from it.
    #[default]
    Next,
    /// The latest step whose date has passed is due now (possibly a mise en demeure); the ones
    /// before it are skipped.
    Latest,
}

/// One rung of the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Step {
    /// Unique name of the step in the policy; `history[].step` refers to it.
    pub id: String,
    pub kind: StepKind,
    /// Calendar days from the due date (negative: before it). The sending date then moves to
    /// the next working day, and never comes before the previous step's deadline has passed.
    pub offset_days: i32,
    /// Channels used together for this step (empty for `recovery`).
    pub channels: Vec<Channel>,
    /// Days given to the debtor to pay (CPC 641/642), counted from the sending date, or for a
    /// step sent by registered letter from its estimated first presentation (`deliveryDays`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_days: Option<u32>,
    /// The message states the late-payment penalties or interest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states_penalties: Option<bool>,
    /// The message claims the 40 € recovery indemnity (D441-5 C. com.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub states_indemnity: Option<bool>,
    /// What the step is for, in a few words (shown to the user; the built-in ladders write it
    /// in the `lang` of `dunningPolicy` or `dunningPlan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

/// An escalation policy (ladder and scheduling rules). Every field but `steps` has a default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Policy {
    /// A name for the policy, echoed in the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The ladder, in escalation order; offsets must not decrease.
    pub steps: Vec<Step>,
    /// Minimum days between two contacts with the debtor (default 3, at most 60).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_gap_days: Option<u32>,
    /// What to do about steps whose dates have passed unsent (default `next`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catch_up: Option<CatchUp>,
    /// Days after a promised date before the promise is broken (default 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promise_grace_days: Option<u32>,
    /// Days after an instalment date before it is missed (default 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instalment_grace_days: Option<u32>,
    /// Step id the ladder resumes at after a broken promise, when later than the next step
    /// (absent: the next step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_broken_promise: Option<String>,
    /// Step id the ladder resumes at after a missed instalment, when later than the next step
    /// (absent: the next step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_missed_instalment: Option<String>,
    /// Working days from sending a registered letter to its first presentation (default 3, at
    /// most 30). The deadline of a step sent by registered letter runs from that day, not from
    /// the date written on the letter (CPC 668–669), and a consumer's legal interest runs from
    /// it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_days: Option<u32>,
}

/// A policy checked and with its defaults applied.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub name: String,
    pub steps: Vec<Step>,
    pub min_gap: i32,
    pub catch_up: CatchUp,
    pub promise_grace: i32,
    pub instalment_grace: i32,
    pub on_broken_promise: Option<usize>,
    pub on_missed_instalment: Option<usize>,
    pub delivery_days: u32,
}

fn step(
    kind: StepKind,
    offset_days: i32,
    channels: &[Channel],
    deadline_days: Option<u32>,
    penalties: bool,
    indemnity: bool,
    purpose: String,
) -> Step {
    let id = match kind {
        StepKind::PreReminder => "pre-reminder",
        StepKind::Reminder => "reminder",
        StepKind::PhoneCall => "phone-call",
        StepKind::SecondReminder => "second-reminder",
        StepKind::FinalNotice => "final-notice",
        StepKind::FormalNotice => "formal-notice",
        StepKind::Recovery => "recovery",
    };
    Step {
        id: id.to_owned(),
        kind,
        offset_days,
        channels: channels.to_vec(),
        deadline_days,
        states_penalties: Some(penalties),
        states_indemnity: Some(indemnity),
        purpose: Some(purpose),
    }
}

/// The built-in ladder for a regime (see the module docs for the table), its step purposes in
/// `lang`.
pub fn default_policy(regime: Regime, lang: Lang) -> Policy {
    use Channel::{Email, Letter, Phone, RegisteredLetter};
    use StepKind::*;
    // One row per step, as in the table of the module docs.
    #[rustfmt::skip]
    let (name, steps) = match regime {
        Regime::FrB2b => (
            "fr-b2b",
            vec![
                step(PreReminder, -7, &[Email], None, false, false, msg::purpose_pre_reminder(lang)),
                step(Reminder, 1, &[Email], None, true, false, msg::purpose_b2b_reminder(lang)),
                step(PhoneCall, 5, &[Phone], None, false, false, msg::purpose_b2b_phone_call(lang)),
                step(SecondReminder, 15, &[Email, Letter], None, true, true, msg::purpose_b2b_second_reminder(lang)),
                step(FinalNotice, 25, &[Email, Letter], Some(8), true, true, msg::purpose_final_notice(lang)),
                step(FormalNotice, 34, &[RegisteredLetter, Email], Some(8), true, true, msg::purpose_b2b_formal_notice(lang)),
                step(Recovery, 43, &[], None, false, false, msg::purpose_recovery(lang)),
            ],
        ),
        Regime::FrB2c => (
            "fr-b2c",
            vec![
                step(PreReminder, -5, &[Email], None, false, false, msg::purpose_pre_reminder(lang)),
                step(Reminder, 3, &[Email], None, false, false, msg::purpose_b2c_reminder(lang)),
                step(PhoneCall, 10, &[Phone], None, false, false, msg::purpose_b2c_phone_call(lang)),
                step(SecondReminder, 21, &[Email, Letter], None, false, false, msg::purpose_b2c_second_reminder(lang)),
                step(FinalNotice, 35, &[Email, Letter], Some(8), false, false, msg::purpose_final_notice(lang)),
                step(FormalNotice, 44, &[RegisteredLetter, Email], Some(15), true, false, msg::purpose_b2c_formal_notice(lang)),
                step(Recovery, 60, &[], None, false, false, msg::purpose_recovery(lang)),
            ],
        ),
        Regime::FrPublic => (
            "fr-public",
            vec![
                step(PreReminder, -7, &[Email], None, false, false, msg::purpose_public_pre_reminder(lang)),
                step(Reminder, 1, &[Email], None, true, true, msg::purpose_public_reminder(lang)),
                step(PhoneCall, 7, &[Phone], None, false, false, msg::purpose_public_phone_call(lang)),
                step(SecondReminder, 15, &[Email, Letter], None, true, true, msg::purpose_public_second_reminder(lang)),
                step(FinalNotice, 30, &[Email, Letter], Some(8), true, true, msg::purpose_public_final_notice(lang)),
                step(FormalNotice, 39, &[RegisteredLetter, Email], Some(15), true, true, msg::purpose_public_formal_notice(lang)),
                step(Recovery, 55, &[], None, false, false, msg::purpose_recovery(lang)),
            ],
        ),
    };
    Policy {
        name: Some(name.to_owned()),
        steps,
        min_gap_days: None,
        catch_up: None,
        promise_grace_days: None,
        instalment_grace_days: None,
        // A broken promise resumes at the next step; a missed instalment of an agreed plan
        // goes straight to the final notice (the debtor broke a written agreement).
        on_broken_promise: None,
        on_missed_instalment: Some("final-notice".to_owned()),
        delivery_days: None,
    }
}

fn bad(field: String, message: Text) -> Error {
    Error::at(ErrorKind::InconsistentInput, field, message)
}

fn find_step(steps: &[Step], id: &Option<String>, field: &str) -> Result<Option<usize>> {
    match id {
        None => Ok(None),
        Some(id) => steps
            .iter()
            .position(|s| &s.id == id)
            .map(Some)
            .ok_or_else(|| {
                bad(
                    format!("policy.{field}"),
                    Text::of(&|l| msg::policy_no_such_step(l, id)),
                )
            }),
    }
}

/// Checks a policy, applies its defaults and lints it against the law and good practice
/// (warnings in `lang`).
pub(crate) fn resolve(
    policy: &Policy,
    consumer: bool,
    lang: Lang,
    warnings: &mut Vec<Warning>,
) -> Result<Resolved> {
    if policy.steps.is_empty() {
        return Err(bad("policy.steps".into(), Text::of(&msg::policy_no_steps)));
    }
    if policy.steps.len() > MAX_STEPS {
        return Err(bad(
            "policy.steps".into(),
            Text::of(&|l| msg::policy_too_many_steps(l, MAX_STEPS)),
        ));
    }
    let min_gap = policy.min_gap_days.unwrap_or(DEFAULT_MIN_GAP_DAYS);
    let delivery_days = policy.delivery_days.unwrap_or(DEFAULT_DELIVERY_DAYS);
    if delivery_days > MAX_DELIVERY_DAYS {
        return Err(Error::at(
            ErrorKind::InvalidPeriod,
            "policy.deliveryDays",
            Text::of(&|l| msg::policy_delivery_days_too_long(l, delivery_days, MAX_DELIVERY_DAYS)),
        ));
    }
    for (value, field) in [
        (min_gap, "minGapDays"),
        (policy.promise_grace_days.unwrap_or(0), "promiseGraceDays"),
        (
            policy.instalment_grace_days.unwrap_or(0),
            "instalmentGraceDays",
        ),
    ] {
        if value > MAX_GAP_DAYS {
            return Err(Error::at(
                ErrorKind::InvalidPeriod,
                format!("policy.{field}"),
                Text::of(&|l| msg::policy_period_too_long(l, value, MAX_GAP_DAYS)),
            ));
        }
    }
    for (i, s) in policy.steps.iter().enumerate() {
        let at = |f: &str| format!("policy.steps[{i}].{f}");
        if s.id.is_empty() || s.id.len() > 64 {
            return Err(bad(at("id"), Text::of(&msg::policy_step_id_length)));
        }
        if policy.steps[..i].iter().any(|p| p.id == s.id) {
            return Err(bad(
                at("id"),
                Text::of(&|l| msg::policy_step_id_twice(l, &s.id)),
            ));
        }
        if !(-MAX_OFFSET..=MAX_OFFSET).contains(&s.offset_days) {
            return Err(Error::at(
                ErrorKind::InvalidPeriod,
                at("offsetDays"),
                Text::of(&|l| msg::policy_offset_out_of_range(l, MAX_OFFSET)),
            ));
        }
        if let Some(prev) = i.checked_sub(1).and_then(|p| policy.steps.get(p)) {
            if s.offset_days < prev.offset_days {
                return Err(bad(
                    at("offsetDays"),
                    Text::of(&|l| {
                        msg::policy_steps_out_of_order(
                            l,
                            &s.id,
                            s.offset_days,
                            &prev.id,
                            prev.offset_days,
                        )
                    }),
                ));
            }
            let both_contacts = s.kind != StepKind::Recovery && prev.kind != StepKind::Recovery;
            if both_contacts && s.offset_days - prev.offset_days < min_gap as i32 {
                warnings.push(Warning::new(
                    "steps-closer-than-gap",
                    msg::policy_steps_closer_than_gap(
                        lang,
                        &prev.id,
                        &s.id,
                        s.offset_days - prev.offset_days,
                        min_gap,
                    ),
                ));
            }
        }
        match (s.kind, s.channels.is_empty()) {
            (StepKind::Recovery, false) => {
                return Err(bad(
                    at("channels"),
                    Text::of(&msg::policy_recovery_has_channels),
                ))
            }
            (k, true) if k != StepKind::Recovery => {
                return Err(bad(
                    at("channels"),
                    Text::of(&msg::policy_step_needs_channel),
                ))
            }
            _ => {}
        }
        if let Some(days) = s.deadline_days {
            if days == 0 || days > MAX_DEADLINE_DAYS {
                return Err(Error::at(
                    ErrorKind::InvalidPeriod,
                    at("deadlineDays"),
                    Text::of(&|l| msg::policy_deadline_out_of_range(l, MAX_DEADLINE_DAYS)),
                ));
            }
        }
        if s.kind == StepKind::FormalNotice {
            match s.deadline_days {
                Some(d) if d >= 8 => {
                    if d > 15 {
                        warnings.push(Warning::new(
                            "formal-notice-deadline-long",
                            msg::policy_formal_notice_deadline_long(lang, d),
                        ));
                    }
                }
                other => warnings.push(Warning::new(
                    "formal-notice-deadline-short",
                    match other {
                        Some(d) => msg::policy_formal_notice_deadline_short(lang, &s.id, d),
                        None => msg::policy_formal_notice_no_deadline(lang, &s.id),
                    },
                )),
            }
            if !s.channels.contains(&Channel::RegisteredLetter) {
                warnings.push(Warning::new(
                    "formal-notice-not-registered",
                    msg::policy_formal_notice_not_registered(lang, &s.id),
                ));
            }
        }
        if consumer && s.states_indemnity == Some(true) {
            warnings.push(Warning::new(
                "consumer-fees",
                msg::policy_consumer_fees(lang, &s.id),
            ));
        }
    }
    if consumer {
        let notice = policy
            .steps
            .iter()
            .position(|s| s.kind == StepKind::FormalNotice);
        for s in policy
            .steps
            .iter()
            .take(notice.unwrap_or(policy.steps.len()))
        {
            if s.states_penalties == Some(true) {
                warnings.push(Warning::new(
                    "consumer-interest-before-notice",
                    msg::policy_consumer_interest_before_notice(lang, &s.id),
                ));
            }
        }
    }
    Ok(Resolved {
        name: policy.name.clone().unwrap_or_else(|| "custom".to_owned()),
        on_broken_promise: find_step(&policy.steps, &policy.on_broken_promise, "onBrokenPromise")?,
        on_missed_instalment: find_step(
            &policy.steps,
            &policy.on_missed_instalment,
            "onMissedInstalment",
        )?,
        steps: policy.steps.clone(),
        min_gap: min_gap as i32,
        catch_up: policy.catch_up.unwrap_or_default(),
        promise_grace: policy
            .promise_grace_days
            .unwrap_or(DEFAULT_PROMISE_GRACE_DAYS) as i32,
        instalment_grace: policy
            .instalment_grace_days
            .unwrap_or(DEFAULT_INSTALMENT_GRACE_DAYS) as i32,
        delivery_days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_ladders_are_clean_for_their_regime() {
        for (regime, consumer) in [
            (Regime::FrB2b, false),
            (Regime::FrB2c, true),
            (Regime::FrPublic, false),
        ] {
            let mut warnings = Vec::new();
            for lang in Lang::ALL {
                let r = resolve(&default_policy(regime, lang), consumer, lang, &mut warnings);
                assert!(r.is_ok(), "{regime:?}");
                assert!(warnings.is_empty(), "{regime:?}: {warnings:?}");
            }
        }
    }

    #[test]
    fn the_b2b_ladder_claims_fees_from_a_consumer() {
        let mut warnings = Vec::new();
        let r = resolve(
            &default_policy(Regime::FrB2b, Lang::Fr),
            true,
            Lang::Fr,
            &mut warnings,
        );
        assert!(r.is_ok());
        assert!(warnings.iter().any(|w| w.code == "consumer-fees"));
        assert!(warnings
            .iter()
            .any(|w| w.code == "consumer-interest-before-notice"));
    }

    #[test]
    fn formal_notice_follows_the_final_notice_deadline() {
        // The offsets encode "the day after the final notice's 8-day deadline".
        for regime in [Regime::FrB2b, Regime::FrB2c, Regime::FrPublic] {
            let p = default_policy(regime, Lang::Fr);
            let find = |k: StepKind| p.steps.iter().find(|s| s.kind == k);
            let (Some(fin), Some(med)) =
                (find(StepKind::FinalNotice), find(StepKind::FormalNotice))
            else {
                unreachable!("{regime:?} lacks a step")
            };
            assert_eq!(
                fin.offset_days + fin.deadline_days.map_or(0, |d| d as i32) + 1,
                med.offset_days
            );
        }
    }
}

/// Input of `dunningPolicy`: which built-in ladder to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct PolicyRequest {
    pub regime: crate::regime::Regime,
    /// Language of the messages (warnings, reasons, errors): `"fr"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Option<crate::lang::Lang>,
}
