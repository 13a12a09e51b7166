//! Tests of given code: the CSV loader refuses a file without a header row and drops a UTF-8
//! byte-order mark (src/data.rs). They pass on the stubs.
//!
//! Run just these with `cargo test -p week6-ml --test given_csv_header`.

use week6_ml::data::{DataError, load_csv, parse_csv};
use week6_ml::testing::temp_csv;

#[test]
fn a_file_without_a_header_row_is_refused() {
    // Iris without its header: the first sample must not become the column names.
    let text = "5.1,3.5,1.4,0.2,0\n4.9,3.0,1.4,0.2,0\n7.0,3.2,4.7,1.4,1\n";
    let path = temp_csv("no-header.csv", text);
    let shown = path.display().to_string();
    let e = load_csv(&path).unwrap_err();
    assert_eq!(
        e,
        DataError::MissingHeader {
            path: shown.clone(),
            line: 1,
            text: "5.1,3.5,1.4,0.2,0".into()
        },
        "load_csv of a file whose first line is a row of numbers: expected MissingHeader, got {e:?}"
    );
    assert_eq!(
        e.to_string(),
        format!(
            "{shown}:1: `5.1,3.5,1.4,0.2,0` is a row of numbers, not a header: the first line \
             must name the columns (the features, then the target)"
        ),
        "the message names the file, the line and the row"
    );
    // After blank lines the first non-blank line is the one checked, and its number is reported.
    let e = parse_csv("t.csv", "\n\n1,2,3\n").unwrap_err();
    assert!(
        matches!(e, DataError::MissingHeader { line: 3, .. }),
        "parse_csv(\"\\n\\n1,2,3\\n\"): expected MissingHeader at line 3, got {e:?}"
    );
    // A header with some numeric-looking names is still a header.
    let d = parse_csv("t.csv", "x,2020,y\n1,2,3\n")
        .unwrap_or_else(|e| panic!("parse_csv with header `x,2020,y`: a header, got {e}"));
    assert_eq!(
        d.feature_names,
        vec!["x".to_string(), "2020".to_string()],
        "parse_csv with header `x,2020,y`: feature names"
    );
}

#[test]
fn a_byte_order_mark_is_dropped() {
    let path = temp_csv("bom.csv", "\u{feff}sepal,petal,class\r\n1,2,0\r\n3,4,1\r\n");
    let d = load_csv(&path).unwrap_or_else(|e| panic!("load_csv of a file with a BOM: {e}"));
    assert_eq!(
        d.feature_names,
        vec!["sepal".to_string(), "petal".to_string()],
        "load_csv of a file starting with U+FEFF: the mark is not part of the first name"
    );
    assert_eq!(
        (d.n_samples(), d.target_name.as_str()),
        (2, "class"),
        "load_csv of a file with a BOM and \\r\\n line ends: 2 samples, target `class`"
    );
    // A BOM in front of a headerless file does not hide the missing header.
    let e = parse_csv("t.csv", "\u{feff}1,2,3\n4,5,6\n").unwrap_err();
    assert!(
        matches!(e, DataError::MissingHeader { line: 1, .. }),
        "parse_csv of a headerless file with a BOM: expected MissingHeader, got {e:?}"
    );
}
