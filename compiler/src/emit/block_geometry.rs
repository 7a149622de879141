//! The block scans' geometry: threads per block, steps per thread, and where a state spans a
//! summed dim, how many of its points a turn takes; the measured defaults, per storage width.

/// The sequential forward's block scan: one block of `threads` per scan, each thread taking
/// `steps` consecutive steps of a tile of `threads × steps` (see `kernel/block_scan.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockScan {
    pub threads: usize,
    pub steps: usize,
    /// Points of the summed dim a turn takes, where the block scan takes its states' points
    /// in turns ([`crate::emit::plan::KernelPlan::point_turns`]; the largest that divides them).
    pub turn_points: usize,
}

impl BlockScan {
    /// `threads × steps`, the points taken [`POINTS_PER_TURN`] at a time.
    pub const fn new(threads: usize, steps: usize) -> BlockScan {
        BlockScan {
            threads,
            steps,
            turn_points: POINTS_PER_TURN,
        }
    }
}

/// The block scan where the plan chooses it: measured on the H200 (first-order scan,
/// (8, 1536, T); bench/results.jsonl rows `first_order fwd seq first_order_b…`): 256 × 8 ran
/// at 87 / 99 / 99% of copy bandwidth for T = 2048 / 16384 / 65536, 128 × 4 at 83 / 97 / 98%,
/// 256 × 4 at 74 / 90 / 93%, 512 × 4 at 58 / 76 / 78%; the thread-per-scan walk at 46 / 52 /
/// 52%. Without vector access 256 × 8 ran at 29%: a warp's scalar reads 8 steps apart.
pub const BLOCK_SCAN: BlockScan = BlockScan::new(256, 8);

/// The block scan whose states' points are taken in turns: measured on the H200 (selective
/// scan, bench/results.jsonl rows `ss_p…` and `ss_pl128x8_…`): 128 × 8 at (8, 1536, 2048, 16)
/// took 0.585 / 0.449 ms (f32 / bf16), 256 × 8 0.654 / 0.517, 128 × 16 0.840 / 0.533, 64 × 16
/// at one point a turn 0.731 / 0.426.
pub const BLOCK_POINTS: BlockScan = BlockScan::new(128, 8);

/// [`BLOCK_POINTS`] where every sequence is stored in 16 bits: measured on the H200 at a889506
/// (selective scan, bench/results.jsonl rows `…selective_scan_bf16_64x16x1`), 64 × 16 at one
/// point a turn took 0.404 / 1.471 / 0.166 ms at (8, 1536, 2048), (4, 5120, 4096),
/// (1, 5120, 2048) against 0.430 / 1.559 / 0.191 for 128 × 8 at two (0.070 against 0.062 at
/// (1, 1536, 2048)). In f32 the same geometry was slower (0.726 against 0.608 ms, H100): its
/// 159 registers leave too few warps for a kernel that waits on memory, where the bf16 one
/// is bound by issue (fewer scans and barriers per step).
pub const BLOCK_POINTS_16BIT: BlockScan = BlockScan {
    threads: 64,
    steps: 16,
    turn_points: 1,
};

/// Whether every input sequence (along the scan) is stored in 16 bits.
pub(super) fn narrow_sequences(rec: &crate::ir::Recurrence) -> bool {
    rec.inputs
        .iter()
        .filter(|(_, i)| i.dims.contains(&rec.scan))
        .all(|(_, i)| i.dtype.size_bytes() == 2)
}

/// Points of the summed dim a block scan's turn takes: two independent scans per turn share
/// its barriers and its address arithmetic. Measured on the H200 (selective scan, 128 × 8;
/// rows `ss_pl_128x8`, `ss_p2_128x8_…`, `ss_p4_128x8_…`): one point a turn 0.63 / 0.54 ms
/// (f32 / bf16) at (8, 1536, 2048, 16), two 0.585 / 0.449, four (bf16) 0.575.
pub const POINTS_PER_TURN: usize = 2;
