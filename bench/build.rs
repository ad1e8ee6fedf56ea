//! Compiles `bench.c` against the headers libpython-sys was built for (its
//! `DEP_LIBPYTHON_SYS_INCLUDE` metadata), with the same optimization level as the Rust side.
fn main() {
    let include = std::env::var("DEP_LIBPYTHON_SYS_INCLUDE")
        .expect("libpython-sys exports its include directory");
    println!("cargo::rerun-if-changed=bench.c");
    println!("cargo::rerun-if-env-changed=DEP_LIBPYTHON_SYS_INCLUDE");
    cc::Build::new()
        .file("bench.c")
        .include(include)
        .flag_if_supported("-std=gnu11")
        .compile("libpython_sys_bench_c");
    if let Ok(dir) = std::env::var("DEP_LIBPYTHON_SYS_LIB_DIR") {
        println!("cargo::rustc-link-arg=-Wl,-rpath,{dir}");
    }
    for minor in 9..=16 {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    println!("cargo::rustc-check-cfg=cfg(Py_GIL_DISABLED)");
    println!("cargo::rustc-check-cfg=cfg(py_sys_config, values(\"Py_DEBUG\", \"Py_REF_DEBUG\", \"Py_TRACE_REFS\"))");
    for cfg in std::env::var("DEP_LIBPYTHON_SYS_CFGS")
        .unwrap_or_default()
        .split(';')
        .filter(|c| !c.is_empty())
    {
        println!("cargo::rustc-cfg={cfg}");
    }
}
