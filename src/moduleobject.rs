//! Mirrors `moduleobject.h`: `PyModuleDef_HEAD_INIT`.

use crate::{PyModuleDef_Base, PyObject_HEAD_INIT};

/// `PyModuleDef_HEAD_INIT`: the header of a static `PyModuleDef`, byte-identical to the C
/// macro on this target (on free-threaded 3.14+ its `ob_flags` carries
/// `_Py_STATICALLY_ALLOCATED_FLAG`, without which 3.15t rejects the definition).
// A const initializer, like the C macro: the free-threaded header holds a `PyMutex`.
#[allow(clippy::declare_interior_mutable_const)]
pub const PyModuleDef_HEAD_INIT: PyModuleDef_Base = PyModuleDef_Base {
    ob_base: PyObject_HEAD_INIT(core::ptr::null_mut()),
    m_init: None,
    m_index: 0,
    m_copy: core::ptr::null_mut(),
};
