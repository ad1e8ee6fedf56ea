// The cfgs libpython-sys was compiled with (`Py_3_13`, `Py_GIL_DISABLED`, …) for this crate
// too, with their check-cfg declarations: without them `#[cfg(Py_3_13)]` is always false.
fn main() {
    libpython_sys_build::use_cfgs();
}
