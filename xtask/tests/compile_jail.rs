//! The learner's compile runs in the sandbox (`grade::compile_jail`): proved on a crate that
//! reads files at compile time, built once as cargo would build it (it reads them: the test
//! can fail) and once through the jail (it must not).
//!
//! The grader refuses such code before it is compiled (`grade::file_access`); this test goes
//! around that check on purpose, to show that the third line holds on its own. It runs as
//! whoever runs the tests — as root on CI, where bubblewrap must work.

use std::path::{Path, PathBuf};
use std::time::Duration;
use xtask::grade::compile::{self, CargoEnv};
use xtask::grade::compile_jail::Jail;
use xtask::grade::sandbox::Sandbox;

const CANARY: &str = "CANARY-7d1f0c-the-hidden-tests";

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compile-jail")
}

/// A one-crate workspace at `root/ws` whose library is `lib` (and a file `outside.txt` beside
/// `src/` holding the canary).
fn hostile_crate(root: &Path, lib: &str) -> PathBuf {
    let ws = root.join("ws");
    let _ = std::fs::remove_dir_all(&ws);
    std::fs::create_dir_all(ws.join("src")).unwrap();
    std::fs::write(
        ws.join("Cargo.toml"),
        "[package]\nname = \"jail_fixture\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(ws.join("outside.txt"), CANARY).unwrap();
    std::fs::write(ws.join("src/lib.rs"), lib).unwrap();
    ws
}

#[test]
fn the_learners_compile_sees_only_its_src() {
    let sandbox = Sandbox::detect(true);
    if !sandbox.is_sandboxed() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but bubblewrap does not work here, so the compile jail is untested: {}",
            sandbox.describe()
        );
        eprintln!("skipped: {}", sandbox.describe());
        return;
    }
    let root = tmp();
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let canary = root.join("canary.txt");
    std::fs::write(&canary, CANARY).unwrap();
    let module = root.join("elsewhere.rs");
    std::fs::write(&module, format!("pub const M: &str = \"{CANARY}\";\n")).unwrap();
    let reads = [
        (
            "include_str! by absolute path",
            format!(
                "pub const C: &str = include_str!({:?});\n",
                canary.display().to_string()
            ),
            "canary.txt",
        ),
        (
            "include_bytes! by relative path",
            "pub const C: &[u8] = include_bytes!(\"../outside.txt\");\n".to_string(),
            "outside.txt",
        ),
        (
            "include! by absolute path",
            format!("include!({:?});\n", module.display().to_string()),
            "elsewhere.rs",
        ),
        (
            "#[path] by absolute path",
            format!("#[path = {:?}]\npub mod m;\n", module.display().to_string()),
            "elsewhere.rs",
        ),
    ];
    let jail = Jail::prepare(&root, &sandbox).unwrap().unwrap();
    for (how, lib, file) in reads {
        let ws = hostile_crate(&root, &format!("//! Reads a file while compiled.\n{lib}"));
        let target = root.join("target");
        let build = |env: &[(String, String)]| {
            let _ = std::fs::remove_dir_all(&target);
            let r = compile::cargo(
                &ws,
                &target,
                &["build", "--offline", "--lib"],
                CargoEnv::Clean(env),
                Duration::from_secs(120),
            )
            .unwrap();
            (r.ok, format!("{}\n{}", r.stdout, r.stderr))
        };

        // As cargo would build it: the read succeeds (so the jailed build below can fail).
        let (ok, out) = build(&[("CARGO_INCREMENTAL".into(), "0".into())]);
        assert!(
            ok,
            "compile jail, {how}: the fixture must build outside the jail (it reads {file}); cargo said:\n{out}"
        );

        // Through the jail: the read fails, and nothing of the file reaches the output.
        let (ok, out) = build(&jail.env_for(&ws.join("src"), "jail_fixture"));
        assert!(
            !ok,
            "compile jail, {how}: the library built inside the jail, so the jail let it read {file}; cargo said:\n{out}"
        );
        assert!(
            !out.contains(CANARY),
            "compile jail, {how}: the canary's text reached the build output:\n{out}"
        );
        assert!(
            out.contains(file) && out.contains("No such file"),
            "compile jail, {how}: the jailed build should fail because {file} is not there, but its output says:\n{out}"
        );
    }
}
