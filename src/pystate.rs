//! Mirrors the function-like macro of `pystate.h`: `PyThreadState_GET`.

use crate::PyThreadState;

/// `PyThreadState_GET()`: `PyThreadState_Get()`, the attached thread state (a fatal error
/// if there is none).
///
/// # Safety
/// The thread is attached.
#[inline]
pub unsafe fn PyThreadState_GET() -> *mut PyThreadState {
    // SAFETY: as the caller promises.
    unsafe { crate::PyThreadState_Get() }
}
