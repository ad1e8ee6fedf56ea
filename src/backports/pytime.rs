//! Backports of `cpython/pytime.h` (3.13: `PyTime_t` and the clocks). CPython 3.9–3.12
//! keep these under private names (`_PyTime_t`, `_PyTime_GetSystemClock`, …); the backports
//! read the same clocks through the C library instead: `PyTime_Time` is `CLOCK_REALTIME`,
//! `PyTime_Monotonic` and `PyTime_PerfCounter` are `CLOCK_MONOTONIC`, as CPython uses them
//! on Linux.

#[allow(unused_imports)]
use core::ffi::{c_int, c_long};

#[allow(unused_imports)]
use crate::*;

/// `PyTime_t` (3.13): a timestamp or duration in nanoseconds.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub type PyTime_t = i64;

/// `PyTime_MIN` (3.13): the smallest `PyTime_t`.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub const PyTime_MIN: c_long = i64::MIN as c_long;

/// `PyTime_MAX` (3.13): the largest `PyTime_t`.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
pub const PyTime_MAX: c_long = i64::MAX as c_long;

/// `struct timespec` of 64-bit Linux.
#[cfg(all(
    not(Py_3_13),
    not(Py_LIMITED_API),
    target_os = "linux",
    target_pointer_width = "64"
))]
#[repr(C)]
struct timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

#[cfg(all(
    not(Py_3_13),
    not(Py_LIMITED_API),
    target_os = "linux",
    target_pointer_width = "64"
))]
extern "C" {
    fn clock_gettime(clock: c_int, tp: *mut timespec) -> c_int;
}

/// Reads `clock` into `*result` as CPython's `py_get_system_clock`/`py_get_monotonic_clock`
/// do with `raise_exc`: 0; or -1 and `*result = 0`, with `OSError` (errno) if the clock
/// fails or `OverflowError` if seconds × 10⁹ + nanoseconds does not fit `PyTime_t`.
#[cfg(all(
    not(Py_3_13),
    not(Py_LIMITED_API),
    target_os = "linux",
    target_pointer_width = "64"
))]
#[inline(always)]
unsafe fn read_clock(clock: c_int, result: *mut PyTime_t) -> c_int {
    let mut ts = timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid `timespec`; `result` is valid for writes (the C contract).
    unsafe {
        if clock_gettime(clock, &mut ts) != 0 {
            PyErr_SetFromErrno(PyExc_OSError);
            *result = 0;
            return -1;
        }
        match ts
            .tv_sec
            .checked_mul(1_000_000_000)
            .and_then(|ns| ns.checked_add(ts.tv_nsec))
        {
            Some(ns) => {
                *result = ns;
                0
            }
            None => {
                PyErr_SetString(
                    PyExc_OverflowError,
                    c"timestamp too large to convert to C PyTime_t".as_ptr(),
                );
                *result = 0;
                -1
            }
        }
    }
}

/// `PyTime_Time` (3.13; backport): the system clock (`time.time_ns()`); 0, or -1 with an
/// exception and `*result = 0`.
#[cfg(all(
    not(Py_3_13),
    not(Py_LIMITED_API),
    target_os = "linux",
    target_pointer_width = "64"
))]
#[inline]
pub unsafe fn PyTime_Time(result: *mut PyTime_t) -> c_int {
    // SAFETY: the C function's contract. CLOCK_REALTIME is 0 on Linux.
    unsafe { read_clock(0, result) }
}

/// `PyTime_Monotonic` (3.13; backport): the monotonic clock (`time.monotonic_ns()`); 0,
/// or -1 with an exception and `*result = 0`.
#[cfg(all(
    not(Py_3_13),
    not(Py_LIMITED_API),
    target_os = "linux",
    target_pointer_width = "64"
))]
#[inline]
pub unsafe fn PyTime_Monotonic(result: *mut PyTime_t) -> c_int {
    // SAFETY: the C function's contract. CLOCK_MONOTONIC is 1 on Linux.
    unsafe { read_clock(1, result) }
}

/// `PyTime_PerfCounter` (3.13; backport): the performance counter
/// (`time.perf_counter_ns()`), the monotonic clock on Linux.
#[cfg(all(
    not(Py_3_13),
    not(Py_LIMITED_API),
    target_os = "linux",
    target_pointer_width = "64"
))]
#[inline]
pub unsafe fn PyTime_PerfCounter(result: *mut PyTime_t) -> c_int {
    // SAFETY: the C function's contract.
    unsafe { PyTime_Monotonic(result) }
}

/// `PyTime_AsSecondsDouble` (3.13; backport): `t` nanoseconds as seconds; a whole number of
/// seconds is divided as an integer first, so it converts exactly, as natively.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
pub unsafe fn PyTime_AsSecondsDouble(t: PyTime_t) -> f64 {
    if t % 1_000_000_000 == 0 {
        (t / 1_000_000_000) as f64
    } else {
        t as f64 / 1e9
    }
}
