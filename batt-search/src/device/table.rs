//! Which transforms have kernels: the search's registry matched by name with
//! `batt_kernels::TRANSFORM_FAMILIES`.

use batt_kernels::TRANSFORM_FAMILIES;

use crate::transforms;

/// A transform's kernel: its family's id and name, and its op in the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KernelOf {
    /// The family's id (`Job::family`).
    pub family: u8,
    /// The family's index in `TRANSFORM_FAMILIES`.
    pub index: usize,
    /// The op within the family.
    pub op: u16,
}

/// Per transform of [`transforms::all`], its kernel if it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KernelTable {
    of: Vec<Option<KernelOf>>,
}

impl KernelTable {
    /// Every kernel of every family.
    pub fn all() -> KernelTable {
        KernelTable::only(|_| true)
    }

    /// No kernel: every transform on the CPU.
    pub fn none() -> KernelTable {
        KernelTable::only(|_| false)
    }

    /// The kernels of the transforms `keep` accepts (by name).
    pub fn only(keep: impl Fn(&str) -> bool) -> KernelTable {
        let of = transforms::all()
            .iter()
            .map(|t| {
                if !keep(t.name) {
                    return None;
                }
                TRANSFORM_FAMILIES.iter().enumerate().find_map(|(index, f)| {
                    let op = f.ops.iter().position(|&n| n == t.name)?;
                    Some(KernelOf { family: f.id, index, op: op as u16 })
                })
            })
            .collect();
        KernelTable { of }
    }

    /// Transform `t`'s kernel, if it has one.
    pub fn get(&self, t: usize) -> Option<KernelOf> {
        self.of.get(t).copied().flatten()
    }

    /// How many transforms have a kernel.
    pub fn len(&self) -> usize {
        self.of.iter().filter(|k| k.is_some()).count()
    }

    /// Whether none has.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The names of the transforms without a kernel, in registry order.
    pub fn on_cpu(&self) -> Vec<&'static str> {
        transforms::all()
            .iter()
            .zip(&self.of)
            .filter(|(_, k)| k.is_none())
            .map(|(t, _)| t.name)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kernel_names_a_transform_once() {
        let names: Vec<&str> = transforms::all().iter().map(|t| t.name).collect();
        let mut seen = std::collections::HashSet::new();
        for f in TRANSFORM_FAMILIES {
            for op in f.ops {
                assert!(names.contains(op), "{op} of {:?} is no transform", f.family);
                assert!(seen.insert(*op), "{op} has two kernels");
            }
        }
        assert_eq!(KernelTable::all().len(), seen.len());
        assert!(KernelTable::none().is_empty());
    }
}
