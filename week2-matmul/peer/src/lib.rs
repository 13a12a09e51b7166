//! The yardstick of the week-2 benchmark (`cargo bench -p week2-matmul --features peer`): the
//! matrix product of the [`matrixmultiply`] crate, a well-tuned pure-Rust GEMM (packing,
//! cache blocking, SIMD micro-kernels chosen at run time for the CPU at hand), behind a safe,
//! slice-based function.
//!
//! This is not course material and no week may depend on it: the course builds its own product.

/// `C = A·B` for row-major slices by `matrixmultiply::dgemm`: `a` is `m × k`, `b` is `k × n`,
/// and the result is `m × n`, row-major.
///
/// # Panics
/// If `a.len() != m·k` or `b.len() != k·n`, or a dimension does not fit in an `isize`.
///
/// ```
/// let c = week2_matmul_peer::dgemm(2, 2, 1, &[1.0, 2.0, 3.0, 4.0], &[1.0, 1.0]);
/// assert_eq!(c, vec![3.0, 7.0]);
/// ```
pub fn dgemm(m: usize, k: usize, n: usize, a: &[f64], b: &[f64]) -> Vec<f64> {
    assert_eq!(a.len(), m * k, "dgemm: A must have m·k = {m}·{k} entries");
    assert_eq!(b.len(), k * n, "dgemm: B must have k·n = {k}·{n} entries");
    let stride = |x: usize| isize::try_from(x).expect("dgemm: dimension too large");
    let (rsa, rsb, rsc) = (stride(k), stride(n), stride(n));
    let mut c = vec![0.0; m * n];
    // SAFETY: `a` holds m·k entries, row-major (row stride k, column stride 1); `b` holds k·n
    // entries (row stride n, column stride 1); `c` holds m·n (row stride n). With these strides
    // every index dgemm forms, (i·rs + j·cs) for i < rows and j < cols, is inside its slice;
    // `c` is exclusively borrowed and does not overlap `a` or `b`. beta = 0, so `c` is only
    // written. For m, n or k = 0 dgemm returns without reading (and C stays zero).
    unsafe {
        matrixmultiply::dgemm(
            m,
            k,
            n,
            1.0,
            a.as_ptr(),
            rsa,
            1,
            b.as_ptr(),
            rsb,
            1,
            0.0,
            c.as_mut_ptr(),
            rsc,
            1,
        );
    }
    c
}
