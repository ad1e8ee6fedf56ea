/* The headers libpython-sys binds: Python.h plus the public headers it does not
 * include, as each version has them. Read by build/generate.rs (feature `bindgen`
 * and scripts/regenerate-bindings). */
#include <Python.h>
#if __has_include(<datetime.h>)
#include <datetime.h>
#endif
#if __has_include(<structmember.h>)
#include <structmember.h>
#endif
#if __has_include(<marshal.h>)
#include <marshal.h>
#endif
#if __has_include(<frameobject.h>)
#include <frameobject.h>
#endif
