//! Points for hidden tests, and the grader's proof that a test really finished.
//!
//! Every hidden test starts with `let _points = points(N);`. The week's hidden tests total 100.
//! Outside the grader this does nothing else. Under `cargo xtask grade`, the grader writes a
//! secret token on the test's standard input; `points` reads it *before* any of your code runs,
//! and the guard prints it only when the test body returns without panicking. A test that exits
//! early (`std::process::exit(0)`), aborts, or prints fake harness output never shows the token,
//! so it cannot pass.

use std::io::{BufRead, Write};

/// The environment variable that tells [`points`] to read the grader's token from stdin.
pub const TOKEN_ENV: &str = "COURSE_GRADE_TOKEN_ON_STDIN";

/// The line prefix the guard prints on success, followed by the token.
pub const PASS_PREFIX: &str = "course-grade-pass:";

/// The guard returned by [`points`]; keep it alive for the whole test (`let _points = …`).
#[derive(Debug)]
pub struct Points {
    value: u32,
    token: Option<String>,
}

impl Points {
    /// The points this test is worth.
    pub fn value(&self) -> u32 {
        self.value
    }
}

/// Declares that the current hidden test is worth `value` points (see the module docs).
///
/// ```
/// # use week1_vectors::testing::points;
/// let _points = points(5);
/// assert_eq!(_points.value(), 5);
/// ```
pub fn points(value: u32) -> Points {
    let token = std::env::var_os(TOKEN_ENV).map(|_| {
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        line.trim().to_string()
    });
    Points { value, token }
}

impl Drop for Points {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(token) = &self.token {
            // Written straight to the process's stdout, past the test harness's capture.
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "\n{PASS_PREFIX}{token}");
            let _ = out.flush();
        }
    }
}
