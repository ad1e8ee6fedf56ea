//! What the dynamic linker finds in a shared libpython: the generator binds no function
//! the library does not export, and ffi-check fails every bound one it lacks.

use std::ffi::{c_char, c_int, c_void, CString};
use std::path::Path;

use crate::Error;

#[cfg(unix)]
#[cfg_attr(target_os = "linux", link(name = "dl"))]
extern "C" {
    fn dlopen(filename: *const c_char, flag: c_int) -> *mut c_void;
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
    fn dlclose(handle: *mut c_void) -> c_int;
}

/// `RTLD_LAZY`: resolve functions on first call (none is called here).
const RTLD_LAZY: c_int = 1;

/// A shared library opened with `dlopen`, closed on drop.
pub struct Library {
    handle: *mut c_void,
}

impl Library {
    #[cfg(not(unix))]
    pub fn open(path: &Path) -> Result<Library, Error> {
        Err(Error::new(format!(
            "cannot inspect {}: symbol lookup is implemented with dlopen (Unix) only",
            path.display()
        )))
    }

    #[cfg(unix)]
    pub fn open(path: &Path) -> Result<Library, Error> {
        let name = CString::new(path.as_os_str().as_encoded_bytes())
            .map_err(|_| Error::new(format!("{} contains a NUL byte", path.display())))?;
        // SAFETY: a valid C string; the handle is only used for dlsym lookups (no code of
        // the library runs besides its initializers) and is closed on drop.
        let handle = unsafe { dlopen(name.as_ptr(), RTLD_LAZY) };
        if handle.is_null() {
            return Err(Error::new(format!(
                "the dynamic linker cannot load {}",
                path.display()
            )));
        }
        Ok(Library { handle })
    }

    /// Whether the library (or a library it depends on) exports `symbol`.
    #[cfg(unix)]
    pub fn exports(&self, symbol: &str) -> bool {
        let Ok(name) = CString::new(symbol) else {
            return false;
        };
        // SAFETY: the handle is open while `self` lives; dlsym only looks the name up.
        !unsafe { dlsym(self.handle, name.as_ptr()) }.is_null()
    }

    #[cfg(not(unix))]
    pub fn exports(&self, _symbol: &str) -> bool {
        false
    }
}

#[cfg(unix)]
impl Drop for Library {
    fn drop(&mut self) {
        // SAFETY: the handle came from a successful dlopen and is closed once.
        unsafe { dlclose(self.handle) };
    }
}
