//! Rust's inline layer against C from the same headers, in one process: each pair of
//! loops does the same work with the same compiler barriers; the best of several runs
//! of each is compared, and the ratio (Rust / C) printed.
//!
//! Every loop iteration performs [`OPS_PER_ITERATION`] operations on both sides (see
//! `bench.c` for why), and times are per operation.
//!
//! Under a stable-ABI feature (`abi3-py39` … `abi3t-py315`) the Rust side uses the
//! crate's limited-API forms and `bench.c` is compiled with the same limited-API macros
//! (build.rs); what the limited API lacks (`PyMutex`, the dict row; critical sections
//! before limited 3.15) is left out on both sides.

use std::ffi::c_long;
use std::time::{Duration, Instant};

use libpython_sys::*;

extern "C" {
    fn c_incref_decref(o: *mut PyObject, n: c_long);
    fn c_newref_decref(o: *mut PyObject, n: c_long);
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn c_mutex(m: *mut PyMutex, n: c_long);
    #[cfg(any(not(Py_LIMITED_API), Py_3_15))]
    fn c_critical_section(o: *mut PyObject, n: c_long);
    #[cfg(not(Py_LIMITED_API))]
    fn c_dict_getitem_incref(d: *mut PyObject, key: *mut PyObject, n: c_long);
    fn c_ops_per_iteration() -> c_long;
}

/// Operations per loop iteration, as in `bench.c`'s `OPS_PER_ITERATION`.
const OPS_PER_ITERATION: c_long = 16;

/// The body 16 times (`bench.c`'s `REPEAT`), each copy in its own block.
macro_rules! repeat {
    ($($body:tt)*) => { repeat4! { repeat4! { $($body)* } } };
}
macro_rules! repeat4 {
    ($($body:tt)*) => { { $($body)* } { $($body)* } { $($body)* } { $($body)* } };
}

// After the macros, which it uses.
#[cfg(all(bench_compat, not(Py_LIMITED_API)))]
mod compat;

/// The C side's `__asm__ volatile("" ::: "memory")`.
#[inline(always)]
pub(crate) fn barrier() {
    // SAFETY: an empty asm block; without `nomem` it is a compiler memory clobber.
    unsafe { std::arch::asm!("", options(nostack, preserves_flags)) }
}

/// The shape of `bench.c`'s loops: `n` iterations of `first`, barrier, `second` (given
/// what `first` returned), barrier, repeated [`OPS_PER_ITERATION`] times.
#[inline(always)]
fn pairs<T>(n: c_long, mut first: impl FnMut() -> T, mut second: impl FnMut(T)) {
    for _ in 0..n {
        repeat! {
            let t = first();
            barrier();
            second(t);
            barrier();
        }
    }
}

/// `PyDict_GetItemRef` (backported before 3.13, native after) then `Py_DECREF`.
#[cfg(not(Py_LIMITED_API))]
#[inline(never)]
fn rust_dict_getitemref(d: *mut PyObject, key: *mut PyObject, n: c_long) {
    pairs(
        n,
        || {
            let mut item = std::ptr::null_mut();
            // SAFETY: `d` is a dict holding `key`.
            unsafe { PyDict_GetItemRef(d, key, &mut item) };
            item
        },
        // SAFETY: the new reference from above.
        |item| unsafe { Py_DECREF(item) },
    );
}

#[inline(never)]
fn rust_incref_decref(o: *mut PyObject, n: c_long) {
    // SAFETY (both): `o` is live; the pair is balanced.
    pairs(n, || unsafe { Py_INCREF(o) }, |()| unsafe { Py_DECREF(o) });
}

#[inline(never)]
fn rust_newref_decref(o: *mut PyObject, n: c_long) {
    // SAFETY (both): as above.
    pairs(n, || unsafe { Py_NewRef(o) }, |r| unsafe { Py_DECREF(r) });
}

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline(never)]
fn rust_mutex(m: *mut PyMutex, n: c_long) {
    // SAFETY (both): `m` is a live, unlocked mutex; lock and unlock are paired.
    pairs(
        n,
        || unsafe { PyMutex_Lock(m) },
        |()| unsafe { PyMutex_Unlock(m) },
    );
}

#[cfg(any(not(Py_LIMITED_API), Py_3_15))]
#[inline(never)]
fn rust_critical_section(o: *mut PyObject, n: c_long) {
    for _ in 0..n {
        repeat! {
            // SAFETY: `o` is live and the thread attached.
            unsafe { with_critical_section(o, barrier) };
            barrier();
        }
    }
}

/// How the samples of one row are taken.
pub(crate) struct Sampling {
    /// Samples of each side.
    samples: usize,
    /// Target length of one sample; the iteration count is calibrated to it.
    sample: Duration,
    /// Pause between pairs of samples, which spreads them over time.
    pause: Duration,
}

/// Best times (ns per operation) of `rust` and `c` over `sampling.samples` samples each.
///
/// Samples alternate between the two sides, and which side goes first alternates too, so
/// both sample the same machine conditions. A pause between pairs spreads the samples over
/// about a second: on a shared (virtualized) host, slow stretches last for milliseconds to
/// hundreds of milliseconds, and the best of samples spread out comes from a quiet one.
pub(crate) fn best(
    sampling: &Sampling,
    mut rust: impl FnMut(c_long),
    mut c: impl FnMut(c_long),
) -> (f64, f64) {
    let time = |f: &mut dyn FnMut(c_long), n: c_long| {
        let t = Instant::now();
        f(n);
        t.elapsed()
    };
    // Warm up both sides, then size the samples from the C side.
    time(&mut rust, 1000);
    let probe = time(&mut c, 1000).max(Duration::from_nanos(1));
    let n = ((1000.0 * sampling.sample.as_secs_f64() / probe.as_secs_f64()) as c_long).max(1);
    let per_op = |d: Duration| d.as_nanos() as f64 / (n * OPS_PER_ITERATION) as f64;
    let (mut r, mut k) = (f64::INFINITY, f64::INFINITY);
    for i in 0..sampling.samples {
        let (a, b) = if i % 2 == 0 {
            let a = time(&mut rust, n);
            (a, time(&mut c, n))
        } else {
            let b = time(&mut c, n);
            (time(&mut rust, n), b)
        };
        r = r.min(per_op(a));
        k = k.min(per_op(b));
        std::thread::sleep(sampling.pause);
    }
    (r, k)
}

fn main() {
    let env = |name: &str, default| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let sampling = Sampling {
        samples: env("BENCH_SAMPLES", 201),
        sample: Duration::from_micros(env("BENCH_SAMPLE_US", 1000) as u64),
        pause: Duration::from_micros(env("BENCH_PAUSE_US", 2000) as u64),
    };
    // SAFETY: a plain C function without arguments.
    assert_eq!(unsafe { c_ops_per_iteration() }, OPS_PER_ITERATION);
    // SAFETY: embedding: initialize once, and the objects below live until the end.
    unsafe { Py_InitializeEx(0) };
    let version = unsafe { std::ffi::CStr::from_ptr(Py_GetVersion()) }
        .to_string_lossy()
        .into_owned();
    // The interpreter's build: under abi3t the crate is compiled for both (with the cfg
    // Py_GIL_DISABLED), so ask the version string ("... free-threading build ...").
    let build = if version.contains("free-threading") {
        "free-threaded"
    } else {
        "default"
    };
    // `abi3-py39 (Py_LIMITED_API=0x03090000)`, as build.rs compiled bench.c.
    let abi = match env!("BENCH_STABLE_ABI") {
        "" => String::new(),
        label => format!(", stable ABI {label} ({})", env!("BENCH_STABLE_DEFINES")),
    };
    println!(
        "{} {build}{abi}: best of {} samples of ~{:?} per side ({OPS_PER_ITERATION} operations \
         per loop iteration), alternating Rust and C, {:?} apart",
        version.split_whitespace().next().unwrap_or(""),
        sampling.samples,
        sampling.sample,
        sampling.pause,
    );
    // SAFETY: the interpreter is initialized; a new object owned by this thread.
    let obj = unsafe { PyList_New(0) };
    let mut rows: Vec<(String, f64, f64)> = Vec::new();
    // SAFETY (each call): live objects, balanced operations, this thread attached.
    let row = |name: &str, (rust, c): (f64, f64)| (name.to_string(), rust, c);
    rows.push(row(
        "Py_INCREF + Py_DECREF",
        best(
            &sampling,
            |n| rust_incref_decref(obj, n),
            |n| unsafe { c_incref_decref(obj, n) },
        ),
    ));
    rows.push(row(
        "Py_NewRef + Py_DECREF",
        best(
            &sampling,
            |n| rust_newref_decref(obj, n),
            |n| unsafe { c_newref_decref(obj, n) },
        ),
    ));
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    {
        let mutex = Box::into_raw(Box::new(PyMutex::new()));
        rows.push(row(
            "PyMutex_Lock + PyMutex_Unlock",
            best(
                &sampling,
                |n| rust_mutex(mutex, n),
                |n| unsafe { c_mutex(mutex, n) },
            ),
        ));
    }
    #[cfg(any(not(Py_LIMITED_API), Py_3_15))]
    rows.push(row(
        if cfg!(Py_GIL_DISABLED) {
            // Under abi3t on a default build too: the exported functions (no-ops there).
            "critical section begin + end"
        } else if cfg!(Py_LIMITED_API) {
            // abi3 loads in default builds only, where the section is a no-op: Rust runs
            // the closure directly; the limited C macros call the (no-op) functions.
            "critical section (Rust no-op)"
        } else {
            "critical section (a no-op here)"
        },
        best(
            &sampling,
            |n| rust_critical_section(obj, n),
            |n| unsafe { c_critical_section(obj, n) },
        ),
    ));
    #[cfg(not(Py_LIMITED_API))]
    dict_row(&sampling, &mut rows);
    #[cfg(all(bench_compat, not(Py_LIMITED_API)))]
    compat::rows(&sampling, &mut rows);
    println!(
        "{:<56} {:>10} {:>10} {:>8}",
        "operation", "Rust ns", "C ns", "ratio"
    );
    for (name, rust, c) in rows {
        println!("{name:<56} {rust:>10.3} {c:>10.3} {:>8.3}", rust / c);
    }
}

/// The `PyDict_GetItemRef` row (not under the limited API, where the crate has no backport).
#[cfg(not(Py_LIMITED_API))]
fn dict_row(sampling: &Sampling, rows: &mut Vec<(String, f64, f64)>) {
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
    let (rust, c) = best(
        sampling,
        |n| rust_dict_getitemref(d, key, n),
        // SAFETY: as above.
        |n| unsafe { c_dict_getitem_incref(d, key, n) },
    );
    rows.push((getitem.to_string(), rust, c));
}
