/* The C side of the compat rows (src/compat.rs): the newer C API as a C extension gets it,
 * natively where the headers have it and from pythoncapi-compat's pythoncapi_compat.h
 * (its static inline backports) where they do not. build.rs compiles this file only when
 * it has that header (BENCH_PYTHONCAPI_COMPAT names its directory) or the headers are
 * 3.15+, which have every item natively. Same loop shape and barriers as bench.c. */
#include <Python.h>
#ifdef BENCH_HAVE_PYTHONCAPI_COMPAT
#  include "pythoncapi_compat.h"
#endif

#define BARRIER() __asm__ volatile("" ::: "memory")
/* Keeps a value alive: the compiler must compute it (the Rust side's `use_value`). */
#define USE(x) __asm__ volatile("" :: "r"(x) : "memory")
#define REPEAT4(x) x x x x
#define REPEAT(x) REPEAT4(REPEAT4(x))

void c_long_sign(PyObject *o, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            int r = PyLong_IsPositive(o) + 2 * PyLong_IsNegative(o) + 4 * PyLong_IsZero(o);
            USE(r);
            BARRIER();
        })
    }
}

/* The pointer is loaded after each barrier, so the hash is computed every time. */
void c_hash_pointer(PyObject **o, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            Py_hash_t h = Py_HashPointer(*o);
            USE(h);
            BARRIER();
        })
    }
}

void c_time_monotonic(long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            PyTime_t t;
            (void)PyTime_Monotonic(&t);
            USE(t);
            BARRIER();
        })
    }
}

void c_time_as_seconds(PyTime_t *t, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            double d = PyTime_AsSecondsDouble(*t);
            USE(d);
            BARRIER();
        })
    }
}

/* Five writes of each width, then the str. */
void c_unicode_writer(long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            PyUnicodeWriter *w = PyUnicodeWriter_Create(0);
            (void)PyUnicodeWriter_WriteASCII(w, "hello, ", 7);
            (void)PyUnicodeWriter_WriteUTF8(w, "world", 5);
            (void)PyUnicodeWriter_WriteChar(w, ' ');
            (void)PyUnicodeWriter_WriteUTF8(w, "caf\xc3\xa9", -1);
            (void)PyUnicodeWriter_WriteChar(w, '!');
            PyObject *s = PyUnicodeWriter_Finish(w);
            BARRIER();
            Py_DECREF(s);
            BARRIER();
        })
    }
}

void c_bytes_writer(long n) {
    static const char chunk[16] = "0123456789abcdef";
    for (long i = 0; i < n; i++) {
        REPEAT({
            PyBytesWriter *w = PyBytesWriter_Create(0);
            (void)PyBytesWriter_WriteBytes(w, chunk, 16);
            (void)PyBytesWriter_WriteBytes(w, chunk, 16);
            (void)PyBytesWriter_WriteBytes(w, chunk, 16);
            (void)PyBytesWriter_WriteBytes(w, chunk, 16);
            PyObject *b = PyBytesWriter_Finish(w);
            BARRIER();
            Py_DECREF(b);
            BARRIER();
        })
    }
}

/* A three-digit int (2**60 and more). */
void c_long_writer(long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            void *digits;
            PyLongWriter *w = PyLongWriter_Create(0, 3, &digits);
            ((uint32_t *)digits)[0] = 7;
            ((uint32_t *)digits)[1] = 5;
            ((uint32_t *)digits)[2] = 3;
            PyObject *v = PyLongWriter_Finish(w);
            BARRIER();
            Py_DECREF(v);
            BARRIER();
        })
    }
}
