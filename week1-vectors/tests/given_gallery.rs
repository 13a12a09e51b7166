//! Tests of the given code: the test-matrix gallery (src/gallery.rs). Every later week's
//! tests draw their inputs from here, so its claims are checked, with the independent helpers
//! of `testing`. These pass before you write any exercise.

use week1_vectors::gallery::*;
use week1_vectors::testing::{
    EPS, THRESHOLD, expect_panic, frobenius, is_lower_triangular, is_upper_triangular, naive_abs,
    naive_matmul, naive_matvec, naive_transpose, orthogonality_ratio,
};
use week1_vectors::{Matrix, Vector, matrix};

fn is_symmetric(a: &Matrix) -> bool {
    *a == naive_transpose(a)
}

#[test]
fn hilbert_entries_and_known_inverses() {
    assert_eq!(
        hilbert(3),
        Matrix::from_fn(3, 3, |i, j| 1.0 / (i + j + 1) as f64),
        "hilbert(3) (left: got, right: want)"
    );
    assert_eq!(
        hilbert_inverse(3),
        matrix![[9, -36, 30], [-36, 192, -180], [30, -180, 180]],
        "hilbert_inverse(3) (left: got, right: want)"
    );
    assert_eq!(
        hilbert_inverse(4),
        matrix![
            [16, -120, 240, -140],
            [-120, 1200, -2700, 1680],
            [240, -2700, 6480, -4200],
            [-140, 1680, -4200, 2800]
        ],
        "hilbert_inverse(4) (left: got, right: want)"
    );
    assert_eq!(
        hilbert_inverse(1),
        matrix![[1]],
        "hilbert_inverse(1) (left: got, right: want)"
    );
    assert_eq!(
        hilbert(0).shape(),
        (0, 0),
        "hilbert(0).shape() (left: got, right: want)"
    );
}

#[test]
fn hilbert_inverse_times_hilbert_is_identity() {
    // For n ≤ 3 the product is exactly I. From n = 4 on, the entries 1/(i+j+1) of H are
    // rounded (relative error ≤ u = ε/2), so H⁻¹·fl(H) is I only up to rounding, bounded
    // entrywise by (n + 1)·u·(|H⁻¹|·|H|): n − 1 roundings in each sum, one in each entry of H.
    for n in 1..=6 {
        let (h, hi) = (hilbert(n), hilbert_inverse(n));
        for (p, order) in [
            (naive_matmul(&hi, &h), "H⁻¹H"),
            (naive_matmul(&h, &hi), "HH⁻¹"),
        ] {
            let bound = naive_matmul(&naive_abs(&hi), &naive_abs(&h));
            for i in 0..n {
                for j in 0..n {
                    let e = (p[(i, j)] - if i == j { 1.0 } else { 0.0 }).abs();
                    let allowed = (n + 1) as f64 * (EPS / 2.0) * bound[(i, j)];
                    assert!(
                        e <= allowed,
                        "{order}, n = {n}, entry ({i}, {j}): error {e:e} > {allowed:e}"
                    );
                    if n <= 3 {
                        assert_eq!(e, 0.0, "{order} is exactly I for n = {n}");
                    }
                }
            }
        }
    }
}

#[test]
fn binomial_and_pascal() {
    assert_eq!(
        binomial(5, 2),
        10.0,
        "binomial(5, 2) (left: got, right: want)"
    );
    assert_eq!(
        binomial(5, 0),
        1.0,
        "binomial(5, 0) (left: got, right: want)"
    );
    assert_eq!(
        binomial(2, 5),
        0.0,
        "binomial(2, 5) (left: got, right: want)"
    );
    assert_eq!(
        binomial(50, 25),
        126_410_606_437_752.0,
        "binomial(50, 25) (left: got, right: want)"
    );
    assert_eq!(
        pascal(4),
        matrix![[1, 1, 1, 1], [1, 2, 3, 4], [1, 3, 6, 10], [1, 4, 10, 20]],
        "pascal(4) (left: got, right: want)"
    );
    for n in [0, 1, 5, 10] {
        let l = pascal_lower(n);
        assert!(
            is_lower_triangular(&l),
            "is_lower_triangular(&l): false for {:?}",
            &l
        );
        assert_eq!(
            naive_matmul(&l, &naive_transpose(&l)),
            pascal(n),
            "P = LLᵀ, n = {n}"
        );
    }
}

#[test]
fn tridiag_structure_and_eigenpairs() {
    assert_eq!(
        tridiag(3, -1.0, 2.0, -3.0),
        matrix![[2, -3, 0], [-1, 2, -3], [0, -1, 2]],
        "tridiag(3, -1.0, 2.0, -3.0) (left: got, right: want)"
    );
    // tridiag(−1, 2, −1) has eigenpairs λₖ = 4 sin²(kπ/(2(n+1))), vₖ[j] = sin((j+1)kπ/(n+1)).
    let n = 10;
    let t = tridiag(n, -1.0, 2.0, -1.0);
    for k in 1..=n {
        let theta = k as f64 * std::f64::consts::PI / (n + 1) as f64;
        let lambda = 4.0 * (theta / 2.0).sin().powi(2);
        let v = Vector::from_fn(n, |j| ((j + 1) as f64 * theta).sin());
        let tv = naive_matvec(&t, &v);
        for j in 0..n {
            assert!(
                (tv[j] - lambda * v[j]).abs() <= 16.0 * EPS,
                "eigenpair k = {k}, entry {j}"
            );
        }
    }
}

#[test]
fn lauchli_normal_matrix_is_exactly_singular() {
    let a = lauchli(3, 1e-8);
    assert_eq!(
        a.shape(),
        (4, 3),
        "a.shape() with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.row(0),
        &[1.0, 1.0, 1.0],
        "a.row(0) with a = {:?} (left: got, right: want)",
        a
    );
    assert_eq!(
        a.row(2),
        &[0.0, 1e-8, 0.0],
        "a.row(2) with a = {:?} (left: got, right: want)",
        a
    );
    // 1 + δ² = 1 + 1e-16 rounds to 1: fl(AᵀA) is the all-ones matrix, of rank 1.
    let ata = naive_matmul(&naive_transpose(&a), &a);
    assert_eq!(
        ata,
        Matrix::filled(3, 3, 1.0),
        "lauchli_normal_matrix_is_exactly_singular: ata (left: got, right: want)"
    );
}

#[test]
fn permutation_matrices() {
    let p = permutation(&[2, 0, 1]);
    let a = matrix![[1, 1], [2, 2], [3, 3]];
    assert_eq!(
        naive_matmul(&p, &a),
        matrix![[3, 3], [1, 1], [2, 2]],
        "row i of PA is row perm[i]"
    );
    assert_eq!(orthogonality_ratio(&p), 0.0, "PᵀP = I exactly");
    assert_eq!(
        permutation(&[]).shape(),
        (0, 0),
        "permutation(&[]).shape() (left: got, right: want)"
    );
    expect_panic("is not a permutation of 0..3", || {
        permutation(&[0, 0, 1]);
    });
    expect_panic("is not a permutation of 0..2", || {
        permutation(&[0, 2]);
    });
}

#[test]
fn classic_matrices() {
    let r = rosser();
    assert!(is_symmetric(&r), "is_symmetric(&r): false for {:?}", &r);
    // trace = Σλ = 4040 (the eigenvalues in the docs).
    assert_eq!(
        r.diag().iter().sum::<f64>(),
        4040.0,
        "r.diag().iter().sum::<f64>() with r = {:?} (left: got, right: want)",
        r
    );

    let w = wilkinson_plus(5);
    assert_eq!(
        w.diag(),
        Vector::from(vec![2.0, 1.0, 0.0, 1.0, 2.0]),
        "w.diag() with w = {:?} (left: got, right: want)",
        w
    );
    assert!(is_symmetric(&w), "is_symmetric(&w): false for {:?}", &w);
    assert_eq!(
        w[(0, 1)],
        1.0,
        "w[(0, 1)] with w = {:?} (left: got, right: want)",
        w
    );
    assert_eq!(
        w[(0, 2)],
        0.0,
        "w[(0, 2)] with w = {:?} (left: got, right: want)",
        w
    );

    assert_eq!(
        frank(3),
        matrix![[3, 2, 1], [2, 2, 1], [0, 1, 1]],
        "frank(3) (left: got, right: want)"
    );

    // Clement: ‖C‖_F² = Σλ² = 2·Σ k(n−k); for n = 4 the eigenvalues are ±3, ±1.
    let c = clement(4);
    assert!(is_symmetric(&c), "is_symmetric(&c): false for {:?}", &c);
    assert_eq!(
        c.diag(),
        Vector::zeros(4),
        "c.diag() with c = {:?} (left: got, right: want)",
        c
    );
    assert!(
        (frobenius(&c).powi(2) - 20.0).abs() <= 8.0 * EPS * 20.0,
        "(frobenius(&c).powi(2) - 20.0).abs() with c = {:?} = {:?}, want <= 8.0 * EPS * 20.0 = {:?}",
        c,
        (frobenius(&c).powi(2) - 20.0).abs(),
        8.0 * EPS * 20.0
    );

    let k = kahan(4, 1.2);
    assert!(
        is_upper_triangular(&k),
        "is_upper_triangular(&k): false for {:?}",
        &k
    );
    let s = 1.2f64.sin();
    assert_eq!(
        k[(2, 2)],
        s.powi(2),
        "k[(2, 2)] with k = {:?} (left: got, right: want)",
        k
    );
    assert_eq!(
        k[(1, 3)],
        -(1.2f64.cos()) * s,
        "k[(1, 3)] with k = {:?} (left: got, right: want)",
        k
    );

    assert_eq!(
        wilkinson_growth(3),
        matrix![[1, 0, 1], [-1, 1, 1], [-1, -1, 1]],
        "wilkinson_growth(3) (left: got, right: want)"
    );

    assert_eq!(
        vandermonde(&[1.0, 2.0, 3.0], 3),
        matrix![[1, 1, 1], [1, 2, 4], [1, 3, 9]],
        "vandermonde(&[1.0, 2.0, 3.0], 3) (left: got, right: want)"
    );
}

#[test]
fn random_generators_are_seeded() {
    assert_eq!(
        random_matrix(3, 4, 7),
        random_matrix(3, 4, 7),
        "same seed, same matrix"
    );
    assert_ne!(
        random_matrix(3, 4, 7),
        random_matrix(3, 4, 8),
        "random_matrix(3, 4, 7) (left: got, right: must differ)"
    );
    assert_eq!(
        random_vector(5, 1),
        random_vector(5, 1),
        "random_vector(5, 1) (left: got, right: want)"
    );
    assert_eq!(
        random_matrix(3, 4, 7).shape(),
        (3, 4),
        "random_matrix(3, 4, 7).shape() (left: got, right: want)"
    );
    let u = random_uniform(10, 10, -2.0, 3.0, 5);
    assert!(
        u.as_slice().iter().all(|&x| (-2.0..3.0).contains(&x)),
        "random_uniform: entries must lie in [-2, 3), got {u}"
    );
    assert!(
        is_symmetric(&random_symmetric(6, 3)),
        "random_symmetric(6, 3) is not symmetric: {}",
        random_symmetric(6, 3)
    );
    let spd = random_spd(6, 3);
    assert!(
        is_symmetric(&spd),
        "is_symmetric(&spd): false for {:?}",
        &spd
    );
    assert!(
        spd.diag().iter().all(|&d| d > 0.0),
        "random_spd: diagonal entries must be > 0, got {:?}",
        spd.diag()
    );
    assert_eq!(
        random_rank_deficient(5, 4, 2, 9).shape(),
        (5, 4),
        "random_rank_deficient(5, 4, 2, 9).shape() (left: got, right: want)"
    );
}

#[test]
fn random_orthogonal_is_orthogonal() {
    for (n, seed) in [(1, 1), (2, 2), (10, 3), (50, 4)] {
        let q = random_orthogonal(n, seed);
        let r = orthogonality_ratio(&q);
        assert!(r < THRESHOLD, "‖I − QᵀQ‖/(nε) = {r:.2} for n = {n}");
        let r = orthogonality_ratio(&naive_transpose(&q));
        assert!(r < THRESHOLD, "rows too: {r:.2} for n = {n}");
    }
    assert_eq!(
        random_orthogonal(0, 1).shape(),
        (0, 0),
        "random_orthogonal(0, 1).shape() (left: got, right: want)"
    );
}

#[test]
fn with_singular_values_has_them() {
    // ‖A‖_F² = Σσ², and a matrix with all σ = 1 (square) is orthogonal.
    let sigma = [5.0, 2.0, 0.5];
    let a = with_singular_values(6, 4, &sigma, 11);
    assert_eq!(
        a.shape(),
        (6, 4),
        "a.shape() with a = {:?} (left: got, right: want)",
        a
    );
    let want: f64 = sigma.iter().map(|s| s * s).sum();
    assert!(
        (frobenius(&a).powi(2) - want).abs() <= 32.0 * EPS * want,
        "‖A‖_F² = {}, want {want}",
        frobenius(&a).powi(2)
    );
    let q = with_singular_values(5, 5, &[1.0; 5], 12);
    assert!(
        orthogonality_ratio(&q) < THRESHOLD,
        "orthogonality_ratio(&q) with q = {:?} = {:?}, want < THRESHOLD = {:?}",
        q,
        orthogonality_ratio(&q),
        THRESHOLD
    );
    // Rank 1: A = σ·u·vᵀ, so every 2×2 minor vanishes (up to rounding).
    let r1 = with_singular_values(4, 3, &[3.0], 13);
    let minor = r1[(0, 0)] * r1[(1, 1)] - r1[(0, 1)] * r1[(1, 0)];
    assert!(
        minor.abs() <= 64.0 * EPS * 9.0,
        "2×2 minor of a rank-1 matrix: {minor:e}"
    );
    expect_panic("4 values for a 3×3 matrix", || {
        with_singular_values(3, 3, &[1.0; 4], 1);
    });
}

#[test]
fn with_eigenvalues_has_them() {
    // Symmetric; trace = Σdₖ and ‖A‖_F² = Σdₖ² (Q orthogonal); each column qₖ of Q is an
    // eigenvector. Each entry of A carries an error ≤ n·ε·max |d| (n products summed, and
    // Σₖ|qᵢₖ||qⱼₖ| ≤ 1), so the trace is off by ≤ n²·ε·max |d|, and (A·qₖ)ᵢ by ≤ n·ε·max |d|
    // times Σⱼ|qⱼₖ| ≤ √n, again for the product: ≤ 2·n^1.5·ε·max |d|, plus Q's own departure
    // from orthogonality (n reflections, ≈ n·ε). A factor 2 of slack on each bound.
    let d = [4.0, -3.0, 2.0, 0.5, 0.1];
    let n = d.len();
    let nf = n as f64;
    let dmax = 4.0;
    let a = with_eigenvalues(&d, 9);
    assert!(
        is_symmetric(&a),
        "with_eigenvalues(&{d:?}, 9) is not exactly symmetric: {a:?}"
    );
    let trace: f64 = (0..n).map(|i| a[(i, i)]).sum();
    let want: f64 = d.iter().sum();
    assert!(
        (trace - want).abs() <= 2.0 * nf * nf * EPS * dmax,
        "trace of with_eigenvalues(&{d:?}, 9) = {trace}, want Σd = {want} (tolerance 2·n²·ε·max|d|)"
    );
    let want_f: f64 = d.iter().map(|x| x * x).sum();
    assert!(
        (frobenius(&a).powi(2) - want_f).abs() <= 32.0 * EPS * want_f,
        "‖A‖_F² of with_eigenvalues(&{d:?}, 9) = {}, want Σd² = {want_f}",
        frobenius(&a).powi(2)
    );
    let q = random_orthogonal(n, 9);
    for (k, &dk) in d.iter().enumerate() {
        let qk = Vector::from_fn(n, |i| q[(i, k)]);
        let aq = naive_matvec(&a, &qk);
        let res = (0..n)
            .map(|i| (aq[i] - dk * qk[i]).abs())
            .fold(0.0, f64::max);
        assert!(
            res <= 2.0 * (2.0 * nf.powf(1.5) + nf) * EPS * dmax,
            "column {k} of Q is not an eigenvector of with_eigenvalues(&{d:?}, 9) for {dk}: \
             max |A·q − d·q| = {res:e}, want ≤ 2·(2·n^1.5 + n)·ε·max|d|"
        );
    }
    assert_eq!(
        with_eigenvalues(&[], 1).shape(),
        (0, 0),
        "with_eigenvalues(&[], 1).shape() (left: got, right: want)"
    );
}

#[test]
fn random_with_condition_has_geometric_singular_values() {
    // σₖ = κ^(−k/(n−1)), from 1 down to 1/κ: check ‖A‖_F² = Σσₖ².
    let (n, kappa) = (6, 1e6);
    let a = random_with_condition(n, kappa, 21);
    let want: f64 = (0..n)
        .map(|k| kappa.powf(-(k as f64) / (n - 1) as f64).powi(2))
        .sum();
    assert!(
        (frobenius(&a).powi(2) - want).abs() <= 32.0 * EPS * want,
        "(frobenius(&a).powi(2) - want).abs() with a = {:?}, want = {:?} = {:?}, want <= 32.0 * EPS * want = {:?}",
        a,
        want,
        (frobenius(&a).powi(2) - want).abs(),
        32.0 * EPS * want
    );
    assert_eq!(
        random_with_condition(1, 10.0, 1).shape(),
        (1, 1),
        "random_with_condition(1, 10.0, 1).shape() (left: got, right: want)"
    );
}
