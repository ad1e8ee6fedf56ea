//! ffi-check chooses the interpreter the way the build does, and refuses loudly what the
//! build refuses: a non-zero exit with one line naming the cause. Every interpreter here is
//! real (pyenv's 2.7 and 3.8, a copy of an installation without its headers); 3.16 and
//! PyPy, which this machine lacks, come through a PyO3 config file, as a user's would.

use std::path::{Path, PathBuf};
use std::process::Command;

use libpython_sys_build::discover;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// ffi-check with only `env` selecting the interpreter (the variables the build reads are
/// cleared first).
fn ffi_check(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_libpython-sys-ffi-check"));
    for var in [
        "PYO3_PYTHON",
        "PYO3_CONFIG_FILE",
        "VIRTUAL_ENV",
        "CONDA_PREFIX",
    ] {
        cmd.env_remove(var);
    }
    cmd.args(args).envs(env.iter().copied());
    let out = cmd.output().expect("ffi-check runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Run {
    /// The refusal: exit 1, and one `error:` line holding `cause`.
    fn refused(&self, cause: &str) {
        assert_eq!(self.code, 1, "{}\n{}", self.stdout, self.stderr);
        let lines: Vec<&str> = self
            .stdout
            .lines()
            .filter(|l| l.contains("error:"))
            .collect();
        assert_eq!(lines.len(), 1, "one line:\n{}", self.stdout);
        assert!(lines[0].contains(cause), "{cause:?} in {:?}", lines[0]);
        assert!(
            !self.stdout.contains(" checked,"),
            "nothing is checked:\n{}",
            self.stdout
        );
    }
}

fn pyenv(version_prefix: &str, exe: &str) -> Option<PathBuf> {
    let root = PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".pyenv/versions");
    let found = std::fs::read_dir(root).ok().and_then(|dirs| {
        dirs.filter_map(Result::ok)
            .find(|d| d.file_name().to_string_lossy().starts_with(version_prefix))
            .map(|d| d.path().join("bin").join(exe))
            .filter(|p| p.is_file())
    });
    discover::need(&format!("pyenv's Python {version_prefix}x"), found)
}

/// A PyO3 config file in a scratch directory under the target directory.
fn config_file(name: &str, lines: &[&str]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ffi-check-config-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("pyo3-config.txt");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

#[test]
fn a_path_that_does_not_exist() {
    ffi_check(&["--python", "/nonexistent/bin/python3"], &[])
        .refused("Python interpreter not found: cannot run /nonexistent/bin/python3");
}

#[test]
fn a_program_that_is_not_python() {
    ffi_check(&["--python", "/bin/true"], &[]).refused("/bin/true is not a Python interpreter");
}

#[test]
fn python_2_7() {
    let Some(py) = pyenv("2.7.", "python2.7") else {
        return;
    };
    ffi_check(&["--python", py.to_str().unwrap()], &[]).refused("Python 2.7 is too old");
}

#[test]
fn python_3_8() {
    let Some(py) = pyenv("3.8.", "python3.8") else {
        return;
    };
    ffi_check(&["--python", py.to_str().unwrap()], &[])
        .refused(&format!("Python 3.8 is too old ({})", py.display()));
}

#[test]
fn python_3_16_named_by_a_config_file() {
    let file = config_file("3.16", &["implementation=CPython", "version=3.16"]);
    ffi_check(&[], &[("PYO3_CONFIG_FILE", file.to_str().unwrap())])
        .refused("Python 3.16 is newer than the newest supported 3.15");
}

#[test]
fn pypy_named_by_a_config_file() {
    let file = config_file("pypy", &["implementation=PyPy", "version=3.11"]);
    ffi_check(&[], &[("PYO3_CONFIG_FILE", file.to_str().unwrap())])
        .refused("PyPy 3.11 is not supported");
}

/// A copy of a real installation without its `include/` directory, as a distribution's
/// Python without its -dev package is: hard links, so it is cheap.
#[test]
fn a_python_without_headers() {
    let Some(original) = pyenv("3.12.", "python3.12") else {
        return;
    };
    let prefix = original.parent().unwrap().parent().unwrap();
    let copy = std::env::temp_dir().join(format!("ffi-check-noheaders-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    let status = Command::new("cp")
        .arg("-al")
        .arg(prefix)
        .arg(&copy)
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::remove_dir_all(copy.join("include")).unwrap();
    let py = copy.join("bin/python3.12");
    ffi_check(&["--python", py.to_str().unwrap()], &[])
        .refused("Python headers not installed: no Python.h in");
    let _ = std::fs::remove_dir_all(&copy);
}

/// Without `--python`, ffi-check checks the interpreter the build would use: the
/// virtualenv's, and a config file's executable.
#[test]
fn follows_the_build_s_choice_of_interpreter() {
    let matrix = discover::matrix();
    let Some(py312) = discover::require("3.12", &matrix, "an interpreter") else {
        return;
    };
    let venv = std::env::temp_dir().join(format!("ffi-check-venv-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&venv);
    assert!(Command::new(&py312)
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .status()
        .unwrap()
        .success());
    let run = ffi_check(&[], &[("VIRTUAL_ENV", venv.to_str().unwrap())]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("3.12 "), "{}", run.stdout);
    assert!(
        run.stderr.contains(&venv.display().to_string()),
        "{}",
        run.stderr
    );
    let _ = std::fs::remove_dir_all(&venv);

    let Some(py310) = discover::require("3.10", &matrix, "an interpreter") else {
        return;
    };
    let file = config_file(
        "exe",
        &[
            "implementation=CPython",
            "version=3.10",
            &format!("executable={}", py310.display()),
        ],
    );
    let run = ffi_check(&[], &[("PYO3_CONFIG_FILE", file.to_str().unwrap())]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("3.10 "), "{}", run.stdout);
}
