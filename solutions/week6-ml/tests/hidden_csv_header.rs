//! Hidden tests: the loader on a file without a header row and on one with a UTF-8 byte-order
//! mark (given src/data.rs), then your StandardScaler on what was loaded (2 points).

use week1_vectors::testing::points;
use week6_ml::data::{DataError, load_csv};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::testing::temp_csv;

#[test]
fn headerless_files_are_refused_and_a_bom_is_dropped_before_scaling() {
    let _points = points(2);
    // Headerless, after two blank lines, numbers in exponent form and negative.
    let path = temp_csv("h-noheader.csv", "\n\n-1e-3,2.5E2,+7,0\n4,5,6,1\n");
    let e = load_csv(&path).unwrap_err();
    assert!(
        matches!(&e, DataError::MissingHeader { line: 3, text, .. } if text == "-1e-3,2.5E2,+7,0"),
        "load_csv of a file whose first non-blank line (3) is `-1e-3,2.5E2,+7,0`: expected \
         MissingHeader at line 3, got {e:?}"
    );
    // A BOM, \r\n line ends and a blank line: loaded, the BOM not in the first name; then the
    // scaler's means are those of the two feature columns (1, 3, 5) and (10, 30, 50).
    let path = temp_csv(
        "h-bom.csv",
        "\u{feff}alpha, beta ,label\r\n1,10,0\r\n\r\n3,30,1\r\n5,50,0\r\n",
    );
    let d = load_csv(&path).unwrap_or_else(|e| panic!("load_csv of a file with a BOM: {e}"));
    assert_eq!(
        d.feature_names,
        vec!["alpha".to_string(), "beta".to_string()],
        "load_csv of a file starting with U+FEFF: feature names"
    );
    let s = StandardScaler::fit(&d.features)
        .unwrap_or_else(|e| panic!("StandardScaler::fit on the 3×2 data of h-bom.csv: {e}"));
    assert!(
        (s.mean[0] - 3.0).abs() <= 4.0 * f64::EPSILON * 3.0
            && (s.mean[1] - 30.0).abs() <= 4.0 * f64::EPSILON * 30.0,
        "StandardScaler::fit on columns (1, 3, 5) and (10, 30, 50): means {:?}, expected \
         (3, 30)",
        s.mean
    );
}
