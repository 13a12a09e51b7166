//! The README a release puts in place of the instructor's.

use crate::course::Week;
use std::path::Path;

/// The README for students: the course overview and the table of weeks from this README,
/// then how to work, the commands, and what this release contains.
pub(super) fn student_readme(root: &Path, through: Option<Week>, weeks: &[Week]) -> String {
    let ours = std::fs::read_to_string(root.join("README.md")).unwrap_or_default();
    let mut intro = String::new();
    let mut table = String::new();
    let mut section = String::from("intro");
    for line in ours.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = h.to_string();
        }
        if section == "intro" {
            intro.push_str(line);
            intro.push('\n');
        } else if section.to_lowercase().contains("six weeks") {
            table.push_str(line);
            table.push('\n');
        }
    }
    if intro.trim().is_empty() {
        intro = "# Linear Algebra for Machine Learning from Scratch, in Rust\n".into();
    }
    let released = match through {
        Some(t) => format!(
            "This copy comes with the reference solutions of {weeks}: their `src/` folders hold \
             working code, so that you can build the later weeks on it. To do such a week \
             yourself, `cargo xtask reset week{n} --force` puts its stubs back (your files are \
             backed up first).\n",
            weeks = if t.number() == 1 {
                "week 1".to_string()
            } else {
                format!("weeks 1–{}", t.number())
            },
            n = t.number()
        ),
        None => "Every week's `src/` holds the stubs: the exercises are yours to write.\n".into(),
    };
    let first = weeks.first().copied().unwrap_or(Week::FIRST);
    format!(
        "{intro}\n{table}\n## Getting started\n\n\
You need a Rust toolchain (1.85 or newer; <https://rustup.rs>). Then, in this folder:\n\n\
```sh\n\
cargo test -p {first}     # builds; every exercise test fails with \"not yet implemented\"\n\
```\n\n\
1. Read the lesson, [`{first}/README.md`]({first}/README.md); `cargo doc -p {first} --open`\n   \
   shows the same material as API docs, with an example for every function.\n\
2. Start the loop beside your editor: `cargo xtask watch`. It shows the exercise to do now\n   \
   (`file:line`, what to do, the lesson's section) and its tests' results, re-runs them every\n   \
   time you save, and moves on when they pass. Keys: `h` hint, `l` list, `n`/`p` next/previous,\n   \
   `r` re-run, `q` quit (`--manual-run` where file events do not arrive: press `r`).\n\
3. Every function whose body is `todo!(\"…\")` is an exercise; its doc comment says what to\n   \
   compute, the shapes and errors, the complexity and the pitfall. Plain cargo works too:\n   \
   `cargo test -p {first}` (the test files are numbered by exercise, `tests/e01_…`, and cargo\n   \
   stops at the first that fails, so it leads with the exercise to do now), one file with\n   \
   `--test e02_norms`, one exercise's tests as `watch` shows.\n\
4. `cargo xtask progress` shows, for every week, how many tests pass and the next exercise.\n\n\
{released}\n\
## Your tools\n\n\
| command | what it does |\n\
| --- | --- |\n\
| `cargo xtask watch [WEEK]` | the loop: the current exercise and its tests, re-run on every save (only reads your files) |\n\
| `cargo xtask hint WEEK EXERCISE [--level N]` | the exercise and its hints: a nudge, the key idea, the shape of the algorithm |\n\
| `cargo xtask list [WEEK]` | the exercises in order, and where each one is |\n\
| `cargo test -p WEEK` | the week's public tests |\n\
| `cargo xtask progress` | tests passed per week, and the next exercise to do (only reads your files) |\n\
| `cargo xtask reset WEEK [FILE]` | put the original stub back (backs your file up first; `--force` if it holds work) |\n\
| `cargo xtask restore WEEK` | bring back your latest backed-up work (`--list` shows the backups) |\n\
| `cargo run -p WEEK --example NAME` | run one of the week's example programs on your code |\n\n\
More about these tools: [`docs/tools.md`](docs/tools.md).\n\n\
Your work lives in `<week>/src/`. No command overwrites a file there without first saving a dated\n\
copy under `.course-backup/` and saying where. Keep your work in git: `git init && git add -A && git commit`.\n\n\
Some commands of `cargo xtask` (`grade`, `solve`, `diff`, `example`, `stubs`, `ci`) need the\n\
instructor's material — the reference solutions and hidden tests — which this copy does not\n\
include; they say so. Your instructor grades your `src/` folders with hidden tests that use\n\
different inputs from the public ones: make the public tests pass *and* follow each exercise's\n\
doc comment.\n"
    )
}
