//! The learner's loop end to end: `cargo xtask watch` in a real terminal (tmux) on a fixture
//! course, and `progress --week`, `hint`, `list` on the same course.
//!
//! Without tmux the terminal test is skipped with a message — except when `CI` is set, where a
//! missing tmux is a failure (`.ci/run` installs it).

#[path = "fixtures/tree.rs"]
mod tree;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use tree::{TempTree, course};
use xtask::course::Week;

/// Two exercises on the fixture's `ops.rs`, with the fixture's test names.
const MANIFEST: &str = r#"done = "The fixture week is done: go on with week 2."

[[exercise]]
id = "double"
file = "src/ops.rs"
functions = ["double"]
task = "Return twice the input."
section = "1. Doubling"
tests = [{ target = "ops", filter = ["double"] }]
hints = ["What is x + x?", "Multiply by two.", "Return x * 2."]

[[exercise]]
id = "triple"
file = "src/ops.rs"
functions = ["triple"]
task = "Return three times the input."
section = "2. Tripling"
tests = [{ target = "ops", filter = ["triple"] }]
hints = ["Three of them.", "Multiply by three."]
"#;

fn fixture(name: &str) -> TempTree {
    let t = course(name);
    t.write("week1-vectors/exercises.toml", MANIFEST);
    t.write(
        "week1-vectors/README.md",
        "# Week 1\n\n## 1. Doubling\n\n## 2. Tripling\n\n## The exercises\n\n| # | file | functions |\n| --- | --- | --- |\n| 1 | `ops.rs` | `double` |\n| 2 | `ops.rs` | `triple` |\n",
    );
    t
}

/// The files of the learner's week, to check that a command only read them.
fn snapshot(t: &TempTree) -> Vec<(String, String)> {
    let dir = t.root.join("week1-vectors");
    xtask::project::walk(&dir)
        .unwrap()
        .into_iter()
        .map(|rel| {
            let text = std::fs::read_to_string(dir.join(&rel)).unwrap_or_default();
            (rel.display().to_string(), text)
        })
        .collect()
}

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    fn screen(&self) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "watch"])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, k: &str) {
        let ok = self
            .cmd()
            .args(["send-keys", "-t", "watch", k])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "tmux send-keys {k} failed");
    }

    /// Waits until the screen contains every one of `want`; the seconds it took.
    fn wait_for(&self, want: &[&str], timeout: Duration, what: &str) -> f64 {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if want.iter().all(|w| s.contains(w)) {
                return start.elapsed().as_secs_f64();
            }
            assert!(
                start.elapsed() < timeout,
                "watch: {what}: the screen did not show {want:?} within {} s; it shows:\n{s}",
                timeout.as_secs()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // Only our own server, on its own socket.
        let _ = self.cmd().arg("kill-server").status();
    }
}

fn have_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

#[test]
fn watch_in_a_terminal_shows_the_exercise_moves_on_gives_hints_shows_compile_errors_and_quits() {
    if !have_tmux() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for the watch test and CI is set: install tmux (.ci/run does)"
        );
        eprintln!("SKIPPED watch_in_a_terminal…: tmux is not installed (apt-get install tmux)");
        return;
    }
    let t = fixture("watch");
    let ops = "week1-vectors/src/ops.rs";
    let stub = t.read(ops);
    let exit_file = t.root.join("watch-exit-status");
    let tmux = Tmux {
        socket: format!("xtask-watch-test-{}", std::process::id()),
    };
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let command = format!(
        "stty -g > {tty}.before; env XTASK_COURSE_ROOT={root} CARGO={cargo} {exe} watch 1; \
         echo $? > {exit}.tmp; stty -g > {tty}.after; mv {exit}.tmp {exit}; sleep 60",
        tty = shell_quote(&t.root.join("tty")),
        root = shell_quote(&t.root),
        cargo = shell_quote(Path::new(&cargo)),
        exe = shell_quote(Path::new(env!("CARGO_BIN_EXE_xtask"))),
        exit = shell_quote(&exit_file),
    );
    let started = tmux
        .cmd()
        .args([
            "new-session",
            "-d",
            "-s",
            "watch",
            "-x",
            "150",
            "-y",
            "60",
            &command,
        ])
        .status()
        .expect("tmux new-session");
    assert!(started.success(), "tmux new-session failed");

    // Exercise 1, its tests only, with the failure message.
    tmux.wait_for(
        &[
            "exercise 1 of 2",
            "double: double",
            "tests: 0 of 1 pass",
            "not yet implemented: double",
        ],
        Duration::from_secs(180),
        "the first screen",
    );
    let first = tmux.screen();
    assert!(
        !first.contains("triple_of_two"),
        "watch shows the tests of exercise 1 only:\n{first}"
    );
    assert!(
        first.contains("week1-vectors/src/ops.rs:"),
        "file:line shown:\n{first}"
    );

    // h: the first hint, then the second.
    tmux.keys("h");
    tmux.wait_for(
        &["hint 1 of 3", "What is x + x?"],
        Duration::from_secs(10),
        "h",
    );
    tmux.keys("h");
    tmux.wait_for(
        &["hint 2 of 3", "Multiply by two."],
        Duration::from_secs(10),
        "h twice",
    );

    // A correct body: the screen moves on to exercise 2 within a few seconds.
    let before = snapshot(&t);
    t.write(ops, &stub.replace("todo!(\"double\")", "x * 2"));
    let secs = tmux.wait_for(
        &[
            "exercise 2 of 2",
            "triple: triple",
            "exercise 1 `double` passes",
        ],
        Duration::from_secs(60),
        "after a correct double",
    );
    eprintln!("watch: save → next exercise on screen in {secs:.1} s (fixture course)");

    // p / n: back to exercise 1 (now passing), and forward again.
    tmux.keys("p");
    tmux.wait_for(
        &[
            "exercise 1 of 2",
            "tests: 1 of 1 pass",
            "ok      double_of_two_is_four",
        ],
        Duration::from_secs(30),
        "p",
    );
    tmux.keys("n");
    tmux.wait_for(
        &["exercise 2 of 2", "tests: 0 of 2 pass"],
        Duration::from_secs(30),
        "n",
    );

    // A syntax error: the compiler's message, not a crash.
    t.write(
        ops,
        &stub
            .replace("todo!(\"double\")", "x * 2")
            .replace("todo!(\"triple\")", "x *+ 3 +"),
    );
    tmux.wait_for(
        &["does not compile", "error", "ops.rs"],
        Duration::from_secs(60),
        "after a syntax error",
    );

    // l: the list of exercises with their status.
    tmux.keys("l");
    tmux.wait_for(
        &["the exercises of week1-vectors", "done"],
        Duration::from_secs(10),
        "l",
    );

    // Fixed: the week is done, and says how to go on.
    t.write(
        ops,
        &stub
            .replace("todo!(\"double\")", "x * 2")
            .replace("todo!(\"triple\")", "x * 3"),
    );
    tmux.wait_for(
        &[
            "Every exercise of week1-vectors passes",
            "go on with week 2",
        ],
        Duration::from_secs(60),
        "after a correct triple",
    );

    // q: exits with status 0.
    tmux.keys("q");
    let start = Instant::now();
    while !exit_file.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "watch did not exit after q; the screen:\n{}",
            tmux.screen()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let status = std::fs::read_to_string(&exit_file).unwrap();
    assert_eq!(status.trim(), "0", "watch's exit status after q");
    let tty = |s: &str| std::fs::read_to_string(t.root.join(format!("tty.{s}"))).unwrap();
    assert_eq!(
        tty("after"),
        tty("before"),
        "watch puts the terminal's settings back (stty -g before and after)"
    );
    assert_ne!(tty("before").trim(), "", "stty -g printed the settings");

    // Only read: the learner's files are those the test wrote, nothing else.
    let after = snapshot(&t);
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&after),
        names(&before),
        "watch created or removed files"
    );
    assert_eq!(
        t.read(ops),
        stub.replace("todo!(\"double\")", "x * 2")
            .replace("todo!(\"triple\")", "x * 3")
    );
    let _ = std::fs::remove_dir_all(xtask::scratch::scratch_root(&t.root).join("watch"));
}

#[test]
fn progress_week_lists_every_exercise_and_marks_the_reference_hint_and_list_read_the_manifest() {
    let t = fixture("loop-commands");
    let target = t.root.join("target");
    let ws = format!("test-loop-{}", std::process::id());
    let ops = "week1-vectors/src/ops.rs";
    let stub = t.read(ops);

    // hint and list need no build.
    let h = xtask::hint::hint_at(&t.root, Week::FIRST, "triple", 1).unwrap();
    assert!(
        h.contains("exercise 2 of 2: triple")
            && h.contains("hint 1 of 2 (a nudge): Three of them."),
        "{h}"
    );
    assert!(
        h.contains("cargo test -p week1-vectors --test ops -- triple"),
        "{h}"
    );
    assert!(
        !h.contains("Multiply by three"),
        "level 1 shows one hint:\n{h}"
    );
    let h = xtask::hint::hint_at(&t.root, Week::FIRST, "2", 9).unwrap();
    assert!(
        h.contains("hint 2 of 2") && h.contains("no more hints"),
        "{h}"
    );
    let e = xtask::hint::hint_at(&t.root, Week::FIRST, "quadruple", 1)
        .unwrap_err()
        .to_string();
    assert!(e.contains("double, triple"), "{e}");
    let l = xtask::hint::list_at(&t.root, &[Week::FIRST]).unwrap();
    assert!(
        l.contains("1  todo") && l.contains("double") && l.contains("ops.rs:"),
        "{l}"
    );

    // double written: exercise 1 done, 2 next.
    t.write(ops, &stub.replace("todo!(\"double\")", "x + x"));
    let report = xtask::progress::progress_weeks(&t.root, &ws, &target, Some(Week::FIRST)).unwrap();
    assert_eq!(report.len(), 1);
    let p = &report[0];
    assert_eq!(p.exercises.len(), 2);
    assert!(
        p.exercises[0].done() && !p.exercises[1].done(),
        "{:?}",
        p.exercises
    );
    assert_eq!((p.exercises[1].passed, p.exercises[1].total), (0, 2));
    assert_eq!(p.reference, xtask::course::Reference::Mine);
    let text = xtask::progress::render_week(p);
    assert!(
        text.contains("1 of 2 exercises done") && text.contains("next  triple"),
        "{text}"
    );
    assert!(text.contains("next: exercise 2 `triple`"), "{text}");

    // After `solve`: marked as the reference, not the learner's work.
    xtask::solve::solve_at(&t.root, Week::FIRST, true).unwrap();
    let report = xtask::progress::progress_weeks(&t.root, &ws, &target, Some(Week::FIRST)).unwrap();
    assert_eq!(report[0].reference, xtask::course::Reference::All);
    let text = xtask::progress::render_week(&report[0]);
    assert!(
        text.contains("the reference solution, put in place by `cargo xtask solve`"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(xtask::scratch::scratch_root(&t.root).join(&ws));
}
