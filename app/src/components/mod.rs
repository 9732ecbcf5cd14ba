pub mod grievance_card;
pub mod layout;
