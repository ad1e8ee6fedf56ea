//! The backports (check 9): COMPAT.md's functions against what the crate binds on this
//! target. A function the table offers here must be bound (natively or as a backport), and
//! one it withholds here must not be: the table is the crate's documented coverage of
//! pythoncapi-compat, so either difference is a finding.

use std::collections::BTreeSet;
use std::path::Path;

use crate::probe::Finding;

/// One function row of COMPAT.md: `| `name` | fn | `header` | native | offered | notes |`.
#[derive(Debug)]
pub struct Row {
    pub name: String,
    /// The minor version that has it natively (`3.8 (before 3.9)` reads as 8).
    pub native: u32,
    /// The minor version from which the crate offers it; `None`: never under this name.
    pub offered: Option<u32>,
}

/// The minor version of a table cell: `3.12`, `3.12+`, `3.8 (before 3.9)`.
pub fn minor(cell: &str) -> Option<u32> {
    cell.strip_prefix("3.")?
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// The function rows of the crate's COMPAT.md (empty if it has none).
pub fn rows(path: &Path) -> Vec<Row> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let (name, rest) = l.split_once('`')?;
            let cells: Vec<&str> = rest.split('|').map(str::trim).collect();
            (cells.get(1)? == &"fn").then_some(())?;
            Some(Row {
                name: name.to_string(),
                native: minor(cells.get(3)?)?,
                offered: minor(cells.get(4)?),
            })
        })
        .collect()
}

/// The functions backported on minor version `minor` (offered, not native), and the
/// findings: offered but not bound, or bound though withheld.
pub fn check(rows: &[Row], minor: u32, bound: &BTreeSet<String>) -> (usize, Vec<Finding>) {
    let mut backported = 0;
    let mut findings = Vec::new();
    for row in rows {
        let offered = row.offered.is_some_and(|from| from <= minor);
        let is_bound = bound.contains(&row.name);
        if offered && !is_bound {
            findings.push(Finding {
                class: "backport",
                item: row.name.clone(),
                rust: "not bound".into(),
                c: format!("COMPAT.md offers it from 3.{}", row.offered.unwrap_or(0)),
            });
        } else if !offered && is_bound {
            findings.push(Finding {
                class: "backport",
                item: row.name.clone(),
                rust: "bound".into(),
                c: format!("COMPAT.md does not offer it on 3.{minor}"),
            });
        }
        if offered && is_bound && row.native > minor {
            backported += 1;
        }
    }
    (backported, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_and_judges_them() {
        let dir = std::env::temp_dir().join(format!("compat-rows-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("COMPAT.md");
        std::fs::write(
            &path,
            "| item | kind | header | native since | offered from | notes |\n\
             | `A` | fn | `x.h` | 3.13 | 3.9 | |\n\
             | `B` | fn | `x.h` | 3.14 | 3.14 | native only |\n\
             | `C` | const | `x.h` | 3.12 | 3.9 | |\n\
             | `D` | fn | `x.h` | 3.8 (before 3.9) | 3.9 | |\n\
             | `E` | macro | `x.h` | 3.13 | — | |\n",
        )
        .unwrap();
        let rows = rows(&path);
        assert_eq!(rows.len(), 3, "functions only");
        let bound: BTreeSet<String> = ["A", "D"].iter().map(|s| s.to_string()).collect();
        let (backported, findings) = check(&rows, 12, &bound);
        assert_eq!(
            (backported, findings.len()),
            (1, 0),
            "A is backported on 3.12"
        );
        let (_, findings) = check(&rows, 14, &bound);
        assert_eq!(findings.len(), 1, "B is offered on 3.14 but not bound");
        let all: BTreeSet<String> = ["A", "B", "D"].iter().map(|s| s.to_string()).collect();
        let (_, findings) = check(&rows, 12, &all);
        assert_eq!(findings[0].item, "B", "B is withheld on 3.12 but bound");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
