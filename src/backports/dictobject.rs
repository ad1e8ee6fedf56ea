//! Backports of `dictobject.h` (the dict API): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyDict_GetItemRef` (3.13; backport): 1 and a new reference in `*result` if `key` is
/// present; 0 and NULL if not (no exception); -1 and NULL with an exception
/// (unhashable key, a non-dict: `SystemError`).
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyDict_GetItemRef(
    mp: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract (live objects, a valid `result`).
    unsafe {
        let item = PyDict_GetItemWithError(mp, key);
        if !item.is_null() {
            *result = Py_NewRef(item);
            return 1;
        }
        *result = null_mut();
        if PyErr_Occurred().is_null() {
            0
        } else {
            -1
        }
    }
}

/// `PyDict_GetItemStringRef` (3.13; backport): [`PyDict_GetItemRef`] with a UTF-8 key.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyDict_GetItemStringRef(
    mp: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { with_str(key, result, |key| PyDict_GetItemRef(mp, key, result)) }
}

/// `PyDict_SetDefaultRef` (3.13; backport): 1 if `key` was present (its value in
/// `*result`), 0 if `default_value` was inserted (in `*result`), -1 on error (`*result`
/// NULL); `result` may be NULL. Atomic under the GIL, as long as the key's `__hash__` /
/// `__eq__` do not mutate the dict.
// Stable ABI from 3.15 (the full API has it from 3.13).
#[cfg(any(
    all(not(Py_LIMITED_API), not(Py_3_13)),
    all(Py_LIMITED_API, not(Py_3_15))
))]
#[inline]
pub unsafe fn PyDict_SetDefaultRef(
    d: *mut PyObject,
    key: *mut PyObject,
    default_value: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        let mut value = null_mut();
        match PyDict_GetItemRef(d, key, &mut value) {
            -1 => {
                set_null(result);
                -1
            }
            1 => {
                if result.is_null() {
                    Py_DECREF(value);
                } else {
                    *result = value;
                }
                1
            }
            _ => {
                if PyDict_SetItem(d, key, default_value) < 0 {
                    set_null(result);
                    return -1;
                }
                if !result.is_null() {
                    *result = Py_NewRef(default_value);
                }
                0
            }
        }
    }
}

/// `PyDict_Pop` (3.13; backport): 1 if `key` was removed (its value in `*result`, which
/// may be NULL), 0 if it was missing (no `KeyError`), -1 on error (a non-dict:
/// `SystemError`). An empty dict answers 0 without hashing the key, as natively. Built on
/// `PyDict_GetItemWithError` and `PyDict_DelItem`, so the key is hashed twice.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyDict_Pop(
    dict: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract (the GIL is held: 3.9–3.12 have no free-threaded
    // build, so nothing changes the dict between the lookup and the deletion except the
    // key's own `__eq__`).
    unsafe {
        if PyDict_Check(dict) == 0 {
            PyErr_BadInternalCall();
            set_null(result);
            return -1;
        }
        if PyDict_Size(dict) == 0 {
            set_null(result);
            return 0;
        }
        let value = PyDict_GetItemWithError(dict, key);
        if value.is_null() {
            set_null(result);
            return if PyErr_Occurred().is_null() { 0 } else { -1 };
        }
        let value = Py_NewRef(value);
        if PyDict_DelItem(dict, key) < 0 {
            Py_DECREF(value);
            set_null(result);
            return -1;
        }
        if result.is_null() {
            Py_DECREF(value);
        } else {
            *result = value;
        }
        1
    }
}

/// `PyDict_PopString` (3.13; backport): [`PyDict_Pop`] with a UTF-8 key.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyDict_PopString(
    dict: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { with_str(key, result, |key| PyDict_Pop(dict, key, result)) }
}

/// `PyDict_ContainsString` (3.13; backport): `PyDict_Contains` with a UTF-8 key (1/0/-1).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyDict_ContainsString(mp: *mut PyObject, key: *const c_char) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { with_str(key, null_mut(), |key| PyDict_Contains(mp, key)) }
}
