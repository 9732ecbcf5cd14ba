//! Mediation pages, backed by `kenes_core::mediation`: the request panel on a grievance, the room and its people, the deliberation panel, the agreement's commitments (and the mailed link that confirms one), the moderation queue and the mediator register.

pub mod about;
pub mod commitments_panel;
pub mod confirm_commitment;
pub mod deliberation_panel;
pub mod mediation_panel;
pub mod mediators;
pub mod moderation;
pub mod registry;
pub mod room;
pub mod room_people;
