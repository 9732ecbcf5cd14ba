pub mod bundle;
pub mod charts;
pub mod discussion;
pub mod grievance_card;
pub mod layout;
pub mod loaded;
pub mod table;
pub mod text;
