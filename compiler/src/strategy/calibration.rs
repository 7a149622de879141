//! The cost model's constants as data: one table per GPU model (`compiler/calibration/*.json`,
//! written by `linrec-gpu calibrate` from forced timings of both strategies on a grid of
//! shapes), compiled in. The compiler (no GPU) and `explain` use the default table; the runtime
//! picks the table of the GPU it runs on, by name.

use serde::{Deserialize, Serialize};

/// The constants [`super::choose`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostModel {
    /// A sequential scan fills the GPU when its independent chains reach full occupancy
    /// divided by this (`fill_divisor_strided` where the scan axis is not innermost: threads
    /// that each wait on their own loads).
    pub fill_divisor: u64,
    pub fill_divisor_strided: u64,
    /// Shortest scan the chunked strategy takes, in units of [`super::CHUNK`] steps: scan axis
    /// innermost, and not.
    pub min_chunks: u64,
    pub min_chunks_strided: u64,
    /// How a thread's state points weigh in the fill where the scan axis is innermost, as an
    /// exponent in quarters: a thread counts as `points^(q/4)` threads. Measured on the H200
    /// it is negative: a thread with more points takes longer per step, so a sequential scan
    /// of many points needs more threads before it beats the chunked one.
    pub points_exponent_quarters: i64,
    /// Longest scan a block-scan forward takes where the sequential one would leave the GPU
    /// under-filled (past it, the chunked scan). Fitted where the grid has block-scan
    /// timings ([`BLOCK_MAX_LENS`]); the default was measured on the H200, selective scan at
    /// (1, 1536, 65536, 16), chunked 2.53 / 2.59 ms (f32 / bf16) against the block scan's
    /// 2.91 / 2.71; at L = 2048 the block scan is 1.4-2.3x faster than chunked.
    #[serde(default = "block_max_len")]
    pub block_max_len: u64,
    /// Most scans a block-scan forward takes where a scan is shorter than one of its tiles
    /// (threads × steps): a block then has idle threads, and many such blocks lose to the
    /// sequential or chunked scan. Fitted where the grid has block-scan timings
    /// ([`BLOCK_SHORT_MAX_OUTERS`]). A scan that is not a multiple of a thread's steps also
    /// walks its one partial tile a step at a time, and takes the block scan for at most
    /// [`super::UNALIGNED_SHORT_MAX_OUTER`] scans.
    #[serde(default = "block_short_max_outer")]
    pub block_short_max_outer: u64,
    /// Most steps in all (scans × length) a block-scan forward takes where the sequential one
    /// would leave the GPU under-filled: its blocks each walk their scan's tiles in turn, and
    /// past this many steps the chunked scan's parallelism along the scan wins. Fitted where
    /// the grid has block-scan timings ([`BLOCK_MAX_WORKS`]); a table without it has no such
    /// limit. Measured on an H100 (selective scan, L = 8192): the block scan took 0.34 ms for
    /// 1,536 scans against 0.42 chunked, 0.87 for 4,096 against 0.82, and 1.14 for 5,120
    /// against 0.97.
    #[serde(default = "block_max_work")]
    pub block_max_work: u64,
}

fn block_max_len() -> u64 {
    16384
}

fn block_short_max_outer() -> u64 {
    2048
}

fn block_max_work() -> u64 {
    u64::MAX
}

/// The values [`fit`] tries for [`CostModel::block_max_len`] where the grid has block-scan
/// timings: from a scan of one 1,024-step tile to past the longest grid scan.
pub const BLOCK_MAX_LENS: [u64; 8] = [1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072];

/// The values [`fit`] tries for [`CostModel::block_short_max_outer`] where the grid has
/// block-scan timings.
pub const BLOCK_SHORT_MAX_OUTERS: [u64; 10] =
    [64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768];

/// The values [`fit`] tries for [`CostModel::block_max_work`] where the grid has block-scan
/// timings: 2^20 to 2^28 steps, and no limit.
pub const BLOCK_MAX_WORKS: [u64; 10] = [
    1 << 20,
    1 << 21,
    1 << 22,
    1 << 23,
    1 << 24,
    1 << 25,
    1 << 26,
    1 << 27,
    1 << 28,
    u64::MAX,
];

impl CostModel {
    /// What one thread holding `points` state points counts for in the fill.
    pub fn thread_weight(&self, points: u64) -> f64 {
        (points.max(1) as f64).powf(self.points_exponent_quarters as f64 / 4.0)
    }
}

/// One point of a calibration grid: a recurrence at a shape, both strategies forced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GridPoint {
    pub recurrence: String,
    /// `B=8,D=1536,L=2048,N=16`.
    pub shape: String,
    pub sequential_ms: f64,
    pub chunked_ms: f64,
    /// The block-scan forward, where the recurrence has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_ms: Option<f64>,
    /// What the model decides from: independent scans, scan length, state points per
    /// thread, lanes, whether the scan axis is not innermost.
    pub cost: super::Shape,
}

/// A GPU model's table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// The device name the driver reports (`NVIDIA H200`).
    pub gpu: String,
    /// Where the constants come from (the calibrate run's commit and date).
    pub source: String,
    pub model: CostModel,
    /// The measurements they were fitted to.
    pub grid: Vec<GridPoint>,
}

/// The tables in the repository, by file name.
const TABLES: [(&str, &str); 2] = [
    (
        "nvidia-h200",
        include_str!("../../calibration/nvidia-h200.json"),
    ),
    (
        "nvidia-h100-80gb-hbm3",
        include_str!("../../calibration/nvidia-h100-80gb-hbm3.json"),
    ),
];

/// The table used where the GPU is unknown (the compiler, `explain`) or has none of its own.
pub const DEFAULT_TABLE: &str = "nvidia-h200";

/// Every bundled table, parsed once; panics only if one does not parse (a test reads each).
static PARSED: std::sync::LazyLock<Vec<(&str, Calibration)>> = std::sync::LazyLock::new(|| {
    TABLES
        .iter()
        .map(|&(n, text)| {
            let t =
                serde_json::from_str(text).unwrap_or_else(|e| panic!("calibration/{n}.json: {e}"));
            (n, t)
        })
        .collect()
});

/// A table by file name.
pub fn table(name: &str) -> Option<&'static Calibration> {
    PARSED.iter().find(|(n, _)| *n == name).map(|(_, t)| t)
}

/// The table for the GPU the driver calls `gpu` (`NVIDIA H200` → `nvidia-h200`), else the
/// default one; with the name of the table taken.
pub fn for_gpu(gpu: &str) -> (&'static str, &'static Calibration) {
    let wanted = gpu.trim().to_lowercase().replace(' ', "-");
    let name = TABLES
        .iter()
        .map(|(n, _)| *n)
        .find(|n| *n == wanted)
        .unwrap_or(DEFAULT_TABLE);
    (name, table(name).expect("the default table is bundled"))
}

/// What `model` picks at grid point `p`, and its time over the best forced strategy's.
pub fn pick(model: CostModel, device: super::Device, p: &GridPoint) -> (super::Strategy, f64) {
    let device = super::Device { model, ..device };
    let s = super::pick(super::Request::Auto, Some(p.cost), device);
    let t = match s {
        super::Strategy::Sequential { .. } => p.sequential_ms,
        super::Strategy::Chunked { .. } => p.chunked_ms,
        super::Strategy::Block { .. } => p.block_ms.unwrap_or(p.sequential_ms),
    };
    let best = p
        .sequential_ms
        .min(p.chunked_ms)
        .min(p.block_ms.unwrap_or(f64::INFINITY));
    (s, t / best)
}

/// Each grid point's [`pick`] ratio under `model`: the worst, and the point it is at.
pub fn worst_ratio(model: CostModel, device: super::Device, grid: &[GridPoint]) -> (f64, usize) {
    grid.iter()
        .enumerate()
        .map(|(k, p)| (pick(model, device, p).1, k))
        .fold((1.0, 0), |a, b| if b.0 > a.0 { b } else { a })
}

/// The constants that minimise the worst ratio over `grid` (ties: the smaller sum of ratios),
/// searched over powers of two (the divisors and lengths) and quarter exponents from −2 to 1,
/// and, where the grid has block-scan timings, over [`BLOCK_MAX_LENS`],
/// [`BLOCK_SHORT_MAX_OUTERS`] and [`BLOCK_MAX_WORKS`] (else the table's block constants
/// stay). A point whose scan axis is not innermost reads only the `_strided` constants and
/// every other point only the rest, so the two halves are searched apart: the worst ratio
/// first (the larger of the halves' best), then, within it, each half's smallest sum.
pub fn fit(device: super::Device, grid: &[GridPoint]) -> CostModel {
    let pow2 = |lo: u32, hi: u32| (lo..=hi).map(|k| 1u64 << k);
    let (strided, inner): (Vec<&GridPoint>, Vec<&GridPoint>) =
        grid.iter().partition(|p| p.cost.scan_strided);
    let timed = inner
        .iter()
        .any(|p| p.block_ms.is_some() && p.cost.block.is_some());
    let m = device.model;
    let (block_lens, short_outers, works) = if timed {
        (
            BLOCK_MAX_LENS.to_vec(),
            BLOCK_SHORT_MAX_OUTERS.to_vec(),
            BLOCK_MAX_WORKS.to_vec(),
        )
    } else {
        (
            vec![m.block_max_len],
            vec![m.block_short_max_outer],
            vec![m.block_max_work],
        )
    };
    let strided_models: Vec<CostModel> = pow2(0, 7)
        .flat_map(|fill_divisor_strided| {
            pow2(0, 5).map(move |min_chunks_strided| CostModel {
                fill_divisor_strided,
                min_chunks_strided,
                ..m
            })
        })
        .collect();
    let mut inner_models = Vec::new();
    for fill_divisor in pow2(0, 7) {
        for min_chunks in pow2(0, 5) {
            for points_exponent_quarters in -8..=4 {
                for &block_max_len in &block_lens {
                    for &block_short_max_outer in &short_outers {
                        for &block_max_work in &works {
                            inner_models.push(CostModel {
                                fill_divisor,
                                min_chunks,
                                points_exponent_quarters,
                                block_max_len,
                                block_short_max_outer,
                                block_max_work,
                                ..m
                            });
                        }
                    }
                }
            }
        }
    }
    // Each candidate's (worst, sum) over its half of the grid.
    let score = |models: &[CostModel], points: &[&GridPoint]| -> Vec<(f64, f64)> {
        models
            .iter()
            .map(|&model| {
                points
                    .iter()
                    .map(|p| pick(model, device, p).1)
                    .fold((1.0, 0.0), |(w, s), r| (r.max(w), s + r))
            })
            .collect()
    };
    let strided_scores = score(&strided_models, &strided);
    let inner_scores = score(&inner_models, &inner);
    let least = |scores: &[(f64, f64)]| scores.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
    let worst = least(&strided_scores).max(least(&inner_scores));
    // Within the worst ratio, the first candidate of the smallest sum.
    let best = |models: &[CostModel], scores: &[(f64, f64)]| {
        models
            .iter()
            .zip(scores)
            .filter(|(_, s)| s.0 <= worst)
            .fold(None::<(CostModel, f64)>, |b, (&model, s)| match b {
                Some((_, sum)) if sum <= s.1 => b,
                _ => Some((model, s.1)),
            })
            .map_or(m, |b| b.0)
    };
    let s = best(&strided_models, &strided_scores);
    CostModel {
        fill_divisor_strided: s.fill_divisor_strided,
        min_chunks_strided: s.min_chunks_strided,
        ..best(&inner_models, &inner_scores)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_table_parses_and_unknown_gpus_get_the_default() {
        for (name, _) in TABLES {
            let t = table(name).expect("bundled");
            assert!(t.model.fill_divisor >= 1, "{name}");
        }
        assert_eq!(for_gpu("NVIDIA H200").0, "nvidia-h200");
        assert_eq!(for_gpu("NVIDIA H100 80GB HBM3").0, "nvidia-h100-80gb-hbm3");
        assert_eq!(for_gpu("Some Other GPU").0, DEFAULT_TABLE);
    }

    #[test]
    fn bundled_tables_hold_the_fit_of_their_own_measurements() {
        for (name, _) in TABLES {
            let t = table(name).expect("bundled");
            if t.grid.is_empty() {
                continue;
            }
            let d = super::super::Device {
                model: t.model,
                ..Default::default()
            };
            let fitted = fit(d, &t.grid);
            assert_eq!(
                worst_ratio(fitted, d, &t.grid).0,
                worst_ratio(t.model, d, &t.grid).0,
                "{name}: the table's constants {:?} are not the best fit {fitted:?}",
                t.model
            );
        }
    }

    #[test]
    fn the_fit_picks_constants_that_choose_the_faster_strategy() {
        let point = |outer, len, seq, chunk| GridPoint {
            recurrence: "r".into(),
            shape: String::new(),
            sequential_ms: seq,
            chunked_ms: chunk,
            block_ms: None,
            cost: super::super::Shape {
                outer,
                len,
                state_points: 1,
                scan_strided: false,
                lanes: 1,
                block: None,
            },
        };
        // Many scans: sequential wins; few long ones: chunked wins.
        let grid = vec![
            point(200_000, 2048, 1.0, 1.5),
            point(100, 65_536, 9.0, 1.0),
            point(100, 256, 1.0, 2.0),
        ];
        let d = super::super::Device::default();
        let m = fit(d, &grid);
        assert_eq!(worst_ratio(m, d, &grid).0, 1.0);
        // No block-scan timings: the table's block_max_len stays.
        assert_eq!(m.block_max_len, d.model.block_max_len);
    }

    /// Where the grid has block-scan timings, the fit finds the longest scan the block scan
    /// still wins at: here it beats the chunked scan up to L = 32,768 and loses at 131,072.
    #[test]
    fn the_fit_finds_where_the_block_scan_stops_winning() {
        let block = super::super::BlockDims {
            threads: 256,
            steps: 4,
            first: false,
            ahead: false,
        };
        let point = |len, chunk, block_ms| GridPoint {
            recurrence: "r".into(),
            shape: String::new(),
            sequential_ms: 100.0,
            chunked_ms: chunk,
            block_ms: Some(block_ms),
            cost: super::super::Shape {
                outer: 64,
                len,
                state_points: 16,
                scan_strided: false,
                lanes: 1,
                block: Some(block),
            },
        };
        let grid = vec![
            point(2048, 2.0, 1.0),
            point(32_768, 3.0, 2.0),
            point(131_072, 4.0, 6.0),
        ];
        let d = super::super::Device::default();
        let m = fit(d, &grid);
        assert_eq!(worst_ratio(m, d, &grid).0, 1.0, "{m:?}");
        assert!((32_768..131_072).contains(&m.block_max_len), "{m:?}");
    }
}
