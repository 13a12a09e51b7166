//! xtask's one error type: what failed, on which file, and why.
//!
//! Every message is phrased for the person at the terminal (`main` prints `error: {e}`), so
//! [`Error`]'s `Display` is the whole message: `reading week1-vectors/src/dot.rs: No such file
//! or directory (os error 2)`. An I/O error never becomes an [`Error`] without the operation and
//! the path — there is no `From<io::Error>`; [`Context::op`] (on an `io::Result`) and the
//! [`fs`] wrappers add them. Modules not yet converted return `Result<_, String>`; `?` crosses
//! between the two both ways (`From<String> for Error`, `From<Error> for String`).
//!
//! ```
//! use xtask::error::{Context, Error};
//! let e = std::fs::read("/no/such/file").op("reading", "/no/such/file").unwrap_err();
//! assert!(e.to_string().starts_with("reading /no/such/file: "));
//! assert!(matches!(e, Error::Io { op: "reading", .. }));
//! ```

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// What went wrong.
#[derive(Debug)]
pub enum Error {
    /// A file-system operation on `path` failed: `{op} {path}: {source}`.
    Io {
        /// What was being done, as a gerund: `reading`, `writing`, `creating`, `removing`.
        op: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    /// A file's contents could not be understood: `{path}: {message}`.
    Parse { path: PathBuf, message: String },
    /// Anything else, already phrased for the user (a refusal, a failed check, cargo's output).
    Msg(String),
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { op, path, source } => write!(f, "{op} {}: {source}", path.display()),
            Error::Parse { path, message } => write!(f, "{}: {message}", path.display()),
            Error::Msg(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Parse { .. } | Error::Msg(_) => None,
        }
    }
}

impl Error {
    /// A message error.
    pub fn msg(m: impl Into<String>) -> Error {
        Error::Msg(m.into())
    }
}

impl From<String> for Error {
    fn from(m: String) -> Error {
        Error::Msg(m)
    }
}

impl From<&str> for Error {
    fn from(m: &str) -> Error {
        Error::Msg(m.to_string())
    }
}

impl From<crate::course::WeekError> for Error {
    fn from(e: crate::course::WeekError) -> Error {
        Error::Msg(e.to_string())
    }
}

impl From<crate::markers::MarkerError> for Error {
    fn from(e: crate::markers::MarkerError) -> Error {
        Error::Msg(e.to_string())
    }
}

impl From<Error> for String {
    fn from(e: Error) -> String {
        e.to_string()
    }
}

/// Adds the operation and the path to an I/O error.
pub trait Context<T> {
    /// `std::fs::read(&p).op("reading", &p)`.
    fn op(self, op: &'static str, path: impl AsRef<Path>) -> Result<T>;
}

impl<T> Context<T> for io::Result<T> {
    fn op(self, op: &'static str, path: impl AsRef<Path>) -> Result<T> {
        self.map_err(|source| Error::Io {
            op,
            path: path.as_ref().to_path_buf(),
            source,
        })
    }
}

/// `std::fs` with the operation and the path in every error.
pub mod fs {
    use super::{Context, Result};
    use std::path::{Path, PathBuf};

    pub fn read(path: impl AsRef<Path>) -> Result<Vec<u8>> {
        std::fs::read(&path).op("reading", path)
    }
    pub fn read_to_string(path: impl AsRef<Path>) -> Result<String> {
        std::fs::read_to_string(&path).op("reading", path)
    }
    pub fn write(path: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> Result<()> {
        std::fs::write(&path, contents).op("writing", path)
    }
    pub fn create_dir_all(path: impl AsRef<Path>) -> Result<()> {
        std::fs::create_dir_all(&path).op("creating", path)
    }
    pub fn remove_file(path: impl AsRef<Path>) -> Result<()> {
        std::fs::remove_file(&path).op("removing", path)
    }
    /// [`crate::project::walk`]: the files below `dir`, relative to it.
    pub fn walk(dir: impl AsRef<Path>) -> Result<Vec<PathBuf>> {
        crate::project::walk(dir.as_ref()).op("reading", dir)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_name_the_operation_and_the_path() {
        let e = fs::read_to_string("/no/such/dir/x.rs").unwrap_err();
        let shown = e.to_string();
        assert!(
            shown.starts_with("reading /no/such/dir/x.rs: ") && shown.contains("No such file"),
            "reading a missing file: {shown}"
        );
        assert!(
            std::error::Error::source(&e).is_some(),
            "the io::Error is kept as the source of {shown}"
        );
    }

    #[test]
    fn messages_cross_to_and_from_strings_unchanged() {
        let e: Error = "stubs: no solutions/".into();
        assert_eq!(
            e.to_string(),
            "stubs: no solutions/",
            "a message error's text"
        );
        let s: String = Error::Parse {
            path: "w/exercises.toml".into(),
            message: "no [[exercise]]".into(),
        }
        .into();
        assert_eq!(
            s, "w/exercises.toml: no [[exercise]]",
            "a parse error as a String"
        );
    }
}
