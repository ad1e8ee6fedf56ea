//! Backports of `cpython/pyframe.h` (3.11–3.12: the frame accessors). On older versions
//! they read the frame's public attributes (`f_locals`, `f_globals`, `f_builtins`,
//! `f_lasti`), which return new references and the same values as the native functions.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, CStr};

#[allow(unused_imports)]
use crate::*;

/// A new reference to the attribute `name` of `frame`, or NULL with an exception.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn attribute(frame: *mut PyFrameObject, name: &CStr) -> *mut PyObject {
    // SAFETY: `frame` is a live frame object (the C functions' contract).
    unsafe { PyObject_GetAttrString(frame as *mut PyObject, name.as_ptr()) }
}

/// `PyFrame_GetLocals` (3.11; backport): a new reference to `frame.f_locals` (the fast
/// locals are copied into the dict first, as the attribute does).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFrame_GetLocals(frame: *mut PyFrameObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(frame, c"f_locals") }
}

/// `PyFrame_GetGlobals` (3.11; backport): a new reference to `frame.f_globals`.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFrame_GetGlobals(frame: *mut PyFrameObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(frame, c"f_globals") }
}

/// `PyFrame_GetBuiltins` (3.11; backport): a new reference to `frame.f_builtins`.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFrame_GetBuiltins(frame: *mut PyFrameObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { attribute(frame, c"f_builtins") }
}

/// `PyFrame_GetLasti` (3.11; backport): `frame.f_lasti`, the byte offset of the last
/// instruction executed, or -1 before the first.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFrame_GetLasti(frame: *mut PyFrameObject) -> c_int {
    // SAFETY: the C function's contract; the temporary int is released.
    unsafe {
        let lasti = attribute(frame, c"f_lasti");
        if lasti.is_null() {
            // Not reachable for a frame (the attribute cannot fail); the native function
            // has no error return either.
            PyErr_Clear();
            return -1;
        }
        let value = PyLong_AsLong(lasti);
        Py_DECREF(lasti);
        value as c_int
    }
}

/// Whether `name` is one of the local, cell or free variable names of `code` (the names
/// the native `PyFrame_GetVar` searches): 1, 0, or -1 with an exception.
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
unsafe fn is_frame_variable(code: *mut PyObject, name: *mut PyObject) -> c_int {
    for names in [c"co_varnames", c"co_cellvars", c"co_freevars"] {
        // SAFETY: `code` is a live code object; each tuple is released.
        unsafe {
            let tuple = PyObject_GetAttrString(code, names.as_ptr());
            if tuple.is_null() {
                return -1;
            }
            let found = PySequence_Contains(tuple, name);
            Py_DECREF(tuple);
            if found != 0 {
                return found;
            }
        }
    }
    0
}

/// `PyFrame_GetVar` (3.12; backport): a new reference to the value of the frame's
/// variable `name` (a local, cell or free variable); `NameError` if it has no such
/// variable or it is unbound, `TypeError` if `name` is not a `str`. Module-level names are
/// not variables of the frame, as natively.
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
pub unsafe fn PyFrame_GetVar(frame: *mut PyFrameObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: the C function's contract (a live frame and object); references released.
    unsafe {
        if PyUnicode_Check(name) == 0 {
            PyErr_Format(
                PyExc_TypeError,
                c"name must be str, not %s".as_ptr(),
                (*Py_TYPE(name)).tp_name,
            );
            return core::ptr::null_mut();
        }
        let code = PyFrame_GetCode(frame) as *mut PyObject;
        let known = is_frame_variable(code, name);
        Py_DECREF(code);
        if known < 0 {
            return core::ptr::null_mut();
        }
        if known == 1 {
            let locals = PyFrame_GetLocals(frame);
            if locals.is_null() {
                return core::ptr::null_mut();
            }
            let value = PyObject_GetItem(locals, name);
            Py_DECREF(locals);
            if !value.is_null() {
                return value;
            }
            // Unbound: the name is absent from f_locals.
            if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
                return core::ptr::null_mut();
            }
            PyErr_Clear();
        }
        PyErr_Format(
            PyExc_NameError,
            c"variable %R does not exist".as_ptr(),
            name,
        );
        core::ptr::null_mut()
    }
}

/// `PyFrame_GetVarString` (3.12; backport): [`PyFrame_GetVar`] with a UTF-8 name.
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyFrame_GetVarString(
    frame: *mut PyFrameObject,
    name: *const c_char,
) -> *mut PyObject {
    // SAFETY: the C function's contract; the temporary `str` is released.
    unsafe {
        let name = PyUnicode_FromString(name);
        if name.is_null() {
            return core::ptr::null_mut();
        }
        let value = PyFrame_GetVar(frame, name);
        Py_DECREF(name);
        value
    }
}
