//! Backports of `abstract.h` (the mapping and iterator protocols): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyMapping_GetOptionalItem` (3.13; backport): 1 and a new reference, 0 and NULL if the
/// key is missing (`KeyError` silenced), -1 and NULL on other errors.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_GetOptionalItem(
    obj: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { optional(PyObject_GetItem(obj, key), PyExc_KeyError, result) }
}

/// `PyMapping_GetOptionalItemString` (3.13; backport): with a UTF-8 key.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_GetOptionalItemString(
    obj: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        with_str(key, result, |key| {
            PyMapping_GetOptionalItem(obj, key, result)
        })
    }
}

/// `PyMapping_HasKeyWithError` (3.13; backport): 1/0, or -1 with the exception.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_HasKeyWithError(obj: *mut PyObject, key: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { answer(|value| PyMapping_GetOptionalItem(obj, key, value)) }
}

/// `PyMapping_HasKeyStringWithError` (3.13; backport): with a UTF-8 key.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyMapping_HasKeyStringWithError(obj: *mut PyObject, key: *const c_char) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { answer(|value| PyMapping_GetOptionalItemString(obj, key, value)) }
}

/// `PyIter_NextItem` (3.14; backport): 1 and a new reference in `*item`, 0 and NULL when
/// exhausted, -1 and NULL with an exception (`TypeError` for a non-iterator).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyIter_NextItem(iter: *mut PyObject, item: *mut *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyIter_Check(iter) == 0 {
            *item = null_mut();
            PyErr_SetString(PyExc_TypeError, c"expected an iterator".as_ptr());
            return -1;
        }
        *item = PyIter_Next(iter);
        if !(*item).is_null() {
            return 1;
        }
        if PyErr_Occurred().is_null() {
            0
        } else {
            -1
        }
    }
}

/// `PY_VECTORCALL_ARGUMENTS_OFFSET` (limited API 3.12; the full API has it on every
/// target): the flag in `nargsf` that lets the callee use the slot before `args`.
#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
pub const PY_VECTORCALL_ARGUMENTS_OFFSET: usize = 1 << (usize::BITS - 1);

/// `PyObject_CallNoArgs` (limited API 3.10; backport for `abi3-py39`): `callable()`, a new
/// reference or NULL with an exception. Through `PyObject_CallObject(callable, NULL)`,
/// which makes the same call.
#[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
#[inline]
pub unsafe fn PyObject_CallNoArgs(callable: *mut PyObject) -> *mut PyObject {
    // SAFETY: the C function's contract (a live callable, an attached thread).
    unsafe { PyObject_CallObject(callable, null_mut()) }
}

/// `PyObject_Vectorcall` (limited API 3.12; backport for `abi3-py39` … `abi3-py311`):
/// calls `callable` with `PyVectorcall_NARGS(nargsf)` positional arguments from `args`,
/// then the values of the keyword names in `kwnames` (a tuple, or NULL). A new reference,
/// or NULL with an exception. The limited API before 3.12 has no vectorcall entry point:
/// the arguments are packed into a tuple and a dict for `PyObject_Call`, so the callee sees
/// the same call, and a keyword named twice raises `TypeError` as in a call from Python.
#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
pub unsafe fn PyObject_Vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: `args` holds `nargs` positional arguments followed by one value per name in
    // `kwnames` (the C function's contract); every new reference is released.
    unsafe {
        let nargs = PyVectorcall_NARGS(nargsf);
        let tuple = PyTuple_New(nargs);
        if tuple.is_null() {
            return null_mut();
        }
        for i in 0..nargs {
            let arg = *args.offset(i);
            Py_INCREF(arg);
            // Steals the new reference.
            PyTuple_SetItem(tuple, i, arg);
        }
        let mut kwargs = null_mut();
        if !kwnames.is_null() && PyTuple_Size(kwnames) > 0 {
            kwargs = PyDict_New();
            if kwargs.is_null() {
                Py_DECREF(tuple);
                return null_mut();
            }
            for i in 0..PyTuple_Size(kwnames) {
                let name = PyTuple_GetItem(kwnames, i);
                if PyDict_SetItem(kwargs, name, *args.offset(nargs + i)) < 0 {
                    Py_DECREF(kwargs);
                    Py_DECREF(tuple);
                    return null_mut();
                }
            }
        }
        let result = PyObject_Call(callable, tuple, kwargs);
        Py_DECREF(tuple);
        Py_XDECREF(kwargs);
        result
    }
}
