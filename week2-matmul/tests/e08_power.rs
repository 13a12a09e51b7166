//! Public tests of `trace` and `matrix_power`.

use week1_vectors::testing::naive_matmul;
use week1_vectors::{LinalgError, Matrix, gallery, matrix};
use week2_matmul::{matrix_power, trace};

#[test]
fn trace_by_hand() {
    assert_eq!(
        trace(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap(),
        5.0,
        "trace(&matrix![[1.0, 2.0], [3.0, 4.0]]).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        trace(&Matrix::identity(7)).unwrap(),
        7.0,
        "trace(&Matrix::identity(7)).unwrap() (left: got, right: want)"
    );
    assert_eq!(
        trace(&Matrix::zeros(0, 0)).unwrap(),
        0.0,
        "trace(&Matrix::zeros(0, 0)).unwrap() (left: got, right: want)"
    );
}

#[test]
fn trace_of_a_product_commutes() {
    // tr(AB) = tr(BA) although AB is 3×3 and BA is 5×5 (equal up to rounding).
    let a = gallery::random_matrix(3, 5, 1);
    let b = gallery::random_matrix(5, 3, 2);
    let t1 = trace(&naive_matmul(&a, &b)).unwrap();
    let t2 = trace(&naive_matmul(&b, &a)).unwrap();
    assert!((t1 - t2).abs() < 1e-12, "tr(AB) = {t1}, tr(BA) = {t2}");
}

#[test]
fn trace_needs_a_square_matrix() {
    assert_eq!(
        trace(&Matrix::zeros(2, 3)),
        Err(LinalgError::NotSquare {
            op: "trace",
            shape: (2, 3)
        }),
        "trace(&Matrix::zeros(2, 3)) (left: got, right: want)"
    );
    // Tall too: summing a[(i, i)] for i < rows would read past the last column.
    assert_eq!(
        trace(&Matrix::zeros(3, 2)),
        Err(LinalgError::NotSquare {
            op: "trace",
            shape: (3, 2)
        }),
        "trace of a 3×2 matrix"
    );
}

#[test]
fn matrix_power_small_cases() {
    let a = matrix![[1.0, 1.0], [0.0, 1.0]];
    assert_eq!(matrix_power(&a, 0).unwrap(), Matrix::identity(2), "A⁰ = I");
    assert_eq!(matrix_power(&a, 1).unwrap(), a, "A¹ = A");
    assert_eq!(
        matrix_power(&a, 5).unwrap(),
        matrix![[1.0, 5.0], [0.0, 1.0]],
        "shear⁵"
    );
    assert_eq!(
        matrix_power(&Matrix::zeros(0, 0), 3).unwrap(),
        Matrix::zeros(0, 0),
        "matrix_power(&Matrix::zeros(0, 0), 3).unwrap() (left: got, right: want)"
    );
}

#[test]
fn matrix_power_one_of_a_matrix_with_nan_is_a_copy() {
    // A NaN at (1, 2). Starting the result from I and multiplying would give I·A, which spreads
    // the NaN down column 2 (0·NaN = NaN), or A·I, which spreads it along row 1: A¹ must be a
    // plain copy, NaN only where A has it.
    let a = matrix![[1.0, 2.0, 3.0], [4.0, 5.0, f64::NAN], [7.0, 8.0, 9.0]];
    let p = matrix_power(&a, 1).unwrap();
    for i in 0..3 {
        for j in 0..3 {
            let ok = if (i, j) == (1, 2) {
                p[(i, j)].is_nan()
            } else {
                p[(i, j)] == a[(i, j)]
            };
            assert!(
                ok,
                "matrix_power(A, 1) with A = {a}: entry ({i}, {j}) is {}, want {} (A¹ = A \
                 exactly; got {p})",
                p[(i, j)],
                a[(i, j)]
            );
        }
    }
}

#[test]
fn matrix_power_fibonacci() {
    // [[1,1],[1,0]]ᵏ = [[F(k+1), F(k)], [F(k), F(k−1)]]; small integers are exact.
    let fib = matrix![[1.0, 1.0], [1.0, 0.0]];
    assert_eq!(
        matrix_power(&fib, 20).unwrap(),
        matrix![[10946.0, 6765.0], [6765.0, 4181.0]],
        "matrix_power(&fib, 20).unwrap() with fib = {:?} (left: got, right: want)",
        fib
    );
}

#[test]
fn matrix_power_matches_repeated_products_on_integers() {
    // Entries in {−1, 0, 1}: every power up to 7 of a 5×5 stays far below 2⁵³, so exact.
    let a = gallery::random_uniform(5, 5, -1.5, 1.5, 3).map(f64::round);
    let mut want = Matrix::identity(5);
    for k in 0..=7 {
        assert_eq!(matrix_power(&a, k).unwrap(), want, "matrix_power(A, {k})");
        want = naive_matmul(&want, &a);
    }
}

#[test]
fn matrix_power_needs_a_square_matrix() {
    assert_eq!(
        matrix_power(&Matrix::zeros(3, 2), 2),
        Err(LinalgError::NotSquare {
            op: "matrix_power",
            shape: (3, 2)
        }),
        "matrix_power(&Matrix::zeros(3, 2), 2) (left: got, right: want)"
    );
}

#[test]
fn matrix_power_uses_repeated_squaring() {
    // shearᵏ = [[1, k], [0, 1]], exact for k < 2⁵³. Repeated squaring needs about 2·log₂k = 64
    // products (microseconds); multiplying k = 4·10⁹ times runs for minutes. The power runs in a
    // thread so that an O(k) loop fails this test after 20 s (a margin of about 10⁶ over the
    // intended algorithm) with an explanation, instead of hanging it.
    let shear = matrix![[1.0, 1.0], [0.0, 1.0]];
    let k = 4_000_000_000_u32;
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(matrix_power(&shear, k));
    });
    let p = match receive.recv_timeout(std::time::Duration::from_secs(20)) {
        Ok(result) => result.unwrap(),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!(
            "matrix_power([[1,1],[0,1]], {k}) did not finish in 20 s: it looks O(k). Square A, A², \
             A⁴, … and multiply in the powers that the bits of k select (O(log k) products)"
        ),
        // The thread panicked (e.g. todo!()): its message is printed above.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            panic!("matrix_power([[1,1],[0,1]], {k}) panicked")
        }
    };
    assert_eq!(
        p,
        matrix![[1.0, f64::from(k)], [0.0, 1.0]],
        "matrix_power([[1,1],[0,1]], {k}) gave {p}"
    );
}
