//! The error sink of one derive input, in the way of serde_derive's `Ctxt`: every stage reports
//! its errors here, each spanned at the user's tokens, and the pipeline takes them all at once
//! with [`Ctxt::check`], so that every mistake of one input is reported together.

use std::cell::RefCell;
use std::fmt::Display;

use proc_macro2::Span;
use quote::ToTokens;

/// The errors of one derive input, in the order they were found.
///
/// Dropping it without [`check`](Ctxt::check) is a bug of the derive (its errors would be
/// lost), and panics, as serde_derive's does; every pipeline checks it.
pub struct Ctxt {
    /// `None` once checked.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

impl Ctxt {
    /// An empty sink.
    pub fn new() -> Self {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// An error at `span`.
    pub fn error(&self, span: Span, message: impl Display) {
        self.syn_error(syn::Error::new(span, message));
    }

    /// An error spanning `tokens`, from their first to their last.
    pub fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.syn_error(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// An error built elsewhere (by syn, or by darling and converted).
    pub fn syn_error(&self, error: syn::Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(error);
        }
    }

    /// How many errors were reported so far: a stage compares the counts before and after its
    /// own rules to know whether they passed.
    pub fn error_count(&self) -> usize {
        self.errors.borrow().as_ref().map_or(0, Vec::len)
    }

    /// Every error reported, in order; `Ok` when there is none.
    pub fn check(self) -> Result<(), Vec<syn::Error>> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Every error message, in order (checking the sink).
    #[cfg(test)]
    pub fn messages(self) -> Vec<String> {
        self.check()
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect()
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("a derive's errors were dropped without `Ctxt::check`");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_is_kept_in_order() {
        let cx = Ctxt::new();
        assert!(Ctxt::new().check().is_ok());
        cx.error(Span::call_site(), "first");
        cx.error_spanned_by(quote::quote!(a b), "second");
        cx.syn_error(syn::Error::new(Span::call_site(), "third"));
        assert_eq!(cx.error_count(), 3);
        let messages: Vec<String> = cx
            .check()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(messages, ["first", "second", "third"]);
    }

    #[test]
    #[should_panic(expected = "without `Ctxt::check`")]
    fn an_unchecked_sink_is_a_bug() {
        let cx = Ctxt::new();
        cx.error(Span::call_site(), "lost");
    }
}
