//! Storage dtypes in the kernels: a value read is widened to f32 (bf16 with integer ops, its
//! bits being the top half of an f32, which needs no runtime library on any target), and
//! narrowed to its dtype as it is written; arithmetic is f32 throughout.

use super::*;
use crate::emit::math::ScalarMath;

impl Em<'_> {
    /// A stored value as f32. bf16 is widened with integer ops (its bits are the top half of
    /// an f32), which needs no runtime library on any target.
    pub(super) fn widen(&mut self, v: &str, dt: DType, pre: bool) -> String {
        match dt {
            DType::F32 => v.to_string(),
            DType::BF16 => {
                let w = self.op_in(pre, format!("arith.extui {v} : i16 to i32"));
                let c16 = self.op_in(pre, "arith.constant 16 : i32".into());
                let s = self.op_in(pre, format!("arith.shli {w}, {c16} : i32"));
                self.op_in(pre, format!("arith.bitcast {s} : i32 to f32"))
            }
            DType::F16 => self.op_in(pre, format!("arith.extf {v} : f16 to f32")),
        }
    }

    /// The two bf16 values of a 32-bit word (the lower-addressed one first), as f32: the
    /// lower half shifted up, the upper half masked in place.
    pub(super) fn widen_bf16_pair(&mut self, word: &str) -> (String, String) {
        let c16 = self.op("arith.constant 16 : i32".into());
        let lo = self.op(format!("arith.shli {word}, {c16} : i32"));
        let lo = self.op(format!("arith.bitcast {lo} : i32 to f32"));
        let mask = self.op("arith.constant -65536 : i32".into());
        let hi = self.op(format!("arith.andi {word}, {mask} : i32"));
        let hi = self.op(format!("arith.bitcast {hi} : i32 to f32"));
        (lo, hi)
    }

    /// An f32 value as `dt` stores it (bf16 as its rounded bits).
    pub(super) fn stored(&mut self, v: &str, dt: DType) -> String {
        match dt {
            DType::F32 => v.to_string(),
            DType::F16 => self.op(format!("arith.truncf {v} : f32 to f16")),
            DType::BF16 => self.bf16_bits(false, v),
        }
    }
}
