//! arc-dsl's constants: integers, booleans, and directions and shapes as pairs.

use super::types::{Boolean, Integer, IntegerTuple};

/// `False`.
pub const F: Boolean = false;
/// `True`.
pub const T: Boolean = true;

/// 0.
pub const ZERO: Integer = 0;
/// 1.
pub const ONE: Integer = 1;
/// 2.
pub const TWO: Integer = 2;
/// 3.
pub const THREE: Integer = 3;
/// 4.
pub const FOUR: Integer = 4;
/// 5.
pub const FIVE: Integer = 5;
/// 6.
pub const SIX: Integer = 6;
/// 7.
pub const SEVEN: Integer = 7;
/// 8.
pub const EIGHT: Integer = 8;
/// 9.
pub const NINE: Integer = 9;
/// 10.
pub const TEN: Integer = 10;
/// -1.
pub const NEG_ONE: Integer = -1;
/// -2.
pub const NEG_TWO: Integer = -2;

/// One row down.
pub const DOWN: IntegerTuple = (1, 0);
/// One column right.
pub const RIGHT: IntegerTuple = (0, 1);
/// One row up.
pub const UP: IntegerTuple = (-1, 0);
/// One column left.
pub const LEFT: IntegerTuple = (0, -1);

/// `(0, 0)`.
pub const ORIGIN: IntegerTuple = (0, 0);
/// `(1, 1)`.
pub const UNITY: IntegerTuple = (1, 1);
/// `(-1, -1)`.
pub const NEG_UNITY: IntegerTuple = (-1, -1);
/// Up and right: `(-1, 1)`.
pub const UP_RIGHT: IntegerTuple = (-1, 1);
/// Down and left: `(1, -1)`.
pub const DOWN_LEFT: IntegerTuple = (1, -1);

/// `(0, 2)`.
pub const ZERO_BY_TWO: IntegerTuple = (0, 2);
/// `(2, 0)`.
pub const TWO_BY_ZERO: IntegerTuple = (2, 0);
/// `(2, 2)`.
pub const TWO_BY_TWO: IntegerTuple = (2, 2);
/// `(3, 3)`.
pub const THREE_BY_THREE: IntegerTuple = (3, 3);
