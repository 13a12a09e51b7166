//! Hidden tests: the loader's errors on files written here, then a user's file end to end.

use week1_vectors::testing::points;
use week6_ml::data::{DataError, load_csv};
use week6_ml::preprocessing::StandardScaler;
use week6_ml::split::train_test_split;
use week6_ml::testing::temp_csv;

#[test]
fn loader_errors_then_a_user_file_end_to_end() {
    let _points = points(4);
    let missing =
        std::env::temp_dir().join(format!("week6-hidden-{}-absent.csv", std::process::id()));
    let e = load_csv(&missing).unwrap_err();
    assert!(matches!(e, DataError::Io { .. }), "{e}");
    assert!(
        e.to_string().contains(&missing.display().to_string()),
        "{e}"
    );

    let ragged = temp_csv(
        "h-ragged.csv",
        "u,v,w,t\n1,2,3,4\n5,6,7,8\n\n9,10,11,12,13\n",
    );
    let e = load_csv(&ragged).unwrap_err();
    let shown = ragged.display().to_string();
    assert_eq!(
        e.to_string(),
        format!("{shown}:5: this row has 5 field(s), the header has 4"),
        "load_csv of a file whose row 5 has 5 fields under a 4-field header: the error names file and line"
    );
    let bad = temp_csv("h-bad.csv", "u,v,w,t\n1,2,3,4\n5,6,7,1e400\n");
    let e = load_csv(&bad).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}:3:4: `1e400` in column `t` is not a finite number",
            bad.display()
        ),
        "load_csv of a file with 1e400 at line 3, column 4: the error names file, line, column and value"
    );

    // A good user file: load, split, scale — the exercises on data from outside data/.
    let mut text = String::from("f1,f2,const,label\n");
    for i in 0..20 {
        text.push_str(&format!("{},{},4.2,{}\n", i, 100 - 3 * i, i % 3));
    }
    let good = temp_csv("h-good.csv", &text);
    let d = load_csv(&good).unwrap();
    let (train, test) = train_test_split(&d, 0.25, 123).unwrap();
    assert_eq!(
        (train.n_samples(), test.n_samples()),
        (15, 5),
        "train_test_split(20 rows, 0.25, seed 123): (train, test) sizes"
    );
    let s = StandardScaler::fit(&train.features).unwrap();
    assert_eq!((s.mean[2], s.scale[2]), (4.2, 1.0), "constant column");
    let z = s.transform(&test.features).unwrap();
    for i in 0..5 {
        assert_eq!(
            z[(i, 2)],
            0.0,
            "StandardScaler on a constant column 4.2: test row {i} of that column must be exactly 0"
        );
        // f2 = 100 − 3·f1 exactly, so the standardised columns are exact negatives.
        assert!((z[(i, 0)] + z[(i, 1)]).abs() < 1e-12, "row {i}");
    }
    for p in [ragged, bad, good] {
        let _ = std::fs::remove_file(p);
    }
}
