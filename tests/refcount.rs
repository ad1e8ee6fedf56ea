//! The inline reference counting against the real interpreter, with many threads: on
//! 3.13t–3.15t the owner's local count and the other threads' shared count race for real.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::CString;

use common::{allow_threads, check, eval, on_threads, with_gil, Obj, THREADS};
use libpython_sys::*;

const PAIRS: usize = 1_000_000;

#[test]
fn incref_decref_pairs_from_many_threads_return_to_the_start() {
    // Shared objects created (and so owned, on free-threaded builds) by this thread.
    let objs: Vec<Obj> = with_gil(|| {
        ["[1, 2, 3]", "{'a': 1}", "object()", "'a str'", "3.5"]
            .iter()
            .map(|e| Obj(eval(e)))
            .collect()
    });
    // SAFETY: every pointer is a live object we hold a reference to.
    let before: Vec<isize> = with_gil(|| objs.iter().map(|o| unsafe { Py_REFCNT(o.0) }).collect());
    let shared = objs.clone();
    on_threads(move |t| {
        let o = shared[t % shared.len()].0;
        for _ in 0..PAIRS {
            // SAFETY: `o` is live (the main thread holds a reference throughout).
            unsafe {
                Py_INCREF(o);
                Py_DECREF(o);
            }
        }
        // Unbalanced in between: a burst of increments, then of decrements.
        for _ in 0..1000 {
            // SAFETY: as above.
            unsafe { Py_INCREF(o) };
        }
        for _ in 0..1000 {
            // SAFETY: as above; each releases one of the burst's references.
            unsafe { Py_DECREF(o) };
        }
    });
    with_gil(|| {
        for (o, b) in objs.iter().zip(&before) {
            // SAFETY: still live; we release our reference after checking.
            unsafe {
                assert_eq!(Py_REFCNT(o.0), *b, "reference count drifted");
                Py_DECREF(o.0);
            }
        }
    });
}

#[test]
fn owner_thread_counts_locally_others_share() {
    with_gil(|| {
        let o = eval("object()");
        // SAFETY: `o` is a new reference; all operations are balanced.
        unsafe {
            #[cfg(Py_GIL_DISABLED)]
            {
                assert_eq!(
                    _Py_IsOwnedByCurrentThread(o),
                    1,
                    "the creating thread owns the object"
                );
                assert_eq!(
                    (*o).ob_tid,
                    _Py_ThreadId(),
                    "_Py_ThreadId matches libpython's ob_tid"
                );
                let local = (*o).ob_ref_local;
                Py_INCREF(o);
                assert_eq!(
                    (*o).ob_ref_local,
                    local + 1,
                    "owner increments the local count"
                );
                Py_DECREF(o);
            }
            let start = Py_REFCNT(o);
            let shared = Obj(o);
            let other = std::thread::spawn(move || {
                // (Inside the outer `unsafe` block.) The object is live: the main thread
                // holds a reference.
                with_gil(|| {
                    #[cfg(Py_GIL_DISABLED)]
                    assert_eq!(_Py_IsOwnedByCurrentThread(shared.get()), 0);
                    Py_INCREF(shared.get());
                })
            });
            allow_threads(|| other.join().unwrap());
            #[cfg(Py_GIL_DISABLED)]
            assert_eq!(
                (*o).ob_ref_shared >> _Py_REF_SHARED_SHIFT,
                1,
                "another thread adds to the shared count"
            );
            assert_eq!(Py_REFCNT(o), start + 1);
            Py_DECREF(o);
            assert_eq!(Py_REFCNT(o), start);
            Py_DECREF(o);
        }
    });
}

/// Creates `n` weak-referenceable objects on this thread, each with a weakref whose
/// callback counts frees in `freed` (a list in `ns`); returns strong references.
fn make_tracked(ns: *mut PyObject, n: usize) -> Vec<Obj> {
    let code = CString::new(format!(
        "import weakref\nclass C: pass\nobjs = [C() for _ in range({n})]\nrefs.extend(weakref.ref(o, lambda r: freed.append(1)) for o in objs)"
    ))
    .unwrap();
    // SAFETY: the GIL is held (caller); every result is checked; `objs` is deleted from the
    // namespace after we took our own references, so ours are the only ones left.
    unsafe {
        Py_DecRef(check(
            PyRun_StringFlags(code.as_ptr(), Py_file_input, ns, ns, std::ptr::null_mut()),
            "make",
        ));
        let list = PyDict_GetItemString(ns, c"objs".as_ptr());
        let out = (0..n)
            .map(|i| Obj(Py_NewRef(PyList_GET_ITEM(list, i as isize))))
            .collect();
        PyDict_DelItemString(ns, c"objs".as_ptr());
        out
    }
}

#[test]
fn objects_created_on_one_thread_and_dropped_on_others_are_freed() {
    const N: usize = 4000;
    let ns = with_gil(|| {
        // SAFETY: GIL held; the namespace gets builtins, `freed` and `refs`.
        unsafe {
            let ns = check(PyDict_New(), "dict");
            PyDict_SetItemString(ns, c"__builtins__".as_ptr(), PyEval_GetBuiltins());
            let freed = check(PyList_New(0), "list");
            let refs = check(PyList_New(0), "list");
            PyDict_SetItemString(ns, c"freed".as_ptr(), freed);
            PyDict_SetItemString(ns, c"refs".as_ptr(), refs);
            Py_DECREF(freed);
            Py_DECREF(refs);
            Obj(ns)
        }
    });
    // The creating (owning) thread exits first, then the others drop the objects.
    let objs = std::thread::spawn(move || with_gil(|| make_tracked(ns.get(), N)))
        .join()
        .unwrap();
    let chunks: Vec<Vec<Obj>> = objs.chunks(N / THREADS).map(|c| c.to_vec()).collect();
    let threads: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            std::thread::spawn(move || {
                with_gil(|| {
                    for o in chunk {
                        // SAFETY: each pointer is a strong reference this thread now owns.
                        unsafe { Py_DECREF(o.0) };
                    }
                })
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    // And with the owner alive: it keeps running while others drop; it merges the queued
    // objects when it next runs the eval loop or detaches.
    let (to_owner, from_main) = std::sync::mpsc::channel::<()>();
    let (to_main, from_owner) = std::sync::mpsc::channel::<Vec<Obj>>();
    let owner = std::thread::spawn(move || {
        let objs = with_gil(|| make_tracked(ns.get(), N));
        to_main.send(objs).unwrap();
        from_main.recv().unwrap();
        with_gil(|| {
            let code = c"for _ in range(100000): pass";
            // SAFETY: GIL held; a new reference is released.
            unsafe {
                Py_DecRef(check(
                    PyRun_StringFlags(
                        code.as_ptr(),
                        Py_file_input,
                        ns.get(),
                        ns.get(),
                        std::ptr::null_mut(),
                    ),
                    "loop",
                ))
            };
        });
    });
    let objs = from_owner.recv().unwrap();
    std::thread::scope(|s| {
        for chunk in objs.chunks(N / THREADS) {
            s.spawn(move || {
                with_gil(|| {
                    for o in chunk {
                        // SAFETY: each pointer is a strong reference handed to this thread.
                        unsafe { Py_DECREF(o.0) };
                    }
                })
            });
        }
    });
    to_owner.send(()).unwrap();
    owner.join().unwrap();
    with_gil(|| {
        // SAFETY: GIL held; borrowed references from the namespace.
        unsafe {
            let freed = PyDict_GetItemString(ns.0, c"freed".as_ptr());
            assert_eq!(
                PyList_Size(freed),
                2 * N as isize,
                "every object was freed (its weakref callback ran)"
            );
            let refs = PyDict_GetItemString(ns.0, c"refs".as_ptr());
            for i in 0..PyList_Size(refs) {
                #[cfg(Py_3_13)]
                {
                    let mut target = std::ptr::null_mut();
                    let dead = PyWeakref_GetRef(PyList_GET_ITEM(refs, i), &mut target);
                    assert_eq!(
                        (dead, target),
                        (0, std::ptr::null_mut()),
                        "weakref {i} is dead"
                    );
                }
                #[cfg(not(Py_3_13))]
                assert_eq!(
                    Py_IsNone(PyWeakref_GetObject(PyList_GET_ITEM(refs, i))),
                    1,
                    "weakref {i} is dead"
                );
            }
            Py_DECREF(ns.0);
        }
    });
}

#[cfg(Py_3_12)]
#[test]
fn immortal_objects_are_left_untouched() {
    with_gil(|| {
        for obj in [
            Py_None(),
            Py_True(),
            Py_False(),
            Py_Ellipsis(),
            Py_NotImplemented(),
        ] {
            // SAFETY: the singletons are immortal; nothing here can free them.
            unsafe {
                assert_eq!(_Py_IsImmortal(obj), 1);
                let before = Py_REFCNT(obj);
                #[cfg(not(Py_GIL_DISABLED))]
                let raw = std::ptr::read(obj.cast::<u64>());
                for _ in 0..10_000 {
                    Py_INCREF(obj);
                }
                for _ in 0..20_000 {
                    Py_DECREF(obj);
                }
                Py_SET_REFCNT(obj, 1);
                assert_eq!(Py_REFCNT(obj), before);
                // The whole refcount word, flags included, is unchanged.
                #[cfg(not(Py_GIL_DISABLED))]
                assert_eq!(std::ptr::read(obj.cast::<u64>()), raw);
            }
        }
        // The value `Py_REFCNT` reports for immortal objects, per version.
        // SAFETY: None is immortal.
        let none = unsafe { Py_REFCNT(Py_None()) };
        assert_eq!(none, common::eval_i64("sys.getrefcount(None)") as isize);
    });
}

#[test]
fn set_refcnt_semantics() {
    with_gil(|| {
        // SAFETY: `o` is a new reference; the count is restored before releasing it.
        unsafe {
            let o = eval("object()");
            assert_eq!(Py_REFCNT(o), 1);
            Py_SET_REFCNT(o, 5);
            assert_eq!(Py_REFCNT(o), 5);
            Py_SET_REFCNT(o, 1);
            assert_eq!(Py_REFCNT(o), 1);
            // From another thread: on free-threaded builds the object is no longer owned,
            // its count moves to the shared field, merged.
            let shared = Obj(o);
            let other = std::thread::spawn(move || {
                // (Inside the outer `unsafe` block.) Live: the main thread holds its reference.
                with_gil(|| Py_SET_REFCNT(shared.get(), 3))
            });
            allow_threads(|| other.join().unwrap());
            assert_eq!(Py_REFCNT(o), 3);
            #[cfg(Py_GIL_DISABLED)]
            {
                assert_eq!((*o).ob_tid, 0, "no longer owned");
                assert_eq!((*o).ob_ref_local, 0);
                assert_eq!(
                    (*o).ob_ref_shared & _Py_REF_SHARED_FLAG_MASK as isize,
                    _Py_REF_MERGED as isize
                );
            }
            Py_DECREF(o);
            Py_DECREF(o);
            assert_eq!(Py_REFCNT(o), 1);
            Py_DECREF(o); // frees it
        }
    });
}

#[test]
fn clear_setref_and_newref() {
    with_gil(|| {
        // SAFETY: every reference is accounted for.
        unsafe {
            let a = eval("object()");
            let b = eval("object()");
            let mut slot = Py_NewRef(a);
            assert_eq!(Py_REFCNT(a), 2);
            Py_SETREF(&mut slot, Py_NewRef(b));
            assert_eq!((Py_REFCNT(a), Py_REFCNT(b), slot), (1, 2, b));
            Py_XSETREF(&mut slot, std::ptr::null_mut());
            assert_eq!(Py_REFCNT(b), 1);
            assert!(Py_XNewRef(std::ptr::null_mut()).is_null());
            slot = Py_NewRef(a);
            Py_CLEAR(&mut slot);
            assert!(slot.is_null());
            Py_CLEAR(&mut slot); // NULL: nothing
            assert_eq!(Py_REFCNT(a), 1);
            Py_XDECREF(std::ptr::null_mut());
            Py_DECREF(a);
            Py_DECREF(b);
        }
    });
}
