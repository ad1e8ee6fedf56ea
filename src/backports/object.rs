//! Backports of `object.h` (attributes, constants and reference state): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint, c_void};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyObject_GetOptionalAttr` (3.13; backport): 1 and a new reference, 0 and NULL if
/// there is no such attribute (`AttributeError` silenced), -1 and NULL on other errors.
/// Built on `PyObject_GetAttr`: a missing attribute creates the `AttributeError` that the
/// native function may skip, then clears it.
#[cfg(not(Py_3_13))]
#[inline]
pub unsafe fn PyObject_GetOptionalAttr(
    obj: *mut PyObject,
    name: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { optional(PyObject_GetAttr(obj, name), PyExc_AttributeError, result) }
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

/// `PyUnstable_TryIncRef` (3.14; backport): takes a new reference to `op` and returns 1
/// if it is still alive, else 0 (its count already reached zero; it is being
/// destroyed). On free-threaded builds, for an object another thread may be releasing,
/// this only works after [`PyUnstable_EnableTryIncRef`], as natively: the owner's local
/// count, or a shared count that is neither 0 nor merged, is incremented atomically.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnstable_TryIncRef(op: *mut PyObject) -> c_int {
    // SAFETY: `op` points to an object whose memory is still valid (the C contract: the
    // caller keeps it from being freed, e.g. under a lock its destructor takes).
    unsafe {
        #[cfg(Py_GIL_DISABLED)]
        {
            use core::sync::atomic::{AtomicIsize, AtomicU32, Ordering::Relaxed, Ordering::SeqCst};
            // `_Py_TryIncrefFast`: immortal, or owned by this thread.
            let local_ref = AtomicU32::from_ptr(addr_of_mut!((*op).ob_ref_local));
            let local = local_ref.load(Relaxed).wrapping_add(1);
            if local == 0 {
                return 1;
            }
            if _Py_IsOwnedByCurrentThread(op) != 0 {
                local_ref.store(local, Relaxed);
                return 1;
            }
            // `_Py_TryIncRefShared`: not if the shared count is 0 (and may not be
            // resurrected) or merged into a count that reached zero.
            let shared_ref = AtomicIsize::from_ptr(addr_of_mut!((*op).ob_ref_shared));
            let mut shared = shared_ref.load(Relaxed);
            loop {
                if shared == 0 || shared == _Py_REF_MERGED as isize {
                    return 0;
                }
                match shared_ref.compare_exchange(
                    shared,
                    shared + (1 << _Py_REF_SHARED_SHIFT),
                    SeqCst,
                    SeqCst,
                ) {
                    Ok(_) => return 1,
                    Err(now) => shared = now,
                }
            }
        }
        #[cfg(not(Py_GIL_DISABLED))]
        {
            if Py_REFCNT(op) > 0 {
                Py_INCREF(op);
                return 1;
            }
            0
        }
    }
}

/// `PyUnstable_EnableTryIncRef` (3.14; backport): lets [`PyUnstable_TryIncRef`] work on
/// `op` from other threads. On free-threaded builds it marks the shared count "may have
/// weak references" (unless it is immortal or already marked, queued or merged); a no-op
/// on default builds.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyUnstable_EnableTryIncRef(op: *mut PyObject) {
    #[cfg(Py_GIL_DISABLED)]
    // SAFETY: `op` is a live object (the C contract); the count is only changed atomically.
    unsafe {
        use core::sync::atomic::{AtomicIsize, Ordering::Relaxed, Ordering::SeqCst};
        if _Py_IsImmortal(op) != 0 {
            return;
        }
        let shared_ref = AtomicIsize::from_ptr(addr_of_mut!((*op).ob_ref_shared));
        loop {
            let shared = shared_ref.load(Relaxed);
            if shared & _Py_REF_SHARED_FLAG_MASK as isize != 0 {
                return;
            }
            if shared_ref
                .compare_exchange(
                    shared,
                    shared | _Py_REF_MAYBE_WEAKREF as isize,
                    SeqCst,
                    SeqCst,
                )
                .is_ok()
            {
                return;
            }
        }
    }
    #[cfg(not(Py_GIL_DISABLED))]
    let _ = op;
}

/// `PyUnstable_SetImmortal` (3.15; backport to 3.13 and 3.14, as pythoncapi-compat offers
/// it): makes a uniquely referenced object immortal and returns 1; 0 (and nothing
/// changed) if another reference exists or it is a `str`. Untracks it from the GC
/// (`PyObject_GC_UnTrack`), then sets its reference count as the target's own
/// `_Py_SetImmortalUntracked` does (private in 3.13 and 3.14): on free-threaded builds
/// unowned, local count `u32::MAX`, shared count 0 (3.14t also marks it deferred); on
/// default builds the immortal count (3.14 also sets `ob_flags`).
#[cfg(all(Py_3_13, not(Py_3_15), not(Py_LIMITED_API)))]
pub unsafe fn PyUnstable_SetImmortal(op: *mut PyObject) -> c_int {
    // SAFETY: a live object (the C contract), referenced only by the caller (checked), so
    // no other thread reads or writes its counts while they change.
    unsafe {
        if PyUnstable_Object_IsUniquelyReferenced(op) == 0 || PyUnicode_Check(op) != 0 {
            return 0;
        }
        if PyObject_IS_GC(op) != 0 && PyObject_GC_IsTracked(op) != 0 {
            PyObject_GC_UnTrack(op as *mut c_void);
        }
        #[cfg(Py_3_14)]
        if _Py_IsImmortal(op) != 0 {
            return 1;
        }
        #[cfg(Py_GIL_DISABLED)]
        {
            use core::sync::atomic::{AtomicIsize, AtomicU32, AtomicUsize, Ordering::Relaxed};
            AtomicUsize::from_ptr(addr_of_mut!((*op).ob_tid)).store(0, Relaxed);
            AtomicU32::from_ptr(addr_of_mut!((*op).ob_ref_local)).store(u32::MAX, Relaxed);
            AtomicIsize::from_ptr(addr_of_mut!((*op).ob_ref_shared)).store(0, Relaxed);
            // `_PyGC_BITS_DEFERRED` (1 << 6), with `_Py_atomic_or_uint8` (sequentially
            // consistent).
            #[cfg(Py_3_14)]
            core::sync::atomic::AtomicU8::from_ptr(addr_of_mut!((*op).ob_gc_bits))
                .fetch_or(1 << 6, core::sync::atomic::Ordering::SeqCst);
        }
        #[cfg(all(not(Py_GIL_DISABLED), Py_3_14))]
        {
            // `ob_flags = _Py_IMMORTAL_FLAGS` (1), the 16 bits after the 32-bit count and
            // `ob_overflow`; then `ob_refcnt = _Py_IMMORTAL_INITIAL_REFCNT` (3 << 30).
            *(op as *mut u16).add(3) = 1;
            *(op as *mut u32) = 3 << 30;
        }
        #[cfg(all(not(Py_GIL_DISABLED), not(Py_3_14)))]
        {
            // 3.13: `ob_refcnt = _Py_IMMORTAL_REFCNT` (`UINT_MAX` on 64-bit platforms).
            *(op as *mut Py_ssize_t) = u32::MAX as Py_ssize_t;
        }
        1
    }
}
