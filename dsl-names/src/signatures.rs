//! arc-dsl's type annotations of its primitives (`dsl.py`, in the names of `arc_types.py`),
//! as data: each primitive's parameter types and return type.
//!
//! `scripts/arc_dsl/signatures.py` prints the table from arc-dsl's `dsl.py`.

/// A type as arc-dsl annotates it: one of `arc_types.py`'s aliases or a `typing` name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `Any` (also a parameter without an annotation).
    Any,
    /// `Boolean` (`bool`).
    Boolean,
    /// `Integer` (`int`).
    Integer,
    /// `IntegerTuple`: a pair of integers.
    IntegerTuple,
    /// `Numerical`: an `Integer` or an `IntegerTuple`.
    Numerical,
    /// `IntegerSet`: a frozenset of integers.
    IntegerSet,
    /// `Grid`: a tuple of rows of integers.
    Grid,
    /// `Cell`: a colour and a location.
    Cell,
    /// `Object`: a frozenset of cells.
    Object,
    /// `Objects`: a frozenset of objects.
    Objects,
    /// `Indices`: a frozenset of locations.
    Indices,
    /// `IndicesSet`: a frozenset of indices.
    IndicesSet,
    /// `Patch`: an `Object` or `Indices`.
    Patch,
    /// `Element`: an `Object` or a `Grid`.
    Element,
    /// `Piece`: a `Grid` or a `Patch`.
    Piece,
    /// `TupleTuple`: a tuple of tuples.
    TupleTuple,
    /// `ContainerContainer`: a container of containers.
    ContainerContainer,
    /// `Callable`: a function.
    Callable,
    /// `Container`: a tuple or a frozenset.
    Container,
    /// `FrozenSet`: a frozenset of anything.
    FrozenSet,
    /// `Tuple`: a tuple of anything.
    Tuple,
}

impl Type {
    /// The types this one is a union of (itself where it is no union): `Numerical` is
    /// `Integer` or `IntegerTuple`, `Patch` `Object` or `Indices`, `Element` `Object` or
    /// `Grid`, `Piece` `Grid`, `Object` or `Indices`.
    pub fn alternatives(self) -> &'static [Type] {
        match self {
            Type::Numerical => &[Type::Integer, Type::IntegerTuple],
            Type::Patch => &[Type::Object, Type::Indices],
            Type::Element => &[Type::Object, Type::Grid],
            Type::Piece => &[Type::Grid, Type::Object, Type::Indices],
            other => other.alone(),
        }
    }

    fn alone(self) -> &'static [Type] {
        macro_rules! each {
            ($($t:ident),*) => {
                match self { $(Type::$t => &[Type::$t],)* }
            };
        }
        each!(
            Any,
            Boolean,
            Integer,
            IntegerTuple,
            Numerical,
            IntegerSet,
            Grid,
            Cell,
            Object,
            Objects,
            Indices,
            IndicesSet,
            Patch,
            Element,
            Piece,
            TupleTuple,
            ContainerContainer,
            Callable,
            Container,
            FrozenSet,
            Tuple
        )
    }

    /// Whether a value of this type is a function.
    pub fn is_callable(self) -> bool {
        self == Type::Callable
    }
}

/// One primitive's annotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The primitive's name.
    pub name: &'static str,
    /// Its parameters' types, in order.
    pub params: &'static [Type],
    /// Its return type.
    pub returns: Type,
}

const fn s(name: &'static str, params: &'static [Type], returns: Type) -> Signature {
    Signature { name, params, returns }
}

use Type as T;

/// arc-dsl's primitives' annotations, in `dsl.py` order (that of
/// [`ARC_DSL_PRIMITIVES`](crate::ARC_DSL_PRIMITIVES)).
pub const SIGNATURES: &[Signature] = &[
    s("identity", &[T::Any], T::Any),
    s("add", &[T::Numerical, T::Numerical], T::Numerical),
    s("subtract", &[T::Numerical, T::Numerical], T::Numerical),
    s("multiply", &[T::Numerical, T::Numerical], T::Numerical),
    s("divide", &[T::Numerical, T::Numerical], T::Numerical),
    s("invert", &[T::Numerical], T::Numerical),
    s("even", &[T::Integer], T::Boolean),
    s("double", &[T::Numerical], T::Numerical),
    s("halve", &[T::Numerical], T::Numerical),
    s("flip", &[T::Boolean], T::Boolean),
    s("equality", &[T::Any, T::Any], T::Boolean),
    s("contained", &[T::Any, T::Container], T::Boolean),
    s("combine", &[T::Container, T::Container], T::Container),
    s("intersection", &[T::FrozenSet, T::FrozenSet], T::FrozenSet),
    s("difference", &[T::FrozenSet, T::FrozenSet], T::FrozenSet),
    s("dedupe", &[T::Tuple], T::Tuple),
    s("order", &[T::Container, T::Callable], T::Tuple),
    s("repeat", &[T::Any, T::Integer], T::Tuple),
    s("greater", &[T::Integer, T::Integer], T::Boolean),
    s("size", &[T::Container], T::Integer),
    s("merge", &[T::ContainerContainer], T::Container),
    s("maximum", &[T::IntegerSet], T::Integer),
    s("minimum", &[T::IntegerSet], T::Integer),
    s("valmax", &[T::Container, T::Callable], T::Integer),
    s("valmin", &[T::Container, T::Callable], T::Integer),
    s("argmax", &[T::Container, T::Callable], T::Any),
    s("argmin", &[T::Container, T::Callable], T::Any),
    s("mostcommon", &[T::Container], T::Any),
    s("leastcommon", &[T::Container], T::Any),
    s("initset", &[T::Any], T::FrozenSet),
    s("both", &[T::Boolean, T::Boolean], T::Boolean),
    s("either", &[T::Boolean, T::Boolean], T::Boolean),
    s("increment", &[T::Numerical], T::Numerical),
    s("decrement", &[T::Numerical], T::Numerical),
    s("crement", &[T::Numerical], T::Numerical),
    s("sign", &[T::Numerical], T::Numerical),
    s("positive", &[T::Integer], T::Boolean),
    s("toivec", &[T::Integer], T::IntegerTuple),
    s("tojvec", &[T::Integer], T::IntegerTuple),
    s("sfilter", &[T::Container, T::Callable], T::Container),
    s("mfilter", &[T::Container, T::Callable], T::FrozenSet),
    s("extract", &[T::Container, T::Callable], T::Any),
    s("totuple", &[T::FrozenSet], T::Tuple),
    s("first", &[T::Container], T::Any),
    s("last", &[T::Container], T::Any),
    s("insert", &[T::Any, T::FrozenSet], T::FrozenSet),
    s("remove", &[T::Any, T::Container], T::Container),
    s("other", &[T::Container, T::Any], T::Any),
    s("interval", &[T::Integer, T::Integer, T::Integer], T::Tuple),
    s("astuple", &[T::Integer, T::Integer], T::IntegerTuple),
    s("product", &[T::Container, T::Container], T::FrozenSet),
    s("pair", &[T::Tuple, T::Tuple], T::TupleTuple),
    s("branch", &[T::Boolean, T::Any, T::Any], T::Any),
    s("compose", &[T::Callable, T::Callable], T::Callable),
    s("chain", &[T::Callable, T::Callable, T::Callable], T::Callable),
    s("matcher", &[T::Callable, T::Any], T::Callable),
    s("rbind", &[T::Callable, T::Any], T::Callable),
    s("lbind", &[T::Callable, T::Any], T::Callable),
    s("power", &[T::Callable, T::Integer], T::Callable),
    s("fork", &[T::Callable, T::Callable, T::Callable], T::Callable),
    s("apply", &[T::Callable, T::Container], T::Container),
    s("rapply", &[T::Container, T::Any], T::Container),
    s("mapply", &[T::Callable, T::ContainerContainer], T::FrozenSet),
    s("papply", &[T::Callable, T::Tuple, T::Tuple], T::Tuple),
    s("mpapply", &[T::Callable, T::Tuple, T::Tuple], T::Tuple),
    s("prapply", &[T::Any, T::Container, T::Container], T::FrozenSet),
    s("mostcolor", &[T::Element], T::Integer),
    s("leastcolor", &[T::Element], T::Integer),
    s("height", &[T::Piece], T::Integer),
    s("width", &[T::Piece], T::Integer),
    s("shape", &[T::Piece], T::IntegerTuple),
    s("portrait", &[T::Piece], T::Boolean),
    s("colorcount", &[T::Element, T::Integer], T::Integer),
    s("colorfilter", &[T::Objects, T::Integer], T::Objects),
    s("sizefilter", &[T::Container, T::Integer], T::FrozenSet),
    s("asindices", &[T::Grid], T::Indices),
    s("ofcolor", &[T::Grid, T::Integer], T::Indices),
    s("ulcorner", &[T::Patch], T::IntegerTuple),
    s("urcorner", &[T::Patch], T::IntegerTuple),
    s("llcorner", &[T::Patch], T::IntegerTuple),
    s("lrcorner", &[T::Patch], T::IntegerTuple),
    s("crop", &[T::Grid, T::IntegerTuple, T::IntegerTuple], T::Grid),
    s("toindices", &[T::Patch], T::Indices),
    s("recolor", &[T::Integer, T::Patch], T::Object),
    s("shift", &[T::Patch, T::IntegerTuple], T::Patch),
    s("normalize", &[T::Patch], T::Patch),
    s("dneighbors", &[T::IntegerTuple], T::Indices),
    s("ineighbors", &[T::IntegerTuple], T::Indices),
    s("neighbors", &[T::IntegerTuple], T::Indices),
    s("objects", &[T::Grid, T::Boolean, T::Boolean, T::Boolean], T::Objects),
    s("partition", &[T::Grid], T::Objects),
    s("fgpartition", &[T::Grid], T::Objects),
    s("uppermost", &[T::Patch], T::Integer),
    s("lowermost", &[T::Patch], T::Integer),
    s("leftmost", &[T::Patch], T::Integer),
    s("rightmost", &[T::Patch], T::Integer),
    s("square", &[T::Piece], T::Boolean),
    s("vline", &[T::Patch], T::Boolean),
    s("hline", &[T::Patch], T::Boolean),
    s("hmatching", &[T::Patch, T::Patch], T::Boolean),
    s("vmatching", &[T::Patch, T::Patch], T::Boolean),
    s("manhattan", &[T::Patch, T::Patch], T::Integer),
    s("adjacent", &[T::Patch, T::Patch], T::Boolean),
    s("bordering", &[T::Patch, T::Grid], T::Boolean),
    s("centerofmass", &[T::Patch], T::IntegerTuple),
    s("palette", &[T::Element], T::IntegerSet),
    s("numcolors", &[T::Element], T::IntegerSet),
    s("color", &[T::Object], T::Integer),
    s("toobject", &[T::Patch, T::Grid], T::Object),
    s("asobject", &[T::Grid], T::Object),
    s("rot90", &[T::Grid], T::Grid),
    s("rot180", &[T::Grid], T::Grid),
    s("rot270", &[T::Grid], T::Grid),
    s("hmirror", &[T::Piece], T::Piece),
    s("vmirror", &[T::Piece], T::Piece),
    s("dmirror", &[T::Piece], T::Piece),
    s("cmirror", &[T::Piece], T::Piece),
    s("fill", &[T::Grid, T::Integer, T::Patch], T::Grid),
    s("paint", &[T::Grid, T::Object], T::Grid),
    s("underfill", &[T::Grid, T::Integer, T::Patch], T::Grid),
    s("underpaint", &[T::Grid, T::Object], T::Grid),
    s("hupscale", &[T::Grid, T::Integer], T::Grid),
    s("vupscale", &[T::Grid, T::Integer], T::Grid),
    s("upscale", &[T::Element, T::Integer], T::Element),
    s("downscale", &[T::Grid, T::Integer], T::Grid),
    s("hconcat", &[T::Grid, T::Grid], T::Grid),
    s("vconcat", &[T::Grid, T::Grid], T::Grid),
    s("subgrid", &[T::Patch, T::Grid], T::Grid),
    s("hsplit", &[T::Grid, T::Integer], T::Tuple),
    s("vsplit", &[T::Grid, T::Integer], T::Tuple),
    s("cellwise", &[T::Grid, T::Grid, T::Integer], T::Grid),
    s("replace", &[T::Grid, T::Integer, T::Integer], T::Grid),
    s("switch", &[T::Grid, T::Integer, T::Integer], T::Grid),
    s("center", &[T::Patch], T::IntegerTuple),
    s("position", &[T::Patch, T::Patch], T::IntegerTuple),
    s("index", &[T::Grid, T::IntegerTuple], T::Integer),
    s("canvas", &[T::Integer, T::IntegerTuple], T::Grid),
    s("corners", &[T::Patch], T::Indices),
    s("connect", &[T::IntegerTuple, T::IntegerTuple], T::Indices),
    s("cover", &[T::Grid, T::Patch], T::Grid),
    s("trim", &[T::Grid], T::Grid),
    s("move", &[T::Grid, T::Object, T::IntegerTuple], T::Grid),
    s("tophalf", &[T::Grid], T::Grid),
    s("bottomhalf", &[T::Grid], T::Grid),
    s("lefthalf", &[T::Grid], T::Grid),
    s("righthalf", &[T::Grid], T::Grid),
    s("vfrontier", &[T::IntegerTuple], T::Indices),
    s("hfrontier", &[T::IntegerTuple], T::Indices),
    s("backdrop", &[T::Patch], T::Indices),
    s("delta", &[T::Patch], T::Indices),
    s("gravitate", &[T::Patch, T::Patch], T::IntegerTuple),
    s("inbox", &[T::Patch], T::Indices),
    s("outbox", &[T::Patch], T::Indices),
    s("box", &[T::Patch], T::Indices),
    s("shoot", &[T::IntegerTuple, T::IntegerTuple], T::Indices),
    s("occurrences", &[T::Grid, T::Object], T::Indices),
    s("frontiers", &[T::Grid], T::Objects),
    s("compress", &[T::Grid], T::Grid),
    s("hperiod", &[T::Object], T::Integer),
    s("vperiod", &[T::Object], T::Integer),
];

/// The annotations of the arc-dsl primitive named `name`.
pub fn signature(name: &str) -> Option<&'static Signature> {
    SIGNATURES.iter().find(|s| s.name == name)
}
