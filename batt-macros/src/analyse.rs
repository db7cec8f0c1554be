//! Which instances of the pattern in one block are safe to fuse, and why the others are not.
//!
//! An instance is fused only when moving all of its values to the position of its first
//! line cannot change what any name refers to or what the function computes:
//!
//! - its names are distinct, and none is mentioned between that position and the line that
//!   defined it (such a mention would have meant an older binding, or nothing);
//! - the grids `x1` (`x2`) that `mapply(p_g, &x1)` reads are not bound again, nor used
//!   while mutable, between the two lines;
//! - the samples cannot change between the lines: their root is a shared reference
//!   parameter that the function never binds again, or nothing but other pattern lines
//!   mentions it there.
//!
//! Instances over the same samples, with nothing between them that could change those, form
//! a chain that computes the pattern once.

use std::collections::HashSet;

use proc_macro2::Span;

use crate::model::{Line, PaletteLine, SampleLine, Shape, Side};

/// Facts about the whole function that every block's analysis needs.
pub(crate) struct Context {
    /// Roots whose samples cannot change anywhere in the function.
    pub(crate) frozen: HashSet<String>,
}

/// A sample line and the palette line that reads its grids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Half {
    pub(crate) sample: usize,
    pub(crate) palette: usize,
}

/// What one fused instance computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `(x1, x2, x3, x4)`.
    Full { inputs: Half, outputs: Half },
    /// `(x1, x3)` or `(x2, x4)`.
    Half(Side, Half),
}

impl Kind {
    fn halves(self) -> Vec<Half> {
        match self {
            Kind::Full { inputs, outputs } => vec![inputs, outputs],
            Kind::Half(_, h) => vec![h],
        }
    }
}

/// An instance that will be fused.
#[derive(Debug, Clone)]
pub(crate) struct Fusion {
    pub(crate) kind: Kind,
    /// Its lines, ascending.
    pub(crate) members: Vec<usize>,
    /// Where the fused line goes: the first of its lines.
    pub(crate) at: usize,
    /// Its place in a chain of instances over the same samples, if the chain has several.
    pub(crate) chain: Option<ChainLink>,
    /// Whether it is safe only because its samples are a frozen `&` parameter that
    /// statements between its lines mention: then the emitted call must take the fused path,
    /// whose `Samples` cannot change behind a `&`, never the fallback for other types (which
    /// may have interior mutability).
    pub(crate) needs_samples: bool,
}

/// One instance's place in a chain of instances that share one computed pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChainLink {
    /// The chain, numbered within the block.
    pub(crate) chain: usize,
    /// Whether this instance computes the shared pattern (it comes first).
    pub(crate) head: bool,
    /// Whether this instance is the chain's last, which takes the pattern by value.
    pub(crate) last: bool,
}

/// An instance left alone, and why.
#[derive(Debug, Clone)]
pub(crate) struct NearMiss {
    pub(crate) span: Span,
    pub(crate) message: String,
}

/// The decisions for one block.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Fused instances, by position.
    pub(crate) fusions: Vec<Fusion>,
    pub(crate) near_misses: Vec<NearMiss>,
}

/// Decides which instances of the block's lines to fuse.
pub(crate) fn plan(lines: &[Line], cx: &Context) -> Plan {
    let mut plan = Plan::default();
    for line in lines {
        if let Shape::NearMiss(why) = &line.shape {
            plan.near_misses.push(NearMiss { span: line.span, message: why.clone() });
        }
    }
    let (halves, lonely) = pair_halves(lines);
    for (i, rebound) in lonely {
        let name = &sample(lines, i).binding.name;
        plan.near_misses.push(match rebound {
            Some(k) => NearMiss {
                span: lines[k].span,
                message: format!(
                    "this statement may bind `{name}` again before `mapply(p_g, &{name})` reads \
                     it, so that line reads another `{name}`"
                ),
            },
            None => NearMiss {
                span: lines[i].span,
                message: format!(
                    "no `mapply(p_g, &{name})` in the same block reads these grids, so this is \
                     not an instance of the pattern"
                ),
            },
        });
    }

    let mut kinds = Vec::new();
    let mut outputs: Vec<Option<Half>> =
        halves.iter().filter(|(s, _)| *s == Side::Outputs).map(|&(_, h)| Some(h)).collect();
    for &(side, h) in halves.iter().filter(|(s, _)| *s == Side::Inputs) {
        let key = &sample(lines, h.sample).key;
        let partner =
            outputs.iter_mut().find(|o| o.is_some_and(|o| sample(lines, o.sample).key == *key));
        match partner {
            Some(slot) => {
                let o = slot.take().expect("found as Some");
                let full = Kind::Full { inputs: h, outputs: o };
                match check(lines, full, cx) {
                    Ok(frozen) => kinds.push((full, Some(frozen))),
                    Err(miss) => {
                        plan.near_misses.push(NearMiss {
                            span: miss.span,
                            message: format!(
                                "{} (the two halves are fused apart where each is safe)",
                                miss.message
                            ),
                        });
                        kinds.push((Kind::Half(Side::Inputs, h), None));
                        kinds.push((Kind::Half(Side::Outputs, o), None));
                    }
                }
            }
            None => kinds.push((Kind::Half(side, h), None)),
        }
    }
    kinds.extend(outputs.into_iter().flatten().map(|o| (Kind::Half(Side::Outputs, o), None)));

    let mut fusions = Vec::new();
    for (kind, checked) in kinds {
        let needs_samples = match checked.map_or_else(|| check(lines, kind, cx), Ok) {
            Ok(frozen) => frozen,
            Err(miss) => {
                plan.near_misses.push(miss);
                continue;
            }
        };
        let mut members: Vec<usize> =
            kind.halves().iter().flat_map(|h| [h.sample, h.palette]).collect();
        members.sort_unstable();
        fusions.push(Fusion { kind, at: members[0], members, chain: None, needs_samples });
    }
    fusions.sort_by_key(|f| f.at);
    chain(lines, &mut fusions, cx);
    plan.fusions = fusions;
    plan
}

fn sample(lines: &[Line], i: usize) -> &SampleLine {
    match &lines[i].shape {
        Shape::Sample(s) => s,
        _ => unreachable!("index {i} is a sample line"),
    }
}

fn palette(lines: &[Line], i: usize) -> &PaletteLine {
    match &lines[i].shape {
        Shape::Palette(p) => p,
        _ => unreachable!("index {i} is a palette line"),
    }
}

/// A sample line without a palette line, and the statement that bound its name again
/// before a palette line that reads that name, if there is one.
type Lonely = (usize, Option<usize>);

/// Each sample line with the first later palette line that reads its grids (before the name
/// is bound again); the sample lines without one come second, with the statement that bound
/// their name again before a palette line that reads that name, if there is one.
fn pair_halves(lines: &[Line]) -> (Vec<(Side, Half)>, Vec<Lonely>) {
    let mut used = vec![false; lines.len()];
    let mut halves = Vec::new();
    let mut lonely = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Shape::Sample(s) = &line.shape else { continue };
        let name = s.binding.name.to_string();
        let mut found = None;
        let mut rebound = None;
        for (j, later) in lines.iter().enumerate().skip(i + 1) {
            let reads = matches!(&later.shape, Shape::Palette(p) if p.source == name);
            if reads && !used[j] {
                found = Some(j);
                break;
            }
            if later.binds.contains(&name) {
                rebound = Some(j);
                break;
            }
        }
        let reads_later = |k: usize| {
            lines[k + 1..].iter().any(|l| matches!(&l.shape, Shape::Palette(p) if p.source == name))
        };
        match found {
            Some(j) => {
                used[j] = true;
                halves.push((s.side, Half { sample: i, palette: j }));
            }
            None => lonely.push((i, rebound.filter(|&k| reads_later(k)))),
        }
    }
    (halves, lonely)
}

/// Why fusing `kind` could change the function, if it could; else whether it relies on
/// frozen samples (see [`Fusion::needs_samples`]).
fn check(lines: &[Line], kind: Kind, cx: &Context) -> Result<bool, NearMiss> {
    let halves = kind.halves();
    let members: Vec<usize> = halves.iter().flat_map(|h| [h.sample, h.palette]).collect();
    let at = *members.iter().min().expect("an instance has lines");
    let last = *members.iter().max().expect("an instance has lines");
    let first_sample = sample(lines, halves.iter().map(|h| h.sample).min().expect("a half"));
    let root = &first_sample.root;
    let between = |from: usize, to: usize| (from + 1..to).filter(|k| !members.contains(k));
    let miss = |k: usize, message: String| NearMiss { span: lines[k].span, message };

    let mut names = HashSet::new();
    for &m in &members {
        let name = lines[m].name().expect("pattern lines bind a name").to_string();
        if name == *root {
            return Err(miss(m, format!("this line binds `{name}`, the samples' own name")));
        }
        if !names.insert(name.clone()) {
            return Err(miss(m, format!("this line binds `{name}` again within the instance")));
        }
        for k in between(at, m) {
            if lines[k].mentions.contains(&name) {
                return Err(miss(
                    k,
                    format!(
                        "this statement uses `{name}` before the line of the pattern that \
                         defines it; fusing would change which `{name}` it means"
                    ),
                ));
            }
        }
    }

    for h in &halves {
        let s = sample(lines, h.sample);
        let grids = s.binding.name.to_string();
        let reader = &palette(lines, h.palette).binding.name;
        for k in between(h.sample, h.palette) {
            if lines[k].binds.contains(&grids) {
                return Err(miss(
                    k,
                    format!(
                        "this statement may bind `{grids}` again before `{reader}` reads it; \
                         the fused `{reader}` would read the first `{grids}`"
                    ),
                ));
            }
            if s.binding.mutability.is_some() && lines[k].mentions.contains(&grids) {
                return Err(miss(
                    k,
                    format!(
                        "`{grids}` is mutable and this statement uses it before `{reader}` \
                         reads it; the fused `{reader}` would not see a change"
                    ),
                ));
            }
        }
    }

    samples_unchanged(lines, at, last, &members, root, cx).map_err(|k| {
        miss(
            k,
            format!(
                "this statement uses `{root}` between the lines of the pattern and may change \
                 the samples they read"
            ),
        )
    })
}

/// Whether the samples rooted at `root` cannot change between lines `from` and `to`:
/// `Ok(false)` when nothing there mentions `root` (other pattern lines only read it),
/// `Ok(true)` when something does but `root` is frozen, else the first statement that may
/// change them.
fn samples_unchanged(
    lines: &[Line],
    from: usize,
    to: usize,
    members: &[usize],
    root: &str,
    cx: &Context,
) -> Result<bool, usize> {
    let mention = (from + 1..to).find(|&k| {
        !members.contains(&k)
            && (!lines[k].is_pattern_line() || lines[k].binds.contains(root))
            && lines[k].mentions.contains(root)
    });
    match mention {
        None => Ok(false),
        Some(_) if cx.frozen.contains(root) => Ok(true),
        Some(k) => Err(k),
    }
}

/// Links instances over the same samples, with nothing between that could change those,
/// into chains that compute the pattern once.
fn chain(lines: &[Line], fusions: &mut [Fusion], cx: &Context) {
    let key = |f: &Fusion| {
        let s = f.kind.halves()[0].sample;
        (sample(lines, s).key.clone(), sample(lines, s).root.clone())
    };
    let mut chains: Vec<Vec<usize>> = Vec::new();
    let mut open: Vec<(String, usize)> = Vec::new();
    for i in 0..fusions.len() {
        let (k, root) = key(&fusions[i]);
        let joined = open.iter().position(|(key, _)| *key == k).and_then(|o| {
            let head = chains[open[o].1][0];
            match samples_unchanged(lines, fusions[head].at, fusions[i].at, &[], &root, cx) {
                Ok(frozen) => {
                    fusions[head].needs_samples |= frozen;
                    Some(open[o].1)
                }
                Err(_) => {
                    open.remove(o);
                    None
                }
            }
        });
        match joined {
            Some(c) => chains[c].push(i),
            None => {
                open.push((k, chains.len()));
                chains.push(vec![i]);
            }
        }
    }
    for (number, members) in chains.iter().filter(|c| c.len() > 1).enumerate() {
        for (n, &i) in members.iter().enumerate() {
            fusions[i].chain =
                Some(ChainLink { chain: number, head: n == 0, last: n + 1 == members.len() });
        }
    }
}
