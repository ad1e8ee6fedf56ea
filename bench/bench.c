/* The C side of the benchmarks: the same loops as src/main.rs, written with the
 * headers' own static inline functions and macros. BARRIER() is the same compiler-only
 * memory clobber as the Rust side's, so neither compiler can merge or drop the work.
 *
 * Each loop iteration performs OPS_PER_ITERATION operations (REPEAT below). gcc and LLVM
 * shape the loop counter differently (gcc counts up with add/cmp/jne, LLVM counts down
 * with dec/jne); with one ~0.7 ns operation per iteration that difference alone moved
 * the ratio by up to 1.3x on some CPUs. Repeating the body amortizes it on both sides.
 *
 * Under a stable ABI, build.rs defines Py_LIMITED_API (abi3) or Py_TARGET_ABI3T (abi3t,
 * which defines Py_LIMITED_API in pyabi.h) as libpython-sys's bindings were generated
 * with; what the limited API lacks is left out here and in src/main.rs alike. */
#include <Python.h>

/* The critical-section API of the limited API: stable ABI 3.15 (critical_section.h). */
#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x030f0000
#  define BENCH_CRITICAL_SECTION 1
#endif

#define BARRIER() __asm__ volatile("" ::: "memory")

#define OPS_PER_ITERATION 16
#define REPEAT4(x) x x x x
#define REPEAT(x) REPEAT4(REPEAT4(x))

long c_ops_per_iteration(void) { return OPS_PER_ITERATION; }

void c_incref_decref(PyObject *o, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT(Py_INCREF(o); BARRIER(); Py_DECREF(o); BARRIER();)
    }
}

/* Py_NewRef is 3.10+; before, the same thing by hand. */
#if PY_VERSION_HEX < 0x030a0000
#  define Py_NewRef(o) (Py_INCREF(o), (o))
#endif

void c_newref_decref(PyObject *o, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            PyObject *r = Py_NewRef(o);
            BARRIER();
            Py_DECREF(r);
            BARRIER();
        })
    }
}

/* cpython/pylock.h: not in the limited API. */
#if PY_VERSION_HEX >= 0x030d0000 && !defined(Py_LIMITED_API)
void c_mutex(PyMutex *m, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT(PyMutex_Lock(m); BARRIER(); PyMutex_Unlock(m); BARRIER();)
    }
}
#endif

#ifdef BENCH_CRITICAL_SECTION
void c_critical_section(PyObject *o, long n) {
    (void)o; /* unused where the section macros are empty (default builds) */
    for (long i = 0; i < n; i++) {
#if PY_VERSION_HEX >= 0x030d0000
        REPEAT(Py_BEGIN_CRITICAL_SECTION(o); BARRIER(); Py_END_CRITICAL_SECTION(); BARRIER();)
#else
        REPEAT(BARRIER(); BARRIER();)
#endif
    }
}
#endif

/* Compared with the non-limited PyDict_GetItemRef backport: not under the limited API. */
#ifndef Py_LIMITED_API
/* What PyDict_GetItemRef replaces, written by hand: a borrowed lookup, then a new reference. */
void c_dict_getitem_incref(PyObject *d, PyObject *key, long n) {
    for (long i = 0; i < n; i++) {
        REPEAT({
            PyObject *item = PyDict_GetItemWithError(d, key);
            Py_INCREF(item);
            BARRIER();
            Py_DECREF(item);
            BARRIER();
        })
    }
}
#endif
