//! Mirrors `cpython/critical_section.h` (3.13+; 3.15 also `critical_section.h`):
//! `PyCriticalSection`, `PyCriticalSection2`, and `Py_BEGIN_CRITICAL_SECTION` …
//! `Py_END_CRITICAL_SECTION` as closures.
//!
//! - Free-threaded builds: the structs are real; the closure forms begin a section on
//!   the object's (or mutex's) lock and end it when the closure returns or unwinds.
//! - Default builds 3.13+: the structs keep their free-threaded layout (the C header
//!   leaves them incomplete, but libpython exports the functions as no-ops), and the
//!   closure forms run the closure directly, as the C macros expand to `{ … }`.
//! - 3.9–3.12: the same names exist as inline no-ops, so one piece of code compiles
//!   unchanged on every target.

use core::marker::PhantomPinned;

#[cfg(not(Py_3_13))]
use crate::{PyMutex, PyObject};

/// `PyCriticalSection` (3.13+): the state of a critical section on one lock, linked into
/// the thread's stack of sections. `!Unpin`: it must not move while the section is
/// active (the closure forms keep it pinned in their own frame).
#[repr(C)]
#[derive(Debug)]
pub struct PyCriticalSection {
    pub _cs_prev: usize,
    pub _cs_mutex: *mut crate::PyMutex,
    _pin: PhantomPinned,
}

/// `PyCriticalSection2` (3.13+): a critical section on two locks (taken in address
/// order by libpython).
#[repr(C)]
#[derive(Debug)]
pub struct PyCriticalSection2 {
    pub _cs_base: PyCriticalSection,
    pub _cs_mutex2: *mut crate::PyMutex,
}

impl PyCriticalSection {
    /// A section not yet begun.
    pub const fn new() -> PyCriticalSection {
        PyCriticalSection {
            _cs_prev: 0,
            _cs_mutex: core::ptr::null_mut(),
            _pin: PhantomPinned,
        }
    }
}

impl Default for PyCriticalSection {
    fn default() -> Self {
        Self::new()
    }
}

impl PyCriticalSection2 {
    /// A section not yet begun.
    pub const fn new() -> PyCriticalSection2 {
        PyCriticalSection2 {
            _cs_base: PyCriticalSection::new(),
            _cs_mutex2: core::ptr::null_mut(),
        }
    }
}

impl Default for PyCriticalSection2 {
    fn default() -> Self {
        Self::new()
    }
}

// 3.9–3.12: no critical sections in C (there is a GIL); inline no-ops keep the names.

/// `PyCriticalSection_Begin` (3.13+); an inline no-op before 3.13.
///
/// # Safety
/// Nothing is required before 3.13; the signature matches the 3.13+ function.
#[cfg(not(Py_3_13))]
#[inline(always)]
pub unsafe fn PyCriticalSection_Begin(_c: *mut PyCriticalSection, _op: *mut PyObject) {}

/// `PyCriticalSection_End` (3.13+); an inline no-op before 3.13.
///
/// # Safety
/// Nothing is required before 3.13.
#[cfg(not(Py_3_13))]
#[inline(always)]
pub unsafe fn PyCriticalSection_End(_c: *mut PyCriticalSection) {}

/// `PyCriticalSection2_Begin` (3.13+); an inline no-op before 3.13.
///
/// # Safety
/// Nothing is required before 3.13.
#[cfg(not(Py_3_13))]
#[inline(always)]
pub unsafe fn PyCriticalSection2_Begin(
    _c: *mut PyCriticalSection2,
    _a: *mut PyObject,
    _b: *mut PyObject,
) {
}

/// `PyCriticalSection2_End` (3.13+); an inline no-op before 3.13.
///
/// # Safety
/// Nothing is required before 3.13.
#[cfg(not(Py_3_13))]
#[inline(always)]
pub unsafe fn PyCriticalSection2_End(_c: *mut PyCriticalSection2) {}

/// `PyCriticalSection_BeginMutex` (3.14+); an inline no-op before 3.13.
///
/// # Safety
/// Nothing is required before 3.13.
#[cfg(not(Py_3_13))]
#[inline(always)]
pub unsafe fn PyCriticalSection_BeginMutex(_c: *mut PyCriticalSection, _m: *mut PyMutex) {}

/// `PyCriticalSection2_BeginMutex` (3.14+); an inline no-op before 3.13.
///
/// # Safety
/// Nothing is required before 3.13.
#[cfg(not(Py_3_13))]
#[inline(always)]
pub unsafe fn PyCriticalSection2_BeginMutex(
    _c: *mut PyCriticalSection2,
    _m1: *mut PyMutex,
    _m2: *mut PyMutex,
) {
}

/// Ends the section it points to when dropped: on return and on unwind alike, so a
/// closure form cannot leave a section open.
#[cfg(Py_GIL_DISABLED)]
struct End<T>(*mut T, unsafe extern "C" fn(*mut T));

#[cfg(Py_GIL_DISABLED)]
impl<T> Drop for End<T> {
    fn drop(&mut self) {
        // SAFETY: the section was begun by the closure form that owns this guard and
        // is still pinned in that frame.
        unsafe { (self.1)(self.0) }
    }
}

/// Runs `f` inside a pinned section begun by `begin`, ending it when `f` returns or unwinds.
#[cfg(Py_GIL_DISABLED)]
#[inline(always)]
unsafe fn pinned<S, R>(
    section: S,
    begin: impl FnOnce(*mut S),
    end: unsafe extern "C" fn(*mut S),
    f: impl FnOnce() -> R,
) -> R {
    let mut section = core::pin::pin!(section);
    // SAFETY: the pointer is only handed to the C functions, which do not move it; the
    // pin keeps it in place until `_end` (declared after it, so dropped first) ends it.
    let ptr: *mut S = unsafe { section.as_mut().get_unchecked_mut() };
    begin(ptr);
    let _end = End(ptr, end);
    f()
}

/// `Py_BEGIN_CRITICAL_SECTION(op)` … `Py_END_CRITICAL_SECTION()`: runs `f` in a critical
/// section on `op` (free-threaded builds); runs `f` directly on default builds, as the C
/// macros do. The section may be suspended while `f` blocks (on any lock or I/O that
/// detaches the thread state) and resumed afterwards, as in C. On 3.13t that includes a
/// C-API call in `f` that locks `op` again (`PyDict_SetItem` on a dict you locked): the
/// lock is released until the call returns. 3.14 does not lock again what the top-most
/// section holds.
///
/// # Safety
/// `op` is a live object and the thread has an attached thread state.
#[inline(always)]
pub unsafe fn with_critical_section<R>(op: *mut crate::PyObject, f: impl FnOnce() -> R) -> R {
    #[cfg(Py_GIL_DISABLED)]
    {
        // SAFETY: `op` is live (caller); the section is pinned by `pinned`.
        unsafe {
            pinned(
                PyCriticalSection::new(),
                |c| crate::PyCriticalSection_Begin(c, op),
                crate::PyCriticalSection_End,
                f,
            )
        }
    }
    #[cfg(not(Py_GIL_DISABLED))]
    {
        let _ = op;
        f()
    }
}

/// `Py_BEGIN_CRITICAL_SECTION2(a, b)` … `Py_END_CRITICAL_SECTION2()`: `f` in a critical
/// section on both objects (free-threaded builds; locked in address order, deadlock-free
/// against other two-object sections); `f` directly on default builds.
///
/// # Safety
/// `a` and `b` are live objects and the thread has an attached thread state.
#[inline(always)]
pub unsafe fn with_critical_section2<R>(
    a: *mut crate::PyObject,
    b: *mut crate::PyObject,
    f: impl FnOnce() -> R,
) -> R {
    #[cfg(Py_GIL_DISABLED)]
    {
        // SAFETY: `a` and `b` are live (caller); the section is pinned by `pinned`.
        unsafe {
            pinned(
                PyCriticalSection2::new(),
                |c| crate::PyCriticalSection2_Begin(c, a, b),
                crate::PyCriticalSection2_End,
                f,
            )
        }
    }
    #[cfg(not(Py_GIL_DISABLED))]
    {
        let _ = (a, b);
        f()
    }
}

/// `Py_BEGIN_CRITICAL_SECTION_MUTEX(m)` … `Py_END_CRITICAL_SECTION()` (3.14+ on
/// free-threaded builds): `f` in a critical section on `m`; `f` directly on default
/// builds. Not on 3.13t, whose libpython has no `PyCriticalSection_BeginMutex`.
///
/// # Safety
/// `m` is a live mutex that is not moved while the section is active, and the thread has
/// an attached thread state.
#[cfg(any(all(Py_3_14, not(Py_LIMITED_API)), not(Py_GIL_DISABLED)))]
#[inline(always)]
pub unsafe fn with_critical_section_mutex<R>(m: *mut crate::PyMutex, f: impl FnOnce() -> R) -> R {
    #[cfg(Py_GIL_DISABLED)]
    {
        // SAFETY: `m` is live (caller); the section is pinned by `pinned`.
        unsafe {
            pinned(
                PyCriticalSection::new(),
                |c| crate::PyCriticalSection_BeginMutex(c, m),
                crate::PyCriticalSection_End,
                f,
            )
        }
    }
    #[cfg(not(Py_GIL_DISABLED))]
    {
        let _ = m;
        f()
    }
}

/// `Py_BEGIN_CRITICAL_SECTION2_MUTEX(m1, m2)` … `Py_END_CRITICAL_SECTION2()` (3.14+ on
/// free-threaded builds): `f` in a critical section on both mutexes; `f` directly on
/// default builds.
///
/// # Safety
/// As for [`with_critical_section_mutex`], for both mutexes.
#[cfg(any(all(Py_3_14, not(Py_LIMITED_API)), not(Py_GIL_DISABLED)))]
#[inline(always)]
pub unsafe fn with_critical_section2_mutex<R>(
    m1: *mut crate::PyMutex,
    m2: *mut crate::PyMutex,
    f: impl FnOnce() -> R,
) -> R {
    #[cfg(Py_GIL_DISABLED)]
    {
        // SAFETY: `m1` and `m2` are live (caller); the section is pinned by `pinned`.
        unsafe {
            pinned(
                PyCriticalSection2::new(),
                |c| crate::PyCriticalSection2_BeginMutex(c, m1, m2),
                crate::PyCriticalSection2_End,
                f,
            )
        }
    }
    #[cfg(not(Py_GIL_DISABLED))]
    {
        let _ = (m1, m2);
        f()
    }
}
