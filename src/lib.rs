//! Chancery library (placeholder, being assembled).
pub mod attribution;
pub mod dispatch;
pub mod model;
