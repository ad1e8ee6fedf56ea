//! Human and JSON output.

use std::fmt::Write as _;
use std::path::PathBuf;

use libpython_sys_build::exact;

use crate::krate::Krate;
use crate::Report;

/// What each checked-in bindings file of `krate` was generated from.
pub fn provenance(krate: &Krate) {
    println!("{}: bindings generated from", krate.describe());
    for (target, origin) in krate.provenance() {
        match origin {
            Some(o) => println!(
                "  {target:<11} CPython {} headers, {} build",
                o.version.text,
                if o.free_threaded {
                    "free-threaded"
                } else {
                    "default (GIL)"
                }
            ),
            None => println!("  {target:<11} (no bindings file)"),
        }
    }
}

/// `1240` -> `1,240`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const ORDER: [&str; 12] = [
    "structs",
    "fields",
    "field types",
    "bitfields",
    "constants",
    "aliases",
    "alias types",
    "functions",
    "static types",
    "static sizes",
    "symbols",
    "config",
];

pub fn print(r: &Report, list_missing: bool) {
    let total: usize = r.counts.values().sum();
    let build = if r.free_threaded {
        "free-threaded"
    } else {
        "default"
    };
    let detail: Vec<String> = ORDER
        .iter()
        .filter_map(|k| r.counts.get(k).map(|n| format!("{k} {}", thousands(*n))))
        .collect();
    println!(
        "{:<6} {} {}  {} checked, {} failed, {} removed by the build, {} not checkable  ({})  {:.1} s",
        r.label,
        r.version,
        build,
        thousands(total),
        r.failed(),
        r.removed.removed.len(),
        r.unjudged_count(),
        detail.join(", "),
        r.seconds
    );
    println!(
        "  bindings {}{}",
        r.bindings.display(),
        r.origin
            .as_ref()
            .map(|o| format!(", generated from CPython {o}"))
            .unwrap_or_default()
    );
    if !r.removed.removed.is_empty() {
        println!(
            "  removed by the build (this interpreter's headers differ; not checked, and using one is a compile error): {}",
            r.removed.describe()
        );
    }
    if r.unjudged_count() > 0 {
        println!("  not checkable:");
        for (reason, items) in &r.unjudged {
            println!("    {} {reason}: {}", items.len(), items.join(" "));
        }
    }
    for f in &r.findings {
        println!(
            "  FAIL  {} {}: Rust {} | C {}",
            f.class, f.item, f.rust, f.c
        );
    }
    if let Some(n) = r.backports {
        println!(
            "  backports: {} functions newer than this release are backported, and every function COMPAT.md offers here is bound (none it withholds)",
            thousands(n)
        );
    }
    if let Some(c) = &r.coverage {
        println!(
            "  coverage: {} of {} exported functions bound, {} of {} static inline, {} of {} function-like macros; the rest not ported on purpose (NOT_PORTED.md{}), {} unexplained, {} stale{}",
            thousands(c.exported - c.missing_exported.len()),
            thousands(c.exported),
            thousands(c.inline - c.missing_inline.len()),
            thousands(c.inline),
            thousands(c.macros - c.missing_macros.len()),
            thousands(c.macros),
            if r.label.starts_with("abi3") {
                ", or outside the stable ABI: build/stable_abi.toml"
            } else {
                ""
            },
            c.unexplained.len(),
            c.stale.len(),
            if list_missing { "; missing:" } else { "" }
        );
        if !c.unexplained.is_empty() {
            println!(
                "    unexplained (bind them, or list them in NOT_PORTED.md): {}",
                c.unexplained.join(" ")
            );
        }
        if !c.stale.is_empty() {
            println!(
                "    stale (bound, yet listed in NOT_PORTED.md): {}",
                c.stale.join(" ")
            );
        }
        if list_missing {
            println!("    exported: {}", c.missing_exported.join(" "));
            println!("    static inline: {}", c.missing_inline.join(" "));
            println!("    function-like macros: {}", c.missing_macros.join(" "));
        }
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|s| esc(s)).collect::<Vec<_>>().join(",")
    )
}

pub fn json(krate: &Krate, reports: &[Report], errors: &[(PathBuf, String)]) -> String {
    let mut out = format!(
        "{{\"crate\":{{\"name\":\"libpython-sys\",\"version\":{},\"source\":{},\"root\":{}}},\"interpreters\":[",
        esc(&krate.version),
        esc(&krate.source),
        esc(&krate.root.display().to_string())
    );
    for (i, r) in reports.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let counts: Vec<String> = r
            .counts
            .iter()
            .map(|(k, v)| format!("{}:{v}", esc(k)))
            .collect();
        let findings: Vec<String> = r
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{{\"class\":{},\"item\":{},\"rust\":{},\"c\":{}}}",
                    esc(f.class),
                    esc(&f.item),
                    esc(&f.rust),
                    esc(&f.c)
                )
            })
            .collect();
        let coverage = r.coverage.as_ref().map_or("null".to_string(), |c| {
            format!(
                "{{\"exported\":{},\"inline\":{},\"macros\":{},\"missing_exported\":{},\"missing_inline\":{},\"missing_macros\":{},\"unexplained\":{},\"stale\":{}}}",
                c.exported,
                c.inline,
                c.macros,
                list(&c.missing_exported),
                list(&c.missing_inline),
                list(&c.missing_macros),
                list(&c.unexplained),
                list(&c.stale)
            )
        });
        let removed: Vec<String> = r
            .removed
            .removed
            .iter()
            .map(|(name, (kind, why))| {
                let why = match why {
                    exact::Removal::Differs(m) => m.clone(),
                    exact::Removal::Uses(o) => format!("uses {o}"),
                };
                format!(
                    "{{\"item\":{},\"kind\":{},\"why\":{}}}",
                    esc(name),
                    esc(kind.word()),
                    esc(&why)
                )
            })
            .collect();
        let unjudged: Vec<String> = r
            .unjudged
            .iter()
            .map(|(reason, items)| format!("{}:{}", esc(reason), list(items)))
            .collect();
        let _ = write!(
            out,
            "{{\"target\":{},\"python\":{},\"version\":{},\"free_threaded\":{},\"bindings\":{},\"origin\":{},\"checked\":{},\"failed\":{},\"counts\":{{{}}},\"findings\":[{}],\"removed\":[{}],\"not_checkable\":{{{}}},\"coverage\":{},\"backports\":{},\"seconds\":{:.3}}}",
            esc(&r.label),
            esc(&r.python.display().to_string()),
            esc(&r.version),
            r.free_threaded,
            esc(&r.bindings.display().to_string()),
            r.origin.as_deref().map_or("null".to_string(), esc),
            r.checked(),
            r.failed(),
            counts.join(","),
            findings.join(","),
            removed.join(","),
            unjudged.join(","),
            coverage,
            r.backports.map_or("null".to_string(), |n| n.to_string()),
            r.seconds
        );
    }
    out.push_str("],\"errors\":[");
    let errs: Vec<String> = errors
        .iter()
        .map(|(p, e)| {
            format!(
                "{{\"python\":{},\"error\":{}}}",
                esc(&p.display().to_string()),
                esc(e)
            )
        })
        .collect();
    out.push_str(&errs.join(","));
    out.push_str("]}");
    out
}
