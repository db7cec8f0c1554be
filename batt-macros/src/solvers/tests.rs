//! `include_solvers!`'s conversion and errors, on Python text and on the files in `fixtures/`.

use quote::quote;

use super::convert::{Converted, convert};
use super::expand;

/// The names of the converted functions and the skipped ones, with their reasons.
fn outline(source: &str) -> (Vec<String>, Vec<(String, String)>) {
    let mut converted = Vec::new();
    let mut skipped = Vec::new();
    for s in convert(source, "t.py").expect("parses") {
        match s.body {
            Converted::Lines(_) => converted.push(s.name),
            Converted::Skipped(reason) => skipped.push((s.name, reason)),
        }
    }
    (converted, skipped)
}

fn skip_reason(source: &str) -> String {
    let (_, skipped) = outline(source);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    skipped[0].1.clone()
}

#[test]
fn straight_line_solvers_convert() {
    let (converted, skipped) = outline(
        "from dsl import *\nX = 3\n\ndef solve_a(I):\n    \"doc\"\n    x1 = objects(I, T, F, T)\n    \
         x2 = rbind(fill, -1)\n    O = x2(I, x1)\n    return O\n\ndef solve_b(I):\n    return I\n",
    );
    assert_eq!(converted, ["solve_a", "solve_b"]);
    assert!(skipped.is_empty());
}

#[test]
fn expansion_borrows_variables_and_renames() {
    let dir = std::env::temp_dir().join(format!("batt-include-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("s.py");
    std::fs::write(
        &file,
        "def solve_a(I):\n    x1 = objects(I, T, F, T)\n    x2 = first(x1)\n    \
         x3 = rbind(fill, FIVE)\n    x4 = move(I, x2, DOWN)\n    O = x3(x4, x2)\n    return O\n",
    )
    .expect("write");
    let path = file.to_string_lossy().into_owned();
    let out = expand(quote!(#path)).expect("expands").to_string();
    std::fs::remove_dir_all(&dir).ok();
    for want in [
        "let x2 = :: batt_rt :: try_dsl ! (:: batt_rt :: dsl :: first (& x1))",
        ":: batt_rt :: dsl :: rbind3 (:: batt_rt :: dsl :: fill , :: batt_rt :: dsl :: FIVE)",
        ":: batt_rt :: dsl :: r#move (I , & x2 , :: batt_rt :: dsl :: DOWN)",
        "x3 (:: core :: clone :: Clone :: clone (& x4) , :: core :: clone :: Clone :: clone (& x2))",
        ":: core :: option :: Option :: Some (O)",
        "include_str !",
        "pub static SKIPPED : & [(& str , & str)] = & []",
    ] {
        assert!(out.contains(want), "{want}\nnot in\n{out}");
    }
}

#[test]
fn constructs_outside_the_form_are_skipped_with_a_reason() {
    for (body, reason) in [
        ("    x1 = hmirror(I)\n    x1 += 1\n    return x1", "line 3: an augmented assignment"),
        ("    x1, x2 = I, I\n    return x1", "line 2: only assignments to one plain name"),
        ("    O = I.copy()\n    return O", "line 2: only calls of a name"),
        ("    O = hmirror(I)[0]\n    return O", "line 2: only a call `f(...)`, a name"),
        ("    O = hmirror(I[0])\n    return O", "line 2: arguments must be names"),
        ("    O = hmirror(I)\n    return", "line 3: `return` without a value"),
        ("    O = 'a'\n    return O", "line 2: only integer and boolean literals"),
        ("    O = ONE(I)\n    return O", "line 2: calls the constant `ONE`"),
        ("    O = hmirror(x9)\n    return O", "line 2: unknown name `x9`"),
        ("    O = add(I, 99999999999)\n    return O", "line 2: the integer 99999999999"),
        ("    pass\n    return I", "line 2: `pass`"),
    ] {
        let got = skip_reason(&format!("def solve_a(I):\n{body}\n"));
        assert!(got.starts_with(reason), "{got:?} should start with {reason:?}");
    }
    assert!(skip_reason("@cache\ndef solve_a(I):\n    return I\n").starts_with("decorated"));
    assert!(skip_reason("async def solve_a(I):\n    return I\n").contains("async"));
    assert!(skip_reason("def type(I):\n    return I\n").contains("not a Rust identifier"));
    let (converted, skipped) = outline("def f(I):\n    return I\n\ndef f(I):\n    return I\n");
    assert_eq!(converted, ["f"]);
    assert_eq!(skipped[0].1, "`f` is defined twice; the first is kept");
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let Err(e) = expand(quote!("src/solvers/fixtures/syntax_error.py")) else {
        panic!("a syntax error must not expand");
    };
    let message = e.to_string();
    assert!(
        message.starts_with("include_solvers!: src/solvers/fixtures/syntax_error.py:8:"),
        "{message}"
    );
    assert!(message.contains("Python syntax error"), "{message}");
}

#[test]
fn strict_makes_each_skip_an_error() {
    let Err(e) = expand(quote!("src/solvers/fixtures/strict.py", strict)) else {
        panic!("strict must not expand with skips");
    };
    let messages: Vec<String> = e.into_iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        [
            "include_solvers!: src/solvers/fixtures/strict.py:9: `solve_loop` is skipped: \
             line 10: a `while` loop is outside the straight-line form",
            "include_solvers!: src/solvers/fixtures/strict.py:15: `solve_unknown` is skipped: \
             line 16: unknown primitive `rot45`",
        ]
    );
    assert!(expand(quote!("src/solvers/fixtures/strict.py")).is_ok());
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    for tokens in [quote!(), quote!(42), quote!("a.py", strict, more), quote!("a.py" strict)] {
        assert!(expand(tokens).is_err());
    }
}
