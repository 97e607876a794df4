//! Messages of calc (see the table in `messages/mod.rs`).

use super::messages;

messages! {}
