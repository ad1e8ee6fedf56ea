//! Compiles `bench.c` against the headers libpython-sys was built for (its
//! `DEP_LIBPYTHON_SYS_INCLUDE` metadata), with the same optimization level as the Rust side,
//! and under a stable ABI (`DEP_LIBPYTHON_SYS_STABLE_ABI`) with the same limited-API macros
//! libpython-sys's bindings were generated with (`Stable::defines`).
use libpython_sys_build::targets::Stable;

fn main() {
    let include: String = std::env::var("DEP_LIBPYTHON_SYS_INCLUDE")
        .expect("libpython-sys exports its include directory");
    let stable_label = std::env::var("DEP_LIBPYTHON_SYS_STABLE_ABI").unwrap_or_default();
    println!("cargo::rerun-if-changed=bench.c");
    println!("cargo::rerun-if-env-changed=DEP_LIBPYTHON_SYS_INCLUDE");
    println!("cargo::rerun-if-env-changed=DEP_LIBPYTHON_SYS_STABLE_ABI");
    let mut build = cc::Build::new();
    let mut defines = Vec::new();
    build
        .file("bench.c")
        .include(&include)
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
    compat(&include, &stable_label);
    // For the header line of the output.
    println!("cargo::rustc-env=BENCH_STABLE_ABI={stable_label}");
    println!(
        "cargo::rustc-env=BENCH_STABLE_DEFINES={}",
        defines.join(" ")
    );
    libpython_sys_build::use_cfgs();
    libpython_sys_build::add_libpython_rpath();
}

/// The compat rows' C side (`bench_compat.c`), for the version-specific API: with
/// pythoncapi-compat's header when `BENCH_PYTHONCAPI_COMPAT` names its directory, or
/// without it on 3.15+, whose headers have every item. Sets the cfg `bench_compat` when
/// compiled, and `bench_pythoncapi_compat` when the header was used.
fn compat(include: &str, stable_label: &str) {
    println!("cargo::rustc-check-cfg=cfg(bench_compat)");
    println!("cargo::rustc-check-cfg=cfg(bench_pythoncapi_compat)");
    println!("cargo::rerun-if-changed=bench_compat.c");
    println!("cargo::rerun-if-env-changed=BENCH_PYTHONCAPI_COMPAT");
    if !stable_label.is_empty() {
        return;
    }
    let header = std::env::var_os("BENCH_PYTHONCAPI_COMPAT").map(std::path::PathBuf::from);
    if let Some(dir) = &header {
        assert!(
            dir.join("pythoncapi_compat.h").is_file(),
            "BENCH_PYTHONCAPI_COMPAT={} holds no pythoncapi_compat.h: name the directory that has it",
            dir.display()
        );
    }
    // `3.14`: the version of the headers libpython-sys was built for.
    let minor: u32 = std::env::var("DEP_LIBPYTHON_SYS_VERSION")
        .ok()
        .and_then(|v| v.strip_prefix("3.")?.parse().ok())
        .unwrap_or(0);
    if header.is_none() && minor < 15 {
        println!(
            "cargo::warning=the compat rows need pythoncapi-compat's header on 3.{minor}: set BENCH_PYTHONCAPI_COMPAT to the directory holding pythoncapi_compat.h"
        );
        return;
    }
    let mut build = cc::Build::new();
    build
        .file("bench_compat.c")
        .include(include)
        .flag_if_supported("-std=gnu11");
    if let Some(dir) = &header {
        build
            .include(dir)
            .define("BENCH_HAVE_PYTHONCAPI_COMPAT", None);
        println!("cargo::rustc-cfg=bench_pythoncapi_compat");
    }
    build.compile("libpython_sys_bench_compat_c");
    println!("cargo::rustc-cfg=bench_compat");
}
