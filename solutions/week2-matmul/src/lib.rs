//! # Week 2: matrix multiplication and the performance ladder
//!
//! This week is not written yet; see its README.

// STUB: #![allow(unused_variables, unused_imports)]
