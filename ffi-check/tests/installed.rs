//! ffi-check as a user meets it: `cargo install`ed from this workspace, then run inside a
//! fresh project outside the repository that depends on the packaged libpython-sys (the
//! `.crate` files `cargo package` makes, unpacked as a registry would unpack them). It
//! must find the crate version that project resolved, check it against the interpreter
//! that project's build uses, and say which of each it checked.

use std::path::{Path, PathBuf};
use std::process::Command;

use libpython_sys_build::discover;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn cargo() -> Command {
    Command::new(env!("CARGO"))
}

/// Runs `cmd`, panicking with its output if it fails; returns stdout and stderr.
fn run(cmd: &mut Command, what: &str) -> (String, String) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "{what} failed:\n{stdout}\n{stderr}");
    (stdout, stderr)
}

/// `cargo package` of the two library packages, unpacked into `dir`, as a registry would.
fn packaged(dir: &Path) -> (PathBuf, PathBuf) {
    let target = dir.join("package-target");
    run(
        cargo()
            .current_dir(workspace())
            .args([
                "package",
                "--no-verify",
                "--allow-dirty",
                "-p",
                "libpython-sys-build",
                "-p",
                "libpython-sys",
            ])
            .arg("--target-dir")
            .arg(&target),
        "cargo package",
    );
    let version = env!("CARGO_PKG_VERSION");
    let unpack = |name: &str| {
        let file = target.join(format!("package/{name}-{version}.crate"));
        run(
            Command::new("tar")
                .arg("-xzf")
                .arg(&file)
                .arg("-C")
                .arg(dir),
            "tar",
        );
        dir.join(format!("{name}-{version}"))
    };
    (unpack("libpython-sys"), unpack("libpython-sys-build"))
}

#[test]
fn installed_ffi_check_checks_the_crate_an_outside_project_resolved() {
    let Some(python) = discover::require("3.13t", &discover::matrix(), "an interpreter") else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("ffi-check-installed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();

    // 1. Install ffi-check from the workspace, as `cargo install` does for a user.
    let root = dir.join("install");
    run(
        cargo()
            .args(["install", "--debug", "--locked", "--path"])
            .arg(workspace().join("ffi-check"))
            .arg("--root")
            .arg(&root)
            .arg("--target-dir")
            .arg(dir.join("install-target")),
        "cargo install",
    );
    let exe = root.join("bin/libpython-sys-ffi-check");
    assert!(exe.is_file());

    // 2. A fresh project outside the repository, depending on the packaged crate.
    let (sys, build) = packaged(&dir);
    let project = dir.join("user-project");
    std::fs::create_dir_all(project.join("src")).unwrap();
    std::fs::write(
        project.join("Cargo.toml"),
        format!(
            "[package]\nname = \"user-project\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nlibpython-sys = {{ path = {:?} }}\n\n\
             # libpython-sys-build is not on crates.io yet: the packaged copy stands in.\n\
             [patch.crates-io]\nlibpython-sys-build = {{ path = {:?} }}\n\n[workspace]\n",
            sys.display().to_string(),
            build.display().to_string()
        ),
    )
    .unwrap();
    std::fs::write(
        project.join("src/main.rs"),
        "fn main() {\n    // SAFETY: Py_GetVersion returns a static string.\n    \
         let v = unsafe { std::ffi::CStr::from_ptr(libpython_sys::Py_GetVersion()) };\n    \
         println!(\"{}\", v.to_str().unwrap());\n}\n",
    )
    .unwrap();
    // The packaged crate builds in isolation.
    run(
        cargo()
            .current_dir(&project)
            .env("PYO3_PYTHON", &python)
            .args(["build", "-q"]),
        "cargo build in the outside project",
    );

    // 3. The installed ffi-check, run there, checks that crate against the interpreter the
    //    project's build uses (PYO3_PYTHON here), and names both.
    let out = Command::new(&exe)
        .current_dir(&project)
        .env("PYO3_PYTHON", &python)
        .env_remove("CARGO")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        stderr.contains(&format!(
            "checking libpython-sys {version} (path {})",
            sys.display()
        )),
        "{stderr}"
    );
    assert!(stderr.contains(&python.display().to_string()), "{stderr}");
    assert!(stdout.starts_with("3.13t "), "{stdout}");
    assert!(
        stdout.contains(&format!(
            "bindings {}",
            sys.join("src/bindings/3.13t.rs").display()
        )),
        "{stdout}"
    );
    assert!(stdout.contains(" 0 failed"), "{stdout}");

    // 4. Provenance of that crate's bindings.
    let (stdout, _) = run(
        Command::new(&exe)
            .current_dir(&project)
            .env_remove("CARGO")
            .arg("--provenance"),
        "ffi-check --provenance",
    );
    assert!(
        stdout.contains(&format!("libpython-sys {version}")),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.trim_start().starts_with("3.13t ") && l.contains(" CPython 3.13.")),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|l| l.trim_start().starts_with("abi3-py39 ") && l.contains(" CPython 3.15.")),
        "{stdout}"
    );

    // 5. The project asks for the stable ABI: the installed ffi-check reads the feature
    //    from the resolve and checks the abi3-py39 bindings (packaged, with the manifest).
    if let Some(gil) = discover::require("3.12", &discover::matrix(), "an interpreter") {
        let manifest = std::fs::read_to_string(project.join("Cargo.toml")).unwrap();
        let stable = manifest.replace(
            &format!(
                "libpython-sys = {{ path = {:?} }}",
                sys.display().to_string()
            ),
            &format!(
                "libpython-sys = {{ path = {:?}, features = [\"abi3-py39\"] }}",
                sys.display().to_string()
            ),
        );
        assert_ne!(stable, manifest);
        std::fs::write(project.join("Cargo.toml"), stable).unwrap();
        run(
            cargo()
                .current_dir(&project)
                .env("PYO3_PYTHON", &gil)
                .args(["build", "-q"]),
            "cargo build with abi3-py39 in the outside project",
        );
        let out = Command::new(&exe)
            .current_dir(&project)
            .env("PYO3_PYTHON", &gil)
            .env_remove("CARGO")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}");
        assert!(stdout.starts_with("abi3-py39 on 3.12 "), "{stdout}");
        assert!(stdout.contains(" 0 failed"), "{stdout}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
