//! Exercise: PCA by the covariance eigendecomposition and by the SVD.

use week1_vectors::testing::{
    THRESHOLD, naive_matmul, naive_matvec, naive_transpose, orthogonality_ratio,
};
use week1_vectors::{Matrix, Vector, matrix};
use week6_ml::data::load;
use week6_ml::pca::{Pca, covariance};
use week6_ml::testing::{column_mean_std, linear_problem};

const IRIS_RATIO: [f64; 4] = [0.924_618_7, 0.053_066_5, 0.017_102_6, 0.005_212_2];

#[test]
fn covariance_of_a_small_matrix() {
    let x = matrix![[1.0, 2.0], [2.0, 1.0], [3.0, 6.0]];
    // Means [2, 3]; centred [[−1, −1], [0, −2], [1, 3]]; XᵀX = [[2, 4], [4, 14]]; /(n − 1).
    assert_eq!(
        covariance(&x).unwrap(),
        matrix![[1.0, 2.0], [2.0, 7.0]],
        "covariance([[1, 2], [2, 1], [3, 6]]) (divided by n − 1; exact)"
    );
    assert!(
        covariance(&matrix![[1.0, 2.0]]).is_err(),
        "one sample has no covariance"
    );
}

#[test]
fn iris_explained_variance_ratio_both_ways() {
    let iris = load("iris").unwrap();
    for (name, p) in [
        ("eigen", Pca::fit_eigen(&iris.features, 4).unwrap()),
        ("svd", Pca::fit_svd(&iris.features, 4).unwrap()),
    ] {
        for i in 0..4 {
            let r = p.explained_variance_ratio[i];
            assert!((r - IRIS_RATIO[i]).abs() < 1e-6, "{name}: ratio[{i}] = {r}");
        }
        let total: f64 = p.explained_variance_ratio.iter().sum();
        assert!(
            (total - 1.0).abs() < 1e-12,
            "Pca::fit_{name} on iris: the ratios sum to {total}, want 1 (within 1e-12)"
        );
        // The first variance is the largest eigenvalue of the covariance: 4.2282.
        assert!(
            (p.explained_variance[0] - 4.228_241_7).abs() < 1e-6,
            "{name}"
        );
    }
}

#[test]
fn components_are_orthonormal_eigenvectors() {
    let wine = load("wine").unwrap();
    let (mean, std) = column_mean_std(&wine.features);
    let x = Matrix::from_fn(wine.n_samples(), 13, |i, j| {
        (wine.features[(i, j)] - mean[j]) / std[j]
    });
    let n = x.rows() as f64;
    let c = naive_matmul(&naive_transpose(&x), &x).map(|v| v / (n - 1.0));
    let cn: f64 = c.as_slice().iter().map(|v| v.abs()).sum::<f64>();
    for (name, p) in [
        ("eigen", Pca::fit_eigen(&x, 5).unwrap()),
        ("svd", Pca::fit_svd(&x, 5).unwrap()),
    ] {
        assert_eq!(
            p.components.shape(),
            (5, 13),
            "Pca::fit_{name}(wine, k = 5): components shape (k × features)"
        );
        let ratio = orthogonality_ratio(&naive_transpose(&p.components));
        assert!(ratio < THRESHOLD, "{name}: orthogonality ratio {ratio}");
        for k in 0..5 {
            let v = Vector::from_slice(p.components.row(k));
            let cv = naive_matvec(&c, &v);
            let res: f64 = (0..13)
                .map(|j| (cv[j] - p.explained_variance[k] * v[j]).abs())
                .sum();
            assert!(
                res < 100.0 * cn * f64::EPSILON,
                "{name}: ‖Cv − λv‖ = {res:e} for k = {k}"
            );
            if k > 0 {
                assert!(
                    p.explained_variance[k] <= p.explained_variance[k - 1],
                    "Pca::fit_{name} on wine: explained_variance[{k}] = {} > explained_variance[{}] = {}, want descending",
                    p.explained_variance[k],
                    k - 1,
                    p.explained_variance[k - 1]
                );
            }
            // Canonical signs: the largest-magnitude entry is positive.
            let big = v
                .iter()
                .copied()
                .fold(0.0f64, |a, b| if b.abs() > a.abs() { b } else { a });
            assert!(big > 0.0, "{name}: component {k} sign");
        }
    }
}

#[test]
fn transform_and_inverse_transform() {
    let (x, _, _) = linear_problem(40, 4, 0.0, 3);
    let full = Pca::fit_svd(&x, 4).unwrap();
    let z = full.transform(&x).unwrap();
    assert_eq!(z.shape(), (40, 4), "Pca::transform (40×4, k = 4): shape");
    let back = full.inverse_transform(&z).unwrap();
    assert!(
        approx::relative_eq!(back, x, epsilon = 1e-12),
        "Pca::fit_svd(40×4, k = 4): inverse_transform(transform(x)) = x: got {}, want {} (relative_eq, epsilon = 1e-12)",
        back,
        x
    );
    // The scores' variances are the explained variances, and they are uncorrelated.
    let zc = naive_matmul(&naive_transpose(&z), &z).map(|v| v / 39.0);
    for i in 0..4 {
        for j in 0..4 {
            let expect = if i == j {
                full.explained_variance[i]
            } else {
                0.0
            };
            assert!(
                (zc[(i, j)] - expect).abs() < 1e-12,
                "score covariance [{i}][{j}]"
            );
        }
    }
    // Dropping components: the squared reconstruction error is (n − 1)·(dropped variances).
    let two = Pca::fit_eigen(&x, 2).unwrap();
    let approx2 = two.inverse_transform(&two.transform(&x).unwrap()).unwrap();
    let err: f64 = x
        .as_slice()
        .iter()
        .zip(approx2.as_slice())
        .map(|(a, b)| (a - b) * (a - b))
        .sum();
    let dropped = 39.0 * (full.explained_variance[2] + full.explained_variance[3]);
    assert!((err - dropped).abs() < 1e-9 * dropped, "{err} vs {dropped}");
}

#[test]
fn errors() {
    let x = matrix![[1.0, 2.0], [3.0, 5.0], [4.0, 4.0]];
    assert!(
        Pca::fit_eigen(&x, 0).is_err(),
        "Pca::fit_eigen with k = 0: got {:?}, want an error",
        Pca::fit_eigen(&x, 0)
    );
    assert!(
        Pca::fit_svd(&x, 3).is_err(),
        "Pca::fit_svd with k = 3 for 2 features: got {:?}, want an error",
        Pca::fit_svd(&x, 3)
    );
    assert!(
        Pca::fit_svd(&matrix![[1.0, 2.0]], 1).is_err(),
        "Pca::fit_svd on a single sample: got {:?}, want an error",
        Pca::fit_svd(&matrix![[1.0, 2.0]], 1)
    );
    assert!(
        Pca::fit_eigen(&matrix![[1.0, f64::NAN], [1.0, 2.0]], 1).is_err(),
        "Pca::fit_eigen with a NaN: got {:?}, want an error",
        Pca::fit_eigen(&matrix![[1.0, f64::NAN], [1.0, 2.0]], 1)
    );
    let p = Pca::fit_svd(&x, 1).unwrap();
    assert!(
        p.transform(&matrix![[1.0]]).is_err(),
        "Pca::transform with 1 column for a 2-feature PCA: got {:?}, want an error",
        p.transform(&matrix![[1.0]])
    );
    assert!(
        p.inverse_transform(&matrix![[1.0, 2.0]]).is_err(),
        "Pca::inverse_transform with 2 scores for k = 1: got {:?}, want an error",
        p.inverse_transform(&matrix![[1.0, 2.0]])
    );
}

#[test]
fn ratios_are_fractions_of_the_total_variance_of_all_directions() {
    // Keeping k < d components must not renormalise the ratios to the kept ones: they are
    // fractions of trace(C), so the first two of iris sum to 0.9777, not to 1.
    let iris = load("iris").unwrap();
    for (name, p) in [
        ("fit_eigen", Pca::fit_eigen(&iris.features, 2).unwrap()),
        ("fit_svd", Pca::fit_svd(&iris.features, 2).unwrap()),
    ] {
        for k in 0..2 {
            let r = p.explained_variance_ratio[k];
            assert!(
                (r - IRIS_RATIO[k]).abs() < 1e-6,
                "Pca::{name}(iris, k = 2): explained_variance_ratio[{k}] = {r}, want {} \
                 (variance over the total of all 4 directions)",
                IRIS_RATIO[k]
            );
        }
    }
}
