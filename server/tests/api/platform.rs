//! Health, security headers, language switching, static assets.

use kenes_core::{both_backends, Backend};
use serde_json::Value;

use crate::helpers::{spawn_app, spawn_app_with};

async fn health_and_readiness(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "ok");
    let res = app.get("/readyz").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Value>().await.unwrap()["database"], "ok");
}

async fn security_headers_on_every_response(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut nonces = vec![];
    for path in ["/", "/healthz", "/no-such-page", "/pkg/kenes.css"] {
        let res = app.get(path).await;
        let h = res.headers();
        let csp = h["content-security-policy"].to_str().unwrap().to_owned();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("object-src 'none'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert!(h.contains_key("x-request-id"), "{path}");
        assert!(
            !h.contains_key("strict-transport-security"),
            "no HSTS over plain HTTP"
        );
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap()
            .to_owned();
        if path == "/" {
            let body = res.text().await.unwrap();
            assert!(
                body.contains(&format!("<script type=\"module\" nonce=\"{nonce}\">")),
                "the hydration script carries this response's nonce"
            );
            for tag in body.split("<script").skip(1) {
                let open_tag = &tag[..tag.find('>').unwrap()];
                assert!(
                    open_tag.contains(&format!("nonce=\"{nonce}\"")),
                    "{open_tag}"
                );
            }
        }
        nonces.push(nonce);
    }
    nonces.sort();
    nonces.dedup();
    assert_eq!(nonces.len(), 4, "a fresh nonce per response");
}

async fn language_switch_sets_a_cookie_and_returns(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app.get("/lang/ru?next=%2Ftrack%3Fcode%3DKZ").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/track?code=KZ");
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("lang=ru"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );

    // With the cookie, Russian wins over the browser's English.
    let body = app
        .client
        .get(format!("{}/", app.address))
        .header("Cookie", "lang=ru")
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(body.contains("<html lang=\"ru\">"));
    assert!(body.contains("Вас услышат. Вам ответят."));

    // Never off-site.
    let res = app.get("/lang/kk?next=%2F%2Fevil.example").await;
    assert_eq!(res.headers()["location"], "/");

    let res = app.get("/lang/de").await;
    assert_eq!(res.status(), 400);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unknown_locale");
    assert!(res_has_no_cookie(&app, "/lang/de").await);
}

async fn behind_tls_hsts_and_secure_cookies(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.public_url = "https://kenes.example".into()).await;
    let res = app.get("/lang/en").await;
    assert_eq!(
        res.headers()["strict-transport-security"],
        "max-age=63072000; includeSubDomains"
    );
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("Secure"), "{cookie}");
}

async fn res_has_no_cookie(app: &crate::helpers::TestApp, path: &str) -> bool {
    !app.get(path).await.headers().contains_key("set-cookie")
}

async fn static_assets_from_memory(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app
        .client
        .get(format!("{}/pkg/kenes.css", app.address))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/css");
    assert_eq!(res.headers()["content-encoding"], "gzip");
    let etag = res.headers()["etag"].clone();
    let res = app
        .client
        .get(format!("{}/pkg/kenes.css", app.address))
        .header("If-None-Match", etag)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 304);
    assert_eq!(app.get("/favicon.svg").await.status(), 200);
    assert_eq!(app.get("/pkg/missing.js").await.status(), 404);
}

/// The value of the first series of `metric` whose labels include every one of `labels`.
fn sample(text: &str, metric: &str, labels: &[&str]) -> Option<f64> {
    text.lines()
        .filter(|l| l.starts_with(&format!("{metric}{{")) || l.starts_with(&format!("{metric} ")))
        .find(|l| labels.iter().all(|label| l.contains(label)))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
}

async fn metrics_for_operators_move_with_traffic(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.metrics_bind = Some("127.0.0.1:0".parse().unwrap());
    })
    .await;
    let metrics = app.metrics_address.clone().expect("a metrics address");
    let scrape = || async {
        let res = app
            .client
            .get(format!("{metrics}/metrics"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain"));
        res.text().await.unwrap()
    };
    // Not on the public address.
    assert_eq!(app.get("/metrics").await.status(), 404);

    let healthz = ["route=\"/healthz\"", "status=\"200\"", "method=\"GET\""];
    let page = ["route=\"/g/{code}\"", "status=\"404\""];
    let before = scrape().await;
    let count = |text: &str, labels: &[&str]| sample(text, "kenes_http_requests_total", labels);
    for _ in 0..3 {
        app.get("/healthz").await;
    }
    // A grievance page is one series, whatever its code.
    app.get("/g/KZ-26-0000-0000").await;
    app.get("/g/KZ-26-1111-1111").await;
    app.seed_demo(5).await;
    let after = scrape().await;
    let moved = count(&after, &healthz).unwrap() - count(&before, &healthz).unwrap_or(0.0);
    assert!(moved >= 3.0, "healthz counted {moved} times");
    let pages = count(&after, &page).unwrap() - count(&before, &page).unwrap_or(0.0);
    assert!(pages >= 2.0, "grievance pages counted {pages} times");
    assert!(!after.contains("KZ-26-1111-1111"), "paths are not labels");
    assert!(
        sample(
            &after,
            "kenes_http_request_duration_seconds_count",
            &healthz[..1]
        )
        .unwrap()
            >= 3.0
    );
    assert_eq!(
        sample(&after, "kenes_grievances_filed_total", &[]),
        Some(5.0)
    );
    for gauge in [
        "kenes_db_connections_in_use",
        "kenes_db_waiting",
        "kenes_mail_outbox_unsent",
        "kenes_mail_outbox_oldest_seconds",
        "kenes_search_outbox_waiting",
        "kenes_search_outbox_oldest_seconds",
    ] {
        assert!(sample(&after, gauge, &[]).is_some(), "{gauge} missing");
    }
    assert_eq!(sample(&after, "kenes_metrics_database_up", &[]), Some(1.0));
}

both_backends! {
    #[actix_web::test]
    health => health_and_readiness,
    metrics => metrics_for_operators_move_with_traffic,
    headers => security_headers_on_every_response,
    language => language_switch_sets_a_cookie_and_returns,
    tls => behind_tls_hsts_and_secure_cookies,
    assets => static_assets_from_memory,
}
