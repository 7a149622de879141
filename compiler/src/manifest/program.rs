//! Launch programs: per entry point of a recurrence (forward, forward saving the backward's
//! states, step, backward), the ordered kernel launches with their grid rules, the buffers the
//! caller gives and the ones the program makes, and the workspaces with their sizes. The
//! compiler writes them (`emit::program`); the runtime and the host verifier execute them
//! through [`super::exec`], so both run the very same list.

use serde::{Deserialize, Serialize};

/// A buffer a kernel parameter names: its role, and the tensor (input, output) or state it
/// belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Buffer {
    Input(String),
    Output(String),
    /// A state read and overwritten in place (the step kernel).
    State(String),
    /// The step's new value of a state that lacks an outer dim, until the commit kernel
    /// copies it into the state.
    StateNext(String),
    /// The incoming gradient of an output (backward).
    OutputGrad(String),
    /// The gradient of an input (backward), in the input's dtype.
    InputGrad(String),
    /// States saved every checkpoint interval (written by the forward, read by the backward).
    Checkpoint(String),
    /// Backward workspace: per thread, the state entering each group of steps of one
    /// checkpoint stretch (the walk recomputes a group's states into registers from it).
    Scratch(String),
    /// Per-thread partial sums of an input's gradient, summed by its reduce kernel.
    Partial(String),
    /// Chunked strategy workspaces: each chunk's aggregate decay `A` and offset `B`, and the
    /// state entering each chunk.
    AggA(String),
    AggB(String),
    Carry(String),
    /// Segmented backward: per segment, the adjoint at its start from a zero adjoint at its
    /// end, the product of its decays after the first, and its first decay
    /// (`[plane][segment][state point][outer point]`).
    SegmentSums(String),
    /// Segmented backward: the adjoint and the decay entering each segment from the one after
    /// it (`[plane][segment][state point][outer point]`).
    SegmentCarries(String),
    /// Sliced backward: per thread, every value it carries from one slice of the scan to the
    /// one before it (adjoints, decays, gradient sums), named by the recurrence.
    SliceCarry(String),
    /// A recurrence split into a pre-pass and a scan ([`crate::derive::split`]): a tensor the
    /// pre-pass writes and the scan reads, and its gradient (the scan's backward writes it, the
    /// pre-pass's reads it).
    Between(String),
    BetweenGrad(String),
    /// A decoding step with an input's projection folded in ([`StepFold`]): the rows the
    /// projection reads, `[the input's other dims][rank]`, in f32.
    FoldRows(String),
    /// ... and its weight, `[the input's last dim][rank]` (row-major, as `linear` takes it), in
    /// f32.
    FoldWeight(String),
    /// ... and its bias, `[the input's last dim]` in f32, where it has one (else null).
    FoldBias(String),
}

impl Buffer {
    /// The tensor or state name it belongs to.
    pub fn owner(&self) -> &str {
        match self {
            Buffer::Input(n)
            | Buffer::Output(n)
            | Buffer::State(n)
            | Buffer::StateNext(n)
            | Buffer::OutputGrad(n)
            | Buffer::InputGrad(n)
            | Buffer::Checkpoint(n)
            | Buffer::Scratch(n)
            | Buffer::Partial(n)
            | Buffer::AggA(n)
            | Buffer::AggB(n)
            | Buffer::Carry(n)
            | Buffer::SegmentSums(n)
            | Buffer::SegmentCarries(n)
            | Buffer::SliceCarry(n)
            | Buffer::Between(n)
            | Buffer::BetweenGrad(n)
            | Buffer::FoldRows(n)
            | Buffer::FoldWeight(n)
            | Buffer::FoldBias(n) => n,
        }
    }
}

impl std::fmt::Display for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let role = match self {
            Buffer::Input(_) => "input",
            Buffer::Output(_) => "output",
            Buffer::State(_) => "state",
            Buffer::StateNext(_) => "next value of state",
            Buffer::OutputGrad(_) => "gradient of output",
            Buffer::InputGrad(_) => "gradient of input",
            Buffer::Checkpoint(_) => "saved states of",
            Buffer::Scratch(_) => "group states of",
            Buffer::Partial(_) => "partial gradients of",
            Buffer::AggA(_) => "chunk decays of",
            Buffer::AggB(_) => "chunk offsets of",
            Buffer::Carry(_) => "chunk carries of",
            Buffer::SegmentSums(_) => "segment sums of",
            Buffer::SegmentCarries(_) => "segment carries of",
            Buffer::SliceCarry(_) => "slice carries of",
            Buffer::Between(_) => "pre-pass result",
            Buffer::BetweenGrad(_) => "gradient of pre-pass result",
            Buffer::FoldRows(_) => "projection rows folded into",
            Buffer::FoldWeight(_) => "projection weight folded into",
            Buffer::FoldBias(_) => "projection bias folded into",
        };
        write!(f, "{role} `{}`", self.owner())
    }
}

/// One factor of a [`Size`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Const(u64),
    /// The size of a dim.
    Dim(String),
    /// `ceil(size of dim / by)`.
    CeilDiv {
        dim: String,
        by: u64,
    },
    /// The steps of one slice of the sliced backward along the scan dim `dim`
    /// ([`crate::strategy::backward_slice_steps`]).
    Slice(String),
}

/// A count that depends on the call's sizes: the product of its factors.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Size(pub Vec<Factor>);

impl Size {
    /// The count at these sizes (`size` maps a dim name to its size; None if unknown), or None
    /// when it overflows.
    pub fn eval(&self, size: impl Fn(&str) -> Option<u64>) -> Result<u64, String> {
        let mut acc: u64 = 1;
        for f in &self.0 {
            let v = match f {
                Factor::Const(c) => *c,
                Factor::Dim(d) => size(d).ok_or_else(|| format!("dim `{d}`"))?,
                Factor::CeilDiv { dim, by } => size(dim)
                    .ok_or_else(|| format!("dim `{dim}`"))?
                    .div_ceil((*by).max(1)),
                Factor::Slice(d) => crate::strategy::backward_slice_steps(
                    size(d).ok_or_else(|| format!("dim `{d}`"))?,
                ),
            };
            acc = acc
                .checked_mul(v)
                .ok_or_else(|| "a count past 2^64".to_string())?;
        }
        Ok(acc)
    }

    /// The product of these dims' sizes.
    pub fn dims<'a>(dims: impl IntoIterator<Item = &'a String>) -> Size {
        Size(dims.into_iter().cloned().map(Factor::Dim).collect())
    }

    /// This size times another factor.
    pub fn times(mut self, f: Factor) -> Size {
        self.0.push(f);
        self
    }
}

/// A workspace: a buffer of `elems` f32 the program allocates; every kernel overwrites what
/// it later reads, so its initial contents do not matter — except where `zeroed`: kernels add
/// into it (atomics), so the executor zeroes it before the launches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub buffer: Buffer,
    pub elems: Size,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub zeroed: bool,
}

/// A launch's grid: `ceil(units / units per block) × times` blocks along x (units per block
/// from the kernel's threads and lanes; the first factor padded to whole clusters where the
/// kernel has them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grid {
    pub units: Size,
    #[serde(default, skip_serializing_if = "is_one_size")]
    pub times: Size,
}

fn is_one_size(s: &Size) -> bool {
    s.0.is_empty()
}

/// One kernel launch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Launch {
    pub kernel: String,
    pub grid: Grid,
    /// Runs once per slice of the scan ([`crate::strategy::backward_slice_steps`] steps each),
    /// the last slice first, given the slice by its [`super::Param::Slice`] parameters: a run of
    /// consecutive such launches is repeated as a whole per slice. Other launches run once,
    /// given the whole scan as their slice.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_slice: bool,
}

/// One entry point's program.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Program {
    /// Buffers the caller gives (an optional input may be absent: its parameter is null).
    pub takes: Vec<Buffer>,
    /// Buffers the program returns, in the tensor's dtype, poisoned before the launches so
    /// that an unwritten element shows (the caller may give them instead).
    pub makes: Vec<Buffer>,
    /// Buffers that outlive the call (f32): written here, given to a later entry point.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub saves: Vec<Workspace>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workspaces: Vec<Workspace>,
    /// Parameters passed as null pointers (their kernels test for it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub null: Vec<Buffer>,
    /// The scan dim's size for this entry point, whatever the call's (1 for a step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scan_len: Option<u64>,
    pub launches: Vec<Launch>,
}

impl Program {
    /// Whether some launches run once per slice of the scan.
    pub fn sliced(&self) -> bool {
        self.launches.iter().any(|l| l.per_slice)
    }
}

/// A program per strategy.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Strategies {
    pub sequential: Program,
    pub chunked: Program,
    /// The block scan, where the recurrence has one besides its sequential forward.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<Program>,
    /// The block scan prefetching each turn's reads a turn ahead, where it has that variant
    /// ([`crate::manifest::KernelKind::BlockScanAhead`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block_ahead: Option<Program>,
}

impl Strategies {
    /// The chunked program when `chunked`, else the sequential one.
    pub fn get_chunked(&self, chunked: bool) -> &Program {
        if chunked {
            &self.chunked
        } else {
            &self.sequential
        }
    }

    pub fn get(&self, s: &crate::strategy::Strategy) -> &Program {
        self.pass(Pass::of(s))
    }

    /// The program of `pass` (the block scan's, where there is none, the sequential one; the
    /// prefetching block scan's, where there is none, the block scan's).
    pub fn pass(&self, pass: Pass) -> &Program {
        match pass {
            Pass::Sequential => &self.sequential,
            Pass::Chunked => &self.chunked,
            Pass::Block => self.block.as_ref().unwrap_or(&self.sequential),
            Pass::BlockAhead => match &self.block_ahead {
                Some(p) => p,
                None => self.pass(Pass::Block),
            },
        }
    }
}

/// Every entry point of a recurrence.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Programs {
    pub forward: Strategies,
    /// The forward of training: also saves the states the backward starts from.
    pub forward_saving: Strategies,
    pub step: Program,
    /// The step for many sequences at once, where the recurrence has a batch step kernel
    /// ([`super::KernelKind::StepBatch`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_batch: Option<Program>,
    /// Takes what `forward_saving` saved: one walk back per thread (sequential), or segments
    /// of the scan walked back in parallel (chunked).
    pub backward: Strategies,
    /// The decoding step with one input computed inside it from a projection, per input
    /// that a model file feeds from `linear(x, w)` (see [`StepFold`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub step_folds: Vec<StepFold>,
}

/// What a call of a [`StepFold`] program gives for the projection, over tensors of any kind
/// (the host's, the device's): the input it computes, its rows (`[the input's other
/// dims][rank]`), its weight (`[the input's last dim][rank]`) and its bias (`[the input's last
/// dim]`), if any.
#[derive(Debug)]
pub struct Fold<'a, T> {
    pub input: &'a str,
    pub rows: &'a T,
    pub weight: &'a T,
    pub bias: Option<&'a T>,
}

impl<T> Clone for Fold<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Fold<'_, T> {}

impl<'a, T> Fold<'a, T> {
    /// The buffers a fold program is given: the rows, the weight, and the bias where there is
    /// one.
    pub fn buffers(&self) -> impl Iterator<Item = (Buffer, &'a T)> {
        let input = self.input;
        [
            (Buffer::FoldRows(input.into()), Some(self.rows)),
            (Buffer::FoldWeight(input.into()), Some(self.weight)),
            (Buffer::FoldBias(input.into()), self.bias),
        ]
        .into_iter()
        .filter_map(|(b, t)| t.map(|t| (b, t)))
    }
}

/// The decoding step of a recurrence whose input `input` is a projection `linear(x, w, b?)` in
/// the model that calls it: the step computes `input[…, o] = Σ_r w[o, r] · x[…, r] (+ b[o])`
/// itself (lanes split `r`, shuffles add the lanes' sums), so that the projection is not a
/// launch of its own. The rank (`w`'s columns) is the call's: the executor takes it from the
/// weight's length. Its programs take [`Buffer::FoldRows`], [`Buffer::FoldWeight`] and, where
/// given, [`Buffer::FoldBias`] instead of the input, which they pass as null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepFold {
    pub input: String,
    pub step: Program,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_batch: Option<Program>,
}

/// An entry point, naming one program of [`Programs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Forward {
        pass: Pass,
    },
    ForwardSaving {
        pass: Pass,
    },
    Step,
    /// The step for many sequences ([`Programs::step_batch`]; the step where there is none).
    StepBatch,
    Backward {
        chunked: bool,
    },
}

/// Which of a forward's [`Strategies`] programs runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    Sequential,
    Chunked,
    /// The block scan (the sequential program where a recurrence has none besides it).
    Block,
    /// The block scan prefetching a turn ahead (the block scan where it has no such variant).
    BlockAhead,
}

impl Pass {
    /// The program a chosen strategy runs.
    pub fn of(s: &crate::strategy::Strategy) -> Pass {
        match s {
            crate::strategy::Strategy::Sequential { .. } => Pass::Sequential,
            crate::strategy::Strategy::Chunked { .. } => Pass::Chunked,
            crate::strategy::Strategy::Block { ahead: false, .. } => Pass::Block,
            crate::strategy::Strategy::Block { ahead: true, .. } => Pass::BlockAhead,
        }
    }
}

impl Programs {
    pub fn get(&self, e: Entry) -> &Program {
        match e {
            Entry::Forward { pass } => self.forward.pass(pass),
            Entry::ForwardSaving { pass } => self.forward_saving.pass(pass),
            Entry::Step => &self.step,
            Entry::StepBatch => self.step_batch.as_ref().unwrap_or(&self.step),
            Entry::Backward { chunked: false } => &self.backward.sequential,
            Entry::Backward { chunked: true } => &self.backward.chunked,
        }
    }

    /// The step with `input` folded in (`batch`: for many sequences, the plain one where
    /// there is none), where the recurrence has that fold.
    pub fn step_fold(&self, input: &str, batch: bool) -> Option<&Program> {
        let f = self.step_folds.iter().find(|f| f.input == input)?;
        Some(match (&f.step_batch, batch) {
            (Some(b), true) => b,
            _ => &f.step,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::Strategy;

    #[test]
    fn the_prefetching_block_scan_runs_its_program_or_else_the_block_scans() {
        let block = |ahead| Strategy::Block {
            threads: 64,
            steps: 16,
            ahead,
        };
        assert_eq!(Pass::of(&block(false)), Pass::Block);
        assert_eq!(Pass::of(&block(true)), Pass::BlockAhead);
        let program = |kernel: &str| Program {
            launches: vec![Launch {
                kernel: kernel.into(),
                grid: Grid {
                    units: Size(Vec::new()),
                    times: Size(Vec::new()),
                },
                per_slice: false,
            }],
            ..Program::default()
        };
        let mut s = Strategies {
            block: Some(program("fwd_block")),
            ..Strategies::default()
        };
        assert_eq!(s.pass(Pass::BlockAhead).launches[0].kernel, "fwd_block");
        s.block_ahead = Some(program("fwd_block_ahead"));
        assert_eq!(
            s.pass(Pass::BlockAhead).launches[0].kernel,
            "fwd_block_ahead"
        );
        assert_eq!(s.pass(Pass::Block).launches[0].kernel, "fwd_block");
    }
}
