//! Mirrors `descrobject.h`: `PyGetSetDef` and `PyMemberDef` tables in Rust `static`s (const
//! constructors, the zeroed sentinel, `Sync`). They go with their struct where the build
//! removes it for an interpreter whose headers differ.

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use core::ffi::{c_int, c_void, CStr};

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use crate::{PyGetSetDef, PyMemberDef, PyObject, Py_ssize_t};

/// A getter: `get(self, closure)`, a new reference or NULL with an exception.
pub type GetterPtr = unsafe extern "C" fn(*mut PyObject, *mut c_void) -> *mut PyObject;
/// A setter: `set(self, value, closure)` (value NULL: delete), 0 or -1 with an exception.
pub type SetterPtr = unsafe extern "C" fn(*mut PyObject, *mut PyObject, *mut c_void) -> c_int;

// SAFETY: a getset table is read-only data for CPython (static names, docs and
// functions; a closure the definer shares deliberately).
#[cfg(not(libpython_sys_removed = "PyGetSetDef"))]
unsafe impl Sync for PyGetSetDef {}

#[cfg(not(libpython_sys_removed = "PyGetSetDef"))]
impl PyGetSetDef {
    /// `{name, get, set, doc, NULL}`: `set` `None` for a read-only attribute.
    pub const fn new(
        name: &'static CStr,
        get: Option<GetterPtr>,
        set: Option<SetterPtr>,
        doc: &'static CStr,
    ) -> PyGetSetDef {
        PyGetSetDef {
            name: name.as_ptr(),
            get,
            set,
            doc: doc.as_ptr(),
            closure: core::ptr::null_mut(),
        }
    }

    /// The same definition with `closure` passed to its functions.
    pub const fn with_closure(mut self, closure: *mut c_void) -> PyGetSetDef {
        self.closure = closure;
        self
    }

    /// `{NULL}`: the end of a getset table.
    pub const fn zeroed() -> PyGetSetDef {
        PyGetSetDef {
            name: core::ptr::null(),
            get: None,
            set: None,
            doc: core::ptr::null(),
            closure: core::ptr::null_mut(),
        }
    }
}

#[cfg(not(libpython_sys_removed = "PyGetSetDef"))]
impl Default for PyGetSetDef {
    /// The zeroed sentinel that ends a table.
    fn default() -> Self {
        Self::zeroed()
    }
}

#[cfg(not(libpython_sys_removed = "PyGetSetDef"))]
impl PartialEq for PyGetSetDef {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: Option<GetterPtr>, b: Option<GetterPtr>| match (a, b) {
            (Some(a), Some(b)) => core::ptr::fn_addr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        let same_set = |a: Option<SetterPtr>, b: Option<SetterPtr>| match (a, b) {
            (Some(a), Some(b)) => core::ptr::fn_addr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        self.name == other.name
            && same(self.get, other.get)
            && same_set(self.set, other.set)
            && self.doc == other.doc
            && self.closure == other.closure
    }
}

// SAFETY: a member table is read-only data for CPython (static names and docs, offsets).
#[cfg(not(libpython_sys_removed = "PyMemberDef"))]
unsafe impl Sync for PyMemberDef {}

#[cfg(not(libpython_sys_removed = "PyMemberDef"))]
impl PyMemberDef {
    /// `{name, type, offset, flags, doc}`: a `Py_T_*` (or `T_*`) type code, the offset in
    /// the object (`core::mem::offset_of!`), `Py_READONLY` and the other flags.
    pub const fn new(
        name: &'static CStr,
        type_code: c_int,
        offset: Py_ssize_t,
        flags: c_int,
        doc: &'static CStr,
    ) -> PyMemberDef {
        PyMemberDef {
            name: name.as_ptr(),
            type_: type_code,
            offset,
            flags,
            doc: doc.as_ptr(),
        }
    }

    /// `{NULL}`: the end of a member table.
    pub const fn zeroed() -> PyMemberDef {
        PyMemberDef {
            name: core::ptr::null(),
            type_: 0,
            offset: 0,
            flags: 0,
            doc: core::ptr::null(),
        }
    }
}

#[cfg(not(libpython_sys_removed = "PyMemberDef"))]
impl Default for PyMemberDef {
    /// The zeroed sentinel that ends a table.
    fn default() -> Self {
        Self::zeroed()
    }
}

#[cfg(not(libpython_sys_removed = "PyMemberDef"))]
impl PartialEq for PyMemberDef {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.type_ == other.type_
            && self.offset == other.offset
            && self.flags == other.flags
            && self.doc == other.doc
    }
}

/// `PyDescr_IsData(d)` (a macro on 3.9; exported from 3.10): whether the descriptor `d`
/// is a data descriptor (its type has `__set__`).
///
/// # Safety
/// `d` is a live object.
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyDescr_IsData(d: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { c_int::from((*crate::Py_TYPE(d)).tp_descr_set.is_some()) }
}

/// `PyDescr_NAME(x)` (`descrobject.h`): the descriptor's name (borrowed).
///
/// # Safety
/// `x` is a live descriptor of one of CPython's descriptor types (`PyDescrObject` layout).
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PyDescr_NAME(x: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { (*x.cast::<crate::PyDescrObject>()).d_name }
}

/// `PyDescr_TYPE(x)` (`descrobject.h`): the type the descriptor belongs to (borrowed).
///
/// # Safety
/// As for [`PyDescr_NAME`].
#[cfg(not(Py_LIMITED_API))]
#[inline]
pub unsafe fn PyDescr_TYPE(x: *mut PyObject) -> *mut crate::PyTypeObject {
    // SAFETY: as the caller promises.
    unsafe { (*x.cast::<crate::PyDescrObject>()).d_type }
}
