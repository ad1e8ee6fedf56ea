//! Mirrors `moduleobject.h` and `modsupport.h`: `PyModuleDef_HEAD_INIT`, the `Py_MOD_*` slot
//! values, the macro forms of module creation, and what a module definition needs to live
//! in a Rust `static`.

#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
use core::cell::UnsafeCell;
// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use core::ffi::{c_int, c_void};

// Unused where the build removes the structs these helpers go with.
#[allow(unused_imports)]
use crate::{PyModuleDef, PyModuleDef_Slot, PyObject};

/// `PyModuleDef_HEAD_INIT`: the header of a static `PyModuleDef`, byte-identical to the C
/// macro on this target (on free-threaded 3.14+ its `ob_flags` carries
/// `_Py_STATICALLY_ALLOCATED_FLAG`, without which 3.15t rejects the definition).
// A const initializer, like the C macro: the free-threaded header holds a `PyMutex`.
/// Not under abi3t, where `PyModuleDef` is opaque (a module is defined by slots there).
#[allow(clippy::declare_interior_mutable_const)]
#[cfg(not(any(
    all(Py_LIMITED_API, Py_GIL_DISABLED),
    libpython_sys_removed = "PyModuleDef_Base"
)))]
pub const PyModuleDef_HEAD_INIT: crate::PyModuleDef_Base = crate::PyModuleDef_Base {
    ob_base: crate::PyObject_HEAD_INIT(core::ptr::null_mut()),
    m_init: None,
    m_index: 0,
    m_copy: core::ptr::null_mut(),
};

/// `Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED` (3.12+): a `Py_mod_multiple_interpreters`
/// slot value, `(void *)0`.
#[cfg(Py_3_12)]
pub const Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED: *mut c_void =
    core::ptr::without_provenance_mut(0);
/// `Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED` (3.12+): `(void *)1`, the default.
#[cfg(Py_3_12)]
pub const Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED: *mut c_void =
    core::ptr::without_provenance_mut(1);
/// `Py_MOD_PER_INTERPRETER_GIL_SUPPORTED` (3.12+): `(void *)2`, for a module whose state
/// is all in its module state, so that interpreters with their own GIL may import it.
#[cfg(Py_3_12)]
pub const Py_MOD_PER_INTERPRETER_GIL_SUPPORTED: *mut c_void = core::ptr::without_provenance_mut(2);
/// `Py_MOD_GIL_USED` (3.13+): a `Py_mod_gil` slot value, `(void *)0`, the default (a
/// free-threaded interpreter re-enables the GIL when it imports the module).
#[cfg(Py_3_13)]
pub const Py_MOD_GIL_USED: *mut c_void = core::ptr::without_provenance_mut(0);
/// `Py_MOD_GIL_NOT_USED` (3.13+): `(void *)1`, for a module that is safe without the GIL.
#[cfg(Py_3_13)]
pub const Py_MOD_GIL_NOT_USED: *mut c_void = core::ptr::without_provenance_mut(1);

/// `PyModule_Create` (`modsupport.h`): `PyModule_Create2(def, PYTHON_API_VERSION)`.
///
/// # Safety
/// `def` points to a module definition that outlives the module; the thread is attached.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn PyModule_Create(def: *mut PyModuleDef) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyModule_Create2(def, crate::PYTHON_API_VERSION) }
}

/// `PyModule_FromDefAndSpec` (`modsupport.h`): `PyModule_FromDefAndSpec2(def, spec,
/// PYTHON_API_VERSION)`.
///
/// # Safety
/// As for [`PyModule_Create`]; `spec` is a live module spec.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn PyModule_FromDefAndSpec(def: *mut PyModuleDef, spec: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { crate::PyModule_FromDefAndSpec2(def, spec, crate::PYTHON_API_VERSION) }
}

/// `PyModule_AddIntMacro(module, NAME)` (`modsupport.h`): adds the integer `NAME` under its
/// own name. Returns the `c_int` of `PyModule_AddIntConstant` (0, or -1 with an exception).
///
/// ```ignore
/// PyModule_AddIntMacro!(module, METH_VARARGS)
/// ```
#[macro_export]
macro_rules! PyModule_AddIntMacro {
    ($module:expr, $name:ident) => {
        $crate::PyModule_AddIntConstant(
            $module,
            concat!(stringify!($name), "\0").as_ptr().cast(),
            $name as ::core::ffi::c_long,
        )
    };
}

/// `PyModule_AddStringMacro(module, NAME)` (`modsupport.h`): adds the string constant
/// `NAME` (a `&CStr`) under its own name.
#[macro_export]
macro_rules! PyModule_AddStringMacro {
    ($module:expr, $name:ident) => {
        $crate::PyModule_AddStringConstant(
            $module,
            concat!(stringify!($name), "\0").as_ptr().cast(),
            $name.as_ptr(),
        )
    };
}

/// A `PyModuleDef` in a `static`, without `static mut`: CPython writes to a definition
/// (`PyModuleDef_Init` makes it an object: type, reference count, index), so it needs
/// interior mutability, which this cell gives. Not C API; `get` is what C's `&def` is.
///
/// ```ignore
/// static MODULE: ModuleDefCell = ModuleDefCell::new(PyModuleDef { m_base: PyModuleDef_HEAD_INIT, /* … */ });
/// PyModuleDef_Init(MODULE.get())
/// ```
///
/// Not under abi3t, where `PyModuleDef` is opaque.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[repr(transparent)]
pub struct ModuleDefCell(UnsafeCell<PyModuleDef>);

// SAFETY: the definition is written only by CPython, with the calling thread attached, as
// C's own static definitions are; Rust code reaches it only through the raw pointer.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
unsafe impl Sync for ModuleDefCell {}

#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
impl ModuleDefCell {
    pub const fn new(def: PyModuleDef) -> ModuleDefCell {
        ModuleDefCell(UnsafeCell::new(def))
    }

    /// The definition, for `PyModuleDef_Init`, `PyModule_Create`, `PyState_FindModule`, ….
    pub const fn get(&self) -> *mut PyModuleDef {
        self.0.get()
    }
}

// SAFETY: a slot table is read-only data for CPython (an id and a pointer to a static
// function or value), shared by every thread that imports the module.
#[cfg(not(libpython_sys_removed = "PyModuleDef_Slot"))]
unsafe impl Sync for PyModuleDef_Slot {}

#[cfg(not(libpython_sys_removed = "PyModuleDef_Slot"))]
impl PyModuleDef_Slot {
    /// A slot: its id (`Py_mod_exec`, …) and value.
    pub const fn new(slot: c_int, value: *mut c_void) -> PyModuleDef_Slot {
        PyModuleDef_Slot { slot, value }
    }

    /// `{Py_mod_exec, f}`: runs `f` on the new module.
    pub const fn exec(f: unsafe extern "C" fn(*mut PyObject) -> c_int) -> PyModuleDef_Slot {
        PyModuleDef_Slot::new(crate::Py_mod_exec, f as *mut c_void)
    }

    /// `{Py_mod_create, f}`: creates the module object from the spec.
    pub const fn create(
        f: unsafe extern "C" fn(*mut PyObject, *mut PyModuleDef) -> *mut PyObject,
    ) -> PyModuleDef_Slot {
        PyModuleDef_Slot::new(crate::Py_mod_create, f as *mut c_void)
    }

    /// `{Py_mod_multiple_interpreters, value}` (3.12+).
    #[cfg(Py_3_12)]
    pub const fn multiple_interpreters(value: *mut c_void) -> PyModuleDef_Slot {
        PyModuleDef_Slot::new(crate::Py_mod_multiple_interpreters, value)
    }

    /// `{Py_mod_gil, value}` (3.13+).
    #[cfg(Py_3_13)]
    pub const fn gil(value: *mut c_void) -> PyModuleDef_Slot {
        PyModuleDef_Slot::new(crate::Py_mod_gil, value)
    }

    /// `{Py_mod_abi, &info}` (3.15): lets the interpreter verify the module's ABI when it
    /// imports it. C declares the info with `PyABIInfo_VAR(info)`; here it is
    /// `static INFO: PyABIInfo = PyABIInfo::DEFAULT`.
    #[cfg(Py_3_15)]
    pub const fn abi(info: &'static crate::PyABIInfo) -> PyModuleDef_Slot {
        PyModuleDef_Slot::new(
            crate::Py_mod_abi,
            (info as *const crate::PyABIInfo).cast_mut().cast(),
        )
    }

    /// `{0, NULL}`: the end of a slot table.
    pub const fn zeroed() -> PyModuleDef_Slot {
        PyModuleDef_Slot::new(0, core::ptr::null_mut())
    }
}

#[cfg(not(libpython_sys_removed = "PyModuleDef_Slot"))]
impl Default for PyModuleDef_Slot {
    /// The zeroed sentinel that ends a table.
    fn default() -> Self {
        PyModuleDef_Slot::zeroed()
    }
}

#[cfg(not(libpython_sys_removed = "PyModuleDef_Slot"))]
impl PartialEq for PyModuleDef_Slot {
    fn eq(&self, other: &Self) -> bool {
        self.slot == other.slot && self.value == other.value
    }
}
