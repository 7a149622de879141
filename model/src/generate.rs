//! Generation: prefill every prompt, then decode one token at a time with carried state,
//! replaying a captured graph where the backend has one; greedy or sampled.

use crate::executor::{Mode, nonempty};
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
        nonempty(ids)?;
        let mut g = Generation {
            tokens: vec![Vec::new(); ids.len()],
            ..Default::default()
        };
        let mut done = vec![false; ids.len()];
        if n == 0 || ids.is_empty() {
            return Ok(g);
        }
        let started = std::time::Instant::now();
        self.set_mode(Mode::Prefill);
        let greedy = sampling.temperature <= 0.0;
        // The next token of every sequence from a forward's output (of packed prompts: at
        // each one's last position).
        let next_tokens = |out: &B::Tensor,
                           ends: Option<&[usize]>,
                           rng: &mut rand_chacha::ChaCha8Rng|
         -> Result<Vec<u32>> {
            if greedy && ends.is_none() {
                if let Some(t) = self.backend.argmax_last(out)? {
                    return Ok(t);
                }
            }
            let rows = self.last_of(out, ends)?;
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
            let (out, ends) = self.forward_packed(ids)?;
            let mut toks = next_tokens(&out, ends.as_deref(), &mut rng)?;
            drop(out);
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
                        None => next_tokens(out, None, &mut rng)?,
                    },
                    None => {
                        let out = self.forward_on(&next)?;
                        next_tokens(&out, None, &mut rng)?
                    }
                };
                g.decode_steps += 1;
            }
            g.decode_secs = decode_start.elapsed().as_secs_f64();
            Ok(())
        })();
        self.set_mode(Mode::Off);
        result.map(|()| g)
    }

    /// Greedy decoding: `n` new tokens after each prompt (the full forward per token; prompts
    /// of different lengths packed).
    pub fn greedy(&self, ids: &[Vec<u32>], n: usize) -> Result<Vec<Vec<u32>>> {
        nonempty(ids)?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut seqs: Vec<Vec<u32>> = ids.to_vec();
        for _ in 0..n {
            let rows = self.last_logits(&seqs)?;
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
