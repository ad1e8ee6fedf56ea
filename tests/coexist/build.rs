//! A dependent's build script: it reads libpython-sys's metadata and reuses its cfgs.
fn main() {
    let version = std::env::var("DEP_LIBPYTHON_SYS_VERSION")
        .expect("libpython-sys exports DEP_LIBPYTHON_SYS_VERSION");
    let target = std::env::var("DEP_LIBPYTHON_SYS_TARGET")
        .expect("libpython-sys exports DEP_LIBPYTHON_SYS_TARGET");
    let cfgs = std::env::var("DEP_LIBPYTHON_SYS_CFGS")
        .expect("libpython-sys exports DEP_LIBPYTHON_SYS_CFGS");
    for minor in 9..=16 {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    println!("cargo::rustc-check-cfg=cfg(Py_GIL_DISABLED)");
    println!("cargo::rustc-check-cfg=cfg(py_sys_config, values(\"Py_DEBUG\", \"Py_REF_DEBUG\", \"Py_TRACE_REFS\"))");
    for cfg in cfgs.split(';').filter(|c| !c.is_empty()) {
        println!("cargo::rustc-cfg={cfg}");
    }
    println!("cargo::rustc-env=LIBPYTHON_SYS_VERSION={version}");
    println!("cargo::rustc-env=LIBPYTHON_SYS_TARGET={target}");
    if let Ok(dir) = std::env::var("DEP_LIBPYTHON_SYS_LIB_DIR") {
        println!("cargo::rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
