//! Picking the next token: greedy, or sampled with temperature and top-k, seeded.

/// How to pick the next token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sampling {
    /// 0 means greedy.
    pub temperature: f64,
    /// Keep the k most likely tokens (0: all).
    pub top_k: usize,
    /// Keep the smallest set of tokens whose probability reaches p (1: all).
    pub top_p: f64,
    pub seed: u64,
}

impl Sampling {
    /// That the settings mean something: temperature finite and not negative, top-p in
    /// (0, 1].
    pub fn validate(&self) -> crate::Result<()> {
        if !(self.temperature.is_finite() && self.temperature >= 0.0) {
            return Err(crate::ModelError::Setting {
                what: "the temperature",
                allowed: "a finite number ≥ 0 (0: greedy)",
                value: self.temperature.to_string(),
            });
        }
        if !(self.top_p > 0.0 && self.top_p <= 1.0) {
            return Err(crate::ModelError::Setting {
                what: "top-p",
                allowed: "in (0, 1]",
                value: self.top_p.to_string(),
            });
        }
        Ok(())
    }
}

/// That one sequence's logits are all finite (sampling from NaN would pick anything).
pub(crate) fn finite(row: &[f32], sequence: usize) -> crate::Result<()> {
    let count = row.iter().filter(|v| !v.is_finite()).count();
    if count == 0 {
        Ok(())
    } else {
        Err(crate::ModelError::NonFinite { sequence, count })
    }
}

impl Default for Sampling {
    fn default() -> Self {
        Sampling {
            temperature: 0.0,
            top_k: 0,
            top_p: 1.0,
            seed: 0,
        }
    }
}

/// The index of the largest logit (the first on ties).
pub(crate) fn argmax(row: &[f32]) -> usize {
    row.iter()
        .enumerate()
        .fold(
            (0, f32::NEG_INFINITY),
            |acc, (k, &x)| if x > acc.1 { (k, x) } else { acc },
        )
        .0
}

/// Picks a token from one row of logits.
pub(crate) fn pick(row: &[f32], s: &Sampling, rng: &mut rand_chacha::ChaCha8Rng) -> u32 {
    use rand::Rng;
    let argmax = argmax(row);
    if s.temperature <= 0.0 {
        return argmax as u32;
    }
    let mut idx: Vec<usize> = (0..row.len()).collect();
    idx.sort_by(|&a, &b| row[b].total_cmp(&row[a]));
    if s.top_k > 0 {
        idx.truncate(s.top_k);
    }
    let max = f64::from(row[idx[0]]);
    let mut probs: Vec<f64> = idx
        .iter()
        .map(|&k| ((f64::from(row[k]) - max) / s.temperature).exp())
        .collect();
    let total: f64 = probs.iter().sum();
    probs.iter_mut().for_each(|p| *p /= total);
    let mut keep = probs.len();
    let mut acc = 0.0;
    for (k, p) in probs.iter().enumerate() {
        acc += p;
        if acc >= s.top_p {
            keep = k + 1;
            break;
        }
    }
    let mass: f64 = probs[..keep].iter().sum();
    let mut u = rng.random_range(0.0..mass);
    for k in 0..keep {
        if u < probs[k] {
            return idx[k] as u32;
        }
        u -= probs[k];
    }
    idx[keep - 1] as u32
}
