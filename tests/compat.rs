//! One semantics suite for the newer C API that pythoncapi-compat offers on older versions
//! (COMPAT.md), unchanged on every target: where the interpreter has an item natively this
//! tests the native one, elsewhere the crate's backport, so the native run is the reference.
//! Expected values come from Python itself (`struct`, `hash`, `time`, `sys.hash_info`),
//! not from the code under test.
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::ffi::{c_char, c_int, c_void, CStr};

use common::{eval, eval_i64, on_threads, refcnt, take_error, with_gil, Obj};
use libpython_sys::*;

fn eval_f64(expr: &str) -> f64 {
    let obj = eval(expr);
    // SAFETY: GIL held; a new reference, released after reading it.
    unsafe {
        let value = PyFloat_AsDouble(obj);
        assert!(PyErr_Occurred().is_null(), "{expr} is not a float");
        Py_DECREF(obj);
        value
    }
}

/// `expr` evaluated in Python: `Ok(bytes)`, or `Err(name)` of the exception it raised.
fn eval_bytes(expr: &str) -> Result<Vec<u8>, String> {
    let obj = eval(&format!(
        "0\nimport struct\ndef _try(f):\n    try:\n        return f()\n    \
         except Exception as e:\n        return type(e).__name__\nresult = _try(lambda: {expr})"
    ));
    // SAFETY: GIL held; `obj` is a new reference (bytes or str), read and released.
    unsafe {
        let out = if PyBytes_Check(obj) != 0 {
            let data = PyBytes_AsString(obj) as *const u8;
            Ok(std::slice::from_raw_parts(data, PyBytes_Size(obj) as usize).to_vec())
        } else {
            Err(CStr::from_ptr(PyUnicode_AsUTF8(obj))
                .to_string_lossy()
                .into_owned())
        };
        Py_DECREF(obj);
        out
    }
}

// ------------------------------------------------------------------- longobject.h (3.14)

#[test]
fn long_sign_predicates() {
    with_gil(|| {
        // SAFETY: live objects; every reference is released.
        unsafe {
            let cases = [
                "0",
                "1",
                "-1",
                "2**30",
                "-2**30",
                "2**64",
                "-(2**64)",
                "10**100",
                "-(10**100)",
                "True",
                "False",
                "type('I', (int,), {})(-7)",
                "type('I', (int,), {})(0)",
            ];
            for expr in cases {
                let obj = eval(expr);
                let sign = eval_i64(&format!("(lambda v: (v > 0) - (v < 0))({expr})")) as c_int;
                let before = refcnt(obj);
                assert_eq!(PyLong_IsPositive(obj), c_int::from(sign > 0), "{expr}");
                assert_eq!(PyLong_IsNegative(obj), c_int::from(sign < 0), "{expr}");
                assert_eq!(PyLong_IsZero(obj), c_int::from(sign == 0), "{expr}");
                let mut got = 99;
                assert_eq!(PyLong_GetSign(obj, &mut got), 0, "{expr}");
                assert_eq!(got, sign, "{expr}");
                assert_eq!(take_error(), None, "{expr}");
                assert_eq!(refcnt(obj), before, "{expr}: no reference taken");
                Py_DECREF(obj);
            }
            for expr in ["1.5", "'1'", "None", "[]"] {
                let obj = eval(expr);
                assert_eq!(PyLong_IsPositive(obj), -1, "{expr}");
                assert_eq!(take_error().as_deref(), Some("TypeError"), "{expr}");
                assert_eq!(PyLong_IsNegative(obj), -1, "{expr}");
                assert_eq!(take_error().as_deref(), Some("TypeError"), "{expr}");
                assert_eq!(PyLong_IsZero(obj), -1, "{expr}");
                assert_eq!(take_error().as_deref(), Some("TypeError"), "{expr}");
                let mut got = 99;
                assert_eq!(PyLong_GetSign(obj, &mut got), -1, "{expr}");
                assert_eq!(got, 99, "{expr}: *sign untouched on error");
                assert_eq!(take_error().as_deref(), Some("TypeError"), "{expr}");
                Py_DECREF(obj);
            }
        }
    });
}

#[test]
fn long_sign_predicates_threads() {
    // Eight threads read the same ints (shared, immutable) at once; on the free-threaded
    // builds this runs truly in parallel. Reference counts return to where they started.
    let (ints, before) = with_gil(|| {
        let ints: Vec<Obj> = [
            "-(10**50)",
            "type('Z', (int,), {})(0)",
            "int('12345')",
            "int('-300')",
        ]
        .iter()
        .map(|e| Obj(eval(e)))
        .collect();
        let before: Vec<isize> = ints.iter().map(|o| refcnt(o.get())).collect();
        (ints, before)
    });
    let shared = ints.clone();
    on_threads(move |_| {
        for _ in 0..20_000 {
            for (o, sign) in shared.iter().zip([-1, 0, 1, -1]) {
                // SAFETY: live ints, attached thread.
                unsafe {
                    assert_eq!(PyLong_IsNegative(o.get()), c_int::from(sign < 0));
                    assert_eq!(PyLong_IsZero(o.get()), c_int::from(sign == 0));
                    assert_eq!(PyLong_IsPositive(o.get()), c_int::from(sign > 0));
                }
            }
        }
    });
    with_gil(|| {
        for (o, b) in ints.iter().zip(before) {
            assert_eq!(refcnt(o.get()), b);
            // SAFETY: our reference, released once.
            unsafe { Py_DECREF(o.get()) };
        }
    });
}

// ---------------------------------------------------------------------- pyhash.h (3.13/3.14)

#[test]
fn hash_pointer_and_buffer() {
    with_gil(|| {
        // SAFETY: live objects and buffers; references released.
        unsafe {
            // object.__hash__ is the pointer hash on every version.
            for _ in 0..8 {
                let obj = eval("object()");
                let expected = PyObject_Hash(obj);
                assert_eq!(Py_HashPointer(obj as *const c_void), expected);
                Py_DECREF(obj);
            }
            assert_eq!(Py_HashPointer(std::ptr::null()), 0);
            assert_eq!(
                Py_HashPointer(usize::MAX as *const c_void),
                -2,
                "-1 becomes -2"
            );
            assert_eq!(Py_HashPointer(0x10 as *const c_void), 1);
            for (data, expr) in [
                (&b"abc"[..], "b'abc'"),
                (&b"x"[..], "b'x'"),
                (
                    &b"the quick brown fox jumps over the lazy dog"[..],
                    "b'the quick brown fox jumps over the lazy dog'",
                ),
                (&b"\x00\xff\x00"[..], "b'\\x00\\xff\\x00'"),
            ] {
                let expected = eval_i64(&format!("hash({expr})")) as Py_hash_t;
                assert_eq!(
                    Py_HashBuffer(data.as_ptr() as *const c_void, data.len() as Py_ssize_t),
                    expected,
                    "{expr}"
                );
            }
            assert_eq!(Py_HashBuffer(b"".as_ptr() as *const c_void, 0), 0);
            assert_eq!(take_error(), None);
        }
    });
}

#[test]
fn hash_parameters() {
    with_gil(|| {
        assert_eq!(
            i64::from(PyHASH_BITS),
            eval_i64("sys.hash_info.modulus.bit_length()")
        );
        assert_eq!(PyHASH_MODULUS as i64, eval_i64("sys.hash_info.modulus"));
        assert_eq!(i64::from(PyHASH_INF), eval_i64("sys.hash_info.inf"));
        assert_eq!(PyHASH_IMAG as i64, eval_i64("sys.hash_info.imag"));
    });
}

// ---------------------------------------------------------------------- pytime.h (3.13)

/// `PyTime_Monotonic` or `PyTime_PerfCounter`, by the name of their `time` function.
fn clock(name: &str, t: *mut PyTime_t) -> c_int {
    // SAFETY: a valid out-pointer (callers); the GIL is held.
    unsafe {
        if name == "monotonic_ns" {
            PyTime_Monotonic(t)
        } else {
            PyTime_PerfCounter(t)
        }
    }
}

#[test]
fn time_clocks() {
    with_gil(|| {
        // SAFETY: valid out-pointers; the GIL is held.
        unsafe {
            let mut t: PyTime_t = 0;
            assert_eq!(PyTime_Time(&mut t), 0);
            let py = eval_i64("__import__('time').time_ns()");
            assert!(
                (py - t).abs() < 1_000_000_000,
                "PyTime_Time {t} vs time.time_ns() {py}"
            );
            for name in ["monotonic_ns", "perf_counter_ns"] {
                let (mut a, mut b): (PyTime_t, PyTime_t) = (0, 0);
                assert_eq!(clock(name, &mut a), 0);
                let py = eval_i64(&format!("__import__('time').{name}()"));
                assert_eq!(clock(name, &mut b), 0);
                assert!(
                    a <= py && py <= b,
                    "{name}: {a} <= {py} <= {b}: the same clock"
                );
            }
            assert_eq!(take_error(), None);
            assert!(PyTime_MIN == i64::MIN as _ && PyTime_MAX == i64::MAX as _);
            for (ns, expr) in [
                (0i64, "0.0"),
                (1_000_000_000, "1.0"),
                (-3_000_000_000, "-3.0"),
                (1_500_000_000, "1500000000 / 1e9"),
                (-1, "-1 / 1e9"),
                (123_456_789_123_456_789, "123456789123456789 / 1e9"),
                (9_000_000_001_000_000_000, "9000000001.0"),
                (i64::MAX, "9223372036854775807 / 1e9"),
                (i64::MIN, "-9223372036854775808 / 1e9"),
            ] {
                assert_eq!(
                    PyTime_AsSecondsDouble(ns).to_bits(),
                    eval_f64(expr).to_bits(),
                    "{ns}"
                );
            }
        }
    });
}

// ---------------------------------------------------------------- floatobject.h (3.11)

/// Doubles given by their Python expression (`struct` packs them natively on every version).
const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.0",
    "-2.5",
    "1/3",
    "3.141592653589793",
    "65504.0",
    "65519.99",
    "65520.0",
    "-65520.0",
    "6.103515625e-05",
    "6.1e-05",
    "5.960464477539063e-08",
    "2.98023223876953125e-08",
    "2.9802322387695315e-08",
    "8.940696716308594e-08",
    "1e-10",
    "1e-320",
    "3.4028234663852886e+38",
    "3.4028235677973366e+38",
    "1e39",
    "-1e39",
    "1e-46",
    "1.401298464324817e-45",
    "float('inf')",
    "float('-inf')",
    "float('nan')",
    "-float('nan')",
    "1e308",
    "5e-324",
    "0.1",
];

/// `PyFloat_Pack2/4/8` by `struct` format code.
fn pack(code: char, x: f64, p: *mut c_char, le: c_int) -> c_int {
    // SAFETY: `p` has room for 8 bytes (callers); the GIL is held.
    unsafe {
        match code {
            'e' => PyFloat_Pack2(x, p, le),
            'f' => PyFloat_Pack4(x, p, le),
            _ => PyFloat_Pack8(x, p, le),
        }
    }
}

/// `PyFloat_Unpack2/4/8` by `struct` format code.
fn unpack(code: char, p: *const c_char, le: c_int) -> f64 {
    // SAFETY: `p` has 8 readable bytes (callers).
    unsafe {
        match code {
            'e' => PyFloat_Unpack2(p, le),
            'f' => PyFloat_Unpack4(p, le),
            _ => PyFloat_Unpack8(p, le),
        }
    }
}

#[test]
fn float_pack_unpack() {
    with_gil(|| {
        // SAFETY: buffers of the sizes the functions write and read; the GIL is held.
        unsafe {
            let formats = [('e', 2), ('f', 4), ('d', 8)];
            for expr in FLOATS {
                let x = eval_f64(expr);
                for (code, size) in formats {
                    for (le, order) in [(1, '<'), (0, '>')] {
                        let expected = eval_bytes(&format!("struct.pack('{order}{code}', {expr})"));
                        let mut buf = [0u8; 8];
                        let r = pack(code, x, buf.as_mut_ptr() as *mut c_char, le);
                        match &expected {
                            Ok(bytes) => {
                                assert_eq!(r, 0, "{expr} {order}{code}");
                                assert_eq!(&buf[..size], &bytes[..], "{expr} {order}{code}");
                                assert_eq!(take_error(), None);
                                let back = unpack(code, buf.as_ptr() as *const c_char, le);
                                let py = eval_bytes(&format!(
                                    "struct.pack('<d', struct.unpack('{order}{code}', bytes({bytes:?}))[0])"
                                ))
                                .unwrap();
                                assert_eq!(
                                    back.to_le_bytes().to_vec(),
                                    py,
                                    "unpack {expr} {order}{code}"
                                );
                            }
                            Err(exc) => {
                                assert_eq!(r, -1, "{expr} {order}{code}");
                                assert_eq!(
                                    take_error().as_deref(),
                                    Some(exc.as_str()),
                                    "{expr} {order}{code}"
                                );
                            }
                        }
                    }
                }
            }
            // Every half-precision pattern unpacks as `struct` does (NaN payloads aside).
            let all = eval_bytes("b''.join(struct.pack('<d', struct.unpack('<e', i.to_bytes(2, 'little'))[0]) for i in range(65536))").unwrap();
            for i in 0..=u16::MAX {
                let got = PyFloat_Unpack2(i.to_le_bytes().as_ptr() as *const c_char, 1);
                let at = usize::from(i) * 8;
                let expected = f64::from_le_bytes(all[at..at + 8].try_into().unwrap());
                if expected.is_nan() {
                    // NaN payloads: 3.14+ keep them, earlier releases return the default
                    // quiet NaN (with the sign); the backport follows 3.15.
                    assert!(got.is_nan(), "half {i:#06x}");
                    assert_eq!(
                        got.is_sign_negative(),
                        expected.is_sign_negative(),
                        "half {i:#06x}"
                    );
                } else {
                    assert_eq!(got.to_bits(), expected.to_bits(), "half {i:#06x}");
                }
            }
        }
    });
}

// -------------------------------------------------------------- descrobject.h (3.12)

#[test]
fn member_type_codes() {
    // The `Py_T_*` names have the values of `structmember.h`'s `T_*`, which every
    // version has (3.12+ define the old names from the new ones).
    let pairs = [
        (Py_T_SHORT, T_SHORT),
        (Py_T_INT, T_INT),
        (Py_T_LONG, T_LONG),
        (Py_T_FLOAT, T_FLOAT),
        (Py_T_DOUBLE, T_DOUBLE),
        (Py_T_STRING, T_STRING),
        (Py_T_CHAR, T_CHAR),
        (Py_T_BYTE, T_BYTE),
        (Py_T_UBYTE, T_UBYTE),
        (Py_T_USHORT, T_USHORT),
        (Py_T_UINT, T_UINT),
        (Py_T_ULONG, T_ULONG),
        (Py_T_STRING_INPLACE, T_STRING_INPLACE),
        (Py_T_BOOL, T_BOOL),
        (Py_T_OBJECT_EX, T_OBJECT_EX),
        (Py_T_LONGLONG, T_LONGLONG),
        (Py_T_ULONGLONG, T_ULONGLONG),
        (Py_T_PYSSIZET, T_PYSSIZET),
        (Py_READONLY, READONLY),
        (Py_AUDIT_READ, READ_RESTRICTED),
    ];
    for (new, old) in pairs {
        assert_eq!(new, old);
    }
}

// ------------------------------------------------------- code.h, pyframe.h (3.11, 3.12)

/// A suspended generator, its frame and code, and the frame's attributes as Python reads
/// them: `(gen, frame, code, f_globals, f_builtins, f_lasti, outer_code)`.
const GENERATOR: &str = "0
def outer():
    captured = 'cell'
    def gen(a, b=2):
        local = a + b
        gone = None
        del gone
        yield captured
        never = 1
    return gen
g = outer()(40)
next(g)
f = g.gi_frame
result = (g, f, f.f_code, f.f_globals, f.f_builtins, f.f_lasti, outer.__code__)";

fn item(tuple: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: a tuple of the right length (callers); a borrowed reference.
    unsafe { PyTuple_GetItem(tuple, i) }
}

/// Whether `a == b` in Python.
fn equal(a: *mut PyObject, b: *mut PyObject) -> bool {
    // SAFETY: live objects; the GIL is held.
    unsafe { PyObject_RichCompareBool(a, b, Py_EQ) == 1 }
}

/// `PyCode_Get*` by the attribute each one returns.
fn code_get(attribute: &str, code: *mut PyCodeObject) -> *mut PyObject {
    // SAFETY: a live code object (callers); the GIL is held.
    unsafe {
        match attribute {
            "co_code" => PyCode_GetCode(code),
            "co_varnames" => PyCode_GetVarnames(code),
            "co_cellvars" => PyCode_GetCellvars(code),
            _ => PyCode_GetFreevars(code),
        }
    }
}

#[test]
fn code_accessors() {
    with_gil(|| {
        // SAFETY: live objects; every new reference is released.
        unsafe {
            let t = eval(GENERATOR);
            for code in [item(t, 2), item(t, 6)] {
                for attribute in ["co_code", "co_varnames", "co_cellvars", "co_freevars"] {
                    let name = std::ffi::CString::new(attribute).unwrap();
                    let expected = PyObject_GetAttrString(code, name.as_ptr());
                    let got = code_get(attribute, code as *mut PyCodeObject);
                    assert!(!got.is_null(), "{attribute}");
                    assert!(equal(got, expected), "{attribute}");
                    Py_DECREF(got);
                    Py_DECREF(expected);
                }
            }
            // The cell and free variables are where the closure put them.
            let cells = PyCode_GetCellvars(item(t, 6) as *mut PyCodeObject);
            let frees = PyCode_GetFreevars(item(t, 2) as *mut PyCodeObject);
            let expected = eval("('captured',)");
            assert!(equal(cells, expected) && equal(frees, expected));
            for o in [cells, frees, expected, t] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn frame_accessors() {
    with_gil(|| {
        // SAFETY: live objects; every new reference is released.
        unsafe {
            let t = eval(GENERATOR);
            let frame = item(t, 1) as *mut PyFrameObject;
            let (globals, builtins) = (item(t, 3), item(t, 4));
            let before = refcnt(globals);
            let got = PyFrame_GetGlobals(frame);
            assert_eq!(got, globals);
            assert_eq!(refcnt(globals), before + 1, "a new reference");
            Py_DECREF(got);
            let got = PyFrame_GetBuiltins(frame);
            assert_eq!(got, builtins);
            Py_DECREF(got);
            assert_eq!(
                PyFrame_GetLasti(frame) as i64,
                PyLong_AsLongLong(item(t, 5))
            );
            assert!(PyFrame_GetLasti(frame) > 0);
            let locals = PyFrame_GetLocals(frame);
            assert!(!locals.is_null());
            let local = PyObject_GetItem(locals, eval("'local'"));
            assert_eq!(PyLong_AsLong(local), 42);
            Py_DECREF(local);
            Py_DECREF(locals);
            // Variables: arguments, locals, free variables; unbound and unknown names and
            // module-level names raise NameError; a non-str name TypeError.
            for (name, expected) in [
                ("a", "40"),
                ("b", "2"),
                ("local", "42"),
                ("captured", "'cell'"),
            ] {
                let c = std::ffi::CString::new(name).unwrap();
                let value = PyFrame_GetVarString(frame, c.as_ptr());
                assert!(!value.is_null(), "{name}: {:?}", take_error());
                let expected = eval(expected);
                assert!(equal(value, expected), "{name}");
                Py_DECREF(value);
                Py_DECREF(expected);
                let name = eval(&format!("{name:?}"));
                let value = PyFrame_GetVar(frame, name);
                assert!(!value.is_null(), "{:?}", take_error());
                Py_DECREF(value);
                Py_DECREF(name);
            }
            for name in [c"gone", c"never", c"nonexistent", c"outer", c"sys"] {
                assert!(
                    PyFrame_GetVarString(frame, name.as_ptr()).is_null(),
                    "{name:?}"
                );
                assert_eq!(take_error().as_deref(), Some("NameError"), "{name:?}");
            }
            let not_str = eval("7");
            assert!(PyFrame_GetVar(frame, not_str).is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            Py_DECREF(not_str);
            Py_DECREF(t);
        }
    });
}

// ------------------------------------------------------------------- pystate.h (3.11)

#[test]
fn enter_and_leave_tracing() {
    with_gil(|| {
        // SAFETY: this thread's state, attached; every new reference is released.
        unsafe {
            let t = eval(
                "0
events = []
def profile(frame, event, arg):
    if frame.f_code.co_name == 'target':
        events.append(event)
def target():
    pass
result = (events, profile, target, sys.setprofile)",
            );
            let (events, profile, target, setprofile) =
                (item(t, 0), item(t, 1), item(t, 2), item(t, 3));
            let call = |f: *mut PyObject, arg: *mut PyObject| {
                let r = PyObject_CallFunctionObjArgs(f, arg, std::ptr::null_mut::<PyObject>());
                assert!(!r.is_null(), "{:?}", take_error());
                Py_DECREF(r);
            };
            call(setprofile, profile);
            let tstate = PyThreadState_Get();
            PyThreadState_EnterTracing(tstate);
            call(target, std::ptr::null_mut());
            PyThreadState_EnterTracing(tstate);
            PyThreadState_LeaveTracing(tstate);
            call(target, std::ptr::null_mut());
            let suspended = PyList_Size(events);
            PyThreadState_LeaveTracing(tstate);
            call(target, std::ptr::null_mut());
            let resumed = PyList_Size(events);
            call(setprofile, Py_None());
            assert_eq!(
                suspended, 0,
                "no profile events while tracing is suspended (nested)"
            );
            assert_eq!(resumed, 2, "call and return once resumed");
            Py_DECREF(t);
        }
    });
}

// ----------------------------------------------------------------- fileutils.h (3.14)

extern "C" {
    fn fileno(file: *mut FILE) -> c_int;
    fn fgetc(file: *mut FILE) -> c_int;
}

#[test]
fn fopen_and_fclose() {
    with_gil(|| {
        // SAFETY: live objects; every file opened is closed and every reference released.
        unsafe {
            let t = eval(
                "0
import os, pathlib, tempfile
events = []
def hook(event, args):
    if event == 'open' and isinstance(args[0], (str, bytes, os.PathLike)) and 'compat-fopen' in os.fsdecode(args[0]):
        events.append((os.fsdecode(args[0]), args[1], args[2]))
d = tempfile.mkdtemp()
p = os.path.join(d, 'compat-fopen.txt')
with open(p, 'w') as f:
    f.write('x')
sys.addaudithook(hook)
result = (p, os.fsencode(p), pathlib.Path(p), os.path.join(d, 'compat-fopen-missing'), events, os.get_inheritable)",
            );
            let inheritable = item(t, 5);
            for i in 0..3 {
                let file = Py_fopen(item(t, i), c"rb".as_ptr());
                assert!(!file.is_null(), "path form {i}: {:?}", take_error());
                assert_eq!(fgetc(file), c_int::from(b'x'));
                let fd = PyLong_FromLong(fileno(file).into());
                let r =
                    PyObject_CallFunctionObjArgs(inheritable, fd, std::ptr::null_mut::<PyObject>());
                assert_eq!(r, Py_False(), "the descriptor is not inheritable");
                Py_DECREF(r);
                Py_DECREF(fd);
                assert_eq!(Py_fclose(file), 0);
            }
            let missing = item(t, 3);
            assert!(Py_fopen(missing, c"rb".as_ptr()).is_null());
            let exc = PyErr_GetRaisedException();
            assert_eq!(
                CStr::from_ptr((*Py_TYPE(exc)).tp_name).to_str().unwrap(),
                "FileNotFoundError"
            );
            let filename = PyObject_GetAttrString(exc, c"filename".as_ptr());
            assert_eq!(filename, missing, "OSError.filename is the path object");
            Py_DECREF(filename);
            Py_DECREF(exc);
            let number = eval("5");
            assert!(Py_fopen(number, c"rb".as_ptr()).is_null());
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            Py_DECREF(number);
            // The audit event, once per call (and for the failed ones), with the mode.
            let events = item(t, 4);
            assert_eq!(PyList_Size(events), 4);
            let last = PyList_GetItem(events, 3);
            let (path, mode, zero) = (PyObject_Str(missing), eval("'rb'"), eval("0"));
            let expected = PyTuple_Pack(3, path, mode, zero);
            assert!(equal(last, expected));
            for o in [expected, path, mode, zero] {
                Py_DECREF(o);
            }
            Py_DECREF(t);
        }
    });
}

// ------------------------------------------------ object.h: PyUnstable_TryIncRef (3.14)

/// An object header in our own memory, never handed to Python: its reference count
/// fields are what `PyUnstable_TryIncRef` reads. Zeroed: count 0, owned by no thread.
fn fake_object() -> Box<PyObject> {
    // SAFETY: `PyObject` is plain data; all-zero is a valid (dead) header.
    let mut o: Box<PyObject> = Box::new(unsafe { std::mem::zeroed() });
    o.ob_type = std::ptr::addr_of_mut!(PyBaseObject_Type);
    o
}

#[test]
fn try_incref() {
    with_gil(|| {
        // SAFETY: live objects; fake headers are only read and counted, never freed.
        unsafe {
            let obj = eval("[]");
            let before = refcnt(obj);
            PyUnstable_EnableTryIncRef(obj);
            assert_eq!(PyUnstable_TryIncRef(obj), 1);
            assert_eq!(refcnt(obj), before + 1);
            Py_DECREF(obj);
            assert_eq!(PyUnstable_TryIncRef(Py_None()), 1, "immortal");
            // A count that reached zero: no new reference.
            let mut dead = fake_object();
            assert_eq!(PyUnstable_TryIncRef(&mut *dead), 0);
            assert_eq!(Py_REFCNT(&mut *dead), 0);
            #[cfg(Py_GIL_DISABLED)]
            {
                // Shared, not owned by this thread: only counted once enabled, and never
                // when the count is merged.
                let mut other = fake_object();
                assert_eq!(PyUnstable_TryIncRef(&mut *other), 0, "not enabled");
                PyUnstable_EnableTryIncRef(&mut *other);
                assert_eq!(other.ob_ref_shared, _Py_REF_MAYBE_WEAKREF as isize);
                assert_eq!(PyUnstable_TryIncRef(&mut *other), 1);
                assert_eq!(
                    other.ob_ref_shared,
                    (1 << _Py_REF_SHARED_SHIFT) | _Py_REF_MAYBE_WEAKREF as isize
                );
                let mut merged = fake_object();
                merged.ob_ref_shared = _Py_REF_MERGED as isize;
                PyUnstable_EnableTryIncRef(&mut *merged);
                assert_eq!(
                    merged.ob_ref_shared, _Py_REF_MERGED as isize,
                    "merged stays merged"
                );
                assert_eq!(PyUnstable_TryIncRef(&mut *merged), 0);
            }
            #[cfg(not(Py_GIL_DISABLED))]
            {
                let mut live = fake_object();
                Py_SET_REFCNT(&mut *live, 5);
                assert_eq!(PyUnstable_TryIncRef(&mut *live), 1);
                assert_eq!(Py_REFCNT(&mut *live), 6);
            }
            Py_DECREF(obj);
        }
    });
}

#[test]
fn try_incref_threads() {
    // Eight threads take and release references to one object through TryIncRef; the
    // count returns to where it started.
    let (obj, before) = with_gil(|| {
        let obj = eval("object()");
        // SAFETY: a live object.
        unsafe { PyUnstable_EnableTryIncRef(obj) };
        (Obj(obj), refcnt(obj))
    });
    on_threads(move |_| {
        for _ in 0..20_000 {
            // SAFETY: the test holds a reference throughout.
            unsafe {
                assert_eq!(PyUnstable_TryIncRef(obj.get()), 1);
                Py_DECREF(obj.get());
            }
        }
    });
    with_gil(|| {
        assert_eq!(refcnt(obj.get()), before);
        // SAFETY: our reference.
        unsafe { Py_DECREF(obj.get()) };
    });
}

// -------------------------------------------------- unicodeobject.h (3.15, all versions)

#[test]
fn unicode_cached_hash() {
    with_gil(|| {
        // SAFETY: a live str, released.
        unsafe {
            let s = PyUnicode_FromString(c"compat-cached-hash-\u{e9}".as_ptr());
            assert_eq!(
                PyUnstable_Unicode_GET_CACHED_HASH(s),
                -1,
                "not computed yet"
            );
            let hash = PyObject_Hash(s);
            assert_eq!(PyUnstable_Unicode_GET_CACHED_HASH(s), hash);
            Py_DECREF(s);
        }
    });
}

// -------------------------------------------------- cpython/unicodeobject.h (3.14)

/// The `str` `s` as a Rust string, and its kind.
fn rust_str(s: *mut PyObject) -> (String, u32) {
    // SAFETY: a live `str`; its UTF-8 buffer is copied at once.
    unsafe {
        let utf8 = PyUnicode_AsUTF8(s);
        assert!(!utf8.is_null(), "{:?}", take_error());
        (
            CStr::from_ptr(utf8).to_str().unwrap().to_owned(),
            PyUnicode_KIND(s),
        )
    }
}

fn wide(s: &str) -> Vec<wchar_t> {
    s.chars().map(|c| c as wchar_t).chain([0]).collect()
}

#[test]
fn unicode_writer() {
    with_gil(|| {
        // SAFETY: live writers and objects; every reference is released.
        unsafe {
            let w = PyUnicodeWriter_Create(0);
            assert!(!w.is_null());
            let number = eval("10**20");
            let before = refcnt(number);
            let ok = |r: c_int| assert_eq!(r, 0, "{:?}", take_error());
            ok(PyUnicodeWriter_WriteChar(w, 'a' as Py_UCS4));
            ok(PyUnicodeWriter_WriteUTF8(w, c"h\u{e9}llo".as_ptr(), -1));
            ok(PyUnicodeWriter_WriteUTF8(w, c"xyz".as_ptr(), 2));
            ok(PyUnicodeWriter_WriteASCII(w, c"abc".as_ptr(), 3));
            ok(PyUnicodeWriter_WriteWideChar(
                w,
                wide("w\u{ef}\u{20ac}").as_ptr(),
                -1,
            ));
            ok(PyUnicodeWriter_WriteStr(w, number));
            assert_eq!(refcnt(number), before);
            let list = eval("[1, 'two']");
            ok(PyUnicodeWriter_WriteStr(w, list));
            ok(PyUnicodeWriter_WriteRepr(w, list));
            let digits = eval("'0123456789'");
            ok(PyUnicodeWriter_WriteSubstring(w, digits, 2, 5));
            ok(PyUnicodeWriter_WriteSubstring(w, digits, 7, 7));
            let wide_str = eval("'ab\\u20ac\\U0001F600cd'");
            ok(PyUnicodeWriter_WriteSubstring(w, wide_str, 0, 2));
            ok(PyUnicodeWriter_WriteSubstring(w, wide_str, 4, 6));
            ok(PyUnicodeWriter_WriteChar(w, 0x1F600));
            // Errors leave the content as it was.
            assert_eq!(PyUnicodeWriter_WriteChar(w, 0x110000), -1);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            assert_eq!(PyUnicodeWriter_WriteUTF8(w, c"ok\xff".as_ptr(), -1), -1);
            assert_eq!(take_error().as_deref(), Some("UnicodeDecodeError"));
            assert_eq!(PyUnicodeWriter_WriteSubstring(w, number, 0, 1), -1);
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!(PyUnicodeWriter_WriteSubstring(w, digits, 3, 2), -1);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            assert_eq!(PyUnicodeWriter_WriteSubstring(w, digits, -1, 2), -1);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            assert_eq!(PyUnicodeWriter_WriteSubstring(w, digits, 0, 11), -1);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            let bad =
                eval("type('Bad', (), {'__str__': lambda s: 1/0, '__repr__': lambda s: 1/0})()");
            assert_eq!(PyUnicodeWriter_WriteStr(w, bad), -1);
            assert_eq!(take_error().as_deref(), Some("ZeroDivisionError"));
            assert_eq!(PyUnicodeWriter_WriteRepr(w, bad), -1);
            assert_eq!(take_error().as_deref(), Some("ZeroDivisionError"));
            let out_of_range: [wchar_t; 2] = [0x110000, 0];
            assert_eq!(
                PyUnicodeWriter_WriteWideChar(w, out_of_range.as_ptr(), -1),
                -1
            );
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            let s = PyUnicodeWriter_Finish(w);
            let expected = eval(
                "'a' + 'h\\xe9llo' + 'xy' + 'abc' + 'w\\xef\\u20ac' + str(10**20) + str([1, 'two']) \
                 + repr([1, 'two']) + '234' + 'ab' + 'cd' + '\\U0001F600'",
            );
            assert_eq!(rust_str(s), rust_str(expected));
            for o in [s, expected, number, list, digits, wide_str, bad] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn unicode_writer_kinds_and_growth() {
    with_gil(|| {
        // SAFETY: as above.
        unsafe {
            // The result is as compact as the same text made by Python: narrow pieces
            // after wide ones, and wide ones after narrow.
            for (pieces, expr) in [
                (&["abc", "d\u{e9}"][..], "'abcd\\xe9'"),
                (&["\u{20ac}", "x"][..], "'\\u20acx'"),
                (&["x", "\u{1F600}", "y"][..], "'x\\U0001F600y'"),
                (&[][..], "''"),
            ] {
                let w = PyUnicodeWriter_Create(100);
                for piece in pieces {
                    let c = std::ffi::CString::new(*piece).unwrap();
                    assert_eq!(PyUnicodeWriter_WriteUTF8(w, c.as_ptr(), -1), 0);
                }
                let s = PyUnicodeWriter_Finish(w);
                let expected = eval(expr);
                assert_eq!(rust_str(s), rust_str(expected), "{pieces:?}");
                Py_DECREF(s);
                Py_DECREF(expected);
            }
            // Thousands of writes of every width, through growth and widening.
            let w = PyUnicodeWriter_Create(0);
            let mut expected = String::new();
            for i in 0..5000u32 {
                let ch = char::from_u32(
                    [
                        0x41 + i % 26,
                        0xe0 + i % 16,
                        0x400 + i % 200,
                        0x1F300 + i % 100,
                    ][(i / 1250) as usize],
                )
                .unwrap();
                assert_eq!(PyUnicodeWriter_WriteChar(w, ch as Py_UCS4), 0);
                expected.push(ch);
                if i % 7 == 0 {
                    assert_eq!(PyUnicodeWriter_WriteASCII(w, c"--".as_ptr(), 2), 0);
                    expected.push_str("--");
                }
            }
            let s = PyUnicodeWriter_Finish(w);
            assert_eq!(rust_str(s).0, expected);
            Py_DECREF(s);
            assert!(PyUnicodeWriter_Create(-1).is_null());
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            PyUnicodeWriter_Discard(std::ptr::null_mut());
            let w = PyUnicodeWriter_Create(10);
            assert_eq!(PyUnicodeWriter_WriteUTF8(w, c"discarded".as_ptr(), -1), 0);
            PyUnicodeWriter_Discard(w);
        }
    });
}

#[test]
fn unicode_writer_threads() {
    // Eight threads, one writer each, write the same shared strings; their counts return
    // to where they started.
    let (parts, before) = with_gil(|| {
        let parts: Vec<Obj> = ["'shared-\\u20ac'", "'x' * 100", "'\\U0001F600' * 3"]
            .iter()
            .map(|e| Obj(eval(e)))
            .collect();
        let before: Vec<isize> = parts.iter().map(|o| refcnt(o.get())).collect();
        (parts, before)
    });
    let shared = parts.clone();
    on_threads(move |_| {
        for _ in 0..2_000 {
            // SAFETY: live strings; each writer is this thread's own.
            unsafe {
                let w = PyUnicodeWriter_Create(0);
                for p in &shared {
                    assert_eq!(PyUnicodeWriter_WriteStr(w, p.get()), 0);
                    assert_eq!(PyUnicodeWriter_WriteSubstring(w, p.get(), 1, 3), 0);
                }
                let s = PyUnicodeWriter_Finish(w);
                assert_eq!(PyUnicode_GET_LENGTH(s), 8 + 100 + 3 + 3 * 2);
                Py_DECREF(s);
            }
        }
    });
    with_gil(|| {
        for (p, b) in parts.iter().zip(before) {
            assert_eq!(refcnt(p.get()), b);
            // SAFETY: our reference.
            unsafe { Py_DECREF(p.get()) };
        }
    });
}

// -------------------------------------------------------- cpython/bytesobject.h (3.15)

/// The content of the `bytes` `b` (released).
fn take_bytes(b: *mut PyObject) -> Vec<u8> {
    assert!(!b.is_null(), "{:?}", take_error());
    // SAFETY: a new reference to a `bytes`, read and released.
    unsafe {
        let v =
            std::slice::from_raw_parts(PyBytes_AsString(b) as *const u8, PyBytes_Size(b) as usize)
                .to_vec();
        Py_DECREF(b);
        v
    }
}

#[test]
fn bytes_writer() {
    with_gil(|| {
        // SAFETY: live writers; data pointers are used within the sizes set.
        unsafe {
            let w = PyBytesWriter_Create(0);
            assert_eq!(PyBytesWriter_GetSize(w), 0);
            assert_eq!(
                PyBytesWriter_WriteBytes(w, b"abc".as_ptr() as *const c_void, 3),
                0
            );
            assert_eq!(
                PyBytesWriter_WriteBytes(w, c"de".as_ptr() as *const c_void, -1),
                0
            );
            assert_eq!(PyBytesWriter_Grow(w, 3), 0);
            let data = PyBytesWriter_GetData(w) as *mut u8;
            std::ptr::copy_nonoverlapping(b"XYZ".as_ptr(), data.add(5), 3);
            assert_eq!(PyBytesWriter_GetSize(w), 8);
            assert_eq!(take_bytes(PyBytesWriter_Finish(w)), b"abcdeXYZ");

            let w = PyBytesWriter_Create(10);
            assert_eq!(PyBytesWriter_GetSize(w), 10);
            std::ptr::copy_nonoverlapping(
                b"0123456789".as_ptr(),
                PyBytesWriter_GetData(w) as *mut u8,
                10,
            );
            assert_eq!(PyBytesWriter_Resize(w, 4), 0);
            assert_eq!(
                PyBytesWriter_Resize(w, 5000),
                0,
                "grows past the inline buffer"
            );
            assert_eq!(PyBytesWriter_Resize(w, 6), 0);
            assert_eq!(take_bytes(PyBytesWriter_FinishWithSize(w, 4)), b"0123");

            // Thousands of small writes, through growth.
            let w = PyBytesWriter_Create(0);
            let mut expected = Vec::new();
            for i in 0..3000u32 {
                let chunk = [(i % 251) as u8; 7];
                assert_eq!(
                    PyBytesWriter_WriteBytes(w, chunk.as_ptr() as *const c_void, 7),
                    0
                );
                expected.extend_from_slice(&chunk);
            }
            assert_eq!(take_bytes(PyBytesWriter_Finish(w)), expected);

            // The pointer forms: the position survives a move of the buffer.
            let w = PyBytesWriter_Create(3);
            let mut buf = PyBytesWriter_GetData(w) as *mut u8;
            std::ptr::copy_nonoverlapping(b"abc".as_ptr(), buf, 3);
            buf = buf.add(3);
            buf = PyBytesWriter_GrowAndUpdatePointer(w, 1000, buf as *mut c_void) as *mut u8;
            assert!(!buf.is_null());
            std::ptr::write_bytes(buf, b'!', 1000);
            buf = buf.add(1000);
            let out = take_bytes(PyBytesWriter_FinishWithPointer(w, buf as *mut c_void));
            assert_eq!(out.len(), 1003);
            assert_eq!(&out[..4], b"abc!");
            let w = PyBytesWriter_Create(0);
            assert_eq!(take_bytes(PyBytesWriter_Finish(w)), b"");

            // Errors.
            assert!(PyBytesWriter_Create(-1).is_null());
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            let w = PyBytesWriter_Create(2);
            assert_eq!(PyBytesWriter_Resize(w, -1), -1);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            assert_eq!(PyBytesWriter_Grow(w, -3), -1);
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            assert_eq!(PyBytesWriter_Grow(w, -2), 0);
            assert_eq!(PyBytesWriter_GetSize(w), 0);
            let before = (PyBytesWriter_GetData(w) as *mut u8).wrapping_sub(1);
            assert!(PyBytesWriter_FinishWithPointer(w, before as *mut c_void).is_null());
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            PyBytesWriter_Discard(std::ptr::null_mut());
            let w = PyBytesWriter_Create(100);
            PyBytesWriter_Discard(w);
        }
    });
}

// ------------------------------------------------------- cpython/longintrepr.h (3.14)

/// An `int` written through `PyLongWriter` from `digits` (least significant first).
fn write_int(negative: bool, digits: &[u32]) -> *mut PyObject {
    // SAFETY: the writer's array has `digits.len()` digits, all written before `Finish`.
    unsafe {
        let mut out: *mut c_void = std::ptr::null_mut();
        let w = PyLongWriter_Create(c_int::from(negative), digits.len() as Py_ssize_t, &mut out);
        assert!(!w.is_null(), "{:?}", take_error());
        std::ptr::copy_nonoverlapping(digits.as_ptr(), out as *mut u32, digits.len());
        PyLongWriter_Finish(w)
    }
}

#[test]
fn long_export_and_writer() {
    with_gil(|| {
        // SAFETY: live objects; every export is freed and every reference released.
        unsafe {
            let layout = &*PyLong_GetNativeLayout();
            assert_eq!(
                i64::from(layout.bits_per_digit),
                eval_i64("sys.int_info.bits_per_digit")
            );
            assert_eq!(
                i64::from(layout.digit_size),
                eval_i64("sys.int_info.sizeof_digit")
            );
            assert_eq!((layout.digits_order, layout.digit_endianness), (-1, -1));
            for expr in [
                "0",
                "1",
                "-1",
                "2**63 - 1",
                "-2**63",
                "2**63",
                "-2**63 - 1",
                "2**64",
                "10**100",
                "-(10**100)",
                "2**30",
                "10**1000",
                "-(2**3000 - 1)",
                "type('I', (int,), {})(-(2**200))",
            ] {
                // Made at run time: constants are immortal on free-threaded builds.
                let obj = if expr.starts_with("type") {
                    eval(expr)
                } else {
                    eval(&format!("int(str({expr}))"))
                };
                let before = refcnt(obj);
                let mut e: PyLongExport = std::mem::zeroed();
                e._reserved = 7;
                assert_eq!(PyLong_Export(obj, &mut e), 0, "{expr}");
                let fits = eval_i64(&format!("int(-2**63 <= ({expr}) < 2**63)")) == 1;
                if fits {
                    assert!(e.digits.is_null() && e._reserved == 0, "{expr}");
                    assert_eq!(e.value, eval_i64(&format!("int({expr})")), "{expr}");
                    assert_eq!(refcnt(obj), before);
                } else {
                    assert_eq!(e.value, 0);
                    assert_eq!(
                        i64::from(e.negative),
                        eval_i64(&format!("int(({expr}) < 0)")),
                        "{expr}"
                    );
                    let n = eval_i64(&format!("(abs({expr}).bit_length() + 29) // 30"));
                    assert_eq!(e.ndigits as i64, n, "{expr}");
                    let digits =
                        std::slice::from_raw_parts(e.digits as *const u32, e.ndigits as usize);
                    assert_eq!(
                        i64::from(digits[0]),
                        eval_i64(&format!("abs({expr}) & (2**30 - 1)"))
                    );
                    assert_eq!(
                        refcnt(obj),
                        before + 1,
                        "{expr}: the export keeps a reference"
                    );
                    // The digits written back give the same int.
                    let back = write_int(e.negative != 0, digits);
                    assert!(equal(back, obj), "{expr}");
                    assert_eq!(PyObject_Hash(back), PyObject_Hash(obj), "{expr}");
                    let doubled = PyNumber_Add(back, back);
                    let expected = PyNumber_Add(obj, obj);
                    assert!(
                        equal(doubled, expected),
                        "{expr}: arithmetic on the new int"
                    );
                    Py_DECREF(doubled);
                    Py_DECREF(expected);
                    Py_DECREF(back);
                }
                PyLong_FreeExport(&mut e);
                assert_eq!(e._reserved, 0);
                assert_eq!(refcnt(obj), before, "{expr}");
                Py_DECREF(obj);
            }
            let not_int = eval("1.5");
            let mut e: PyLongExport = std::mem::zeroed();
            e.value = 99;
            assert_eq!(PyLong_Export(not_int, &mut e), -1);
            assert_eq!(take_error().as_deref(), Some("TypeError"));
            assert_eq!((e.value, e.ndigits, e._reserved), (0, 0, 0));
            Py_DECREF(not_int);

            // Normalised: leading zero digits dropped, small ints are the singletons.
            let five = write_int(false, &[5, 0, 0]);
            let cached = eval("5");
            assert_eq!(five, cached, "the small-int singleton");
            let zero = write_int(true, &[0]);
            assert_eq!(PyLong_AsLong(zero), 0);
            for o in [five, cached, zero] {
                Py_DECREF(o);
            }
            let expected = eval("-(2**90 + 3 * 2**30 + 7)");
            let got = write_int(true, &[7, 3, 0, 1, 0]);
            assert!(equal(got, expected));
            Py_DECREF(got);
            Py_DECREF(expected);
            let mut out: *mut c_void = std::ptr::dangling_mut();
            assert!(PyLongWriter_Create(0, 0, &mut out).is_null());
            assert!(out.is_null());
            assert_eq!(take_error().as_deref(), Some("ValueError"));
            let w = PyLongWriter_Create(0, 3, &mut out);
            PyLongWriter_Discard(w);
            PyLongWriter_Discard(std::ptr::null_mut());
        }
    });
}

// ------------------------------------- object.h: PyUnstable_SetImmortal (3.15; from 3.13)

#[cfg(Py_3_13)]
#[test]
fn set_immortal() {
    with_gil(|| {
        // SAFETY: live objects; the immortal one is never freed, as intended.
        unsafe {
            let s = eval("''.join(['not', '-immortal'])");
            assert_eq!(PyUnstable_SetImmortal(s), 0, "a str");
            assert_eq!(_Py_IsImmortal(s), 0);
            Py_DECREF(s);
            let shared = eval("[]");
            let other = Py_NewRef(shared);
            assert_eq!(PyUnstable_SetImmortal(shared), 0, "two references");
            assert_eq!(_Py_IsImmortal(shared), 0);
            Py_DECREF(other);
            Py_DECREF(shared);
            let list = eval("[1, 2]");
            assert_eq!(PyObject_GC_IsTracked(list), 1);
            assert_eq!(PyUnstable_SetImmortal(list), 1);
            assert_eq!(_Py_IsImmortal(list), 1);
            assert_eq!(PyObject_GC_IsTracked(list), 0, "untracked");
            let count = Py_REFCNT(list);
            Py_INCREF(list);
            Py_DECREF(list);
            Py_DECREF(list);
            assert_eq!(Py_REFCNT(list), count, "reference counting skips it");
            assert_eq!(PyList_Size(list), 2, "still a working list");
            assert_eq!(take_error(), None);
        }
    });
}

// ------------------------------------------------------------- a pending exception

#[test]
fn pending_exception_left_alone() {
    // The functions that cannot fail on these inputs leave an exception set before the
    // call as it was, natively and as backports alike.
    with_gil(|| {
        // SAFETY: live objects and valid buffers; the exception is restored and cleared.
        unsafe {
            let int = eval("int('-12345678901234567890')");
            let s = eval("'pending-hash-test'");
            PyErr_SetString(PyExc_ValueError, c"pending".as_ptr());
            let pending = PyErr_GetRaisedException();
            PyErr_SetRaisedException(Py_NewRef(pending));
            assert_eq!(PyLong_IsNegative(int), 1);
            assert_eq!(PyLong_IsPositive(int), 0);
            assert_eq!(PyLong_IsZero(int), 0);
            let mut sign = 0;
            assert_eq!(PyLong_GetSign(int, &mut sign), 0);
            assert_ne!(Py_HashPointer(int as *const c_void), -1);
            let _ = PyUnstable_Unicode_GET_CACHED_HASH(s);
            assert_eq!(PyTime_AsSecondsDouble(2_500_000_000), 2.5);
            let mut buf = [0u8; 8];
            assert_eq!(PyFloat_Pack8(1.5, buf.as_mut_ptr() as *mut c_char, 1), 0);
            assert_eq!(PyFloat_Unpack8(buf.as_ptr() as *const c_char, 1), 1.5);
            assert_eq!(PyFloat_Pack2(1.5, buf.as_mut_ptr() as *mut c_char, 1), 0);
            assert_eq!(PyFloat_Unpack2(buf.as_ptr() as *const c_char, 1), 1.5);
            let mut t: PyTime_t = 0;
            assert_eq!(PyTime_Monotonic(&mut t), 0);
            assert_eq!(PyUnstable_TryIncRef(int), 1);
            Py_DECREF(int);
            let after = PyErr_GetRaisedException();
            assert_eq!(after, pending, "the same exception is still pending");
            for o in [after, pending, int, s] {
                Py_DECREF(o);
            }
        }
    });
}

#[test]
fn long_export_threads() {
    // Eight threads export the same big int (each export holds a reference) and write its
    // digits back; its count returns to where it started.
    let (int, before) = with_gil(|| {
        let int = eval("int('-' + '9' * 60)");
        (Obj(int), refcnt(int))
    });
    on_threads(move |_| {
        for _ in 0..5_000 {
            // SAFETY: a live int; every export is freed, every new int released.
            unsafe {
                let mut e: PyLongExport = std::mem::zeroed();
                assert_eq!(PyLong_Export(int.get(), &mut e), 0);
                assert_eq!(e.negative, 1);
                let digits = std::slice::from_raw_parts(e.digits as *const u32, e.ndigits as usize);
                let back = write_int(true, digits);
                assert!(equal(back, int.get()));
                Py_DECREF(back);
                PyLong_FreeExport(&mut e);
            }
        }
    });
    with_gil(|| {
        assert_eq!(refcnt(int.get()), before);
        // SAFETY: our reference.
        unsafe { Py_DECREF(int.get()) };
    });
}
