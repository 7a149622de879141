//! The executor of launch programs, generic over where kernels run: the GPU runtime and the
//! host-JIT verifier are each a [`Device`]. It binds every kernel parameter from the call's
//! buffers, the program's outputs, saves and workspaces, checks each buffer's length against
//! the manifest, computes every grid, and refuses (with a [`ContractError`]) a parameter that
//! nothing binds — a null pointer only where the program or an optional input says so.

use super::program::{Buffer, Launch, Program, Size};
use super::{KernelManifest, Param, RecurrenceManifest, SliceBound};
use crate::ir::DType;

/// A kernel argument.
#[derive(Debug)]
pub enum Arg<'a, B> {
    Buf(&'a B),
    Null,
    Size(i64),
}

/// Where kernels run.
pub trait Device {
    type Buf;
    type Error: From<ContractError>;

    /// Elements a buffer holds.
    fn elems(buf: &Self::Buf) -> usize;
    /// `elems` f32 for a workspace; any contents.
    fn workspace(&mut self, buffer: &Buffer, elems: usize) -> Result<Self::Buf, Self::Error>;
    /// `elems` f32 for a save (kept past the call, for a later entry point); any contents.
    fn save(&mut self, buffer: &Buffer, elems: usize) -> Result<Self::Buf, Self::Error> {
        self.workspace(buffer, elems)
    }
    /// Sets every element of a workspace to 0 (before the launches: kernels add into it).
    fn zero(&mut self, buf: &mut Self::Buf) -> Result<(), Self::Error>;
    /// `elems` values of `dtype` for a buffer the program returns, poisoned (every byte
    /// 0xFF: NaN in every float dtype) so that an unwritten element shows.
    fn output(
        &mut self,
        buffer: &Buffer,
        dtype: DType,
        elems: usize,
    ) -> Result<Self::Buf, Self::Error>;
    /// Runs `kernel` on `blocks` blocks with `args` in its parameter order.
    fn launch(
        &mut self,
        kernel: &KernelManifest,
        blocks: u64,
        args: &[Arg<'_, Self::Buf>],
    ) -> Result<(), Self::Error>;
    /// A workspace after its call (to keep for the next one).
    fn recycle(&mut self, _buffer: &Buffer, _buf: Self::Buf) {}
}

/// A call that does not fit the manifest's contract.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContractError {
    #[error("`{recurrence}` has no kernel `{kernel}` (the manifest is inconsistent)")]
    UnknownKernel { recurrence: String, kernel: String },
    #[error("the call of `{recurrence}` does not give the {buffer}")]
    Missing { recurrence: String, buffer: Buffer },
    #[error("the call of `{recurrence}` gives the {buffer}, which this entry point does not take")]
    Unexpected { recurrence: String, buffer: Buffer },
    #[error(
        "kernel `{kernel}`: parameter {param} is bound to nothing (the manifest's program does not provide it)"
    )]
    Unbound { kernel: String, param: String },
    #[error("the {buffer} holds {actual} elements; this call needs {expected}")]
    Elems {
        buffer: Buffer,
        expected: u64,
        actual: u64,
    },
    #[error(
        "the projection weight folded into `{input}` holds {actual} elements: not a whole number (at least 1) of rows of {rows}"
    )]
    FoldWeight {
        input: String,
        actual: u64,
        rows: u64,
    },
    #[error("`{recurrence}`: {what} is unknown or too large")]
    Size { recurrence: String, what: String },
    #[error(
        "kernel `{kernel}` needs {blocks} blocks, more than the {max} a launch may have: split the call"
    )]
    GridTooLarge {
        kernel: String,
        blocks: u64,
        max: u64,
    },
}

/// What a program made: the buffers it returns (those the caller did not give), in the
/// program's order, and what it saved for a later entry point.
#[derive(Debug)]
pub struct Outcome<B> {
    pub made: Vec<(Buffer, B)>,
    pub saved: Vec<(Buffer, B)>,
}

/// The sizes a program runs at: the call's, with the program's scan length.
pub fn program_sizes(rec: &RecurrenceManifest, prog: &Program, sizes: &[u64]) -> Vec<u64> {
    let mut s = sizes.to_vec();
    if let (Some(len), Some(k)) = (prog.scan_len, rec.dim_index(&rec.scan_dim)) {
        s[k] = len;
    }
    s
}

/// Elements the buffer holds at these sizes, by the manifest.
pub fn elems(
    rec: &RecurrenceManifest,
    buffer: &Buffer,
    sizes: &[u64],
) -> Result<u64, ContractError> {
    elems_with(rec, buffer, sizes, None)
}

/// As [`elems`], with the rank of a projection folded into a step (the buffers of a
/// [`super::program::StepFold`] need it).
pub fn elems_with(
    rec: &RecurrenceManifest,
    buffer: &Buffer,
    sizes: &[u64],
    fold_rank: Option<u64>,
) -> Result<u64, ContractError> {
    let size_of = |d: &str| rec.dim_index(d).map(|k| sizes[k]);
    let fail = |what: String| ContractError::Size {
        recurrence: rec.name.clone(),
        what,
    };
    let tensor = |t: Option<&super::TensorManifest>| -> Result<u64, ContractError> {
        let t = t.ok_or_else(|| fail(buffer.to_string()))?;
        Size::dims(&t.dims).eval(size_of).map_err(fail)
    };
    match buffer {
        Buffer::Input(n) | Buffer::InputGrad(n) => tensor(rec.input(n)),
        Buffer::Output(n) | Buffer::OutputGrad(n) => tensor(rec.output(n)),
        Buffer::State(n) => tensor(rec.state(n)),
        Buffer::FoldRows(n) | Buffer::FoldWeight(n) => {
            let rank = fold_rank.ok_or_else(|| fail(format!("the rank folded into `{n}`")))?;
            let (rows, out) = fold_shape(rec, n, sizes).ok_or_else(|| fail(buffer.to_string()))?;
            let e = match buffer {
                Buffer::FoldRows(_) => rows,
                _ => out,
            };
            e.checked_mul(rank).ok_or_else(|| fail(buffer.to_string()))
        }
        Buffer::FoldBias(n) => fold_shape(rec, n, sizes)
            .map(|(_, out)| out)
            .ok_or_else(|| fail(buffer.to_string())),
        // Anything else is a save or a workspace of some program.
        _ => {
            let p = &rec.programs;
            let all = [
                &p.forward.sequential,
                &p.forward.chunked,
                &p.forward_saving.sequential,
                &p.forward_saving.chunked,
                &p.step,
                &p.backward.sequential,
                &p.backward.chunked,
            ];
            let w = all
                .iter()
                .flat_map(|p| p.saves.iter().chain(&p.workspaces))
                .find(|w| &w.buffer == buffer)
                .ok_or_else(|| fail(buffer.to_string()))?;
            w.elems.eval(size_of).map_err(fail)
        }
    }
}

/// Whether a buffer a program takes may be left out (passed as null): an optional input, or
/// the bias of a projection folded into a step.
fn optional_buffer(rec: &RecurrenceManifest, b: &Buffer) -> bool {
    match b {
        Buffer::Input(n) => rec.input(n).is_some_and(|i| i.optional),
        Buffer::FoldBias(_) => true,
        _ => false,
    }
}

/// An input folded into a step as `[rows][out]`: the product of its other dims, and its last
/// dim's size (the projection's outputs).
fn fold_shape(rec: &RecurrenceManifest, input: &str, sizes: &[u64]) -> Option<(u64, u64)> {
    let t = rec.input(input)?;
    let (last, rest) = t.dims.split_last()?;
    let size_of = |d: &str| rec.dim_index(d).map(|k| sizes[k]);
    let rows = Size::dims(rest).eval(size_of).ok()?;
    Some((rows, size_of(last)?))
}

/// The rank of the projection a step-fold program folds in, from the weight it is given
/// (`[out][rank]`); None for any other program (or where the weight is missing: the check
/// of what the program takes reports that).
fn fold_rank<D: Device>(
    rec: &RecurrenceManifest,
    prog: &Program,
    sizes: &[u64],
    given: &[(Buffer, &D::Buf)],
) -> Result<Option<u64>, ContractError> {
    let Some(input) = prog.takes.iter().find_map(|b| match b {
        Buffer::FoldWeight(n) => Some(n),
        _ => None,
    }) else {
        return Ok(None);
    };
    let Some((_, w)) = given
        .iter()
        .find(|(b, _)| matches!(b, Buffer::FoldWeight(n) if n == input))
    else {
        return Ok(None);
    };
    let actual = D::elems(w) as u64;
    let (_, out) = fold_shape(rec, input, sizes).ok_or_else(|| ContractError::Size {
        recurrence: rec.name.clone(),
        what: format!("input `{input}`"),
    })?;
    if out == 0 || actual == 0 || actual % out != 0 {
        return Err(ContractError::FoldWeight {
            input: input.clone(),
            actual,
            rows: out,
        });
    }
    Ok(Some(actual / out))
}

/// The dtype of a buffer the program returns.
fn dtype_of(rec: &RecurrenceManifest, buffer: &Buffer) -> DType {
    let t = match buffer {
        Buffer::Input(n) | Buffer::InputGrad(n) => rec.input(n),
        Buffer::Output(n) | Buffer::OutputGrad(n) => rec.output(n),
        Buffer::State(n) => rec.state(n),
        _ => None,
    };
    t.map_or(DType::F32, |t| t.dtype)
}

/// The f32 elements of a program's saves and of its workspaces, in the program's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footprint {
    pub saves: Vec<u64>,
    pub workspaces: Vec<u64>,
}

/// What `prog` of `rec` allocates at `sizes` (already the program's: see [`program_sizes`]).
/// A program's saves and workspaces are sized by its own entries (the backward's strategies
/// size the same buffers differently).
pub fn footprint(
    rec: &RecurrenceManifest,
    prog: &Program,
    sizes: &[u64],
) -> Result<Footprint, ContractError> {
    let size_of = |d: &str| rec.dim_index(d).map(|k| sizes[k]);
    let each = |ws: &[super::program::Workspace]| -> Result<Vec<u64>, ContractError> {
        ws.iter()
            .map(|w| {
                w.elems.eval(size_of).map_err(|what| ContractError::Size {
                    recurrence: rec.name.clone(),
                    what,
                })
            })
            .collect()
    };
    Ok(Footprint {
        saves: each(&prog.saves)?,
        workspaces: each(&prog.workspaces)?,
    })
}

/// Runs `prog` of `rec` at `sizes` (one per manifest dim) with the buffers `given`.
pub fn run<D: Device>(
    dev: &mut D,
    rec: &RecurrenceManifest,
    prog: &Program,
    sizes: &[u64],
    given: &[(Buffer, &D::Buf)],
) -> Result<Outcome<D::Buf>, D::Error> {
    let sizes = program_sizes(rec, prog, sizes);
    let rank = fold_rank::<D>(rec, prog, &sizes, given)?;
    for (b, buf) in given {
        if !prog.takes.contains(b) && !prog.makes.contains(b) {
            return Err(ContractError::Unexpected {
                recurrence: rec.name.clone(),
                buffer: b.clone(),
            }
            .into());
        }
        let expected = elems_with(rec, b, &sizes, rank)?;
        let actual = D::elems(buf) as u64;
        if actual != expected {
            return Err(ContractError::Elems {
                buffer: b.clone(),
                expected,
                actual,
            }
            .into());
        }
    }
    let is_given = |b: &Buffer| given.iter().any(|(g, _)| g == b);
    for b in &prog.takes {
        let optional = optional_buffer(rec, b);
        if !is_given(b) && !optional {
            return Err(ContractError::Missing {
                recurrence: rec.name.clone(),
                buffer: b.clone(),
            }
            .into());
        }
    }
    let mut made = Vec::new();
    for b in prog.makes.iter().filter(|b| !is_given(b)) {
        let n = elems(rec, b, &sizes)?;
        made.push((b.clone(), dev.output(b, dtype_of(rec, b), n as usize)?));
    }
    let fp = footprint(rec, prog, &sizes)?;
    let mut saved = Vec::new();
    for (w, &n) in prog.saves.iter().zip(&fp.saves) {
        saved.push((w.buffer.clone(), dev.save(&w.buffer, n as usize)?));
    }
    let mut work = Vec::new();
    for (w, &n) in prog.workspaces.iter().zip(&fp.workspaces) {
        let mut buf = dev.workspace(&w.buffer, n as usize)?;
        if w.zeroed {
            dev.zero(&mut buf)?;
        }
        work.push((w.buffer.clone(), buf));
    }
    let result = launch_all(dev, rec, prog, &sizes, rank, given, &made, &saved, &work);
    for (b, buf) in work {
        dev.recycle(&b, buf);
    }
    result?;
    Ok(Outcome { made, saved })
}

/// The launches of `prog` in order, each with the slice of the scan (of `len` steps) it
/// walks, as its first step and the steps per slice: each run of consecutive per-slice
/// launches once per slice, the last slice first; every other launch once, given the whole
/// scan as its slice.
fn schedule(prog: &Program, len: u64) -> Vec<(&Launch, (u64, u64))> {
    let steps = crate::strategy::backward_slice_steps(len);
    let slices = len.div_ceil(steps).max(1);
    let mut out = Vec::new();
    let mut k = 0;
    let all = &prog.launches;
    while k < all.len() {
        if !all[k].per_slice {
            out.push((&all[k], (0, len)));
            k += 1;
            continue;
        }
        let end = all[k..]
            .iter()
            .position(|l| !l.per_slice)
            .map_or(all.len(), |p| k + p);
        for s in (0..slices).rev() {
            out.extend(all[k..end].iter().map(|l| (l, (s * steps, steps))));
        }
        k = end;
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn launch_all<D: Device>(
    dev: &mut D,
    rec: &RecurrenceManifest,
    prog: &Program,
    sizes: &[u64],
    fold_rank: Option<u64>,
    given: &[(Buffer, &D::Buf)],
    made: &[(Buffer, D::Buf)],
    saved: &[(Buffer, D::Buf)],
    work: &[(Buffer, D::Buf)],
) -> Result<(), D::Error> {
    let find = |b: &Buffer| -> Option<&D::Buf> {
        given
            .iter()
            .find(|(g, _)| g == b)
            .map(|(_, x)| *x)
            .or_else(|| {
                made.iter()
                    .chain(saved)
                    .chain(work)
                    .find(|(g, _)| g == b)
                    .map(|(_, x)| x)
            })
    };
    let size_of = |d: &str| rec.dim_index(d).map(|k| sizes[k]);
    let size_err = |what: String| ContractError::Size {
        recurrence: rec.name.clone(),
        what,
    };
    let len = size_of(&rec.scan_dim).ok_or_else(|| size_err(format!("dim `{}`", rec.scan_dim)))?;
    for (l, (first, steps)) in schedule(prog, len) {
        let k = rec
            .kernel(&l.kernel)
            .ok_or_else(|| ContractError::UnknownKernel {
                recurrence: rec.name.clone(),
                kernel: l.kernel.clone(),
            })?;
        let mut args = Vec::with_capacity(k.params.len());
        for p in &k.params {
            args.push(match p {
                Param::Size(d) => {
                    let v = size_of(d).ok_or_else(|| size_err(format!("dim `{d}`")))?;
                    Arg::Size(i64::try_from(v).map_err(|_| size_err(format!("dim `{d}`")))?)
                }
                Param::FoldRank(n) => {
                    let what = || size_err(format!("the rank folded into `{n}`"));
                    let v = fold_rank.ok_or_else(what)?;
                    Arg::Size(i64::try_from(v).map_err(|_| what())?)
                }
                Param::Slice(bound) => {
                    let v = match bound {
                        SliceBound::First => first,
                        SliceBound::Steps => steps,
                    };
                    Arg::Size(i64::try_from(v).map_err(|_| size_err("a slice".into()))?)
                }
                Param::Buffer(b) => match find(b) {
                    Some(x) => Arg::Buf(x),
                    None if prog.null.contains(b) => Arg::Null,
                    None if prog.takes.contains(b) && optional_buffer(rec, b) => Arg::Null,
                    None => {
                        return Err(ContractError::Unbound {
                            kernel: k.name.clone(),
                            param: b.to_string(),
                        }
                        .into());
                    }
                },
            });
        }
        let units = l.grid.units.eval(size_of).map_err(size_err)?;
        let times = l.grid.times.eval(size_of).map_err(size_err)?;
        let blocks = k
            .blocks(units, times)
            .ok_or_else(|| size_err(format!("the grid of `{}`", k.name)))?;
        let max = u64::from(i32::MAX as u32);
        if blocks > max {
            return Err(ContractError::GridTooLarge {
                kernel: k.name.clone(),
                blocks,
                max,
            }
            .into());
        }
        if blocks == 0 {
            continue;
        }
        dev.launch(k, blocks, &args)?;
    }
    Ok(())
}
