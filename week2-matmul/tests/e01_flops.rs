//! Public tests of exercise 1, `matmul_flops`: the flop count 2·m·n·k of an (m×k)·(k×n)
//! product, which every later timing divides by. Run them with
//! `cargo test -p week2-matmul --test e01_flops`.

use week2_matmul::matmul_flops;

#[test]
fn flops_are_2mnk() {
    assert_eq!(
        matmul_flops(2, 3, 4),
        48,
        "matmul_flops(2, 3, 4) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(1, 1, 1),
        2,
        "matmul_flops(1, 1, 1) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(512, 512, 512),
        268_435_456,
        "matmul_flops(512, 512, 512) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(0, 10, 10),
        0,
        "matmul_flops(0, 10, 10) (left: got, right: want)"
    );
    assert_eq!(
        matmul_flops(usize::MAX, 2, 2),
        u64::MAX,
        "matmul_flops(usize::MAX, 2, 2): 2·m·n·k overflows u64 and must saturate at u64::MAX (left: got, right: want)"
    );
}
