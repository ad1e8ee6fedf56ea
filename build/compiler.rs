//! The target's C compiler, as the `cc` crate configures it for this build script (`CC`,
//! `CFLAGS`, the target's flags; cc also tells cargo to rerun when those change).

use std::path::PathBuf;

use libpython_sys_build::{Compiler, Error};

/// The compiler for cargo's target, scratch files in `OUT_DIR`.
pub fn for_target() -> Result<Compiler, Error> {
    let tool = cc::Build::new().try_get_compiler().map_err(|e| {
        Error::new(format!(
            "no C compiler for the target: {e}; install one or set CC"
        ))
    })?;
    Ok(Compiler {
        program: tool.path().to_path_buf(),
        args: tool.args().to_vec(),
        env: tool
            .get_envs()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        is_clang: tool.is_like_clang(),
        scratch: PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())),
    })
}
