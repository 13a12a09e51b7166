//! `cargo bench -p week2-matmul --features peer`: the matmul ladder on your code.
//!
//! The program is `examples/ladder.rs` (so that `cargo xtask example 2 ladder --features peer`
//! can run the very same one on the reference solution); see that file for its options.

#[path = "../examples/ladder.rs"]
mod ladder;

fn main() {
    ladder::main();
}
