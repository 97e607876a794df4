//! The court steps when relance is built without the `court-steps` feature (the relance/letters
//! wasm module, for its size budget: see Cargo.toml): the kinds do not exist (an input naming
//! one is an `unknown-variant` error), so there is nothing to compute or check.

use super::*;

pub(super) fn court_values(
    _input: &LetterInput,
    _lang: Lang,
    _values: &mut Values,
    _warnings: &mut Vec<Warning>,
) -> Result<()> {
    Ok(())
}

pub(super) fn court_checks(
    _input: &LetterInput,
    _figures: &LetterFigures,
    _warnings: &mut Vec<Warning>,
) -> Result<()> {
    Ok(())
}
