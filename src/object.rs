//! Mirrors `object.h` (and `cpython/object.h`): the object header accessors, identity
//! tests, type tests, the singletons, and `PyObject_HEAD_INIT` / `PyVarObject_HEAD_INIT`.

use core::ffi::{c_int, c_ulong};
use core::ptr::addr_of_mut;

use crate::{PyObject, PyTypeObject, PyVarObject, Py_ssize_t};

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
use core::sync::atomic::{AtomicIsize, AtomicU64, Ordering::Relaxed};

/// What the stable ABI calls out of line instead of the header's inline code (from 3.14).
#[cfg(all(Py_LIMITED_API, any(Py_3_14, Py_GIL_DISABLED)))]
mod exported {
    use crate::{PyObject, PyTypeObject};
    extern "C" {
        /// `Py_TYPE` (stable ABI 3.14; abi3t).
        #[cfg(any(Py_3_14, Py_GIL_DISABLED))]
        #[link_name = "Py_TYPE"]
        pub fn type_of(ob: *mut PyObject) -> *mut PyTypeObject;
        /// `Py_SIZE` (stable ABI 3.15; abi3t).
        #[cfg(any(Py_3_15, Py_GIL_DISABLED))]
        #[link_name = "Py_SIZE"]
        pub fn size_of(ob: *mut PyObject) -> crate::Py_ssize_t;
        /// `Py_IS_TYPE` (stable ABI 3.15; abi3t).
        #[cfg(any(Py_3_15, Py_GIL_DISABLED))]
        #[link_name = "Py_IS_TYPE"]
        pub fn is_type(ob: *mut PyObject, ty: *mut PyTypeObject) -> core::ffi::c_int;
        /// `Py_SET_SIZE` (stable ABI 3.15; abi3t).
        #[cfg(any(Py_3_15, Py_GIL_DISABLED))]
        #[link_name = "Py_SET_SIZE"]
        pub fn set_size(ob: *mut crate::PyVarObject, size: crate::Py_ssize_t);
    }
}

/// `Py_TYPE`: the object's type (a borrowed reference).
///
/// # Safety
/// `ob` is a live object.
#[inline(always)]
pub unsafe fn Py_TYPE(ob: *mut PyObject) -> *mut PyTypeObject {
    // SAFETY: `ob` is live (caller).
    #[cfg(all(Py_LIMITED_API, any(Py_3_14, Py_GIL_DISABLED)))]
    return unsafe { exported::type_of(ob) };
    // SAFETY: `ob` is live (caller).
    #[cfg(not(all(Py_LIMITED_API, any(Py_3_14, Py_GIL_DISABLED))))]
    return unsafe { (*ob).ob_type };
}

/// `Py_SET_TYPE` (3.9+; not in abi3t, whose `PyObject` is opaque): sets the object's type
/// (no reference counting).
///
/// # Safety
/// `ob` is a live object.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[inline(always)]
pub unsafe fn Py_SET_TYPE(ob: *mut PyObject, ty: *mut PyTypeObject) {
    // SAFETY: `ob` is live (caller).
    unsafe { (*ob).ob_type = ty }
}

/// `Py_SIZE`: `ob_size` of a variable-size object. On free-threaded builds a relaxed
/// atomic load: `Py_SET_SIZE` stores with a relaxed atomic there (the header's plain load
/// compiles to the same instruction).
///
/// # Safety
/// `ob` is a live variable-size object.
#[inline(always)]
pub unsafe fn Py_SIZE(ob: *mut PyObject) -> Py_ssize_t {
    #[cfg(all(Py_LIMITED_API, any(Py_3_15, Py_GIL_DISABLED)))]
    // SAFETY: `ob` is live (caller).
    return unsafe { exported::size_of(ob) };
    #[cfg(not(all(Py_LIMITED_API, any(Py_3_15, Py_GIL_DISABLED))))]
    let size = ob.cast::<PyVarObject>();
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    // SAFETY: `ob` is live (caller); ob_size is aligned.
    return unsafe { AtomicIsize::from_ptr(addr_of_mut!((*size).ob_size)) }.load(Relaxed);
    #[cfg(not(any(Py_GIL_DISABLED, all(Py_LIMITED_API, Py_3_15))))]
    // SAFETY: `ob` is live (caller).
    return unsafe { (*size).ob_size };
}

/// `Py_SET_SIZE` (3.9+): sets `ob_size`; a relaxed atomic store on free-threaded builds.
///
/// # Safety
/// `ob` is a live variable-size object.
#[inline(always)]
pub unsafe fn Py_SET_SIZE(ob: *mut PyVarObject, size: Py_ssize_t) {
    #[cfg(all(Py_LIMITED_API, any(Py_3_15, Py_GIL_DISABLED)))]
    // SAFETY: `ob` is live (caller).
    unsafe {
        exported::set_size(ob, size)
    };
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    // SAFETY: `ob` is live (caller); ob_size is aligned.
    unsafe {
        AtomicIsize::from_ptr(addr_of_mut!((*ob).ob_size)).store(size, Relaxed)
    };
    #[cfg(not(any(Py_GIL_DISABLED, all(Py_LIMITED_API, Py_3_15))))]
    // SAFETY: `ob` is live (caller).
    unsafe {
        (*ob).ob_size = size
    };
}

/// `Py_IS_TYPE` (3.9+): whether `Py_TYPE(ob) == ty`.
///
/// # Safety
/// `ob` is a live object.
#[inline(always)]
pub unsafe fn Py_IS_TYPE(ob: *mut PyObject, ty: *mut PyTypeObject) -> c_int {
    #[cfg(all(Py_LIMITED_API, any(Py_3_15, Py_GIL_DISABLED)))]
    // SAFETY: `ob` is live (caller).
    return unsafe { exported::is_type(ob, ty) };
    // SAFETY: `ob` is live (caller).
    #[cfg(not(all(Py_LIMITED_API, any(Py_3_15, Py_GIL_DISABLED))))]
    return c_int::from(unsafe { Py_TYPE(ob) } == ty);
}

/// `Py_Is` (3.10+; here on every version): identity, `x is y`.
#[inline(always)]
pub fn Py_Is(x: *mut PyObject, y: *mut PyObject) -> c_int {
    c_int::from(x == y)
}

/// `Py_None`: the `None` singleton (borrowed).
#[inline(always)]
pub fn Py_None() -> *mut PyObject {
    addr_of_mut!(crate::_Py_NoneStruct)
}

/// `Py_True`: the `True` singleton (borrowed).
#[inline(always)]
pub fn Py_True() -> *mut PyObject {
    addr_of_mut!(crate::_Py_TrueStruct).cast()
}

/// `Py_False`: the `False` singleton (borrowed).
#[inline(always)]
pub fn Py_False() -> *mut PyObject {
    addr_of_mut!(crate::_Py_FalseStruct).cast()
}

/// `Py_NotImplemented`: the `NotImplemented` singleton (borrowed).
#[inline(always)]
pub fn Py_NotImplemented() -> *mut PyObject {
    addr_of_mut!(crate::_Py_NotImplementedStruct)
}

/// `Py_Ellipsis`: the `...` singleton (borrowed).
#[inline(always)]
pub fn Py_Ellipsis() -> *mut PyObject {
    addr_of_mut!(crate::_Py_EllipsisObject)
}

/// `Py_IsNone` (3.10+; here on every version): `x is None`.
#[inline(always)]
pub fn Py_IsNone(x: *mut PyObject) -> c_int {
    Py_Is(x, Py_None())
}

/// `Py_IsTrue` (3.10+; here on every version): `x is True`.
#[inline(always)]
pub fn Py_IsTrue(x: *mut PyObject) -> c_int {
    Py_Is(x, Py_True())
}

/// `Py_IsFalse` (3.10+; here on every version): `x is False`.
#[inline(always)]
pub fn Py_IsFalse(x: *mut PyObject) -> c_int {
    Py_Is(x, Py_False())
}

/// `PyType_HasFeature`: whether `tp_flags` has any of `feature`'s bits. On free-threaded
/// builds a relaxed atomic load of `tp_flags` (3.13/3.14 headers; 3.15's reads plainly,
/// which is the same instruction but not sound in Rust against concurrent updates).
///
/// # Safety
/// `ty` is a live type object.
#[inline(always)]
pub unsafe fn PyType_HasFeature(ty: *mut PyTypeObject, feature: c_ulong) -> c_int {
    // The limited API has no `tp_flags`: `PyType_GetFlags`, as the header calls.
    #[cfg(Py_LIMITED_API)]
    // SAFETY: `ty` is live (caller).
    let flags = unsafe { crate::PyType_GetFlags(ty) };
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    // SAFETY: `ty` is live (caller); `unsigned long` is 64-bit where free-threading exists
    // (LP64), and tp_flags is aligned.
    let flags = unsafe { AtomicU64::from_ptr(addr_of_mut!((*ty).tp_flags).cast()) }.load(Relaxed)
        as c_ulong;
    #[cfg(not(any(Py_GIL_DISABLED, Py_LIMITED_API)))]
    // SAFETY: `ty` is live (caller).
    let flags = unsafe { (*ty).tp_flags };
    c_int::from(flags & feature != 0)
}

/// `PyType_FastSubclass`: `PyType_HasFeature` for the `Py_TPFLAGS_*_SUBCLASS` bits.
///
/// # Safety
/// `ty` is a live type object.
#[inline(always)]
pub unsafe fn PyType_FastSubclass(ty: *mut PyTypeObject, flag: c_ulong) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { PyType_HasFeature(ty, flag) }
}

/// `PyObject_TypeCheck`: whether `ob` is an instance of `ty` or of a subtype.
///
/// # Safety
/// `ob` is a live object and `ty` a live type object.
#[inline(always)]
pub unsafe fn PyObject_TypeCheck(ob: *mut PyObject, ty: *mut PyTypeObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { c_int::from(Py_IS_TYPE(ob, ty) != 0 || crate::PyType_IsSubtype(Py_TYPE(ob), ty) != 0) }
}

/// `PyType_Check`: whether `op` is a type object (`Py_TPFLAGS_TYPE_SUBCLASS`).
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyType_Check(op: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { PyType_FastSubclass(Py_TYPE(op), crate::Py_TPFLAGS_TYPE_SUBCLASS) }
}

/// `PyType_CheckExact`: whether `op`'s type is exactly `type`.
///
/// # Safety
/// `op` is a live object.
#[inline(always)]
pub unsafe fn PyType_CheckExact(op: *mut PyObject) -> c_int {
    // SAFETY: as the caller promises.
    unsafe { Py_IS_TYPE(op, addr_of_mut!(crate::PyType_Type)) }
}

/// `PyObject_HEAD_INIT(type)`: the header of a statically allocated object, byte for
/// byte as the C macro on this target: refcount 1 (3.9–3.12), immortal (3.13:
/// `_Py_IMMORTAL_REFCNT`; 3.14+: `_Py_STATIC_IMMORTAL_INITIAL_REFCNT`, i.e. with the
/// static and immortal `ob_flags`); free-threaded: unowned, `_Py_IMMORTAL_REFCNT_LOCAL`,
/// and from 3.14 `ob_flags = _Py_STATICALLY_ALLOCATED_FLAG`, which 3.15t requires of a
/// module definition.
// The constants' C types vary by version (and `long` by platform): casts may be no-ops.
#[allow(clippy::unnecessary_cast)]
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
pub const fn PyObject_HEAD_INIT(ty: *mut PyTypeObject) -> PyObject {
    #[cfg(not(any(Py_3_12, Py_LIMITED_API)))]
    return PyObject {
        ob_refcnt: 1,
        ob_type: ty,
    };
    #[cfg(all(Py_3_12, not(Py_3_13), not(Py_LIMITED_API)))]
    return PyObject {
        __bindgen_anon_1: crate::_object__bindgen_ty_1 { ob_refcnt: 1 },
        ob_type: ty,
    };
    #[cfg(all(Py_3_13, not(Py_3_14), not(Py_GIL_DISABLED), not(Py_LIMITED_API)))]
    return PyObject {
        __bindgen_anon_1: crate::_object__bindgen_ty_1 {
            ob_refcnt: crate::_Py_IMMORTAL_REFCNT as Py_ssize_t,
        },
        ob_type: ty,
    };
    // The stable ABI's bindings have the 3.15 layout, and its header's initializer.
    #[cfg(all(any(Py_3_14, Py_LIMITED_API), not(Py_GIL_DISABLED)))]
    return PyObject {
        __bindgen_anon_1: crate::_object__bindgen_ty_1 {
            #[cfg(not(Py_LIMITED_API))]
            ob_refcnt_full: crate::_Py_STATIC_IMMORTAL_INITIAL_REFCNT as i64,
            // 3.15's `_Py_STATIC_IMMORTAL_INITIAL_REFCNT`: `_Py_IMMORTAL_INITIAL_REFCNT`
            // (`3 << 30`) with the static and immortal flags (`(4 | 1) << 48`); the older
            // releases a stable-ABI module loads in do not define it.
            #[cfg(Py_LIMITED_API)]
            ob_refcnt_full: (3 << 30) | ((4 | 1) << 48),
        },
        ob_type: ty,
    };
    #[cfg(all(Py_3_13, not(Py_3_14), Py_GIL_DISABLED))]
    return PyObject {
        ob_tid: 0,
        _padding: 0,
        ob_mutex: crate::PyMutex::new(),
        ob_gc_bits: 0,
        ob_ref_local: crate::_Py_IMMORTAL_REFCNT_LOCAL,
        ob_ref_shared: 0,
        ob_type: ty,
    };
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    return PyObject {
        ob_tid: 0,
        ob_flags: crate::_Py_STATICALLY_ALLOCATED_FLAG as u16,
        ob_mutex: crate::PyMutex::new(),
        ob_gc_bits: 0,
        ob_ref_local: crate::_Py_IMMORTAL_REFCNT_LOCAL,
        ob_ref_shared: 0,
        ob_type: ty,
    };
}

/// `PyVarObject_HEAD_INIT(type, size)`: [`PyObject_HEAD_INIT`] plus `ob_size`.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
pub const fn PyVarObject_HEAD_INIT(ty: *mut PyTypeObject, size: Py_ssize_t) -> PyVarObject {
    PyVarObject {
        ob_base: PyObject_HEAD_INIT(ty),
        ob_size: size,
    }
}

/// `Py_RETURN_NONE`: a new reference to `None`, for `return Py_RETURN_NONE();`, as the C
/// macro's `Py_NewRef(Py_None)` (immortal from 3.12, where the count does not move).
///
/// # Safety
/// The calling thread is attached.
#[inline(always)]
pub unsafe fn Py_RETURN_NONE() -> *mut PyObject {
    // SAFETY: `None` is live for the interpreter's lifetime.
    unsafe { crate::Py_NewRef(Py_None()) }
}

/// `Py_RETURN_NOTIMPLEMENTED`: a new reference to `NotImplemented`.
///
/// # Safety
/// The calling thread is attached.
#[inline(always)]
pub unsafe fn Py_RETURN_NOTIMPLEMENTED() -> *mut PyObject {
    // SAFETY: `NotImplemented` is live for the interpreter's lifetime.
    unsafe { crate::Py_NewRef(Py_NotImplemented()) }
}

// SAFETY: a type's slot table is read-only data for CPython (ids and static pointers).
#[cfg(not(libpython_sys_removed = "PyType_Slot"))]
unsafe impl Sync for crate::PyType_Slot {}

#[cfg(not(libpython_sys_removed = "PyType_Slot"))]
impl crate::PyType_Slot {
    /// A slot: its id (`Py_tp_methods`, …) and value.
    pub const fn new(slot: core::ffi::c_int, pfunc: *mut core::ffi::c_void) -> Self {
        crate::PyType_Slot { slot, pfunc }
    }

    /// `{0, NULL}`: the end of a slot table.
    pub const fn zeroed() -> Self {
        Self::new(0, core::ptr::null_mut())
    }
}

#[cfg(not(libpython_sys_removed = "PyType_Slot"))]
impl Default for crate::PyType_Slot {
    /// The zeroed sentinel that ends a table.
    fn default() -> Self {
        Self::zeroed()
    }
}

#[cfg(not(libpython_sys_removed = "PyType_Slot"))]
impl PartialEq for crate::PyType_Slot {
    fn eq(&self, other: &Self) -> bool {
        self.slot == other.slot && self.pfunc == other.pfunc
    }
}

// SAFETY: a type spec is read-only data for CPython (a static name and slot table).
#[cfg(not(libpython_sys_removed = "PyType_Spec"))]
unsafe impl Sync for crate::PyType_Spec {}

/// `PyObject_DelAttr(o, name)` (a macro before 3.13; exported from 3.13):
/// `PyObject_SetAttr(o, name, NULL)`.
///
/// # Safety
/// The calling thread is attached; `o` and `name` are live.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_DelAttr(o: *mut PyObject, name: *mut PyObject) -> core::ffi::c_int {
    // SAFETY: as the caller promises.
    unsafe { crate::PyObject_SetAttr(o, name, core::ptr::null_mut()) }
}

/// `PyObject_DelAttrString(o, name)` (a macro before 3.13; exported from 3.13):
/// `PyObject_SetAttrString(o, name, NULL)`.
///
/// # Safety
/// The calling thread is attached; `o` is live; `name` is a C string.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_DelAttrString(
    o: *mut PyObject,
    name: *const core::ffi::c_char,
) -> core::ffi::c_int {
    // SAFETY: as the caller promises.
    unsafe { crate::PyObject_SetAttrString(o, name, core::ptr::null_mut()) }
}

/// `PyType_SUPPORTS_WEAKREFS(t)` (`objimpl.h`; a macro before 3.11, exported from 3.11):
/// whether instances of `t` can be weakly referenced.
///
/// # Safety
/// `t` is a live type.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyType_SUPPORTS_WEAKREFS(t: *mut PyTypeObject) -> core::ffi::c_int {
    // SAFETY: as the caller promises.
    unsafe { core::ffi::c_int::from((*t).tp_weaklistoffset > 0) }
}

/// `PyHeapType_GET_MEMBERS(etype)` (3.9, 3.10; private from 3.11): the `PyMemberDef` array
/// stored after a heap type's `PyHeapTypeObject`.
///
/// # Safety
/// `etype` is a live heap type object.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyHeapType_GET_MEMBERS(
    etype: *mut crate::PyHeapTypeObject,
) -> *mut crate::PyMemberDef {
    // SAFETY: as the caller promises; `tp_basicsize` of the metatype covers the object.
    unsafe {
        let size = (*Py_TYPE(etype.cast())).tp_basicsize;
        etype.cast::<u8>().offset(size).cast()
    }
}

/// `Py_RETURN_RICHCOMPARE(val1, val2, op)` (3.7+): `True` or `False` (a new reference) for
/// comparing `val1` with `val2` by the rich-comparison `op` (`Py_LT` … `Py_GE`). Another
/// `op` reaches C's `Py_UNREACHABLE()`; here that is `Py_FatalError`, as in a debug build
/// (a release build's `__builtin_unreachable` has no safe Rust equivalent).
///
/// # Safety
/// The thread is attached.
#[inline]
pub unsafe fn Py_RETURN_RICHCOMPARE<T: PartialOrd + ?Sized>(
    val1: &T,
    val2: &T,
    op: core::ffi::c_int,
) -> *mut PyObject {
    let result = match op {
        crate::Py_EQ => val1 == val2,
        crate::Py_NE => val1 != val2,
        crate::Py_LT => val1 < val2,
        crate::Py_GT => val1 > val2,
        crate::Py_LE => val1 <= val2,
        crate::Py_GE => val1 >= val2,
        // SAFETY: Py_FatalError takes a C string and does not return.
        _ => unsafe { crate::Py_FatalError(c"Unreachable C code path reached".as_ptr()) },
    };
    // SAFETY: attached (caller); the bool singletons are immortal or kept alive by Python.
    unsafe {
        crate::Py_NewRef(if result {
            crate::Py_True()
        } else {
            crate::Py_False()
        })
    }
}
