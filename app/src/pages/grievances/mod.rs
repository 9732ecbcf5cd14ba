//! Pages of a grievance's life, backed by `kenes_core::grievances`: filing (`file`, `guest`), its page and the staff's steps (`grievance`), tracking by code, the filer's own list and the public and staff lists.

pub mod file;
pub mod grievance;
pub mod guest;
pub mod lists;
pub mod mine;
pub mod track;
