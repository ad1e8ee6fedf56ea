//! Compiles `bench.c` against the headers libpython-sys was built for (its
//! `DEP_LIBPYTHON_SYS_INCLUDE` metadata), with the same optimization level as the Rust side,
//! and under a stable ABI (`DEP_LIBPYTHON_SYS_STABLE_ABI`) with the same limited-API macros
//! libpython-sys's bindings were generated with (`Stable::defines`).
use libpython_sys_build::targets::Stable;

fn main() {
    let include = std::env::var("DEP_LIBPYTHON_SYS_INCLUDE")
        .expect("libpython-sys exports its include directory");
    let stable_label = std::env::var("DEP_LIBPYTHON_SYS_STABLE_ABI").unwrap_or_default();
    println!("cargo::rerun-if-changed=bench.c");
    println!("cargo::rerun-if-env-changed=DEP_LIBPYTHON_SYS_INCLUDE");
    println!("cargo::rerun-if-env-changed=DEP_LIBPYTHON_SYS_STABLE_ABI");
    let mut build = cc::Build::new();
    let mut defines = Vec::new();
    build
        .file("bench.c")
        .include(include)
        .flag_if_supported("-std=gnu11");
    if !stable_label.is_empty() {
        let stable = Stable::parse(&stable_label).unwrap_or_else(|| {
            panic!("DEP_LIBPYTHON_SYS_STABLE_ABI={stable_label} is no stable-ABI target")
        });
        for (name, value) in stable.defines() {
            build.define(name, value.as_str());
            defines.push(format!("{name}={value}"));
        }
    }
    build.compile("libpython_sys_bench_c");
    // For the header line of the output.
    println!("cargo::rustc-env=BENCH_STABLE_ABI={stable_label}");
    println!(
        "cargo::rustc-env=BENCH_STABLE_DEFINES={}",
        defines.join(" ")
    );
    libpython_sys_build::use_cfgs();
    libpython_sys_build::add_libpython_rpath();
}
