//! Records the target triple, so ffi-check can configure `cc` outside a build script.
fn main() {
    println!(
        "cargo::rustc-env=FFI_CHECK_TARGET={}",
        std::env::var("TARGET").unwrap()
    );
}
