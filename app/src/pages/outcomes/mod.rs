//! The public record of outcomes, backed by `kenes_core::outcomes`: search and reading (`public_record`) and the coordinator's editor.

pub mod outcome_editor;
pub mod public_record;
