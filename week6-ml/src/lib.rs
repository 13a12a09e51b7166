//! # Week 6: machine learning on real data with your own linear algebra
//!
//! This week is not written yet; see its README.

#![allow(unused_variables, unused_imports)]
