//! Lets pages handle their own form posts (see `kenes_app::forms`): the fields of a POST to
//! one of the form pages are parsed here and handed to the renderer in the request.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{web, Error, HttpMessage};
use kenes_app::app::is_form_page;
use kenes_app::forms::FormData;

pub async fn stash(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if req.method() == Method::POST && is_form_page(req.path()) {
        // Bad or oversized bodies (over 16 KiB) are refused with 400 by the extractor.
        let form = req.extract::<web::Form<Vec<(String, String)>>>().await?;
        req.extensions_mut().insert(FormData(form.into_inner()));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}
