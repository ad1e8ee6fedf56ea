//! Mirrors `cpython/setobject.h`: `PySet_GET_SIZE`.

use crate::{PyObject, PySetObject, Py_ssize_t};

/// `PySet_GET_SIZE`: the number of items, unchecked; a relaxed atomic load of `used` on
/// free-threaded builds, as the header's.
///
/// # Safety
/// `so` is a live `set` or `frozenset`.
#[inline(always)]
pub unsafe fn PySet_GET_SIZE(so: *mut PyObject) -> Py_ssize_t {
    // SAFETY: `so` is live (caller); only the field's address is computed.
    let used = unsafe { core::ptr::addr_of_mut!((*so.cast::<PySetObject>()).used) };
    #[cfg(Py_GIL_DISABLED)]
    // SAFETY: `so` is live (caller); the field is aligned.
    return unsafe { core::sync::atomic::AtomicIsize::from_ptr(used) }
        .load(core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(Py_GIL_DISABLED))]
    // SAFETY: `so` is live (caller).
    return unsafe { *used };
}
