//! Mirrors `methodobject.h` and `cpython/methodobject.h`: the unchecked builtin-function
//! accessors, and `PyMethodDef` tables in Rust `static`s (typed constructors per calling
//! convention, the zeroed sentinel, `Sync`).

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use core::ffi::{c_int, CStr};

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use crate::{PyCFunction, PyObject, PyTypeObject};

/// `PyCFunction_GET_FUNCTION`: the C function, unchecked.
///
/// # Safety
/// `func` is a live builtin function or method.
#[cfg(not(any(
    Py_LIMITED_API,
    libpython_sys_removed = "PyMethodDef",
    libpython_sys_removed = "PyCFunctionObject"
)))]
#[inline(always)]
pub unsafe fn PyCFunction_GET_FUNCTION(func: *mut PyObject) -> PyCFunction {
    // SAFETY: as the caller promises.
    unsafe { (*(*func.cast::<crate::PyCFunctionObject>()).m_ml).ml_meth }
}

/// `PyCFunction_GET_FLAGS`: the `METH_*` flags, unchecked.
///
/// # Safety
/// As for [`PyCFunction_GET_FUNCTION`].
#[cfg(not(any(
    Py_LIMITED_API,
    libpython_sys_removed = "PyMethodDef",
    libpython_sys_removed = "PyCFunctionObject"
)))]
#[inline(always)]
pub unsafe fn PyCFunction_GET_FLAGS(func: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { (*(*func.cast::<crate::PyCFunctionObject>()).m_ml).ml_flags }
}

/// `PyCFunction_GET_SELF`: the bound `self` (borrowed), NULL for a `METH_STATIC` function.
///
/// # Safety
/// As for [`PyCFunction_GET_FUNCTION`].
#[cfg(not(any(
    Py_LIMITED_API,
    libpython_sys_removed = "PyMethodDef",
    libpython_sys_removed = "PyCFunctionObject"
)))]
#[inline(always)]
pub unsafe fn PyCFunction_GET_SELF(func: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe {
        let f = func.cast::<crate::PyCFunctionObject>();
        if (*(*f).m_ml).ml_flags & crate::METH_STATIC != 0 {
            return core::ptr::null_mut();
        }
        (*f).m_self
    }
}

/// `PyCFunction_GET_CLASS`: the defining class of a `METH_METHOD` function (borrowed),
/// else NULL.
///
/// # Safety
/// As for [`PyCFunction_GET_FUNCTION`].
#[cfg(not(any(
    Py_LIMITED_API,
    libpython_sys_removed = "PyMethodDef",
    libpython_sys_removed = "PyCFunctionObject",
    libpython_sys_removed = "PyCMethodObject"
)))]
#[inline(always)]
pub unsafe fn PyCFunction_GET_CLASS(func: *mut PyObject) -> *mut PyTypeObject {
    // SAFETY: as the caller promises; a METH_METHOD function is a PyCMethodObject.
    unsafe {
        if (*(*func.cast::<crate::PyCFunctionObject>()).m_ml).ml_flags & crate::METH_METHOD != 0 {
            return (*func.cast::<crate::PyCMethodObject>()).mm_class;
        }
        core::ptr::null_mut()
    }
}

/// A `METH_NOARGS`, `METH_O` or `METH_VARARGS` function: `f(self, arg_or_args)`.
pub type PyCFunctionPtr = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;
/// A `METH_VARARGS | METH_KEYWORDS` function: `f(self, args, kwargs)`.
pub type PyCFunctionWithKeywordsPtr =
    unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut PyObject) -> *mut PyObject;
/// A `METH_FASTCALL` function: `f(self, args, nargs)`.
pub type PyCFunctionFastPtr =
    unsafe extern "C" fn(*mut PyObject, *const *mut PyObject, crate::Py_ssize_t) -> *mut PyObject;
/// A `METH_FASTCALL | METH_KEYWORDS` function: `f(self, args, nargs, kwnames)`.
pub type PyCFunctionFastWithKeywordsPtr = unsafe extern "C" fn(
    *mut PyObject,
    *const *mut PyObject,
    crate::Py_ssize_t,
    *mut PyObject,
) -> *mut PyObject;
/// A `METH_METHOD | METH_FASTCALL | METH_KEYWORDS` function:
/// `f(self, defining_class, args, nargs, kwnames)`.
pub type PyCMethodPtr = unsafe extern "C" fn(
    *mut PyObject,
    *mut PyTypeObject,
    *const *mut PyObject,
    crate::Py_ssize_t,
    *mut PyObject,
) -> *mut PyObject;

// SAFETY: a method table is read-only data for CPython (names, docs and functions that
// are all static), shared by every thread that uses the methods.
#[cfg(not(libpython_sys_removed = "PyMethodDef"))]
unsafe impl Sync for crate::PyMethodDef {}

/// Typed constructors: each calling convention takes a function of its own signature and
/// sets its flag, so a `static` table is checked by the type system, as C's
/// `_PyCFunction_CAST` is not. `ml_meth` holds every convention as a `PyCFunction`, which
/// CPython calls with the signature the flags name.
#[cfg(not(libpython_sys_removed = "PyMethodDef"))]
impl crate::PyMethodDef {
    const fn with(
        name: &'static CStr,
        meth: PyCFunctionPtr,
        flags: c_int,
        doc: &'static CStr,
    ) -> crate::PyMethodDef {
        crate::PyMethodDef {
            ml_name: name.as_ptr(),
            ml_meth: Some(meth),
            ml_flags: flags,
            ml_doc: doc.as_ptr(),
        }
    }

    /// `METH_NOARGS`: `f(self, NULL)`.
    pub const fn noargs(name: &'static CStr, f: PyCFunctionPtr, doc: &'static CStr) -> Self {
        Self::with(name, f, crate::METH_NOARGS, doc)
    }

    /// `METH_O`: `f(self, arg)`.
    pub const fn o(name: &'static CStr, f: PyCFunctionPtr, doc: &'static CStr) -> Self {
        Self::with(name, f, crate::METH_O, doc)
    }

    /// `METH_VARARGS`: `f(self, args_tuple)`.
    pub const fn varargs(name: &'static CStr, f: PyCFunctionPtr, doc: &'static CStr) -> Self {
        Self::with(name, f, crate::METH_VARARGS, doc)
    }

    /// `METH_VARARGS | METH_KEYWORDS`: `f(self, args_tuple, kwargs_dict)`.
    pub const fn varargs_keywords(
        name: &'static CStr,
        f: PyCFunctionWithKeywordsPtr,
        doc: &'static CStr,
    ) -> Self {
        // SAFETY: function pointers of one size; CPython calls it with this signature,
        // as the flags say (C's `_PyCFunction_CAST`).
        let f = unsafe { core::mem::transmute::<PyCFunctionWithKeywordsPtr, PyCFunctionPtr>(f) };
        Self::with(name, f, crate::METH_VARARGS | crate::METH_KEYWORDS, doc)
    }

    /// `METH_FASTCALL`: `f(self, args, nargs)`.
    #[cfg(any(not(Py_LIMITED_API), Py_3_10))] // METH_FASTCALL: limited API 3.10
    pub const fn fastcall(name: &'static CStr, f: PyCFunctionFastPtr, doc: &'static CStr) -> Self {
        // SAFETY: as in `varargs_keywords`.
        let f = unsafe { core::mem::transmute::<PyCFunctionFastPtr, PyCFunctionPtr>(f) };
        Self::with(name, f, crate::METH_FASTCALL, doc)
    }

    /// `METH_FASTCALL | METH_KEYWORDS`: `f(self, args, nargs, kwnames)`.
    #[cfg(any(not(Py_LIMITED_API), Py_3_10))] // METH_FASTCALL: limited API 3.10
    pub const fn fastcall_keywords(
        name: &'static CStr,
        f: PyCFunctionFastWithKeywordsPtr,
        doc: &'static CStr,
    ) -> Self {
        // SAFETY: as in `varargs_keywords`.
        let f =
            unsafe { core::mem::transmute::<PyCFunctionFastWithKeywordsPtr, PyCFunctionPtr>(f) };
        Self::with(name, f, crate::METH_FASTCALL | crate::METH_KEYWORDS, doc)
    }

    /// `METH_METHOD | METH_FASTCALL | METH_KEYWORDS`: `f(self, defining_class, args, nargs,
    /// kwnames)`.
    #[cfg(any(not(Py_LIMITED_API), Py_3_10))] // METH_FASTCALL: limited API 3.10
    pub const fn method_fastcall_keywords(
        name: &'static CStr,
        f: PyCMethodPtr,
        doc: &'static CStr,
    ) -> Self {
        // SAFETY: as in `varargs_keywords`.
        let f = unsafe { core::mem::transmute::<PyCMethodPtr, PyCFunctionPtr>(f) };
        Self::with(
            name,
            f,
            crate::METH_METHOD | crate::METH_FASTCALL | crate::METH_KEYWORDS,
            doc,
        )
    }

    /// The same definition with `flags` added (`METH_CLASS`, `METH_STATIC`, `METH_COEXIST`).
    pub const fn with_flags(mut self, flags: c_int) -> Self {
        self.ml_flags |= flags;
        self
    }

    /// `{NULL, NULL, 0, NULL}`: the end of a method table.
    pub const fn zeroed() -> Self {
        crate::PyMethodDef {
            ml_name: core::ptr::null(),
            ml_meth: None,
            ml_flags: 0,
            ml_doc: core::ptr::null(),
        }
    }
}

#[cfg(not(libpython_sys_removed = "PyMethodDef"))]
impl Default for crate::PyMethodDef {
    /// The zeroed sentinel that ends a table.
    fn default() -> Self {
        Self::zeroed()
    }
}

#[cfg(not(libpython_sys_removed = "PyMethodDef"))]
impl PartialEq for crate::PyMethodDef {
    fn eq(&self, other: &Self) -> bool {
        let same_meth = match (self.ml_meth, other.ml_meth) {
            (Some(a), Some(b)) => core::ptr::fn_addr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.ml_name == other.ml_name
            && same_meth
            && self.ml_flags == other.ml_flags
            && self.ml_doc == other.ml_doc
    }
}

/// `PyCFunction_New(ml, self)` (a macro in the 3.9 headers, although exported; a function
/// from 3.10, and in the stable ABI): `PyCFunction_NewEx(ml, self, NULL)`.
///
/// # Safety
/// The calling thread is attached; `ml` outlives the function object; `self_` is NULL or
/// live.
#[cfg(not(Py_3_10))]
#[inline]
pub unsafe fn PyCFunction_New(ml: *mut crate::PyMethodDef, self_: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyCFunction_NewEx(ml, self_, core::ptr::null_mut()) }
}
