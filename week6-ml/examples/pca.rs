//! PCA as an eigenproblem: iris by both methods, wine with and without standardisation, digits
//! compressed to a few components.
//!
//! Run: `cargo xtask example 6 pca`.

use week1_vectors::{Matrix, Result};
use week6_ml::data::load;
use week6_ml::pca::Pca;
use week6_ml::preprocessing::StandardScaler;

fn show(v: &week1_vectors::Vector, n: usize) -> String {
    v.iter()
        .take(n)
        .map(|x| format!("{x:.4}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() -> Result<()> {
    let iris = load("iris")?;
    println!("1. iris (150 × 4, raw centimetres)");
    let pe = Pca::fit_eigen(&iris.features, 4)?;
    let ps = Pca::fit_svd(&iris.features, 4)?;
    println!(
        "   eigen: explained variance       [{}]",
        show(&pe.explained_variance, 4)
    );
    println!(
        "   eigen: explained variance ratio [{}]",
        show(&pe.explained_variance_ratio, 4)
    );
    println!(
        "   svd:   explained variance ratio [{}]",
        show(&ps.explained_variance_ratio, 4)
    );
    let diff = pe
        .components
        .as_slice()
        .iter()
        .zip(ps.components.as_slice())
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f64::max);
    println!(
        "   max |component_eigen − component_svd| = {diff:.1e} (same signs by canonical_signs)"
    );
    println!(
        "   first axis: {:?}  (petal length dominates)",
        pe.components
            .row(0)
            .iter()
            .map(|v| (v * 1e4).round() / 1e4)
            .collect::<Vec<_>>()
    );
    let z = pe.transform(&iris.features)?;
    println!("   the first three flowers in the plane of the first two axes:");
    for i in 0..3 {
        println!("      [{:>8.4}, {:>8.4}]", z[(i, 0)], z[(i, 1)]);
    }

    println!("\n2. wine (178 × 13): proline is in the hundreds, hue around 1");
    let wine = load("wine")?;
    let raw = Pca::fit_svd(&wine.features, 3)?;
    let z = StandardScaler::fit(&wine.features)?.transform(&wine.features)?;
    let std = Pca::fit_svd(&z, 3)?;
    println!(
        "   raw:          ratio [{}]",
        show(&raw.explained_variance_ratio, 3)
    );
    println!(
        "   standardised: ratio [{}]",
        show(&std.explained_variance_ratio, 3)
    );
    let (j, w) = raw
        .components
        .row(0)
        .iter()
        .enumerate()
        .fold(
            (0, 0.0),
            |b, (j, &v)| if v.abs() > b.1 { (j, v.abs()) } else { b },
        );
    println!(
        "   raw first axis is {w:.4} along `{}`: PCA found the feature with the largest units",
        wine.feature_names[j]
    );

    println!("\n3. digits (1797 × 64): how many components for how much variance?");
    let digits = load("digits")?;
    let t = std::time::Instant::now();
    let full = Pca::fit_svd(&digits.features, 64)?;
    let svd_secs = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let full_eig = Pca::fit_eigen(&digits.features, 64)?;
    let eig_secs = t.elapsed().as_secs_f64();
    let mut cum = 0.0;
    let mut marks = vec![];
    for (k, r) in full.explained_variance_ratio.iter().enumerate() {
        cum += r;
        if [1, 2, 5, 10, 20, 30, 40].contains(&(k + 1)) {
            marks.push(format!("{}: {cum:.3}", k + 1));
        }
    }
    println!("   cumulative ratio  {}", marks.join("   "));
    println!(
        "   fit_svd {svd_secs:.2} s, fit_eigen {eig_secs:.2} s; largest ratio difference {:.1e}",
        full.explained_variance_ratio
            .iter()
            .zip(full_eig.explained_variance_ratio.iter())
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max)
    );
    for k in [2, 10, 30] {
        let p = Pca::fit_svd(&digits.features, k)?;
        let back = p.inverse_transform(&p.transform(&digits.features)?)?;
        let err: f64 = digits
            .features
            .as_slice()
            .iter()
            .zip(back.as_slice())
            .map(|(a, b)| (a - b) * (a - b))
            .sum::<f64>()
            / digits.features.rows() as f64;
        println!("   k = {k:>2}: mean squared reconstruction error per image {err:>8.2}");
        if k == 10 {
            let img = Matrix::from_fn(8, 8, |i, j| back[(0, 8 * i + j)]);
            let orig = Matrix::from_fn(8, 8, |i, j| digits.features[(0, 8 * i + j)]);
            println!("      the first digit (a 0), original | from 10 components:");
            for i in 0..8 {
                let row = |m: &Matrix| {
                    (0..8)
                        .map(|j| match m[(i, j)] {
                            v if v > 10.0 => '#',
                            v if v > 5.0 => '+',
                            v if v > 2.0 => '.',
                            _ => ' ',
                        })
                        .collect::<String>()
                };
                println!("      {} | {}", row(&orig), row(&img));
            }
        }
    }
    Ok(())
}
