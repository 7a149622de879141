//! Strategy is data: how a recurrence's scan is laid out on the GPU, chosen in one place, in a
//! fixed order — the user's explicit choice, else the cost model — and recorded (with the
//! reason) in the manifest and in `explain`.

use serde::{Deserialize, Serialize};

/// How the scan axis is processed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Strategy {
    /// Each thread carries its state along the whole scan axis; inputs are staged through
    /// shared memory `tile` steps at a time.
    Sequential { threads: u32, tile: u32 },
    /// The scan axis is cut into chunks of `chunk` steps processed in parallel: chunk
    /// aggregates with the combine operator, a scan of the carries across chunks, then each
    /// chunk re-run from its carry (whose values are also the states saved for the backward).
    Chunked { chunk: u32, threads: u32, tile: u32 },
}

/// What the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    #[default]
    Auto,
    Sequential,
    Chunked,
}

/// A strategy and why it was chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[must_use]
pub struct Choice {
    pub strategy: Strategy,
    pub reason: String,
}

/// The machine the cost model reasons about (defaults: the H200).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub sms: u32,
    /// Resident threads per SM at full occupancy.
    pub threads_per_sm: u32,
}

impl Default for Device {
    fn default() -> Self {
        Device {
            sms: 132,
            threads_per_sm: 2048,
        }
    }
}

/// Threads per block and steps per staged tile used by both strategies (measured on the
/// H200: 128-thread blocks or 64-step tiles would stage more than the 48 KB of static shared
/// memory for the selective scan and the first-order scan).
pub const THREADS: u32 = 64;
pub const TILE: u32 = 32;

/// Chunk length of the chunked strategy (also the checkpoint interval of the backward).
pub const CHUNK: u32 = crate::emit::kernel::CHUNK as u32;

/// The shape facts the cost model uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shape {
    /// Independent scans (points of the outer dims): one thread each.
    pub outer: u64,
    /// Length of the scan axis.
    pub len: u64,
    /// State values per thread (points of the reduced dims): independent chains per thread.
    pub state_points: u64,
    /// Whether some sequence has its scan axis not innermost (e.g. `[B, L, D]`): a
    /// sequential walk then cannot stage tiles along the scan and waits on each step's loads.
    pub scan_strided: bool,
}

/// Whether any tensor with the scan dim has another dim innermost.
pub fn scan_strided<'a, D: PartialEq + 'a>(
    scan: &D,
    tensors: impl IntoIterator<Item = &'a [D]>,
) -> bool {
    tensors
        .into_iter()
        .any(|dims| dims.contains(scan) && dims.last() != Some(scan))
}

/// Chooses a strategy: the request if explicit, else the cost model.
///
/// The model: a sequential scan keeps one thread per outer point busy for `len` steps, so
/// it is fast only when those threads fill the machine. Each thread runs `state_points`
/// independent chains (instruction-level parallelism), so count `outer · min(state_points, 4)`
/// chains against the chains needed to hide latency, an eighth of full occupancy (a guess
/// to be replaced by measurement: see bench/RESULTS.md). When the
/// sequential scan cannot fill the GPU and the sequence is long enough to cut into at least
/// 4 chunks, the chunked scan wins despite reading its inputs twice.
pub fn choose(request: Request, shape: Option<Shape>, device: Device) -> Choice {
    let sequential = Strategy::Sequential {
        threads: THREADS,
        tile: TILE,
    };
    let chunked = Strategy::Chunked {
        chunk: CHUNK,
        threads: THREADS,
        tile: TILE,
    };
    match request {
        Request::Sequential => {
            return Choice {
                strategy: sequential,
                reason: "requested (--strategy sequential)".into(),
            };
        }
        Request::Chunked => {
            return Choice {
                strategy: chunked,
                reason: "requested (--strategy chunked)".into(),
            };
        }
        Request::Auto => {}
    }
    let Some(s) = shape else {
        return Choice {
            strategy: sequential,
            reason: "no shape known at compile time: sequential; the runtime re-applies the cost model to each call's shape".into(),
        };
    };
    let chains = s.outer * s.state_points.min(4);
    let needed = u64::from(device.sms) * u64::from(device.threads_per_sm) / 8;
    if s.scan_strided && s.len >= 2 * u64::from(CHUNK) {
        Choice {
            strategy: chunked,
            reason: format!(
                "the scan axis is not innermost: a sequential walk would wait on every step's loads, {} chunks of {CHUNK} steps run side by side: chunked",
                s.len.div_ceil(u64::from(CHUNK))
            ),
        }
    } else if chains >= needed {
        Choice {
            strategy: sequential,
            reason: format!(
                "{} scans × {} chains each fill the GPU (≥ {needed} chains needed): sequential",
                s.outer,
                s.state_points.min(4)
            ),
        }
    } else if s.len >= 4 * u64::from(CHUNK) {
        Choice {
            strategy: chunked,
            reason: format!(
                "{} scans × {} chains leave the GPU under-filled (< {needed}) and L = {} splits into {} chunks: chunked",
                s.outer,
                s.state_points.min(4),
                s.len,
                s.len.div_ceil(u64::from(CHUNK))
            ),
        }
    } else {
        Choice {
            strategy: sequential,
            reason: format!(
                "GPU under-filled but L = {} is too short to chunk (< {}): sequential",
                s.len,
                4 * CHUNK
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_request_wins() {
        let c = choose(Request::Chunked, None, Device::default());
        assert!(matches!(c.strategy, Strategy::Chunked { .. }));
    }

    #[test]
    fn few_long_scans_are_chunked_many_are_sequential() {
        let d = Device::default();
        let few = Shape {
            outer: 1536,
            len: 65536,
            state_points: 16,
            scan_strided: false,
        };
        assert!(matches!(
            choose(Request::Auto, Some(few), d).strategy,
            Strategy::Chunked { .. }
        ));
        let many = Shape {
            outer: 8 * 1536,
            len: 2048,
            state_points: 16,
            scan_strided: false,
        };
        assert!(matches!(
            choose(Request::Auto, Some(many), d).strategy,
            Strategy::Sequential { .. }
        ));
        let short = Shape {
            outer: 10,
            len: 100,
            state_points: 1,
            scan_strided: false,
        };
        assert!(matches!(
            choose(Request::Auto, Some(short), d).strategy,
            Strategy::Sequential { .. }
        ));
    }
}
