//! The runtime's `dsl` module against the table of DSL names (`batt-dsl-names`): each of
//! arc-dsl's constants is there under its name, with the table's value, in the table's order.

use batt_dsl_names::{CONSTANTS, Value};
use batt_runtime::dsl;

/// A constant's value as the table writes it.
trait AsValue {
    fn as_value(&self) -> Value;
}

impl AsValue for dsl::Boolean {
    fn as_value(&self) -> Value {
        Value::Boolean(*self)
    }
}

impl AsValue for dsl::Integer {
    fn as_value(&self) -> Value {
        Value::Integer(*self)
    }
}

impl AsValue for dsl::IntegerTuple {
    fn as_value(&self) -> Value {
        Value::IntegerTuple(self.0, self.1)
    }
}

/// Each named constant of `batt_runtime::dsl` with its name and value.
macro_rules! runtime_constants {
    ($($name:ident),* $(,)?) => {
        [$((stringify!($name), dsl::$name.as_value())),*]
    };
}

#[test]
fn every_constant_has_the_table_s_value() {
    let runtime = runtime_constants!(
        F,
        T,
        ZERO,
        ONE,
        TWO,
        THREE,
        FOUR,
        FIVE,
        SIX,
        SEVEN,
        EIGHT,
        NINE,
        TEN,
        NEG_ONE,
        NEG_TWO,
        DOWN,
        RIGHT,
        UP,
        LEFT,
        ORIGIN,
        UNITY,
        NEG_UNITY,
        UP_RIGHT,
        DOWN_LEFT,
        ZERO_BY_TWO,
        TWO_BY_ZERO,
        TWO_BY_TWO,
        THREE_BY_THREE,
    );
    let table: Vec<(&str, Value)> = CONSTANTS.iter().map(|c| (c.name, c.value)).collect();
    assert_eq!(table.len(), 28);
    assert_eq!(runtime.as_slice(), table.as_slice());
}
