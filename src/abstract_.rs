//! Mirrors `cpython/abstract.h`: the inline call helpers.

use crate::{PyObject, PyObject_VectorcallMethod, PY_VECTORCALL_ARGUMENTS_OFFSET};

/// `PyObject_CallMethodNoArgs` (3.9+): `self.name()`, a new reference or NULL.
///
/// # Safety
/// `self_` and `name` (a `str`) are live; the thread may call into Python.
#[inline(always)]
pub unsafe fn PyObject_CallMethodNoArgs(
    self_: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let mut args = [self_];
    // SAFETY: as the caller promises; the argument array outlives the call.
    unsafe {
        PyObject_VectorcallMethod(
            name,
            args.as_mut_ptr(),
            1 | PY_VECTORCALL_ARGUMENTS_OFFSET as usize,
            core::ptr::null_mut(),
        )
    }
}

/// `PyObject_CallMethodOneArg` (3.9+): `self.name(arg)`, a new reference or NULL.
///
/// # Safety
/// As for [`PyObject_CallMethodNoArgs`]; `arg` is live.
#[inline(always)]
pub unsafe fn PyObject_CallMethodOneArg(
    self_: *mut PyObject,
    name: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    let mut args = [self_, arg];
    // SAFETY: as the caller promises; the argument array outlives the call.
    unsafe {
        PyObject_VectorcallMethod(
            name,
            args.as_mut_ptr(),
            2 | PY_VECTORCALL_ARGUMENTS_OFFSET as usize,
            core::ptr::null_mut(),
        )
    }
}

/// `PyVectorcall_NARGS`: the argument count of a vectorcall's `nargsf`, without the
/// `PY_VECTORCALL_ARGUMENTS_OFFSET` flag. One safe function on every version: the header's
/// inline code (`_PyVectorcall_NARGS`, which the macro names). 3.12+ also export a
/// function of this name for the stable ABI, which C code compiled against the full API
/// does not call, and neither does this crate.
#[inline(always)]
pub fn PyVectorcall_NARGS(nargsf: usize) -> crate::Py_ssize_t {
    (nargsf & !(PY_VECTORCALL_ARGUMENTS_OFFSET as usize)) as crate::Py_ssize_t
}
