//! The part of every page that waits for its data.

use futures::future::{BoxFuture, Shared};
use leptos::prelude::*;

/// A page's content once its data has loaded: the `Suspense` and `Suspend` every page needs,
/// written once. `page` is the page's shared load (`on_server!(…).boxed().shared()`);
/// `render` draws it.
#[component]
pub fn Loaded<T, F, V>(page: Shared<BoxFuture<'static, T>>, render: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || {
                let page = page.clone();
                let render = render.clone();
                Suspend::new(async move { render(page.await) })
            }}
        </Suspense>
    }
}
