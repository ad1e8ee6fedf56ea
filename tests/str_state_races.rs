//! On free-threaded 3.14+, `PyASCIIObject.state.interned` is its own byte, which CPython
//! writes with atomics (interning a string on one thread while others read it). The
//! `str` accessors must read the state as the header does, the bits they need and nothing
//! else, without a Rust reference covering that byte: run under Miri (`cargo +nightly miri
//! test --test str_state_races`, with a 3.14t interpreter selected), whose data-race
//! detector reports a reference read that races with an atomic write. A fake `str` in
//! Rust memory stands in for CPython's: no C code runs.
#![cfg(all(Py_GIL_DISABLED, Py_3_14, not(Py_LIMITED_API)))]

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Arc;

use libpython_sys::*;

#[test]
fn accessors_do_not_race_with_interning() {
    // A zeroed compact ASCII `str` header: kind 1, compact, ascii.
    let mut s: Box<PyASCIIObject> = Box::new(unsafe { std::mem::zeroed() });
    s.state.set_kind(1);
    s.state.set_compact(1);
    s.state.set_ascii(1);
    let op = Box::into_raw(s) as usize;
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let p = op as *mut PyASCIIObject;
            // SAFETY: the byte lives as long as the test; CPython writes it atomically.
            let interned =
                unsafe { AtomicU8::from_ptr(std::ptr::addr_of_mut!((*p).state.interned)) };
            for i in 0..50u8 {
                interned.store(i % 3, Ordering::Relaxed);
            }
            stop.store(true, Ordering::Release);
        })
    };
    let p = op as *mut PyObject;
    while !stop.load(Ordering::Acquire) {
        // SAFETY: `p` is a live (fake) str header.
        unsafe {
            assert_eq!(PyUnicode_KIND(p), 1);
            assert_eq!(PyUnicode_IS_ASCII(p), 1);
            assert_eq!(PyUnicode_IS_COMPACT(p), 1);
            assert!(PyUnicode_CHECK_INTERNED(p) < 3);
        }
    }
    writer.join().unwrap();
    // SAFETY: allocated above, no longer shared.
    drop(unsafe { Box::from_raw(op as *mut PyASCIIObject) });
}
