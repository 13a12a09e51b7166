//! Exercise module (being written).
