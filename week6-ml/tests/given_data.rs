//! Tests of the given code: the CSV loader, the data sets, and the test helpers.
//! These pass before you write anything.

use week1_vectors::{LinalgError, matrix, vector};
use week6_ml::data::{DataError, load, load_csv, parse_csv, select_rows, to_labels};
use week6_ml::network::TwoLayerNet;
use week6_ml::pca::canonical_signs;
use week6_ml::softmax_regression::{argmax, pack, unpack};
use week6_ml::testing::{central_difference, lstsq_ratio, rel_diff, temp_csv};

#[test]
fn the_five_data_sets_load_with_their_shapes() {
    let expect = [
        ("iris", 150, 4, "species", 3),
        ("diabetes", 442, 10, "progression", 0),
        ("breast_cancer", 569, 30, "benign", 2),
        ("wine", 178, 13, "cultivar", 3),
        ("digits", 1797, 64, "digit", 10),
    ];
    for (name, n, d, target, classes) in expect {
        let ds = load(name).unwrap_or_else(|e| panic!("loading {name}: {e}"));
        assert_eq!((ds.n_samples(), ds.n_features()), (n, d), "{name}");
        assert_eq!(ds.feature_names.len(), d, "{name}");
        assert_eq!(ds.targets.len(), n, "{name}");
        assert!(ds.features.is_finite(), "{name}");
        if classes > 0 {
            assert_eq!(ds.target_name, target, "{name}");
            assert_eq!(ds.n_classes().unwrap(), classes, "{name}");
        }
    }
    let iris = load("iris").unwrap();
    assert_eq!(
        iris.feature_names[0], "sepal_length",
        "load(\"iris\"): the first feature name"
    );
    assert_eq!(
        iris.features.row(0),
        &[5.1, 3.5, 1.4, 0.2],
        "load(\"iris\"): the first row"
    );
}

#[test]
fn a_missing_file_is_named() {
    let e = load_csv("/definitely/not/here.csv").unwrap_err();
    assert!(
        matches!(e, DataError::Io { .. }),
        "load_csv of a missing file: got {e:?}, want DataError::Io"
    );
    let msg = e.to_string();
    assert!(
        msg.starts_with("/definitely/not/here.csv: cannot read the file"),
        "{msg}"
    );
}

#[test]
fn a_ragged_row_names_file_and_line() {
    let path = temp_csv("ragged.csv", "a,b,y\n1,2,3\n\n4,5\n");
    let e = load_csv(&path).unwrap_err();
    let shown = path.display().to_string();
    assert_eq!(
        e,
        DataError::Ragged {
            path: shown.clone(),
            line: 4,
            expected: 3,
            found: 2
        },
        "parse_csv with a 2-field row 4 under a 3-field header"
    );
    assert_eq!(
        e.to_string(),
        format!("{shown}:4: this row has 2 field(s), the header has 3"),
        "parse_csv with a 2-field row 4 under a 3-field header: the message"
    );
    let _ = std::fs::remove_file(path);
}

#[test]
fn a_bad_number_names_file_line_and_column() {
    let e = parse_csv("bad.csv", "a,b,y\n1,2,3\n1,two,3\n").unwrap_err();
    insta::assert_snapshot!(e.to_string(), @"bad.csv:3:2: `two` in column `b` is not a finite number");
    let e = parse_csv("nan.csv", "a,y\n1,nan\n").unwrap_err();
    insta::assert_snapshot!(e.to_string(), @"nan.csv:2:2: `nan` in column `y` is not a finite number");
    let e = parse_csv("empty.csv", "a,y\n1,\n").unwrap_err();
    assert!(
        matches!(
            e,
            DataError::NotANumber {
                line: 2,
                column: 2,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn empty_files_and_single_columns_are_refused() {
    insta::assert_snapshot!(parse_csv("e.csv", "").unwrap_err().to_string(), @"e.csv: the file has no header");
    insta::assert_snapshot!(parse_csv("h.csv", "a,y\n\n").unwrap_err().to_string(), @"h.csv: the file has no data rows");
    insta::assert_snapshot!(parse_csv("c.csv", "y\n1\n").unwrap_err().to_string(), @"c.csv:1: the header has 1 column(s); at least one feature and the target are needed");
}

#[test]
fn crlf_and_spaces_are_fine_and_errors_convert() {
    let d = parse_csv("w.csv", "a , y\r\n 1.5, 0\r\n2 ,1\r\n").unwrap();
    assert_eq!(
        d.features,
        matrix![[1.5], [2.0]],
        "parse_csv with CRLF line ends and spaces: features"
    );
    assert_eq!(
        d.feature_names,
        vec!["a".to_string()],
        "parse_csv with CRLF line ends and spaces: feature names"
    );
    assert_eq!(
        d.target_name, "y",
        "parse_csv with CRLF line ends and spaces: target name"
    );
    let e: LinalgError = parse_csv("x.csv", "a,y\n1,q\n").unwrap_err().into();
    assert!(
        matches!(e, LinalgError::InvalidArgument { op: "load_csv", .. }),
        "a DataError converted into LinalgError: got {:?}, want LinalgError::InvalidArgument {{ op: \"load_csv\", .. }}",
        e
    );
    assert!(e.to_string().contains("x.csv:2:2"), "{e}");
}

#[test]
fn labels_subset_and_select_rows() {
    assert_eq!(
        to_labels(&vector![0.0, 2.0, 1.0]).unwrap(),
        vec![0, 2, 1],
        "to_labels([0, 2, 1])"
    );
    for bad in [-1.0, 0.5, f64::NAN] {
        assert!(to_labels(&vector![bad]).is_err(), "{bad}");
    }
    let d = parse_csv("t.csv", "a,y\n1,0\n2,1\n3,1\n").unwrap();
    let s = d.subset(&[2, 0, 2]);
    assert_eq!(
        s.features,
        matrix![[3.0], [1.0], [3.0]],
        "Dataset::subset(&[2, 0, 2]): features"
    );
    assert_eq!(
        s.targets,
        vector![1.0, 0.0, 1.0],
        "Dataset::subset(&[2, 0, 2]): targets"
    );
    assert_eq!(
        select_rows(&d.features, &[]).shape(),
        (0, 1),
        "select_rows with no rows: shape"
    );
}

#[test]
fn test_helpers_work() {
    let g = central_difference(|x| x[0] * x[0] * x[1], &vector![2.0, 3.0], 1e-5);
    assert!(
        rel_diff(&g, &vector![12.0, 4.0]) < 1e-9,
        "central_difference of x₀²x₁ at (2, 3): relative difference {:.2e} to [12, 4], want < 1e-9",
        rel_diff(&g, &vector![12.0, 4.0])
    );
    let a = matrix![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]];
    let b = vector![1.0, 2.0, 4.0];
    // The exact least-squares solution of this fit is [5/6, 3/2].
    assert!(
        lstsq_ratio(&a, &vector![5.0 / 6.0, 1.5], &b) < 30.0,
        "lstsq_ratio at the exact least-squares solution [5/6, 3/2]: {:.3e}, want < 30",
        lstsq_ratio(&a, &vector![5.0 / 6.0, 1.5], &b)
    );
    assert!(
        lstsq_ratio(&a, &vector![1.0, 1.5], &b) > 1e10,
        "lstsq_ratio at the wrong solution [1, 3/2]: {:.3e}, want > 1e10",
        lstsq_ratio(&a, &vector![1.0, 1.5], &b)
    );
    assert_eq!(
        argmax(&[1.0, 3.0, 3.0]),
        1,
        "argmax([1, 3, 3]): the first maximum"
    );
    let (w, bias) = unpack(&vector![1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 2, 2);
    assert_eq!(
        (w.clone(), bias.clone()),
        (matrix![[1.0, 2.0], [3.0, 4.0]], vector![5.0, 6.0]),
        "unpack([1..6], d = 2, k = 2)"
    );
    assert_eq!(
        pack(&w, &bias),
        vector![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        "pack(unpack(x)) = x"
    );
    let mut c = matrix![[-0.6, 0.8], [0.0, -1.0]];
    canonical_signs(&mut c);
    assert_eq!(
        c,
        matrix![[-0.6, 0.8], [0.0, 1.0]],
        "canonical_signs: each row's largest-magnitude entry made positive"
    );
    let net = TwoLayerNet::new(3, 4, 2, 9);
    assert_eq!(
        net,
        TwoLayerNet::new(3, 4, 2, 9),
        "TwoLayerNet::new(3, 4, 2, seed 9) twice: the same network"
    );
    assert_eq!(
        net.n_params(),
        3 * 4 + 4 + 4 * 2 + 2,
        "TwoLayerNet(3, 4, 2)::n_params = dh + h + hk + k"
    );
    assert_eq!(
        TwoLayerNet::from_params(3, 4, 2, &net.to_params()).unwrap(),
        net,
        "TwoLayerNet::from_params(to_params(net)) = net"
    );
    assert!(
        TwoLayerNet::from_params(3, 4, 3, &net.to_params()).is_err(),
        "TwoLayerNet::from_params with k = 3 for a k = 2 parameter vector: got {:?}, want an error",
        TwoLayerNet::from_params(3, 4, 3, &net.to_params())
    );
}
