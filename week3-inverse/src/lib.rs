//! # Week 3: linear systems, determinants and the inverse
//!
//! This week is not written yet; see its README.

#![allow(unused_variables, unused_imports)]
