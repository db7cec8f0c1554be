//! A few small tasks written for this example, so that it runs with no data directory.

/// `(id, ARC JSON)` pairs.
pub const TASKS: &[(&str, &str)] = &[
    (
        "embedded-recolor",
        r#"{"train": [
            {"input": [[0, 1, 0], [1, 1, 0]], "output": [[0, 4, 0], [4, 4, 0]]},
            {"input": [[1, 0], [0, 1], [1, 1]], "output": [[4, 0], [0, 4], [4, 4]]},
            {"input": [[0, 0, 1, 1]], "output": [[0, 0, 4, 4]]}],
          "test": [{"input": [[1, 0, 1]], "output": [[4, 0, 4]]}]}"#,
    ),
    (
        "embedded-mirror",
        r#"{"train": [
            {"input": [[3, 0, 0], [3, 3, 0]], "output": [[0, 0, 3], [0, 3, 3]]},
            {"input": [[5, 2], [0, 2]], "output": [[2, 5], [2, 0]]}],
          "test": [{"input": [[7, 7, 0, 1]], "output": [[1, 0, 7, 7]]}]}"#,
    ),
    (
        "embedded-new-colour",
        r#"{"train": [
            {"input": [[2, 2], [0, 0]], "output": [[2, 2], [8, 8]]},
            {"input": [[0, 6, 0]], "output": [[8, 6, 8]]},
            {"input": [[9], [0], [9]], "output": [[9], [8], [9]]}],
          "test": [{"input": [[0, 0, 1]]}]}"#,
    ),
];
