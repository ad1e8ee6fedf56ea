//! Exactness on the user's interpreter: the checks written with each bindings file
//! (`src/bindings/<target>.checks.c`), compiled against the target interpreter's own
//! headers. Every item of the bindings file has lines there: a record its size, alignment,
//! and each field's offset and type; a function its prototype; a static and a type alias
//! their type; a constant its value and type. An item whose line the compiler rejects is
//! removed from the build (`#[cfg(not(libpython_sys_removed = "…"))]` on it), and so is
//! every item that depends on it; a removed record stays as an opaque type, so pointers to
//! it still work.
//!
//! The file's format, shared by the generator that writes it and the build that reads it:
//!
//! ```c
//! //@ record _ts =_PyStackChunk *PyInterpreterState,_ts
//! LPS_SIZE(struct _ts, 312, 8);
//! LPS_FIELD(struct _ts, prev, 0, PyThreadState *);
//! ```
//!
//! `//@ KIND NAME` opens an item (`KIND`: record, function, static, const, alias); the
//! optional `=A,B` lists the items it uses by value, `*C,D` those it uses behind a
//! pointer. Each following `LPS_*` line up to the next `//@` belongs to it: a static
//! assertion (the macros of [`PRELUDE`]), or `LPS_DECL`, a redeclaration the compiler
//! rejects when it conflicts (how a `_Noreturn` function's prototype is judged).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crate::{Compiler, Error};

/// The first line of an item.
pub const ITEM_MARK: &str = "//@ ";

/// The file's prelude, after its comment: the headers (`wrapper.h`, found through
/// `-I<crate root>`) and the two macros every check line uses.
pub const PRELUDE: &str = r#"#include "wrapper.h"
#include <stddef.h>
#define LPS_SAME(a, b) __builtin_types_compatible_p(a, b)
#define LPS_CHECK(what, cond) _Static_assert(cond, what)
#define LPS_SIZE(T, size, align) LPS_CHECK("its size or alignment", sizeof(T) == (size) && _Alignof(T) == (align))
#define LPS_FIELD(T, f, off, ...) LPS_CHECK("field " #f, offsetof(T, f) == (off) && LPS_SAME(__typeof__(((T *)0)->f), __VA_ARGS__))
#define LPS_FIELD_SIZE(T, f, off, size) LPS_CHECK("field " #f, offsetof(T, f) == (off) && sizeof(((T *)0)->f) == (size))
#define LPS_ALIAS(T, ...) LPS_CHECK("its type", LPS_SAME(T, __VA_ARGS__))
#define LPS_INT(x, v, ...) LPS_CHECK("its value or type", (x) == (v) && LPS_SAME(__typeof__(x), __VA_ARGS__))
#define LPS_RETYPED(x, v, judge, ...) LPS_CHECK("its value or type", (x) == (v) && LPS_SAME(judge, __VA_ARGS__))
#define LPS_VALUE(x, v) LPS_CHECK("its value", (x) == (v))
#define LPS_STR(x, len, s) LPS_CHECK("its value", sizeof(x) == (len) && __builtin_strcmp(x, s) == 0)
#define LPS_FN(f, ...) LPS_CHECK("its prototype", LPS_SAME(__typeof__(&f), __VA_ARGS__))
#define LPS_DECLARED(f) LPS_CHECK("its declaration", sizeof(&f) != 0)
#define LPS_DECL(...) __VA_ARGS__
#define LPS_STATIC(x, ...) LPS_CHECK("its type", LPS_SAME(__typeof__(x), __VA_ARGS__))
"#;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Record,
    Function,
    Static,
    Const,
    Alias,
}

impl Kind {
    pub fn word(self) -> &'static str {
        match self {
            Kind::Record => "record",
            Kind::Function => "function",
            Kind::Static => "static",
            Kind::Const => "const",
            Kind::Alias => "alias",
        }
    }

    fn parse(word: &str) -> Option<Kind> {
        [
            Kind::Record,
            Kind::Function,
            Kind::Static,
            Kind::Const,
            Kind::Alias,
        ]
        .into_iter()
        .find(|k| k.word() == word)
    }
}

/// One item of the checks file.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    pub name: String,
    pub by_value: Vec<String>,
    pub by_pointer: Vec<String>,
}

impl Item {
    /// The `//@` line that opens this item.
    pub fn header(&self) -> String {
        let mut line = format!("{ITEM_MARK}{} {}", self.kind.word(), self.name);
        if !self.by_value.is_empty() {
            line.push_str(&format!(" ={}", self.by_value.join(",")));
        }
        if !self.by_pointer.is_empty() {
            line.push_str(&format!(" *{}", self.by_pointer.join(",")));
        }
        line
    }

    fn parse(line: &str) -> Option<Item> {
        let mut words = line.strip_prefix(ITEM_MARK)?.split_whitespace();
        let kind = Kind::parse(words.next()?)?;
        let name = words.next()?.to_string();
        let (mut by_value, mut by_pointer) = (Vec::new(), Vec::new());
        for word in words {
            let list = |w: &str| {
                w.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            if let Some(v) = word.strip_prefix('=') {
                by_value = list(v);
            } else if let Some(p) = word.strip_prefix('*') {
                by_pointer = list(p);
            }
        }
        Some(Item {
            kind,
            name,
            by_value,
            by_pointer,
        })
    }
}

/// Why an item is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    /// Its own check failed: the compiler's message.
    Differs(String),
    /// It uses a removed item (by value, or a removed type at all).
    Uses(String),
}

/// What the checks found for one interpreter.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Items checked (and kept or removed).
    pub items: usize,
    pub removed: BTreeMap<String, (Kind, Removal)>,
}

impl Outcome {
    /// The `libpython_sys_removed="…"` cfgs for the removed items.
    pub fn cfgs(&self) -> Vec<String> {
        self.removed
            .keys()
            .map(|name| format!("{}=\"{name}\"", crate::cfgs::REMOVED))
            .collect()
    }

    /// One line for the user: the removed items, each with its reason.
    pub fn describe(&self) -> String {
        self.removed
            .iter()
            .map(|(name, (_, why))| match why {
                Removal::Differs(msg) => format!("{name} ({msg})"),
                Removal::Uses(other) => format!("{name} (uses {other})"),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The items of a checks file, and the item each line belongs to.
pub struct Checks {
    pub items: Vec<Item>,
    line_item: HashMap<usize, usize>,
}

impl Checks {
    pub fn parse(text: &str) -> Checks {
        let mut items: Vec<Item> = Vec::new();
        let mut line_item = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if let Some(item) = Item::parse(line) {
                items.push(item);
            } else if line.starts_with("LPS_") && !items.is_empty() {
                line_item.insert(n + 1, items.len() - 1);
            }
        }
        Checks { items, line_item }
    }

    pub fn is_check_line(&self, line: usize) -> bool {
        self.line_item.contains_key(&line)
    }
}

/// Compiles `checks` (a `X.checks.c` file) against the headers in `include_dir`
/// (`crate_root` holds `wrapper.h`) and returns what the compiler rejected, with the
/// items that depend on it.
pub fn run(
    compiler: &Compiler,
    checks: &Path,
    include_dir: &Path,
    crate_root: &Path,
) -> Result<Outcome, Error> {
    let text = std::fs::read_to_string(checks)
        .map_err(|e| Error::new(format!("cannot read {}: {e}", checks.display())))?;
    let parsed = Checks::parse(&text);
    let (include, root) = (
        format!("-I{}", include_dir.display()),
        format!("-I{}", crate_root.display()),
    );
    let limit = if compiler.is_clang {
        "-ferror-limit=0"
    } else {
        "-fmax-errors=0"
    };
    let out = compiler.run(&[
        "-fsyntax-only".as_ref(),
        "-std=gnu11".as_ref(),
        "-w".as_ref(),
        include.as_ref(),
        root.as_ref(),
        limit.as_ref(),
        checks.as_os_str(),
    ])?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let failed = if out.status.success() {
        BTreeMap::new()
    } else {
        let errors = errors_by_line(&stderr, checks, |n| parsed.is_check_line(n));
        if errors.is_empty() {
            let first = stderr
                .lines()
                .find(|l| l.contains("error"))
                .unwrap_or("")
                .trim();
            return Err(Error::new(format!(
                "the C compiler rejects the headers in {} ({first}); point PYO3_PYTHON at an interpreter whose headers compile, or set CC",
                include_dir.display()
            )));
        }
        let mut failed: BTreeMap<String, (Kind, Removal)> = BTreeMap::new();
        for (line, msg) in errors {
            let item = &parsed.items[parsed.line_item[&line]];
            let why = describe_error(&msg);
            // A record's size differs when a field does: name the field.
            let size_only =
                |r: &Removal| matches!(r, Removal::Differs(m) if m.starts_with("its size"));
            match failed.get(&item.name) {
                Some((_, first)) if !size_only(first) => {}
                _ => {
                    failed.insert(item.name.clone(), (item.kind, Removal::Differs(why)));
                }
            }
        }
        failed
    };
    Ok(Outcome {
        items: parsed.items.len(),
        removed: cascade(&parsed.items, failed),
    })
}

/// The compiler's message, said as what differs: `its size or alignment differs`,
/// `field excs_str differs`, `not declared`, `field data not declared`.
fn describe_error(msg: &str) -> String {
    // The name quoted after `member named` (gcc quotes with ‘’ or '', clang with '').
    let quoted = |text: &str| -> Option<String> {
        let after = text.split("member named ").nth(1)?;
        let after = after.trim_start_matches(['‘', '\'']);
        let end = after.find(['’', '\''])?;
        Some(after[..end].to_string())
    };
    if msg.contains("undeclared") || msg.contains("implicit declaration") {
        "not declared".into()
    } else if msg.contains("no member named") {
        match quoted(msg) {
            Some(member) => format!("field {member} not declared"),
            None => "a field is not declared".into(),
        }
    } else if msg.contains("conflicting types") {
        "its prototype differs".into()
    } else if msg.contains("incomplete type") {
        "incomplete".into()
    } else if let Some(what) = msg.split("static assertion failed: ").nth(1) {
        format!("{} differs", what.trim().trim_matches('"'))
    } else {
        format!("differs ({})", msg.trim())
    }
}

/// Removes, until nothing changes, every item that uses a removed item: by value (a
/// record inside a record, a record passed by value), or a removed alias, function
/// or constant at all. A pointer to a removed (now opaque) record is fine, and so is
/// naming one: the generator lists the type of an alias or a static (`type
/// PyThreadState = _ts`, `static PyList_Type: PyTypeObject`) as a use behind a pointer,
/// since only their names and addresses are used.
fn cascade(
    items: &[Item],
    mut removed: BTreeMap<String, (Kind, Removal)>,
) -> BTreeMap<String, (Kind, Removal)> {
    let kinds: BTreeMap<&str, Kind> = items.iter().map(|i| (i.name.as_str(), i.kind)).collect();
    loop {
        let mut added = Vec::new();
        for item in items.iter().filter(|i| !removed.contains_key(&i.name)) {
            let gone = item
                .by_value
                .iter()
                .chain(item.by_pointer.iter().filter(|n| {
                    // A removed non-record is gone entirely, wherever it is named.
                    kinds.get(n.as_str()).is_some_and(|k| *k != Kind::Record)
                }))
                .find(|n| removed.contains_key(*n));
            if let Some(n) = gone {
                added.push((item.name.clone(), item.kind, n.clone()));
            }
        }
        if added.is_empty() {
            return removed;
        }
        for (name, kind, uses) in added {
            removed.insert(name, (kind, Removal::Uses(uses)));
        }
    }
}

/// What removing `names` removes with them: the names and every item that uses one of
/// them as `cascade` decides (what the build removes when exactly those checks fail).
pub fn with_dependents(checks: &Checks, names: &BTreeSet<String>) -> BTreeSet<String> {
    let kinds: BTreeMap<&str, Kind> = checks
        .items
        .iter()
        .map(|i| (i.name.as_str(), i.kind))
        .collect();
    let seed = names
        .iter()
        .filter_map(|n| {
            let kind = *kinds.get(n.as_str())?;
            Some((n.clone(), (kind, Removal::Differs(String::new()))))
        })
        .collect();
    let mut all: BTreeSet<String> = cascade(&checks.items, seed).into_keys().collect();
    all.extend(names.iter().cloned());
    all
}

/// Compiler errors attributed to the lines of `file` that `is_check` accepts: line ->
/// the first error's message. An error inside a macro is reported at the macro's
/// definition first, then at the using line in an "in expansion of macro" note: each
/// error is blamed on the first check line of `file` that the diagnostics mention after it.
pub fn errors_by_line(
    stderr: &str,
    file: &Path,
    is_check: impl Fn(usize) -> bool,
) -> BTreeMap<usize, String> {
    let name = file.display().to_string();
    let mut out = BTreeMap::new();
    let mut pending: Option<String> = None;
    for line in stderr.lines() {
        let on_ours = line
            .strip_prefix(&name)
            .and_then(|rest| rest.strip_prefix(':'));
        if let Some(pos) = line.find(": error: ") {
            pending = Some(line[pos + 9..].to_string());
        }
        if let (Some(rest), Some(msg)) = (on_ours, pending.as_ref()) {
            if let Some(n) = rest.split(':').next().and_then(|n| n.parse::<usize>().ok()) {
                if is_check(n) {
                    out.entry(n).or_insert_with(|| msg.clone());
                    pending = None;
                }
            }
        }
    }
    out
}

/// The set of item names a checks file declares (for reporting what ffi-check skips).
pub fn item_names(text: &str) -> BTreeSet<String> {
    Checks::parse(text)
        .items
        .into_iter()
        .map(|i| i.name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: Kind, name: &str, by_value: &[&str], by_pointer: &[&str]) -> Item {
        Item {
            kind,
            name: name.into(),
            by_value: by_value.iter().map(|s| s.to_string()).collect(),
            by_pointer: by_pointer.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn header_lines_round_trip() {
        let i = item(Kind::Record, "_ts", &["_PyStackChunk"], &["_is", "_ts"]);
        let back = Item::parse(&i.header()).unwrap();
        assert_eq!((back.kind, back.name.as_str()), (Kind::Record, "_ts"));
        assert_eq!(back.by_value, ["_PyStackChunk"]);
        assert_eq!(back.by_pointer, ["_is", "_ts"]);
    }

    #[test]
    fn cascade_keeps_pointers_to_opaque_records_and_drops_value_uses() {
        let items = vec![
            item(Kind::Record, "A", &[], &[]),
            item(Kind::Record, "B", &["A"], &[]),
            item(Kind::Record, "C", &[], &["A"]),
            item(Kind::Function, "f", &["B"], &[]),
            item(Kind::Function, "g", &[], &["B"]),
            item(Kind::Static, "s", &[], &["A"]),
            item(Kind::Alias, "PA", &[], &["A"]),
            item(Kind::Alias, "T", &[], &[]),
            item(Kind::Function, "h", &[], &["T"]),
            item(Kind::Const, "K", &["T"], &[]),
        ];
        let mut failed = BTreeMap::new();
        failed.insert("A".into(), (Kind::Record, Removal::Differs("size".into())));
        failed.insert("T".into(), (Kind::Alias, Removal::Differs("type".into())));
        let removed = cascade(&items, failed);
        let names: Vec<&str> = removed.keys().map(String::as_str).collect();
        assert_eq!(names, ["A", "B", "K", "T", "f", "h"]);
        assert_eq!(removed["B"].1, Removal::Uses("A".into()));
    }
}
