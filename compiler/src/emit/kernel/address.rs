//! Where a kernel finds the elements of a tensor: row-major strides, element offsets (outer
//! coordinates, reduced points, the scan index) and the position along the scan axis of a
//! walk step (a reverse scan walks its positions from the last).

use super::*;

impl Em<'_> {
    /// Row-major strides of a tensor with `dims` (computed once, at entry).
    pub(super) fn strides(&mut self, dims: &[Handle<Dim>]) -> Vec<String> {
        if let Some(s) = self.strides.get(dims) {
            return s.clone();
        }
        let mut out = vec![String::new(); dims.len()];
        let mut acc = self.i64c(1);
        for k in (0..dims.len()).rev() {
            out[k] = acc.clone();
            if k > 0 {
                let sz = self.sizes[dims[k].index()].clone();
                acc = self.entry_op(format!("arith.muli {acc}, {sz} : i64"));
            }
        }
        self.strides.insert(dims.to_vec(), out.clone());
        out
    }

    /// Offset of a tensor element: dims bound to the thread's outer indices, the reduced
    /// point `red`, and the scan dim at the position of the walk step `em.t`.
    pub(super) fn offset(
        &mut self,
        dims: &[Handle<Dim>],
        red: &[(Handle<Dim>, Ix)],
        pre: bool,
    ) -> String {
        self.offset_at(dims, red, pre, None)
    }

    /// As [`Em::offset`], with the scan dim at position `pos` where one is given.
    pub(super) fn offset_at(
        &mut self,
        dims: &[Handle<Dim>],
        red: &[(Handle<Dim>, Ix)],
        pre: bool,
        pos: Option<&str>,
    ) -> String {
        let strides = self.strides(dims);
        let mut acc: Option<String> = None;
        // A point loop adds the split dim's term last: the rest stays the same through the
        // loop (computed once, before it).
        let mut order: Vec<usize> = (0..dims.len()).collect();
        if self.point_loop {
            let split = self.plan.split_dim();
            order.sort_by_key(|&k| Some(dims[k]) == split);
        }
        for k in order {
            let d = dims[k];
            let ix = if d == self.rec.scan {
                Ix::Dyn(match pos {
                    Some(p) => p.to_string(),
                    None => {
                        let t = self
                            .t
                            .clone()
                            .expect("a scan index is bound where sequences are read");
                        self.position(&t, pre)
                    }
                })
            } else if let Some(v) = self.outer_ix.get(&d) {
                Ix::Dyn(v.clone())
            } else {
                let ix = red
                    .iter()
                    .find(|(x, _)| *x == d)
                    .map(|(_, i)| i.clone())
                    .expect("reduced dims are bound");
                self.lane_index(d, ix, pre)
            };
            let term = match ix {
                Ix::Const(0) => continue,
                Ix::Const(c) => {
                    let cv = self.op_in(pre, format!("arith.constant {c} : i64"));
                    self.op_in(pre, format!("arith.muli {cv}, {} : i64", strides[k]))
                }
                Ix::Dyn(v) => self.op_in(pre, format!("arith.muli {v}, {} : i64", strides[k])),
            };
            acc = Some(match acc {
                None => term,
                Some(a) => self.op_in(pre, format!("arith.addi {a}, {term} : i64")),
            });
        }
        acc.unwrap_or_else(|| self.op_in(pre, "arith.constant 0 : i64".into()))
    }

    /// The position along the scan axis of walk step `t`: `t` itself, or `L - 1 - t` for a
    /// reverse scan (its own inverse). Every read and write of a tensor with the scan dim goes
    /// through it; the kernels' own workspaces (checkpoints, chunk and segment carries, the
    /// backward's partials) are laid out by walk step.
    pub(super) fn position(&mut self, t: &str, pre: bool) -> String {
        match self.rec.direction {
            Direction::Forward => t.to_string(),
            Direction::Reverse => {
                let last = match self.scan_last.clone() {
                    Some(l) => l,
                    None => {
                        let len = self.sizes[self.rec.scan.index()].clone();
                        let one = self.i64c(1);
                        let l = self.entry_op(format!("arith.subi {len}, {one} : i64"));
                        self.scan_last = Some(l.clone());
                        l
                    }
                };
                self.op_in(pre, format!("arith.subi {last}, {t} : i64"))
            }
        }
    }
}
