fn main() {
    // The cfgs libpython-sys was compiled with, for `#[cfg(Py_GIL_DISABLED)]` and the rest.
    libpython_sys_build::use_cfgs();
    // Find the libpython this program was built for at run time, without LD_LIBRARY_PATH.
    libpython_sys_build::add_libpython_rpath();
    // Where that interpreter's standard library is, for PyConfig.home.
    let home = libpython_sys_build::python_home().expect("libpython-sys reports the home");
    println!("cargo::rustc-env=EMBED_PYTHON_HOME={}", home.display());
}
