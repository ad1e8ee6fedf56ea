//! Mirrors `refcount.h` (3.14+; `object.h` before): reference counting, inline and exact
//! for each version and build.
//!
//! - 3.9–3.11: `ob_refcnt` is a plain `Py_ssize_t`.
//! - 3.12–3.13, default build: immortal objects. `Py_INCREF` is a saturating add on the
//!   low 32 bits (`ob_refcnt_split`); an object is immortal when that half, as `int32_t`,
//!   is negative.
//! - 3.14+, default build: `ob_refcnt` is a 32-bit field; increments stop at
//!   `_Py_IMMORTAL_INITIAL_REFCNT`.
//! - Free-threaded builds: biased reference counting. The owning thread (`ob_tid ==
//!   _Py_ThreadId()`) updates `ob_ref_local` with relaxed atomics; other threads add to
//!   `ob_ref_shared` atomically; the slow paths are libpython's exported
//!   `_Py_DecRefShared`, `_Py_MergeZeroLocalRefcount` and `_Py_Dealloc`.
//! - Debug builds (`Py_REF_DEBUG`): out of line, through the exported `Py_IncRef` /
//!   `Py_DecRef`, so that libpython keeps its reference totals.
//! - Stable ABI (`Py_LIMITED_API`), as the 3.15 headers do it: from limited API 3.12, and
//!   always under abi3t, out of line through `_Py_IncRef` / `_Py_DecRef` (and
//!   `Py_REFCNT` from 3.14, `_Py_SetRefcnt` from 3.13); before 3.12, inline on the 3.14+
//!   layout, which is ABI-compatible with every older version.

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
use core::sync::atomic::{AtomicIsize, AtomicU32, AtomicUsize, Ordering::*};

use crate::{PyObject, Py_ssize_t};

/// `_Py_ThreadId` (3.13+, free-threaded builds): the thread pointer, which libpython
/// stores in `ob_tid` when it creates an object; read the way the header's inline
/// assembly reads it (`%fs:0` on x86-64 Linux, `%gs:0` on x86-64 macOS, `tpidr_el0` /
/// `tpidrro_el0` on AArch64 Linux / Apple). Elsewhere it calls the exported
/// `_Py_GetThreadLocal_Addr()`, which is slower, and on x86-64 Linux would not even equal
/// `ob_tid` (every object would look foreign and take the atomic path).
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
pub fn _Py_ThreadId() -> usize {
    let tid: usize;
    #[cfg(all(target_arch = "x86_64", not(target_vendor = "apple")))]
    // SAFETY: reads the thread control block's self-pointer; like the header's
    // non-volatile asm, it touches no Rust-visible memory and always yields the same value
    // on a given thread.
    unsafe {
        core::arch::asm!("mov {}, fs:0", out(reg) tid, options(pure, nomem, nostack, preserves_flags))
    };
    #[cfg(all(target_arch = "x86_64", target_vendor = "apple"))]
    // SAFETY: as above, through %gs on macOS.
    unsafe {
        core::arch::asm!("mov {}, gs:0", out(reg) tid, options(pure, nomem, nostack, preserves_flags))
    };
    #[cfg(all(target_arch = "aarch64", not(target_vendor = "apple")))]
    // SAFETY: reads the thread pointer register.
    unsafe {
        core::arch::asm!("mrs {}, tpidr_el0", out(reg) tid, options(pure, nomem, nostack, preserves_flags))
    };
    #[cfg(all(target_arch = "aarch64", target_vendor = "apple"))]
    // SAFETY: reads the read-only thread pointer register.
    unsafe {
        core::arch::asm!("mrs {}, tpidrro_el0", out(reg) tid, options(pure, nomem, nostack, preserves_flags))
    };
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        // SAFETY: exported by free-threaded libpython; no preconditions.
        tid = unsafe { crate::_Py_GetThreadLocal_Addr() };
    }
    tid
}

/// `_Py_IsOwnedByCurrentThread` (3.13+, free-threaded builds): whether this thread owns
/// `ob` (its local reference count). `ob_tid` is loaded relaxed: other threads store
/// to it when they merge the count (the header reads it plainly, or relaxed under TSan).
///
/// # Safety
/// `ob` is a live object.
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
pub unsafe fn _Py_IsOwnedByCurrentThread(ob: *mut PyObject) -> core::ffi::c_int {
    // SAFETY: `ob` is live (caller); ob_tid is only ever accessed atomically or by the owner.
    let tid = unsafe { AtomicUsize::from_ptr(core::ptr::addr_of_mut!((*ob).ob_tid)) }.load(Relaxed);
    core::ffi::c_int::from(tid == _Py_ThreadId())
}

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn ref_local<'a>(op: *mut PyObject) -> &'a AtomicU32 {
    // SAFETY: `op` is live (callers); the field is aligned and accessed atomically.
    unsafe { AtomicU32::from_ptr(core::ptr::addr_of_mut!((*op).ob_ref_local)) }
}

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn ref_shared<'a>(op: *mut PyObject) -> &'a AtomicIsize {
    // SAFETY: as for `ref_local`.
    unsafe { AtomicIsize::from_ptr(core::ptr::addr_of_mut!((*op).ob_ref_shared)) }
}

/// The 32-bit reference count word of a default build (3.12+, 64-bit): the low half of
/// `ob_refcnt` (3.12, 3.13) or the `ob_refcnt` field itself (3.14+, and the stable ABI,
/// whose bindings have the 3.15 layout).
#[cfg(all(any(Py_3_12, Py_LIMITED_API), not(Py_GIL_DISABLED)))]
#[inline(always)]
unsafe fn refcnt32(op: *mut PyObject) -> *mut u32 {
    #[cfg(not(any(Py_3_14, Py_LIMITED_API)))]
    {
        // `ob_refcnt_split[PY_BIG_ENDIAN]`
        let index = usize::from(cfg!(target_endian = "big"));
        // SAFETY: `op` is live (callers); the union's split view covers ob_refcnt.
        unsafe { core::ptr::addr_of_mut!((*op).__bindgen_anon_1.ob_refcnt_split[index]) }
    }
    #[cfg(any(Py_3_14, Py_LIMITED_API))]
    {
        // SAFETY: `op` is live (callers).
        unsafe { core::ptr::addr_of_mut!((*op).__bindgen_anon_1.__bindgen_anon_1.ob_refcnt) }
    }
}

/// `_Py_IMMORTAL_INITIAL_REFCNT` of the 3.14+ headers (64-bit: `3ULL << 30`), with
/// which the limited API's inline `Py_INCREF` of a minimum below 3.12 leaves an immortal
/// object alone (3.15's refcount.h). The older releases such a module also loads in do
/// not define it, so the stable bindings do not bind it.
#[cfg(all(Py_LIMITED_API, not(Py_3_12), not(Py_GIL_DISABLED)))]
const STABLE_IMMORTAL_INITIAL_REFCNT: u64 = 3 << 30;

/// `_Py_IsImmortal` (3.12+, and the stable ABI but abi3t): whether `op` is immortal (its
/// count never changes).
///
/// # Safety
/// `op` is a live object.
#[cfg(all(
    any(Py_3_12, Py_LIMITED_API),
    not(all(Py_LIMITED_API, Py_GIL_DISABLED))
))]
#[inline(always)]
pub unsafe fn _Py_IsImmortal(op: *mut PyObject) -> core::ffi::c_int {
    #[cfg(Py_GIL_DISABLED)]
    {
        // SAFETY: `op` is live (caller).
        let local = unsafe { ref_local(op) }.load(Relaxed);
        core::ffi::c_int::from(local == crate::_Py_IMMORTAL_REFCNT_LOCAL)
    }
    #[cfg(not(Py_GIL_DISABLED))]
    {
        // `(int32_t)op->ob_refcnt < 0`: the low 32 bits, as a signed value.
        // SAFETY: `op` is live (caller).
        core::ffi::c_int::from((unsafe { *refcnt32(op) } as i32) < 0)
    }
}

/// `Py_REFCNT`: the reference count (on free-threaded builds, local plus shared; for an
/// immortal object the header's fixed value: `_Py_IMMORTAL_REFCNT` in 3.13,
/// `_Py_IMMORTAL_INITIAL_REFCNT` from 3.14).
///
/// # Safety
/// `ob` is a live object.
#[inline(always)]
pub unsafe fn Py_REFCNT(ob: *mut PyObject) -> Py_ssize_t {
    #[cfg(all(Py_LIMITED_API, any(Py_3_14, Py_GIL_DISABLED)))]
    // SAFETY: `ob` is live (caller).
    unsafe {
        exported::refcnt(ob)
    }
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    {
        // SAFETY: `ob` is live (caller).
        let local = unsafe { ref_local(ob) }.load(Relaxed);
        if local == crate::_Py_IMMORTAL_REFCNT_LOCAL {
            #[cfg(not(Py_3_14))]
            return crate::_Py_IMMORTAL_REFCNT as Py_ssize_t;
            #[cfg(Py_3_14)]
            return crate::_Py_IMMORTAL_INITIAL_REFCNT as Py_ssize_t;
        }
        // SAFETY: `ob` is live (caller).
        let shared = unsafe { ref_shared(ob) }.load(Relaxed);
        local as Py_ssize_t + (shared >> crate::_Py_REF_SHARED_SHIFT)
    }
    #[cfg(all(
        not(Py_GIL_DISABLED),
        any(Py_3_14, Py_LIMITED_API),
        not(all(Py_LIMITED_API, Py_3_14))
    ))]
    {
        // SAFETY: `ob` is live (caller).
        unsafe { *refcnt32(ob) as Py_ssize_t }
    }
    #[cfg(all(not(Py_GIL_DISABLED), Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
    {
        // SAFETY: `ob` is live (caller).
        unsafe { (*ob).__bindgen_anon_1.ob_refcnt }
    }
    #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
    {
        // SAFETY: `ob` is live (caller).
        unsafe { (*ob).ob_refcnt }
    }
}

/// What the stable ABI calls out of line instead of the inline code (the headers'
/// functions of the same names, which the generated bindings leave to this layer).
#[cfg(Py_LIMITED_API)]
mod exported {
    extern "C" {
        /// `Py_REFCNT` (stable ABI 3.14; abi3t).
        #[cfg(any(Py_3_14, Py_GIL_DISABLED))]
        #[link_name = "Py_REFCNT"]
        pub fn refcnt(ob: *mut crate::PyObject) -> crate::Py_ssize_t;
    }
}

/// `Py_SET_REFCNT`: sets the reference count; immortal objects are left alone (3.12+).
/// On free-threaded builds the owner sets the local count (keeping the shared flags),
/// or makes the object immortal if `refcnt` does not fit in 32 bits; another thread
/// gives up ownership and stores the count, merged, in the shared field.
///
/// # Safety
/// `ob` is a live object; `refcnt >= 0`.
#[inline(always)]
pub unsafe fn Py_SET_REFCNT(ob: *mut PyObject, refcnt: Py_ssize_t) {
    #[cfg(all(Py_LIMITED_API, any(Py_3_13, Py_GIL_DISABLED)))]
    // SAFETY: `ob` is live (caller).
    unsafe {
        crate::_Py_SetRefcnt(ob, refcnt)
    }
    #[cfg(all(
        any(Py_3_12, Py_LIMITED_API),
        not(all(Py_LIMITED_API, any(Py_3_13, Py_GIL_DISABLED)))
    ))]
    // SAFETY: `ob` is live (caller).
    if unsafe { _Py_IsImmortal(ob) } != 0 {
        return;
    }
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    // SAFETY: `ob` is live (caller). The header writes these fields plainly; relaxed
    // atomic stores are the same instructions and keep Rust's model sound against
    // concurrent atomic readers.
    unsafe {
        let tid = AtomicUsize::from_ptr(core::ptr::addr_of_mut!((*ob).ob_tid));
        if _Py_IsOwnedByCurrentThread(ob) != 0 {
            if refcnt as usize > u32::MAX as usize {
                // On overflow, make the object immortal.
                tid.store(crate::_Py_UNOWNED_TID as usize, Relaxed);
                ref_local(ob).store(crate::_Py_IMMORTAL_REFCNT_LOCAL, Relaxed);
                ref_shared(ob).store(0, Relaxed);
            } else {
                ref_local(ob).store(refcnt as u32, Relaxed);
                let flags = ref_shared(ob).load(Relaxed) & crate::_Py_REF_SHARED_FLAG_MASK as isize;
                ref_shared(ob).store(flags, Relaxed);
            }
        } else {
            tid.store(crate::_Py_UNOWNED_TID as usize, Relaxed);
            ref_local(ob).store(0, Relaxed);
            let merged = (refcnt << crate::_Py_REF_SHARED_SHIFT) + crate::_Py_REF_MERGED as isize;
            ref_shared(ob).store(merged, Relaxed);
        }
    }
    #[cfg(all(
        not(Py_GIL_DISABLED),
        any(Py_3_14, Py_LIMITED_API),
        not(all(Py_LIMITED_API, Py_3_13))
    ))]
    // SAFETY: `ob` is live (caller); 3.14+ stores only the 32-bit field.
    unsafe {
        *refcnt32(ob) = refcnt as u32;
    }
    #[cfg(all(not(Py_GIL_DISABLED), Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
    // SAFETY: `ob` is live (caller).
    unsafe {
        (*ob).__bindgen_anon_1.ob_refcnt = refcnt;
    }
    #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
    // SAFETY: `ob` is live (caller).
    unsafe {
        (*ob).ob_refcnt = refcnt;
    }
}

/// `_Py_Dealloc(op)` out of line and marked cold, so that the hot path of `Py_DECREF` is
/// laid out as C compilers lay out the header's (the call itself is the same).
#[cfg(all(
    not(Py_GIL_DISABLED),
    not(py_sys_config = "Py_REF_DEBUG"),
    not(all(Py_LIMITED_API, Py_3_12))
))]
#[cold]
#[inline(never)]
unsafe fn dealloc(op: *mut PyObject) {
    // SAFETY: the caller released the last reference to the live object `op`.
    unsafe { crate::_Py_Dealloc(op) }
}

/// `_Py_MergeZeroLocalRefcount(op)`, out of line and cold like [`dealloc`].
#[cfg(all(
    Py_GIL_DISABLED,
    not(py_sys_config = "Py_REF_DEBUG"),
    not(Py_LIMITED_API)
))]
#[cold]
#[inline(never)]
unsafe fn merge_zero_local(op: *mut PyObject) {
    // SAFETY: the owner dropped the local count of the live object `op` to zero.
    unsafe { crate::_Py_MergeZeroLocalRefcount(op) }
}

/// `Py_INCREF`: takes a new strong reference to `op`.
///
/// # Safety
/// `op` is a live object and the thread may use it (holds the GIL, or has an attached
/// thread state on free-threaded builds).
#[inline(always)]
pub unsafe fn Py_INCREF(op: *mut PyObject) {
    #[cfg(py_sys_config = "Py_REF_DEBUG")]
    // SAFETY: `op` is live (caller).
    unsafe {
        crate::Py_IncRef(op)
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        Py_LIMITED_API,
        any(Py_3_12, Py_GIL_DISABLED)
    ))]
    // SAFETY: `op` is live (caller).
    unsafe {
        crate::_Py_IncRef(op)
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        Py_GIL_DISABLED,
        not(Py_LIMITED_API)
    ))]
    // SAFETY: `op` is live (caller).
    unsafe {
        let local = ref_local(op).load(Relaxed);
        let new_local = local.wrapping_add(1);
        if new_local == 0 {
            return; // local == _Py_IMMORTAL_REFCNT_LOCAL: immortal
        }
        if _Py_IsOwnedByCurrentThread(op) != 0 {
            ref_local(op).store(new_local, Relaxed);
        } else {
            ref_shared(op).fetch_add(1 << crate::_Py_REF_SHARED_SHIFT, SeqCst);
        }
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        not(Py_GIL_DISABLED),
        any(Py_3_14, Py_LIMITED_API),
        not(all(Py_LIMITED_API, Py_3_12))
    ))]
    // SAFETY: `op` is live (caller).
    unsafe {
        let cur = *refcnt32(op);
        #[cfg(Py_LIMITED_API)]
        let immortal = STABLE_IMMORTAL_INITIAL_REFCNT;
        #[allow(clippy::unnecessary_cast)] // `unsigned long long`: u64 here, by C type
        #[cfg(not(Py_LIMITED_API))]
        let immortal = crate::_Py_IMMORTAL_INITIAL_REFCNT as u64;
        if u64::from(cur) >= immortal {
            return; // immortal
        }
        *refcnt32(op) = cur + 1;
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        not(Py_GIL_DISABLED),
        Py_3_12,
        not(Py_3_14),
        not(Py_LIMITED_API)
    ))]
    // SAFETY: `op` is live (caller).
    unsafe {
        // Saturating add on the low 32 bits: an immortal count stays put.
        let new = (*refcnt32(op)).wrapping_add(1);
        if new == 0 {
            return;
        }
        *refcnt32(op) = new;
    }
    #[cfg(all(not(py_sys_config = "Py_REF_DEBUG"), not(Py_3_12), not(Py_LIMITED_API)))]
    // SAFETY: `op` is live (caller).
    unsafe {
        (*op).ob_refcnt += 1;
    }
}

/// `Py_DECREF`: releases a strong reference to `op`, deallocating it when it was the last.
///
/// # Safety
/// `op` is a live object to which the caller owns a strong reference, and the thread
/// may use it; `op` may be freed by this call.
#[inline(always)]
pub unsafe fn Py_DECREF(op: *mut PyObject) {
    #[cfg(py_sys_config = "Py_REF_DEBUG")]
    // SAFETY: `op` is live (caller).
    unsafe {
        crate::Py_DecRef(op)
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        Py_LIMITED_API,
        any(Py_3_12, Py_GIL_DISABLED)
    ))]
    // SAFETY: `op` is live (caller).
    unsafe {
        crate::_Py_DecRef(op)
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        Py_GIL_DISABLED,
        not(Py_LIMITED_API)
    ))]
    // SAFETY: `op` is live (caller); the slow paths are libpython's.
    unsafe {
        let local = ref_local(op).load(Relaxed);
        if local == crate::_Py_IMMORTAL_REFCNT_LOCAL {
            return;
        }
        if _Py_IsOwnedByCurrentThread(op) != 0 {
            let local = local.wrapping_sub(1);
            ref_local(op).store(local, Relaxed);
            if local == 0 {
                merge_zero_local(op);
            }
        } else {
            crate::_Py_DecRefShared(op);
        }
    }
    #[cfg(all(
        not(py_sys_config = "Py_REF_DEBUG"),
        not(Py_GIL_DISABLED),
        any(Py_3_12, Py_LIMITED_API),
        not(all(Py_LIMITED_API, Py_3_12))
    ))]
    // SAFETY: `op` is live (caller).
    unsafe {
        if _Py_IsImmortal(op) != 0 {
            return;
        }
        #[cfg(any(Py_3_14, Py_LIMITED_API))]
        {
            *refcnt32(op) -= 1;
            if *refcnt32(op) == 0 {
                dealloc(op);
            }
        }
        #[cfg(not(any(Py_3_14, Py_LIMITED_API)))]
        {
            (*op).__bindgen_anon_1.ob_refcnt -= 1;
            if (*op).__bindgen_anon_1.ob_refcnt == 0 {
                dealloc(op);
            }
        }
    }
    #[cfg(all(not(py_sys_config = "Py_REF_DEBUG"), not(Py_3_12), not(Py_LIMITED_API)))]
    // SAFETY: `op` is live (caller).
    unsafe {
        (*op).ob_refcnt -= 1;
        if (*op).ob_refcnt == 0 {
            dealloc(op);
        }
    }
}

/// `Py_XINCREF`: `Py_INCREF` unless `op` is NULL.
///
/// # Safety
/// As for [`Py_INCREF`], when `op` is not NULL.
#[inline(always)]
pub unsafe fn Py_XINCREF(op: *mut PyObject) {
    if !op.is_null() {
        // SAFETY: not NULL, otherwise as the caller promises.
        unsafe { Py_INCREF(op) }
    }
}

/// `Py_XDECREF`: `Py_DECREF` unless `op` is NULL.
///
/// # Safety
/// As for [`Py_DECREF`], when `op` is not NULL.
#[inline(always)]
pub unsafe fn Py_XDECREF(op: *mut PyObject) {
    if !op.is_null() {
        // SAFETY: not NULL, otherwise as the caller promises.
        unsafe { Py_DECREF(op) }
    }
}

/// `Py_NewRef` (3.10+; here on every version): `Py_INCREF(obj)` and returns `obj`.
///
/// # Safety
/// As for [`Py_INCREF`].
#[inline(always)]
pub unsafe fn Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { Py_INCREF(obj) };
    obj
}

/// `Py_XNewRef` (3.10+; here on every version): `Py_XINCREF(obj)` and returns `obj`.
///
/// # Safety
/// As for [`Py_XINCREF`].
#[inline(always)]
pub unsafe fn Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { Py_XINCREF(obj) };
    obj
}

/// `Py_CLEAR(op)`: if `*op` is not NULL, sets it to NULL and then releases the old
/// reference (in that order, so a finalizer never sees the stale pointer).
///
/// # Safety
/// `op` is valid for reads and writes; `*op` is NULL or a strong reference the caller owns.
#[inline(always)]
pub unsafe fn Py_CLEAR(op: *mut *mut PyObject) {
    // SAFETY: `op` is valid (caller).
    unsafe {
        let old = *op;
        if !old.is_null() {
            *op = core::ptr::null_mut();
            Py_DECREF(old);
        }
    }
}

/// `Py_SETREF(dst, src)`: stores `src` (a strong reference, stolen) in `*dst`, then
/// releases the old value, which must not be NULL.
///
/// # Safety
/// `dst` is valid; `*dst` is a strong reference the caller owns; `src` is a strong reference.
#[inline(always)]
pub unsafe fn Py_SETREF(dst: *mut *mut PyObject, src: *mut PyObject) {
    // SAFETY: as the caller promises.
    unsafe {
        let old = *dst;
        *dst = src;
        Py_DECREF(old);
    }
}

/// `Py_XSETREF(dst, src)`: as [`Py_SETREF`], with the old value possibly NULL.
///
/// # Safety
/// As for [`Py_SETREF`], with `*dst` possibly NULL.
#[inline(always)]
pub unsafe fn Py_XSETREF(dst: *mut *mut PyObject, src: *mut PyObject) {
    // SAFETY: as the caller promises.
    unsafe {
        let old = *dst;
        *dst = src;
        Py_XDECREF(old);
    }
}
