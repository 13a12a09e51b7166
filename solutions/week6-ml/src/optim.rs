//! Optimisers: the update rule of gradient descent, behind one trait.
//!
//! Training a model is `θ ← update(θ, ∇L(θ))`, repeated. What differs between plain gradient
//! descent, momentum and Adam is only the update rule (and the state it keeps), so the training
//! loop ([`crate::train::minimize`]) takes any [`Optimizer`].
//!
//! Every optimiser keeps its state (velocity, moment estimates) sized to the parameters on the
//! first call of [`Optimizer::step`]; call [`Optimizer::reset`] before reusing it on another
//! problem.

use week1_vectors::{LinalgError, Result, Vector};

/// One update rule of gradient descent.
pub trait Optimizer {
    /// Updates `params` in place, given the gradient `grad` of the loss at `params`.
    ///
    /// # Errors
    /// [`LinalgError::LengthMismatch`] if `grad.len() != params.len()`, or if the parameters have
    /// a different length than in earlier steps (call [`Optimizer::reset`] first);
    /// [`LinalgError::InvalidArgument`] if a hyper-parameter is out of range (named in the text).
    fn step(&mut self, params: &mut Vector, grad: &Vector) -> Result<()>;

    /// Forgets the state (velocity, moments, step count).
    fn reset(&mut self);

    /// A short name for reports, e.g. `"adam"`.
    fn name(&self) -> &'static str;
}

/// Plain gradient descent: `θ ← θ − η ∇L`.
///
/// The step size `η` (the learning rate) must be below `2/L`, where `L` is the largest
/// eigenvalue of the Hessian, or the iteration diverges (see the README).
#[derive(Debug, Clone, PartialEq)]
pub struct Sgd {
    /// The learning rate `η > 0`.
    pub lr: f64,
}

impl Sgd {
    /// Plain gradient descent with learning rate `lr`.
    pub fn new(lr: f64) -> Sgd {
        Sgd { lr }
    }
}

/// Gradient descent with (heavy-ball) momentum: `v ← βv + ∇L`, `θ ← θ − ηv`.
///
/// `v` is a running sum of past gradients: along a consistent direction the steps grow to
/// `η/(1 − β)`, across a narrow valley the oscillating components cancel. With `β = 0` this is
/// [`Sgd`].
#[derive(Debug, Clone, PartialEq)]
pub struct Momentum {
    /// The learning rate `η > 0`.
    pub lr: f64,
    /// The momentum `β ∈ [0, 1)`, typically 0.9.
    pub beta: f64,
    /// The velocity `v` (empty until the first step).
    pub velocity: Vector,
}

impl Momentum {
    /// Momentum with learning rate `lr` and momentum `beta`.
    pub fn new(lr: f64, beta: f64) -> Momentum {
        Momentum {
            lr,
            beta,
            velocity: Vector::zeros(0),
        }
    }
}

/// Adam (Kingma & Ba, 2015): per-parameter step sizes from running moment estimates.
///
/// With `t` the step count (starting at 1) and `g = ∇L`:
/// ```text
/// m ← β₁m + (1 − β₁)g          v ← β₂v + (1 − β₂)g²   (entrywise)
/// m̂ = m / (1 − β₁ᵗ)            v̂ = v / (1 − β₂ᵗ)      (bias correction: m, v start at 0)
/// θ ← θ − η m̂ / (√v̂ + ε)
/// ```
/// Each parameter moves by about `η` per step whatever the scale of its gradient, which makes
/// Adam forgiving of badly scaled problems.
#[derive(Debug, Clone, PartialEq)]
pub struct Adam {
    /// The learning rate `η > 0`, typically 1e-3 to 1e-1.
    pub lr: f64,
    /// First-moment decay `β₁ ∈ [0, 1)`, typically 0.9.
    pub beta1: f64,
    /// Second-moment decay `β₂ ∈ [0, 1)`, typically 0.999.
    pub beta2: f64,
    /// `ε > 0` in the denominator, typically 1e-8.
    pub eps: f64,
    /// The first moment `m` (empty until the first step).
    pub m: Vector,
    /// The second moment `v` (empty until the first step).
    pub v: Vector,
    /// Steps taken.
    pub t: u32,
}

impl Adam {
    /// Adam with learning rate `lr` and the usual `β₁ = 0.9`, `β₂ = 0.999`, `ε = 1e-8`.
    pub fn new(lr: f64) -> Adam {
        Adam {
            lr,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            m: Vector::zeros(0),
            v: Vector::zeros(0),
            t: 0,
        }
    }
}

// BEGIN SOLUTION-ONLY
fn check_step(op: &'static str, params: &Vector, grad: &Vector, lr: f64) -> Result<()> {
    if params.len() != grad.len() {
        return Err(LinalgError::LengthMismatch {
            op,
            left: params.len(),
            right: grad.len(),
        });
    }
    if !(lr > 0.0 && lr.is_finite()) {
        return Err(LinalgError::InvalidArgument {
            op,
            reason: format!("learning rate {lr} must be finite and > 0"),
        });
    }
    Ok(())
}

fn check_beta(op: &'static str, name: &str, beta: f64) -> Result<()> {
    if (0.0..1.0).contains(&beta) {
        Ok(())
    } else {
        Err(LinalgError::InvalidArgument {
            op,
            reason: format!("{name} = {beta} must be in [0, 1)"),
        })
    }
}

/// Sizes a state vector on first use; afterwards its length must match.
fn ensure_state(op: &'static str, state: &mut Vector, n: usize) -> Result<()> {
    if state.is_empty() && n > 0 {
        *state = Vector::zeros(n);
    }
    if state.len() != n {
        return Err(LinalgError::LengthMismatch {
            op,
            left: n,
            right: state.len(),
        });
    }
    Ok(())
}
// END SOLUTION-ONLY

impl Optimizer for Sgd {
    /// `θ ← θ − η g`.
    ///
    /// ```
    /// # use week6_ml::optim::{Optimizer, Sgd};
    /// # use week1_vectors::vector;
    /// let mut p = vector![1.0, 2.0];
    /// Sgd::new(0.5).step(&mut p, &vector![2.0, -2.0]).unwrap();
    /// assert_eq!(p, vector![0.0, 3.0]);
    /// ```
    fn step(&mut self, params: &mut Vector, grad: &Vector) -> Result<()> {
        // BEGIN SOLUTION
        check_step("Sgd::step", params, grad, self.lr)?;
        for (p, g) in params.iter_mut().zip(grad.iter()) {
            *p -= self.lr * g;
        }
        Ok(())
        // END SOLUTION
    }

    fn reset(&mut self) {}

    fn name(&self) -> &'static str {
        "sgd"
    }
}

impl Optimizer for Momentum {
    /// `v ← βv + g`, `θ ← θ − ηv`.
    ///
    /// ```
    /// # use week6_ml::optim::{Momentum, Optimizer};
    /// # use week1_vectors::vector;
    /// let mut opt = Momentum::new(0.1, 0.5);
    /// let mut p = vector![0.0];
    /// opt.step(&mut p, &vector![1.0]).unwrap(); // v = 1,   θ = −0.1
    /// opt.step(&mut p, &vector![1.0]).unwrap(); // v = 1.5, θ = −0.25
    /// assert!((p[0] + 0.25).abs() < 1e-15);
    /// ```
    fn step(&mut self, params: &mut Vector, grad: &Vector) -> Result<()> {
        // BEGIN SOLUTION
        let op = "Momentum::step";
        check_step(op, params, grad, self.lr)?;
        check_beta(op, "beta", self.beta)?;
        ensure_state(op, &mut self.velocity, params.len())?;
        for ((p, v), g) in params
            .iter_mut()
            .zip(self.velocity.iter_mut())
            .zip(grad.iter())
        {
            *v = self.beta * *v + g;
            *p -= self.lr * *v;
        }
        Ok(())
        // END SOLUTION
    }

    fn reset(&mut self) {
        self.velocity = Vector::zeros(0);
    }

    fn name(&self) -> &'static str {
        "momentum"
    }
}

impl Optimizer for Adam {
    /// One Adam step (see [`Adam`]). The first step moves every parameter with a non-zero
    /// gradient by almost exactly `η` (bias correction makes `m̂ = g`, `v̂ = g²`).
    ///
    /// ```
    /// # use week6_ml::optim::{Adam, Optimizer};
    /// # use week1_vectors::vector;
    /// let mut p = vector![1.0, 1.0];
    /// Adam::new(0.1).step(&mut p, &vector![1e3, -1e-3]).unwrap();
    /// assert!((p[0] - 0.9).abs() < 1e-9 && (p[1] - 1.1).abs() < 1e-5);
    /// ```
    fn step(&mut self, params: &mut Vector, grad: &Vector) -> Result<()> {
        // BEGIN SOLUTION
        let op = "Adam::step";
        check_step(op, params, grad, self.lr)?;
        check_beta(op, "beta1", self.beta1)?;
        check_beta(op, "beta2", self.beta2)?;
        if self.eps.is_nan() || self.eps <= 0.0 {
            return Err(LinalgError::InvalidArgument {
                op,
                reason: format!("eps = {} must be > 0", self.eps),
            });
        }
        ensure_state(op, &mut self.m, params.len())?;
        ensure_state(op, &mut self.v, params.len())?;
        self.t += 1;
        let c1 = 1.0 - self.beta1.powi(self.t as i32);
        let c2 = 1.0 - self.beta2.powi(self.t as i32);
        for i in 0..params.len() {
            let g = grad[i];
            self.m[i] = self.beta1 * self.m[i] + (1.0 - self.beta1) * g;
            self.v[i] = self.beta2 * self.v[i] + (1.0 - self.beta2) * g * g;
            let m_hat = self.m[i] / c1;
            let v_hat = self.v[i] / c2;
            params[i] -= self.lr * m_hat / (v_hat.sqrt() + self.eps);
        }
        Ok(())
        // END SOLUTION
    }

    fn reset(&mut self) {
        self.m = Vector::zeros(0);
        self.v = Vector::zeros(0);
        self.t = 0;
    }

    fn name(&self) -> &'static str {
        "adam"
    }
}
