//! `render_letter`: every kind × channel × language renders; reviewed golden texts under
//! `tests/data/letters/`; the mandatory content of each kind; HTML escaping; consumer
//! prohibitions; SMS length; template overrides.
//!
//! Golden files are compared exactly. After a deliberate wording change, rewrite them with
//! `RELANCE_BLESS=1 cargo test --test letters`, then read the diff as a lawyer would before
//! committing it.

use relance::letters::{
    render_letter, LetterChannel, LetterInput, LetterKind, LetterResult, PLACEHOLDERS,
};
use serde_json::{json, Value};

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

fn creditor() -> Value {
    json!({
        "name": "Atelier Dupont SARL",
        "address": "12 rue des Lilas\n75011 Paris",
        "siren": "812 345 678",
        "vatNumber": "FR25812345678",
        "email": "compta@atelier-dupont.fr",
        "phone": "01 23 45 67 89",
        "iban": "FR76 3000 6000 0112 3456 7890 189",
        "bic": "AGRIFRPP",
        "signatory": "Claire Martin, responsable comptable",
        "place": "Paris"
    })
}

fn invoice_a() -> Value {
    json!({
        "number": "F-2026-101",
        "issueDate": "2026-09-15",
        "dueDate": "2026-10-15",
        "amount": "1250.00",
        "orderDate": "2026-09-01",
        "description": "Maintenance du parc informatique",
        "quantity": "12 postes"
    })
}

fn invoice_b() -> Value {
    json!({
        "number": "F-2026-117",
        "issueDate": "2026-09-30",
        "dueDate": "2026-10-30",
        "amount": "3600.00",
        "orderDate": "2026-09-10",
        "description": "Installation de serveurs",
        "quantity": "2 serveurs",
        "payments": [{ "date": "2026-11-05", "amount": "1000.00" }]
    })
}

fn history(kind: &str) -> Value {
    let all = json!([
        { "kind": "pre-reminder", "date": "2026-10-08", "channel": "email" },
        { "kind": "reminder", "date": "2026-10-20", "channel": "email" },
        { "kind": "phone-script", "date": "2026-10-27" },
        { "kind": "second-reminder", "date": "2026-11-05", "channel": "letter" },
        { "kind": "final-notice", "date": "2026-11-10", "channel": "letter" },
        { "kind": "formal-notice", "date": "2026-11-20", "channel": "letter" }
    ]);
    let upto = match kind {
        "pre-reminder" | "reminder" => 1,
        "phone-script" => 2,
        "second-reminder" => 3,
        "final-notice" => 4,
        "formal-notice" => 5,
        _ => 6,
    };
    Value::Array(
        all.as_array()
            .map(|a| a[..upto].to_vec())
            .unwrap_or_default(),
    )
}

fn base(kind: &str, channel: &str, lang: &str, regime: &str) -> Value {
    let debtor = match regime {
        "fr-b2c" => {
            json!({ "name": "M. Paul Durand", "address": "3 impasse des Tilleuls\n33000 Bordeaux", "kind": "consumer", "civility": "monsieur", "surname": "Durand" })
        }
        "fr-public" => {
            json!({ "name": "Commune de Villeneuve", "address": "Hôtel de ville\n45000 Villeneuve", "kind": "public" })
        }
        _ => {
            json!({ "name": "Martin & Fils SAS", "address": "8 avenue de la Gare\n69002 Lyon", "kind": "business" })
        }
    };
    let mut v = json!({
        "kind": kind,
        "channel": channel,
        "lang": lang,
        "regime": regime,
        "asOf": "2026-11-22",
        "creditor": creditor(),
        "debtor": debtor,
        "invoices": [invoice_a()],
        "history": history(kind)
    });
    if kind == "payment-plan" {
        v["instalments"] = json!([
            { "date": "2026-12-05", "amount": "625.00" },
            { "date": "2027-01-05", "amount": "625.00" }
        ]);
    }
    if kind == "handover" {
        // After the mise en demeure of 20 November has run out: presented (estimate) on the
        // 25th, + 8 days = 3 December.
        v["asOf"] = json!("2026-12-07");
        v["recipient"] = if regime == "fr-public" {
            json!({ "name": "Maître Antoine Roux, avocat au barreau de Lyon", "address": "20 quai Saint-Antoine\n69002 Lyon", "kind": "avocat" })
        } else {
            json!({ "name": "Maître Sophie Lefèvre, commissaire de justice", "address": "5 place Bellecour\n69002 Lyon", "kind": "commissaire-de-justice" })
        };
    }
    v
}

fn input(v: &Value) -> LetterInput {
    match relance::error::deserialize(v.clone()) {
        Ok(i) => i,
        Err(e) => panic!("bad fixture: {e}"),
    }
}

fn render(v: &Value) -> LetterResult {
    match render_letter(&input(v)) {
        Ok(r) => r,
        Err(e) => panic!("render failed: {e}"),
    }
}

/// Plain spaces for the no-break spaces of French typography, to write expectations simply.
fn plain(s: &str) -> String {
    s.replace([NNBSP, NBSP], " ")
}

const KINDS: [&str; 9] = [
    "pre-reminder",
    "reminder",
    "phone-script",
    "second-reminder",
    "final-notice",
    "formal-notice",
    "statement",
    "payment-plan",
    "handover",
];

/// The court steps after the mise en demeure (letter and e-mail only, never SMS; no public
/// buyer except for the référé-provision): tested apart from the ladder's kinds.
const COURT_KINDS: [&str; 3] = ["injonction-request", "refere-provision", "small-claims"];

/// A court step's realistic input: after the mise en demeure of 20 November 2026 (first
/// presented on the 25th, + 8 days = 3 December) has run out, the companies' forms and
/// registrations known, the recipient of a cover letter.
fn court_input(kind: &str, channel: &str, lang: &str, regime: &str) -> Value {
    let mut v = base(kind, channel, lang, regime);
    v["asOf"] = json!("2026-12-07");
    v["creditor"]["legalForm"] = json!("SARL");
    v["creditor"]["shareCapital"] = json!("10000");
    v["creditor"]["rcsCity"] = json!("Paris");
    if regime == "fr-b2b" {
        v["debtor"]["legalForm"] = json!("SAS");
        v["debtor"]["siren"] = json!("552 100 554");
        v["debtor"]["rcsCity"] = json!("Lyon");
    }
    match kind {
        "refere-provision" => {
            v["recipient"] = json!({ "name": "Maître Antoine Roux, avocat au barreau de Lyon", "address": "20 quai Saint-Antoine\n69002 Lyon", "kind": "avocat" });
        }
        "small-claims" => {
            v["recipient"] = json!({ "name": "Maître Sophie Lefèvre, commissaire de justice", "address": "5 place Bellecour\n69002 Lyon", "kind": "commissaire-de-justice" });
        }
        _ => {}
    }
    if regime == "fr-b2c" {
        // Legal interest runs from the first presentation of the mise en demeure.
        v["noticeDate"] = json!("2026-11-25");
    }
    v
}

#[test]
fn every_kind_channel_language_and_regime_renders() {
    let mut count = 0;
    for kind in KINDS {
        for channel in ["email", "letter", "sms"] {
            for lang in ["fr", "en"] {
                for regime in ["fr-b2b", "fr-b2c", "fr-public"] {
                    let mut v = base(kind, channel, lang, regime);
                    v["invoices"] = json!([invoice_a(), invoice_b()]);
                    if kind == "payment-plan" && regime == "fr-public" {
                        // Refused: a public buyer signs no acknowledgment of debt.
                        let e = render_letter(&input(&v)).unwrap_err();
                        assert_eq!((e.code(), e.field()), ("inconsistent-input", Some("kind")));
                        count += 1;
                        continue;
                    }
                    let r = render(&v);
                    assert!(!r.subject.is_empty(), "{kind} {channel} {lang}");
                    assert!(!r.text.is_empty(), "{kind} {channel} {lang}");
                    assert!(
                        !r.text.contains("{{"),
                        "{kind} {channel} {lang}: {}",
                        r.text
                    );
                    assert!(r.html.starts_with(&format!(
                        "<article class=\"relance-letter relance-{kind} relance-channel-{channel}\""
                    )));
                    assert!(r.html.trim_end().ends_with("</article>"));
                    assert_eq!(r.sms.is_some(), channel == "sms");
                    count += 1;
                }
            }
        }
    }
    assert_eq!(count, 9 * 3 * 2 * 3);
    assert_eq!(LetterKind::ALL.len(), KINDS.len() + COURT_KINDS.len());
    assert_eq!(LetterChannel::ALL.len(), 3);
}

// ---------------------------------------------------------------------------------------------
// Golden texts (reviewed): every built-in text

/// One golden case: its file name and its input.
struct GoldenCase {
    name: String,
    input: Value,
}

/// The fixed, realistic input of a golden case: `base` (asOf 22 November 2026, invoice
/// F-2026-101), with what makes the step realistic: a pre-reminder is sent before the due date
/// (8 October 2026), a statement itemises both invoices (one partly paid), an SMS carries a
/// payment link rather than an IBAN.
fn golden_input(kind: &str, channel: &str, lang: &str, regime: &str) -> Value {
    let mut v = base(kind, channel, lang, regime);
    if kind == "pre-reminder" {
        v["asOf"] = json!("2026-10-08");
    }
    if kind == "statement" {
        v["invoices"] = json!([invoice_a(), invoice_b()]);
    }
    if channel == "sms" {
        v["creditor"]["paymentLink"] = json!("https://pay.atelier-dupont.fr/F-2026-101");
    }
    v
}

/// Every built-in text, once: each kind × channel × language for fr-b2b, then each section
/// variant of the templates (`.consumer`, `.public`, `.agency`) in the kind and channel that
/// select it, and the several-invoice mise en demeure. The phone script's `letter` form is the
/// same script as its `email` form (checked below), so it has one file.
fn golden_cases() -> Vec<GoldenCase> {
    let mut cases = Vec::new();
    let mut push = |name: String, input: Value| cases.push(GoldenCase { name, input });
    for lang in ["fr", "en"] {
        for kind in KINDS {
            for channel in ["email", "letter", "sms"] {
                if kind == "phone-script" && channel == "letter" {
                    continue;
                }
                push(
                    format!("{lang}-b2b-{kind}-{channel}"),
                    golden_input(kind, channel, lang, "fr-b2b"),
                );
            }
        }
        // Kinds whose text depends on the audience (common.*: penalties_running,
        // penalties_to_date, consequences, still_running, next_step, legal_basis; kind files:
        // phone_figures, subject/sms/body.consumer, period_intro.public, period_heading,
        // debtor_note).
        for (regime, short) in [("fr-b2c", "b2c"), ("fr-public", "public")] {
            for kind in [
                "reminder",
                "phone-script",
                "second-reminder",
                "final-notice",
                "formal-notice",
                "statement",
                "handover",
            ] {
                let channel = if kind == "phone-script" {
                    "email"
                } else {
                    "letter"
                };
                push(
                    format!("{lang}-{short}-{kind}-{channel}"),
                    golden_input(kind, channel, lang, regime),
                );
            }
            push(
                format!("{lang}-{short}-second-reminder-sms"),
                golden_input("second-reminder", "sms", lang, regime),
            );
        }
        // recipient_note.agency (the other hand-over files go to a commissaire de justice).
        let mut v = golden_input("handover", "letter", lang, "fr-b2b");
        v["recipient"] = json!({ "name": "Recouvra Conseil SAS", "address": "14 rue de la République\n69001 Lyon", "kind": "agency" });
        push(format!("{lang}-b2b-handover-agency-letter"), v);
        // Several invoices, one partly paid: one text with a table and a total.
        let mut v = golden_input("formal-notice", "letter", lang, "fr-b2b");
        v["invoices"] = json!([invoice_a(), invoice_b()]);
        v["deadlineDays"] = json!(15);
        push(format!("{lang}-b2b-formal-notice-letter-2-invoices"), v);
        // A company's letterhead (legal form, share capital, RCS) and a known civility.
        let mut v = golden_input("formal-notice", "letter", lang, "fr-b2c");
        v["creditor"]["legalForm"] = json!("SARL");
        v["creditor"]["shareCapital"] = json!("10000");
        v["creditor"]["rcsCity"] = json!("Paris");
        v["debtor"]["civility"] = json!("monsieur");
        v["debtor"]["surname"] = json!("Durand");
        push(
            format!("{lang}-b2c-formal-notice-letter-letterhead-civility"),
            v,
        );
        // A public buyer: the addressee's title, the Chorus Pro filing date, two invoices of
        // which one has its principal paid (its interest and indemnity then follow R2192-36).
        let mut v = golden_input("formal-notice", "letter", lang, "fr-public");
        v["debtor"]["title"] = json!("Monsieur le Maire");
        let mut a = invoice_a();
        a["chorusProDate"] = json!("2026-09-15");
        let mut b = invoice_b();
        b["payments"] = json!([{ "date": "2026-11-05", "amount": "3600.00" }]);
        v["invoices"] = json!([a, b]);
        push(
            format!("{lang}-public-formal-notice-letter-title-chorus-pro"),
            v,
        );
        let mut v = golden_input("formal-notice", "sms", lang, "fr-public");
        v["debtor"]["title"] = json!("Monsieur le Maire");
        push(format!("{lang}-public-formal-notice-sms"), v);
        // Payment plans: a consumer's (legal interest from the mise en demeure), and a business
        // plan whose creditor waives the penalties on condition that it is kept.
        let mut v = golden_input("payment-plan", "letter", lang, "fr-b2c");
        v["noticeDate"] = json!("2026-10-26");
        push(format!("{lang}-b2c-payment-plan-letter"), v);
        let mut v = golden_input("payment-plan", "letter", lang, "fr-b2b");
        v["penaltiesSettlement"] = json!("waived");
        v["accelerationNoticeDays"] = json!(15);
        push(format!("{lang}-b2b-payment-plan-letter-waived"), v);
        // The court steps: the requête (two invoices, one partly paid; between companies, and
        // against a consumer), the référé-provision (each court) and the procédure simplifiée.
        let mut v = court_input("injonction-request", "letter", lang, "fr-b2b");
        v["invoices"] = json!([invoice_a(), invoice_b()]);
        v["court"] =
            json!("Tribunal des activités économiques de Lyon\n44 rue de Bonnel\n69003 Lyon");
        push(format!("{lang}-b2b-injonction-request-letter"), v);
        push(
            format!("{lang}-b2c-injonction-request-letter"),
            court_input("injonction-request", "letter", lang, "fr-b2c"),
        );
        for (regime, short) in [
            ("fr-b2b", "b2b"),
            ("fr-b2c", "b2c"),
            ("fr-public", "public"),
        ] {
            push(
                format!("{lang}-{short}-refere-provision-letter"),
                court_input("refere-provision", "letter", lang, regime),
            );
        }
        push(
            format!("{lang}-b2b-small-claims-letter"),
            court_input("small-claims", "letter", lang, "fr-b2b"),
        );
        push(
            format!("{lang}-b2c-small-claims-email"),
            court_input("small-claims", "email", lang, "fr-b2c"),
        );
    }
    cases
}

fn golden_text(r: &LetterResult) -> String {
    let mut actual = format!("Subject: {}\n", r.subject);
    if let Some(sms) = r.sms {
        actual.push_str(&format!(
            "SMS: {:?}, {} characters, {} part(s)\n",
            sms.encoding, sms.length, sms.parts
        ));
    }
    actual.push_str("----\n");
    actual.push_str(&r.text);
    actual.push('\n');
    actual
}

#[test]
fn every_builtin_text_matches_its_reviewed_golden_file() {
    let dir = format!("{}/tests/data/letters", env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var("RELANCE_BLESS").is_ok_and(|v| v == "1");
    let cases = golden_cases();
    let mut names = std::collections::BTreeSet::new();
    let mut contents = std::collections::BTreeMap::new();
    let mut failures = Vec::new();
    for case in &cases {
        assert!(
            names.insert(case.name.clone()),
            "duplicate name {}",
            case.name
        );
        let r = render(&case.input);
        if let Some(sms) = r.sms {
            // The built-in SMS texts use GSM-7 characters only.
            assert_eq!(format!("{:?}", sms.encoding), "Gsm7", "{}", case.name);
        }
        let actual = golden_text(&r);
        if let Some(other) = contents.insert(actual.clone(), case.name.clone()) {
            panic!("{} and {other} have the same content", case.name);
        }
        let path = format!("{dir}/{}.txt", case.name);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == actual => {}
            Ok(_) => failures.push(format!("{}: differs", case.name)),
            Err(_) => failures.push(format!("{}: missing", case.name)),
        }
    }
    // No stale file: every golden file is a case (blessing removes the others).
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(name) = file.strip_suffix(".txt") else {
            continue;
        };
        if !names.contains(name) {
            if bless {
                std::fs::remove_file(format!("{dir}/{file}")).unwrap();
            } else {
                failures.push(format!("{name}: stale golden file, no case renders it"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "golden texts (RELANCE_BLESS=1 rewrites them; then read the diff):\n{}",
        failures.join("\n")
    );
}

#[test]
fn golden_cases_render_every_template_section() {
    // Every `=== name.variant` section of a kind's built-in template is selected by at least
    // one golden case of that kind (variant → regime or recipient; an `sms.*` section by an
    // SMS case). The common sections are used by the kinds covered for each regime.
    let cases = golden_cases();
    let dir = format!("{}/src/letters/templates", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for kind in KINDS.into_iter().chain(COURT_KINDS) {
        for lang in ["fr", "en"] {
            let file = std::fs::read_to_string(format!("{dir}/{kind}.{lang}.txt")).unwrap();
            for line in file.lines() {
                let Some((name, variant)) = line
                    .strip_prefix("=== ")
                    .and_then(|s| s.trim().split_once('.'))
                else {
                    continue;
                };
                let hit = cases.iter().any(|c| {
                    let i = &c.input;
                    i["kind"] == kind
                        && i["lang"] == lang
                        && (name != "sms" || i["channel"] == "sms")
                        && match variant {
                            "business" => i["regime"] == "fr-b2b",
                            "consumer" => i["regime"] == "fr-b2c",
                            "public" => i["regime"] == "fr-public",
                            "commissaire" => i["recipient"]["kind"] == "commissaire-de-justice",
                            "avocat" => i["recipient"]["kind"] == "avocat",
                            "agency" => i["recipient"]["kind"] == "agency",
                            other => panic!("{kind}.{lang}: unknown variant {other}"),
                        }
                });
                assert!(
                    hit,
                    "{kind}.{lang}.txt: no golden case renders {name}.{variant}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "{checked}");
    // The common variants: every regime renders each kind that uses them.
    for regime in ["fr-b2b", "fr-b2c", "fr-public"] {
        for kind in [
            "reminder",
            "second-reminder",
            "final-notice",
            "formal-notice",
        ] {
            assert!(
                cases
                    .iter()
                    .any(|c| c.input["kind"] == kind && c.input["regime"] == regime),
                "{kind} {regime}"
            );
        }
    }
}

#[test]
fn the_phone_script_is_the_same_script_by_email_and_letter() {
    for lang in ["fr", "en"] {
        let email = render(&golden_input("phone-script", "email", lang, "fr-b2b"));
        let letter = render(&golden_input("phone-script", "letter", lang, "fr-b2b"));
        assert_eq!(email.subject, letter.subject);
        assert_eq!(email.text, letter.text);
    }
}

// ---------------------------------------------------------------------------------------------
// Mandatory content, per kind (expected values computed by hand)

fn text_of(kind: &str, channel: &str, lang: &str, regime: &str) -> String {
    plain(&render(&base(kind, channel, lang, regime)).text)
}

#[test]
fn figures_are_computed_per_invoice_and_added_up() {
    // A: 1 250 € due 15 Oct 2026, 38 days at 12.15 %: 1250 × 0.1215 × 38 / 365 = 15.81.
    // B: 3 600 € due 30 Oct, 1 000 € paid 5 Nov: 6 days on 3 600 = 7.19 (paid first, C. civ.
    // 1343-1), principal 3 600 − 992.81 = 2 607.19; 17 days on it = 14.75.
    let mut v = base("statement", "email", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    let f = render(&v).figures;
    let a = &f.invoices[0];
    assert_eq!(a.interest.to_string(), "15.81");
    assert_eq!(a.compensation.to_string(), "40.00");
    assert_eq!(a.total.to_string(), "1305.81");
    assert_eq!(a.days_late, 38);
    let b = &f.invoices[1];
    assert_eq!(b.interest.to_string(), "21.94");
    assert_eq!(b.interest_paid.to_string(), "7.19");
    assert_eq!(b.principal_outstanding.to_string(), "2607.19");
    assert_eq!(b.interest_outstanding.to_string(), "14.75");
    assert_eq!(b.total.to_string(), "2661.94");
    assert_eq!(f.principal.to_string(), "3857.19");
    assert_eq!(f.interest.to_string(), "30.56");
    assert_eq!(f.compensation.to_string(), "80.00");
    assert_eq!(f.total.to_string(), "3967.75");
    assert_eq!(
        f.penalty_rate_percent.map(|p| p.to_string()).as_deref(),
        Some("12.15")
    );
}

#[test]
fn every_reminder_states_amount_invoice_dates_and_how_to_pay() {
    for kind in [
        "pre-reminder",
        "reminder",
        "second-reminder",
        "final-notice",
        "formal-notice",
    ] {
        for channel in ["email", "letter"] {
            let mut v = base(kind, channel, "fr", "fr-b2b");
            if kind == "pre-reminder" {
                v["asOf"] = json!("2026-10-08");
            }
            let r = render(&v);
            let t = plain(&r.text);
            for needle in [
                "1 250,00 €",
                "F-2026-101",
                "15 septembre 2026",
                "15 octobre 2026",
                "IBAN : FR76 3000 6000 0112 3456 7890 189",
                "BIC : AGRIFRPP",
            ] {
                assert!(
                    t.contains(needle),
                    "{kind} {channel}: missing {needle:?}\n{t}"
                );
            }
            assert!(
                !r.warnings
                    .iter()
                    .any(|w| w.code == "payment-details-missing"),
                "{kind}"
            );
            let t = text_of(kind, channel, "en", "fr-b2b");
            for needle in [
                "€1,250.00",
                "F-2026-101",
                "15 September 2026",
                "15 October 2026",
                "IBAN: FR76",
            ] {
                assert!(
                    t.contains(needle),
                    "en {kind} {channel}: missing {needle:?}\n{t}"
                );
            }
        }
    }
}

#[test]
fn a_payment_link_is_enough_and_no_details_give_a_warning() {
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["creditor"]["iban"] = Value::Null;
    v["creditor"]["bic"] = Value::Null;
    v["creditor"]["paymentLink"] = json!("https://pay.example/F-2026-101");
    let r = render(&v);
    assert!(plain(&r.text).contains("Paiement en ligne : https://pay.example/F-2026-101"));
    assert!(r
        .warnings
        .iter()
        .all(|w| w.code != "payment-details-missing"));
    v["creditor"]["paymentLink"] = Value::Null;
    let r = render(&v);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "payment-details-missing"));
    assert!(plain(&r.text).contains("Pour les modalités de règlement, nous vous invitons à nous contacter : 01 23 45 67 89 ou compta@atelier-dupont.fr."));
}

#[test]
fn first_reminder_says_penalties_are_running() {
    let t = text_of("reminder", "email", "fr", "fr-b2b");
    assert!(t.contains("des pénalités de retard sont dues de plein droit depuis le lendemain de la date d'échéance"));
    assert!(t.contains("L441-10"));
    let t = text_of("reminder", "letter", "fr", "fr-public");
    assert!(t.contains("le retard de paiement fait courir de plein droit et sans autre formalité"));
    assert!(t.contains("L2192-13"));
    // Interest and indemnity are paid within 45 days of the principal (CCP R2192-36).
    assert!(t.contains(
        "payables dans les quarante-cinq jours suivant la mise en paiement du principal"
    ));
    let t = text_of("reminder", "email", "en", "fr-b2b");
    assert!(t.contains("late-payment penalties are due by law from the day after the due date"));
    // The pre-reminder is courteous: no penalties, no threat.
    let mut v = base("pre-reminder", "email", "fr", "fr-b2b");
    v["asOf"] = json!("2026-10-08");
    let t = plain(&render(&v).text);
    assert!(
        !t.contains("pénalités") && !t.contains("mise en demeure") && !t.contains("injonction")
    );
}

#[test]
fn second_reminder_states_rate_amount_indemnity_consequences_and_asks_the_reason() {
    for channel in ["email", "letter"] {
        let t = text_of("second-reminder", channel, "fr", "fr-b2b");
        for needle in [
            "au taux de 12,15 % l'an",
            "elles s'élèvent à 15,81 € au 22 novembre 2026",
            "indemnité forfaitaire pour frais de recouvrement de 40 €",
            "soit 40,00 €",
            "1 305,81 €",
            "À défaut de règlement intégral, nous serons contraints de vous adresser une mise en demeure",
            "injonction de payer",
            "nous vous remercions de nous en faire connaître la raison sans délai",
        ] {
            assert!(t.contains(needle), "{channel}: missing {needle:?}\n{t}");
        }
        let t = text_of("second-reminder", channel, "fr", "fr-public");
        assert!(
            t.contains("D2192-35") && t.contains("40,00 €") && t.contains("juge administratif")
        );
        let t = text_of("second-reminder", channel, "en", "fr-b2b");
        for needle in [
            "at the rate of 12.15% a year",
            "€15.81",
            "flat recovery fee of €40",
            "€1,305.81",
            "please let us know the reason",
            "French Commercial Code",
        ] {
            assert!(t.contains(needle), "en {channel}: missing {needle:?}\n{t}");
        }
    }
}

#[test]
fn final_notice_recalls_unanswered_reminders_and_writes_the_deadline_as_a_date() {
    let mut v = base("final-notice", "letter", "fr", "fr-b2b");
    v["deadline"] = json!("2026-12-12");
    let r = render(&v);
    assert_eq!(
        r.deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-12-12")
    );
    let t = plain(&r.text);
    assert!(t.contains("Malgré nos relances du 20 octobre 2026 et du 5 novembre 2026, nous n'avons reçu à ce jour ni le règlement"));
    assert!(t.contains("ni aucune réponse de votre part"));
    assert!(t.contains("au plus tard le 12 décembre 2026"));
    assert!(t.contains(
        "nous vous adresserons une mise en demeure par lettre recommandée avec accusé de réception"
    ));
    // Computed: 22 November + 8 days = Monday 30 November 2026 (CPC 641).
    let r = render(&base("final-notice", "email", "fr", "fr-b2b"));
    assert_eq!(
        r.deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-11-30")
    );
    assert!(plain(&r.text).contains("au plus tard le 30 novembre 2026"));
    // Without history: "nos précédentes relances".
    let mut v = base("final-notice", "email", "en", "fr-b2b");
    v["history"] = json!([]);
    let t = plain(&render(&v).text);
    assert!(t.contains("Despite our previous reminders"));
    assert!(t.contains("by 30 November 2026 at the latest"));
}

#[test]
fn a_deadline_falling_on_a_weekend_moves_to_monday() {
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["asOf"] = json!("2026-12-01");
    let r = render(&v);
    // Sent Tuesday 1 December, first presented (3 working days) Friday 4 December; + 8 days =
    // Saturday 12 December → Monday 14 December (CPC 641, 642).
    assert!(plain(&r.text).contains("au plus tard le 14 décembre 2026"));
}

#[test]
fn formal_notice_b2b_has_every_mandatory_element() {
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    let r = render(&v);
    let t = plain(&r.text);
    for needle in [
        "Lettre recommandée avec accusé de réception",
        "Objet : Mise en demeure de payer – factures nos F-2026-101 et F-2026-117",
        "nous vous mettons en demeure de nous régler la somme de 3 967,75 €",
        "commande du 1er septembre 2026 : Maintenance du parc informatique (quantité : 12 postes)",
        "commande du 10 septembre 2026 : Installation de serveurs (quantité : 2 serveurs)",
        "Principal dû",
        "3 857,19 €",
        "16 octobre 2026  22 novembre 2026     38  1 250,00 €  12,15 %    15,81 €",
        "6 novembre 2026  22 novembre 2026     17  2 607,19 €  12,15 %    14,75 €",
        "80,00 €",
        // Sent Sunday 22 November, presented (3 working days) Wednesday 25; + 8 days.
        "dans un délai de huit jours à compter de la première présentation de la présente, soit au plus tard le 3 décembre 2026",
        "L441-10",
        "D441-5",
        "en application de l'article 1344 du Code civil",
        "nous présenterons une requête en injonction de payer au président du tribunal de commerce compétent (articles 1405 et suivants du Code de procédure civile) ou vous ferons assigner en paiement",
        "(trois mille neuf cent soixante-sept euros et soixante-quinze centimes)",
        "Paiement reçu : 1 000,00 € le 5 novembre 2026 (facture n° F-2026-117). Il a été imputé",
    ] {
        assert!(t.contains(needle), "missing {needle:?}\n{t}");
    }
    // L441-10 penalties do not add up with C. civ. 1231-6 legal interest: citing both invites
    // a cumulation argument.
    assert!(!t.contains("1231-6"), "{t}");
    let t = text_of("formal-notice", "letter", "fr", "fr-public");
    assert!(t.contains("L2192-13") && t.contains("R2192-31") && t.contains("D2192-35"));
    assert!(t.contains("tribunal administratif"));
    // A public buyer's notice rests on the public-procurement code, not on the Civil Code.
    assert!(
        !t.contains("1231-6") && !t.contains("1344") && !t.contains("Code civil"),
        "{t}"
    );
    assert!(t.contains("qui vaut mise en demeure et réclamation"));
    assert!(t.contains("sans autre formalité"));
    assert!(t.contains("R2192-36"));
    let t = text_of("formal-notice", "letter", "en", "fr-b2b");
    for needle in [
        "formal notice (mise en demeure)",
        "lettre recommandée avec accusé de réception",
        "article L441-10 of the French Commercial Code",
        "French law applies",
        "(one thousand three hundred and five euros and eighty-one cents)",
    ] {
        assert!(t.contains(needle), "en: missing {needle:?}\n{t}");
    }
}

#[test]
fn formal_notice_to_a_consumer_makes_interest_run_and_claims_no_indemnity() {
    let r = render(&base("formal-notice", "letter", "fr", "fr-b2c"));
    let t = plain(&r.text);
    assert!(
        t.contains("Elle fait courir, sur la somme due en principal, les intérêts au taux légal")
    );
    assert!(t.contains("1231-6 et 1344 et suivants du Code civil"));
    assert!(t.contains("tribunal judiciaire d'une requête en injonction de payer"));
    assert!(t.contains("mille deux cent cinquante euros"));
    assert_eq!(r.figures.compensation.to_string(), "0.00");
    assert_eq!(r.figures.total.to_string(), "1250.00");
    assert!(r
        .warnings
        .iter()
        .all(|w| w.code != "formal-notice-required"));
    // After the notice (here found in the history), interest runs from the next day.
    let mut v = base("handover", "letter", "fr", "fr-b2c");
    v["asOf"] = json!("2026-12-20");
    let r = render(&v);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "notice-date-from-history"));
    // The notice sent on Friday 20 November is presented (3 working days) on Wednesday 25:
    // 26 Nov – 20 Dec 2026, 25 days at the legal rate, on 1 250 €.
    assert_eq!(r.figures.invoices[0].days_late, 66);
    assert_eq!(
        r.figures.invoices[0].periods[0].from.to_string(),
        "2026-11-26"
    );
    assert_eq!(r.figures.invoices[0].periods[0].days, 25);
    assert!(!r.figures.interest.0.is_zero());
}

#[test]
fn several_invoices_give_one_text_with_a_table_and_a_total() {
    let mut v = base("second-reminder", "email", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    let r = render(&v);
    let t = plain(&r.text);
    assert!(t.contains(
        "nos factures n° F-2026-101 du 15 septembre 2026 et n° F-2026-117 du 30 septembre 2026"
    ));
    assert!(t.contains("Total                                            4 850,00 €  3 857,19 €"));
    assert!(t.contains("Total dû      3 857,19 €    30,56 €                80,00 €  3 967,75 €"));
    assert_eq!(r.html.matches("<table").count(), 2);
    assert!(r
        .html
        .contains("<tfoot><tr><th scope=\"row\">Total dû</th>"));
}

/// What the hand-over note about a consumer tells the commissaire de justice or agency
/// (lower case, no-break spaces as spaces; three French, then three English).
const HANDOVER_CONSUMER_LIMITS: [&str; 6] = [
    "l'indemnité forfaitaire de 40 € ne lui est pas applicable",
    "les frais de recouvrement entrepris sans titre exécutoire restent à notre charge et ne peuvent lui être réclamés (article l111-8",
    "nous vous remercions de conduire la phase amiable dans le respect de sa vie privée.",
    "the €40 flat recovery fee does not apply",
    "the costs of recovery undertaken without an enforceable title remain payable by us and may not be claimed from the debtor (article l111-8",
    "please conduct the amicable phase with respect for the debtor's privacy.",
];

#[test]
fn consumer_texts_never_claim_the_indemnity_nor_threaten_forbidden_steps() {
    for kind in KINDS {
        for channel in ["email", "letter", "sms"] {
            for lang in ["fr", "en"] {
                let mut v = base(kind, channel, lang, "fr-b2c");
                v["invoices"] = json!([invoice_a()]);
                let r = render(&v);
                if kind == "handover" && channel != "sms" {
                    // The note to the commissaire de justice or agency states what they may not do.
                    let low = plain(&r.text.to_lowercase());
                    let (fr, en) = HANDOVER_CONSUMER_LIMITS.split_at(3);
                    for needle in if lang == "fr" { fr } else { en } {
                        assert!(low.contains(needle), "{channel} {lang}: {needle:?}\n{low}");
                    }
                }
                for t in [&r.text, &r.subject, &r.html] {
                    // Only the hand-over note's statements of these limits may name them.
                    let low = HANDOVER_CONSUMER_LIMITS
                        .iter()
                        .fold(plain(&t.to_lowercase()).replace("&#39;", "'"), |l, a| {
                            l.replace(a, "")
                        });
                    // The 40 € indemnity in any spelling (article numbers such as 1405 CPC are fine).
                    for forty in [
                        "40 €", "40,00", "€40", "40.00", "40 euros", "40 eur", "quarante",
                    ] {
                        assert!(
                            !low.contains(forty),
                            "{kind} {channel} {lang}: mentions {forty:?}\n{t}"
                        );
                    }
                    for word in [
                        "employeur",
                        "employer",
                        "travail",
                        "workplace",
                        "famille",
                        "family",
                        "proches",
                        "relatives",
                        "voisin",
                        "neighbour",
                        "huissier",
                        "indemnité forfaitaire",
                        "recovery fee",
                        "frais de recouvrement",
                        "recovery costs",
                        "costs of recovery",
                    ] {
                        assert!(
                            !low.contains(word),
                            "{kind} {channel} {lang}: {word:?}\n{t}"
                        );
                    }
                }
                assert_eq!(r.figures.compensation.to_string(), "0.00");
            }
        }
    }
}

#[test]
fn html_escapes_every_interpolated_value_and_text_keeps_it() {
    let evil = "<img src=x onerror=alert(1)>";
    for kind in KINDS {
        for channel in ["email", "letter", "sms"] {
            for lang in ["fr", "en"] {
                let mut v = base(kind, channel, lang, "fr-b2b");
                v["debtor"]["name"] = json!(evil);
                v["debtor"]["address"] = json!("<script>alert(1)</script>\n\"quoted\" & 'single'");
                v["creditor"]["name"] = json!("A&B <b>SARL</b>");
                v["creditor"]["paymentLink"] =
                    json!("javascript:alert('x')\"><svg onload=alert(1)>");
                v["invoices"][0]["number"] = json!("F-1\"><script>x</script>");
                v["invoices"][0]["description"] = json!("<iframe src=//evil>");
                if kind == "handover" {
                    v["recipient"]["name"] = json!("<style>*{}</style>");
                }
                let r = render(&v);
                for bad in ["<img", "<script", "<svg", "<iframe", "<style", "<b>"] {
                    assert!(
                        !r.html.contains(bad),
                        "{kind} {channel} {lang}: {bad} in html\n{}",
                        r.html
                    );
                }
                if kind != "phone-script" || channel != "sms" {
                    assert!(
                        r.text.contains("A&B <b>SARL</b>"),
                        "{kind} {channel} {lang}"
                    );
                }
                assert!(
                    r.html.contains("A&amp;B &lt;b&gt;SARL&lt;/b&gt;"),
                    "{kind} {channel} {lang}"
                );
                assert!(!r.subject.is_empty());
            }
        }
    }
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["debtor"]["name"] = json!(evil);
    let r = render(&v);
    assert!(r.text.contains(evil));
    assert!(r.html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    let mut v = base("handover", "email", "fr", "fr-b2b");
    v["debtor"]["name"] = json!(evil);
    let r = render(&v);
    assert!(r.text.contains(evil) && r.subject.contains(evil));
    assert!(r.html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn html_has_the_letter_structure_and_print_classes() {
    let r = render(&base("formal-notice", "letter", "fr", "fr-b2b"));
    let h = &plain(&r.html);
    let order = [
        "<article class=\"relance-letter relance-formal-notice relance-channel-letter\" lang=\"fr\">",
        "<header class=\"relance-header\">",
        "<address class=\"relance-sender\">Atelier Dupont SARL<br>12 rue des Lilas<br>75011 Paris<br>",
        "<address class=\"relance-recipient\">Martin &amp; Fils SAS<br>8 avenue de la Gare<br>69002 Lyon</address>",
        "<p class=\"relance-place-date\">Paris, le 22",
        "<p class=\"relance-delivery\">Lettre recommandée avec accusé de réception</p>",
        "<p class=\"relance-subject\"><strong>Objet :</strong> Mise en demeure de payer",
        "<p class=\"relance-reference\"><strong>Réf. :</strong> facture n° F-2026-101</p>",
        "<div class=\"relance-body\">",
        "<p>Madame, Monsieur,</p>",
        "<table class=\"relance-table relance-figures\">",
        "<table class=\"relance-table relance-periods\">",
        "<footer class=\"relance-signature\">",
    ];
    let mut at = 0;
    for needle in order {
        let pos = h[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not found in order\n{h}"));
        at += pos + needle.len();
    }
    assert!(h.contains("<td class=\"relance-num\">"));
}

#[test]
fn letter_layout_in_text_follows_the_french_order() {
    let t = plain(&render(&base("reminder", "letter", "fr", "fr-b2b")).text);
    let order = [
        "Atelier Dupont SARL\n12 rue des Lilas\n75011 Paris\nSIREN : 812 345 678\nTVA intracommunautaire : FR25812345678",
        "Martin & Fils SAS\n8 avenue de la Gare\n69002 Lyon",
        "Paris, le 22 novembre 2026",
        "Objet : Relance – facture n° F-2026-101",
        "Réf. : facture n° F-2026-101",
        "Madame, Monsieur,",
        "Nous vous prions d'agréer",
        "Claire Martin, responsable comptable\nAtelier Dupont SARL",
    ];
    let mut at = 0;
    for needle in order {
        let pos = t[at..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not found in order\n{t}"));
        at += pos + needle.len();
    }
    let t = render(&base("reminder", "letter", "en", "fr-b2b")).text;
    assert!(t.contains("Paris, 22\u{a0}November 2026\n\nSubject: Reminder"));
    assert!(t.contains("Ref.: invoice no. F-2026-101"));
}

#[test]
fn the_tone_rises_step_by_step() {
    let mut v = base("pre-reminder", "email", "fr", "fr-b2b");
    v["asOf"] = json!("2026-10-08");
    let pre = plain(&render(&v).text);
    let rem = text_of("reminder", "email", "fr", "fr-b2b");
    let second = text_of("second-reminder", "email", "fr", "fr-b2b");
    let fin = text_of("final-notice", "email", "fr", "fr-b2b");
    let formal = text_of("formal-notice", "letter", "fr", "fr-b2b");
    assert!(pre.contains("Nous nous permettons de vous rappeler"));
    assert!(rem.contains("Il s'agit peut-être d'un simple oubli"));
    assert!(!rem.contains("injonction"));
    assert!(second.contains("nous serons contraints"));
    assert!(fin.contains("préalable à une action en justice"));
    assert!(formal.contains("nous vous mettons en demeure"));
    assert!(formal.contains("sans autre avis"));
}

#[test]
fn phone_script_has_every_part() {
    let t = text_of("phone-script", "email", "fr", "fr-b2b");
    for needle in [
        "1. Salutation et identification",
        "« Bonjour, je suis Claire Martin, responsable comptable, et je vous appelle de la part de la société Atelier Dupont SARL.",
        "2. Objet de l'appel",
        "3. Les chiffres",
        "total : 1 305,81 €",
        "4. Comprendre la raison du retard",
        "- Oubli :",
        "- Difficulté passagère :",
        "- Désaccord :",
        "6. À noter après l'appel",
        "7. Conclusion",
        "« Je vous confirmerai notre échange par écrit.",
    ] {
        assert!(t.contains(needle), "missing {needle:?}\n{t}");
    }
    let t = text_of("phone-script", "letter", "en", "fr-b2b");
    for needle in [
        "1. Greeting and identification",
        "- Oversight:",
        "- Temporary difficulty:",
        "- Disagreement:",
        "6. To note after the call",
        "7. Closing",
    ] {
        assert!(t.contains(needle), "en: missing {needle:?}\n{t}");
    }
}

#[test]
fn statement_itemises_each_period() {
    let mut v = base("statement", "letter", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    let t = plain(&render(&v).text);
    for needle in [
        "Facture     Du               Au                Jours   Principal     Taux  Pénalités",
        "F-2026-117  31 octobre 2026  5 novembre 2026       6  3 600,00 €  12,15 %     7,19 €",
        "Total                                                                        37,75 €",
        "Déjà réglé                                                                   −7,19 €",
        "Reste dû                                                                     30,56 €",
        "Total dû au 22 novembre 2026 : 3 967,75 €",
    ] {
        assert!(t.contains(needle), "missing {needle:?}\n{t}");
    }
}

#[test]
fn payment_plan_lists_instalments_and_handover_addresses_the_recipient() {
    let t = text_of("payment-plan", "letter", "fr", "fr-b2b");
    assert!(t.contains("N°     Date                Montant\n----------------------------------\n1      5 décembre 2026    625,00 €"));
    assert!(t.contains("« Bon pour accord »"));
    let mut v = base("payment-plan", "email", "fr", "fr-b2b");
    v["instalments"] = Value::Null;
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("missing-field", Some("instalments"))
    );

    let r = render(&base("handover", "letter", "fr", "fr-b2b"));
    let t = plain(&r.text);
    assert!(
        t.contains("Maître Sophie Lefèvre, commissaire de justice\n5 place Bellecour\n69002 Lyon")
    );
    assert!(t.contains(
        "Maître,\n\nNous vous confions le recouvrement de notre créance sur Martin & Fils SAS"
    ));
    // No capital after a colon inside a sentence.
    assert!(t.contains(
        "- 20 novembre 2026 : mise en demeure (lettre recommandée avec accusé de réception)"
    ));
    assert!(t.contains("Nous vous prions d'agréer, Maître, l'expression"));
    let mut v = base("handover", "email", "fr", "fr-b2b");
    v["recipient"]["kind"] = json!("agency");
    let t = plain(&render(&v).text);
    assert!(t.contains("R124-4"));
    v["recipient"] = Value::Null;
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!((e.code(), e.field()), ("missing-field", Some("recipient")));
}

#[test]
fn sms_reminder_fits_one_gsm7_message_and_longer_ones_say_their_parts() {
    for lang in ["fr", "en"] {
        for regime in ["fr-b2b", "fr-b2c", "fr-public"] {
            let mut v = base("reminder", "sms", lang, regime);
            v["creditor"]["paymentLink"] = json!("https://pay.atelier-dupont.fr/F-2026-101");
            let r = render(&v);
            let sms = r.sms.unwrap();
            assert_eq!(
                format!("{:?}", sms.encoding),
                "Gsm7",
                "{lang} {regime}: {}",
                r.text
            );
            assert!(
                sms.length <= 160,
                "{lang} {regime}: {} > 160: {}",
                sms.length,
                r.text
            );
            assert_eq!(sms.parts, 1);
            assert!(!r.text.contains(['\u{a0}', '\u{202f}']));
        }
    }
    let mut v = base("reminder", "sms", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b(), invoice_a(), invoice_b()]);
    let r = render(&v);
    let sms = r.sms.unwrap();
    assert!(sms.length > 160 && sms.parts == 2, "{sms:?}");
}

#[test]
fn deadline_rules() {
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["deadlineDays"] = json!(5);
    let r = render(&v);
    assert!(r.warnings.iter().any(|w| w.code == "short-deadline"));
    // From the estimated first presentation, Wednesday 25 November: + 5 = Monday 30.
    assert_eq!(
        r.deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-11-30")
    );
    v["deadlineDays"] = Value::Null;
    v["deadline"] = json!("2026-11-22");
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("deadline"))
    );
    // A reminder has no deadline unless one is asked for.
    assert!(render(&base("reminder", "email", "fr", "fr-b2b"))
        .deadline
        .is_none());
}

#[test]
fn input_errors_name_their_field() {
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["invoices"] = json!([]);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!((e.code(), e.field()), ("missing-field", Some("invoices")));
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), { "number": "X", "issueDate": "2026-10-01", "dueDate": "2026-09-01", "amount": "10" }]);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("invoices[1].dueDate"))
    );
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["kind"] = json!("reminders");
    assert!(relance::error::deserialize::<LetterInput, _>(v).is_err());
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["debtor"]["nmae"] = json!("typo");
    let e = relance::error::deserialize::<LetterInput, _>(v).unwrap_err();
    assert_eq!(e.code(), "unknown-field");
}

#[test]
fn templates_can_be_overridden_and_unknown_placeholders_are_errors() {
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["templates"] = json!({ "reminder": {
        "subject": "Facture {{ invoice_numbers }}",
        "body": "Bonjour,\n\nIl reste {{principal}} à payer sur {{invoice_refs}}.\n\n{{invoice_table}}\n\n{{penalties_running}}"
    }});
    let r = render(&v);
    assert_eq!(r.subject, "Facture F-2026-101");
    let t = plain(&r.text);
    assert!(t.starts_with("Bonjour,\n\nIl reste 1 250,00 € à payer sur notre facture n° F-2026-101 du 15 septembre 2026."));
    assert!(t.contains("L441-10"));
    assert!(r
        .html
        .contains("<table class=\"relance-table relance-invoices\">"));

    for (tpl, field) in [
        (
            json!({ "reminder": { "body": "Hello {{debtor}}" } }),
            "templates.reminder.body",
        ),
        (
            json!({ "formal-notice": { "subject": "{{total" } }),
            "templates.formal-notice.subject",
        ),
        (
            json!({ "reminder": { "sms": "{{Total}}" } }),
            "templates.reminder.sms",
        ),
    ] {
        let mut v = base("reminder", "email", "fr", "fr-b2b");
        v["templates"] = tpl;
        let e = render_letter(&input(&v)).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("inconsistent-input", Some(field)),
            "{e}"
        );
    }
    // Single braces are plain text.
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["templates"] = json!({ "reminder": { "body": "{a} {{total}} }}" } });
    assert!(plain(&render(&v).text).starts_with("{a} 1 305,81 € }}"));
}

#[test]
fn every_documented_placeholder_resolves() {
    let body: String = PLACEHOLDERS
        .iter()
        .map(|(n, _)| format!("[{n}={{{{{n}}}}}]\n\n"))
        .collect();
    for kind in ["payment-plan", "handover"] {
        let mut v = base(kind, "letter", "fr", "fr-b2b");
        v["templates"] = json!({ kind: { "body": body, "sms": body } });
        let r = render(&v);
        assert!(!r.text.contains("{{"));
        v["channel"] = json!("sms");
        assert!(!render(&v).text.contains("{{"));
    }
    assert!(PLACEHOLDERS.len() >= 30);
    for (name, doc) in PLACEHOLDERS {
        assert!(!doc.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
    }
}

#[test]
fn kind_and_channel_warnings() {
    let r = render(&base("formal-notice", "sms", "fr", "fr-b2b"));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "channel-not-recommended"));
    let r = render(&base("formal-notice", "email", "fr", "fr-b2b"));
    assert!(r
        .text
        .starts_with("Copie de la lettre recommandée avec accusé de réception envoyée ce jour."));
    let r = render(&base("pre-reminder", "email", "fr", "fr-b2b"));
    assert!(r.warnings.iter().any(|w| w.code == "already-overdue"));
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["asOf"] = json!("2026-10-10");
    assert!(render(&v).warnings.iter().any(|w| w.code == "not-yet-due"));
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["debtor"]["kind"] = json!("consumer");
    assert!(render(&v)
        .warnings
        .iter()
        .any(|w| w.code == "debtor-kind-regime-mismatch"));
    // The dunning engine's step names are accepted.
    let mut v = base("phone-script", "email", "fr", "fr-b2b");
    v["kind"] = json!("phone-call");
    assert_eq!(render(&v).kind, LetterKind::PhoneScript);
}

#[test]
fn extreme_inputs_are_errors_or_texts_never_panics() {
    let big = json!({ "number": "B", "issueDate": "2026-01-01", "dueDate": "2026-01-31", "amount": "1000000000000" });
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["invoices"] = json!([big, big, big]);
    let _ = render_letter(&input(&v));
    let mut v = base("final-notice", "email", "en", "fr-b2b");
    v["asOf"] = json!("9999-12-30");
    v["deadlineDays"] = json!(36600);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(e.code(), "date-out-of-range");
    v["asOf"] = json!("2026-11-22");
    v["deadlineDays"] = json!(40000);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("invalid-period", Some("deadlineDays"))
    );
    let mut v = base("payment-plan", "email", "fr", "fr-b2b");
    v["instalments"] =
        json!([{ "date": "2026-12-05", "amount": "1" }, { "date": "2026-12-01", "amount": "1" }]);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(e.field(), Some("instalments[1].date"));
    let mut v = base("reminder", "sms", "fr", "fr-b2b");
    v["creditor"] = json!({ "name": "", "address": "" });
    v["debtor"] = json!({ "name": "" });
    v["invoices"][0]["number"] = json!("");
    let r = render(&v);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "payment-details-missing"));
    let mut v = base("statement", "letter", "fr", "fr-b2b");
    v["invoices"][0]["payments"] = json!([{ "date": "2026-10-01", "amount": "5000" }]);
    let r = render(&v);
    assert_eq!(r.figures.principal.to_string(), "0.00");
}

#[test]
fn the_payments_note_agrees_with_the_number_of_payments() {
    for (lang, one, several) in [
        (
            "fr",
            "Paiement reçu : 1 000,00 € le 5 novembre 2026 (facture n° F-2026-117). Il a été imputé d'abord",
            "Paiements reçus : 1 000,00 € le 5 novembre 2026 (facture n° F-2026-117) ; 500,00 € le 15 novembre 2026 (facture n° F-2026-117). Ils ont été imputés d'abord",
        ),
        (
            "en",
            "Payment received: €1,000.00 on 5 November 2026 (invoice no. F-2026-117). It was applied first",
            "Payments received: €1,000.00 on 5 November 2026 (invoice no. F-2026-117); €500.00 on 15 November 2026 (invoice no. F-2026-117). They were applied first",
        ),
    ] {
        let mut v = base("statement", "email", lang, "fr-b2b");
        v["invoices"] = json!([invoice_b()]);
        assert!(plain(&render(&v).text).contains(one), "{lang}");
        v["invoices"][0]["payments"] = json!([
            { "date": "2026-11-05", "amount": "1000.00" },
            { "date": "2026-11-15", "amount": "500.00" }
        ]);
        assert!(plain(&render(&v).text).contains(several), "{lang}");
    }
}

#[test]
fn sms_without_any_payment_details_still_ends_with_a_way_to_pay() {
    for (lang, tail) in [
        ("fr", "Paiement : nous contacter"),
        ("en", "Payment: contact us"),
    ] {
        let mut v = base("reminder", "sms", lang, "fr-b2b");
        v["creditor"] =
            json!({ "name": "Atelier Dupont SARL", "address": "12 rue des Lilas\n75011 Paris" });
        let r = render(&v);
        assert!(r.text.trim_end().ends_with(tail), "{lang}: {}", r.text);
        assert!(r
            .warnings
            .iter()
            .any(|w| w.code == "payment-details-missing"));
    }
    // With only an e-mail address, the SMS gives it.
    let mut v = base("reminder", "sms", "fr", "fr-b2b");
    v["creditor"] = json!({ "name": "A", "address": "1 rue X", "email": "compta@a.fr" });
    assert!(render(&v)
        .text
        .trim_end()
        .ends_with("Paiement : compta@a.fr"));
}

// ---------------------------------------------------------------------------------------------
// Issue 15: what a French business lawyer asked of the texts, per kind and audience
// ---------------------------------------------------------------------------------------------

/// The French typographer's spaces, in every French golden text: no ordinary space before
/// « : », « ; », « ! », « ? », « € » or « % », after « « » or « n° », or before « » ». The SMS
/// texts are left out on purpose: GSM-7 has no no-break space, so `fold_for_sms` turns them
/// into ordinary ones.
#[test]
fn every_french_golden_text_has_french_spacing() {
    let dir = format!("{}/tests/data/letters", env!("CARGO_MANIFEST_DIR"));
    let mut scanned = 0;
    let mut faults = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.starts_with("fr-") || name.contains("-sms") {
            continue;
        }
        let file = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        // The subject (after "Subject: ", a header of the golden file) and the text.
        let subject = file
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("Subject: ");
        let body = file.split_once("\n----\n").map_or("", |(_, b)| b);
        for text in [subject, body] {
            let chars: Vec<char> = text.chars().collect();
            for (i, w) in chars.windows(2).enumerate() {
                let bad = match (w[0], w[1]) {
                    (' ', ':' | ';' | '!' | '?' | '€' | '%' | '»') => true,
                    ('«', ' ') => true,
                    (' ', _) => i >= 2 && chars[i - 2] == 'n' && chars[i - 1] == '°',
                    _ => false,
                };
                // "n° " is checked on the space that follows it.
                let after_numero = w[1] == ' ' && i >= 1 && chars[i - 1] == 'n' && w[0] == '°';
                if bad || after_numero {
                    let from = i.saturating_sub(20);
                    let context: String = chars[from..(i + 20).min(chars.len())].iter().collect();
                    faults.push(format!("{name}: …{context}…"));
                }
            }
        }
        scanned += 1;
    }
    assert!(scanned > 30, "{scanned} French golden texts");
    assert!(faults.is_empty(), "ordinary spaces:\n{}", faults.join("\n"));
    // The narrow no-break space is the one before « ; » and the no-break space the one before
    // « : » (a wrong kind of no-break space would pass the scan above).
    let t = render(&base("formal-notice", "letter", "fr", "fr-b2b")).text;
    assert!(t.contains("Objet\u{a0}: ") && t.contains("\u{202f}; "));
    assert!(!t.contains("\u{202f}:") && !t.contains("\u{a0};"));
}

fn fr_text(v: &Value) -> String {
    plain(&render(v).text)
}

#[test]
fn payment_plan_is_an_acknowledgment_of_the_whole_debt_with_acceleration() {
    // B2B: principal 1 250 €, penalties 15,81 € (38 days at 12,15 %), indemnity 40 €: the
    // instalments (2 × 625 €) cover the principal, the balance of 55,81 € goes with the last.
    let t = fr_text(&base("payment-plan", "letter", "fr", "fr-b2b"));
    for needle in [
        "En nous retournant la présente revêtue de votre signature, vous reconnaissez nous devoir, au 22 novembre 2026, la somme de 1 305,81 € (mille trois cent cinq euros et quatre-vingt-un centimes)",
        // The schedule does not read as settling the whole debt for the principal.
        "Les échéances convenues sont les suivantes :",
        "Principal dû  Pénalités  Indemnité forfaitaire",
        "Le solde de la somme reconnue, soit 55,81 €, correspondant aux pénalités de retard arrêtées au 22 novembre 2026 et à l'indemnité forfaitaire pour frais de recouvrement, sera réglé avec la dernière échéance, le 5 janvier 2027.",
        "Tant que les échéances sont payées à leur date, aucune pénalité supplémentaire ne sera réclamée.",
        "Si une échéance n'est pas payée à sa date et que la mise en demeure de la régler, adressée par lettre recommandée avec accusé de réception, reste sans effet pendant huit jours à compter de sa première présentation, la déchéance du terme sera acquise",
        "principal, pénalités et indemnité compris, deviendra immédiatement exigible",
        // C. civ. 1376: the sum acknowledged, written by the debtor in words and figures.
        "la signature étant précédée de la mention manuscrite « Bon pour accord » et de la somme reconnue écrite en chiffres et en lettres : « 1 305,81 € (mille trois cent cinq euros et quatre-vingt-un centimes) »",
    ] {
        assert!(t.contains(needle), "missing {needle:?}\n{t}");
    }
    // Prescription is a matter for the README, not for the letter.
    assert!(!t.contains("2240") && !t.contains("prescription"));
    // Waived only when the creditor says so, and only while the plan is kept.
    let mut v = base("payment-plan", "letter", "fr", "fr-b2b");
    v["penaltiesSettlement"] = json!("waived");
    v["accelerationNoticeDays"] = json!(15);
    let t = fr_text(&v);
    assert!(t.contains("Sous la condition que l'échéancier soit intégralement respecté, nous renonçons aux pénalités de retard arrêtées au 22 novembre 2026 et à l'indemnité forfaitaire pour frais de recouvrement, soit 55,81 €. À défaut, notamment en cas de déchéance du terme, cette renonciation sera non avenue"), "{t}");
    assert!(
        t.contains("reste sans effet pendant quinze jours à compter de sa première présentation")
    );
    // Instalments covering the whole debt.
    let mut v = base("payment-plan", "letter", "fr", "fr-b2b");
    v["instalments"] = json!([
        { "date": "2026-12-05", "amount": "650.00" },
        { "date": "2027-01-05", "amount": "655.81" }
    ]);
    let r = render(&v);
    assert!(plain(&r.text)
        .contains("Les échéances ci-dessus couvrent la totalité de la somme reconnue."));
    assert!(r.warnings.iter().all(|w| w.code != "plan-total-differs"));
    // A consumer: no indemnity; legal interest from the day after the mise en demeure was
    // presented (26 October), which the plan settles with the last instalment; nothing about
    // recovery costs.
    let mut v = base("payment-plan", "letter", "fr", "fr-b2c");
    v["noticeDate"] = json!("2026-10-26");
    let r = render(&v);
    let t = plain(&r.text);
    assert_eq!(r.figures.compensation.to_string(), "0.00");
    assert!(!r.figures.interest.0.is_zero());
    assert!(t.contains("correspondant aux intérêts au taux légal arrêtés au 22 novembre 2026"));
    assert!(!t.contains("indemnité") && !t.contains("40 €"));
    assert!(t.contains("la totalité des sommes restant dues deviendra immédiatement exigible"));
    // A consumer gets 15 days after the mise en demeure by default.
    assert!(
        t.contains("reste sans effet pendant quinze jours à compter de sa première présentation")
    );
    // No payment plan for a public buyer.
    let v = base("payment-plan", "letter", "fr", "fr-public");
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!((e.code(), e.field()), ("inconsistent-input", Some("kind")));
    // A short acceleration delay is flagged.
    let mut v = base("payment-plan", "letter", "fr", "fr-b2b");
    v["accelerationNoticeDays"] = json!(3);
    assert!(render(&v)
        .warnings
        .iter()
        .any(|w| w.code == "short-deadline"));
}

#[test]
fn public_buyer_texts_rest_on_the_public_procurement_code() {
    for kind in KINDS.iter().filter(|k| **k != "payment-plan") {
        for channel in ["email", "letter", "sms"] {
            let mut v = base(kind, channel, "fr", "fr-public");
            v["invoices"] = json!([invoice_a(), invoice_b()]);
            let r = render(&v);
            let t = plain(&r.text);
            let at = format!("{kind} {channel}");
            // Never the Civil Code's late-payment articles.
            assert!(
                !t.contains("1231-6") && !t.contains("1344") && !t.contains("1343-1"),
                "{at}\n{t}"
            );
            // Interest under its public-procurement name.
            assert!(
                !t.contains("majoration") && !t.contains("pénalités"),
                "{at}\n{t}"
            );
            // No payment-plan offer, no cash-flow wording.
            assert!(
                !t.contains("échéancier") && !t.contains("trésorerie"),
                "{at}\n{t}"
            );
            // Interest stops when the principal is put into payment, not at "full payment".
            assert!(!t.contains("jusqu'au complet paiement"), "{at}\n{t}");
        }
    }
    // The formal notice demands the principal; interest and indemnity follow within 45 days
    // of its payment (R2192-36). A: 1 250 € open, 13,21 € + 40 € accrued. B: 3 600 € paid in
    // full on 5 November (principal first), 6,01 € + 40 € payable by 20 December.
    let mut v = base("formal-notice", "letter", "fr", "fr-public");
    let mut b = invoice_b();
    b["payments"] = json!([{ "date": "2026-11-05", "amount": "3600.00" }]);
    v["invoices"] = json!([invoice_a(), b]);
    v["debtor"]["title"] = json!("Monsieur le Maire");
    let r = render(&v);
    let t = plain(&r.text);
    assert_eq!(r.figures.demanded.to_string(), "1250.00");
    assert_eq!(r.figures.total.to_string(), "1349.22");
    for needle in [
        "Objet : Mise en demeure de payer et réclamation – factures nos F-2026-101 et F-2026-117",
        "Monsieur le Maire\nCommune de Villeneuve\nHôtel de ville",
        "Monsieur le Maire,\n\nMalgré",
        "en application de l'article L2192-13 du Code de la commande publique : le retard de paiement fait courir de plein droit et sans autre formalité",
        "Le délai de paiement court à compter de la réception de la demande de paiement (article R2192-12).",
        "qui vaut mise en demeure et réclamation, nous vous demandons de procéder au paiement de la somme de 1 250,00 € (mille deux cent cinquante euros)",
        "soit 53,21 € au 22 novembre 2026, nous sont dus de plein droit ; ils sont à nous verser dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36",
        "Le principal de la facture n° F-2026-117 a été payé le 5 novembre 2026 : les intérêts moratoires et l'indemnité forfaitaire, soit 46,01 €, sont à nous verser au plus tard le 20 décembre 2026",
        "Il a été imputé sur le principal",
        "Nous vous prions d'agréer, Monsieur le Maire, l'assurance de notre haute considération.",
    ] {
        assert!(t.contains(needle), "missing {needle:?}\n{t}");
    }
    // Once the 45 days are over, the accessories are demanded too: asOf 21 December.
    v["asOf"] = json!("2026-12-21");
    v["history"] = json!([]);
    let r = render(&v);
    // A's principal (1 250 €) is still open, so its interest waits; B's 46,01 € are due.
    assert_eq!(r.figures.demanded.to_string(), "1296.01");
    assert!(plain(&r.text).contains("a expiré le 20 décembre 2026"));
    // Principal paid, 45 days running: nothing can be demanded yet.
    let mut v = base("formal-notice", "letter", "fr", "fr-public");
    v["invoices"] = json!([b]);
    let r = render(&v);
    assert_eq!(r.figures.demanded.to_string(), "0.00");
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "accessories-not-yet-payable"));
    // The Chorus Pro filing date is cited; a due date under 30 days after it is flagged.
    let mut v = base("statement", "letter", "fr", "fr-public");
    v["invoices"][0]["chorusProDate"] = json!("2026-09-20");
    let r = render(&v);
    assert!(plain(&r.text).contains("Notre facture n° F-2026-101, qui vaut demande de paiement, a été déposée sur le portail Chorus Pro le 20 septembre 2026."));
    assert!(r.warnings.iter().any(|w| w.code == "payment-period-short"));
    let mut v = base("statement", "letter", "fr", "fr-b2b");
    v["invoices"][0]["chorusProDate"] = json!("2026-09-20");
    assert!(render(&v)
        .warnings
        .iter()
        .any(|w| w.code == "ignored-field"));
    // The file goes to an avocat, never to a commissaire de justice.
    let mut v = base("handover", "letter", "fr", "fr-public");
    let t = fr_text(&v);
    assert!(
        t.contains("Maître,")
            && t.contains("tribunal administratif")
            && t.contains("Aucune voie d'exécution n'est ouverte contre une personne publique")
    );
    v["recipient"]["kind"] = json!("commissaire-de-justice");
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("recipient.kind"))
    );
    // And the statement imputes the payment on the principal (lateFees' fr-public default).
    let mut v = base("statement", "letter", "fr", "fr-public");
    v["invoices"] = json!([invoice_b()]);
    let f = render(&v).figures;
    // 3 600 € due 30 Oct, 1 000 € paid 5 Nov all on the principal: 2 600 € left; interest
    // 6 days on 3 600 € (6,01 €) + 17 days on 2 600 € (12,29 €) = 18,30 €, none paid.
    assert_eq!(f.invoices[0].principal_outstanding.to_string(), "2600.00");
    assert_eq!(f.invoices[0].interest_paid.to_string(), "0.00");
    assert_eq!(f.invoices[0].interest.to_string(), "18.30");
}

#[test]
fn b2b_formal_notice_cites_1344_and_the_commercial_court() {
    let t = fr_text(&base("formal-notice", "letter", "fr", "fr-b2b"));
    assert!(t.contains("La présente mise en demeure vous est adressée en application de l'article 1344 du Code civil."));
    assert!(!t.contains("1231-6"));
    assert!(t.contains("nous présenterons une requête en injonction de payer au président du tribunal de commerce compétent (articles 1405 et suivants du Code de procédure civile) ou vous ferons assigner en paiement"));
    assert!(t.contains("vous restez redevable envers nous des sommes suivantes au titre des fournitures et prestations"));
}

#[test]
fn a_formal_notice_deadline_runs_from_the_first_presentation() {
    // Sent Sunday 22 November; presented 3 working days later, Wednesday 25; + 8 = 3 December.
    let r = render(&base("formal-notice", "letter", "fr", "fr-b2b"));
    assert_eq!(
        r.deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-12-03")
    );
    assert!(plain(&r.text).contains("dans un délai de huit jours à compter de la première présentation de la présente, soit au plus tard le 3 décembre 2026"));
    // A slower post: 5 working days → Friday 27; + 15 days = Saturday 12 December → Monday 14.
    let mut v = base("formal-notice", "letter", "fr", "fr-b2c");
    v["deliveryDays"] = json!(5);
    v["deadlineDays"] = json!(15);
    let r = render(&v);
    assert_eq!(
        r.deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-12-14")
    );
    assert!(plain(&r.text)
        .contains("dans un délai de quinze jours à compter de la première présentation"));
    // A date given by the caller that leaves fewer than 8 days after the presentation.
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["deadline"] = json!("2026-11-30");
    let r = render(&v);
    assert!(r.warnings.iter().any(|w| w.code == "short-deadline"));
    v["deliveryDays"] = json!(31);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("inconsistent-input", Some("deliveryDays"))
    );
    // The final notice is not registered: its 8 days run from its date (22 Nov → 30 Nov).
    let r = render(&base("final-notice", "email", "fr", "fr-b2b"));
    assert_eq!(
        r.deadline.map(|d| d.to_string()).as_deref(),
        Some("2026-11-30")
    );
}

#[test]
fn letters_warn_when_a_step_comes_before_the_previous_deadline() {
    // Final notice of 14 November: 8 days → Sunday 22 → Monday 23. A mise en demeure dated 22
    // November contradicts it.
    let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
    v["history"] = json!([{ "kind": "final-notice", "date": "2026-11-14" }]);
    let w = render(&v)
        .warnings
        .into_iter()
        .find(|w| w.code == "step-before-previous-deadline")
        .expect("warning");
    assert!(
        w.message
            .contains("« dernier rappel avant mise en demeure » du 14\u{a0}novembre 2026")
            && w.message.contains("jusqu'au 23\u{a0}novembre 2026")
            && w.message.contains("datez-la du 24\u{a0}novembre 2026"),
        "{}",
        w.message
    );
    // The golden history (final notice 10 November, deadline 18 November) is in order.
    assert!(render(&base("formal-notice", "letter", "fr", "fr-b2b"))
        .warnings
        .iter()
        .all(|w| w.code != "step-before-previous-deadline"));
    // A hand-over inside the mise en demeure's deadline (20 Nov, presented 25, until 3 Dec).
    let mut v = base("handover", "letter", "fr", "fr-b2b");
    v["asOf"] = json!("2026-12-02");
    assert!(render(&v)
        .warnings
        .iter()
        .any(|w| w.code == "step-before-previous-deadline"));
    v["asOf"] = json!("2026-12-04");
    assert!(render(&v)
        .warnings
        .iter()
        .all(|w| w.code != "step-before-previous-deadline"));
}

#[test]
fn salutations_fit_the_addressee() {
    let mut v = base("reminder", "letter", "fr", "fr-b2c");
    v["debtor"]["civility"] = Value::Null;
    v["debtor"]["surname"] = Value::Null;
    let t = fr_text(&v);
    assert!(
        t.contains("\nMadame, Monsieur,\n")
            && t.contains("Nous vous prions d'agréer, Madame, Monsieur, l'expression")
    );
    v["debtor"]["civility"] = json!("madame");
    let t = fr_text(&v);
    assert!(
        t.contains("\nMadame,\n") && t.contains("Nous vous prions d'agréer, Madame, l'expression"),
        "{t}"
    );
    v["debtor"]["civility"] = json!("monsieur");
    assert!(fr_text(&v).contains("\nMonsieur,\n"));
    v["lang"] = json!("en");
    let t = fr_text(&v);
    assert!(
        t.contains("\nDear Sir,\n") && t.contains("Yours faithfully,"),
        "{t}"
    );
    v["debtor"]["surname"] = json!("Durand");
    let t = fr_text(&v);
    assert!(
        t.contains("\nDear Mr Durand,\n") && t.contains("Yours sincerely,"),
        "{t}"
    );
    v["debtor"]["civility"] = json!("madame");
    assert!(fr_text(&v).contains("\nDear Ms Durand,\n"));
    // A public body's addressee by title.
    let mut v = base("reminder", "letter", "fr", "fr-public");
    v["debtor"]["title"] = json!("Madame la Directrice");
    let t = fr_text(&v);
    assert!(t.contains("\nMadame la Directrice,\n") && t.contains("Nous vous prions d'agréer, Madame la Directrice, l'assurance de notre haute considération."), "{t}");
}

#[test]
fn the_letterhead_carries_the_company_mentions() {
    let mut v = base("reminder", "letter", "fr", "fr-b2b");
    v["creditor"]["legalForm"] = json!("SAS");
    v["creditor"]["shareCapital"] = json!("37500");
    v["creditor"]["rcsCity"] = json!("Paris");
    let t = fr_text(&v);
    assert!(t.contains("Atelier Dupont SARL\n12 rue des Lilas\n75011 Paris\nSAS au capital de 37 500 €\nRCS Paris 812 345 678\nTVA intracommunautaire : FR25812345678"), "{t}");
    v["lang"] = json!("en");
    assert!(fr_text(&v).contains("SAS with a share capital of €37,500\nRCS Paris 812 345 678"));
}

#[test]
fn the_reviewers_wording_is_used() {
    let second = fr_text(&base("second-reminder", "letter", "fr", "fr-b2b"));
    assert!(second.contains("À défaut de règlement intégral"));
    assert!(second.contains("nous vous remercions de nous en faire connaître la raison sans délai"));
    let fin = fr_text(&base("final-notice", "letter", "fr", "fr-b2b"));
    assert!(fin.contains("nous vous invitons à nous contacter avant cette date"));
    assert!(!fin.contains("contactez-nous"));
    let phone = fr_text(&base("phone-script", "email", "fr", "fr-b2b"));
    assert!(phone.contains("de la part de la société Atelier Dupont SARL"));
    assert!(phone.contains("Je vous confirmerai notre échange par écrit."));
    let mut v = base("statement", "letter", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    assert!(fr_text(&v).contains("Pénalités = principal × taux × jours / 365"));
    // No empty interest column before a consumer's mise en demeure.
    let mut v = base("second-reminder", "letter", "fr", "fr-b2c");
    v["history"] = json!([]);
    let t = fr_text(&v);
    assert!(t.contains("Facture     Principal dû       Total"), "{t}");
    assert!(!t.contains("Intérêts  "));
    // One name for the final-notice step: subject, history line.
    let t = fr_text(&base("handover", "letter", "fr", "fr-b2b"));
    assert!(t.contains("- 10 novembre 2026 : dernier rappel avant mise en demeure (courrier)"));
    let r = render(&base("final-notice", "letter", "fr", "fr-b2b"));
    assert!(plain(&r.subject).starts_with("Dernier rappel avant mise en demeure"));
    // A consumer's hand-over asks for privacy, and nothing about visits.
    let t = fr_text(&base("handover", "letter", "fr", "fr-b2c")).to_lowercase();
    assert!(t.contains("dans le respect de sa vie privée") && !t.contains("visite"));
}

#[test]
fn several_invoices_agree_in_number() {
    let mut v = base("reminder", "email", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    let r = render(&v);
    assert_eq!(
        plain(&r.subject),
        "Relance – factures nos F-2026-101 et F-2026-117, la première échue le 15 octobre 2026"
    );
    assert!(plain(&r.text)
        .contains("Merci d'indiquer les numéros de facture en référence du virement."));
    let one = render(&base("reminder", "email", "fr", "fr-b2b"));
    assert_eq!(
        plain(&one.subject),
        "Relance – facture n° F-2026-101, échue le 15 octobre 2026"
    );
}

// ---------------------------------------------------------------------------------------------
// The court steps after the mise en demeure

#[test]
fn court_steps_render_as_letters_and_e_mails_and_refuse_sms_and_public_buyers() {
    let mut count = 0;
    for kind in COURT_KINDS {
        for lang in ["fr", "en"] {
            for regime in ["fr-b2b", "fr-b2c", "fr-public"] {
                for channel in ["letter", "email", "sms"] {
                    let v = court_input(kind, channel, lang, regime);
                    let at = format!("{kind} {lang} {regime} {channel}");
                    count += 1;
                    if channel == "sms" {
                        let e = render_letter(&input(&v)).unwrap_err();
                        assert_eq!(
                            (e.code(), e.field()),
                            ("inconsistent-input", Some("channel")),
                            "{at}"
                        );
                        continue;
                    }
                    if regime == "fr-public" && kind != "refere-provision" {
                        let e = render_letter(&input(&v)).unwrap_err();
                        assert_eq!(
                            (e.code(), e.field()),
                            ("inconsistent-input", Some("kind")),
                            "{at}"
                        );
                        continue;
                    }
                    let r = render(&v);
                    assert!(!r.text.contains("{{"), "{at}");
                    assert!(r.sms.is_none());
                    // Never before the mise en demeure's deadline, and after one.
                    assert!(
                        !r.warnings
                            .iter()
                            .any(|w| w.code == "step-before-previous-deadline"
                                || w.code == "formal-notice-missing"
                                || w.code == "payment-details-missing"),
                        "{at}: {:?}",
                        r.warnings
                    );
                }
            }
        }
    }
    assert_eq!(count, 3 * 2 * 3 * 3);
}

#[test]
fn the_requete_carries_what_cpc_1407_requires() {
    let mut v = court_input("injonction-request", "letter", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    v["court"] = json!("Tribunal des activités économiques de Lyon\n44 rue de Bonnel\n69003 Lyon");
    let r = render(&v);
    let t = plain(&r.text);
    for needle in [
        // The court addressed (1407 with 54) and its greffe in the recipient block.
        "À Madame ou Monsieur le Président du Tribunal des activités économiques de Lyon",
        "Tribunal des activités économiques de Lyon\nGreffe – injonctions de payer\n44 rue de Bonnel\n69003 Lyon",
        // The parties: a company's form, registered office, RCS (1407 with 57, 54).
        "Requérant : Atelier Dupont SARL, société à responsabilité limitée au capital de 10 000 €, immatriculée au registre du commerce et des sociétés de Paris sous le numéro 812 345 678, dont le siège est situé 12 rue des Lilas, 75011 Paris, prise en la personne de son représentant légal",
        "Débiteur : Martin & Fils SAS, société par actions simplifiée, dont le siège est situé 8 avenue de la Gare, 69002 Lyon, immatriculée au registre du commerce et des sociétés de Lyon sous le numéro 552 100 554",
        // The ground (1405) and the amount with its elements (1407).
        "cause contractuelle et un montant déterminé (article 1405 du Code de procédure civile)",
        "articles L441-10 et D441-5 du Code de commerce",
        "Total dû",
        "Les pénalités de retard ont été calculées, par période",
        "Indemnité forfaitaire",
        "enjoindre à Martin & Fils SAS de nous payer la somme de",
        "augmentée des pénalités de retard de l'article L441-10 du Code de commerce sur le principal de 3 857,19 € à compter du 8 décembre 2026 et jusqu'au complet paiement (taux en vigueur : 12,15 % l'an)",
        // The mise en demeure left without effect, and the bordereau (1407).
        "Par lettre recommandée avec demande d'avis de réception du 20 novembre 2026, nous avons mis le débiteur en demeure de payer ; cette mise en demeure est restée sans effet.",
        "Pièce n° 1 : facture n° F-2026-101 du 15 septembre 2026",
        "Pièce n° 2 : facture n° F-2026-117 du 30 septembre 2026",
        "Pièce n° 3 : bon de commande ou confirmation de commande du 1er septembre 2026 (facture n° F-2026-101)",
        "mise en demeure du 20 novembre 2026 et son avis de réception",
        // How it reaches the court.
        "remise ou adressée au greffe du Tribunal des activités économiques de Lyon par le requérant ou par tout mandataire (article 1407 du Code de procédure civile) ; elle peut aussi être déposée en ligne",
    ] {
        assert!(t.contains(&plain(needle)), "missing: {needle}\n{t}");
    }
    assert_eq!(r.figures.total.to_string(), r.figures.demanded.to_string());
    let codes: Vec<&str> = r.warnings.iter().map(|w| w.code.as_str()).collect();
    assert!(codes.contains(&"filing-by-creditor"), "{codes:?}");
    assert!(!codes.contains(&"court-not-given"), "{codes:?}");
    // Without a court: the generic designation of CPC 1406, never a guessed town.
    v["court"] = Value::Null;
    let r = render(&v);
    assert!(plain(&r.text)
        .contains("Président du tribunal de commerce dans le ressort duquel demeure le débiteur"));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.code == "court-not-given" && w.message.contains("activités économiques")));
    // A consumer: the tribunal judiciaire, legal interest, never the 40 €.
    let r = render(&court_input("injonction-request", "letter", "fr", "fr-b2c"));
    let t = plain(&r.text);
    assert!(
        t.contains("tribunal judiciaire dans le ressort duquel demeure le débiteur"),
        "{t}"
    );
    assert!(
        t.contains("M. Paul Durand, demeurant 3 impasse des Tilleuls, 33000 Bordeaux"),
        "{t}"
    );
    assert!(
        t.contains("intérêts au taux légal") && !t.contains("40 €") && !t.contains("40,00"),
        "{t}"
    );
    assert!(!t.contains("en ligne"), "{t}");
    // Missing identities are warnings; a missing address is an error.
    let mut v = court_input("injonction-request", "letter", "fr", "fr-b2b");
    v["creditor"]["legalForm"] = Value::Null;
    v["debtor"]["legalForm"] = Value::Null;
    let codes: Vec<String> = render(&v).warnings.iter().map(|w| w.code.clone()).collect();
    assert!(
        codes.contains(&"creditor-identity-incomplete".to_owned()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"debtor-identity-incomplete".to_owned()),
        "{codes:?}"
    );
    v["debtor"]["address"] = Value::Null;
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("missing-field", Some("debtor.address"))
    );
}

#[test]
fn cover_letters_of_the_refere_provision_and_the_procedure_simplifiee() {
    let t = |v: &Value| plain(&render(v).text);
    let b2b = t(&court_input("refere-provision", "letter", "fr", "fr-b2b"));
    assert!(
        b2b.contains("le président du tribunal de commerce statuant en référé"),
        "{b2b}"
    );
    assert!(
        b2b.contains("article 873, alinéa 2, du Code de procédure civile"),
        "{b2b}"
    );
    assert!(b2b.contains("n'est pas sérieusement contestable"), "{b2b}");
    let b2c = t(&court_input("refere-provision", "letter", "fr", "fr-b2c"));
    assert!(
        b2c.contains("article 835, alinéa 2, du Code de procédure civile"),
        "{b2c}"
    );
    assert!(!b2c.contains("40,00"), "{b2c}");
    let public = t(&court_input(
        "refere-provision",
        "letter",
        "fr",
        "fr-public",
    ));
    assert!(
        public.contains("article R541-1 du Code de justice administrative"),
        "{public}"
    );
    assert!(
        !public.contains("article 700") && !public.contains("1231-6"),
        "{public}"
    );
    let small = t(&court_input("small-claims", "letter", "fr", "fr-b2b"));
    for needle in [
        "procédure simplifiée de recouvrement des petites créances des articles L125-1 et R125-1 et suivants du Code des procédures civiles d'exécution",
        "n'excède pas 5 000 €",
        "dans le délai d'un mois",
        "suspend la prescription",
        "titre exécutoire",
        "à notre charge exclusive",
    ] {
        assert!(small.contains(&plain(needle)), "missing: {needle}\n{small}");
    }
    // Above 5 000 €, principal and interest: refused, the injonction named instead.
    let mut v = court_input("small-claims", "letter", "fr", "fr-b2b");
    v["invoices"] = json!([invoice_a(), invoice_b()]);
    v["invoices"][1]["amount"] = json!("4900.00");
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!((e.code(), e.field()), ("inconsistent-input", Some("kind")));
    assert!(
        e.message().contains("injonction-request"),
        "{}",
        e.message()
    );
    // A collection agency cannot run it; a cover letter needs its recipient.
    let mut v = court_input("small-claims", "letter", "fr", "fr-b2b");
    v["recipient"]["kind"] = json!("avocat");
    assert_eq!(
        render_letter(&input(&v)).unwrap_err().field(),
        Some("recipient.kind")
    );
    v["recipient"] = Value::Null;
    assert_eq!(
        render_letter(&input(&v)).unwrap_err().field(),
        Some("recipient")
    );
    // Sent before the mise en demeure's deadline ran out: the sequence warning.
    let mut v = court_input("injonction-request", "letter", "fr", "fr-b2b");
    v["asOf"] = json!("2026-11-30");
    assert!(render(&v)
        .warnings
        .iter()
        .any(|w| w.code == "step-before-previous-deadline"));
}

#[test]
fn warnings_are_french_by_default_and_english_with_lang_en() {
    // A mise en demeure inside the final notice's deadline, without IBAN nor payment link.
    let warning = |lang: Option<&str>| {
        let mut v = base("formal-notice", "letter", "fr", "fr-b2b");
        v["history"] = json!([{ "kind": "final-notice", "date": "2026-11-14" }]);
        v["creditor"]["iban"] = Value::Null;
        v["creditor"]["paymentLink"] = Value::Null;
        match lang {
            Some(l) => v["lang"] = json!(l),
            None => {
                v.as_object_mut().map(|o| o.remove("lang"));
            }
        }
        render(&v).warnings
    };
    let message = |ws: &[relance::Warning], code: &str| {
        ws.iter()
            .find(|w| w.code == code)
            .map(|w| w.message.clone())
            .unwrap_or_else(|| panic!("no {code} in {ws:?}"))
    };
    for ws in [warning(None), warning(Some("fr"))] {
        let m = message(&ws, "step-before-previous-deadline");
        assert!(
            m.contains("laisse au débiteur jusqu'au 23\u{a0}novembre 2026"),
            "{m}"
        );
        let m = message(&ws, "payment-details-missing");
        assert!(m.contains("ne peut pas indiquer comment payer"), "{m}");
    }
    let ws = warning(Some("en"));
    let m = message(&ws, "step-before-previous-deadline");
    assert!(
        m.contains("the final reminder before formal notice of 14\u{a0}November 2026 gives the debtor until 23\u{a0}November 2026"),
        "{m}"
    );
    let m = message(&ws, "payment-details-missing");
    assert!(m.contains("the text cannot say how to pay"), "{m}");
    // Errors carry both languages.
    let mut v = base("reminder", "email", "en", "fr-b2b");
    v["invoices"] = json!([]);
    let e = render_letter(&input(&v)).unwrap_err();
    assert_eq!(
        e.message_in(relance::Lang::Fr),
        "indiquez au moins une facture"
    );
    assert_eq!(e.message_in(relance::Lang::En), "give at least one invoice");
}

/// The wasm modules read the template files from a JS catalog (src/wasm/messages.rs): it must
/// be exactly the files. `RELANCE_BLESS=1 cargo test --test letters` rewrites it.
#[test]
fn the_wasm_template_catalog_is_the_template_files() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut names: Vec<String> = std::fs::read_dir(format!("{root}/src/letters/templates"))
        .expect("templates directory")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "{names:?}");
    let mut js = String::from(
        "// The letter templates (src/letters/templates/*.txt) for the wasm modules.\n\
         // Generated by `RELANCE_BLESS=1 cargo test --test letters`: do not edit.\n\
         const T = {\n",
    );
    for name in &names {
        let text = std::fs::read_to_string(format!("{root}/src/letters/templates/{name}"))
            .expect("template file");
        let key = name.trim_end_matches(".txt");
        js.push_str(&format!(
            "  {}: {},\n",
            serde_json::to_string(key).expect("json"),
            serde_json::to_string(&text).expect("json")
        ));
    }
    js.push_str("};\nexport function relance_letter_template(name) {\n  return Object.prototype.hasOwnProperty.call(T, name) ? T[name] : \"\";\n}\n");
    let path = format!("{root}/src/wasm/messages/templates.js");
    if std::env::var_os("RELANCE_BLESS").is_some() {
        std::fs::write(&path, &js).expect("write the catalog");
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == js,
        "{path} is not the template files: run RELANCE_BLESS=1 cargo test --test letters"
    );
}
