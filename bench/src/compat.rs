//! The compat rows: the hot paths of the newer C API (COMPAT.md) in Rust, against C from
//! the same headers using the native functions or, where the headers lack them,
//! pythoncapi-compat's C backports (`bench_compat.c`). On the newest version both sides
//! call the same native functions; on older ones the crate's Rust backports meet
//! pythoncapi-compat's.

use std::ffi::{c_long, c_void};

use libpython_sys::*;

use crate::{barrier, best, Sampling};

extern "C" {
    fn c_long_sign(o: *mut PyObject, n: c_long);
    fn c_hash_pointer(o: *const *mut PyObject, n: c_long);
    fn c_time_monotonic(n: c_long);
    fn c_time_as_seconds(t: *mut PyTime_t, n: c_long);
    fn c_unicode_writer(n: c_long);
    fn c_bytes_writer(n: c_long);
    fn c_long_writer(n: c_long);
}

/// `bench_compat.c`'s `USE(x)`: the value must be computed, into a register.
#[inline(always)]
fn use_value(x: i64) {
    // SAFETY: an empty asm block reading one register; a compiler memory clobber.
    unsafe { std::arch::asm!("/* {0} */", in(reg) x, options(nostack, preserves_flags)) }
}

/// `n` iterations of `body` repeated as on the C side, each followed by a barrier.
#[inline(always)]
fn repeated(n: c_long, mut body: impl FnMut()) {
    for _ in 0..n {
        repeat! {
            body();
            barrier();
        }
    }
}

#[inline(never)]
fn rust_long_sign(o: *mut PyObject, n: c_long) {
    repeated(n, || {
        // SAFETY: `o` is a live `int`.
        let r = unsafe { PyLong_IsPositive(o) + 2 * PyLong_IsNegative(o) + 4 * PyLong_IsZero(o) };
        use_value(r.into());
    });
}

#[inline(never)]
fn rust_hash_pointer(o: *const *mut PyObject, n: c_long) {
    // SAFETY: `o` is valid (loaded after each barrier, as in C); any pointer value hashes.
    repeated(n, || {
        use_value(unsafe { Py_HashPointer(*o as *const c_void) } as i64)
    });
}

#[inline(never)]
fn rust_time_monotonic(n: c_long) {
    repeated(n, || {
        let mut t: PyTime_t = 0;
        // SAFETY: a valid out-pointer; the thread is attached.
        unsafe { PyTime_Monotonic(&mut t) };
        use_value(t as i64);
    });
}

#[inline(never)]
fn rust_time_as_seconds(t: *mut PyTime_t, n: c_long) {
    repeated(n, || {
        // SAFETY: `t` is valid; read each time, as C does after its barrier.
        let d = unsafe { PyTime_AsSecondsDouble(*t) };
        use_value(d.to_bits() as i64);
    });
}

#[inline(never)]
fn rust_unicode_writer(n: c_long) {
    for _ in 0..n {
        repeat! {
            // SAFETY: a fresh writer, finished once; the str is released.
            unsafe {
                let w = PyUnicodeWriter_Create(0);
                PyUnicodeWriter_WriteASCII(w, c"hello, ".as_ptr(), 7);
                PyUnicodeWriter_WriteUTF8(w, c"world".as_ptr(), 5);
                PyUnicodeWriter_WriteChar(w, ' ' as Py_UCS4);
                PyUnicodeWriter_WriteUTF8(w, c"caf\u{e9}".as_ptr(), -1);
                PyUnicodeWriter_WriteChar(w, '!' as Py_UCS4);
                let s = PyUnicodeWriter_Finish(w);
                barrier();
                Py_DECREF(s);
            }
            barrier();
        }
    }
}

#[inline(never)]
fn rust_bytes_writer(n: c_long) {
    const CHUNK: &[u8; 16] = b"0123456789abcdef";
    for _ in 0..n {
        repeat! {
            // SAFETY: a fresh writer, finished once; the bytes are released.
            unsafe {
                let w = PyBytesWriter_Create(0);
                for _ in 0..4 {
                    PyBytesWriter_WriteBytes(w, CHUNK.as_ptr() as *const c_void, 16);
                }
                let b = PyBytesWriter_Finish(w);
                barrier();
                Py_DECREF(b);
            }
            barrier();
        }
    }
}

#[inline(never)]
fn rust_long_writer(n: c_long) {
    for _ in 0..n {
        repeat! {
            // SAFETY: a writer of three digits, all written, finished once.
            unsafe {
                let mut digits: *mut c_void = std::ptr::null_mut();
                let w = PyLongWriter_Create(0, 3, &mut digits);
                let d = digits as *mut u32;
                *d = 7;
                *d.add(1) = 5;
                *d.add(2) = 3;
                let v = PyLongWriter_Finish(w);
                barrier();
                Py_DECREF(v);
            }
            barrier();
        }
    }
}

/// Where the C side's item comes from on this version: `native` if the headers have it
/// from `since`, else pythoncapi-compat.
fn origin(since: u32) -> &'static str {
    if PY_MINOR_VERSION as u32 >= since {
        "native"
    } else {
        "backport vs pythoncapi-compat"
    }
}

/// The compat rows, appended to `rows`.
pub fn rows(sampling: &Sampling, rows: &mut Vec<(String, f64, f64)>) {
    // SAFETY: objects alive until the end of the process; the thread is attached.
    let (int, mut t) = unsafe { (PyLong_FromLongLong(1 << 40), 1_234_567_891_i64 as PyTime_t) };
    let t = &mut t as *mut PyTime_t;
    let mut push = |name: &str, since: u32, (rust, c): (f64, f64)| {
        rows.push((format!("{name} ({})", origin(since)), rust, c));
    };
    // SAFETY (each C call): live objects and valid pointers.
    push(
        "PyLong_IsPositive/Negative/Zero",
        14,
        best(
            sampling,
            |n| rust_long_sign(int, n),
            |n| unsafe { c_long_sign(int, n) },
        ),
    );
    push(
        "Py_HashPointer",
        13,
        best(
            sampling,
            |n| rust_hash_pointer(&int, n),
            |n| unsafe { c_hash_pointer(&int, n) },
        ),
    );
    push(
        "PyTime_Monotonic",
        13,
        best(sampling, rust_time_monotonic, |n| unsafe {
            c_time_monotonic(n)
        }),
    );
    push(
        "PyTime_AsSecondsDouble",
        13,
        best(
            sampling,
            |n| rust_time_as_seconds(t, n),
            |n| unsafe { c_time_as_seconds(t, n) },
        ),
    );
    push(
        "PyUnicodeWriter, 5 writes",
        14,
        best(sampling, rust_unicode_writer, |n| unsafe {
            c_unicode_writer(n)
        }),
    );
    push(
        "PyBytesWriter, 4 writes",
        15,
        best(sampling, rust_bytes_writer, |n| unsafe {
            c_bytes_writer(n)
        }),
    );
    push(
        "PyLongWriter, 3 digits",
        14,
        best(sampling, rust_long_writer, |n| unsafe { c_long_writer(n) }),
    );
}
