//! abi3-py39 only: the few items of newer stable ABIs (3.12, 3.15) that `tally` uses when
//! the interpreter running it is new enough.
//!
//! libpython-sys binds exactly the stable ABI of the minimum version (3.9 here), so these
//! are defined here, as a C extension targeting `Py_LIMITED_API=0x03090000` would define
//! them. Their values are part of the stable ABI and never change (CPython's
//! `Misc/stable_abi.toml`); the layouts are those of the 3.15 headers, measured with a C
//! program (`sizeof`/`offsetof`, gcc on x86-64 Linux) and asserted below at compile time.
//!
//! Using them is up to the caller: [`Py_mod_multiple_interpreters`] only in the
//! `PyModuleDef` given to 3.12+ (3.9 to 3.11 refuse a slot id they do not know:
//! "unknown slot ID 3"), and the 3.15 items only in `PyModExport_tally`, which 3.9 to
//! 3.14 never call. None of them is an exported symbol of libpython (only constants and
//! layouts), so the module still loads on 3.9.

// The C names, as libpython-sys keeps them.
#![allow(non_upper_case_globals)]

use core::ffi::{c_int, c_void, CStr};
use core::mem::{align_of, offset_of, size_of};

use libpython_sys::{PyMethodDef, PyObject, Py_ssize_t, PY_VERSION_HEX};

/// `Py_mod_multiple_interpreters` (stable ABI 3.12; `moduleobject.h`, from 3.15
/// `slots_generated.h`): the slot id 3. 3.15 renumbered it 86 and still accepts 3, in
/// `PyModuleDef_Slot` and `PySlot` tables alike; its headers still give 3 under
/// `Py_LIMITED_API` older than 3.15, so a C extension built like this one uses 3 too.
pub const Py_mod_multiple_interpreters: c_int = 3;

/// `Py_MOD_PER_INTERPRETER_GIL_SUPPORTED` (stable ABI 3.12, `moduleobject.h`): the
/// `Py_mod_multiple_interpreters` value `(void *)2`, for a module whose state is all in
/// its module state, which an interpreter with its own GIL may then import.
pub const Py_MOD_PER_INTERPRETER_GIL_SUPPORTED: *mut c_void = core::ptr::without_provenance_mut(2);

/// `struct PySlot` (stable ABI 3.15, `slots.h`, PEP 793): one entry of the slot table that
/// `PyModExport_<name>` returns. C's two anonymous unions are `sl_reserved` (one member)
/// and [`PySlotValue`].
#[repr(C)]
pub struct PySlot {
    /// `uint16_t sl_id`: `Py_mod_name`, …; 0 (`Py_slot_end`) ends the table.
    pub sl_id: u16,
    /// `uint16_t sl_flags`: `PySlot_STATIC`, `PySlot_INTPTR`, ….
    pub sl_flags: u16,
    /// `uint32_t sl_reserved`: must be 0.
    pub sl_reserved: u32,
    /// The value, by the slot's type.
    pub value: PySlotValue,
}

/// The value of a [`PySlot`] (its second anonymous union in `slots.h`, stable ABI 3.15).
#[repr(C)]
#[derive(Clone, Copy)]
pub union PySlotValue {
    /// `void *sl_ptr`.
    pub sl_ptr: *mut c_void,
    /// `_Py_funcptr_t sl_func`: a function pointer, cast back to the slot's type by
    /// CPython.
    pub sl_func: Option<unsafe extern "C" fn()>,
    /// `Py_ssize_t sl_size`.
    pub sl_size: Py_ssize_t,
    /// `int64_t sl_int64`.
    pub sl_int64: i64,
    /// `uint64_t sl_uint64`.
    pub sl_uint64: u64,
}

// Measured on the 3.15 headers: sizeof(PySlot) 16, alignment 8; sl_id at 0, sl_flags at 2,
// sl_reserved at 4, and every member of the value union at 8.
const _: () = assert!(size_of::<PySlot>() == 16 && align_of::<PySlot>() == 8);
const _: () = assert!(offset_of!(PySlot, sl_id) == 0);
const _: () = assert!(offset_of!(PySlot, sl_flags) == 2);
const _: () = assert!(offset_of!(PySlot, sl_reserved) == 4);
const _: () = assert!(offset_of!(PySlot, value) == 8);
const _: () = assert!(size_of::<PySlotValue>() == 8);

// SAFETY: a slot table is read-only data for CPython (ids, static strings, tables and
// functions), shared by every thread that imports the module.
unsafe impl Sync for PySlot {}

/// `PySlot_STATIC` (stable ABI 3.15, `slots.h`): the value points to data that outlives
/// the module, which CPython may use without copying (required for `Py_mod_methods`).
pub const PySlot_STATIC: u16 = 0x0002;
/// `PySlot_INTPTR` (stable ABI 3.15, `slots.h`): the value is given as `sl_ptr` whatever
/// the slot's type (what `PySlot_DATA` sets; CPython converts it).
pub const PySlot_INTPTR: u16 = 0x0004;

/// `Py_mod_name` (stable ABI 3.15, `slots_generated.h`): the module's name.
pub const Py_mod_name: c_int = 100;
/// `Py_mod_doc` (stable ABI 3.15, `slots_generated.h`): its docstring.
pub const Py_mod_doc: c_int = 101;
/// `Py_mod_state_size` (stable ABI 3.15, `slots_generated.h`): `PyModuleDef.m_size`.
pub const Py_mod_state_size: c_int = 102;
/// `Py_mod_methods` (stable ABI 3.15, `slots_generated.h`): `PyModuleDef.m_methods`.
pub const Py_mod_methods: c_int = 103;
/// `Py_mod_state_traverse` (stable ABI 3.15, `slots_generated.h`): `m_traverse`.
pub const Py_mod_state_traverse: c_int = 104;
/// `Py_mod_state_clear` (stable ABI 3.15, `slots_generated.h`): `m_clear`.
pub const Py_mod_state_clear: c_int = 105;
/// `Py_mod_state_free` (stable ABI 3.15, `slots_generated.h`): `m_free`.
pub const Py_mod_state_free: c_int = 106;
/// `Py_mod_abi` (stable ABI 3.15, `slots_generated.h`): a `PyABIInfo`, mandatory in a
/// module defined by slots only.
pub const Py_mod_abi: c_int = 109;

/// `struct PyABIInfo` (stable ABI 3.15, `modsupport.h`): the ABI a module was built for,
/// which 3.15 checks (`PyABIInfo_Check`) before it creates the module.
#[repr(C)]
pub struct PyABIInfo {
    /// `uint8_t abiinfo_major_version`: 1.
    pub abiinfo_major_version: u8,
    /// `uint8_t abiinfo_minor_version`: 0.
    pub abiinfo_minor_version: u8,
    /// `uint16_t flags`: `PyABIInfo_STABLE`, `PyABIInfo_GIL`, ….
    pub flags: u16,
    /// `uint32_t build_version`: the `PY_VERSION_HEX` of the headers built with.
    pub build_version: u32,
    /// `uint32_t abi_version`: the `Py_LIMITED_API` (stable ABI) or `PY_VERSION_HEX`.
    pub abi_version: u32,
}

// Measured on the 3.15 headers: sizeof(PyABIInfo) 12, alignment 4; the fields at 0, 1, 2,
// 4 and 8.
const _: () = assert!(size_of::<PyABIInfo>() == 12 && align_of::<PyABIInfo>() == 4);
const _: () = assert!(offset_of!(PyABIInfo, abiinfo_major_version) == 0);
const _: () = assert!(offset_of!(PyABIInfo, abiinfo_minor_version) == 1);
const _: () = assert!(offset_of!(PyABIInfo, flags) == 2);
const _: () = assert!(offset_of!(PyABIInfo, build_version) == 4);
const _: () = assert!(offset_of!(PyABIInfo, abi_version) == 8);

/// `PyABIInfo_STABLE` (stable ABI 3.15, `modsupport.h`): built for the stable ABI
/// `abi_version`, which 3.15 accepts when it is not newer than itself.
pub const PyABIInfo_STABLE: u16 = 0x0001;
/// `PyABIInfo_GIL` (stable ABI 3.15, `modsupport.h`): for builds with the GIL only (a
/// free-threaded 3.15 refuses the module).
pub const PyABIInfo_GIL: u16 = 0x0002;

/// `Py_LIMITED_API` of the abi3-py39 build: `0x03090000`.
const LIMITED_API: u32 = 0x0309_0000;

impl PyABIInfo {
    /// `_PyABIInfo_DEFAULT` (what `PyABIInfo_VAR(NAME)` declares, stable ABI 3.15,
    /// `modsupport.h`), as the 3.15 headers compute it for `Py_LIMITED_API=0x03090000` on
    /// a GIL build: version 1.0, `PyABIInfo_STABLE | PyABIInfo_GIL`, the building headers'
    /// `PY_VERSION_HEX`, and `PyABIInfo_DEFAULT_ABI_VERSION` = `Py_LIMITED_API`.
    pub const DEFAULT: PyABIInfo = PyABIInfo {
        abiinfo_major_version: 1,
        abiinfo_minor_version: 0,
        flags: PyABIInfo_STABLE | PyABIInfo_GIL,
        build_version: PY_VERSION_HEX as u32,
        abi_version: LIMITED_API,
    };
}

/// The `PySlot_*` initializer macros of `slots.h` (stable ABI 3.15) that `tally` uses, as
/// `const fn`s, named as libpython-sys names them on 3.15 so that the slot table reads the
/// same on every build.
impl PySlot {
    const fn with(id: c_int, flags: u16, value: PySlotValue) -> PySlot {
        PySlot {
            sl_id: id as u16,
            sl_flags: flags,
            sl_reserved: 0,
            value,
        }
    }

    /// `PySlot_END`: `{0}`, the end of a table.
    pub const END: PySlot = PySlot::with(0, 0, PySlotValue { sl_uint64: 0 });

    /// `PySlot_STATIC_DATA(id, value)`.
    const fn static_data(id: c_int, value: *const c_void) -> PySlot {
        PySlot::with(
            id,
            PySlot_STATIC,
            PySlotValue {
                sl_ptr: value.cast_mut(),
            },
        )
    }

    /// `PySlot_FUNC(id, f)`.
    const fn func(id: c_int, f: unsafe extern "C" fn()) -> PySlot {
        PySlot::with(id, 0, PySlotValue { sl_func: Some(f) })
    }

    /// `PySlot_STATIC_DATA(Py_mod_abi, &info)`.
    pub const fn mod_abi(info: &'static PyABIInfo) -> PySlot {
        PySlot::static_data(Py_mod_abi, (info as *const PyABIInfo).cast())
    }

    /// `PySlot_STATIC_DATA(Py_mod_name, name)`.
    pub const fn mod_name(name: &'static CStr) -> PySlot {
        PySlot::static_data(Py_mod_name, name.as_ptr().cast())
    }

    /// `PySlot_STATIC_DATA(Py_mod_doc, doc)`.
    pub const fn mod_doc(doc: &'static CStr) -> PySlot {
        PySlot::static_data(Py_mod_doc, doc.as_ptr().cast())
    }

    /// `PySlot_STATIC_DATA(Py_mod_methods, methods)`: a table ending with a zeroed entry.
    pub const fn mod_methods(methods: &'static [PyMethodDef]) -> PySlot {
        PySlot::static_data(Py_mod_methods, methods.as_ptr().cast())
    }

    /// `PySlot_SIZE(Py_mod_state_size, size)`.
    pub const fn mod_state_size(size: Py_ssize_t) -> PySlot {
        PySlot::with(Py_mod_state_size, 0, PySlotValue { sl_size: size })
    }

    /// `PySlot_FUNC(Py_mod_state_traverse, f)`.
    pub const fn mod_state_traverse(
        f: unsafe extern "C" fn(*mut PyObject, libpython_sys::visitproc, *mut c_void) -> c_int,
    ) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls the slot as `traverseproc`.
        let f = unsafe {
            core::mem::transmute::<
                unsafe extern "C" fn(*mut PyObject, libpython_sys::visitproc, *mut c_void) -> c_int,
                unsafe extern "C" fn(),
            >(f)
        };
        PySlot::func(Py_mod_state_traverse, f)
    }

    /// `PySlot_FUNC(Py_mod_state_clear, f)`.
    pub const fn mod_state_clear(f: unsafe extern "C" fn(*mut PyObject) -> c_int) -> PySlot {
        PySlot::func(Py_mod_state_clear, object_to_int(f))
    }

    /// `PySlot_FUNC(Py_mod_state_free, f)`.
    pub const fn mod_state_free(f: unsafe extern "C" fn(*mut c_void)) -> PySlot {
        // SAFETY: function pointers of one size; CPython calls the slot as `freefunc`.
        let f = unsafe {
            core::mem::transmute::<unsafe extern "C" fn(*mut c_void), unsafe extern "C" fn()>(f)
        };
        PySlot::func(Py_mod_state_free, f)
    }

    /// `PySlot_FUNC(Py_mod_exec, f)`, with the id of 3.9's headers (2), which 3.15 still
    /// accepts (it renumbered it 85), as for [`Py_mod_multiple_interpreters`].
    pub const fn mod_exec(f: unsafe extern "C" fn(*mut PyObject) -> c_int) -> PySlot {
        PySlot::func(libpython_sys::Py_mod_exec, object_to_int(f))
    }

    /// `PySlot_DATA(Py_mod_multiple_interpreters, value)`.
    pub const fn mod_multiple_interpreters(value: *mut c_void) -> PySlot {
        PySlot::with(
            Py_mod_multiple_interpreters,
            PySlot_INTPTR,
            PySlotValue { sl_ptr: value },
        )
    }
}

/// An `int (*)(PyObject *)` (`Py_mod_exec`, `inquiry`) as C's `_Py_funcptr_t`.
const fn object_to_int(f: unsafe extern "C" fn(*mut PyObject) -> c_int) -> unsafe extern "C" fn() {
    // SAFETY: function pointers of one size; CPython casts it back to this type before
    // calling it.
    unsafe {
        core::mem::transmute::<unsafe extern "C" fn(*mut PyObject) -> c_int, unsafe extern "C" fn()>(
            f,
        )
    }
}
