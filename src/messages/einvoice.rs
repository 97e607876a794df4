//! Messages of einvoice (see the table in `messages/mod.rs`).

use super::messages;

messages! {}
