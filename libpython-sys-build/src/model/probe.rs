//! The Rust probe: a program compiled by rustc from `src/lib.rs`'s own items (its
//! `bindings` module pointed at the file under check, and the hand-written layer) with a
//! target's cfgs, printing what Rust says of each item, one tab-separated row each:
//!
//! | row | fields |
//! |---|---|
//! | `R key size align` | a record |
//! | `F key offset size` | a field (`Record.path.to.field`) |
//! | `B key bytes` | a record, zeroed, with one bitfield set to all ones |
//! | `K key value size signed` | an integer constant (`signed`: 1, 0, or -1 unknown) |
//! | `S key hexbytes len -1` | a string constant, NUL included |
//! | `D key value size -1` | a float constant |
//! | `A name size signed` | an integer type alias |
//! | `V key size` | a static |

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::model::{tokens, Bitfield, Const, Record, Static};

/// Rows by (kind, key).
pub type Rows = BTreeMap<(String, String), Vec<String>>;

/// `KIND\tKEY\tvalues…` lines, by (KIND, KEY).
pub fn rows(out: &str) -> Rows {
    out.lines()
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let kind = parts.next()?.to_string();
            let key = parts.next()?.to_string();
            Some(((kind, key), parts.map(str::to_string).collect()))
        })
        .collect()
}

/// How the probe names an item: generated items through `bindings::` (so a hand-written
/// item of the same name cannot make them ambiguous), hand-written ones by module path.
pub fn rust_path(rust: &str) -> String {
    if rust.contains("::") {
        rust.to_string()
    } else {
        format!("bindings::{rust}")
    }
}

/// The probe's statements, added item by item.
#[derive(Default)]
pub struct RustCode {
    body: String,
}

impl RustCode {
    pub fn record(&mut self, r: &Record) {
        let rp = rust_path(&r.rust);
        let _ = writeln!(
            self.body,
            "println!(\"R\\t{}\\t{{}}\\t{{}}\", size_of::<{rp}>(), align_of::<{rp}>());",
            r.rust
        );
        for f in &r.fields {
            let key = format!("{}.{}", r.rust, f.rust_path);
            let _ = writeln!(
                self.body,
                "println!(\"F\\t{key}\\t{{}}\\t{{}}\", offset_of!({rp}, {}), fsize(|p: *const {rp}| unsafe {{ core::ptr::addr_of!((*p).{}) }}));",
                f.rust_path, f.rust_path
            );
        }
    }

    /// One `B` row per bitfield: the record zeroed, the bitfield set to all ones.
    pub fn bitfields(&mut self, r: &Record) {
        let rp = rust_path(&r.rust);
        for b in &r.bitfields {
            let _ = writeln!(
                self.body,
                "{{ let mut s: {rp} = unsafe {{ core::mem::zeroed() }}; s.{}set_{}({}); println!(\"B\\t{}\\t{{}}\", bytes(&s)); }}",
                b.holder,
                b.name,
                all_ones(b),
                bitfield_key(r, b)
            );
        }
    }

    /// A constant: `K`, `S` or `D` by its type; `signed` as the Rust type says (-1 when
    /// its signedness is not the C type's to compare).
    pub fn constant(&mut self, k: &Const, signed: i32) {
        let (key, rk) = (&k.rust, rust_path(&k.rust));
        if is_bytes(&k.ty) {
            let _ = writeln!(
                self.body,
                "println!(\"S\\t{key}\\t{{}}\\t{{}}\\t-1\", {rk}.show(), {rk}.size());"
            );
        } else if is_float(&k.ty) {
            let _ = writeln!(
                self.body,
                "println!(\"D\\t{key}\\t{{:.17e}}\\t{{}}\\t-1\", {rk} as f64, size_of_val(&{rk}));"
            );
        } else {
            let _ = writeln!(
                self.body,
                "println!(\"K\\t{key}\\t{{}}\\t{{}}\\t{signed}\", {rk}.show(), size_of_val(&{rk}));"
            );
        }
    }

    /// A pointer-valued constant (`Py_MOD_GIL_NOT_USED` is `(void *)1`), by its address.
    pub fn pointer_constant(&mut self, k: &Const) {
        let rk = rust_path(&k.rust);
        let _ = writeln!(
            self.body,
            "println!(\"K\\t{}\\t{{}}\\t{{}}\\t-1\", {rk} as usize, size_of_val(&{rk}));",
            k.rust
        );
    }

    pub fn alias(&mut self, name: &str, signed: bool) {
        let _ = writeln!(
            self.body,
            "println!(\"A\\t{name}\\t{{}}\\t{}\", size_of::<bindings::{name}>());",
            i32::from(signed)
        );
    }

    pub fn static_size(&mut self, s: &Static) {
        let _ = writeln!(
            self.body,
            "println!(\"V\\t{}\\t{{}}\", size_of::<{}>());",
            s.rust,
            tokens(&s.ty)
        );
    }

    /// Compiles the probe with rustc and runs it. `root`: lib.rs's items (see
    /// [`crate::model::layer`]); `bindings`: the file its `bindings` module includes;
    /// `version_rs`: what the build writes to `OUT_DIR/version.rs`.
    pub fn run(&self, probe: &Probe<'_>) -> Result<Rows, String> {
        let mut src = String::new();
        let _ = writeln!(
            src,
            "#![allow(warnings)]\n{}\nuse core::mem::{{size_of, align_of, offset_of}};\n\
             fn fsize<T, F>(_: fn(*const T) -> *const F) -> usize {{ size_of::<F>() }}\n\
             fn bytes<T>(v: &T) -> String {{ let p = v as *const T as *const u8; (0..size_of::<T>()).map(|i| format!(\"{{:02x}}\", unsafe {{ *p.add(i) }})).collect() }}\n\
             trait Show {{ fn show(&self) -> String; fn size(&self) -> usize {{ 0 }} }}\n\
             macro_rules! show_num {{ ($($t:ty),*) => {{ $(impl Show for $t {{ fn show(&self) -> String {{ format!(\"{{}}\", self) }} }})* }} }}\n\
             show_num!(i8, u8, i16, u16, i32, u32, i64, u64, isize, usize, f32, f64);\n\
             impl<const N: usize> Show for &[u8; N] {{ fn show(&self) -> String {{ self.iter().map(|b| format!(\"{{:02x}}\", b)).collect() }} fn size(&self) -> usize {{ N }} }}\n\
             impl Show for &core::ffi::CStr {{ fn show(&self) -> String {{ self.to_bytes_with_nul().iter().map(|b| format!(\"{{:02x}}\", b)).collect() }} fn size(&self) -> usize {{ self.to_bytes_with_nul().len() }} }}\n\
             fn main() {{\n{}}}",
            probe.root, self.body
        );
        let rust_src = probe.work.join("probe.rs");
        std::fs::write(&rust_src, &src).map_err(|e| e.to_string())?;
        // lib.rs includes `$OUT_DIR/bindings.rs` and `$OUT_DIR/version.rs`.
        let include = format!("include!({:?});\n", probe.bindings.display().to_string());
        std::fs::write(probe.work.join("bindings.rs"), include).map_err(|e| e.to_string())?;
        std::fs::write(probe.work.join("version.rs"), probe.version_rs)
            .map_err(|e| e.to_string())?;
        let exe = probe.work.join("probe");
        let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
        let mut cmd = Command::new(rustc);
        cmd.env("OUT_DIR", probe.work);
        for cfg in probe.cfgs {
            cmd.arg("--cfg").arg(cfg);
        }
        let out = cmd
            .args([
                "--edition",
                "2021",
                "-C",
                "opt-level=0",
                "-C",
                "debuginfo=0",
            ])
            .arg("--target")
            .arg(probe.triple)
            .arg("-o")
            .arg(&exe)
            .arg(&rust_src)
            .output()
            .map_err(|e| format!("cannot run rustc: {e}"))?;
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            return Err(format!(
                "the bindings do not compile with rustc:\n{}",
                stderr.lines().take(30).collect::<Vec<_>>().join("\n")
            ));
        }
        run_exe(&exe).map(|out| rows(&out))
    }
}

/// What the Rust probe compiles: lib.rs's root items, the bindings file, the cfgs.
pub struct Probe<'a> {
    pub root: &'a str,
    pub bindings: &'a Path,
    pub version_rs: &'a str,
    pub cfgs: &'a [String],
    pub triple: &'a str,
    pub work: &'a Path,
}

pub fn run_exe(path: &PathBuf) -> Result<String, String> {
    let out = Command::new(path)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", path.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `Record.state.kind`.
pub fn bitfield_key(r: &Record, b: &Bitfield) -> String {
    format!("{}.{}{}", r.rust, b.holder, b.name)
}

/// The all-ones value of a bitfield accessor's type.
fn all_ones(b: &Bitfield) -> String {
    let ty = tokens(&b.ty);
    if ty == "bool" {
        "true".into()
    } else {
        format!("(!0u64) as {ty}")
    }
}

/// Whether a type is a string constant (`&[u8; N]` or `&CStr`).
pub fn is_bytes(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Reference(r) => {
            matches!(&*r.elem, syn::Type::Array(_)) || tokens(&r.elem).ends_with("CStr")
        }
        _ => false,
    }
}

pub fn is_float(ty: &syn::Type) -> bool {
    matches!(tokens(ty).as_str(), "f64" | "f32")
}
