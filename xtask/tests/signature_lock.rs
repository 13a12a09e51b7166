//! The signature lock (`grade::signatures`) on a real build: a probe generated from stubs is
//! compiled against a library that keeps the template's API (no error) and against libraries
//! that change it (an error on exactly the line of what changed), including a public field
//! whose type became one that derefs to the template's (a coercion would let it through).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;
use xtask::course::Week;
use xtask::grade::{compile, signatures};

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("signature-lock")
}

const LIB: &str = "//! A miniature week 1.\n#![allow(missing_docs)]\npub mod qr;\n\
                   #[derive(Debug, Clone, PartialEq)]\npub struct Matrix(pub Vec<f64>);\n";

/// The template: what the probe is generated from.
const STUB_QR: &str = "use crate::Matrix;\nuse std::ops::Neg;\n\nimpl Neg for &Qr {\n    type Output = Matrix;\n    fn neg(self) -> Matrix {\n        todo!()\n    }\n}\n\npub struct Qr {\n    /// Q.\n    pub q: Matrix,\n    pub iterations: usize,\n}\n\nimpl Qr {\n    pub fn rank(&self, tol: f64) -> usize {\n        todo!()\n    }\n}\n";

/// Builds the library whose `qr.rs` is `qr` through the probe generated from the stubs, in
/// the workspace `tmp()/<name>` (one per test: the tests run at once).
fn build(name: &str, qr: &str) -> (compile::LibBuild, signatures::Probe) {
    let root = tmp().join(name);
    let ws = root.join("ws");
    let krate = ws.join("week1-vectors");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    std::fs::create_dir_all(krate.join("tests")).unwrap();
    std::fs::write(
        ws.join("Cargo.toml"),
        "[workspace]\nmembers = [\"week1-vectors\"]\nresolver = \"3\"\n",
    )
    .unwrap();
    std::fs::write(
        krate.join("Cargo.toml"),
        "[package]\nname = \"week1-vectors\"\nversion = \"0.1.0\"\nedition = \"2024\"\n",
    )
    .unwrap();
    std::fs::write(krate.join("src/lib.rs"), LIB).unwrap();
    std::fs::write(krate.join("src/qr.rs"), qr).unwrap();
    let mut stubs: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    stubs.insert("lib.rs".into(), LIB.as_bytes().to_vec());
    stubs.insert("qr.rs".into(), STUB_QR.as_bytes().to_vec());
    let probe = signatures::probe(Week::FIRST, &stubs, &[PathBuf::from("qr.rs")]);
    let env = [("CARGO_INCREMENTAL".to_string(), "0".to_string())];
    let built = compile::build_learner_lib(
        &ws,
        &root.join("target"),
        Week::FIRST,
        &probe,
        &env,
        Duration::from_secs(120),
    )
    .unwrap();
    (built, probe)
}

/// The names the probe reports for the library whose `qr.rs` is `qr`.
fn changed(qr: &str) -> Vec<String> {
    let (built, probe) = build("changed", qr);
    let lines = match built {
        compile::LibBuild::Ok {
            signatures: compile::ProbeBuild::Lines(lines),
            ..
        } => lines,
        compile::LibBuild::Ok {
            signatures: compile::ProbeBuild::Broken(e),
            ..
        } => panic!(
            "signature lock: the probe failed off its lines:\n{e}\n{}",
            probe.source
        ),
        compile::LibBuild::Failed(e) => panic!("signature lock: the library did not build:\n{e}"),
    };
    lines.iter().map(|l| probe.lines[l].name.clone()).collect()
}

#[test]
fn a_changed_field_or_method_is_caught_on_its_line() {
    let honest = STUB_QR
        .replacen("todo!()", "self.q.clone()", 1)
        .replace("todo!()", "self.iterations.min((tol * 0.0) as usize)");
    assert_eq!(
        changed(&honest),
        Vec::<String>::new(),
        "signature lock: the template's API must pass the probe"
    );

    // A field whose type derefs to the template's: `&x.q` would coerce to `&Matrix`.
    let magic = honest.replace("pub q: Matrix,", "pub q: Magic,")
        + "pub struct Magic(pub Matrix);\nimpl std::ops::Deref for Magic {\n    type Target = Matrix;\n    fn deref(&self) -> &Matrix {\n        &self.0\n    }\n}\n";
    assert_eq!(
        changed(&magic),
        ["Qr.q"],
        "signature lock: a field of a type that derefs to Matrix must be caught"
    );

    // An operator whose result type became one that derefs to the template's.
    let output = magic.replace("pub q: Magic,", "pub q: Matrix,").replace(
        "type Output = Matrix;\n    fn neg(self) -> Matrix {\n        self.q.clone()",
        "type Output = Magic;\n    fn neg(self) -> Magic {\n        Magic(self.q.clone())",
    );
    assert_eq!(
        changed(&output),
        ["<&Qr as Neg>::Output"],
        "signature lock: an operator's Output of a type that derefs to Matrix must be caught"
    );

    let renamed = honest
        .replace("pub iterations: usize,", "pub iters: usize,")
        .replace("self.iterations", "self.iters");
    assert_eq!(
        changed(&renamed),
        ["Qr.iterations"],
        "signature lock: a renamed field must be caught"
    );

    let method = honest.replace(
        "pub fn rank(&self, tol: f64) -> usize",
        "pub fn rank(&self, tol: f32) -> usize",
    );
    assert_eq!(
        changed(&method),
        ["Qr::rank"],
        "signature lock: a changed parameter type must be caught"
    );
}

/// The two ways the build through the probe fails that are not a changed signature: a type the
/// probe names is gone (the week is refused, `ProbeBuild::Broken`), and the library itself does
/// not compile (its own errors, rendered for the learner, and none of the probe's).
#[test]
fn a_removed_type_breaks_the_probe_and_a_broken_library_is_its_own_error() {
    let honest = STUB_QR
        .replacen("todo!()", "self.q.clone()", 1)
        .replace("todo!()", "self.iterations.min((tol * 0.0) as usize)");
    let removed = honest.replace("Qr", "Decomposition");
    match build("broken", &removed).0 {
        compile::LibBuild::Ok {
            signatures: compile::ProbeBuild::Broken(e),
            ..
        } => assert!(
            e.contains("Qr"),
            "signature lock: the probe's error for a removed type names it, got:\n{e}"
        ),
        other => panic!(
            "signature lock: qr.rs with `Qr` renamed to `Decomposition` must build the library \
             and break the probe off its lines, got {other:?}"
        ),
    }

    let broken = format!("{honest}\npub fn wrong() -> usize {{\n    \"not a number\"\n}}\n");
    match build("broken", &broken).0 {
        compile::LibBuild::Failed(e) => assert!(
            e.contains("mismatched types") && !e.contains(signatures::PROBE),
            "signature lock: a library that does not compile reports its own error (E0308), \
             not the probe's, got:\n{e}"
        ),
        other => panic!(
            "signature lock: qr.rs with a type error must fail as the library's own build, got \
             {other:?}"
        ),
    }
}
