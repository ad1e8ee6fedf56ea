//! Mirrors `pydebug.h` (`cpython/pydebug.h` from 3.10): `Py_GETENV`, a macro before 3.11
//! (an exported function from 3.11).

#[cfg(not(Py_3_11))]
use core::ffi::c_char;

#[cfg(not(Py_3_11))]
extern "C" {
    /// `getenv` (`<stdlib.h>`), which the 3.9/3.10 macro calls.
    fn getenv(name: *const c_char) -> *mut c_char;
}

/// `Py_GETENV(name)` (3.9, 3.10: the header's macro; exported from 3.11): the environment
/// variable `name`, or NULL when it is unset or the environment is ignored (`-E`).
///
/// # Safety
/// `name` is a C string; the environment is not being modified concurrently.
#[cfg(not(Py_3_11))]
#[inline]
pub unsafe fn Py_GETENV(name: *const c_char) -> *mut c_char {
    // SAFETY: as the caller promises; the flag is an int libpython exports.
    unsafe {
        if crate::Py_IgnoreEnvironmentFlag != 0 {
            core::ptr::null_mut()
        } else {
            getenv(name)
        }
    }
}
