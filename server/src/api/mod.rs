//! Machine interfaces: the REST API (`rest`), Open311 GeoReport v2 (JSON and XML), and the open-data exports.

pub mod open311;
pub mod open311_xml;
pub mod open_data;
pub mod rest;
