//! Backports of `pystate.h` (thread states): each item is compiled only where the target lacks it;
//! from the version that added it, the name is the generated binding itself.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_long, c_uint};
#[allow(unused_imports)]
use core::ptr::{addr_of_mut, null_mut};

#[allow(unused_imports)]
use super::*;
#[allow(unused_imports)]
use crate::*;

/// `PyThreadState_GetUnchecked` (3.13; backport over the exported
/// `_PyThreadState_UncheckedGet`): the current thread state, or NULL, never fatal.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyThreadState_GetUnchecked() -> *mut PyThreadState {
    // SAFETY: no preconditions.
    unsafe { _PyThreadState_UncheckedGet() }
}

/// `PyThreadState_EnterTracing` (3.11; backport): suspends tracing and profiling on
/// `tstate` (nesting), as while a trace function runs. Writes the documented thread-state
/// fields of `cpython/pystate.h` (`tracing`, and `use_tracing`, in `cframe` on 3.10).
#[cfg(all(
    not(Py_3_11),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "_ts"),
    not(libpython_sys_removed = "_cframe")
))]
#[inline]
pub unsafe fn PyThreadState_EnterTracing(tstate: *mut PyThreadState) {
    // SAFETY: `tstate` is the caller's live thread state, attached (the C contract).
    unsafe {
        (*tstate).tracing += 1;
        #[cfg(Py_3_10)]
        {
            (*(*tstate).cframe).use_tracing = 0;
        }
        #[cfg(not(Py_3_10))]
        {
            (*tstate).use_tracing = 0;
        }
    }
}

/// `PyThreadState_LeaveTracing` (3.11; backport): resumes what
/// [`PyThreadState_EnterTracing`] suspended; tracing is on again if a trace or profile
/// function is set.
#[cfg(all(
    not(Py_3_11),
    not(Py_LIMITED_API),
    not(libpython_sys_removed = "_ts"),
    not(libpython_sys_removed = "_cframe")
))]
#[inline]
pub unsafe fn PyThreadState_LeaveTracing(tstate: *mut PyThreadState) {
    // SAFETY: as for `PyThreadState_EnterTracing`.
    unsafe {
        (*tstate).tracing -= 1;
        let use_tracing =
            c_int::from((*tstate).c_tracefunc.is_some() || (*tstate).c_profilefunc.is_some());
        #[cfg(Py_3_10)]
        {
            (*(*tstate).cframe).use_tracing = use_tracing;
        }
        #[cfg(not(Py_3_10))]
        {
            (*tstate).use_tracing = use_tracing;
        }
    }
}
