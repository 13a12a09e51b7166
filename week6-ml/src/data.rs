//! Loading the course's data sets (given code): a small CSV reader, the [`Dataset`] type, and
//! the loader's error type [`DataError`].
//!
//! The files in `week6-ml/data/` are plain CSV: one header row of column names, then one row per
//! sample, the features first and the target last, every field a number. No quoting, no missing
//! values. A file without the header row (its first line all numbers) is refused, and a UTF-8
//! byte-order mark at the start is dropped. The reader is strict: a file that breaks these rules is refused with a message naming
//! the file, the line (1-based, the header is line 1) and the column (1-based), so you can open
//! the file and look.
//!
//! Errors have their own type, [`DataError`], because "line 7, column 3 of `iris.csv` is `abc`"
//! is not a linear-algebra error. It converts into [`LinalgError::InvalidArgument`] (with the same
//! text) so that `?` works in functions returning the course's [`Result`].

use std::fmt;
use std::path::{Path, PathBuf};
use week1_vectors::{LinalgError, Matrix, Result, Vector};

/// What can go wrong when reading a data file.
#[derive(Debug, Clone, PartialEq)]
pub enum DataError {
    /// The file could not be read (missing, a directory, no permission).
    Io {
        /// The path as given.
        path: String,
        /// The operating system's message.
        message: String,
    },
    /// The file has no header, or no data rows.
    Empty {
        /// The path as given.
        path: String,
        /// What is missing.
        what: &'static str,
    },
    /// The first line is a row of numbers, not a header: the file has no header row, and taking
    /// its first sample for column names would silently lose it.
    MissingHeader {
        /// The path as given.
        path: String,
        /// 1-based line number of that first line.
        line: usize,
        /// The line (trimmed).
        text: String,
    },
    /// The header has fewer than two columns (at least one feature and the target are needed).
    TooFewColumns {
        /// The path as given.
        path: String,
        /// Columns in the header.
        found: usize,
    },
    /// A row has a different number of fields than the header.
    Ragged {
        /// The path as given.
        path: String,
        /// 1-based line number (the header is line 1).
        line: usize,
        /// Fields in the header.
        expected: usize,
        /// Fields in this row.
        found: usize,
    },
    /// A field is not a finite number.
    NotANumber {
        /// The path as given.
        path: String,
        /// 1-based line number (the header is line 1).
        line: usize,
        /// 1-based column number.
        column: usize,
        /// The column's name from the header.
        name: String,
        /// The offending text (trimmed).
        text: String,
    },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Io { path, message } => write!(f, "{path}: cannot read the file: {message}"),
            DataError::Empty { path, what } => write!(f, "{path}: the file has no {what}"),
            DataError::MissingHeader { path, line, text } => write!(
                f,
                "{path}:{line}: `{text}` is a row of numbers, not a header: the first line must name \
                 the columns (the features, then the target)"
            ),
            DataError::TooFewColumns { path, found } => write!(
                f,
                "{path}:1: the header has {found} column(s); at least one feature and the target are needed"
            ),
            DataError::Ragged {
                path,
                line,
                expected,
                found,
            } => write!(
                f,
                "{path}:{line}: this row has {found} field(s), the header has {expected}"
            ),
            DataError::NotANumber {
                path,
                line,
                column,
                name,
                text,
            } => write!(
                f,
                "{path}:{line}:{column}: `{text}` in column `{name}` is not a finite number"
            ),
        }
    }
}

impl std::error::Error for DataError {}

impl From<DataError> for LinalgError {
    fn from(e: DataError) -> Self {
        LinalgError::InvalidArgument {
            op: "load_csv",
            reason: e.to_string(),
        }
    }
}

/// A data set: one row of `features` per sample, its target, and the column names.
///
/// For classification data sets the targets are class indices stored as `f64` (0.0, 1.0, …);
/// [`Dataset::labels`] turns them into `usize`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// `n_samples × n_features`, row-major, one sample a row.
    pub features: Matrix,
    /// `n_samples` targets.
    pub targets: Vector,
    /// The names of the feature columns, from the header.
    pub feature_names: Vec<String>,
    /// The name of the target column (the header's last field).
    pub target_name: String,
}

impl Dataset {
    /// Number of samples (rows).
    pub fn n_samples(&self) -> usize {
        self.features.rows()
    }

    /// Number of features (columns of `features`).
    pub fn n_features(&self) -> usize {
        self.features.cols()
    }

    /// The targets as class labels `0, 1, …`.
    ///
    /// # Errors
    /// [`LinalgError::InvalidArgument`] naming the first row whose target is not a non-negative
    /// whole number.
    ///
    /// ```
    /// # use week6_ml::data::parse_csv;
    /// let d = parse_csv("t.csv", "x,class\n0.5,1\n0.7,0\n").unwrap();
    /// assert_eq!(d.labels().unwrap(), vec![1, 0]);
    /// ```
    pub fn labels(&self) -> Result<Vec<usize>> {
        to_labels(&self.targets)
    }

    /// The number of classes, `1 + max label` (0 for an empty data set).
    ///
    /// # Errors
    /// As [`Dataset::labels`].
    pub fn n_classes(&self) -> Result<usize> {
        Ok(self.labels()?.iter().max().map_or(0, |m| m + 1))
    }

    /// The samples at `rows`, in that order (rows may repeat).
    ///
    /// # Panics
    /// If a row index is out of range.
    pub fn subset(&self, rows: &[usize]) -> Dataset {
        Dataset {
            features: select_rows(&self.features, rows),
            targets: rows.iter().map(|&i| self.targets[i]).collect(),
            feature_names: self.feature_names.clone(),
            target_name: self.target_name.clone(),
        }
    }
}

/// Converts targets stored as `f64` to class labels.
///
/// # Errors
/// [`LinalgError::InvalidArgument`] naming the first entry that is not a non-negative whole
/// number (NaN included).
///
/// ```
/// # use week6_ml::data::to_labels;
/// # use week1_vectors::vector;
/// assert_eq!(to_labels(&vector![2.0, 0.0]).unwrap(), vec![2, 0]);
/// assert!(to_labels(&vector![0.5]).is_err());
/// ```
pub fn to_labels(targets: &Vector) -> Result<Vec<usize>> {
    targets
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            if t >= 0.0 && t.fract() == 0.0 && t < 1e9 {
                Ok(t as usize)
            } else {
                Err(LinalgError::InvalidArgument {
                    op: "to_labels",
                    reason: format!("target {i} is {t}, not a class label 0, 1, 2, …"),
                })
            }
        })
        .collect()
}

/// The rows `rows` of `x`, in that order, as a new `rows.len() × x.cols()` matrix.
///
/// # Panics
/// If a row index is out of range (naming it).
///
/// ```
/// # use week6_ml::data::select_rows;
/// # use week1_vectors::matrix;
/// let x = matrix![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
/// assert_eq!(select_rows(&x, &[2, 0]), matrix![[5.0, 6.0], [1.0, 2.0]]);
/// ```
pub fn select_rows(x: &Matrix, rows: &[usize]) -> Matrix {
    let n = x.cols();
    let mut data = Vec::with_capacity(rows.len() * n);
    for &i in rows {
        assert!(
            i < x.rows(),
            "select_rows: row {i} out of range for a matrix with {} rows",
            x.rows()
        );
        data.extend_from_slice(x.row(i));
    }
    Matrix::new(rows.len(), n, data).expect("select_rows: the shape is right by construction")
}

/// The folder holding the course's CSV files: `week6-ml/data`, found from this crate's manifest
/// directory at compile time, so it works from any working directory.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Loads one of the course's data sets by name: `"iris"`, `"diabetes"`, `"breast_cancer"`,
/// `"wine"` or `"digits"` (the file `data/<name>.csv`).
///
/// # Errors
/// As [`load_csv`].
///
/// ```
/// let iris = week6_ml::data::load("iris").unwrap();
/// assert_eq!((iris.n_samples(), iris.n_features()), (150, 4));
/// assert_eq!(iris.n_classes().unwrap(), 3);
/// ```
pub fn load(name: &str) -> std::result::Result<Dataset, DataError> {
    load_csv(data_dir().join(format!("{name}.csv")))
}

/// Reads a CSV file: a header, then rows of numbers; the last column is the target.
///
/// # Errors
/// [`DataError::Io`] if the file cannot be read; otherwise as [`parse_csv`]. Every message
/// starts with the path.
///
/// ```
/// # use week6_ml::data::load_csv;
/// let e = load_csv("no/such/file.csv").unwrap_err();
/// assert!(e.to_string().starts_with("no/such/file.csv: cannot read the file"));
/// ```
pub fn load_csv(path: impl AsRef<Path>) -> std::result::Result<Dataset, DataError> {
    let path = path.as_ref();
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| DataError::Io {
        path: shown.clone(),
        message: e.to_string(),
    })?;
    parse_csv(&shown, &text)
}

/// Parses CSV text (what [`load_csv`] reads); `path` is only used in error messages.
///
/// Fields are separated by commas and trimmed; blank lines are skipped (but still counted, so
/// line numbers match an editor's); `\r\n` line ends are fine, and so is a UTF-8 byte-order
/// mark (`U+FEFF`, which spreadsheet programs write at the start of a file): it is dropped, not
/// kept in the first column's name. Every field after the header must parse as a finite `f64`
/// (`nan` and `inf` are refused).
///
/// **The header is required.** A first line whose fields all parse as numbers is a data row, not
/// a header: it is refused with [`DataError::MissingHeader`] rather than silently turned into
/// column names (which would lose the first sample and name the columns `5.1`, `3.5`, …).
///
/// # Errors
/// [`DataError::Empty`] (no header or no rows), [`DataError::MissingHeader`],
/// [`DataError::TooFewColumns`], [`DataError::Ragged`], [`DataError::NotANumber`] — each naming
/// the line and column.
///
/// ```
/// # use week6_ml::data::parse_csv;
/// let d = parse_csv("t.csv", "a,b,y\n1,2,3\n4,5,6\n").unwrap();
/// assert_eq!(d.features.shape(), (2, 2));
/// assert_eq!(d.targets.as_slice(), &[3.0, 6.0]);
/// let e = parse_csv("t.csv", "a,b,y\n1,2,3\n4,x,6\n").unwrap_err();
/// assert_eq!(e.to_string(), "t.csv:3:2: `x` in column `b` is not a finite number");
/// // No header: refused, not swallowed. A byte-order mark: dropped.
/// assert!(parse_csv("t.csv", "1,2,3\n4,5,6\n").is_err());
/// let d = parse_csv("t.csv", "\u{feff}a,b,y\n1,2,3\n").unwrap();
/// assert_eq!(d.feature_names[0], "a");
/// ```
pub fn parse_csv(path: &str, text: &str) -> std::result::Result<Dataset, DataError> {
    // A UTF-8 byte-order mark is not part of the first column's name.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    let Some((header_line, header)) = lines.next() else {
        return Err(DataError::Empty {
            path: path.into(),
            what: "header",
        });
    };
    let names: Vec<String> = header.split(',').map(|s| s.trim().to_string()).collect();
    if names.iter().all(|name| name.parse::<f64>().is_ok()) {
        return Err(DataError::MissingHeader {
            path: path.into(),
            line: header_line,
            text: header.to_string(),
        });
    }
    let width = names.len();
    if width < 2 {
        return Err(DataError::TooFewColumns {
            path: path.into(),
            found: width,
        });
    }
    let mut data = Vec::new();
    let mut targets = Vec::new();
    let mut rows = 0;
    for (line, text) in lines {
        let fields: Vec<&str> = text.split(',').map(str::trim).collect();
        if fields.len() != width {
            return Err(DataError::Ragged {
                path: path.into(),
                line,
                expected: width,
                found: fields.len(),
            });
        }
        for (c, field) in fields.iter().enumerate() {
            let value = field
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| DataError::NotANumber {
                    path: path.into(),
                    line,
                    column: c + 1,
                    name: names[c].clone(),
                    text: field.to_string(),
                })?;
            if c + 1 == width {
                targets.push(value);
            } else {
                data.push(value);
            }
        }
        rows += 1;
    }
    if rows == 0 {
        return Err(DataError::Empty {
            path: path.into(),
            what: "data rows",
        });
    }
    let target_name = names[width - 1].clone();
    let mut feature_names = names;
    feature_names.pop();
    Ok(Dataset {
        features: Matrix::new(rows, width - 1, data)
            .expect("parse_csv: the shape is right by construction"),
        targets: Vector::new(targets),
        feature_names,
        target_name,
    })
}
