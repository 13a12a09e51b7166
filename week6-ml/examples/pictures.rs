//! The pictures of week 6's lesson, drawn as SVG files into `week6-ml/pictures/`.
//!
//! ```text
//! cargo xtask example 6 pictures --features pictures                # on the reference
//! cargo run -p week6-ml --example pictures --features pictures      # on your code
//! ```
//!
//! - `learning_curves.svg`: gradient descent on the diabetes least-squares problem (standardised
//!   features and an intercept; loss (1/2n)‖Xw − y‖²): the gap to the optimum, loss − loss*,
//!   after each epoch. Batch runs: plain steps (η = 1/L), momentum (η = 1/L, β = 0.9), momentum
//!   tuned from L and μ, the extreme eigenvalues of XᵀX/n (η = 4/(√L + √μ)²,
//!   β = ((√κ − 1)/(√κ + 1))²), Adam (η = 1); mini-batches of 32: plain (η = 0.5/L) and Adam
//!   (η = 0.5). The straight lines on the log scale are linear convergence: the loss gap,
//!   quadratic in the error, shrinks by about (1 − 1/κ)² per step for plain steps and by about
//!   β ≈ 1 − 4/√κ for tuned momentum (its error by √β ≈ 1 − 2/√κ), after an initial overshoot;
//!   mini-batches stall at the level of their gradient noise; below about 1e-11 the gap is
//!   rounding (ε·loss*).
//! - `ridge_path.svg`: the ten ridge coefficients of the diabetes regression (standardised
//!   features, centred target) as λ grows from 10⁻² to 10⁵: from least squares on the left to 0
//!   on the right, the unstable directions (the correlated s1, s2) shrinking first.
//! - `pca_iris.svg`, `pca_digits.svg`: the data projected on its first two principal components
//!   (PCA by the SVD of the centred data), each sample coloured by its class.

use plotters::prelude::*;
use std::path::{Path, PathBuf};
use week1_vectors::plot::{chart_builder, draw_svg, legend, line, pictures_dir, sci, whole};
use week1_vectors::{Matrix, Result, Vector};
use week6_ml::data::load;
use week6_ml::linear::{add_intercept, least_squares_qr, ridge_svd};
use week6_ml::optim::{Adam, Momentum, Optimizer, Sgd};
use week6_ml::pca::Pca;
use week6_ml::preprocessing::StandardScaler;
use week6_ml::train::{LeastSquares, Objective, TrainConfig, lipschitz_constant, minimize};

/// Ten colours that stay apart (Tableau 10).
const PALETTE: [RGBColor; 10] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];

fn learning_curves(dir: &Path) -> Result<PathBuf> {
    let d = load("diabetes").expect("data/diabetes.csv");
    let x = add_intercept(&StandardScaler::fit(&d.features)?.transform(&d.features)?);
    let y = &d.targets;
    let obj = LeastSquares::new(&x, y)?;
    let best = obj.loss(&least_squares_qr(&x, y)?)?;
    let l = lipschitz_constant(&x)?;
    // The Hessian XᵀX/n: its extreme eigenvalues L and μ give the tuned momentum parameters.
    let n = x.rows() as f64;
    let h = week2_matmul::matmul(&week2_matmul::transpose(&x), &x)?.map(|v| v / n);
    let eig = week5_svd_eigen::symmetric_eigen(&h)?;
    let mu = eig.values[eig.values.len() - 1];
    let kappa_sqrt = (l / mu).sqrt();
    let beta = ((kappa_sqrt - 1.0) / (kappa_sqrt + 1.0)).powi(2);
    let tuned = format!("momentum, tuned (β = {beta:.3})");
    let epochs = 400;
    let batch = TrainConfig {
        epochs,
        batch_size: None,
        seed: 0,
        tol: 0.0,
    };
    let mini = TrainConfig {
        epochs,
        batch_size: Some(32),
        seed: 7,
        tol: 0.0,
    };
    let runs: Vec<(&str, Box<dyn Optimizer>, &TrainConfig)> = vec![
        ("plain, η = 1/L", Box::new(Sgd::new(1.0 / l)), &batch),
        (
            "momentum β = 0.9",
            Box::new(Momentum::new(1.0 / l, 0.9)),
            &batch,
        ),
        (
            tuned.as_str(),
            Box::new(Momentum::new(4.0 / (l.sqrt() + mu.sqrt()).powi(2), beta)),
            &batch,
        ),
        ("Adam, η = 1", Box::new(Adam::new(1.0)), &batch),
        ("mini-batch 32, plain", Box::new(Sgd::new(0.5 / l)), &mini),
        ("mini-batch 32, Adam", Box::new(Adam::new(0.5)), &mini),
    ];
    let mut curves = Vec::new();
    for (name, mut opt, cfg) in runs {
        let r = minimize(&obj, Vector::zeros(x.cols()), opt.as_mut(), cfg)?;
        let pts: Vec<(f64, f64)> = r
            .losses
            .iter()
            .enumerate()
            // Below about 1e-11 the gap is rounding noise (ε·loss* ≈ 3e-13): draw it at 1e-11.
            .map(|(e, &loss)| (e as f64, (loss - best).max(1e-11)))
            .collect();
        curves.push((name, pts));
    }
    let path = dir.join("learning_curves.svg");
    draw_svg(&path, (820, 520), |root| {
        let mut chart = chart_builder(
            root,
            "Gradient descent on diabetes least squares: the gap to the optimum per epoch",
            18,
            (40, 64),
        )
        .build_cartesian_2d(0f64..epochs as f64, (1e-11f64..1e5f64).log_scale())
        .expect("chart");
        chart
            .configure_mesh()
            .x_desc("epoch")
            .x_label_formatter(&whole)
            .y_desc("loss − loss* (log scale)")
            .y_labels(10)
            .y_label_formatter(&sci)
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        for (i, (name, pts)) in curves.into_iter().enumerate() {
            line(&mut chart, &pts, PALETTE[i].stroke_width(2), name);
        }
        legend(&mut chart, SeriesLabelPosition::LowerLeft);
    });
    Ok(path)
}

fn ridge_path(dir: &Path) -> Result<PathBuf> {
    let d = load("diabetes").expect("data/diabetes.csv");
    let x = StandardScaler::fit(&d.features)?.transform(&d.features)?;
    let mean = d.targets.iter().sum::<f64>() / d.targets.len() as f64;
    let y: Vector = d.targets.iter().map(|v| v - mean).collect();
    let lambdas: Vec<f64> = (0..=70)
        .map(|k| 10f64.powf(-2.0 + k as f64 / 10.0))
        .collect();
    let mut paths: Vec<Vec<(f64, f64)>> = vec![Vec::new(); x.cols()];
    for &lambda in &lambdas {
        let w = ridge_svd(&x, &y, lambda)?;
        for (j, p) in paths.iter_mut().enumerate() {
            p.push((lambda, w[j]));
        }
    }
    let (lo, hi) = paths
        .iter()
        .flatten()
        .fold((0f64, 0f64), |(lo, hi), &(_, w)| (lo.min(w), hi.max(w)));
    let path = dir.join("ridge_path.svg");
    draw_svg(&path, (820, 540), |root| {
        let mut chart = chart_builder(
            root,
            "The ridge path on diabetes: min ‖Xw − y‖² + λ‖w‖², coefficients against λ",
            18,
            (40, 60),
        )
        .build_cartesian_2d((1e-2f64..1e5f64).log_scale(), (lo * 1.1)..(hi * 1.1))
        .expect("chart");
        chart
            .configure_mesh()
            .x_desc("λ (log scale)")
            .y_desc("coefficient wⱼ (standardised features)")
            .x_label_formatter(&sci)
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        for (j, pts) in paths.into_iter().enumerate() {
            let style = PALETTE[j % 10].stroke_width(2);
            line(&mut chart, &pts, style, d.feature_names[j].clone());
        }
        legend(&mut chart, SeriesLabelPosition::UpperRight);
    });
    Ok(path)
}

fn pca_scatter(dir: &Path, name: &str, class_names: &[&str]) -> Result<PathBuf> {
    let d = load(name).expect("the data set");
    let pca = Pca::fit_svd(&d.features, 2)?;
    let z: Matrix = pca.transform(&d.features)?;
    let labels = d.labels()?;
    let ratio = &pca.explained_variance_ratio;
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for i in 0..z.rows() {
        x0 = x0.min(z[(i, 0)]);
        x1 = x1.max(z[(i, 0)]);
        y0 = y0.min(z[(i, 1)]);
        y1 = y1.max(z[(i, 1)]);
    }
    let (px, py) = (0.08 * (x1 - x0), 0.08 * (y1 - y0));
    // Headroom above the points for a short legend (upper right), so that it covers none of them.
    let top = if class_names.len() <= 3 {
        0.3 * (y1 - y0)
    } else {
        py
    };
    let path = dir.join(format!("pca_{name}.svg"));
    draw_svg(&path, (760, 560), |root| {
        let caption = format!(
            "PCA of {name} ({} samples, {} features): the first two components",
            d.n_samples(),
            d.n_features()
        );
        let mut chart = chart_builder(root, caption, 18, (40, 56))
            .build_cartesian_2d((x0 - px)..(x1 + px), (y0 - py)..(y1 + top))
            .expect("chart");
        chart
            .configure_mesh()
            .x_desc(format!("PC 1 ({:.1}% of the variance)", 100.0 * ratio[0]))
            .y_desc(format!("PC 2 ({:.1}% of the variance)", 100.0 * ratio[1]))
            .light_line_style(WHITE)
            .draw()
            .expect("axes");
        let size = if d.n_samples() > 500 { 2 } else { 4 };
        for (c, class) in class_names.iter().enumerate() {
            let color = PALETTE[c % 10];
            let pts: Vec<(f64, f64)> = (0..z.rows())
                .filter(|&i| labels[i] == c)
                .map(|i| (z[(i, 0)], z[(i, 1)]))
                .collect();
            chart
                .draw_series(
                    pts.into_iter()
                        .map(move |p| Circle::new(p, size, color.mix(0.75).filled())),
                )
                .expect("points")
                .label(*class)
                .legend(move |(x, y)| Circle::new((x + 10, y), 4, color.filled()));
        }
        legend(&mut chart, SeriesLabelPosition::UpperRight);
    });
    Ok(path)
}

fn main() -> Result<()> {
    let dir = pictures_dir("week6-ml", env!("CARGO_MANIFEST_DIR"));
    let digits: Vec<String> = (0..10).map(|d| format!("digit {d}")).collect();
    let digit_names: Vec<&str> = digits.iter().map(String::as_str).collect();
    for path in [
        learning_curves(&dir)?,
        ridge_path(&dir)?,
        pca_scatter(&dir, "iris", &["setosa", "versicolor", "virginica"])?,
        pca_scatter(&dir, "digits", &digit_names)?,
    ] {
        println!("wrote {}", path.display());
    }
    Ok(())
}
