//! Rust's inline layer against C from the same headers, in one process: each pair of
//! loops does the same work with the same compiler barriers; the best of several runs
//! of each is compared, and the ratio (Rust / C) printed.

use std::ffi::c_long;
use std::time::Instant;

use cpython_sys::*;

extern "C" {
    fn c_incref_decref(o: *mut PyObject, n: c_long);
    fn c_newref_decref(o: *mut PyObject, n: c_long);
    #[cfg(Py_3_13)]
    fn c_mutex(m: *mut PyMutex, n: c_long);
    fn c_critical_section(o: *mut PyObject, n: c_long);
    fn c_dict_getitem_incref(d: *mut PyObject, key: *mut PyObject, n: c_long);
}

/// `PyDict_GetItemRef` (backported before 3.13, native after) then `Py_DECREF`.
#[inline(never)]
fn rust_dict_getitemref(d: *mut PyObject, key: *mut PyObject, n: c_long) {
    for _ in 0..n {
        let mut item = std::ptr::null_mut();
        // SAFETY: `d` is a dict holding `key`; the new reference is released.
        unsafe {
            PyDict_GetItemRef(d, key, &mut item);
            barrier();
            Py_DECREF(item);
            barrier();
        }
    }
}

/// The C side's `__asm__ volatile("" ::: "memory")`.
#[inline(always)]
fn barrier() {
    // SAFETY: an empty asm block; without `nomem` it is a compiler memory clobber.
    unsafe { std::arch::asm!("", options(nostack, preserves_flags)) }
}

#[inline(never)]
fn rust_incref_decref(o: *mut PyObject, n: c_long) {
    for _ in 0..n {
        // SAFETY: `o` is live; the pair is balanced.
        unsafe {
            Py_INCREF(o);
            barrier();
            Py_DECREF(o);
            barrier();
        }
    }
}

#[inline(never)]
fn rust_newref_decref(o: *mut PyObject, n: c_long) {
    for _ in 0..n {
        // SAFETY: as above.
        unsafe {
            let r = Py_NewRef(o);
            barrier();
            Py_DECREF(r);
            barrier();
        }
    }
}

#[cfg(Py_3_13)]
#[inline(never)]
fn rust_mutex(m: *mut PyMutex, n: c_long) {
    for _ in 0..n {
        // SAFETY: `m` is a live, unlocked mutex; lock and unlock are paired.
        unsafe {
            PyMutex_Lock(m);
            barrier();
            PyMutex_Unlock(m);
            barrier();
        }
    }
}

#[inline(never)]
fn rust_critical_section(o: *mut PyObject, n: c_long) {
    for _ in 0..n {
        // SAFETY: `o` is live and the thread attached.
        unsafe { with_critical_section(o, barrier) };
        barrier();
    }
}

/// Best times (ns per iteration) of `runs` runs of `rust(n)` and `c(n)`, alternated so
/// that both sample the same machine conditions (frequency, the other core's load).
fn best(
    runs: usize,
    n: c_long,
    mut rust: impl FnMut(c_long),
    mut c: impl FnMut(c_long),
) -> (f64, f64) {
    let time = |f: &mut dyn FnMut(c_long)| {
        let t = Instant::now();
        f(n);
        t.elapsed().as_nanos() as f64 / n as f64
    };
    rust(n / 10); // warm up
    c(n / 10);
    (0..runs).fold((f64::INFINITY, f64::INFINITY), |(r, k), _| {
        (r.min(time(&mut rust)), k.min(time(&mut c)))
    })
}

fn main() {
    let n: c_long = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000_000);
    let runs = 11;
    // SAFETY: embedding: initialize once, and the objects below live until the end.
    unsafe { Py_InitializeEx(0) };
    let version = unsafe { std::ffi::CStr::from_ptr(Py_GetVersion()) }
        .to_string_lossy()
        .into_owned();
    let build = if cfg!(Py_GIL_DISABLED) {
        "free-threaded"
    } else {
        "default"
    };
    println!(
        "{} {build}: {n} iterations, best of {runs}, alternating Rust and C",
        version.split_whitespace().next().unwrap_or("")
    );
    // SAFETY: the interpreter is initialized; a new object owned by this thread.
    let obj = unsafe { PyList_New(0) };
    let mut rows: Vec<(&str, f64, f64)> = Vec::new();
    // SAFETY (each call): live objects, balanced operations, this thread attached.
    let row = |name, (rust, c): (f64, f64)| (name, rust, c);
    rows.push(row(
        "Py_INCREF + Py_DECREF",
        best(
            runs,
            n,
            |n| rust_incref_decref(obj, n),
            |n| unsafe { c_incref_decref(obj, n) },
        ),
    ));
    rows.push(row(
        "Py_NewRef + Py_DECREF",
        best(
            runs,
            n,
            |n| rust_newref_decref(obj, n),
            |n| unsafe { c_newref_decref(obj, n) },
        ),
    ));
    #[cfg(Py_3_13)]
    {
        let mutex = Box::into_raw(Box::new(PyMutex::new()));
        rows.push(row(
            "PyMutex_Lock + PyMutex_Unlock",
            best(
                runs,
                n,
                |n| rust_mutex(mutex, n),
                |n| unsafe { c_mutex(mutex, n) },
            ),
        ));
    }
    rows.push(row(
        "critical section begin + end",
        best(
            runs,
            n,
            |n| rust_critical_section(obj, n),
            |n| unsafe { c_critical_section(obj, n) },
        ),
    ));
    // SAFETY: a dict and a key it holds, alive until the end.
    let (d, key) = unsafe {
        let d = PyDict_New();
        let key = PyUnicode_FromString(c"key".as_ptr());
        let value = PyLong_FromLong(12345);
        PyDict_SetItem(d, key, value);
        Py_DECREF(value);
        (d, key)
    };
    let getitem = if cfg!(Py_3_13) {
        "PyDict_GetItemRef (native)"
    } else {
        "PyDict_GetItemRef (backport)"
    };
    // The C side is what the function replaces: PyDict_GetItemWithError + Py_INCREF.
    rows.push(row(
        getitem,
        best(
            runs,
            n,
            |n| rust_dict_getitemref(d, key, n),
            |n| unsafe { c_dict_getitem_incref(d, key, n) },
        ),
    ));
    println!(
        "{:<32} {:>10} {:>10} {:>8}",
        "operation", "Rust ns", "C ns", "ratio"
    );
    for (name, rust, c) in rows {
        println!("{name:<32} {rust:>10.3} {c:>10.3} {:>8.3}", rust / c);
    }
}
