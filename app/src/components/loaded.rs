//! The part of every page that waits for its data.

use std::future::Future;

use leptos::prelude::*;

/// A page's content once its data has loaded: the `Suspense` and `Suspend` every page needs,
/// written once. `page` is the page's load (`on_server!(…)`); `render` draws it.
///
/// The `Suspend` is the child itself, not a closure returning one: `Suspense` walks its
/// children once before rendering them, and a closure would be called on each walk, so the
/// page would be drawn twice (a seventh of the room page's time went to the second one).
#[component]
pub fn Loaded<T, Fut, F, V>(page: Fut, render: F) -> impl IntoView
where
    T: Send + 'static,
    Fut: Future<Output = T> + Send + 'static,
    F: FnOnce(T) -> V + Send + 'static,
    V: IntoView + 'static,
{
    view! { <Suspense>{Suspend::new(async move { render(page.await) })}</Suspense> }
}
