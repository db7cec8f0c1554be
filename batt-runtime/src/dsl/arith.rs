//! Arithmetic on integers and pairs (arc-dsl's `Numerical`), comparisons and booleans.

use super::args::{IntoBoolean, IntoInteger, IntoValue};
use super::types::{Boolean, Integer, IntegerTuple};

/// A number of arc-dsl's `Numerical`: an [`Integer`] or an [`IntegerTuple`], owned or
/// borrowed.
pub trait Numerical: Copy {
    /// The owned value, `Integer` or `IntegerTuple`.
    type Value: NumValue;
    /// The owned value.
    fn value(self) -> Self::Value;
}

/// An owned [`Numerical`]: an [`Integer`] or an [`IntegerTuple`].
pub trait NumValue: Copy {
    /// The value with `f` applied to each component.
    fn each(self, f: impl Fn(Integer) -> Integer) -> Self;
}

/// Two [`NumValue`]s combined componentwise: an integer meets each component of a pair.
pub trait Mix<B> {
    /// `Integer` when both are integers, else `IntegerTuple`.
    type Output;
    /// `f` on matching components (`None` when `f` fails on one).
    fn mix(self, b: B, f: impl Fn(Integer, Integer) -> Option<Integer>) -> Option<Self::Output>;
    /// A total `f` on matching components.
    fn mix_total(self, b: B, f: impl Fn(Integer, Integer) -> Integer) -> Self::Output;
}

impl Numerical for Integer {
    type Value = Integer;
    fn value(self) -> Integer {
        self
    }
}

impl Numerical for IntegerTuple {
    type Value = IntegerTuple;
    fn value(self) -> IntegerTuple {
        self
    }
}

/// Python's booleans are the integers 0 and 1.
impl Numerical for Boolean {
    type Value = Integer;
    fn value(self) -> Integer {
        Integer::from(self)
    }
}

/// A pair of booleans is a pair of 0s and 1s.
impl Numerical for (Boolean, Boolean) {
    type Value = IntegerTuple;
    fn value(self) -> IntegerTuple {
        (Integer::from(self.0), Integer::from(self.1))
    }
}

impl<N: Numerical> Numerical for &N {
    type Value = N::Value;
    fn value(self) -> N::Value {
        (*self).value()
    }
}

impl NumValue for Integer {
    fn each(self, f: impl Fn(Integer) -> Integer) -> Integer {
        f(self)
    }
}

impl NumValue for IntegerTuple {
    fn each(self, f: impl Fn(Integer) -> Integer) -> IntegerTuple {
        (f(self.0), f(self.1))
    }
}

impl Mix<Integer> for Integer {
    type Output = Integer;
    fn mix(self, b: Integer, f: impl Fn(Integer, Integer) -> Option<Integer>) -> Option<Integer> {
        f(self, b)
    }
    fn mix_total(self, b: Integer, f: impl Fn(Integer, Integer) -> Integer) -> Integer {
        f(self, b)
    }
}

impl Mix<IntegerTuple> for Integer {
    type Output = IntegerTuple;
    fn mix(
        self,
        b: IntegerTuple,
        f: impl Fn(Integer, Integer) -> Option<Integer>,
    ) -> Option<IntegerTuple> {
        Some((f(self, b.0)?, f(self, b.1)?))
    }
    fn mix_total(self, b: IntegerTuple, f: impl Fn(Integer, Integer) -> Integer) -> IntegerTuple {
        (f(self, b.0), f(self, b.1))
    }
}

impl Mix<Integer> for IntegerTuple {
    type Output = IntegerTuple;
    fn mix(
        self,
        b: Integer,
        f: impl Fn(Integer, Integer) -> Option<Integer>,
    ) -> Option<IntegerTuple> {
        Some((f(self.0, b)?, f(self.1, b)?))
    }
    fn mix_total(self, b: Integer, f: impl Fn(Integer, Integer) -> Integer) -> IntegerTuple {
        (f(self.0, b), f(self.1, b))
    }
}

impl Mix<IntegerTuple> for IntegerTuple {
    type Output = IntegerTuple;
    fn mix(
        self,
        b: IntegerTuple,
        f: impl Fn(Integer, Integer) -> Option<Integer>,
    ) -> Option<IntegerTuple> {
        Some((f(self.0, b.0)?, f(self.1, b.1)?))
    }
    fn mix_total(self, b: IntegerTuple, f: impl Fn(Integer, Integer) -> Integer) -> IntegerTuple {
        (f(self.0, b.0), f(self.1, b.1))
    }
}

/// The result type of a binary operation on two [`Numerical`]s.
pub type MixOf<A, B> = <<A as Numerical>::Value as Mix<<B as Numerical>::Value>>::Output;

/// Python's floor division (`//`); `None` for a zero divisor.
pub(crate) fn floor_div(a: Integer, b: Integer) -> Option<Integer> {
    let q = a.checked_div(b)?;
    Some(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

/// The sum; an integer is added to each component of a pair.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(add(2, 3), 5);
/// assert_eq!(add((1, 2), (3, 4)), (4, 6));
/// assert_eq!(add(1, (3, 4)), (4, 5));
/// ```
pub fn add<A: Numerical, B: Numerical>(a: A, b: B) -> MixOf<A, B>
where
    A::Value: Mix<B::Value>,
{
    a.value().mix_total(b.value(), Integer::wrapping_add)
}

/// The difference; an integer is subtracted from (or has subtracted) each component.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(subtract(2, 3), -1);
/// assert_eq!(subtract((5, 5), 1), (4, 4));
/// assert_eq!(subtract(1, (3, 4)), (-2, -3));
/// ```
pub fn subtract<A: Numerical, B: Numerical>(a: A, b: B) -> MixOf<A, B>
where
    A::Value: Mix<B::Value>,
{
    a.value().mix_total(b.value(), Integer::wrapping_sub)
}

/// The product, componentwise for pairs.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(multiply(2, 3), 6);
/// assert_eq!(multiply((1, 2), 3), (3, 6));
/// ```
pub fn multiply<A: Numerical, B: Numerical>(a: A, b: B) -> MixOf<A, B>
where
    A::Value: Mix<B::Value>,
{
    a.value().mix_total(b.value(), Integer::wrapping_mul)
}

/// Floor division (Python's `//`), componentwise; `None` on a zero divisor.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(divide(7, 2), Some(3));
/// assert_eq!(divide(-7, 2), Some(-4));
/// assert_eq!(divide((6, 9), 3), Some((2, 3)));
/// assert_eq!(divide(1, 0), None);
/// ```
pub fn divide<A: Numerical, B: Numerical>(a: A, b: B) -> Option<MixOf<A, B>>
where
    A::Value: Mix<B::Value>,
{
    a.value().mix(b.value(), floor_div)
}

/// The negation.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(invert((1, -2)), (-1, 2));
/// assert_eq!(invert(T), -1);
/// ```
pub fn invert<N: Numerical>(n: N) -> N::Value {
    n.value().each(Integer::wrapping_neg)
}

/// Whether an integer is even.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(even(-2) && !even(3));
/// ```
pub fn even<N: IntoInteger>(n: N) -> Boolean {
    n.into_integer() % 2 == 0
}

/// Twice the number.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(double((1, 2)), (2, 4));
/// ```
pub fn double<N: Numerical>(n: N) -> N::Value {
    n.value().each(|x| x.wrapping_mul(2))
}

/// Half the number, rounded down.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(halve(-3), -2);
/// assert_eq!(halve((5, 4)), (2, 2));
/// ```
pub fn halve<N: Numerical>(n: N) -> N::Value {
    n.value().each(|x| x.div_euclid(2))
}

/// Logical not.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(flip(F));
/// ```
pub fn flip<B: IntoBoolean>(b: B) -> Boolean {
    !b.into_boolean()
}

/// Whether the two values are equal (each given owned or borrowed).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(equality((1, 2), (1, 2)));
/// let five = 5;
/// assert!(equality(&five, FIVE));
/// ```
pub fn equality<A, B>(a: A, b: B) -> Boolean
where
    A: IntoValue,
    B: IntoValue<Value = A::Value>,
    A::Value: PartialEq,
{
    a.into_value() == b.into_value()
}

/// Whether `a > b`.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(greater(3, 2) && !greater(2, 2));
/// ```
pub fn greater<A: IntoInteger, B: IntoInteger>(a: A, b: B) -> Boolean {
    a.into_integer() > b.into_integer()
}

/// Logical and.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(!both(T, F));
/// ```
pub fn both<A: IntoBoolean, B: IntoBoolean>(a: A, b: B) -> Boolean {
    a.into_boolean() && b.into_boolean()
}

/// Logical or.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(either(T, F));
/// ```
pub fn either<A: IntoBoolean, B: IntoBoolean>(a: A, b: B) -> Boolean {
    a.into_boolean() || b.into_boolean()
}

/// The number plus one (each component of a pair).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(increment(1), 2);
/// assert_eq!(increment((0, 5)), (1, 6));
/// ```
pub fn increment<N: Numerical>(x: N) -> N::Value {
    x.value().each(|v| v.wrapping_add(1))
}

/// The number minus one (each component of a pair).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(decrement((0, 5)), (-1, 4));
/// ```
pub fn decrement<N: Numerical>(x: N) -> N::Value {
    x.value().each(|v| v.wrapping_sub(1))
}

/// Away from zero by one; zero stays zero.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(crement((0, -2)), (0, -3));
/// assert_eq!(crement(2), 3);
/// ```
pub fn crement<N: Numerical>(x: N) -> N::Value {
    x.value().each(|v| match v {
        0 => 0,
        v if v > 0 => v.wrapping_add(1),
        v => v.wrapping_sub(1),
    })
}

/// The sign: -1, 0 or 1 (each component of a pair).
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(sign((-4, 0)), (-1, 0));
/// ```
pub fn sign<N: Numerical>(x: N) -> N::Value {
    x.value().each(Integer::signum)
}

/// Whether an integer is greater than zero.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert!(positive(1) && !positive(0));
/// ```
pub fn positive<N: IntoInteger>(x: N) -> Boolean {
    x.into_integer() > 0
}

/// The vertical vector `(i, 0)`.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(toivec(3), (3, 0));
/// ```
pub fn toivec<N: IntoInteger>(i: N) -> IntegerTuple {
    (i.into_integer(), 0)
}

/// The horizontal vector `(0, j)`.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(tojvec(3), (0, 3));
/// ```
pub fn tojvec<N: IntoInteger>(j: N) -> IntegerTuple {
    (0, j.into_integer())
}

/// The pair `(a, b)`: of integers an [`IntegerTuple`], of anything else a pair of values.
///
/// ```
/// use batt_runtime::prelude::*;
/// assert_eq!(astuple(1, 2), (1, 2));
/// let (x, y) = (3, (4, 5));
/// assert_eq!(astuple(&x, &y), (3, (4, 5)));
/// ```
pub fn astuple<A: IntoValue, B: IntoValue>(a: A, b: B) -> (A::Value, B::Value) {
    (a.into_value(), b.into_value())
}
