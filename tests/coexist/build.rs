//! A dependent's build script: it reads cpython-sys's metadata and reuses its cfgs.
fn main() {
    let version = std::env::var("DEP_CPYTHON_SYS_VERSION")
        .expect("cpython-sys exports DEP_CPYTHON_SYS_VERSION");
    let target = std::env::var("DEP_CPYTHON_SYS_TARGET")
        .expect("cpython-sys exports DEP_CPYTHON_SYS_TARGET");
    let cfgs =
        std::env::var("DEP_CPYTHON_SYS_CFGS").expect("cpython-sys exports DEP_CPYTHON_SYS_CFGS");
    for minor in 9..=16 {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    println!("cargo::rustc-check-cfg=cfg(Py_GIL_DISABLED)");
    println!("cargo::rustc-check-cfg=cfg(py_sys_config, values(\"Py_DEBUG\", \"Py_REF_DEBUG\", \"Py_TRACE_REFS\"))");
    for cfg in cfgs.split(';').filter(|c| !c.is_empty()) {
        println!("cargo::rustc-cfg={cfg}");
    }
    println!("cargo::rustc-env=CPYTHON_SYS_VERSION={version}");
    println!("cargo::rustc-env=CPYTHON_SYS_TARGET={target}");
    if let Ok(dir) = std::env::var("DEP_CPYTHON_SYS_LIB_DIR") {
        println!("cargo::rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
