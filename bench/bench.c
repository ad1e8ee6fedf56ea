/* The C side of the benchmarks: the same loops as src/main.rs, written with the
 * headers' own static inline functions and macros. BARRIER() is the same compiler-only
 * memory clobber as the Rust side's, so neither compiler can merge or drop the work. */
#include <Python.h>

#define BARRIER() __asm__ volatile("" ::: "memory")

void c_incref_decref(PyObject *o, long n) {
    for (long i = 0; i < n; i++) {
        Py_INCREF(o);
        BARRIER();
        Py_DECREF(o);
        BARRIER();
    }
}

/* Py_NewRef is 3.10+; before, the same thing by hand. */
#if PY_VERSION_HEX < 0x030a0000
#  define Py_NewRef(o) (Py_INCREF(o), (o))
#endif

void c_newref_decref(PyObject *o, long n) {
    for (long i = 0; i < n; i++) {
        PyObject *r = Py_NewRef(o);
        BARRIER();
        Py_DECREF(r);
        BARRIER();
    }
}

#if PY_VERSION_HEX >= 0x030d0000
void c_mutex(PyMutex *m, long n) {
    for (long i = 0; i < n; i++) {
        PyMutex_Lock(m);
        BARRIER();
        PyMutex_Unlock(m);
        BARRIER();
    }
}
#endif

void c_critical_section(PyObject *o, long n) {
    (void)o; /* unused where the section macros are empty (default builds) */
    for (long i = 0; i < n; i++) {
#if PY_VERSION_HEX >= 0x030d0000
        Py_BEGIN_CRITICAL_SECTION(o);
        BARRIER();
        Py_END_CRITICAL_SECTION();
#else
        (void)o;
        BARRIER();
#endif
        BARRIER();
    }
}

/* What PyDict_GetItemRef replaces, written by hand: a borrowed lookup, then a new reference. */
void c_dict_getitem_incref(PyObject *d, PyObject *key, long n) {
    for (long i = 0; i < n; i++) {
        PyObject *item = PyDict_GetItemWithError(d, key);
        Py_INCREF(item);
        BARRIER();
        Py_DECREF(item);
        BARRIER();
    }
}
