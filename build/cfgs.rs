//! What the build script tells cargo: PyO3-compatible cfgs, link lines and the
//! `DEP_LIBPYTHON_SYS_*` metadata that dependents' build scripts read.

use libpython_sys_build::select::Selection;

use crate::{cargo_env, env_var, Error};

/// Registers every cfg this crate (or a dependent copying its cfgs) may test.
pub fn declare_expected() {
    for check in libpython_sys_build::cfgs::expected() {
        println!("cargo::rustc-check-cfg={check}");
    }
}

/// The cfgs for the selected configuration, as PyO3 names them.
pub fn cfg_names(config: &Selection) -> Vec<String> {
    config.cfgs()
}

pub fn emit(config: &Selection) {
    for cfg in cfg_names(config) {
        println!("cargo::rustc-cfg={cfg}");
    }
}

/// True when building an extension module, which must not link libpython.
fn extension_module() -> bool {
    cargo_env("CARGO_FEATURE_EXTENSION_MODULE") == "1"
        || env_var("PYO3_BUILD_EXTENSION_MODULE").is_some()
}

pub fn link(config: &Selection) -> Result<(), Error> {
    let interp = &config.interpreter;
    for line in &interp.extra_lines {
        println!("{line}");
    }
    if extension_module() || interp.suppress_link {
        return Ok(());
    }
    let name = interp.lib_name.as_deref().ok_or_else(|| {
        Error::new(format!(
            "cannot link libpython: {} names no library; set PYO3_BUILD_EXTENSION_MODULE=1 for an extension module, or lib_name= in the config file",
            interp.source
        ))
    })?;
    if let Some(dir) = &interp.lib_dir {
        println!("cargo::rustc-link-search=native={}", dir.display());
        // Lets this package's own tests and examples find a shared libpython outside the
        // loader's default path. Dependents choose their own rpath.
        if interp.shared && cargo_env("CARGO_CFG_TARGET_FAMILY") == "unix" {
            println!("cargo::rustc-link-arg=-Wl,-rpath,{}", dir.display());
        }
    }
    let kind = if interp.shared { "dylib" } else { "static" };
    println!("cargo::rustc-link-lib={kind}={name}");
    Ok(())
}

/// `DEP_LIBPYTHON_SYS_<KEY>` for dependents' build scripts.
pub fn metadata(config: &Selection) {
    let h = &config.headers;
    let interp = &config.interpreter;
    let mut meta = vec![
        ("VERSION", format!("{}.{}", h.major, h.minor)),
        ("VERSION_FULL", h.version.clone()),
        ("VERSION_HEX", format!("0x{:08x}", h.version_hex)),
        ("TARGET", config.label.clone()),
        ("FREE_THREADED", u8::from(h.gil_disabled).to_string()),
        ("DEBUG", u8::from(h.debug).to_string()),
        ("INCLUDE", h.include_dir.display().to_string()),
        ("CFGS", cfg_names(config).join(";")),
        // `abi3-py39`, `abi3t-py315`: the stable ABI the build targets, or empty.
        (
            "STABLE_ABI",
            config.stable.map(|s| s.label()).unwrap_or_default(),
        ),
    ];
    if let Some(dir) = &interp.lib_dir {
        meta.push(("LIB_DIR", dir.display().to_string()));
    }
    if let Some(exe) = &interp.executable {
        meta.push(("EXECUTABLE", exe.display().to_string()));
    }
    if let Some(home) = &interp.base_prefix {
        meta.push(("HOME", home.display().to_string()));
    }
    let linked = !extension_module() && !interp.suppress_link && interp.shared;
    meta.push(("LINKED", u8::from(linked).to_string()));
    for (key, value) in meta {
        println!("cargo::metadata={key}={value}");
    }
    // For this package's own tests, which compare against the running interpreter.
    if let Some(exe) = &interp.executable {
        println!("cargo::rustc-env=LIBPYTHON_SYS_PYTHON={}", exe.display());
    }
    println!("cargo::rustc-env=LIBPYTHON_SYS_TARGET={}", config.label);
    println!(
        "cargo::rustc-env=LIBPYTHON_SYS_STABLE_ABI={}",
        config.stable.map(|s| s.label()).unwrap_or_default()
    );
    println!(
        "cargo::rustc-env=LIBPYTHON_SYS_INCLUDE={}",
        h.include_dir.display()
    );
    println!(
        "cargo::rustc-env=LIBPYTHON_SYS_BUILD_TRIPLE={}",
        cargo_env("TARGET")
    );
}
