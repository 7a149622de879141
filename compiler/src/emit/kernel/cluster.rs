//! Thread-block clusters in the backward: the blocks of a cluster add their gradient tiles
//! together through distributed shared memory, so one partial per cluster (not per block)
//! leaves for the reduce kernel; the cluster barrier and the buffers this takes.

use super::reduce::{BlockTile, FlushAt};
use super::{Em, GradRoute, Target};
use crate::emit::math::farith;
use crate::emit::plan::KernelPlan;
use crate::emit::text::Emitter;
use crate::ir::{DType, Handle, Input};

/// Blocks per cluster of the backward walk under `plan` whose gradients leave by `routes` on
/// `target`: the plan's where blocks sum tiles on the GPU, else 1.
pub fn backward_cluster(
    plan: &KernelPlan,
    routes: &[(Handle<Input>, GradRoute)],
    target: Target,
) -> usize {
    if target == Target::Gpu && !plan.backward_atomics && sums_tiles(routes) {
        plan.backward_cluster.max(1)
    } else {
        1
    }
}

/// Whether the backward walk under `plan` whose gradients leave by `routes` adds its block
/// sums with atomics: the plan's choice where blocks sum tiles (on the host too, where the
/// blocks run one after another: the layout and the zeroing are checked there).
pub fn backward_atomics(plan: &KernelPlan, routes: &[(Handle<Input>, GradRoute)]) -> bool {
    plan.backward_atomics && sums_tiles(routes)
}

/// Whether some gradient leaving by `routes` is summed by blocks (through tiles).
fn sums_tiles(routes: &[(Handle<Input>, GradRoute)]) -> bool {
    routes.iter().any(|r| r.1 == GradRoute::Blocks)
}

impl Em<'_> {
    /// This thread's arrival at the cluster's barrier (release: its block's shared memory
    /// writes before it are seen by the cluster's blocks after their wait).
    pub(super) fn cluster_arrive(&mut self) {
        self.line("nvvm.cluster.arrive".into());
    }

    /// Waits until every thread of the cluster has arrived (acquire).
    pub(super) fn cluster_wait(&mut self) {
        self.line("nvvm.cluster.wait".into());
    }

    /// This block's rank in its cluster (i64).
    pub(super) fn cluster_rank(&mut self) -> String {
        let r = self.op("nvvm.read.ptx.sreg.cluster.ctarank : i32".into());
        self.op(format!("arith.extui {r} : i32 to i64"))
    }

    /// A flush in a cluster: once every block is done reading the last flush's sums, the
    /// warps' sums into the block's; once every block has written its own, each block adds a
    /// share of the elements over the cluster.
    pub(super) fn flush_cluster(&mut self, tiles: &[BlockTile], cs: &ClusterSums, at: &FlushAt) {
        // The tiles are complete.
        self.barrier();
        let threads = self.i64c(self.plan.threads as i64);
        let tid = self.tid.clone();
        self.cluster_wait();
        for (tile, buf) in tiles.iter().zip(&cs.bufs) {
            let n = self.i64c((at.steps * tile.points) as i64);
            self.for_i64(&tid, &n, &threads, |em, idx| {
                let v = em.warp_sum(tile, at.steps, &idx);
                em.store(&v, buf, &idx, DType::F32);
            });
        }
        // Also a block barrier: the tiles are free for the walk after it.
        self.cluster_arrive();
        self.cluster_wait();
        self.cluster_add(tiles, cs, at);
        self.cluster_arrive();
    }

    /// Each block adds a share of the flush's elements over the cluster's blocks in rank
    /// order (distributed shared memory) and writes them at `[b / cluster][element]`.
    fn cluster_add(&mut self, tiles: &[BlockTile], cs: &ClusterSums, at: &FlushAt) {
        self.note(
            false,
            "sum over the cluster's blocks: distributed shared memory, in rank order",
        );
        let c = self.i64c(self.cluster as i64);
        let slot = self.bin_i("divui", &at.block, &c);
        let threads = self.i64c(self.plan.threads as i64);
        let tid = self.tid.clone();
        let rank = self.cluster_rank();
        let first = self.bin_i("muli", &rank, &threads);
        let first = self.bin_i("addi", &first, &tid);
        let stride = self.bin_i("muli", &threads, &c);
        let cluster = self.cluster;
        for (tile, buf) in tiles.iter().zip(&cs.bufs) {
            let n = self.i64c((at.steps * tile.points) as i64);
            let local = self.op(format!(
                "llvm.addrspacecast {buf} : !llvm.ptr to !llvm.ptr<3>"
            ));
            self.for_i64(&first, &n, &stride, |em, idx| {
                let here = em.op(format!(
                    "llvm.getelementptr {local}[{idx}] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32"
                ));
                em.store_partial(tile, at, &idx, &slot, &|em| {
                    let mut total: Option<String> = None;
                    for r in 0..cluster {
                        let r = em.text.i32(r as i32);
                        let remote = em.op(format!(
                            "nvvm.mapa {here}, {r} : !llvm.ptr<3> -> !llvm.ptr<7>"
                        ));
                        let v = em.op(format!("llvm.load {remote} : !llvm.ptr<7> -> f32"));
                        total = Some(match total {
                            None => v,
                            Some(s) => em.op(farith("addf", &s, &v)),
                        });
                    }
                    total.expect("a block")
                });
            });
        }
    }

    /// The end of a walk in a cluster: no block leaves while another may still read its
    /// shared memory.
    pub(super) fn cluster_finish(&mut self) {
        self.cluster_wait();
    }
}

/// A cluster's block sums: per tile, a step per point in shared memory, which the cluster's
/// blocks read after each flush. The walk starts with an arrival at the cluster's barrier
/// (its first flush waits there: every block has started), each flush meets the cluster
/// twice (written, then read), and the walk ends with a wait.
pub(super) struct ClusterSums {
    pub bufs: Vec<String>,
}

impl ClusterSums {
    /// The buffers of `tiles` (`steps` each) of walk `name`, and the walk's first arrival.
    pub(super) fn new(
        em: &mut Em<'_>,
        name: &str,
        tiles: &[BlockTile],
        steps: usize,
    ) -> ClusterSums {
        let bufs = tiles
            .iter()
            .map(|t| {
                em.shared_array(
                    &format!("sums_{name}_{}", em.rec.inputs[t.input].name),
                    t.points * steps,
                )
            })
            .collect();
        em.cluster_arrive();
        ClusterSums { bufs }
    }
}
