//! Exported symbols (check 4): every extern function and static must be exported by the
//! libpython the interpreter uses (for a statically linked interpreter, by its executable). The dynamic linker judges.

use std::ffi::CString;
use std::path::PathBuf;
use std::process::Command;

use crate::model::Bindings;
use crate::probe::Finding;
use crate::Target;

fn libpython(t: &Target) -> Option<PathBuf> {
    let (dir, name) = (t.interp.lib_dir.as_ref()?, t.interp.lib_name.as_ref()?);
    let ext = if cfg!(target_os = "macos") {
        "dylib"
    } else {
        "so"
    };
    Some(dir.join(format!("lib{name}.{ext}"))).filter(|p| p.is_file())
}

/// Returns the number of symbols checked and a finding per symbol not exported.
pub fn check(t: &Target, b: &Bindings) -> Result<(usize, Vec<Finding>), String> {
    let wanted: Vec<(&'static str, &str)> = b
        .functions
        .iter()
        .map(|f| ("function", f.name.as_str()))
        .chain(b.statics.iter().map(|s| ("static", s.name.as_str())))
        .collect();
    let exported: Box<dyn Fn(&str) -> bool> = match libpython(t).filter(|_| t.interp.shared) {
        Some(lib) => {
            let path =
                CString::new(lib.as_os_str().as_encoded_bytes()).map_err(|e| e.to_string())?;
            // SAFETY: dlopen with a valid C string; the handle is only used for dlsym
            // lookups (no code from the library runs besides its initializers) and is
            // closed when the closure is dropped at the end of this function.
            let handle = unsafe { libc::dlopen(path.as_ptr(), libc::RTLD_LAZY | libc::RTLD_LOCAL) };
            if handle.is_null() {
                return Err(format!("the dynamic linker cannot load {}", lib.display()));
            }
            let guard = Handle(handle);
            Box::new(move |name: &str| guard.exports(name))
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
    let findings = wanted
        .iter()
        .filter(|(_, name)| !exported(name))
        .map(|(class, name)| Finding {
            class,
            item: name.to_string(),
            rust: "not exported: declared by the bindings".into(),
            c: format!(
                "no such symbol in {}",
                libpython(t).unwrap_or_else(|| t.python.clone()).display()
            ),
            drift: false,
        })
        .collect();
    Ok((wanted.len(), findings))
}

/// An open `dlopen` handle, closed on drop.
struct Handle(*mut libc::c_void);

impl Handle {
    fn exports(&self, name: &str) -> bool {
        let sym = CString::new(name).unwrap();
        // SAFETY: the handle is open while `self` lives; dlsym only looks the name up.
        !unsafe { libc::dlsym(self.0, sym.as_ptr()) }.is_null()
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle came from a successful dlopen and is closed once.
        unsafe { libc::dlclose(self.0) };
    }
}
