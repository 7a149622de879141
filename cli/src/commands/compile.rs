//! `linrec compile`: compile to GPU kernels and their manifest.

use std::path::PathBuf;
use std::process::ExitCode;

use linrec_compiler::pipeline;
use linrec_compiler::strategy::Request;

use linrec_compiler::artifacts;

/// The scan strategy of `--strategy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StrategyArg {
    Auto,
    Sequential,
    Chunked,
    /// The block scan, where a recurrence has one besides its sequential forward.
    Block,
}
use crate::source::load;
use crate::{parse_dtype, parse_name_dtype, parse_shape, sizes_map};

/// What `--emit` writes besides the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EmitArg {
    Mlir,
    Ptx,
}

impl EmitArg {
    fn artifact(self) -> artifacts::Emit {
        match self {
            EmitArg::Mlir => artifacts::Emit::Mlir,
            EmitArg::Ptx => artifacts::Emit::Ptx,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .lr file.
    pub file: PathBuf,
    /// Output directory (created if missing).
    #[arg(short, long)]
    pub out: PathBuf,
    /// What to write besides the manifest.
    #[arg(long, value_enum, value_delimiter = ',', default_values = ["mlir", "ptx"])]
    pub emit: Vec<EmitArg>,
    /// Scan strategy of the forward and the backward (`chunked`: the forward in chunks, the
    /// backward in segments walked in parallel; `block`: the forward as a block scan per
    /// scan, where the recurrence has one besides its sequential forward); `auto` lets the
    /// cost model choose per call (from --shape when given). A chain of scans (a state read
    /// by another's gates) runs sequentially only: `auto` compiles that, and `chunked` and
    /// `block` are refused.
    #[arg(long, value_enum, default_value_t = StrategyArg::Auto)]
    pub strategy: StrategyArg,
    /// Compile-time sizes of summed dims (kernels keep those states in registers), e.g. N=16.
    #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
    pub dims: Vec<(String, usize)>,
    /// Expected sizes of the other dims, for the cost model, e.g. B=8,D=1536,L=2048.
    #[arg(long, value_parser = parse_shape, value_delimiter = ',')]
    pub shape: Vec<(String, usize)>,
    /// Print the time of each stage.
    #[arg(long)]
    pub timings: bool,
    /// Store every tensor as this dtype (f32, bf16 or f16; arithmetic stays f32).
    #[arg(long, value_parser = parse_dtype)]
    pub dtype: Option<linrec_compiler::ir::DType>,
    /// Store the tensors named as these dtypes, over --dtype and the spec's, e.g.
    /// A=f32,Dskip=f32 (parameters in f32 while the sequences are bf16).
    #[arg(long, value_parser = parse_name_dtype, value_delimiter = ',')]
    pub dtype_of: Vec<(String, linrec_compiler::ir::DType)>,
    /// Threads per block (default: the strategy's).
    #[arg(long)]
    pub threads: Option<u32>,
    /// Scan steps staged through shared memory per tile (default: the strategy's).
    #[arg(long)]
    pub tile: Option<u32>,
    #[command(flatten)]
    pub plan: PlanArgs,
}

pub fn run(args: Args, color: bool) -> Result<ExitCode, String> {
    let Args {
        file,
        out,
        emit,
        strategy,
        dims,
        shape,
        timings,
        dtype,
        dtype_of,
        threads,
        tile,
        plan,
    } = args;

    let src = load(&file)?;
    if out.exists() && !out.is_dir() {
        return Err(format!(
            "-o `{}` is a file; name a directory (created if missing)",
            out.display()
        ));
    }
    let opts = pipeline::CompileOptions {
        request: match strategy {
            StrategyArg::Auto => Request::Auto,
            StrategyArg::Sequential => Request::Sequential,
            StrategyArg::Chunked => Request::Chunked,
            StrategyArg::Block => Request::Block,
        },
        fixed: sizes_map("--dims", dims)?,
        shape: sizes_map("--shape", shape)?,
        dtype,
        dtype_of: sizes_map("--dtype-of", dtype_of)?,
        threads,
        tile,
        plan: plan.overrides(),
    };
    let started = std::time::Instant::now();
    let compiled = match pipeline::compile(&src, &opts) {
        Ok(c) => c,
        Err(pipeline::CompileError::Source(errors)) => {
            eprint!("{}", src.render(&errors, color));
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(format!("{}: {e}", file.display())),
    };
    for w in &compiled.warnings {
        eprintln!("warning: {w}");
    }
    let emit: Vec<artifacts::Emit> = emit.iter().map(|e| e.artifact()).collect();
    artifacts::write(&out, &compiled, &emit)?;
    for r in &compiled.manifest.recurrences {
        outln!(
            "{}: {} kernels → {} (strategy: {})",
            r.name,
            r.kernels.len(),
            out.display(),
            r.strategy.reason
        )?;
    }
    if timings {
        for (stage, t) in &compiled.timings {
            outln!("  {:>9.2} ms  {stage}", t.as_secs_f64() * 1e3)?;
        }
        outln!("  {:>9.2} ms  total", started.elapsed().as_secs_f64() * 1e3)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The flags that override the kernel plan's choices (`compile` and `explain`).
#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// Threads sharing one scan's state points, a power of two up to 32 (default: the
    /// plan's; 1 turns the split off). Used only where sound: see `explain`.
    #[arg(long)]
    pub lanes: Option<u32>,
    /// Scan steps whose reads from global memory are issued together (default: the plan's,
    /// sized to the values a step reads).
    #[arg(long)]
    pub unroll: Option<u32>,
    /// The sequential forward as a block scan, THREADSxSTEPS (e.g. 256x8): one block of THREADS
    /// (a multiple of 32) per scan, each thread taking STEPS consecutive steps; a third number
    /// (64x16x1) sets how many points of a summed dim a turn takes where the block scans them
    /// in turns (default 2); `off`: one thread per scan. Default: the plan's (a block scan
    /// where every state holds one value per scan and the scan axis is innermost; see
    /// `explain`).
    #[arg(long, value_parser = parse_block_scan)]
    pub block_scan: Option<BlockScanArg>,
    /// Blocks per thread-block cluster of the backward (1, 2, 4 or 8; default 1): where its
    /// blocks sum a gradient over a dim (the selective scan's dB, dC over D), the blocks of a
    /// cluster add theirs together first, so the workspace of those sums is that many times
    /// smaller; the backward is slower (fwd+bwd 1.14-1.22x on the H200, bench/results.jsonl).
    #[arg(long)]
    pub backward_cluster: Option<u32>,
    /// The backward's blocks add their sums of a gradient over a dim (the selective scan's dB,
    /// dC over D) straight into one sum per element with atomic adds: no partial per block, so
    /// that workspace is one gradient's size, but the order of the additions varies from run
    /// to run and gradients are not bitwise repeatable (off by default).
    #[arg(long)]
    pub backward_atomics: bool,
    /// Split the recurrence into parts run one after the other, each a recurrence of its own:
    /// a stateless pre-pass for sums that read no state over a dim that no state has (S5's
    /// input projection `Σ_m B[n, m] · u[b, t, m]`), the scan, and a stateless post-pass for
    /// per-step outputs that sum a state over one of its dims (S5's `Re(Σ_n C[m, n] · x[b, n])`),
    /// so that a thread of the scan holds its states' points alone. `auto` splits where a sum
    /// inside an update can run before the scan (measured many times faster than fused), or
    /// where the whole recurrence would hold too many points to compile; `on` always (an error
    /// where there is nothing to split); `off` never
    #[arg(long, value_enum, default_value_t = SplitArg::Auto)]
    pub split: SplitArg,
}

/// `--split`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SplitArg {
    Auto,
    On,
    Off,
}

impl PlanArgs {
    pub fn overrides(&self) -> linrec_compiler::emit::plan::PlanOverrides {
        linrec_compiler::emit::plan::PlanOverrides {
            lanes: self.lanes,
            unroll: self.unroll,
            block: self.block_scan.map(|b| match b {
                BlockScanArg::Off => None,
                BlockScanArg::Geometry(g) => Some(g),
            }),
            backward_cluster: self.backward_cluster,
            backward_atomics: self.backward_atomics,
            split: match self.split {
                SplitArg::Auto => None,
                SplitArg::On => Some(true),
                SplitArg::Off => Some(false),
            },
        }
    }
}

/// `--block-scan`: off, or a geometry.
#[derive(Debug, Clone, Copy)]
pub enum BlockScanArg {
    Off,
    Geometry(linrec_compiler::emit::plan::BlockScan),
}

/// `--block-scan THREADSxSTEPS[xPOINTS]` or `off`.
fn parse_block_scan(s: &str) -> Result<BlockScanArg, String> {
    if s == "off" {
        return Ok(BlockScanArg::Off);
    }
    let parts: Vec<&str> = s.split('x').collect();
    let num = |v: &str, what: &str| {
        v.parse::<usize>()
            .map_err(|_| format!("`{s}`: {what} `{v}` is not a whole number"))
    };
    let (t, k, p) = match parts[..] {
        [t, k] => (t, k, None),
        [t, k, p] => (t, k, Some(p)),
        _ => {
            return Err(format!(
                "`{s}`: write THREADSxSTEPS or THREADSxSTEPSxPOINTS (e.g. 256x8, 64x16x1) or `off`"
            ));
        }
    };
    let mut g = linrec_compiler::emit::plan::BlockScan::new(num(t, "THREADS")?, num(k, "STEPS")?);
    if let Some(p) = p {
        g.turn_points = num(p, "POINTS")?;
        if g.turn_points == 0 {
            return Err(format!("`{s}`: POINTS is at least 1"));
        }
    }
    Ok(BlockScanArg::Geometry(g))
}
