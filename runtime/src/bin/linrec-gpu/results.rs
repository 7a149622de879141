//! Results as data: every measured row appended to `bench/results.jsonl` in the schema of
//! `../shared/TARGETS.md` (date, commit, device, command, row, shape, dtype, value, unit,
//! floor, peer, peer_value), and the peers' rows (timed in the same run by the peers'
//! scripts) read back to pair with ours.

use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

/// One measured row.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub row: String,
    pub shape: String,
    pub dtype: String,
    pub value: f64,
    /// `ms` (lower is better) or `tok/s` (higher is better).
    pub unit: &'static str,
    pub floor: Option<f64>,
    pub peer: Option<String>,
    pub peer_value: Option<f64>,
}

impl Record {
    /// Our value against the floor, as a share of it (1 = at the floor).
    pub fn of_floor(&self) -> Option<f64> {
        self.floor.map(|f| match self.unit {
            "ms" => f / self.value,
            _ => self.value / f,
        })
    }

    /// Our speed against the peer's (above 1: faster).
    pub fn vs_peer(&self) -> Option<f64> {
        self.peer_value.map(|p| match self.unit {
            "ms" => p / self.value,
            _ => self.value / p,
        })
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Appends `records` to the JSONL file at `path` (created if missing). The commit comes from
/// `LINREC_COMMIT` (the command that carried the binary sets it).
pub fn append(path: &Path, device: &str, command: &str, records: &[Record]) -> std::io::Result<()> {
    let commit = std::env::var("LINREC_COMMIT").unwrap_or_else(|_| "unknown".into());
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    for r in records {
        let line = json!({
            "date": today(),
            "commit": commit,
            "device": device,
            "command": command,
            "row": r.row,
            "shape": r.shape,
            "dtype": r.dtype,
            "value": r.value,
            "unit": r.unit,
            "floor": r.floor,
            "peer": r.peer,
            "peer_value": r.peer_value,
        });
        writeln!(f, "{line}")?;
    }
    Ok(())
}

/// The JSON lines of a peers' output file (lines that are not JSON objects are skipped).
pub fn read_peers(path: &Path) -> std::io::Result<Vec<Value>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(Value::is_object)
        .collect())
}

/// The table of records: value, floor and peer, with the two ratios.
pub fn table(records: &[Record]) -> String {
    let mut s = format!(
        "{:<34} {:<26} {:<5} {:>11} {:>11} {:>8} {:>11} {:>8}\n",
        "row", "shape", "dtype", "value", "floor", "of floor", "peer", "vs peer"
    );
    let num = |v: Option<f64>| v.map_or("-".into(), |v| format!("{v:.4}"));
    let pct = |v: Option<f64>| v.map_or("-".into(), |v| format!("{:.1}%", 100.0 * v));
    let times = |v: Option<f64>| v.map_or("-".into(), |v| format!("{v:.2}x"));
    for r in records {
        s.push_str(&format!(
            "{:<34} {:<26} {:<5} {:>11} {:>11} {:>8} {:>11} {:>8}\n",
            format!("{} ({})", r.row, r.unit),
            r.shape,
            r.dtype,
            num(Some(r.value)),
            num(r.floor),
            pct(r.of_floor()),
            num(r.peer_value),
            times(r.vs_peer())
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(unit: &'static str, value: f64, floor: f64, peer: f64) -> Record {
        Record {
            row: "r".into(),
            shape: "B=1".into(),
            dtype: "f32".into(),
            value,
            unit,
            floor: Some(floor),
            peer: Some("p".into()),
            peer_value: Some(peer),
        }
    }

    #[test]
    fn ratios_read_the_same_way_for_times_and_rates() {
        // 2 ms against a 1 ms floor and a 4 ms peer: half the floor's speed, twice the peer's.
        let t = record("ms", 2.0, 1.0, 4.0);
        assert_eq!((t.of_floor(), t.vs_peer()), (Some(0.5), Some(2.0)));
        let r = record("tok/s", 500.0, 1000.0, 250.0);
        assert_eq!((r.of_floor(), r.vs_peer()), (Some(0.5), Some(2.0)));
    }

    #[test]
    fn rows_append_as_json_lines_and_peer_files_skip_other_lines() {
        let dir = std::env::temp_dir().join(format!("linrec-results-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("results.jsonl");
        let _ = std::fs::remove_file(&path);
        append(&path, "GPU", "cmd", &[record("ms", 2.0, 1.0, 4.0)]).expect("append");
        append(&path, "GPU", "cmd", &[record("ms", 3.0, 1.0, 4.0)]).expect("append");
        let rows = read_peers(&path).expect("read");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1]["value"], 3.0);
        assert_eq!(rows[0]["unit"], "ms");
        let date = rows[0]["date"].as_str().expect("date");
        assert_eq!(date.len(), 10);
        assert_eq!(&date[4..5], "-");
        std::fs::write(
            dir.join("peers.txt"),
            "building…\n{\"kind\": \"sel\"}\n[1]\n",
        )
        .expect("w");
        assert_eq!(read_peers(&dir.join("peers.txt")).expect("read").len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
