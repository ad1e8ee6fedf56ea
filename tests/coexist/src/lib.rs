//! libpython-sys next to pyo3 in one crate.

/// The interpreter version as libpython-sys's build script saw it (`DEP_LIBPYTHON_SYS_VERSION`).
pub const VERSION: &str = env!("LIBPYTHON_SYS_VERSION");

#[cfg(test)]
mod tests {
    use pyo3::prelude::*;
    use std::ffi::CStr;

    #[test]
    fn both_crates_see_one_interpreter() {
        Python::attach(|py| {
            let sys = py.import("sys").unwrap();
            let version: String = sys.getattr("version").unwrap().extract().unwrap();
            // SAFETY: the interpreter is initialized (pyo3's auto-initialize) and
            // Py_GetVersion returns a static NUL-terminated string.
            let ours = unsafe { CStr::from_ptr(libpython_sys::Py_GetVersion()) };
            assert_eq!(ours.to_str().unwrap(), version);
            assert!(version.starts_with(&format!("{}.", super::VERSION)));
            let ft: bool = py
                .import("sysconfig")
                .unwrap()
                .call_method1("get_config_var", ("Py_GIL_DISABLED",))
                .unwrap()
                .extract::<Option<i64>>()
                .unwrap()
                .unwrap_or(0)
                == 1;
            assert_eq!(ft, cfg!(Py_GIL_DISABLED));
            assert_eq!(env!("LIBPYTHON_SYS_TARGET").ends_with('t'), ft);
        });
    }
}
