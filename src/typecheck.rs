//! Mirrors the `Py*_Check` / `Py*_CheckExact` macros of the builtin types' headers
//! (`longobject.h`, `boolobject.h`, `floatobject.h`, `complexobject.h`, `bytesobject.h`,
//! `bytearrayobject.h`, `unicodeobject.h`, `tupleobject.h`, `listobject.h`,
//! `dictobject.h`, `setobject.h`, `sliceobject.h`, `rangeobject.h`, `memoryobject.h`,
//! `moduleobject.h`, `methodobject.h`, `funcobject.h`, `classobject.h`, `cellobject.h`,
//! `code.h`, `genobject.h`, `pycapsule.h`, `traceback.h`, `iterobject.h`,
//! `weakrefobject.h`, `pyerrors.h`, `context.h`, `frameobject.h`/`pyframe.h`,
//! `odictobject.h`, `picklebufobject.h`, `objimpl.h`, and 3.15's `sentinelobject.h`), each in
//! its C form: an exact type test, `PyObject_TypeCheck`, or a `tp_flags` fast-subclass bit.
//! The `datetime.h` checks are in `datetime.rs`.

use core::ffi::c_int;
use core::ptr::addr_of_mut;

use crate::{PyObject, PyObject_TypeCheck, PyType_FastSubclass, Py_IS_TYPE, Py_TYPE};

/// `Py_IS_TYPE(op, &TYPE)`.
macro_rules! exact {
    ($($name:ident => $ty:ident),* $(,)?) => {$(
        #[doc = concat!("`", stringify!($name), "`: whether `op`'s type is exactly `", stringify!($ty), "`.\n\n# Safety\n`op` is a live object.")]
        #[inline(always)]
        pub unsafe fn $name(op: *mut PyObject) -> c_int {
            // SAFETY: `op` is live (caller); only the static's address is taken.
            unsafe { Py_IS_TYPE(op, addr_of_mut!(crate::$ty)) }
        }
    )*};
}

/// `PyObject_TypeCheck(op, &TYPE)`.
macro_rules! subtype {
    ($($name:ident => $ty:ident),* $(,)?) => {$(
        #[doc = concat!("`", stringify!($name), "`: whether `op` is a `", stringify!($ty), "` or a subtype.\n\n# Safety\n`op` is a live object.")]
        #[inline(always)]
        pub unsafe fn $name(op: *mut PyObject) -> c_int {
            // SAFETY: `op` is live (caller); only the static's address is taken.
            unsafe { PyObject_TypeCheck(op, addr_of_mut!(crate::$ty)) }
        }
    )*};
}

/// `PyType_FastSubclass(Py_TYPE(op), FLAG)`.
macro_rules! fast {
    ($($name:ident => $flag:ident),* $(,)?) => {$(
        #[doc = concat!("`", stringify!($name), "`: whether `op`'s type has `", stringify!($flag), "`.\n\n# Safety\n`op` is a live object.")]
        #[inline(always)]
        pub unsafe fn $name(op: *mut PyObject) -> c_int {
            // SAFETY: `op` is live (caller).
            unsafe { PyType_FastSubclass(Py_TYPE(op), crate::$flag) }
        }
    )*};
}

fast! {
    PyLong_Check => Py_TPFLAGS_LONG_SUBCLASS,
    PyBytes_Check => Py_TPFLAGS_BYTES_SUBCLASS,
    PyUnicode_Check => Py_TPFLAGS_UNICODE_SUBCLASS,
    PyTuple_Check => Py_TPFLAGS_TUPLE_SUBCLASS,
    PyList_Check => Py_TPFLAGS_LIST_SUBCLASS,
    PyDict_Check => Py_TPFLAGS_DICT_SUBCLASS,
    PyExceptionInstance_Check => Py_TPFLAGS_BASE_EXC_SUBCLASS,
}

exact! {
    PyLong_CheckExact => PyLong_Type,
    PyBool_Check => PyBool_Type,
    PyFloat_CheckExact => PyFloat_Type,
    PyComplex_CheckExact => PyComplex_Type,
    PyBytes_CheckExact => PyBytes_Type,
    PyByteArray_CheckExact => PyByteArray_Type,
    PyUnicode_CheckExact => PyUnicode_Type,
    PyTuple_CheckExact => PyTuple_Type,
    PyList_CheckExact => PyList_Type,
    PyDict_CheckExact => PyDict_Type,
    PySet_CheckExact => PySet_Type,
    PyFrozenSet_CheckExact => PyFrozenSet_Type,
    PySlice_Check => PySlice_Type,
    PyRange_Check => PyRange_Type,
    PyMemoryView_Check => PyMemoryView_Type,
    PyModule_CheckExact => PyModule_Type,
    PyCFunction_CheckExact => PyCFunction_Type,
    PyCapsule_CheckExact => PyCapsule_Type,
    PyTraceBack_Check => PyTraceBack_Type,
    PySeqIter_Check => PySeqIter_Type,
    PyCallIter_Check => PyCallIter_Type,
    PyWeakref_CheckRefExact => _PyWeakref_RefType,
}

// The checks of headers outside the limited API (`funcobject.h`, `cpython/…`).
#[cfg(not(Py_LIMITED_API))]
exact! {
    PyFunction_Check => PyFunction_Type,
    PyMethod_Check => PyMethod_Type,
    PyInstanceMethod_Check => PyInstanceMethod_Type,
    PyCell_Check => PyCell_Type,
    PyCode_Check => PyCode_Type,
    PyGen_CheckExact => PyGen_Type,
    PyCoro_CheckExact => PyCoro_Type,
    PyAsyncGen_CheckExact => PyAsyncGen_Type,
    PyCMethod_CheckExact => PyCMethod_Type,
    PyContext_CheckExact => PyContext_Type,
    PyContextVar_CheckExact => PyContextVar_Type,
    PyContextToken_CheckExact => PyContextToken_Type,
    PyFrame_Check => PyFrame_Type,
    PyODict_CheckExact => PyODict_Type,
    PyPickleBuffer_Check => PyPickleBuffer_Type,
}

// 3.12+: `cpython/genobject.h`.
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
exact! {
    PyAsyncGenASend_CheckExact => _PyAsyncGenASend_Type,
}

// 3.13+: `cpython/pyframe.h`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
exact! {
    PyFrameLocalsProxy_Check => PyFrameLocalsProxy_Type,
}

// 3.15: `cpython/dictobject.h`, `cpython/sentinelobject.h`.
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
exact! {
    PyFrozenDict_CheckExact => PyFrozenDict_Type,
    PySentinel_CheckExact => PySentinel_Type,
}

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
subtype! {
    PyFrozenDict_Check => PyFrozenDict_Type,
}

subtype! {
    PyFloat_Check => PyFloat_Type,
    PyComplex_Check => PyComplex_Type,
    PyByteArray_Check => PyByteArray_Type,
    PyModule_Check => PyModule_Type,
    PyCFunction_Check => PyCFunction_Type,
    PyDictKeys_Check => PyDictKeys_Type,
    PyDictItems_Check => PyDictItems_Type,
    PyDictValues_Check => PyDictValues_Type,
}

subtype! {
    PyWeakref_CheckRef => _PyWeakref_RefType,
}

#[cfg(not(Py_LIMITED_API))]
subtype! {
    PyGen_Check => PyGen_Type,
    PyCMethod_Check => PyCMethod_Type,
    PyODict_Check => PyODict_Type,
}

/// `PyDictViewSet_Check` (`dictobject.h`): a keys or items view (the set-like views).
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyDictViewSet_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { c_int::from(PyDictKeys_Check(op) != 0 || PyDictItems_Check(op) != 0) }
}

/// `PyAnyDict_Check` (3.15, `cpython/dictobject.h`): a `dict` or `frozendict` (or a subtype).
///
/// # Safety
/// `op` is a live object.
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn PyAnyDict_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { c_int::from(PyDict_Check(op) != 0 || PyFrozenDict_Check(op) != 0) }
}

/// `PyAnyDict_CheckExact` (3.15): exactly a `dict` or a `frozendict`.
///
/// # Safety
/// `op` is a live object.
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn PyAnyDict_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { c_int::from(PyDict_CheckExact(op) != 0 || PyFrozenDict_CheckExact(op) != 0) }
}

/// `PySentinel_Check` (3.15, `cpython/sentinelobject.h`): `PySentinel_CheckExact`.
///
/// # Safety
/// `op` is a live object.
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn PySentinel_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { PySentinel_CheckExact(op) }
}

/// `PyType_IS_GC` (`objimpl.h`): whether instances of the type `t` are tracked by the
/// garbage collector (`Py_TPFLAGS_HAVE_GC`). Takes a type, not an object.
///
/// # Safety
/// `t` is a live type.
#[inline(always)]
pub unsafe fn PyType_IS_GC(t: *mut crate::PyTypeObject) -> c_int {
    // SAFETY: `t` is live (caller).
    unsafe { crate::PyType_HasFeature(t, crate::Py_TPFLAGS_HAVE_GC) }
}

/// `PyWeakref_CheckProxy`: a weak proxy, callable or not.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyWeakref_CheckProxy(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller); only the statics' addresses are taken.
    unsafe {
        c_int::from(
            Py_IS_TYPE(op, addr_of_mut!(crate::_PyWeakref_ProxyType)) != 0
                || Py_IS_TYPE(op, addr_of_mut!(crate::_PyWeakref_CallableProxyType)) != 0,
        )
    }
}

/// `PySet_Check` (3.10+ form): `set` or a subtype.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PySet_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe {
        c_int::from(
            PySet_CheckExact(op) != 0
                || crate::PyType_IsSubtype(Py_TYPE(op), addr_of_mut!(crate::PySet_Type)) != 0,
        )
    }
}

/// `PyFrozenSet_Check`: `frozenset` or a subtype.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyFrozenSet_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe {
        c_int::from(
            PyFrozenSet_CheckExact(op) != 0
                || crate::PyType_IsSubtype(Py_TYPE(op), addr_of_mut!(crate::PyFrozenSet_Type)) != 0,
        )
    }
}

/// `PyAnySet_CheckExact`: exactly `set` or exactly `frozenset`.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyAnySet_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { c_int::from(PySet_CheckExact(op) != 0 || PyFrozenSet_CheckExact(op) != 0) }
}

/// `PyAnySet_Check`: a `set`, a `frozenset`, or a subtype of either.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyAnySet_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { c_int::from(PySet_Check(op) != 0 || PyFrozenSet_Check(op) != 0) }
}

/// `PyWeakref_Check`: a weak reference or a weak proxy.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyWeakref_Check(op: *mut PyObject) -> c_int {
    // SAFETY: `op` is live (caller).
    unsafe { c_int::from(PyWeakref_CheckRef(op) != 0 || PyWeakref_CheckProxy(op) != 0) }
}

/// `PyExceptionClass_Check`: a type object that subclasses `BaseException`.
///
/// # Safety
/// `x` is a live object.
#[inline(always)]
pub unsafe fn PyExceptionClass_Check(x: *mut PyObject) -> c_int {
    // SAFETY: `x` is live (caller); it is a type object when the first test passes.
    unsafe {
        c_int::from(
            crate::PyType_Check(x) != 0
                && PyType_FastSubclass(x.cast(), crate::Py_TPFLAGS_BASE_EXC_SUBCLASS) != 0,
        )
    }
}
