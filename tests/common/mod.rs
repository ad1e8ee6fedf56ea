//! Shared test support: one embedded interpreter per test process, and the
//! interpreters of the matrix for tests that need a specific one.
#![allow(dead_code)]

use std::ffi::{CStr, CString};
use std::path::PathBuf;
use std::sync::{Arc, Barrier, Once};

use libpython_sys::*;

static INIT: Once = Once::new();

/// A raw object pointer handed to other threads, which attach before using it.
#[derive(Clone, Copy)]
pub struct Obj(pub *mut PyObject);
// SAFETY: the pointee is a Python object, usable from any attached thread.
unsafe impl Send for Obj {}
// SAFETY: as for Send: only the pointer is shared.
unsafe impl Sync for Obj {}

impl Obj {
    /// The pointer (a method, so that closures capture the whole wrapper).
    pub fn get(&self) -> *mut PyObject {
        self.0
    }
}

/// Runs `f` with the GIL held (an attached thread state on free-threaded builds),
/// initializing the embedded interpreter on first use.
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    INIT.call_once(|| {
        // SAFETY: called once per process, before any other C-API call; the thread
        // state is released right away so that any test thread can take the GIL.
        unsafe {
            Py_InitializeEx(0);
            PyEval_SaveThread();
        }
    });
    /// Releases the GIL on drop, so that a failing assertion (a panic) in one test does
    /// not leave it held and hang the others.
    struct Release(PyGILState_STATE);
    impl Drop for Release {
        fn drop(&mut self) {
            // SAFETY: pairs the `PyGILState_Ensure` below, on the same thread.
            unsafe { PyGILState_Release(self.0) }
        }
    }
    // SAFETY: the interpreter is initialized; released by the guard.
    let _release = Release(unsafe { PyGILState_Ensure() });
    f()
}

/// `Py_BEGIN_ALLOW_THREADS` … `Py_END_ALLOW_THREADS`: runs `f` (which must not touch
/// Python) with this thread's state detached, e.g. while joining threads that need the
/// GIL, or that may trigger a stop-the-world pause on free-threaded builds.
pub fn allow_threads<R>(f: impl FnOnce() -> R) -> R {
    // SAFETY: called with an attached thread state (inside `with_gil`); restored below.
    let saved = unsafe { PyEval_SaveThread() };
    let result = f();
    // SAFETY: restores the state saved above, on the same thread.
    unsafe { PyEval_RestoreThread(saved) };
    result
}

/// Panics with the pending Python exception if `obj` is NULL.
pub fn check(obj: *mut PyObject, what: &str) -> *mut PyObject {
    if obj.is_null() {
        // SAFETY: the GIL is held by the caller; PyErr_Print reports and clears.
        unsafe { PyErr_Print() };
        panic!("{what} failed with a Python exception (printed above)");
    }
    obj
}

/// `eval(expr)` in a fresh namespace with `sys` and `sysconfig` imported; a new reference.
pub fn eval(expr: &str) -> *mut PyObject {
    let code = CString::new(format!("import sys, sysconfig\nresult = {expr}")).unwrap();
    // SAFETY: the GIL is held by the caller; every returned pointer is checked.
    unsafe {
        let globals = check(PyDict_New(), "PyDict_New");
        let builtins = PyEval_GetBuiltins();
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), builtins);
        // `Py_CompileString` and `PyEval_EvalCode`: in the stable ABI too.
        let compiled = check(
            Py_CompileString(code.as_ptr(), c"<test>".as_ptr(), Py_file_input),
            expr,
        );
        let ran = check(PyEval_EvalCode(compiled, globals, globals), expr);
        Py_DecRef(compiled);
        Py_DecRef(ran);
        let result = check(PyDict_GetItemString(globals, c"result".as_ptr()), "result");
        Py_IncRef(result);
        Py_DecRef(globals);
        result
    }
}

pub fn eval_i64(expr: &str) -> i64 {
    let obj = eval(expr);
    // SAFETY: GIL held; `obj` is a new reference, released after reading it.
    unsafe {
        let value = PyLong_AsLongLong(obj);
        assert!(PyErr_Occurred().is_null(), "{expr} is not an int");
        Py_DecRef(obj);
        value
    }
}

/// The pending exception's type name (clearing it), or `None`.
#[cfg(not(Py_LIMITED_API))] // reads `tp_name`
pub fn take_error() -> Option<String> {
    // SAFETY: the GIL is held by every caller.
    unsafe {
        let exc = PyErr_GetRaisedException();
        if exc.is_null() {
            return None;
        }
        let name = CStr::from_ptr((*Py_TYPE(exc)).tp_name)
            .to_string_lossy()
            .into_owned();
        Py_DECREF(exc);
        Some(name)
    }
}

/// The reference count of a live object.
pub fn refcnt(o: *mut PyObject) -> isize {
    // SAFETY: a live object (callers).
    unsafe { Py_REFCNT(o) }
}

pub fn eval_string(expr: &str) -> String {
    let obj = eval(expr);
    // SAFETY: GIL held; the bytes' buffer lives as long as `bytes`, copied before
    // release (`PyUnicode_AsUTF8String`: in the stable ABI of every version).
    unsafe {
        let bytes = PyUnicode_AsUTF8String(obj);
        assert!(!bytes.is_null(), "{expr} is not a str");
        let text = CStr::from_ptr(PyBytes_AsString(bytes))
            .to_str()
            .unwrap()
            .to_owned();
        Py_DecRef(bytes);
        Py_DecRef(obj);
        text
    }
}

/// The interpreter the crate was built for (set by the build script).
pub fn built_for() -> PathBuf {
    PathBuf::from(env!("LIBPYTHON_SYS_PYTHON"))
}

#[allow(unused_imports)]
pub use libpython_sys_build::discover::need;

/// Threads in the many-thread tests.
pub const THREADS: usize = 8;

/// Runs `f(thread index)` on `THREADS` threads, each attached, started together; the
/// calling thread detaches while it waits.
pub fn on_threads(f: impl Fn(usize) + Send + Sync + 'static) {
    let f = Arc::new(f);
    let barrier = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let (f, barrier) = (f.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                with_gil(|| f(t));
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

/// `sys._is_gil_enabled()` (3.13+), read once no other thread's import holds the GIL on:
/// a free-threaded CPython enables the GIL for the time it loads an extension module,
/// and the other tests of this process import modules on their threads, so one reading
/// can catch that. Polls for up to 5 s, detached between readings: true only if the GIL
/// stays enabled throughout, as when a module enabled it for good. Call it attached.
pub fn gil_enabled_settled() -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        if eval_i64("int(getattr(sys, '_is_gil_enabled', lambda: True)())") == 0 {
            return false;
        }
        if std::time::Instant::now() >= deadline {
            return true;
        }
        allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(10)));
    }
}
