//! Rung 5 of the ladder: the fast kernel, built the way BLAS libraries build theirs (Goto and
//! van de Geijn, "Anatomy of high-performance matrix multiplication", 2008; the BLIS papers).
//!
//! Three ideas on top of cache blocking:
//! 1. **Packing.** Copy the block of `A` and the panel of `B` about to be used into small
//!    contiguous buffers, laid out in exactly the order the innermost loop will read them. The
//!    copy costs O(mk + kn) per block; it is paid back by the O(mnk) reads that follow, which
//!    are now perfectly sequential (no strides, no cache-line waste, no TLB misses).
//! 2. **Register blocking.** The innermost computation, the *micro-kernel*, keeps an
//!    `MR × NR` tile of `C` in CPU registers while it runs through the whole inner dimension:
//!    per step it loads `MR` numbers of `A` and `NR` numbers of `B` and does `MR·NR`
//!    multiply-adds. With 8 × 8 that is 64 multiply-adds for 16 loads, instead of the
//!    1 multiply-add per 2 loads (and 1 store) of an axpy.
//! 3. **Vectorisation.** The micro-kernel is written over fixed-size arrays, so the compiler
//!    knows every length, drops every bounds check, and maps each row of the accumulator tile
//!    onto SIMD registers.

// BEGIN SOLUTION-ONLY
use std::ops::Range;
// END SOLUTION-ONLY
use crate::check_product_shapes;
use week1_vectors::{Matrix, Result};

/// Rows of the register tile of `C` that the micro-kernel keeps in registers.
///
/// The tile should take about 8 vector registers: enough independent accumulators to hide the
/// latency of a multiply-add (about 4 cycles, two of them issued per cycle), few enough to leave
/// registers for the operands. So the tile follows the vector width the build targets: 8 × 8
/// with AVX-512 (a row of 8 `f64` is one 512-bit register), 4 × 8 with AVX2 (two 256-bit
/// registers a row), 4 × 4 with the baseline SSE2 of x86-64 (two 128-bit registers a row).
pub const MR: usize = if cfg!(target_feature = "avx512f") {
    8
} else {
    4
};
/// Columns of the register tile (see [`MR`]).
pub const NR: usize = if cfg!(target_feature = "avx") { 8 } else { 4 };
/// The inner-dimension block: a packed `KC × NR` micro-panel of `B` (at most 16 KiB) stays in
/// the L1 cache while the micro-kernel sweeps over the packed block of `A`.
pub const KC: usize = 256;
/// Rows of `A` packed at a time: the packed `MC × KC` block of `A` (256 KiB) stays in L2.
pub const MC: usize = 128;
/// Columns of `B` packed at a time: the packed `KC × NC` panel of `B` (8 MiB) stays in L3.
pub const NC: usize = 4096;

/// Rung 5: the fast kernel, `C = A·B` with packing, cache blocking at three levels and a
/// register-blocked micro-kernel. Built with `-C target-cpu=native`, it ran at 0.91–1.03× the
/// speed of the `matrixmultiply` crate on one core of the course's test machine; see the
/// lesson's benchmark (and run it on yours).
///
/// The loop nest, from the outside in (the five loops of BLIS):
///
/// ```text
/// for jc in 0..n step NC:                  columns of B and C           (panel of B in L3)
///   for pc in 0..k step KC:                the inner dimension
///     pack B[pc..pc+KC, jc..jc+NC] into NR-wide micro-panels, zero-padded
///     for ic in 0..m step MC:              rows of A and C              (block of A in L2)
///       pack A[ic..ic+MC, pc..pc+KC] into MR-high micro-panels, zero-padded
///       for jr in 0..NC step NR:           one micro-panel of B          (in L1)
///         for ir in 0..MC step MR:         one micro-panel of A
///           acc = micro_kernel(A panel, B panel)       MR × NR tile, in registers
///           C[ic+ir.., jc+jr..] += acc                 (only the valid part at the edges)
/// ```
///
/// The packed `A` micro-panel holds, for each `p`, the `MR` numbers `A[i.., p]` one after the
/// other; the `B` micro-panel holds, for each `p`, the `NR` numbers `B[p, j..]`. The micro-kernel
/// then reads both strictly sequentially and does, for each `p`, the outer product update
/// `acc[i][j] += a[i]·b[j]` over a local `[[f64; NR]; MR]` array, written with constant loop
/// bounds so that the compiler unrolls it and vectorises along `j`.
///
/// A structure that works well: a private `gemm(m, k, n, a, b, c)` on row-major slices
/// (`C += A·B`, the five loops; [`matmul_fast_threaded`] can then call it once per band of rows),
/// `pack_a` and `pack_b` that fill a reused `Vec<f64>`, and
/// `micro_kernel(a_panel, b_panel) -> [[f64; NR]; MR]`, marked `#[inline(always)]`.
///
/// Edges: padding the partial micro-panels with zeros lets the micro-kernel always run at full
/// size; only the valid `mr × nr` part of its tile is added into `C`. Zero-sized dimensions give
/// a zero matrix of the right shape (a `k = 0` product is all zeros).
///
/// Where the CPU has a fused multiply-add and the build enables it
/// (`RUSTFLAGS="-C target-cpu=native"`), `acc + a·b` is computed as one FMA, rounded once. The
/// sum over `p` is still accumulated in a different order from `ijk`, so the result agrees with
/// the other rungs within the product error bound `γₖ|A||B|`, not bit for bit. `2mnk` flops.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`](week1_vectors::LinalgError::ShapeMismatch) with
/// `op = "matmul_fast"` if `a.cols() != b.rows()`.
///
/// # Pitfall
/// The zero padding multiplies zeros with real entries of the other operand, which may be NaN;
/// that garbage lands only in the padded part of the tile and must never be written to `C`.
///
/// # Example
/// ```
/// use week2_matmul::{matmul_fast, matrix};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[5.0, 6.0], [7.0, 8.0]];
/// assert_eq!(matmul_fast(&a, &b).unwrap(), matrix![[19.0, 22.0], [43.0, 50.0]]);
/// ```
pub fn matmul_fast(a: &Matrix, b: &Matrix) -> Result<Matrix> {
    // BEGIN SOLUTION
    check_product_shapes("matmul_fast", a, b)?;
    let (m, k, n) = (a.rows(), a.cols(), b.cols());
    let mut c = vec![0.0; m * n];
    gemm(m, k, n, a.as_slice(), b.as_slice(), &mut c);
    Ok(Matrix::new(m, n, c).expect("m·n entries for an m×n matrix"))
    // END SOLUTION
}

/// [`matmul_fast`] on several threads: the rows of `C` are split into `threads` horizontal
/// bands (a multiple of [`MR`] rows each), and each band `C[band] = A[band]·B` is computed by
/// the one-thread kernel on its own thread, inside [`std::thread::scope`].
///
/// The bands of `C` are disjoint `&mut` slices (`chunks_mut`), so the borrow checker proves
/// there is no data race, with no locks and no `unsafe`. Each thread packs `B` for itself; that
/// is O(kn) extra work per thread, small next to the O(mnk/threads) it then does. The result is
/// bit-for-bit that of [`matmul_fast`]: each entry is computed by the same code in the same
/// order. `threads == 0` means one thread per available core.
///
/// # Errors
/// [`LinalgError::ShapeMismatch`](week1_vectors::LinalgError::ShapeMismatch) with
/// `op = "matmul_fast_threaded"` if `a.cols() != b.rows()`.
///
/// # Example
/// ```
/// use week2_matmul::{matmul_fast_threaded, matrix};
/// let a = matrix![[1.0, 2.0], [3.0, 4.0]];
/// let b = matrix![[5.0, 6.0], [7.0, 8.0]];
/// assert_eq!(matmul_fast_threaded(&a, &b, 2).unwrap(), matrix![[19.0, 22.0], [43.0, 50.0]]);
/// ```
pub fn matmul_fast_threaded(a: &Matrix, b: &Matrix, threads: usize) -> Result<Matrix> {
    // BEGIN SOLUTION
    check_product_shapes("matmul_fast_threaded", a, b)?;
    let (m, k, n) = (a.rows(), a.cols(), b.cols());
    let mut c = vec![0.0; m * n];
    if m == 0 || n == 0 || k == 0 {
        // Nothing to compute (and `chunks(0)` below would panic).
        return Ok(Matrix::new(m, n, c).expect("m·n entries for an m×n matrix"));
    }
    let threads = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |t| t.get())
    } else {
        threads
    };
    // Rows per band: m / threads rounded up to a whole number of micro-panels.
    let band = m.div_ceil(threads).div_ceil(MR) * MR;
    let b = b.as_slice();
    std::thread::scope(|s| {
        for (a_band, c_band) in a.as_slice().chunks(band * k).zip(c.chunks_mut(band * n)) {
            s.spawn(move || gemm(a_band.len() / k, k, n, a_band, b, c_band));
        }
    });
    Ok(Matrix::new(m, n, c).expect("m·n entries for an m×n matrix"))
    // END SOLUTION
}
// BEGIN SOLUTION-ONLY

/// `C += A·B` for row-major slices: `a` is `m × k`, `b` is `k × n`, `c` is `m × n`.
fn gemm(m: usize, k: usize, n: usize, a: &[f64], b: &[f64], c: &mut [f64]) {
    // The packing buffers, allocated once per call, no larger than this product needs.
    let mut a_packed = Vec::with_capacity(MC.min(m).next_multiple_of(MR) * KC.min(k));
    let mut b_packed = Vec::with_capacity(NC.min(n).next_multiple_of(NR) * KC.min(k));
    // Loop 5: a panel of NC columns of B (and of C).
    for jc in (0..n).step_by(NC) {
        let nc = NC.min(n - jc);
        // Loop 4: KC steps along the inner dimension. Each step adds A[:, pc..]·B[pc.., :] to C.
        for pc in (0..k).step_by(KC) {
            let kc = KC.min(k - pc);
            // Packed once, this KC × NC panel of B is reused by every row block of A below.
            pack_b(b, n, pc..pc + kc, jc..jc + nc, &mut b_packed);
            // Loop 3: MC rows of A at a time.
            for ic in (0..m).step_by(MC) {
                let mc = MC.min(m - ic);
                // Packed once, this MC × KC block of A is reused by every micro-panel of B.
                pack_a(a, k, ic..ic + mc, pc..pc + kc, &mut a_packed);
                // Loop 2: one KC × NR micro-panel of packed B, which stays in L1 for loop 1.
                for (jr, b_panel) in b_packed.chunks_exact(kc * NR).enumerate() {
                    let col0 = jc + jr * NR;
                    let nr = NR.min(n - col0);
                    // Loop 1: one MR × KC micro-panel of packed A.
                    for (ir, a_panel) in a_packed.chunks_exact(kc * MR).enumerate() {
                        let row0 = ic + ir * MR;
                        let mr = MR.min(m - row0);
                        let acc = micro_kernel(a_panel, b_panel);
                        // Add the valid mr × nr part of the tile into C; drop the padding.
                        for (i, acc_row) in acc.iter().enumerate().take(mr) {
                            let c_row = &mut c[(row0 + i) * n + col0..][..nr];
                            for (cij, x) in c_row.iter_mut().zip(acc_row) {
                                *cij += x;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Packs `A[rows, cols]` (row-major, `lda` columns) into MR-high micro-panels: panel after
/// panel, and inside a panel, for each column `p`, its MR entries. Rows past the end stay zero.
fn pack_a(a: &[f64], lda: usize, rows: Range<usize>, cols: Range<usize>, out: &mut Vec<f64>) {
    let kc = cols.len();
    out.clear();
    out.resize(rows.len().next_multiple_of(MR) * kc, 0.0);
    for (panel, r0) in out.chunks_exact_mut(MR * kc).zip(rows.clone().step_by(MR)) {
        for i in 0..MR.min(rows.end - r0) {
            // Row r0 + i of the block is read contiguously and scattered with stride MR.
            let row = &a[(r0 + i) * lda + cols.start..][..kc];
            for (group, &x) in panel.chunks_exact_mut(MR).zip(row) {
                group[i] = x;
            }
        }
    }
}

/// Packs `B[rows, cols]` (row-major, `ldb` columns) into NR-wide micro-panels: panel after
/// panel, and inside a panel, for each row `p`, its NR entries. Columns past the end stay zero.
fn pack_b(b: &[f64], ldb: usize, rows: Range<usize>, cols: Range<usize>, out: &mut Vec<f64>) {
    let kc = rows.len();
    out.clear();
    out.resize(cols.len().next_multiple_of(NR) * kc, 0.0);
    for (panel, c0) in out.chunks_exact_mut(NR * kc).zip(cols.clone().step_by(NR)) {
        let nr = NR.min(cols.end - c0);
        // Each group of NR is a contiguous piece of one row of B: a plain copy.
        for (group, p) in panel.chunks_exact_mut(NR).zip(rows.clone()) {
            group[..nr].copy_from_slice(&b[p * ldb + c0..][..nr]);
        }
    }
}

/// The micro-kernel: `Σₚ a[p]·b[p]ᵀ` over one packed micro-panel of A (`kc` groups of MR) and
/// one of B (`kc` groups of NR), as an `MR × NR` tile held in registers.
#[inline(always)]
fn micro_kernel(a_panel: &[f64], b_panel: &[f64]) -> [[f64; NR]; MR] {
    let mut acc = [[0.0; NR]; MR];
    for (a, b) in a_panel.chunks_exact(MR).zip(b_panel.chunks_exact(NR)) {
        // Fixed-size arrays: the compiler knows MR and NR, removes the bounds checks, unrolls
        // both loops and turns each row of `acc` into SIMD registers.
        let a: &[f64; MR] = a.try_into().expect("chunks_exact gives MR entries");
        let b: &[f64; NR] = b.try_into().expect("chunks_exact gives NR entries");
        for i in 0..MR {
            for j in 0..NR {
                acc[i][j] = multiply_add(a[i], b[j], acc[i][j]);
            }
        }
    }
    acc
}

/// `a·b + c`: one fused multiply-add instruction where the build targets a CPU that has one;
/// otherwise a multiply and an add. (Without hardware FMA, `f64::mul_add` is a slow library
/// call, so the choice is made at compile time.)
#[inline(always)]
fn multiply_add(a: f64, b: f64, c: f64) -> f64 {
    if cfg!(target_feature = "fma") {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}
// END SOLUTION-ONLY
