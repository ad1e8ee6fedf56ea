//! `datetime.h`: the capsule import (a failure reported and not cached, then one API for
//! every thread that imports at once), the checks and constructors through it, and the
//! field accessors, against the running interpreter. One test, in order: the import is
//! process-wide state.
// The version-specific API: not built with the stable ABI's features (its tests are
// tests/stable_abi.rs).
#![cfg(not(Py_LIMITED_API))]

mod common;

use std::sync::{Arc, Barrier};

use common::{allow_threads, check, eval, eval_i64, with_gil, THREADS};
use libpython_sys::*;

fn int(o: *mut PyObject, attr: &str) -> i64 {
    // SAFETY: attached (callers); `o` live.
    unsafe {
        let name = std::ffi::CString::new(attr).unwrap();
        let v = check(PyObject_GetAttrString(o, name.as_ptr()), attr);
        let n = PyLong_AsLongLong(v);
        Py_DECREF(v);
        n
    }
}

#[test]
fn datetime_capsule_checks_constructors_and_accessors() {
    // 1. A failed import returns NULL with the exception, and caches nothing.
    with_gil(|| {
        // SAFETY: GIL held.
        unsafe {
            let blocked =
                eval("[sys.modules.__setitem__(m, None) for m in ('datetime', '_datetime')]");
            Py_DECREF(blocked);
            assert!(PyDateTime_IMPORT().is_null());
            assert!(!PyErr_Occurred().is_null(), "the failure is reported");
            PyErr_Clear();
            assert!(PyDateTimeAPI().is_null(), "and not cached");
            // The checks and constructors report it the same way instead of dereferencing.
            let o = eval("1");
            assert_eq!(PyDate_Check(o), -1);
            PyErr_Clear();
            assert!(PyDate_FromDate(2024, 1, 2).is_null());
            PyErr_Clear();
            Py_DECREF(o);
            let unblocked = eval("[sys.modules.pop(m) for m in ('datetime', '_datetime')]");
            Py_DECREF(unblocked);
        }
    });

    // 2. Threads importing at once all get the one API.
    let barrier = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|_| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                // SAFETY: attached inside with_gil.
                with_gil(|| unsafe { PyDateTime_IMPORT() } as usize)
            })
        })
        .collect();
    let apis: Vec<usize> =
        with_gil(|| allow_threads(|| threads.into_iter().map(|t| t.join().unwrap()).collect()));
    assert!(apis[0] != 0);
    assert!(apis.iter().all(|a| *a == apis[0]), "{apis:?}");
    assert_eq!(PyDateTimeAPI() as usize, apis[0]);

    // 3. Checks, constructors and accessors against Python.
    with_gil(|| {
        // SAFETY: GIL held; every new reference is released.
        unsafe {
            let d = check(PyDate_FromDate(2024, 2, 29), "date");
            let dt = check(
                PyDateTime_FromDateAndTime(1999, 12, 31, 23, 59, 58, 123456),
                "datetime",
            );
            let dtf = check(
                PyDateTime_FromDateAndTimeAndFold(2021, 11, 7, 1, 30, 0, 0, 1),
                "fold",
            );
            let t = check(PyTime_FromTime(7, 8, 9, 10), "time");
            let tf = check(PyTime_FromTimeAndFold(7, 8, 9, 10, 1), "time fold");
            let delta = check(PyDelta_FromDSU(1, 86401, 5), "timedelta");
            // A timezone's offset must be under a day.
            let hour = check(PyDelta_FromDSU(0, 3600, 0), "one hour");
            let tz = check(PyTimeZone_FromOffset(hour), "timezone");
            let name = eval("'X'");
            let tzn = check(PyTimeZone_FromOffsetAndName(hour, name), "named timezone");
            let aware = eval("__import__('datetime').datetime(2020, 1, 1, tzinfo=__import__('datetime').timezone.utc)");
            let ts = eval("(86400.0,)");
            let from_ts = check(PyDateTime_FromTimestamp(ts), "fromtimestamp");
            let date_ts = check(PyDate_FromTimestamp(ts), "date.fromtimestamp");

            assert_eq!(
                (
                    PyDateTime_GET_YEAR(d),
                    PyDateTime_GET_MONTH(d),
                    PyDateTime_GET_DAY(d)
                ),
                (2024, 2, 29)
            );
            assert_eq!(
                (
                    PyDateTime_GET_YEAR(dt),
                    PyDateTime_DATE_GET_HOUR(dt),
                    PyDateTime_DATE_GET_MINUTE(dt),
                    PyDateTime_DATE_GET_SECOND(dt),
                    PyDateTime_DATE_GET_MICROSECOND(dt),
                    PyDateTime_DATE_GET_FOLD(dt),
                ),
                (1999, 23, 59, 58, 123456, 0)
            );
            assert_eq!(PyDateTime_DATE_GET_FOLD(dtf), 1);
            assert_eq!(
                (
                    PyDateTime_TIME_GET_HOUR(t),
                    PyDateTime_TIME_GET_MINUTE(t),
                    PyDateTime_TIME_GET_SECOND(t),
                    PyDateTime_TIME_GET_MICROSECOND(t),
                    PyDateTime_TIME_GET_FOLD(tf),
                ),
                (7, 8, 9, 10, 1)
            );
            // Normalized as Python does: 1 day + 86401 s = 2 days + 1 s.
            assert_eq!(
                (
                    i64::from(PyDateTime_DELTA_GET_DAYS(delta)),
                    i64::from(PyDateTime_DELTA_GET_SECONDS(delta)),
                    i64::from(PyDateTime_DELTA_GET_MICROSECONDS(delta)),
                ),
                (
                    int(delta, "days"),
                    int(delta, "seconds"),
                    int(delta, "microseconds")
                )
            );
            #[cfg(Py_3_10)]
            {
                assert_eq!(PyDateTime_DATE_GET_TZINFO(dt), Py_None());
                assert_eq!(PyDateTime_DATE_GET_TZINFO(aware), PyDateTime_TimeZone_UTC());
                assert_eq!(PyDateTime_TIME_GET_TZINFO(t), Py_None());
            }
            assert_eq!(
                int(from_ts, "year"),
                eval_i64("__import__('datetime').datetime.fromtimestamp(86400.0).year")
            );
            assert_eq!(
                int(date_ts, "day"),
                eval_i64("__import__('datetime').date.fromtimestamp(86400.0).day")
            );

            // Checks: a datetime is a date (subclass), not exactly one.
            assert_eq!((PyDate_Check(d), PyDate_CheckExact(d)), (1, 1));
            assert_eq!((PyDate_Check(dt), PyDate_CheckExact(dt)), (1, 0));
            assert_eq!((PyDateTime_Check(dt), PyDateTime_CheckExact(dt)), (1, 1));
            assert_eq!((PyDateTime_Check(d), PyTime_Check(d)), (0, 0));
            assert_eq!((PyTime_Check(t), PyTime_CheckExact(t)), (1, 1));
            assert_eq!((PyDelta_Check(delta), PyDelta_CheckExact(delta)), (1, 1));
            assert_eq!((PyTZInfo_Check(tz), PyTZInfo_CheckExact(tz)), (1, 0));
            assert_eq!((PyTZInfo_Check(tzn), PyDelta_Check(tz)), (1, 0));
            let sub = eval("type('D', (__import__('datetime').date,), {})(2000, 1, 1)");
            assert_eq!((PyDate_Check(sub), PyDate_CheckExact(sub)), (1, 0));
            assert!(PyErr_Occurred().is_null());

            let repr = check(PyObject_Repr(tzn), "repr");
            assert!(std::ffi::CStr::from_ptr(PyUnicode_AsUTF8(repr))
                .to_str()
                .unwrap()
                .contains("'X'"));
            for o in [
                d, dt, dtf, t, tf, delta, hour, tz, name, tzn, aware, ts, from_ts, date_ts, sub,
                repr,
            ] {
                Py_DECREF(o);
            }
        }
    });
}
