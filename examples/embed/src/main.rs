//! `embed`: a program that embeds CPython through libpython-sys.
//!
//! 1. Checks that the libpython the dynamic linker loaded is the one it was built for
//!    (exit status 2 with a one-line report if not).
//! 2. Initializes an isolated interpreter through `PyConfig`, with `home` set to the
//!    interpreter it was built for (its standard library, wherever pyenv or uv put it).
//! 3. Runs Python code, then calls a Python function from 8 Rust threads at once (in
//!    parallel on a free-threaded build) and checks every result.
//! 4. Finalizes, and exits with `Py_FinalizeEx`'s status.
//!
//! It needs no environment variables: the build script gives it an rpath to its libpython
//! and the interpreter's home.

use std::ffi::{CStr, CString};
use std::process::ExitCode;
use std::ptr::null_mut;

use libpython_sys::*;

/// `sys.base_prefix` of the interpreter this program was built for (from build.rs).
const PYTHON_HOME: &str = env!("EMBED_PYTHON_HOME");
const THREADS: usize = 8;
const CALLS: usize = 2_000;

/// What `work(i, j)` returns, computed in Rust.
fn expected(i: usize, j: usize) -> i64 {
    (0..100i64).map(|k| k * k).sum::<i64>() + (i * 1_000_000 + j) as i64
}

const SETUP: &CStr = c"
import os, sys
results = []

def work(i, j):
    total = sum(k * k for k in range(100)) + i * 1_000_000 + j
    results.append(total)  # a list shared by every thread
    return total

maps = open('/proc/self/maps').read().split('\\n') if os.path.exists('/proc/self/maps') else []
libpython = sorted({line.split()[-1] for line in maps if 'libpython' in line})
print('version:', sys.version.replace('\\n', ' '))
print('home:', sys.base_prefix)
print('stdlib:', os.path.dirname(os.__file__))
print('libpython:', ' '.join(libpython) or '(static)')
print('gil:', 'enabled' if getattr(sys, '_is_gil_enabled', lambda: True)() else 'disabled')
sys.stdout.flush()
";

fn main() -> ExitCode {
    if let Err(mismatch) = check_loaded_libpython() {
        eprintln!("embed: {mismatch}");
        return ExitCode::from(2);
    }
    // SAFETY: the first and only initialization, on the main thread.
    unsafe { initialize() };
    // SAFETY: initialized; this thread holds the interpreter (GIL / attached state).
    let ok = unsafe { run() };
    // SAFETY: initialized, attached, and no other thread uses Python any more.
    let status = unsafe { Py_FinalizeEx() };
    match (ok, status) {
        (true, 0) => ExitCode::SUCCESS,
        (false, _) => ExitCode::from(1),
        _ => {
            eprintln!("embed: Py_FinalizeEx returned {status}");
            ExitCode::from(120) // what python itself exits with then
        }
    }
}

/// `PyConfig_InitIsolatedConfig` + `home`, then `Py_InitializeFromConfig`; on failure
/// `Py_ExitStatusException` reports it and exits, as `python` does.
unsafe fn initialize() {
    let home = CString::new(PYTHON_HOME).expect("the home path has no NUL");
    // SAFETY: PyConfig is plain data that the Init function fills in full.
    let mut config: PyConfig = unsafe { std::mem::zeroed() };
    // SAFETY: `config` is a live PyConfig; the strings are copied by CPython.
    unsafe {
        PyConfig_InitIsolatedConfig(&mut config);
        let status = PyConfig_SetBytesString(&mut config, &mut config.home, home.as_ptr());
        if PyStatus_Exception(status) != 0 {
            PyConfig_Clear(&mut config);
            Py_ExitStatusException(status);
        }
        let status = Py_InitializeFromConfig(&config);
        PyConfig_Clear(&mut config);
        if PyStatus_Exception(status) != 0 {
            Py_ExitStatusException(status);
        }
    }
}

/// Runs the Python side; true if every check passed.
unsafe fn run() -> bool {
    // SAFETY: attached (the caller); every new reference is released.
    unsafe {
        if PyRun_SimpleString(SETUP.as_ptr()) != 0 {
            return false;
        }
        let main = PyImport_AddModule(c"__main__".as_ptr()); // borrowed
        let work = PyObject_GetAttrString(main, c"work".as_ptr());
        if work.is_null() {
            PyErr_Print();
            return false;
        }

        // Detach this thread so the others can attach, then call `work` from each.
        let saved = PyEval_SaveThread();
        let work_addr = work as usize; // a strong reference, kept until the threads end
        let threads: Vec<_> = (0..THREADS)
            .map(|i| std::thread::spawn(move || call_from_thread(work_addr as *mut PyObject, i)))
            .collect();
        let wrong: usize = threads.into_iter().map(|t| t.join().expect("thread")).sum();
        PyEval_RestoreThread(saved);
        Py_DECREF(work);

        let results = PyObject_GetAttrString(main, c"results".as_ptr());
        let count = if results.is_null() {
            -1
        } else {
            PyList_Size(results)
        };
        Py_XDECREF(results);
        println!("threads: {THREADS} x {CALLS} calls, {wrong} wrong, {count} results");
        wrong == 0 && count == (THREADS * CALLS) as Py_ssize_t
    }
}

/// Calls `work(i, j)` for every `j` from a thread of its own; returns the wrong results.
fn call_from_thread(work: *mut PyObject, i: usize) -> usize {
    // SAFETY: PyGILState_Ensure attaches this thread (creating its thread state); `work`
    // is a strong reference that outlives every thread (they are joined before its
    // release); every new reference is released.
    unsafe {
        let gil = PyGILState_Ensure();
        let mut wrong = 0;
        for j in 0..CALLS {
            let args = Py_BuildValue(c"(nn)".as_ptr(), i as Py_ssize_t, j as Py_ssize_t);
            let result = PyObject_Call(work, args, null_mut());
            Py_DECREF(args);
            if result.is_null() {
                PyErr_Print();
                wrong += 1;
                continue;
            }
            if PyLong_AsLongLong(result) != expected(i, j) {
                wrong += 1;
            }
            Py_DECREF(result);
        }
        PyGILState_Release(gil);
        wrong
    }
}
