//! `PyMutex` and critical sections from many threads. On free-threaded builds the
//! sections really lock (lost updates would show without them); on default builds the
//! same code runs under the GIL, as the C macros do.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::sync::Arc;

use common::{allow_threads, check, eval, on_threads, with_gil, Obj, THREADS};
use libpython_sys::*;

#[cfg(Py_3_13)]
#[test]
fn pymutex_guards_a_plain_counter() {
    struct Counter {
        mutex: PyMutex,
        value: std::cell::UnsafeCell<u64>,
    }
    // SAFETY: `value` is only accessed with `mutex` held.
    unsafe impl Sync for Counter {}
    static COUNTER: Counter = Counter {
        mutex: PyMutex::new(),
        value: std::cell::UnsafeCell::new(0),
    };
    const PER_THREAD: u64 = 100_000;
    let m = std::ptr::addr_of!(COUNTER.mutex).cast_mut();
    let m = m as usize;
    on_threads(move |_| {
        let m = m as *mut PyMutex;
        for _ in 0..PER_THREAD {
            // SAFETY: a static mutex; the counter is touched only while it is held.
            unsafe {
                PyMutex_Lock(m);
                #[cfg(Py_3_14)]
                assert_eq!(PyMutex_IsLocked(m), 1);
                *COUNTER.value.get() += 1;
                PyMutex_Unlock(m);
            }
        }
    });
    // SAFETY: all threads have been joined.
    assert_eq!(unsafe { *COUNTER.value.get() }, THREADS as u64 * PER_THREAD);
    #[cfg(Py_3_14)]
    // SAFETY: a static mutex.
    assert_eq!(unsafe { PyMutex_IsLocked(m as *mut PyMutex) }, 0);
}

/// `list[0] += 1`: only correct if nobody else mutates the list in between. Written with
/// the unchecked accessors because a C-API call that opens its own section on the list
/// (`PyList_SetItem`) would, on 3.13t, suspend the caller's section — releasing the lock
/// mid-update — whereas 3.14 skips re-locking a mutex the top-most section holds.
///
/// # Safety
/// `list` is a live list holding an int at index 0; the caller excludes other writers.
unsafe fn bump(list: *mut PyObject) {
    // SAFETY: as the caller promises.
    unsafe { add(list, 1) }
}

#[test]
fn critical_section_guards_read_modify_write_of_a_list() {
    const PER_THREAD: i64 = 20_000;
    let list = with_gil(|| Obj(eval("[0]")));
    on_threads(move |_| {
        for _ in 0..PER_THREAD {
            // SAFETY: the list is live; the section excludes the other writers.
            unsafe { with_critical_section(list.get(), || bump(list.get())) };
        }
    });
    with_gil(|| {
        // SAFETY: still live; our reference is released at the end.
        unsafe {
            assert_eq!(
                PyLong_AsLong(PyList_GET_ITEM(list.get(), 0)),
                THREADS as i64 * PER_THREAD
            );
            Py_DECREF(list.get());
        }
    });
}

/// `list[0] += delta` with the unchecked accessors, which take no lock of their own.
///
/// # Safety
/// `list` is a live list holding an int at index 0; the caller excludes other writers.
unsafe fn add(list: *mut PyObject, delta: i64) {
    // SAFETY: as the caller promises.
    unsafe {
        let old = PyList_GET_ITEM(list, 0);
        PyList_SET_ITEM(
            list,
            0,
            check(PyLong_FromLong(PyLong_AsLong(old) + delta), "int"),
        );
        Py_DECREF(old);
    }
}

#[test]
fn two_object_sections_move_balance_between_lists() {
    const PER_THREAD: usize = 10_000;
    let (a, b) = with_gil(|| (Obj(eval("[1000000]")), Obj(eval("[0]"))));
    on_threads(move |t| {
        for i in 0..PER_THREAD {
            // Alternate the argument order: the sections take the locks in address order,
            // so opposite orders cannot deadlock.
            let (from, to) = if (t + i) % 2 == 0 { (a, b) } else { (b, a) };
            // SAFETY: both lists are live; the section holds both locks.
            unsafe {
                with_critical_section2(from.get(), to.get(), || {
                    let total = PyLong_AsLong(PyList_GET_ITEM(from.get(), 0))
                        + PyLong_AsLong(PyList_GET_ITEM(to.get(), 0));
                    assert_eq!(total, 1_000_000, "a transfer was observed half done");
                    add(from.get(), -(t as i64 + 1));
                    add(to.get(), t as i64 + 1);
                })
            };
        }
    });
    with_gil(|| {
        // SAFETY: both live; our references are released at the end.
        unsafe {
            let (va, vb) = (
                PyLong_AsLong(PyList_GET_ITEM(a.get(), 0)),
                PyLong_AsLong(PyList_GET_ITEM(b.get(), 0)),
            );
            assert_eq!(va + vb, 1_000_000);
            // Each thread moved `t + 1` per step, half of the steps each way: no net flow.
            assert_eq!(va, 1_000_000);
            Py_DECREF(a.get());
            Py_DECREF(b.get());
        }
    });
}

#[cfg(any(Py_3_14, not(Py_GIL_DISABLED)))]
#[test]
fn mutex_sections_guard_shared_state() {
    struct State {
        m1: PyMutex,
        m2: PyMutex,
        value: std::cell::UnsafeCell<(u64, u64)>,
    }
    // SAFETY: `value` is only touched inside sections on both mutexes (or under the GIL).
    unsafe impl Sync for State {}
    static STATE: State = State {
        m1: PyMutex::new(),
        m2: PyMutex::new(),
        value: std::cell::UnsafeCell::new((0, 0)),
    };
    const PER_THREAD: u64 = 20_000;
    on_threads(|t| {
        let (m1, m2) = (
            std::ptr::addr_of!(STATE.m1).cast_mut(),
            std::ptr::addr_of!(STATE.m2).cast_mut(),
        );
        for _ in 0..PER_THREAD {
            // SAFETY: static mutexes; the state is only touched inside the sections.
            unsafe {
                if t % 2 == 0 {
                    with_critical_section_mutex(m1, || (*STATE.value.get()).0 += 1);
                } else {
                    with_critical_section2_mutex(m1, m2, || {
                        let v = &mut *STATE.value.get();
                        v.0 += 1;
                        v.1 += 1;
                    });
                }
            }
        }
    });
    // SAFETY: all threads have been joined.
    let (both, second) = unsafe { *STATE.value.get() };
    assert_eq!(both, THREADS as u64 * PER_THREAD);
    assert_eq!(second, THREADS as u64 / 2 * PER_THREAD);
}

#[test]
fn dict_next_inside_a_critical_section_while_others_insert() {
    let dict = with_gil(|| Obj(eval("{}")));
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers: Vec<_> = (0..THREADS / 2)
        .map(|t| {
            let done = done.clone();
            std::thread::spawn(move || {
                with_gil(|| {
                    let mut i = 0i64;
                    while !done.load(std::sync::atomic::Ordering::Relaxed) && i < 50_000 {
                        let k = (t as i64) << 32 | i;
                        // SAFETY: the dict is live; PyDict_SetItem locks it itself.
                        unsafe {
                            let key = check(PyLong_FromLongLong(k), "int");
                            let value = check(PyLong_FromLongLong(2 * k), "int");
                            assert_eq!(PyDict_SetItem(dict.get(), key, value), 0);
                            Py_DECREF(key);
                            Py_DECREF(value);
                        }
                        i += 1;
                        if i % 64 == 0 {
                            // Let stop-the-world pauses (GC) of other threads proceed.
                            allow_threads(std::thread::yield_now);
                        }
                    }
                })
            })
        })
        .collect();
    let readers: Vec<_> = (0..THREADS / 2)
        .map(|_| {
            std::thread::spawn(move || {
                with_gil(|| {
                    for _ in 0..200 {
                        // SAFETY: the dict is live; inside the section nobody mutates it,
                        // so the borrowed key/value pairs stay valid and the size holds.
                        unsafe {
                            with_critical_section(dict.get(), || {
                                let size = PyDict_Size(dict.get());
                                let (mut pos, mut seen) = (0isize, 0isize);
                                let (mut key, mut value) =
                                    (std::ptr::null_mut(), std::ptr::null_mut());
                                while PyDict_Next(dict.get(), &mut pos, &mut key, &mut value) != 0 {
                                    assert_eq!(
                                        PyLong_AsLongLong(value),
                                        2 * PyLong_AsLongLong(key)
                                    );
                                    seen += 1;
                                }
                                assert_eq!(seen, size, "the dict changed during iteration");
                            })
                        };
                    }
                })
            })
        })
        .collect();
    for r in readers {
        r.join().unwrap();
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    with_gil(|| {
        // SAFETY: our reference.
        unsafe {
            assert!(PyDict_Size(dict.get()) > 0);
            Py_DECREF(dict.get());
        }
    });
}

/// The thread state's top critical section (`PyThreadState.critical_section`, 3.13+): 0
/// when none is active. `None` where the build cannot read it: before 3.13, and where this
/// interpreter's `PyThreadState` differs from the bindings' (the build removed it).
fn top_section() -> Option<usize> {
    #[cfg(all(Py_3_13, not(libpython_sys_removed = "_ts")))]
    // SAFETY: the calling thread is attached, so its thread state is live.
    return Some(unsafe { (*PyThreadState_Get()).critical_section });
    #[cfg(not(all(Py_3_13, not(libpython_sys_removed = "_ts"))))]
    None
}

#[test]
fn sections_end_when_the_closure_panics() {
    with_gil(|| {
        let list = eval("[0]");
        let before = top_section();
        let mut inside = None;
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // SAFETY: the list is live.
            unsafe {
                with_critical_section(list, || {
                    inside = top_section();
                    panic!("inside the section")
                })
            }
        }));
        assert!(caught.is_err());
        // Without detaching (which would suspend a leaked section and hide it), the
        // thread's stack of sections is back where it was.
        assert_eq!(top_section(), before, "the section outlived its closure");
        if cfg!(Py_GIL_DISABLED) {
            assert!(
                inside.is_some_and(|top| top != 0) || inside.is_none(),
                "a free-threaded section is on the thread's stack while it runs"
            );
        }
        match before {
            Some(_) => {}
            None => eprintln!("note: this build cannot read PyThreadState.critical_section"),
        }
        // SAFETY: our reference.
        unsafe { Py_DECREF(list) };
    });
}
