use thiserror::Error;

#[derive(Debug, Error)]
pub enum DbError {
    #[error("unsupported DATABASE_URL {0:?}: use sqlite://path or postgres://…")]
    InvalidUrl(String),
    #[error("cannot create {0}: {1}")]
    Io(String, #[source] std::io::Error),
    #[error("database pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("reference data: {0}")]
    Reference(String),
    #[error("background task failed: {0}")]
    Join(String),
}

pub type DbResult<T> = Result<T, DbError>;
