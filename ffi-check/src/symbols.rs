//! Exported symbols (check 4): every extern function and static must be exported by the
//! libpython the interpreter uses (for a statically linked interpreter, by its
//! executable). The dynamic linker judges.

use std::process::Command;

use libpython_sys_build::dynlib::Library;

use crate::probe::Finding;
use crate::Target;
use libpython_sys_build::model::Bindings;

/// Returns the number of symbols checked and a finding per symbol not exported.
pub fn check(t: &Target, b: &Bindings) -> Result<(usize, Vec<Finding>), String> {
    // (class, Rust path for the report, C symbol)
    let wanted: Vec<(&'static str, &str, &str)> = b
        .functions
        .iter()
        .map(|f| ("function", f.rust.as_str(), f.name.as_str()))
        .chain(
            b.statics
                .iter()
                .map(|s| ("static", s.rust.as_str(), s.name.as_str())),
        )
        .collect();
    let libpython = t.interp.libpython();
    let exported: Box<dyn Fn(&str) -> bool> = match &libpython {
        Some(lib) => {
            let lib = Library::open(lib).map_err(|e| e.to_string())?;
            Box::new(move |name: &str| lib.exports(name))
        }
        None => {
            // Statically linked: the executable's dynamic symbol table.
            let out = Command::new("nm")
                .args(["-D", "--defined-only"])
                .arg(&t.python)
                .output()
                .map_err(|e| format!("cannot run nm on {}: {e}", t.python.display()))?;
            let table: std::collections::BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| l.split_whitespace().last().map(str::to_string))
                .collect();
            Box::new(move |name: &str| table.contains(name))
        }
    };
    let holder = libpython.unwrap_or_else(|| t.python.clone());
    let findings = wanted
        .iter()
        .filter(|(_, _, symbol)| !exported(symbol))
        .map(|(class, rust, symbol)| Finding {
            class,
            item: rust.to_string(),
            rust: "not exported: declared by the bindings".into(),
            c: format!("no symbol {symbol} in {}", holder.display()),
        })
        .collect();
    Ok((wanted.len(), findings))
}
