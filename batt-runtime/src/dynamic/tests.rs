use super::*;

fn grid(rows: &[&[u8]]) -> Grid {
    Grid::from_rows(rows).expect("a grid")
}

fn ints(v: &[i32]) -> Value {
    Value::tuple(v.iter().map(|&n| Value::Int(n)).collect())
}

fn f(name: &str) -> Value {
    Value::function(name)
}

#[test]
fn grids_are_tuples_of_rows_both_ways() {
    let g = grid(&[&[1, 2], &[3, 4]]);
    let v = Value::from_grid(&g);
    assert_eq!(v, Value::tuple(vec![ints(&[1, 2]), ints(&[3, 4])]));
    assert_eq!(v.to_grid(), Some(g));
    let ragged = Value::tuple(vec![ints(&[1, 2]), ints(&[3])]);
    assert_eq!(ragged.to_grid(), None);
    assert_eq!(Value::tuple(vec![ints(&[10])]).to_grid(), None, "colours are 0 to 9");
}

#[test]
fn booleans_equal_their_integers_and_sets_keep_one_of_each() {
    assert_eq!(Value::Bool(true), Value::Int(1));
    assert_ne!(Value::Bool(false), Value::Int(1));
    let s = Value::set(vec![Value::Int(3), Value::Int(1), Value::Int(3)]);
    assert_eq!(s.items(), Some(&[Value::Int(1), Value::Int(3)][..]));
    assert!(Value::Int(5) < ints(&[0]), "numbers come before tuples");
}

#[test]
fn arithmetic_of_integers_and_pairs_is_python_s() {
    assert_eq!(prim("add", &[Value::Int(2), Value::pair(1, 5)]), Some(Value::pair(3, 7)));
    assert_eq!(prim("subtract", &[Value::pair(1, 5), Value::pair(1, 1)]), Some(Value::pair(0, 4)));
    assert_eq!(prim("divide", &[Value::Int(-7), Value::Int(2)]), Some(Value::Int(-4)));
    assert_eq!(prim("divide", &[Value::Int(7), Value::Int(0)]), None);
    assert_eq!(prim("double", &[Value::Bool(true)]), Some(Value::Int(2)));
    assert_eq!(prim("crement", &[Value::pair(-2, 0)]), Some(Value::pair(-3, 0)));
    assert_eq!(prim("add", &[Value::Int(i32::MAX), Value::Int(1)]), None, "overflow fails");
    assert_eq!(prim("crement", &[Value::Int(i32::MIN)]), None);
    assert_eq!(prim("divide", &[Value::Int(i32::MIN), Value::Int(-1)]), None);
    assert_eq!(prim("repeat", &[Value::Int(0), Value::Int(i32::MAX)]), None, "too long");
    assert_eq!(prim("interval", &[Value::Int(0), Value::Int(3), Value::Int(0)]), None);
}

#[test]
fn partial_applications_compositions_forks_and_matchers() {
    let minus_one = prim("rbind", &[f("subtract"), Value::Int(1)]).expect("rbind");
    assert_eq!(call(&minus_one, &[Value::Int(5)]), Some(Value::Int(4)));
    let one_minus = prim("lbind", &[f("subtract"), Value::Int(1)]).expect("lbind");
    assert_eq!(call(&one_minus, &[Value::Int(5)]), Some(Value::Int(-4)));
    assert_eq!(prim("rbind", &[f("size"), Value::Int(1)]), None, "size takes one argument");
    // `rbind` of a three-parameter primitive leaves two.
    let fill5 = prim("rbind", &[f("interval"), Value::Int(1)]).expect("rbind3");
    assert_eq!(call(&fill5, &[Value::Int(0), Value::Int(3)]), Some(ints(&[0, 1, 2])));
    let c = prim("compose", &[f("increment"), f("double")]).expect("compose");
    assert_eq!(call(&c, &[Value::Int(3)]), Some(Value::Int(7)), "double first");
    let ch = prim("chain", &[f("increment"), f("double"), f("invert")]).expect("chain");
    assert_eq!(call(&ch, &[Value::Int(3)]), Some(Value::Int(-5)));
    let fk = prim("fork", &[f("add"), f("double"), f("identity")]).expect("fork");
    assert_eq!(call(&fk, &[Value::Int(3)]), Some(Value::Int(9)));
    let m = prim("matcher", &[f("size"), Value::Int(2)]).expect("matcher");
    assert_eq!(call(&m, &[ints(&[7, 8])]), Some(Value::Bool(true)));
    let p = prim("power", &[f("double"), Value::Int(3)]).expect("power");
    assert_eq!(call(&p, &[Value::Int(1)]), Some(Value::Int(8)));
    assert_eq!(call(&Value::Int(3), &[Value::Int(1)]), None, "an integer is no function");
}

#[test]
fn branch_picks_values_and_functions_of_two_types() {
    let g = grid(&[&[1, 2], &[3, 4]]);
    let chosen = prim("branch", &[Value::Bool(false), Value::Int(1), Value::from_grid(&g)]);
    assert_eq!(chosen, Some(Value::from_grid(&g)));
    let turn = prim("branch", &[Value::Bool(true), f("dmirror"), f("identity")]).expect("branch");
    let turned = call(&turn, &[Value::from_grid(&g)]).expect("dmirror");
    assert_eq!(turned.to_grid(), Some(grid(&[&[1, 3], &[2, 4]])));
    // The same function on a tuple of rows that is no grid: dmirror of rows.
    let rows = Value::tuple(vec![ints(&[1, 2]), ints(&[3, 4])]);
    assert_eq!(call(&turn, &[rows]).and_then(|v| v.to_grid()), Some(grid(&[&[1, 3], &[2, 4]])));
}

#[test]
fn containers_keep_their_kind() {
    let s = Value::set(vec![Value::Int(1), Value::Int(2)]);
    let t = ints(&[2, 1, 2]);
    let inc = f("increment");
    assert_eq!(
        prim("apply", &[inc.clone(), s]),
        Some(Value::set(vec![Value::Int(2), Value::Int(3)]))
    );
    assert_eq!(prim("apply", &[inc, t.clone()]), Some(ints(&[3, 2, 3])));
    assert_eq!(prim("dedupe", std::slice::from_ref(&t)), Some(ints(&[2, 1])));
    assert_eq!(prim("last", std::slice::from_ref(&t)), Some(Value::Int(2)));
    assert_eq!(prim("first", &[ints(&[])]), None);
    let nested = Value::tuple(vec![ints(&[1]), ints(&[2, 3])]);
    assert_eq!(prim("merge", &[nested]), Some(ints(&[1, 2, 3])));
    let pos = f("positive");
    assert_eq!(prim("sfilter", &[ints(&[-1, 2, 0, 3]), pos.clone()]), Some(ints(&[2, 3])));
    assert_eq!(prim("extract", &[ints(&[-1, 0]), pos]), None, "nothing to extract");
    assert_eq!(prim("argmax", &[ints(&[-3, 3, 1]), f("double")]), Some(Value::Int(3)));
    assert_eq!(prim("mostcommon", &[t]), Some(Value::Int(2)));
    // Sets of functions: `rapply` calls each.
    let fs = prim("insert", &[f("double"), Value::set(vec![f("invert")])]).expect("insert");
    let out = prim("rapply", &[fs, Value::Int(4)]);
    assert_eq!(out, Some(Value::set(vec![Value::Int(-4), Value::Int(8)])));
    assert_eq!(prim("size", &[Value::Int(4)]), None, "an integer has no size");
    assert_eq!(prim("size", &[]), None, "arguments are counted");
    assert_eq!(prim("no_such_primitive", &[]), None);
}

#[test]
fn grid_and_patch_primitives_give_the_typed_results() {
    let g = grid(&[&[0, 1], &[1, 0]]);
    let v = Value::from_grid(&g);
    let objects =
        prim("objects", &[v.clone(), Value::Bool(true), Value::Bool(false), Value::Bool(true)]);
    let typed = dsl::objects(&g, true, false, true);
    assert_eq!(objects, Value::from_typed(&typed));
    let cells = prim("ofcolor", &[v.clone(), Value::Int(1)]).expect("indices");
    assert_eq!(cells, Value::set(vec![Value::pair(0, 1), Value::pair(1, 0)]));
    // A patch of indices shifts as indices, an object as an object.
    let moved = prim("shift", &[cells.clone(), Value::pair(1, 1)]).expect("shift");
    assert_eq!(moved, Value::set(vec![Value::pair(1, 2), Value::pair(2, 1)]));
    let obj = prim("asobject", std::slice::from_ref(&v)).expect("object");
    let moved = prim("shift", &[obj, Value::pair(1, 0)]).expect("shift");
    assert!(moved.items().expect("a set").iter().all(Value::is_cell));
    let filled = prim("fill", &[v.clone(), Value::Int(5), cells]).expect("fill");
    assert_eq!(filled.to_grid(), Some(grid(&[&[0, 5], &[5, 0]])));
    // arc-dsl's corners of nothing are the empty tuple; its centre fails.
    let empty = Value::set(Vec::new());
    assert_eq!(prim("ulcorner", std::slice::from_ref(&empty)), Some(Value::tuple(Vec::new())));
    assert_eq!(prim("center", &[empty]), None);
    assert_eq!(prim("height", std::slice::from_ref(&v)), Some(Value::Int(2)));
    // Python's slices past the end are empty.
    let outside = prim("crop", &[v, Value::pair(5, 5), Value::pair(1, 1)]);
    assert_eq!(outside, Some(Value::tuple(Vec::new())));
}

#[test]
fn every_arc_dsl_primitive_has_its_case() {
    let source = include_str!("../dynamic.rs");
    let missing: Vec<&str> = batt_dsl_names::ARC_DSL_PRIMITIVES
        .iter()
        .map(|p| p.name)
        .filter(|name| {
            !source.contains(&format!("\"{name}\" =>"))
                && !source.contains(&format!("\"{name}\" |"))
        })
        .collect();
    assert_eq!(missing, Vec::<&str>::new());
}
