//! Generation: prefill every prompt, then decode one token at a time with carried state,
//! replaying a captured graph where the backend has one; greedy or sampled.

use crate::executor::Mode;
use crate::sampling::{argmax, finite, pick};

use crate::*;

/// A generation's tokens and timings.
#[derive(Debug, Clone, Default)]
pub struct Generation {
    pub tokens: Vec<Vec<u32>>,
    /// Seconds to the first token's logits (prefill of every prompt).
    pub prefill_secs: f64,
    /// Seconds of the decoding steps, and how many steps ran (each yields one token per
    /// sequence).
    pub decode_secs: f64,
    pub decode_steps: usize,
    /// Whether decoding replayed a captured graph.
    pub graphs: bool,
}

impl<B: Backend> Model<B> {
    /// Generation: a prefill of each prompt, then one step per new token with carried state
    /// (causal-conv windows and recurrence states), O(1) in the sequence length per token.
    /// Stops after `n` tokens or, for a sequence, at `eos`.
    pub fn generate(
        &self,
        ids: &[Vec<u32>],
        n: usize,
        sampling: &Sampling,
        eos: Option<u32>,
    ) -> Result<Vec<Vec<u32>>> {
        self.generate_timed(ids, n, sampling, eos, false)
            .map(|g| g.tokens)
    }

    /// [`Model::generate`] with timings; with `graphs`, the second decoding step is
    /// captured as a graph (where the backend has them) and replayed for the rest.
    pub fn generate_timed(
        &self,
        ids: &[Vec<u32>],
        n: usize,
        sampling: &Sampling,
        eos: Option<u32>,
        graphs: bool,
    ) -> Result<Generation> {
        use rand::SeedableRng;
        sampling.validate()?;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(sampling.seed);
        // Prompts of different lengths: each run of equal length (in length order) is
        // prefilled on its own, nothing padded to the longest; their carried states are
        // joined and every sequence decodes in one batch, in that order, put back at the end.
        nonempty(ids)?;
        let (order, ids) = by_length(ids);
        let ids = &ids[..];
        let mut g = Generation {
            tokens: vec![Vec::new(); ids.len()],
            ..Default::default()
        };
        let mut done = vec![false; ids.len()];
        if n == 0 {
            return Ok(g);
        }
        let started = std::time::Instant::now();
        self.set_mode(Mode::Prefill);
        let greedy = sampling.temperature <= 0.0;
        // The next token of every sequence from a forward's output.
        let next_tokens =
            |out: &B::Tensor, rng: &mut rand_chacha::ChaCha8Rng| -> Result<Vec<u32>> {
                if greedy {
                    if let Some(t) = self.backend.argmax_last(out)? {
                        return Ok(t);
                    }
                }
                let rows = self.backend.last_rows(out)?;
                let v = rows.shape[1];
                (0..rows.shape[0])
                    .map(|bi| {
                        let row = &rows.data[bi * v..(bi + 1) * v];
                        finite(row, bi)?;
                        Ok(pick(row, sampling, rng))
                    })
                    .collect()
            };
        let result = (|| -> Result<()> {
            let mut toks = Vec::with_capacity(ids.len());
            let mut groups = Vec::new();
            for group in ids.chunk_by(|a, b| a.len() == b.len()) {
                self.set_mode(Mode::Prefill);
                let out = self.forward_on(group)?;
                toks.extend(next_tokens(&out, &mut rng)?);
                groups.push(self.take_sites());
            }
            self.join_sites(groups)?;
            g.prefill_secs = started.elapsed().as_secs_f64();
            let decode_start = std::time::Instant::now();
            let mut graph: Option<B::Tensor> = None;
            let mut tried = !graphs;
            for step in 0..n {
                let mut next = Vec::new();
                for (bi, o) in g.tokens.iter_mut().enumerate() {
                    let tok = toks[bi];
                    if !done[bi] {
                        o.push(tok);
                        done[bi] = eos == Some(tok);
                    }
                    next.push(vec![tok]);
                }
                if step + 1 == n || done.iter().all(|&d| d) {
                    break;
                }
                self.set_mode(Mode::Step);
                if graph.is_none() && !tried && step >= 1 {
                    tried = true;
                    graph = self
                        .backend
                        .capture(&mut || self.forward_on(&next), greedy)?;
                    g.graphs = graph.is_some();
                }
                toks = match &graph {
                    Some(out) => match self.backend.replay(&next)? {
                        Some(picked) => picked,
                        None => next_tokens(out, &mut rng)?,
                    },
                    None => {
                        let out = self.forward_on(&next)?;
                        next_tokens(&out, &mut rng)?
                    }
                };
                g.decode_steps += 1;
            }
            g.decode_secs = decode_start.elapsed().as_secs_f64();
            Ok(())
        })();
        self.set_mode(Mode::Off);
        result?;
        g.tokens = unsort(&order, std::mem::take(&mut g.tokens));
        Ok(g)
    }

    /// Greedy decoding: `n` new tokens after each prompt (the full forward per token; prompts
    /// of different lengths in batches of equal length).
    pub fn greedy(&self, ids: &[Vec<u32>], n: usize) -> Result<Vec<Vec<u32>>> {
        nonempty(ids)?;
        let (order, sorted) = by_length(ids);
        let mut out = Vec::with_capacity(ids.len());
        for group in sorted.chunk_by(|a, b| a.len() == b.len()) {
            out.extend(self.greedy_batch(group, n)?);
        }
        Ok(unsort(&order, out))
    }

    /// [`Model::greedy`] on prompts of one length.
    fn greedy_batch(&self, ids: &[Vec<u32>], n: usize) -> Result<Vec<Vec<u32>>> {
        let mut seqs: Vec<Vec<u32>> = ids.to_vec();
        for _ in 0..n {
            let out = self.forward_on(&seqs)?;
            let rows = self.backend.last_rows(&out)?;
            let v = rows.shape[1];
            for (bi, s) in seqs.iter_mut().enumerate() {
                let row = &rows.data[bi * v..(bi + 1) * v];
                finite(row, bi)?;
                s.push(argmax(row) as u32);
            }
        }
        Ok(seqs
            .into_iter()
            .zip(ids)
            .map(|(s, p)| s[p.len()..].to_vec())
            .collect())
    }
}

/// The prompts in order of length (stable), and the order: `order[i]` is the index in `ids`
/// of the `i`-th.
fn by_length(ids: &[Vec<u32>]) -> (Vec<usize>, Vec<Vec<u32>>) {
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by_key(|&i| ids[i].len());
    let sorted = order.iter().map(|&i| ids[i].clone()).collect();
    (order, sorted)
}

/// Rows in length order back in the prompts' order ([`by_length`]).
fn unsort(order: &[usize], rows: Vec<Vec<u32>>) -> Vec<Vec<u32>> {
    let mut out = vec![Vec::new(); rows.len()];
    for (&i, row) in order.iter().zip(rows) {
        out[i] = row;
    }
    out
}

/// Every prompt has a token to continue from.
fn nonempty(ids: &[Vec<u32>]) -> Result<()> {
    match ids.iter().position(Vec::is_empty) {
        Some(k) => Err(ModelError::Shape {
            op: "generate".into(),
            detail: format!("prompt {k} of the batch is empty: give each prompt a token at least"),
        }),
        None => Ok(()),
    }
}
