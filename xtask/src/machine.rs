//! What machine a benchmark ran on: CPU model, vector extensions, cache sizes.
//!
//! `cargo xtask bench` prints this header before every table, so a table pasted into a lesson
//! says where it was measured. Everything is read from Linux's `/proc/cpuinfo` and
//! `/sys/devices/system/cpu/cpu0/cache/`; elsewhere the fields say "unknown".
//!
//! ```text
//! machine: AMD EPYC (x86_64), 2 logical CPUs
//! vector extensions: sse2 sse4_2 avx avx2 fma avx512f avx512dq avx512vl
//! caches (cpu0): L1d 32 KiB, L1i 32 KiB, L2 1024 KiB, L3 32768 KiB
//! ```

use std::path::Path;

/// The vector extensions worth naming for a floating-point kernel, in the order printed.
const VECTOR_FLAGS: &[&str] = &[
    "sse2", "sse4_2", "avx", "avx2", "fma", "avx512f", "avx512dq", "avx512vl", "avx512bw", "neon",
    "asimd", "sve", "sve2",
];

/// One cache as `/sys/devices/system/cpu/cpu0/cache/indexN/` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cache {
    /// 1, 2, 3 …
    pub level: u32,
    /// "Data", "Instruction" or "Unified".
    pub kind: String,
    /// Its size in KiB.
    pub kib: u64,
}

impl Cache {
    /// "L1d", "L1i", "L2" …
    pub fn label(&self) -> String {
        match self.kind.as_str() {
            "Data" => format!("L{}d", self.level),
            "Instruction" => format!("L{}i", self.level),
            _ => format!("L{}", self.level),
        }
    }
}

/// The CPU model from `/proc/cpuinfo` text (`model name` on x86, `Model`/`CPU part` elsewhere).
pub fn cpu_model(cpuinfo: &str) -> Option<String> {
    ["model name", "Model", "Hardware"].iter().find_map(|key| {
        cpuinfo.lines().find_map(|line| {
            let (k, v) = line.split_once(':')?;
            (k.trim() == *key && !v.trim().is_empty()).then(|| v.trim().to_string())
        })
    })
}

/// The vector extensions among the first CPU's `flags` (x86) or `Features` (Arm), in
/// [`VECTOR_FLAGS`] order.
pub fn vector_extensions(cpuinfo: &str) -> Vec<&'static str> {
    let flags: Vec<&str> = cpuinfo
        .lines()
        .find_map(|line| {
            let (k, v) = line.split_once(':')?;
            matches!(k.trim(), "flags" | "Features").then_some(v)
        })
        .map(|v| v.split_whitespace().collect())
        .unwrap_or_default();
    VECTOR_FLAGS
        .iter()
        .copied()
        .filter(|f| flags.contains(f))
        .collect()
}

/// Parses a sysfs cache size: "48K", "2048K", "32M".
pub fn parse_size_kib(text: &str) -> Option<u64> {
    let t = text.trim();
    if let Some(k) = t.strip_suffix('K') {
        k.parse().ok()
    } else if let Some(m) = t.strip_suffix('M') {
        m.parse::<u64>().ok().map(|m| m * 1024)
    } else {
        t.parse::<u64>().ok().map(|b| b / 1024)
    }
}

/// The caches of cpu0 listed under `dir` (normally `/sys/devices/system/cpu/cpu0/cache`),
/// sorted by level and kind; an unreadable entry is skipped.
pub fn caches(dir: &Path) -> Vec<Cache> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Cache> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("index"))
        .filter_map(|e| {
            let read = |f: &str| std::fs::read_to_string(e.path().join(f)).ok();
            Some(Cache {
                level: read("level")?.trim().parse().ok()?,
                kind: read("type")?.trim().to_string(),
                kib: parse_size_kib(&read("size")?)?,
            })
        })
        .collect();
    out.sort_by(|a, b| (a.level, &a.kind).cmp(&(b.level, &b.kind)));
    out
}

/// The three header lines for this machine.
pub fn header() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let threads = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = cpu_model(&cpuinfo).unwrap_or_else(|| "unknown CPU".into());
    let ext = vector_extensions(&cpuinfo);
    let caches = caches(Path::new("/sys/devices/system/cpu/cpu0/cache"));
    format_header(&model, std::env::consts::ARCH, threads, &ext, &caches)
}

/// Formats the header from its parts (separate from [`header`] so it can be tested).
pub fn format_header(
    model: &str,
    arch: &str,
    threads: usize,
    ext: &[&str],
    caches: &[Cache],
) -> String {
    let ext = if ext.is_empty() {
        "unknown".to_string()
    } else {
        ext.join(" ")
    };
    let caches = if caches.is_empty() {
        "unknown".to_string()
    } else {
        caches
            .iter()
            .map(|c| format!("{} {} KiB", c.label(), c.kib))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "machine: {model} ({arch}), {threads} logical CPUs available to this process\n\
         vector extensions: {ext}\n\
         caches (cpu0): {caches}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const X86: &str = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 9R14\n\
                       flags\t\t: fpu sse2 avx avx2 fma avx512f avx512vl sha_ni\n\
                       processor\t: 1\nmodel name\t: AMD EPYC 9R14\nflags\t\t: fpu sse2\n";

    #[test]
    fn reads_the_model_and_the_first_cpus_vector_flags() {
        assert_eq!(cpu_model(X86).as_deref(), Some("AMD EPYC 9R14"));
        assert_eq!(
            vector_extensions(X86),
            ["sse2", "avx", "avx2", "fma", "avx512f", "avx512vl"]
        );
        let arm = "processor : 0\nFeatures : fp asimd evtstrm sve\nModel : Raspberry Pi 4\n";
        assert_eq!(cpu_model(arm).as_deref(), Some("Raspberry Pi 4"));
        assert_eq!(vector_extensions(arm), ["asimd", "sve"]);
        assert_eq!(cpu_model(""), None);
        assert!(vector_extensions("").is_empty());
    }

    #[test]
    fn parses_sysfs_sizes() {
        assert_eq!(parse_size_kib("48K\n"), Some(48));
        assert_eq!(parse_size_kib("32M"), Some(32768));
        assert_eq!(parse_size_kib("65536"), Some(64));
        assert_eq!(parse_size_kib("big"), None);
    }

    #[test]
    fn reads_a_cache_directory_and_skips_broken_entries() {
        let dir = std::env::temp_dir().join(format!("xtask-machine-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (i, level, kind, size) in [
            ("index2", "2", "Unified", "2048K"),
            ("index0", "1", "Data", "48K"),
            ("index1", "1", "Instruction", "32K"),
        ] {
            let d = dir.join(i);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("level"), level).unwrap();
            std::fs::write(d.join("type"), kind).unwrap();
            std::fs::write(d.join("size"), size).unwrap();
        }
        std::fs::create_dir_all(dir.join("index3")).unwrap(); // no files: skipped
        let labels: Vec<_> = caches(&dir)
            .iter()
            .map(|c| format!("{} {}", c.label(), c.kib))
            .collect();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(labels, ["L1d 48", "L1i 32", "L2 2048"]);
        assert!(caches(Path::new("/no/such/dir")).is_empty());
    }

    #[test]
    fn the_header_names_what_it_could_not_read() {
        let h = format_header("unknown CPU", "aarch64", 4, &[], &[]);
        assert!(h.contains("vector extensions: unknown"), "{h}");
        assert!(h.contains("caches (cpu0): unknown"), "{h}");
    }
}
