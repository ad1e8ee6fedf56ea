//! Mirrors `datetime.h` (not in the limited API): the C API capsule of the `datetime`
//! module, imported once and shared safely between threads, its type checks and
//! constructors, and the field accessors.
//!
//! - [`PyDateTime_IMPORT`] loads the capsule into an atomic pointer: idempotent, safe
//!   from any number of threads at once (3.15's `_PyDateTime_IMPORT` semantics), and a
//!   failed import returns NULL with the exception set, is never cached, and never
//!   overwrites an API already loaded. C's macro assigns a plain static per translation
//!   unit, which races on free-threaded builds.
//! - The capsule is process-wide: CPython's `_datetime` hands every interpreter the same
//!   static `PyDateTime_CAPI`, as C's per-extension static `PyDateTimeAPI` requires.
//! - The checks and constructors import the API themselves when it is not loaded yet, so
//!   none can dereference a null API pointer: where the import fails they return -1 (the
//!   checks) or NULL (the constructors), with the exception set.
//! - The `PyDateTime_GET_*` / `_DATE_GET_*` / `_TIME_GET_*` / `_DELTA_GET_*` accessors read
//!   the object's fields, unchecked, as the C macros do.
//!
//! The helpers go with their structs where the build removes one for an interpreter whose
//! headers differ.
// The module is compiled only where the build kept every datetime struct (src/lib.rs).

use core::ffi::c_int;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, Ordering};

use crate::{
    PyDateTime_CAPI, PyDateTime_Date, PyDateTime_DateTime, PyDateTime_Delta, PyDateTime_Time,
    PyObject, PyTypeObject,
};

/// The capsule's API, once loaded (process-wide, like C's `PyDateTimeAPI`).
static API: AtomicPtr<PyDateTime_CAPI> = AtomicPtr::new(null_mut());

/// `PyDateTime_IMPORT`: imports the `datetime` C API capsule (`PyDateTime_CAPSULE_NAME`)
/// if it is not loaded yet, and returns it; NULL with an exception if the import fails.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyDateTime_IMPORT() -> *mut PyDateTime_CAPI {
    let loaded = API.load(Ordering::Acquire);
    if !loaded.is_null() {
        return loaded;
    }
    // SAFETY: attached (the caller); the capsule named so holds a PyDateTime_CAPI.
    let capi = unsafe { crate::PyCapsule_Import(crate::PyDateTime_CAPSULE_NAME.as_ptr(), 0) }
        .cast::<PyDateTime_CAPI>();
    if capi.is_null() {
        return null_mut(); // reported to the caller, not cached
    }
    // The first import wins; every thread returns the same API (it is one static anyway).
    match API.compare_exchange(null_mut(), capi, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => capi,
        Err(winner) => winner,
    }
}

/// `PyDateTimeAPI`: the API if [`PyDateTime_IMPORT`] has loaded it, else NULL.
pub fn PyDateTimeAPI() -> *mut PyDateTime_CAPI {
    API.load(Ordering::Acquire)
}

/// The API, imported if needed: `None` with an exception set if that fails.
///
/// # Safety
/// The calling thread is attached.
unsafe fn api() -> Option<&'static PyDateTime_CAPI> {
    // SAFETY: a non-null pointer is the capsule's static API, never freed.
    unsafe { PyDateTime_IMPORT().as_ref() }
}

/// A type check against one of the API's types: 1, 0, or -1 with an exception if the API
/// cannot be imported.
unsafe fn check(
    op: *mut PyObject,
    ty: fn(&PyDateTime_CAPI) -> *mut PyTypeObject,
    exact: bool,
) -> c_int {
    // SAFETY: attached and `op` live (the callers' contract).
    unsafe {
        let Some(api) = api() else { return -1 };
        if exact {
            crate::Py_IS_TYPE(op, ty(api))
        } else {
            crate::PyObject_TypeCheck(op, ty(api))
        }
    }
}

macro_rules! checks {
    ($($(#[$doc:meta])* $name:ident, $exact:ident => $field:ident;)*) => {$(
        $(#[$doc])*
        ///
        /// # Safety
        /// The calling thread is attached; `op` is live.
        #[inline]
        pub unsafe fn $name(op: *mut PyObject) -> c_int {
            // SAFETY: as the caller promises.
            unsafe { check(op, |a| a.$field, false) }
        }

        /// The exact-type form of the check above (subclasses excluded).
        ///
        /// # Safety
        /// The calling thread is attached; `op` is live.
        #[inline]
        pub unsafe fn $exact(op: *mut PyObject) -> c_int {
            // SAFETY: as the caller promises.
            unsafe { check(op, |a| a.$field, true) }
        }
    )*};
}

checks! {
    /// `PyDate_Check`: a `date` (or subclass, `datetime` included); -1 with an exception if
    /// the API cannot be imported.
    PyDate_Check, PyDate_CheckExact => DateType;
    /// `PyDateTime_Check`: a `datetime`.
    PyDateTime_Check, PyDateTime_CheckExact => DateTimeType;
    /// `PyTime_Check`: a `time`.
    PyTime_Check, PyTime_CheckExact => TimeType;
    /// `PyDelta_Check`: a `timedelta`.
    PyDelta_Check, PyDelta_CheckExact => DeltaType;
    /// `PyTZInfo_Check`: a `tzinfo`.
    PyTZInfo_Check, PyTZInfo_CheckExact => TZInfoType;
}

/// `PyDateTime_TimeZone_UTC`: the `timezone.utc` singleton (borrowed), or NULL with an
/// exception if the API cannot be imported.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyDateTime_TimeZone_UTC() -> *mut PyObject {
    // SAFETY: as the caller promises.
    unsafe { api().map_or(null_mut(), |a| a.TimeZone_UTC) }
}

/// Calls a constructor of the API: NULL with an exception if the API cannot be imported.
macro_rules! construct {
    (|$a:ident| $field:ident($($arg:expr),*)) => {{
        // SAFETY: attached (the callers' contract); the capsule's constructors are set.
        unsafe {
            match api() {
                Some($a) => match $a.$field {
                    Some(f) => f($($arg),*),
                    None => null_mut(),
                },
                None => null_mut(),
            }
        }
    }};
}

/// `PyDate_FromDate(year, month, day)`: a new `date`, or NULL with an exception.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyDate_FromDate(year: c_int, month: c_int, day: c_int) -> *mut PyObject {
    construct!(|a| Date_FromDate(year, month, day, a.DateType))
}

/// `PyDateTime_FromDateAndTime(…)`: a new naive `datetime`, or NULL with an exception.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyDateTime_FromDateAndTime(
    year: c_int,
    month: c_int,
    day: c_int,
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
) -> *mut PyObject {
    construct!(|a| DateTime_FromDateAndTime(
        year,
        month,
        day,
        hour,
        minute,
        second,
        usecond,
        crate::Py_None(),
        a.DateTimeType
    ))
}

/// `PyDateTime_FromDateAndTimeAndFold(…, fold)`: a new naive `datetime`.
///
/// # Safety
/// The calling thread is attached.
#[allow(clippy::too_many_arguments)]
pub unsafe fn PyDateTime_FromDateAndTimeAndFold(
    year: c_int,
    month: c_int,
    day: c_int,
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
    fold: c_int,
) -> *mut PyObject {
    construct!(|a| DateTime_FromDateAndTimeAndFold(
        year,
        month,
        day,
        hour,
        minute,
        second,
        usecond,
        crate::Py_None(),
        fold,
        a.DateTimeType
    ))
}

/// `PyTime_FromTime(hour, minute, second, usecond)`: a new naive `time`.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyTime_FromTime(
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
) -> *mut PyObject {
    construct!(|a| Time_FromTime(hour, minute, second, usecond, crate::Py_None(), a.TimeType))
}

/// `PyTime_FromTimeAndFold(…, fold)`: a new naive `time`.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyTime_FromTimeAndFold(
    hour: c_int,
    minute: c_int,
    second: c_int,
    usecond: c_int,
    fold: c_int,
) -> *mut PyObject {
    construct!(|a| Time_FromTimeAndFold(
        hour,
        minute,
        second,
        usecond,
        crate::Py_None(),
        fold,
        a.TimeType
    ))
}

/// `PyDelta_FromDSU(days, seconds, useconds)`: a new (normalized) `timedelta`.
///
/// # Safety
/// The calling thread is attached.
pub unsafe fn PyDelta_FromDSU(days: c_int, seconds: c_int, useconds: c_int) -> *mut PyObject {
    construct!(|a| Delta_FromDelta(days, seconds, useconds, 1, a.DeltaType))
}

/// `PyTimeZone_FromOffset(offset)`: a new `timezone` for a `timedelta` offset.
///
/// # Safety
/// The calling thread is attached; `offset` is live.
pub unsafe fn PyTimeZone_FromOffset(offset: *mut PyObject) -> *mut PyObject {
    construct!(|a| TimeZone_FromTimeZone(offset, null_mut()))
}

/// `PyTimeZone_FromOffsetAndName(offset, name)`: a new named `timezone`.
///
/// # Safety
/// The calling thread is attached; `offset` and `name` (a `str`) are live.
pub unsafe fn PyTimeZone_FromOffsetAndName(
    offset: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    construct!(|a| TimeZone_FromTimeZone(offset, name))
}

/// `PyDateTime_FromTimestamp(args)`: `datetime.fromtimestamp(*args)`.
///
/// # Safety
/// The calling thread is attached; `args` is a live tuple.
pub unsafe fn PyDateTime_FromTimestamp(args: *mut PyObject) -> *mut PyObject {
    construct!(|a| DateTime_FromTimestamp(a.DateTimeType.cast(), args, null_mut()))
}

/// `PyDate_FromTimestamp(args)`: `date.fromtimestamp(*args)`.
///
/// # Safety
/// The calling thread is attached; `args` is a live tuple.
pub unsafe fn PyDate_FromTimestamp(args: *mut PyObject) -> *mut PyObject {
    construct!(|a| Date_FromTimestamp(a.DateType.cast(), args))
}

/// Reads a field of `o` as type `T`.
macro_rules! field {
    ($o:expr, $t:ty, $($path:tt)*) => {
        // SAFETY: `o` is a live object of that type (the callers' contract).
        unsafe { (*$o.cast::<$t>()).$($path)* }
    };
}

/// `PyDateTime_GET_YEAR`: the year of a `date` or `datetime`, unchecked.
///
/// # Safety
/// `o` is a live `date` or `datetime`.
#[inline]
pub unsafe fn PyDateTime_GET_YEAR(o: *mut PyObject) -> c_int {
    let data = field!(o, PyDateTime_Date, data);
    (c_int::from(data[0]) << 8) | c_int::from(data[1])
}

/// `PyDateTime_GET_MONTH`, unchecked.
///
/// # Safety
/// As for [`PyDateTime_GET_YEAR`].
#[inline]
pub unsafe fn PyDateTime_GET_MONTH(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_Date, data[2]))
}

/// `PyDateTime_GET_DAY`, unchecked.
///
/// # Safety
/// As for [`PyDateTime_GET_YEAR`].
#[inline]
pub unsafe fn PyDateTime_GET_DAY(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_Date, data[3]))
}

/// Three bytes of `data` from `at`, big-endian (the microseconds).
fn micro(data: &[u8], at: usize) -> c_int {
    (c_int::from(data[at]) << 16) | (c_int::from(data[at + 1]) << 8) | c_int::from(data[at + 2])
}

/// `PyDateTime_DATE_GET_HOUR`, unchecked.
///
/// # Safety
/// `o` is a live `datetime`.
#[inline]
pub unsafe fn PyDateTime_DATE_GET_HOUR(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_DateTime, data[4]))
}

/// `PyDateTime_DATE_GET_MINUTE`, unchecked.
///
/// # Safety
/// `o` is a live `datetime`.
#[inline]
pub unsafe fn PyDateTime_DATE_GET_MINUTE(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_DateTime, data[5]))
}

/// `PyDateTime_DATE_GET_SECOND`, unchecked.
///
/// # Safety
/// `o` is a live `datetime`.
#[inline]
pub unsafe fn PyDateTime_DATE_GET_SECOND(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_DateTime, data[6]))
}

/// `PyDateTime_DATE_GET_MICROSECOND`, unchecked.
///
/// # Safety
/// `o` is a live `datetime`.
#[inline]
pub unsafe fn PyDateTime_DATE_GET_MICROSECOND(o: *mut PyObject) -> c_int {
    micro(&field!(o, PyDateTime_DateTime, data), 7)
}

/// `PyDateTime_DATE_GET_FOLD`, unchecked.
///
/// # Safety
/// `o` is a live `datetime`.
#[inline]
pub unsafe fn PyDateTime_DATE_GET_FOLD(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_DateTime, fold))
}

/// `PyDateTime_DATE_GET_TZINFO` (3.10+): the `tzinfo` (borrowed), `None` for a naive
/// `datetime`, unchecked.
///
/// # Safety
/// `o` is a live `datetime`.
#[cfg(Py_3_10)]
#[inline]
pub unsafe fn PyDateTime_DATE_GET_TZINFO(o: *mut PyObject) -> *mut PyObject {
    // A datetime without tzinfo is allocated without the field: test before reading.
    if field!(o, crate::_PyDateTime_BaseTZInfo, hastzinfo) != 0 {
        field!(o, PyDateTime_DateTime, tzinfo)
    } else {
        crate::Py_None()
    }
}

/// `PyDateTime_TIME_GET_HOUR`, unchecked.
///
/// # Safety
/// `o` is a live `time`.
#[inline]
pub unsafe fn PyDateTime_TIME_GET_HOUR(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_Time, data[0]))
}

/// `PyDateTime_TIME_GET_MINUTE`, unchecked.
///
/// # Safety
/// `o` is a live `time`.
#[inline]
pub unsafe fn PyDateTime_TIME_GET_MINUTE(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_Time, data[1]))
}

/// `PyDateTime_TIME_GET_SECOND`, unchecked.
///
/// # Safety
/// `o` is a live `time`.
#[inline]
pub unsafe fn PyDateTime_TIME_GET_SECOND(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_Time, data[2]))
}

/// `PyDateTime_TIME_GET_MICROSECOND`, unchecked.
///
/// # Safety
/// `o` is a live `time`.
#[inline]
pub unsafe fn PyDateTime_TIME_GET_MICROSECOND(o: *mut PyObject) -> c_int {
    micro(&field!(o, PyDateTime_Time, data), 3)
}

/// `PyDateTime_TIME_GET_FOLD`, unchecked.
///
/// # Safety
/// `o` is a live `time`.
#[inline]
pub unsafe fn PyDateTime_TIME_GET_FOLD(o: *mut PyObject) -> c_int {
    c_int::from(field!(o, PyDateTime_Time, fold))
}

/// `PyDateTime_TIME_GET_TZINFO` (3.10+): the `tzinfo` (borrowed), `None` for a naive
/// `time`, unchecked.
///
/// # Safety
/// `o` is a live `time`.
#[cfg(Py_3_10)]
#[inline]
pub unsafe fn PyDateTime_TIME_GET_TZINFO(o: *mut PyObject) -> *mut PyObject {
    if field!(o, crate::_PyDateTime_BaseTZInfo, hastzinfo) != 0 {
        field!(o, PyDateTime_Time, tzinfo)
    } else {
        crate::Py_None()
    }
}

/// `PyDateTime_DELTA_GET_DAYS`, unchecked.
///
/// # Safety
/// `o` is a live `timedelta`.
#[inline]
pub unsafe fn PyDateTime_DELTA_GET_DAYS(o: *mut PyObject) -> c_int {
    field!(o, PyDateTime_Delta, days)
}

/// `PyDateTime_DELTA_GET_SECONDS`, unchecked.
///
/// # Safety
/// `o` is a live `timedelta`.
#[inline]
pub unsafe fn PyDateTime_DELTA_GET_SECONDS(o: *mut PyObject) -> c_int {
    field!(o, PyDateTime_Delta, seconds)
}

/// `PyDateTime_DELTA_GET_MICROSECONDS`, unchecked.
///
/// # Safety
/// `o` is a live `timedelta`.
#[inline]
pub unsafe fn PyDateTime_DELTA_GET_MICROSECONDS(o: *mut PyObject) -> c_int {
    field!(o, PyDateTime_Delta, microseconds)
}
