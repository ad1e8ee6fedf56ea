//! Backports of `cpython/fileutils.h` (3.14: `Py_fopen`, `Py_fclose`). 3.9–3.13 have the
//! first only as the private `_Py_fopen_obj`; the backport does what the native function
//! does on Unix, through the C library and public API: the `open` audit event, the path
//! converted with `PyUnicode_FSConverter`, `fopen` retried on `EINTR` with the GIL
//! released, `OSError` with the filename, and the descriptor made non-inheritable (opened
//! with the C library's `e` mode flag, `O_CLOEXEC`, which glibc and musl support).

#[allow(unused_imports)]
use core::ffi::{c_char, c_int};
#[allow(unused_imports)]
use core::ptr::null_mut;

#[allow(unused_imports)]
use crate::*;

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), target_os = "linux"))]
extern "C" {
    fn fopen(path: *const c_char, mode: *const c_char) -> *mut FILE;
    fn fclose(file: *mut FILE) -> c_int;
    fn __errno_location() -> *mut c_int;
}

/// `Py_fopen` (3.14; backport): opens `path` (`str`, `bytes` or `os.PathLike`) with the C
/// `fopen` mode `mode`, non-inheritable; NULL with an exception (`OSError` naming the path,
/// `TypeError` for another type, or what an audit hook raised). Close with [`Py_fclose`].
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), target_os = "linux"))]
pub unsafe fn Py_fopen(path: *mut PyObject, mode: *const c_char) -> *mut FILE {
    const EINTR: c_int = 4;
    // SAFETY: the C function's contract (the GIL held, a live `path`, a C string `mode`);
    // `bytes` is released on every path; errno is this thread's.
    unsafe {
        if PySys_Audit(c"open".as_ptr(), c"Osi".as_ptr(), path, mode, 0 as c_int) < 0 {
            return null_mut();
        }
        // `mode` + "e" (close-on-exec), NUL-terminated.
        let mode = core::ffi::CStr::from_ptr(mode).to_bytes();
        let mut cloexec = [0 as c_char; 64];
        if mode.len() + 2 > cloexec.len() {
            PyErr_SetString(PyExc_ValueError, c"invalid mode: too long".as_ptr());
            return null_mut();
        }
        for (i, b) in mode.iter().chain(b"e").enumerate() {
            cloexec[i] = *b as c_char;
        }
        let mut bytes: *mut PyObject = null_mut();
        if PyUnicode_FSConverter(path, &mut bytes as *mut *mut PyObject as *mut _) == 0 {
            return null_mut();
        }
        let path_bytes = PyBytes_AsString(bytes);
        let mut file;
        let mut saved_errno;
        loop {
            let state = PyEval_SaveThread();
            file = fopen(path_bytes, cloexec.as_ptr());
            saved_errno = *__errno_location();
            PyEval_RestoreThread(state);
            if !file.is_null() || saved_errno != EINTR {
                break;
            }
            if PyErr_CheckSignals() != 0 {
                Py_DECREF(bytes);
                return null_mut();
            }
        }
        Py_DECREF(bytes);
        if file.is_null() {
            *__errno_location() = saved_errno;
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, path);
            return null_mut();
        }
        file
    }
}

/// `Py_fclose` (3.14; backport): `fclose(file)`, for a file from [`Py_fopen`]; 0, or EOF
/// with `errno` set (no exception).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), target_os = "linux"))]
#[inline]
pub unsafe fn Py_fclose(file: *mut FILE) -> c_int {
    // SAFETY: `file` is an open file (the C function's contract).
    unsafe { fclose(file) }
}
