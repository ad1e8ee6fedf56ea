//! Mirrors `pythonrun.h` (`cpython/pythonrun.h` from 3.10): the compile macros, one
//! function each on every version.

use core::ffi::{c_char, c_int};

use crate::{PyCompilerFlags, PyObject};

/// `Py_CompileStringFlags(str, filename, start, flags)`: the macro over
/// `Py_CompileStringExFlags(…, -1)` that every version has. Some patch releases also
/// declare an exported function of this name (3.13.15, 3.15.0rc2; not 3.13.0 or 3.14.6),
/// which C code does not call; the crate binds the macro, so the name is there on every
/// release.
///
/// # Safety
/// The calling thread is attached; `str` and `filename` are C strings; `flags` is NULL or
/// valid.
#[inline]
pub unsafe fn Py_CompileStringFlags(
    str: *const c_char,
    filename: *const c_char,
    start: c_int,
    flags: *mut PyCompilerFlags,
) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::Py_CompileStringExFlags(str, filename, start, flags, -1) }
}

/// `Py_CompileString(str, filename, start)` (a macro on 3.9; exported from 3.10):
/// `Py_CompileStringExFlags(str, filename, start, NULL, -1)`.
///
/// # Safety
/// The calling thread is attached; `str` and `filename` are C strings.
#[cfg(not(Py_3_10))]
#[inline]
pub unsafe fn Py_CompileString(
    str: *const c_char,
    filename: *const c_char,
    start: c_int,
) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::Py_CompileStringExFlags(str, filename, start, core::ptr::null_mut(), -1) }
}
