//! Counting the work of a matrix product.

/// The number of floating-point operations of the product of an `m × k` and a `k × n` matrix:
/// `2mnk` (each of the `mn` entries takes `k` multiplications and `k` additions; counting the
/// first addition to zero as one keeps the formula clean, and is what everyone reports).
///
/// Every rung of the ladder does exactly these flops — no more, no fewer — so the benchmark's
/// GFLOP/s, `2mnk / seconds / 10⁹`, compares how well each rung feeds the arithmetic units, not
/// how much arithmetic it does. Note the argument order: the shape of `C` first, then the inner
/// dimension. Saturates at `u64::MAX` instead of overflowing.
///
/// # Example
/// ```
/// use week2_matmul::matmul_flops;
/// assert_eq!(matmul_flops(2, 3, 4), 48);
/// assert_eq!(matmul_flops(1024, 1024, 1024), 2_147_483_648); // about 2.1 GFLOP
/// assert_eq!(matmul_flops(5, 0, 7), 0);
/// ```
pub fn matmul_flops(m: usize, n: usize, k: usize) -> u64 {
    // BEGIN SOLUTION
    [m, n, k]
        .iter()
        .fold(2u64, |acc, &d| acc.saturating_mul(d as u64))
    // END SOLUTION
}
