//! [`Complex`]: just enough complex arithmetic to report eigenvalues honestly (given code).
//!
//! A real matrix can have complex eigenvalues: the rotation by θ has `cos θ ± i sin θ`. They
//! come in conjugate pairs `a ± bi`, because the characteristic polynomial has real
//! coefficients. A method that returns only `f64` must either fail on such a matrix or lie;
//! the methods of this week that accept non-symmetric input return [`Complex`] instead.

use approx::{AbsDiffEq, RelativeEq};
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

/// A complex number `re + im·i`.
///
/// ```
/// use week5_svd_eigen::Complex;
/// let z = Complex::new(3.0, 4.0);
/// assert_eq!(z.abs(), 5.0);
/// assert_eq!(z.conj(), Complex::new(3.0, -4.0));
/// assert_eq!(z * z.conj(), Complex::real(25.0));
/// assert_eq!(z.to_string(), "3 + 4i");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

impl Complex {
    /// `re + im·i`.
    pub const fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }

    /// The real number `re` (imaginary part exactly 0).
    pub const fn real(re: f64) -> Self {
        Complex { re, im: 0.0 }
    }

    /// True when the imaginary part is exactly 0.
    pub fn is_real(&self) -> bool {
        self.im == 0.0
    }

    /// True when both parts are finite.
    pub fn is_finite(&self) -> bool {
        self.re.is_finite() && self.im.is_finite()
    }

    /// The modulus `|z| = √(re² + im²)`, without overflow (`f64::hypot`).
    pub fn abs(&self) -> f64 {
        self.re.hypot(self.im)
    }

    /// The argument (angle) in `(−π, π]`.
    pub fn arg(&self) -> f64 {
        self.im.atan2(self.re)
    }

    /// The conjugate `re − im·i`.
    pub fn conj(&self) -> Self {
        Complex::new(self.re, -self.im)
    }

    /// `e^{iθ} = cos θ + i sin θ`.
    pub fn from_polar(r: f64, theta: f64) -> Self {
        let (s, c) = theta.sin_cos();
        Complex::new(r * c, r * s)
    }
}

impl From<f64> for Complex {
    fn from(re: f64) -> Self {
        Complex::real(re)
    }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

impl fmt::Display for Complex {
    /// `3`, `3 + 4i`, `3 - 4i`, `-0.5 + 0.866i`; a precision applies to both parts.
    ///
    /// ```
    /// # use week5_svd_eigen::Complex;
    /// assert_eq!(format!("{:.3}", Complex::new(0.5, -0.8660254)), "0.500 - 0.866i");
    /// assert_eq!(Complex::real(2.0).to_string(), "2");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let part = |x: f64| match f.precision() {
            Some(p) => format!("{x:.p$}"),
            None => format!("{x}"),
        };
        if self.im == 0.0 {
            return f.write_str(&part(self.re));
        }
        let sign = if self.im.is_sign_negative() { '-' } else { '+' };
        write!(f, "{} {sign} {}i", part(self.re), part(self.im.abs()))
    }
}

impl AbsDiffEq for Complex {
    type Epsilon = f64;
    fn default_epsilon() -> f64 {
        f64::default_epsilon()
    }
    /// Both parts within `epsilon`.
    fn abs_diff_eq(&self, other: &Self, epsilon: f64) -> bool {
        self.re.abs_diff_eq(&other.re, epsilon) && self.im.abs_diff_eq(&other.im, epsilon)
    }
}

impl RelativeEq for Complex {
    fn default_max_relative() -> f64 {
        f64::default_max_relative()
    }
    /// `|z − w| ≤ max(epsilon, max_relative · max(|z|, |w|))`: relative to the modulus, so a tiny
    /// imaginary part is compared on the scale of the whole number.
    fn relative_eq(&self, other: &Self, epsilon: f64, max_relative: f64) -> bool {
        let d = (*self - *other).abs();
        d <= epsilon || d <= max_relative * self.abs().max(other.abs())
    }
}
