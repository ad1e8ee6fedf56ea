//! A dependent's build script: libpython-sys's cfgs and rpath through libpython-sys-build,
//! and two of its metadata values read directly (the test checks them).
fn main() {
    libpython_sys_build::use_cfgs();
    libpython_sys_build::add_libpython_rpath();
    for key in ["VERSION", "TARGET"] {
        let value = std::env::var(format!("DEP_LIBPYTHON_SYS_{key}"))
            .unwrap_or_else(|_| panic!("libpython-sys exports DEP_LIBPYTHON_SYS_{key}"));
        println!("cargo::rustc-env=LIBPYTHON_SYS_{key}={value}");
    }
}
