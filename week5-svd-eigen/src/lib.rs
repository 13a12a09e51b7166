//! # Week 5: eigenvalues and the singular value decomposition
//!
//! This week is not written yet; see its README.

#![allow(unused_variables, unused_imports)]
