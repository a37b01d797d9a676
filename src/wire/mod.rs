//! The AWS wire protocols: requests in, canonical values to services, answers out.
//!
//! `wire` knows protocols and models and nothing about clusters or repositories.

#[cfg(test)]
mod codegen;
pub mod model;
