//! The strong-reference API on every version: each function below is compiled only where
//! the target's libpython lacks it; from the version that added it, the name is the
//! generated binding of the exported function itself (no wrapper). Semantics follow the
//! native function (return codes, `*result` on every path, exception types); the table in
//! the README lists each one's native version and any difference. Like the C backports of
//! pythoncapi-compat (`static inline`), every function is `#[inline]`.
//!
//! Mirrors, by header: `dictobject.h`, `listobject.h`, `weakrefobject.h`, `import.h`,
//! `abstract.h`, `object.h`, `modsupport.h`, `longobject.h`, `unicodeobject.h`,
//! `pylifecycle.h`, `pystate.h`, `pyerrors.h`, `bytesobject.h`, `sysmodule.h`,
//! `tupleobject.h`, `iterobject.h`.
#![allow(clippy::missing_safety_doc)] // every function: the C function's own contract

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use crate::*;

/// `*result = NULL` where the C functions accept a NULL `result`.
#[allow(dead_code)]
#[inline(always)]
unsafe fn set_null(result: *mut *mut PyObject) {
    if !result.is_null() {
        // SAFETY: the caller's pointer, not NULL.
        unsafe { *result = null_mut() };
    }
}

/// The `*String` variants: `f` applied to a `str` made from the UTF-8 C string `s`, then
/// released; -1 (and `*result = NULL`, if `result` is given) if the `str` cannot be made.
#[allow(dead_code)]
#[inline(always)]
unsafe fn with_str(
    s: *const c_char,
    result: *mut *mut PyObject,
    f: impl FnOnce(*mut PyObject) -> c_int,
) -> c_int {
    // SAFETY: `s` is a valid C string (callers); the new `str` is released once.
    unsafe {
        let s = PyUnicode_FromString(s);
        if s.is_null() {
            set_null(result);
            return -1;
        }
        let r = f(s);
        Py_DECREF(s);
        r
    }
}

// ---------------------------------------------------------------- 3.13 (backported to 3.9)

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

/// `PyDict_Pop` (3.13; backport over the exported `_PyDict_Pop`): 1 if `key` was removed
/// (its value in `*result`, which may be NULL), 0 if it was missing (no `KeyError`), -1 on
/// error (a non-dict: `SystemError`).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyDict_Pop(
    dict: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyDict_Check(dict) == 0 {
            PyErr_BadInternalCall();
            set_null(result);
            return -1;
        }
        let value = _PyDict_Pop(dict, key, null_mut());
        if value.is_null() {
            set_null(result);
            if PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
                PyErr_Clear();
                return 0;
            }
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

/// `PyList_GetItemRef` (3.13; backport): a new reference to `list[index]`, or NULL with
/// `TypeError` (not a list) or `IndexError` (out of range; no negative indexing).
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyList_GetItemRef(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe {
        if PyList_Check(list) == 0 {
            PyErr_SetString(PyExc_TypeError, c"expected a list".as_ptr());
            return null_mut();
        }
        Py_XNewRef(PyList_GetItem(list, index))
    }
}

/// `PyList_Extend` (3.13; backport): `list.extend(iterable)`; 0, or -1 with an exception.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyList_Extend(list: *mut PyObject, iterable: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (`list[len:len] = iterable`).
    unsafe { PyList_SetSlice(list, isize::MAX, isize::MAX, iterable) }
}

/// `PyList_Clear` (3.13; backport): `list.clear()`; 0, or -1 with an exception.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyList_Clear(list: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (`del list[:]`).
    unsafe { PyList_SetSlice(list, 0, isize::MAX, null_mut()) }
}

/// `PyWeakref_GetRef` (3.13; backport): 1 and a new reference to the referent, 0 and NULL
/// if it is dead, -1 and NULL with `TypeError` if `ref` is not a weak reference, or with
/// `SystemError` if it is NULL (a bad internal call), as natively.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyWeakref_GetRef(reference: *mut PyObject, pobj: *mut *mut PyObject) -> c_int {
    // SAFETY: the C function's contract; under the GIL the borrowed referent cannot be
    // freed before it is increfed.
    unsafe {
        *pobj = null_mut();
        if reference.is_null() {
            PyErr_BadInternalCall();
            return -1;
        }
        if PyWeakref_Check(reference) == 0 {
            PyErr_SetString(PyExc_TypeError, c"expected a weakref".as_ptr());
            return -1;
        }
        #[cfg(not(Py_LIMITED_API))]
        {
            let obj = PyWeakref_GetObject(reference);
            if obj.is_null() {
                return -1;
            }
            if Py_IsNone(obj) != 0 {
                return 0;
            }
            *pobj = Py_NewRef(obj);
            1
        }
        // The 3.15 limited headers no longer declare `PyWeakref_GetObject`: calling a
        // reference returns its referent (a new reference) or `None`. A proxy forwards
        // the call to its referent instead, so here proxies are refused.
        #[cfg(Py_LIMITED_API)]
        {
            if PyWeakref_CheckProxy(reference) != 0 {
                PyErr_SetString(
                    PyExc_TypeError,
                    c"PyWeakref_GetRef: a weakref proxy is not supported by this limited-API backport"
                        .as_ptr(),
                );
                return -1;
            }
            let obj = PyObject_CallObject(reference, null_mut());
            if obj.is_null() {
                return -1;
            }
            if Py_IsNone(obj) != 0 {
                Py_DECREF(obj);
                return 0;
            }
            *pobj = obj;
            1
        }
    }
}

/// `PyImport_AddModuleRef` (3.13; backport): a new reference to the module `name`,
/// created empty if needed, or NULL with an exception.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyImport_AddModuleRef(name: *const c_char) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { Py_XNewRef(PyImport_AddModule(name)) }
}

/// `PyObject_GetOptionalAttr` (3.13; backport over the exported `_PyObject_LookupAttr`, or
/// under the limited API over `PyObject_GetAttr`): 1 and a new reference, 0 and NULL if
/// there is no such attribute (`AttributeError` silenced), -1 and NULL on other errors.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_GetOptionalAttr(
    obj: *mut PyObject,
    name: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    #[cfg(not(Py_LIMITED_API))]
    return unsafe { _PyObject_LookupAttr(obj, name, result) };
    // SAFETY: the C function's contract.
    #[cfg(Py_LIMITED_API)]
    unsafe {
        *result = PyObject_GetAttr(obj, name);
        if !(*result).is_null() {
            return 1;
        }
        if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
            PyErr_Clear();
            return 0;
        }
        -1
    }
}

/// `PyObject_GetOptionalAttrString` (3.13; backport): with a UTF-8 name.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_GetOptionalAttrString(
    obj: *mut PyObject,
    name: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        with_str(name, result, |name| {
            PyObject_GetOptionalAttr(obj, name, result)
        })
    }
}

/// The `Has*WithError` variants: the answer (1/0/-1) of an optional getter, with the value
/// it fetched released.
#[cfg(not(Py_3_13))]
unsafe fn answer(get: impl FnOnce(*mut *mut PyObject) -> c_int) -> c_int {
    let mut value = null_mut();
    let found = get(&mut value);
    // SAFETY: NULL or the new reference the getter stored.
    unsafe { Py_XDECREF(value) };
    found
}

/// `PyObject_HasAttrWithError` (3.13; backport): 1/0, or -1 with the exception (which
/// `PyObject_HasAttr` would swallow).
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_HasAttrWithError(obj: *mut PyObject, name: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { answer(|value| PyObject_GetOptionalAttr(obj, name, value)) }
}

/// `PyObject_HasAttrStringWithError` (3.13; backport): with a UTF-8 name.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_HasAttrStringWithError(obj: *mut PyObject, name: *const c_char) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { answer(|value| PyObject_GetOptionalAttrString(obj, name, value)) }
}

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
    unsafe {
        *result = PyObject_GetItem(obj, key);
        if !(*result).is_null() {
            return 1;
        }
        if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
            return -1;
        }
        PyErr_Clear();
        0
    }
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

/// `PyModule_AddObjectRef` (3.10; backport): adds `value` (not stolen) as `name`; 0, or -1
/// with an exception (`SystemError` for a NULL value without one).
#[cfg(not(Py_3_10))]
#[inline]
pub unsafe fn PyModule_AddObjectRef(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract; `PyModule_AddObject` steals only on success.
    unsafe {
        if value.is_null() {
            if PyErr_Occurred().is_null() {
                PyErr_SetString(PyExc_SystemError, c"PyModule_AddObjectRef() must be called with an exception raised if value is NULL".as_ptr());
            }
            return -1;
        }
        Py_INCREF(value);
        let added = PyModule_AddObject(module, name, value);
        if added < 0 {
            Py_DECREF(value);
        }
        added
    }
}

/// `PyModule_Add` (3.13; backport): [`PyModule_AddObjectRef`], stealing `value` always.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyModule_Add(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        let added = PyModule_AddObjectRef(module, name, value);
        Py_XDECREF(value);
        added
    }
}

/// `PyLong_AsInt` (3.13; backport): the value as a C `int`, or -1 with `OverflowError`
/// (out of range) or another exception.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyLong_AsInt(obj: *mut PyObject) -> c_int {
    let mut overflow = 0;
    // SAFETY: the C function's contract.
    unsafe {
        let value: c_long = with_index(obj, |int| PyLong_AsLongAndOverflow(int, &mut overflow));
        if value == -1 && !PyErr_Occurred().is_null() {
            return -1;
        }
        if overflow != 0 || value > c_long::from(c_int::MAX) || value < c_long::from(c_int::MIN) {
            PyErr_SetString(
                PyExc_OverflowError,
                c"Python int too large to convert to C int".as_ptr(),
            );
            return -1;
        }
        value as c_int
    }
}

/// `convert(int)` with `obj` as an `int`, taking `__index__` only, as the native
/// conversions of 3.10+ do (3.9's `PyLong_As*` would also call `__int__`, so a float
/// would convert): a non-`int` goes through `PyNumber_Index` first, whose `TypeError`
/// `convert` then meets as a NULL argument and -1.
#[cfg(not(Py_3_14))]
#[inline]
unsafe fn with_index<T: From<i8>>(
    obj: *mut PyObject,
    convert: impl FnOnce(*mut PyObject) -> T,
) -> T {
    // SAFETY: a live object, the GIL held (the callers' contract).
    unsafe {
        if PyLong_Check(obj) != 0 {
            return convert(obj);
        }
        let int = PyNumber_Index(obj);
        if int.is_null() {
            return T::from(-1);
        }
        let value = convert(int);
        Py_DECREF(int);
        value
    }
}

/// `PyUnicode_EqualToUTF8AndSize` (3.13; backport): 1 if the `str` `unicode` equals the
/// UTF-8 bytes, else 0; never raises (a string that cannot be UTF-8-encoded is unequal).
/// `unicode` must be a `str`: CPython 3.13+ asserts it and a release build reads any other
/// object as one (undefined behaviour); this backport returns 0 for one.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyUnicode_EqualToUTF8AndSize(
    unicode: *mut PyObject,
    string: *const c_char,
    size: Py_ssize_t,
) -> c_int {
    // SAFETY: the C function's contract (`string` holds `size` bytes).
    unsafe {
        if PyUnicode_Check(unicode) == 0 {
            return 0;
        }
        let mut len = 0;
        // Natively this never touches the error state: an exception already set stays,
        // and the encoding error met here (a lone surrogate) is not left behind.
        let pending = PyErr_GetRaisedException();
        // The limited API of 3.9 has no `PyUnicode_AsUTF8AndSize`: encode to bytes.
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        let bytes = PyUnicode_AsUTF8String(unicode);
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        let utf8 = {
            let mut data = null_mut();
            if bytes.is_null() || PyBytes_AsStringAndSize(bytes, &mut data, &mut len) < 0 {
                null_mut()
            } else {
                data.cast_const()
            }
        };
        #[cfg(any(not(Py_LIMITED_API), Py_3_10))]
        let utf8 = PyUnicode_AsUTF8AndSize(unicode, &mut len);
        if utf8.is_null() {
            PyErr_Clear();
        }
        PyErr_SetRaisedException(pending);
        let equal = !utf8.is_null()
            && len == size
            && core::slice::from_raw_parts(utf8.cast::<u8>(), len as usize)
                == core::slice::from_raw_parts(string.cast::<u8>(), size as usize);
        #[cfg(all(Py_LIMITED_API, not(Py_3_10)))]
        Py_XDECREF(bytes);
        c_int::from(equal)
    }
}

/// `PyUnicode_EqualToUTF8` (3.13; backport): with a NUL-terminated string.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyUnicode_EqualToUTF8(unicode: *mut PyObject, string: *const c_char) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        let size = core::ffi::CStr::from_ptr(string).to_bytes().len() as Py_ssize_t;
        PyUnicode_EqualToUTF8AndSize(unicode, string, size)
    }
}

/// `Py_IsFinalizing` (3.13; backport over the exported `_Py_IsFinalizing`).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn Py_IsFinalizing() -> c_int {
    // SAFETY: no preconditions.
    unsafe { _Py_IsFinalizing() }
}

/// `PyThreadState_GetUnchecked` (3.13; backport over the exported
/// `_PyThreadState_UncheckedGet`): the current thread state, or NULL, never fatal.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyThreadState_GetUnchecked() -> *mut PyThreadState {
    // SAFETY: no preconditions.
    unsafe { _PyThreadState_UncheckedGet() }
}

/// `Py_CONSTANT_NONE` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_NONE: c_uint = 0;
/// `Py_CONSTANT_FALSE` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_FALSE: c_uint = 1;
/// `Py_CONSTANT_TRUE` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_TRUE: c_uint = 2;
/// `Py_CONSTANT_ELLIPSIS` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_ELLIPSIS: c_uint = 3;
/// `Py_CONSTANT_NOT_IMPLEMENTED` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_NOT_IMPLEMENTED: c_uint = 4;
/// `Py_CONSTANT_ZERO` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_ZERO: c_uint = 5;
/// `Py_CONSTANT_ONE` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_ONE: c_uint = 6;
/// `Py_CONSTANT_EMPTY_STR` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_EMPTY_STR: c_uint = 7;
/// `Py_CONSTANT_EMPTY_BYTES` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_EMPTY_BYTES: c_uint = 8;
/// `Py_CONSTANT_EMPTY_TUPLE` (3.13): an identifier of [`Py_GetConstant`].
#[cfg(not(Py_3_13))]
pub const Py_CONSTANT_EMPTY_TUPLE: c_uint = 9;

/// `Py_GetConstant` (3.13; backport): a new reference to constant `constant_id`
/// (`Py_CONSTANT_*`), or NULL with `SystemError` for an unknown identifier.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn Py_GetConstant(constant_id: c_uint) -> *mut PyObject {
    // SAFETY: the GIL is held (the C function's contract).
    unsafe {
        match constant_id {
            Py_CONSTANT_NONE => Py_NewRef(Py_None()),
            Py_CONSTANT_FALSE => Py_NewRef(Py_False()),
            Py_CONSTANT_TRUE => Py_NewRef(Py_True()),
            Py_CONSTANT_ELLIPSIS => Py_NewRef(Py_Ellipsis()),
            Py_CONSTANT_NOT_IMPLEMENTED => Py_NewRef(Py_NotImplemented()),
            Py_CONSTANT_ZERO => PyLong_FromLong(0),
            Py_CONSTANT_ONE => PyLong_FromLong(1),
            Py_CONSTANT_EMPTY_STR => PyUnicode_FromStringAndSize(c"".as_ptr(), 0),
            Py_CONSTANT_EMPTY_BYTES => PyBytes_FromStringAndSize(c"".as_ptr(), 0),
            Py_CONSTANT_EMPTY_TUPLE => PyTuple_New(0),
            _ => {
                PyErr_SetString(PyExc_SystemError, c"invalid constant identifier".as_ptr());
                null_mut()
            }
        }
    }
}

/// `Py_GetConstantBorrowed` (3.13; backport): as [`Py_GetConstant`], borrowed. Every
/// constant is a singleton the interpreter keeps alive (small ints, the empty str, bytes
/// and tuple), so the reference taken to create it can be released.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn Py_GetConstantBorrowed(constant_id: c_uint) -> *mut PyObject {
    // SAFETY: as for `Py_GetConstant`; the object outlives the released reference.
    unsafe {
        let obj = Py_GetConstant(constant_id);
        Py_XDECREF(obj);
        obj
    }
}

// ---------------------------------------------------------------- 3.12 (backported to 3.9)

/// `PyErr_GetRaisedException` (3.12; backport): the current exception (a new reference,
/// normalized, with its traceback attached), clearing it; NULL if none is set.
#[cfg(not(Py_3_12))]
#[inline]
pub unsafe fn PyErr_GetRaisedException() -> *mut PyObject {
    let (mut ty, mut value, mut tb) = (null_mut(), null_mut(), null_mut());
    // SAFETY: the GIL is held (the C function's contract); PyErr_Fetch hands over the
    // three references, each released or returned below.
    unsafe {
        PyErr_Fetch(&mut ty, &mut value, &mut tb);
        if ty.is_null() {
            return null_mut();
        }
        PyErr_NormalizeException(&mut ty, &mut value, &mut tb);
        if !tb.is_null() {
            PyException_SetTraceback(value, tb);
        }
        Py_XDECREF(ty);
        Py_XDECREF(tb);
        value
    }
}

/// `PyErr_SetRaisedException` (3.12; backport): sets `exc` (stolen; its type and
/// traceback with it) as the current exception; NULL clears it.
#[cfg(not(Py_3_12))]
#[inline]
pub unsafe fn PyErr_SetRaisedException(exc: *mut PyObject) {
    // SAFETY: the C function's contract; PyErr_Restore steals the three references.
    unsafe {
        if exc.is_null() {
            PyErr_Restore(null_mut(), null_mut(), null_mut());
            return;
        }
        let ty = Py_NewRef(Py_TYPE(exc).cast());
        let tb = PyException_GetTraceback(exc);
        PyErr_Restore(ty, exc, tb);
    }
}

// ---------------------------------------------------------------- 3.14 (backported to 3.9)

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

/// `PyUnicode_Equal` (3.14; backport): 1 if the strings are equal, 0 if not, -1 with
/// `TypeError` if either is not a `str`.
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyUnicode_Equal(a: *mut PyObject, b: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyUnicode_Check(a) == 0 || PyUnicode_Check(b) == 0 {
            PyErr_SetString(
                PyExc_TypeError,
                c"PyUnicode_Equal() arguments must be str".as_ptr(),
            );
            return -1;
        }
        c_int::from(PyUnicode_Compare(a, b) == 0)
    }
}

/// `PyLong_GetSign` (3.14; backport over the exported `_PyLong_Sign`): 0 and the sign
/// (-1, 0, 1) in `*sign`, or -1 with `TypeError` for a non-int.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyLong_GetSign(obj: *mut PyObject, sign: *mut c_int) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyLong_Check(obj) == 0 {
            PyErr_SetString(PyExc_TypeError, c"expect int".as_ptr());
            return -1;
        }
        *sign = _PyLong_Sign(obj);
        0
    }
}

/// `PyBytes_Join` (3.14; backport over the exported `_PyBytes_Join`): `sep.join(iterable)`.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { _PyBytes_Join(sep, iterable) }
}

/// The range check of the 3.14 fixed-width conversions.
#[cfg(not(Py_3_14))]
unsafe fn fits<T: TryFrom<i128>>(value: i128, out: *mut T, what: &core::ffi::CStr) -> c_int {
    match T::try_from(value) {
        Ok(v) => {
            // SAFETY: `out` is the caller's valid pointer.
            unsafe { *out = v };
            0
        }
        Err(_) => {
            // SAFETY: the GIL is held (the C functions' contract).
            unsafe { PyErr_SetString(PyExc_OverflowError, what.as_ptr()) };
            -1
        }
    }
}

/// The signed conversions of 3.14: 0 and the value, or -1 with `OverflowError` or
/// another exception.
#[cfg(not(Py_3_14))]
unsafe fn as_signed<T: TryFrom<i128>>(
    obj: *mut PyObject,
    out: *mut T,
    what: &core::ffi::CStr,
) -> c_int {
    // SAFETY: the C functions' contract (a live object, the GIL held).
    unsafe {
        let v = with_index(obj, |int| PyLong_AsLongLong(int));
        if v == -1 && !PyErr_Occurred().is_null() {
            return -1;
        }
        fits(i128::from(v), out, what)
    }
}

/// `PyLong_AsInt32` (3.14; backport): 0 and the value, or -1 with `OverflowError` or
/// another exception.
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsInt32(obj: *mut PyObject, value: *mut i32) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_signed(obj, value, c"Python int too large to convert to C int32_t") }
}

/// `PyLong_AsInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsInt64(obj: *mut PyObject, value: *mut i64) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_signed(obj, value, c"Python int too large to convert to C int64_t") }
}

/// The unsigned conversions of 3.14: `__index__` is honoured, negative values raise
/// `ValueError`, too large ones `OverflowError`.
#[cfg(not(Py_3_14))]
unsafe fn as_unsigned<T: TryFrom<i128>>(
    obj: *mut PyObject,
    out: *mut T,
    what: &core::ffi::CStr,
) -> c_int {
    // SAFETY: the C functions' contract (a live object, the GIL held).
    unsafe {
        let index = PyNumber_Index(obj);
        if index.is_null() {
            return -1;
        }
        #[cfg(not(Py_LIMITED_API))]
        let negative = _PyLong_Sign(index) < 0;
        // The limited API has no `_PyLong_Sign`: compare with 0.
        #[cfg(Py_LIMITED_API)]
        let negative = {
            let zero = PyLong_FromLong(0);
            if zero.is_null() {
                Py_DECREF(index);
                return -1;
            }
            let below = PyObject_RichCompareBool(index, zero, Py_LT);
            Py_DECREF(zero);
            if below < 0 {
                Py_DECREF(index);
                return -1;
            }
            below == 1
        };
        if negative {
            Py_DECREF(index);
            PyErr_SetString(PyExc_ValueError, c"Cannot convert negative int".as_ptr());
            return -1;
        }
        let v = PyLong_AsUnsignedLongLong(index);
        Py_DECREF(index);
        if v == u64::MAX && !PyErr_Occurred().is_null() {
            PyErr_SetString(PyExc_OverflowError, what.as_ptr());
            return -1;
        }
        fits(i128::from(v), out, what)
    }
}

/// `PyLong_AsUInt32` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsUInt32(obj: *mut PyObject, value: *mut u32) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_unsigned(obj, value, c"Python int too large to convert to C uint32_t") }
}

/// `PyLong_AsUInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_AsUInt64(obj: *mut PyObject, value: *mut u64) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { as_unsigned(obj, value, c"Python int too large to convert to C uint64_t") }
}

/// `PyLong_FromInt32` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromInt32(value: i32) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromLong(c_long::from(value)) }
}

/// `PyLong_FromInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromInt64(value: i64) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromLongLong(value) }
}

/// `PyLong_FromUInt32` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromUInt32(value: u32) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromUnsignedLongLong(u64::from(value)) }
}

/// `PyLong_FromUInt64` (3.14; backport).
#[cfg(not(Py_3_14))]
#[inline]
pub unsafe fn PyLong_FromUInt64(value: u64) -> *mut PyObject {
    // SAFETY: the C function's contract.
    unsafe { PyLong_FromUnsignedLongLong(value) }
}

/// `PyUnstable_Object_IsUniquelyReferenced` (3.14; backport): whether `op` has exactly one
/// reference — on free-threaded builds, one local reference held by this (owning) thread
/// and no shared ones, as 3.14t decides.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnstable_Object_IsUniquelyReferenced(op: *mut PyObject) -> c_int {
    // SAFETY: the C function's contract (a live object).
    unsafe {
        #[cfg(Py_GIL_DISABLED)]
        {
            use core::sync::atomic::{AtomicIsize, AtomicU32, Ordering::Relaxed};
            let local = AtomicU32::from_ptr(addr_of_mut!((*op).ob_ref_local)).load(Relaxed);
            let shared = AtomicIsize::from_ptr(addr_of_mut!((*op).ob_ref_shared)).load(Relaxed);
            c_int::from(_Py_IsOwnedByCurrentThread(op) != 0 && local == 1 && shared == 0)
        }
        #[cfg(not(Py_GIL_DISABLED))]
        c_int::from(Py_REFCNT(op) == 1)
    }
}

// ---------------------------------------------------------------- 3.15 (backported to 3.9)

/// `PySys_GetOptionalAttrString` (3.15; backport): 1 and a new reference to `sys.<name>`,
/// 0 and NULL if it does not exist, -1 and NULL with an exception.
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetOptionalAttrString(
    name: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract; `PySys_GetObject` returns a borrowed reference
    // (or NULL without an exception when missing).
    unsafe {
        let value = PySys_GetObject(name);
        if !value.is_null() {
            *result = Py_NewRef(value);
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

/// `PySys_GetOptionalAttr` (3.15; backport): with a `str` name (`TypeError` otherwise).
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetOptionalAttr(name: *mut PyObject, result: *mut *mut PyObject) -> c_int {
    // SAFETY: the C function's contract.
    unsafe {
        if PyUnicode_Check(name) == 0 {
            *result = null_mut();
            PyErr_SetString(PyExc_TypeError, c"attribute name must be string".as_ptr());
            return -1;
        }
        #[cfg(not(Py_LIMITED_API))]
        {
            let utf8 = PyUnicode_AsUTF8(name);
            if utf8.is_null() {
                *result = null_mut();
                return -1;
            }
            PySys_GetOptionalAttrString(utf8, result)
        }
        // The limited API (before 3.13) has no `PyUnicode_AsUTF8`: encode to bytes.
        #[cfg(Py_LIMITED_API)]
        {
            let bytes = PyUnicode_AsUTF8String(name);
            if bytes.is_null() {
                *result = null_mut();
                return -1;
            }
            let found = PySys_GetOptionalAttrString(PyBytes_AsString(bytes), result);
            Py_DECREF(bytes);
            found
        }
    }
}

/// `PySys_GetAttrString` (3.15; backport): a new reference to `sys.<name>`, or NULL with
/// `RuntimeError("lost sys.<name>")` if it does not exist.
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetAttrString(name: *const c_char) -> *mut PyObject {
    let mut value = null_mut();
    // SAFETY: the C function's contract.
    unsafe {
        if PySys_GetOptionalAttrString(name, &mut value) == 0 {
            PyErr_Format(PyExc_RuntimeError, c"lost sys.%s".as_ptr(), name);
        }
    }
    value
}

/// `PySys_GetAttr` (3.15; backport): with a `str` name.
#[cfg(not(Py_3_15))]
#[inline]
pub unsafe fn PySys_GetAttr(name: *mut PyObject) -> *mut PyObject {
    let mut value = null_mut();
    // SAFETY: the C function's contract.
    unsafe {
        if PySys_GetOptionalAttr(name, &mut value) == 0 {
            PyErr_Format(PyExc_RuntimeError, c"lost sys.%U".as_ptr(), name);
        }
    }
    value
}

/// `PyTuple_FromArray` (3.15; backport): a new tuple of the `size` objects at `array`
/// (each increfed), or NULL with an exception.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyTuple_FromArray(array: *const *mut PyObject, size: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the C function's contract (`array` holds `size` live objects).
    unsafe {
        let tuple = PyTuple_New(size);
        if tuple.is_null() {
            return null_mut();
        }
        for i in 0..size {
            PyTuple_SET_ITEM(tuple, i, Py_NewRef(*array.offset(i)));
        }
        tuple
    }
}
