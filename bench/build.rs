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
    libpython_sys_build::use_cfgs();
    libpython_sys_build::add_libpython_rpath();
}
