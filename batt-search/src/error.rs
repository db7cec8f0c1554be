//! Why a task cannot be searched.

/// A task the search cannot run on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    /// The task has no train pair: every program would fit it.
    #[error("the task has no train pair")]
    NoTrain,
    /// The task has no test input: there is nothing to predict.
    #[error("the task has no test input")]
    NoTest,
}
