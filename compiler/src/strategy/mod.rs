//! Strategy is data: how a recurrence's scan is laid out on the GPU, chosen in one place, in a
//! fixed order — the user's explicit choice, else the cost model — and recorded (with the
//! reason) in the manifest and in `explain`.

use serde::{Deserialize, Serialize};

pub mod calibration;
pub use calibration::CostModel;

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
    /// One block of `threads` per scan, each thread taking `steps` consecutive steps of a
    /// tile; the states' points of a summed dim taken in turns (`block_points.rs`).
    /// `ahead`: each turn prefetches the next turn's reads into L1 (the cost model takes it
    /// for scans of at least [`AHEAD_MIN_TILES`] tiles).
    Block {
        threads: u32,
        steps: u32,
        ahead: bool,
    },
}

/// The geometry of a recurrence's block-scan forward, where it has one besides the
/// sequential one (see [`Strategy::Block`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockDims {
    pub threads: u32,
    pub steps: u32,
    /// Whether the block scan is taken wherever the recurrence has one: where every sequence
    /// is stored in 16 bits. Measured on the H200 at 30a8e23 (selective scan, bf16), the block
    /// scan took 1.22 ms at (4, 5120, 4096, 16) against 1.58 for the sequential walk that
    /// fills the GPU (in f32: 1.68 against 1.50), and 2.48 ms at (1, 1536, 65536, 16) against
    /// 2.57 chunked, past the table's `block_max_len` (H100 at 1004dbb: 2.56 against 2.60).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub first: bool,
    /// Whether it also comes prefetching each turn's reads a turn ahead
    /// (the kernel `fwd_block_ahead`), taken for long scans.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ahead: bool,
}

/// Tiles (`threads × steps` steps) a scan must span for the block scan to prefetch each turn's
/// reads a turn ahead ([`Strategy::Block`]'s `ahead`). Measured on an H100 (selective scan,
/// bench/results.jsonl rows of `b043293+bench/experiments/block-prefetch.patch`): at 64 tiles
/// (1, 1536, 65536, 16) the prefetch took 2.21 against 2.53 ms in bf16 and 2.26 against 2.54
/// in f32; at 2 tiles (8, 1536, 2048, 16) 0.449 against 0.394 and 0.535 against 0.509. A
/// block walking a long scan drifts away from the others on its SM, so the lines of `B`, `C`
/// that all scans read are no longer in L1 when it reaches them; blocks walking a few tiles
/// in step find them there, and the prefetches only add L2 traffic. Past the table's
/// `block_max_len` it also beats the chunked scan where its blocks fill the GPU: 2.24 against
/// 2.55 ms at (1, 1536, 65536, 16) in f32 (H100, 0438f79, beside each other in one run).
pub const AHEAD_MIN_TILES: u64 = 16;

/// Most scans shorter than one tile, and not a multiple of a thread's steps, that take the
/// block scan: such a tile is walked a step at a time with its sums in local memory, so a
/// block costs about what a whole tile's does. Measured on an H100 at d3162f7 (selective
/// scan, L = 512, before aligned partial tiles took the whole-tile path, so every short scan
/// was walked so): the block scan took 0.112 ms for 1,536 scans against 0.141 chunked, 0.137
/// for 2,048 against 0.138, and 0.276 for 4,096 against 0.147.
pub const UNALIGNED_SHORT_MAX_OUTER: u64 = 2048;

/// The shortest scan a block scan of `threads × steps` tiles prefetches a turn ahead for.
pub fn ahead_min_len(threads: u64, steps: u64) -> u64 {
    AHEAD_MIN_TILES * threads * steps
}

/// Threads of the block scan over points an SM holds: 65,536 registers at the 128 a thread of
/// it may take (its launch bounds). The emitter caps the kernel so; the cost model counts the
/// blocks the GPU holds at once from it.
pub const BLOCK_POINTS_THREADS_PER_SM: u32 = 65536 / 128;

impl BlockDims {
    /// Scan steps one tile of this block scan covers: `threads × steps`.
    pub fn tile_len(&self) -> u64 {
        u64::from(self.threads) * u64::from(self.steps)
    }

    /// Whether a scan of `len` steps is a multiple of a thread's steps (its partial tile, if
    /// any, then takes the whole-tile path).
    pub fn aligned(&self, len: u64) -> bool {
        len % u64::from(self.steps.max(1)) == 0
    }

    /// Most scans of `len` steps, shorter than one tile, that take this block scan whatever
    /// the table says: [`UNALIGNED_SHORT_MAX_OUTER`] where `len` is not a multiple of a
    /// thread's steps (its one tile then walked a step at a time), else no limit.
    pub fn short_max_outer(&self, len: u64) -> u64 {
        if self.aligned(len) {
            u64::MAX
        } else {
            UNALIGNED_SHORT_MAX_OUTER
        }
    }

    /// Blocks of this block scan the GPU holds at once.
    pub fn resident(&self, device: Device) -> u64 {
        u64::from(device.sms)
            * u64::from((BLOCK_POINTS_THREADS_PER_SM / self.threads.max(1)).max(1))
    }

    /// Whether a scan of `len` steps takes the variant prefetching a turn ahead: where there
    /// is one and the scan spans [`AHEAD_MIN_TILES`] tiles.
    pub fn takes_ahead(&self, len: u64) -> bool {
        self.ahead && len >= ahead_min_len(self.threads.into(), self.steps.into())
    }

    /// The block strategy for a scan of `len` steps (prefetching a turn ahead where
    /// [`BlockDims::takes_ahead`], or `forced`).
    pub fn strategy(&self, len: u64, forced: bool) -> Strategy {
        Strategy::Block {
            threads: self.threads,
            steps: self.steps,
            ahead: forced || self.takes_ahead(len),
        }
    }

    /// What [`BlockDims::strategy`] adds to a reason.
    fn ahead_note(&self, f: &mut std::fmt::Formatter<'_>, len: u64) -> std::fmt::Result {
        if self.takes_ahead(len) {
            write!(
                f,
                ", each turn prefetching the next one's reads (L = {len} spans ≥ {AHEAD_MIN_TILES} tiles of {} steps)",
                self.tile_len()
            )
        } else {
            Ok(())
        }
    }
}

/// What the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    #[default]
    Auto,
    Sequential,
    Chunked,
    Block,
    /// The block scan prefetching a turn ahead (`Strategy::Block` with `ahead`), whatever the
    /// length: how the conformance suite and the benchmarks force it (the CLI does not offer
    /// it; `block` and `auto` take it by the cost model's rule).
    BlockAhead,
}

/// A strategy and why it was chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[must_use]
pub struct Choice {
    pub strategy: Strategy,
    pub reason: String,
}

/// The strategy of a recurrence that runs sequentially only (a chain of scans): `auto` and
/// `sequential` compile it sequential, with this choice; None for `chunked` and `block`, which
/// it has no kernels for.
pub fn chain_choice(request: Request) -> Option<(Request, Choice)> {
    matches!(request, Request::Auto | Request::Sequential).then(|| {
        (
            Request::Sequential,
            Choice {
                strategy: Strategy::Sequential {
                    threads: THREADS,
                    tile: TILE,
                },
                reason: "sequential: a chain of scans (a state's update reads a state scanned before it) runs sequentially".into(),
            },
        )
    })
}

/// The machine the cost model reasons about (defaults: the H200 and its table).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub sms: u32,
    /// Resident threads per SM at full occupancy.
    pub threads_per_sm: u32,
    /// The constants of its calibration table ([`calibration`]).
    pub model: CostModel,
}

impl Default for Device {
    fn default() -> Self {
        Device {
            sms: 132,
            threads_per_sm: 2048,
            model: calibration::for_gpu("").1.model,
        }
    }
}

/// Threads per block and steps per staged tile used by both strategies (measured on the
/// H200: 128-thread blocks or 64-step tiles would stage more than the 48 KB of static shared
/// memory for the selective scan and the first-order scan).
pub const THREADS: u32 = 64;
pub const TILE: u32 = 32;

/// Threads per block of the backward kernel: it stages nothing per thread, and its blocks sum
/// their threads' gradient shares before writing them, so larger blocks leave fewer partial
/// sums (one per block along the summed dim).
pub const BACKWARD_THREADS: u32 = 256;

/// Scan steps per chunk of the chunked strategy where the scan axis is innermost (a multiple
/// of every tile length and of [`CHECKPOINT`]).
pub const CHUNK: u32 = 256;

/// Chunk length where sequences have another dim innermost: each step waits on its loads, so
/// shorter chunks put more of them in flight.
pub const CHUNK_STRIDED: u32 = 64;

/// Steps between the states the forward saves for the backward (which recomputes one such
/// stretch at a time).
pub const CHECKPOINT: u32 = 64;

/// Scan steps per segment of the segmented backward (a multiple of [`CHECKPOINT`]).
pub const SEGMENT: u32 = 256;

/// Slices the sequential backward walks a long scan in, at most: one launch per slice, last
/// first, each followed by the reduce kernels of the gradients along the scan, so that their
/// partial sums take one slice's steps instead of the whole scan's (a selective scan's dB and
/// dC partials, one per block along D, at (8, 1536, 2048, 16): 100 MB whole, 12.6 MB sliced).
pub const BACKWARD_SLICES: u64 = 8;

/// Fewest steps of a backward slice (a multiple of [`CHECKPOINT`]): each slice costs two or
/// three launches, so a short scan is walked whole.
pub const BACKWARD_SLICE_MIN: u64 = 256;

/// Steps per slice of the sequential backward of a scan of `len` steps: `len / 8` rounded up
/// to whole checkpoint stretches, at least [`BACKWARD_SLICE_MIN`], at most `len` (one slice).
pub fn backward_slice_steps(len: u64) -> u64 {
    let c = u64::from(CHECKPOINT);
    let steps = len.div_ceil(BACKWARD_SLICES).div_ceil(c) * c;
    steps.max(BACKWARD_SLICE_MIN).min(len.max(1))
}

/// Whether the backward walks segments of the scan in parallel (three passes, about twice the
/// work) rather than each thread the whole scan: where its `threads` (outer points × lanes)
/// do not fill what the device holds at once (two blocks per SM) and the scan has at least
/// two segments. Measured on the H200, selective scan fwd+bwd: (1, 5120, 2048, 16), 40,960
/// threads: 2.96 ms segmented, 3.68 whole; (1, 1536, 65536, 16): 26.7 vs 82.7;
/// (8, 1536, 2048, 16), 98,304 threads: whole.
pub fn backward_chunked(threads: u64, len: u64, device: Device) -> bool {
    let resident = u64::from(device.sms) * u64::from(BACKWARD_THREADS) * 2;
    len >= 2 * u64::from(SEGMENT) && threads < resident
}

/// The role of one dim in the cost model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DimRole {
    /// The scan axis.
    Scan,
    /// One thread (or `lanes` threads) per point.
    Outer,
    /// Walked entirely by each thread (summed dims, fixed at compile time).
    Reduced,
}

/// The cost model's inputs that do not depend on the call's sizes, fixed when the kernels
/// are planned and recorded in the manifest, so that the runtime re-applies the very model
/// the compiler used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostInputs {
    /// Threads per outer point of the forward kernels.
    pub lanes: u64,
    /// Whether some sequence has its scan axis not innermost.
    pub scan_strided: bool,
    /// The block-scan forward, where the recurrence has one besides the sequential one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<BlockDims>,
}

impl CostInputs {
    /// The shape facts at one call's sizes (`dims`: each dim's role and size, in order).
    pub fn shape(&self, dims: impl IntoIterator<Item = (DimRole, u64)>) -> Shape {
        let (mut outer, mut points, mut len) = (1u64, 1u64, 0u64);
        for (role, size) in dims {
            match role {
                DimRole::Scan => len = size,
                DimRole::Outer => outer *= size,
                DimRole::Reduced => points *= size,
            }
        }
        Shape {
            outer,
            len,
            state_points: points,
            scan_strided: self.scan_strided,
            lanes: self.lanes,
            block: self.block,
        }
    }
}

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
    /// Threads per outer point (the state points split across lanes).
    #[serde(default = "one")]
    pub lanes: u64,
    /// The block-scan forward, where the recurrence has one besides the sequential one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<BlockDims>,
}

fn one() -> u64 {
    1
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
/// The model: a sequential scan keeps `lanes` threads per outer point busy for `len` steps,
/// so it is fast only when those threads fill the machine. Where the scan axis is innermost,
/// a thread's weight depends on the state points it holds, `points^(q/4)` with the table's
/// `points_exponent_quarters` q (fitted on the H200: −1, more points make a step longer, so
/// more threads are needed); where it is not, every step waits on its own loads and only
/// threads hide that, so count threads. Against that, what hides latency: full occupancy
/// divided by the table's `fill_divisor` (`fill_divisor_strided` for threads). When the
/// sequential scan cannot fill the GPU and the sequence is at least
/// `min_chunks` chunks long (`min_chunks_strided` where the scan axis is not innermost), the
/// chunked scan wins despite reading its inputs twice. The constants are fitted per GPU
/// model by `linrec-gpu calibrate` ([`calibration`]). Where every sequence is 16-bit
/// ([`BlockDims::first`]), the block scan is taken before any of this: issue-bound where the
/// others wait on memory, it was measured ahead of both at every shape tried.
pub fn choose(request: Request, shape: Option<Shape>, device: Device) -> Choice {
    let (strategy, reason) = decide(request, shape, device, |why| why.to_string());
    Choice { strategy, reason }
}

/// [`choose`]'s strategy alone, its reason never formatted: what the calibration fit asks
/// millions of times.
pub fn pick(request: Request, shape: Option<Shape>, device: Device) -> Strategy {
    decide(request, shape, device, |_| ()).0
}

/// A value shown by a function, formatted only where it is displayed.
struct Shown<F: Fn(&mut std::fmt::Formatter<'_>) -> std::fmt::Result>(F);

impl<F: Fn(&mut std::fmt::Formatter<'_>) -> std::fmt::Result> std::fmt::Display for Shown<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (self.0)(f)
    }
}

/// [`choose`]'s rules: the strategy, and `why` applied to the reason.
fn decide<R>(
    request: Request,
    shape: Option<Shape>,
    device: Device,
    why: impl Fn(std::fmt::Arguments<'_>) -> R,
) -> (Strategy, R) {
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
            return (
                sequential,
                why(format_args!("requested (--strategy sequential)")),
            );
        }
        Request::Chunked => {
            return (chunked, why(format_args!("requested (--strategy chunked)")));
        }
        Request::Block | Request::BlockAhead => {
            let ahead = request == Request::BlockAhead;
            return match shape.and_then(|s| s.block.map(|b| (b, s.len))) {
                Some((b, len)) => (
                    b.strategy(len, ahead),
                    if ahead {
                        why(format_args!(
                            "requested: the block scan prefetching each turn's reads a turn ahead"
                        ))
                    } else {
                        why(format_args!(
                            "requested (--strategy block){}",
                            Shown(|f| b.ahead_note(f, len))
                        ))
                    },
                ),
                None => (
                    sequential,
                    why(format_args!(
                        "requested (--strategy block), but this recurrence has no block-scan forward besides its sequential one: sequential"
                    )),
                ),
            };
        }
        Request::Auto => {}
    }
    let Some(s) = shape else {
        return (
            sequential,
            why(format_args!(
                "no shape known at compile time: sequential; the runtime re-applies the cost model to each call's shape"
            )),
        );
    };
    let lanes = s.lanes.max(1);
    let threads = s.outer * lanes;
    let points = (s.state_points / lanes).max(1);
    let weight = if s.scan_strided {
        1.0
    } else {
        device.model.thread_weight(points)
    };
    let chains = (threads as f64 * weight).round() as u64;
    let divisor = if s.scan_strided {
        device.model.fill_divisor_strided
    } else {
        device.model.fill_divisor
    };
    let needed = u64::from(device.sms) * u64::from(device.threads_per_sm) / divisor.max(1);
    let what = Shown(|f| {
        if s.scan_strided {
            write!(
                f,
                "the scan axis is not innermost, so each step waits on its loads: {} scans × {lanes} threads each = {threads} threads",
                s.outer
            )
        } else {
            write!(
                f,
                "{} scans × {lanes} threads each = {threads} threads of {points} state points, weighing {weight:.2} each = {chains}",
                s.outer
            )
        }
    });
    // Strided layouts chunk shorter (CHUNK_STRIDED steps): their own shortest length.
    let min_len = if s.scan_strided {
        device.model.min_chunks_strided
    } else {
        device.model.min_chunks
    } * u64::from(CHUNK);
    // A scan shorter than one block tile leaves threads of its block idle
    // (`CostModel::block_short_max_outer`), and where it is not a multiple of a thread's
    // steps its tile is walked a step at a time (`UNALIGNED_SHORT_MAX_OUTER`): only few such
    // scans take the block scan.
    let block = s.block.filter(|b| {
        s.len >= b.tile_len()
            || s.outer
                <= device
                    .model
                    .block_short_max_outer
                    .min(b.short_max_outer(s.len))
    });
    let notes = |b: BlockDims| {
        Shown(move |f| {
            b.ahead_note(f, s.len)?;
            if s.len < b.tile_len() {
                write!(
                    f,
                    " (L = {} is shorter than one tile of {} steps, but {} scans are at most the table's block_short_max_outer {}",
                    s.len,
                    b.tile_len(),
                    s.outer,
                    device.model.block_short_max_outer
                )?;
                if !b.aligned(s.len) {
                    write!(
                        f,
                        " and, L not a multiple of a thread's {} steps, {UNALIGNED_SHORT_MAX_OUTER}",
                        b.steps
                    )?;
                }
                write!(f, ")")?;
            }
            Ok(())
        })
    };
    if let Some(b) = block.filter(|b| b.first) {
        (
            b.strategy(s.len, false),
            why(format_args!(
                "its sequences are 16-bit, where the block scan beats both a sequential walk however many threads it has and the chunked scan however long the scan: a block of {} threads per scan{}",
                b.threads,
                notes(b)
            )),
        )
    } else if chains >= needed {
        (
            sequential,
            why(format_args!(
                "{what} fill the GPU (≥ {needed} needed): sequential"
            )),
        )
    } else if let Some(b) = block.filter(|_| {
        s.len <= device.model.block_max_len
            && s.outer.saturating_mul(s.len) <= device.model.block_max_work
    }) {
        (
            b.strategy(s.len, false),
            why(format_args!(
                "{what} leave the GPU under-filled (< {needed}) and L = {} is at most {}{}: a block of {} threads per scan{}",
                s.len,
                device.model.block_max_len,
                Shown(|f| match device.model.block_max_work {
                    u64::MAX => Ok(()),
                    w => write!(f, ", {} scans × {} steps at most {w}", s.outer, s.len),
                }),
                b.threads,
                notes(b)
            )),
        )
    } else if let Some(b) = block.filter(|b| b.takes_ahead(s.len) && s.outer >= b.resident(device))
    {
        (
            b.strategy(s.len, false),
            why(format_args!(
                "{what} leave the GPU under-filled (< {needed}) and L = {} is longer than {}, but its {} blocks of {} threads fill the {} the GPU holds at once: the block scan{}",
                s.len,
                device.model.block_max_len,
                s.outer,
                b.threads,
                b.resident(device),
                notes(b)
            )),
        )
    } else if s.len >= min_len {
        (
            chunked,
            why(format_args!(
                "{what} leave the GPU under-filled (< {needed}) and L = {} is long enough to chunk: chunked",
                s.len
            )),
        )
    } else {
        (
            sequential,
            why(format_args!(
                "{what} leave the GPU under-filled but L = {} is too short to chunk (< {min_len}): sequential",
                s.len
            )),
        )
    }
}

#[cfg(test)]
mod tests;
