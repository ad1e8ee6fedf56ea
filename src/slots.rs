//! Mirrors `slots.h` (3.15, PEP 820) and the ABI info of `modsupport.h` (3.15, PEP 793):
//! `PySlot` tables and `PyABIInfo` as Rust `static`s, without casts. A module exported
//! through `PyModExport_<name>` is a table of these:
//!
//! ```ignore
//! static ABI: PyABIInfo = PyABIInfo::DEFAULT;
//! static SLOTS: [PySlot; 4] = [
//!     PySlot::mod_abi(&ABI),
//!     PySlot::mod_name(c"demo"),
//!     PySlot::mod_exec(exec),
//!     PySlot::END,
//! ];
//! #[no_mangle]
//! pub extern "C" fn PyModExport_demo() -> *const PySlot { SLOTS.as_ptr() }
//! ```
//!
//! The helpers go with their struct where the build removes it for an interpreter whose
//! headers differ.

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use core::ffi::{c_int, c_void, CStr};

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use crate::{PyABIInfo, PyObject, PySlot, Py_ssize_t};
#[cfg(not(libpython_sys_removed = "PySlot"))]
use crate::{PySlot__bindgen_ty_1, PySlot__bindgen_ty_2};

/// A `traverseproc` (`object.h`) as a plain function pointer.
#[cfg(not(libpython_sys_removed = "PySlot"))]
type TraverseFn = unsafe extern "C" fn(*mut PyObject, crate::visitproc, *mut c_void) -> c_int;

// SAFETY: a slot table is read-only data for CPython (ids, flags and static pointers),
// shared by every thread and interpreter that imports the module.
#[cfg(not(libpython_sys_removed = "PySlot"))]
unsafe impl Sync for PySlot {}

#[cfg(not(libpython_sys_removed = "PySlot"))]
impl PySlot {
    const fn with(id: c_int, flags: c_int, value: PySlot__bindgen_ty_2) -> PySlot {
        PySlot {
            sl_id: id as u16,
            sl_flags: flags as u16,
            __bindgen_anon_1: PySlot__bindgen_ty_1 { sl_reserved: 0 },
            __bindgen_anon_2: value,
        }
    }

    /// `PySlot_END`: the end of a table.
    pub const END: PySlot = PySlot::with(0, 0, PySlot__bindgen_ty_2 { sl_uint64: 0 });

    /// `PySlot_DATA(id, value)`: a pointer (`PySlot_INTPTR`).
    pub const fn data(id: c_int, value: *mut c_void) -> PySlot {
        PySlot::with(
            id,
            crate::PySlot_INTPTR,
            PySlot__bindgen_ty_2 { sl_ptr: value },
        )
    }

    /// `PySlot_PTR(id, value)`: the same slot as `PySlot_DATA` (`PySlot_INTPTR`), C's form
    /// for C++11.
    pub const fn ptr(id: c_int, value: *mut c_void) -> PySlot {
        PySlot::data(id, value)
    }

    /// `PySlot_STATIC_DATA(id, value)`: a pointer to data that outlives the module
    /// (`PySlot_STATIC`), which CPython may then use without copying.
    pub const fn static_data(id: c_int, value: *mut c_void) -> PySlot {
        PySlot::with(
            id,
            crate::PySlot_STATIC,
            PySlot__bindgen_ty_2 { sl_ptr: value },
        )
    }

    /// `PySlot_PTR_STATIC(id, value)`: both `PySlot_INTPTR` and `PySlot_STATIC`.
    pub const fn ptr_static(id: c_int, value: *mut c_void) -> PySlot {
        PySlot::with(
            id,
            crate::PySlot_INTPTR | crate::PySlot_STATIC,
            PySlot__bindgen_ty_2 { sl_ptr: value },
        )
    }

    /// `PySlot_FUNC(id, f)`: a function (`_Py_funcptr_t`; the typed helpers below take the
    /// slot's own signature).
    pub const fn func(id: c_int, f: unsafe extern "C" fn()) -> PySlot {
        PySlot::with(id, 0, PySlot__bindgen_ty_2 { sl_func: Some(f) })
    }

    /// `PySlot_SIZE(id, value)`.
    pub const fn size(id: c_int, value: Py_ssize_t) -> PySlot {
        PySlot::with(id, 0, PySlot__bindgen_ty_2 { sl_size: value })
    }

    /// `PySlot_INT64(id, value)`.
    pub const fn int64(id: c_int, value: i64) -> PySlot {
        PySlot::with(id, 0, PySlot__bindgen_ty_2 { sl_int64: value })
    }

    /// `PySlot_UINT64(id, value)`.
    pub const fn uint64(id: c_int, value: u64) -> PySlot {
        PySlot::with(id, 0, PySlot__bindgen_ty_2 { sl_uint64: value })
    }

    /// `PySlot_STATIC_DATA(Py_mod_name, name)`.
    pub const fn mod_name(name: &'static CStr) -> PySlot {
        PySlot::static_data(crate::Py_mod_name, name.as_ptr().cast_mut().cast())
    }

    /// `PySlot_STATIC_DATA(Py_mod_doc, doc)`.
    pub const fn mod_doc(doc: &'static CStr) -> PySlot {
        PySlot::static_data(crate::Py_mod_doc, doc.as_ptr().cast_mut().cast())
    }

    /// `PySlot_STATIC_DATA(Py_mod_methods, methods)`: a table ending with
    /// `PyMethodDef::zeroed()`.
    pub const fn mod_methods(methods: &'static [crate::PyMethodDef]) -> PySlot {
        PySlot::static_data(crate::Py_mod_methods, methods.as_ptr().cast_mut().cast())
    }

    /// `{Py_mod_state_size, size}`.
    pub const fn mod_state_size(size: Py_ssize_t) -> PySlot {
        PySlot::size(crate::Py_mod_state_size, size)
    }

    /// `{Py_mod_exec, f}`.
    pub const fn mod_exec(f: unsafe extern "C" fn(*mut PyObject) -> c_int) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls a `Py_mod_exec` slot with
        // this signature.
        let f = unsafe {
            core::mem::transmute::<
                unsafe extern "C" fn(*mut PyObject) -> c_int,
                unsafe extern "C" fn(),
            >(f)
        };
        PySlot::func(crate::Py_mod_exec, f)
    }

    /// `{Py_mod_gil, value}`: `Py_MOD_GIL_USED` or `Py_MOD_GIL_NOT_USED`.
    pub const fn mod_gil(value: *mut c_void) -> PySlot {
        PySlot::data(crate::Py_mod_gil, value)
    }

    /// `{Py_mod_multiple_interpreters, value}`: `Py_MOD_PER_INTERPRETER_GIL_SUPPORTED`, …
    pub const fn mod_multiple_interpreters(value: *mut c_void) -> PySlot {
        PySlot::data(crate::Py_mod_multiple_interpreters, value)
    }

    /// `PySlot_STATIC_DATA(Py_mod_abi, &info)`: required in a slots-only module (C declares
    /// the info with `PyABIInfo_VAR`; here `static ABI: PyABIInfo = PyABIInfo::DEFAULT`).
    pub const fn mod_abi(info: &'static PyABIInfo) -> PySlot {
        PySlot::static_data(
            crate::Py_mod_abi,
            (info as *const PyABIInfo).cast_mut().cast(),
        )
    }

    /// `PySlot_STATIC_DATA(Py_mod_token, token)`: the module's token
    /// (`PyModule_GetToken`), a static that belongs to this extension.
    pub const fn mod_token(token: *mut c_void) -> PySlot {
        PySlot::static_data(crate::Py_mod_token, token)
    }

    /// `PySlot_FUNC(Py_mod_create, f)`: creates the module object from its spec (the
    /// definition argument is NULL for a module defined by slots).
    pub const fn mod_create(
        f: unsafe extern "C" fn(*mut PyObject, *mut crate::PyModuleDef) -> *mut PyObject,
    ) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls a `Py_mod_create` slot with
        // this signature.
        let f = unsafe {
            core::mem::transmute::<
                unsafe extern "C" fn(*mut PyObject, *mut crate::PyModuleDef) -> *mut PyObject,
                unsafe extern "C" fn(),
            >(f)
        };
        PySlot::func(crate::Py_mod_create, f)
    }

    /// `PySlot_FUNC(Py_mod_state_traverse, f)`: visits the module state's references.
    pub const fn mod_state_traverse(f: TraverseFn) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls the slot as `traverseproc`.
        let f = unsafe { core::mem::transmute::<TraverseFn, unsafe extern "C" fn()>(f) };
        PySlot::func(crate::Py_mod_state_traverse, f)
    }

    /// `PySlot_FUNC(Py_mod_state_clear, f)`: drops the module state's references.
    pub const fn mod_state_clear(f: unsafe extern "C" fn(*mut PyObject) -> c_int) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls the slot as `inquiry`.
        let f = unsafe {
            core::mem::transmute::<
                unsafe extern "C" fn(*mut PyObject) -> c_int,
                unsafe extern "C" fn(),
            >(f)
        };
        PySlot::func(crate::Py_mod_state_clear, f)
    }

    /// `PySlot_FUNC(Py_mod_state_free, f)`: frees the module state (`freefunc`).
    pub const fn mod_state_free(f: unsafe extern "C" fn(*mut c_void)) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls the slot as `freefunc`.
        let f = unsafe {
            core::mem::transmute::<unsafe extern "C" fn(*mut c_void), unsafe extern "C" fn()>(f)
        };
        PySlot::func(crate::Py_mod_state_free, f)
    }

    /// `PySlot_END`.
    pub const fn zeroed() -> PySlot {
        PySlot::END
    }
}

#[cfg(not(libpython_sys_removed = "PySlot"))]
impl Default for PySlot {
    /// The zeroed sentinel that ends a table.
    fn default() -> Self {
        PySlot::END
    }
}

#[cfg(not(libpython_sys_removed = "PySlot"))]
impl PartialEq for PySlot {
    /// Slots are equal when their ids, flags and values are (bit for bit: the value is a
    /// union, compared as its 64 bits).
    fn eq(&self, other: &Self) -> bool {
        // SAFETY: every member of the value union is at most 64 bits, and `sl_uint64`
        // covers the whole union, which the constructors initialize in full.
        let bits = |s: &PySlot| unsafe { s.__bindgen_anon_2.sl_uint64 };
        self.sl_id == other.sl_id && self.sl_flags == other.sl_flags && bits(self) == bits(other)
    }
}

#[cfg(not(libpython_sys_removed = "PyABIInfo"))]
impl PyABIInfo {
    /// `_PyABIInfo_DEFAULT` (what `PyABIInfo_VAR(NAME)` declares): ABI info 1.0 for this
    /// build: `PyABIInfo_DEFAULT_FLAGS` (`PyABIInfo_GIL` or `PyABIInfo_FREETHREADED`),
    /// `PY_VERSION_HEX`, and `PyABIInfo_DEFAULT_ABI_VERSION`.
    pub const DEFAULT: PyABIInfo = PyABIInfo {
        abiinfo_major_version: 1,
        abiinfo_minor_version: 0,
        flags: crate::PyABIInfo_DEFAULT_FLAGS as u16,
        build_version: crate::PY_VERSION_HEX as u32,
        abi_version: crate::PyABIInfo_DEFAULT_ABI_VERSION as u32,
    };
}
